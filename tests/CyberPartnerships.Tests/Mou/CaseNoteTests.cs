using CyberPartnerships.Mou;

namespace CyberPartnerships.Tests.Mou;

public sealed class CaseNoteTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly CaseRules _rules = new(CaseDeadlines.Default);

    [Fact]
    public void A_note_adds_one_system_entry_to_the_history_and_audit_and_changes_nothing_else()
    {
        var started = _rules.Start(_rules.Open(CaseRulesTests.Source("analysis"), [CaseRulesTests.Party("europol"), CaseRulesTests.Party("microsoft-dcu")], "microsoft-dcu", "europol", T0)).State;

        var t = _rules.Note(started, T0.AddHours(1), "command-failed", "e-mail AnalysisRequest: ACS unavailable");

        var entry = Assert.Single(t.Commands.Audit);
        Assert.Equal(new CaseHistoryEntry(started.History.Count + 1, T0.AddHours(1), "analysis-1", "system", "command-failed", "e-mail AnalysisRequest: ACS unavailable"), entry);
        Assert.Equal(entry, t.State.History[^1]);
        Assert.Equal(started with { History = t.State.History }, t.State);
        Assert.True(t.Commands.Record);
        Assert.Empty(t.Commands.Emails);
        Assert.False(t.Commands.Share || t.Commands.Complete);
        Assert.Equal(T0.AddDays(2), t.Commands.WaitUntil);
    }
}
