using System.Text.Json;
using CyberPartnerships.Mou;

namespace CyberPartnerships.Tests.Mou;

/// <summary>A case keeps the step durations it opened with when the <c>Mou__*</c> settings change while it runs.</summary>
public sealed class CaseDeadlinesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseDeadlines WhenOpened = new(TimeSpan.FromDays(5), TimeSpan.FromDays(2), TimeSpan.FromDays(4), TimeSpan.FromDays(10));
    private static readonly CaseDeadlines ChangedSince = new(TimeSpan.FromDays(3), TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(6));

    private static CaseState Open(CaseRules rules) => rules.Open(
        CaseRulesTests.Source("analysis"),
        [CaseRulesTests.Party("europol"), CaseRulesTests.Party("microsoft-dcu")],
        "microsoft-dcu",
        "europol",
        T0);

    private static CaseState InJointReview(CaseRules rules, CaseState opened) => rules.Apply(
        opened,
        new CaseEvent { Kind = CaseEventKind.AnalysisNotNeeded, At = T0, Actor = "microsoft-dcu", PartnerId = "microsoft-dcu" }).State;

    [Fact]
    public void A_case_opened_under_one_setting_keeps_its_deadlines_when_the_rules_are_rebuilt_from_new_settings()
    {
        var opened = Open(new CaseRules(WhenOpened));
        Assert.Equal(WhenOpened, opened.Deadlines);

        var now = new CaseRules(ChangedSince);
        var review = InJointReview(now, opened);
        Assert.Equal(T0.AddDays(2), now.NextDeadline(review));
        Assert.Equal(T0.AddDays(5), now.DecideBy(review));
        Assert.Equal(T0.AddDays(10), now.StepExpiresAt(review));

        var expired = now.Apply(review with { Reminded = true, Escalated = true, Overdue = true }, CaseEvent.Deadline(T0.AddDays(10)));
        Assert.Equal(CaseOutcome.Expired, expired.State.Outcome);
        Assert.Contains(expired.Commands.Audit, a => a.Action == "expired" && a.Detail == "no decision within 10 days");
        Assert.Equal(CaseOutcome.Open, now.Apply(review with { Reminded = true, Escalated = true, Overdue = true }, CaseEvent.Deadline(T0.AddDays(6))).State.Outcome);
    }

    [Fact]
    public void A_case_opened_before_deadlines_were_captured_follows_the_current_settings()
    {
        var older = Open(new CaseRules(WhenOpened)) with { Deadlines = null };

        var now = new CaseRules(ChangedSince);
        Assert.Equal(ChangedSince, now.DeadlinesOf(older));
        Assert.Equal(T0.AddDays(1), now.NextDeadline(older));
        Assert.Equal(T0.AddDays(6), now.StepExpiresAt(older));
    }

    [Fact]
    public void The_captured_deadlines_survive_the_stored_json_and_an_older_document_without_them_reads_as_none()
    {
        var opened = Open(new CaseRules(WhenOpened));

        var json = JsonSerializer.Serialize(opened, Json.Options);
        Assert.Equal(WhenOpened, JsonSerializer.Deserialize<CaseState>(json, Json.Options)!.Deadlines);

        var older = JsonSerializer.Serialize(opened with { Deadlines = null }, Json.Options);
        Assert.DoesNotContain("deadlines", older, StringComparison.Ordinal);
        Assert.Null(JsonSerializer.Deserialize<CaseState>(older, Json.Options)!.Deadlines);
    }
}
