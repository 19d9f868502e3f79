using CyberPartnerships.Mou;

namespace CyberPartnerships.Tests.Mou;

/// <summary>Every path of the MoU rules, directly, with a fixed clock.</summary>
public sealed class CaseRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly CaseRules _rules = new(CaseDeadlines.Default);

    internal static CaseParty Party(string id) => new(id, id.ToUpperInvariant(), [$"legal@{id}.example"], [$"alt@{id}.example"], [$"analyst@{id}.example"]);

    internal static CaseSource Source(string action = "enforcement", params string[] participants) =>
        new("sub-1", "europol", "Botnet X takedown", "C2 servers of botnet X; victim jane@victim.example", action, participants, Tlp.Amber);

    private CaseTransition Started(string action = "enforcement", params string[] participants)
    {
        var parties = new[] { "europol", "microsoft-dcu", "fis", "oas" }.Select(Party).ToList();
        return _rules.Start(_rules.Open(Source(action, participants), parties, "microsoft-dcu", "europol", T0));
    }

    private static CaseEvent Decide(CaseState s, string approver, CaseDecision decision, DateTimeOffset at, string? comment = null, string? stepKey = null) =>
        new() { Kind = CaseEventKind.Decision, At = at, Actor = approver, StepKey = stepKey ?? s.StepKey, Decision = decision, Comment = comment };

    private static CaseEvent Analysis(DateTimeOffset at, string partner = "europol") =>
        new() { Kind = CaseEventKind.AnalysisAttached, At = at, Actor = partner, PartnerId = partner, ReportBlob = "case-reports/r.md", Findings = ["C2 at 203.0.113.9"] };

    private CaseState InJointReview(string action = "enforcement", params string[] participants)
    {
        var t = _rules.Apply(Started(action, participants).State, Analysis(T0.AddHours(1)));
        Assert.True(t.Accepted);
        return t.State;
    }

    private CaseState InEnforcementApproval(params string[] participants)
    {
        var s = InJointReview("enforcement", participants);
        s = _rules.Apply(s, Decide(s, "legal@europol.example", CaseDecision.Approve, T0.AddHours(2))).State;
        return _rules.Apply(s, Decide(s, "legal@microsoft-dcu.example", CaseDecision.Approve, T0.AddHours(3))).State;
    }

    [Fact]
    public void Opening_a_case_asks_the_submitting_partner_and_dcu_analysts_and_waits_until_the_reminder()
    {
        var t = Started();
        Assert.Equal("case-sub-1", t.State.CaseId);
        Assert.Equal(CaseStep.Analysis, t.State.Step);
        var email = Assert.Single(t.Commands.Emails);
        Assert.Equal(CaseEmailKind.AnalysisRequest, email.Kind);
        Assert.Equal(["analyst@europol.example", "analyst@microsoft-dcu.example"], email.Recipients);
        Assert.Equal(T0.AddDays(2), t.Commands.WaitUntil);
        Assert.True(t.Commands.Record);
        Assert.Contains(t.Commands.Audit, a => a.Action == "opened");
    }

    [Fact]
    public void All_approve_goes_through_every_step_to_enforcement_and_closes_enforced()
    {
        var s = InEnforcementApproval("fis", "oas");
        Assert.Equal(CaseStep.EnforcementApproval, s.Step);
        Assert.Equal(["fis", "oas"], s.AwaitedPartners);
        s = _rules.Apply(s, Decide(s, "legal@fis.example", CaseDecision.Approve, T0.AddHours(4))).State;
        Assert.Equal(["oas"], s.AwaitedPartners);
        var t = _rules.Apply(s, Decide(s, "legal@oas.example", CaseDecision.Approve, T0.AddHours(5)));
        Assert.Equal(CaseStep.Enforcement, t.State.Step);
        Assert.Equal(CaseEmailKind.EnforcementRequest, Assert.Single(t.Commands.Emails).Kind);

        t = _rules.Apply(t.State, new CaseEvent
        {
            Kind = CaseEventKind.EnforcementRecorded, At = T0.AddDays(1), Actor = "microsoft-dcu", PartnerId = "microsoft-dcu",
            ActionTaken = "Sinkholed 12 C2 domains", ActionDate = new DateOnly(2026, 11, 24), ActionOutcome = "Botnet disrupted",
        });
        Assert.True(t.Accepted);
        Assert.Equal(CaseOutcome.Enforced, t.State.Outcome);
        Assert.True(t.State.IsClosed);
        Assert.True(t.Commands.Complete);
        Assert.True(t.Commands.Share);
        Assert.Null(t.Commands.WaitUntil);
        Assert.Contains("legal@oas.example", Assert.Single(t.Commands.Emails).Recipients);
        Assert.Equal(4, t.State.Decisions.Count);
    }

    [Fact]
    public void Analysis_only_case_closes_approved_after_the_joint_review()
    {
        var s = InJointReview("analysis");
        s = _rules.Apply(s, Decide(s, "legal@europol.example", CaseDecision.Approve, T0.AddHours(2))).State;
        var t = _rules.Apply(s, Decide(s, "legal@microsoft-dcu.example", CaseDecision.Approve, T0.AddHours(3)));
        Assert.Equal(CaseOutcome.Approved, t.State.Outcome);
        Assert.True(t.Commands.Complete);
    }

    [Fact]
    public void Dcu_analyst_can_mark_the_analysis_not_needed_but_another_partner_cannot()
    {
        var s = Started().State;
        var refused = _rules.Apply(s, new CaseEvent { Kind = CaseEventKind.AnalysisNotNeeded, At = T0, Actor = "europol", PartnerId = "europol" });
        Assert.False(refused.Accepted);
        Assert.Equal(CaseStep.Analysis, refused.State.Step);
        var t = _rules.Apply(s, new CaseEvent { Kind = CaseEventKind.AnalysisNotNeeded, At = T0, Actor = "microsoft-dcu", PartnerId = "microsoft-dcu" });
        Assert.True(t.Accepted);
        Assert.Equal(CaseStep.JointReview, t.State.Step);
        Assert.True(t.State.Analysis!.NotNeeded);
        Assert.Equal(["legal@europol.example", "legal@microsoft-dcu.example"], Assert.Single(t.Commands.Emails).Recipients);
    }

    [Fact]
    public void Rejection_at_joint_review_closes_the_case_rejected()
    {
        var s = InJointReview();
        var t = _rules.Apply(s, Decide(s, "legal@microsoft-dcu.example", CaseDecision.Reject, T0.AddHours(2), "insufficient evidence"));
        Assert.Equal(CaseOutcome.Rejected, t.State.Outcome);
        Assert.True(t.Commands.Complete);
        Assert.False(t.Commands.Share);
        Assert.Equal(CaseEmailKind.Closed, Assert.Single(t.Commands.Emails).Kind);
    }

    [Fact]
    public void A_single_rejection_at_enforcement_approval_closes_the_case_rejected()
    {
        var s = InEnforcementApproval("fis", "oas");
        s = _rules.Apply(s, Decide(s, "legal@fis.example", CaseDecision.Approve, T0.AddHours(4))).State;
        var t = _rules.Apply(s, Decide(s, "legal@oas.example", CaseDecision.Reject, T0.AddHours(5)));
        Assert.Equal(CaseOutcome.Rejected, t.State.Outcome);
        Assert.True(t.State.IsClosed);
    }

    [Fact]
    public void Request_changes_goes_back_to_analysis_with_the_comment_and_a_new_analysis_goes_back_to_review()
    {
        var s = InJointReview();
        var reviewKey = s.StepKey;
        var t = _rules.Apply(s, Decide(s, "legal@europol.example", CaseDecision.RequestChanges, T0.AddHours(2), "add the C2 list"));
        Assert.Equal(CaseStep.Analysis, t.State.Step);
        Assert.Equal("add the C2 list", t.State.ChangesRequested);
        var email = Assert.Single(t.Commands.Emails);
        Assert.Equal(CaseEmailKind.AnalysisRequest, email.Kind);
        Assert.Equal("add the C2 list", email.Note);

        var back = _rules.Apply(t.State, Analysis(T0.AddHours(3), "microsoft-dcu"));
        Assert.Equal(CaseStep.JointReview, back.State.Step);
        Assert.NotEqual(reviewKey, back.State.StepKey);
        Assert.Equal(["europol", "microsoft-dcu"], back.State.AwaitedPartners);
        Assert.Null(back.State.ChangesRequested);
    }

    [Fact]
    public void Request_changes_is_refused_at_enforcement_approval()
    {
        var s = InEnforcementApproval("fis");
        var t = _rules.Apply(s, Decide(s, "legal@fis.example", CaseDecision.RequestChanges, T0.AddHours(4)));
        Assert.False(t.Accepted);
        Assert.Equal(s.Decisions, t.State.Decisions);
    }

    [Fact]
    public void Reminder_then_escalation_then_overdue_then_expiry_by_time()
    {
        var s = InJointReview();
        var start = s.StepStartedAt;
        Assert.Equal(start.AddDays(2), _rules.NextDeadline(s));

        var t = _rules.Apply(s, CaseEvent.Deadline(start.AddDays(2)));
        Assert.True(t.State.Reminded);
        var reminder = Assert.Single(t.Commands.Emails);
        Assert.Equal(CaseEmailKind.Reminder, reminder.Kind);
        Assert.Equal(["legal@europol.example", "legal@microsoft-dcu.example"], reminder.Recipients);
        Assert.Equal("europol legal approver a8cfd0409c7dfce1, microsoft-dcu legal approver 49ba188e71444d39", Assert.Single(t.Commands.Audit, a => a.Action == "reminder").Detail);
        Assert.Equal(start.AddDays(4), t.Commands.WaitUntil);

        t = _rules.Apply(t.State, CaseEvent.Deadline(start.AddDays(4)));
        Assert.True(t.State.Escalated);
        var escalation = Assert.Single(t.Commands.Emails);
        Assert.Equal(CaseEmailKind.Escalation, escalation.Kind);
        Assert.Equal(["alt@europol.example", "alt@microsoft-dcu.example"], escalation.Recipients);
        Assert.Equal("europol alternate approver 28b44f23b4010d57, microsoft-dcu alternate approver a74b0a771c782478", Assert.Single(t.Commands.Audit, a => a.Action == "escalated").Detail);
        Assert.Equal(start.AddDays(5), t.Commands.WaitUntil);

        t = _rules.Apply(t.State, CaseEvent.Deadline(start.AddDays(5)));
        Assert.True(t.State.Overdue);
        Assert.Equal(CaseEmailKind.Overdue, Assert.Single(t.Commands.Emails).Kind);
        Assert.DoesNotContain("@", Assert.Single(t.Commands.Audit, a => a.Action == "overdue").Detail, StringComparison.Ordinal);
        Assert.Equal(start.AddDays(10), t.Commands.WaitUntil);

        t = _rules.Apply(t.State, CaseEvent.Deadline(start.AddDays(10)));
        Assert.Equal(CaseOutcome.Expired, t.State.Outcome);
        Assert.True(t.Commands.Complete);
        Assert.Contains(t.Commands.Audit, a => a.Action == "expired");
    }

    [Fact]
    public void A_late_timer_fires_every_deadline_that_is_due_in_order()
    {
        var s = InJointReview();
        var t = _rules.Apply(s, CaseEvent.Deadline(s.StepStartedAt.AddDays(4.5)));
        Assert.Equal([CaseEmailKind.Reminder, CaseEmailKind.Escalation], t.Commands.Emails.Select(e => e.Kind));
        Assert.False(t.State.IsClosed);
    }

    [Fact]
    public void Analysis_step_expires_without_an_analysis()
    {
        var s = Started().State;
        var t = _rules.Apply(s, CaseEvent.Deadline(T0.AddDays(10)));
        Assert.Equal(CaseOutcome.Expired, t.State.Outcome);
    }

    [Fact]
    public void Alternate_approver_may_decide_only_after_escalation()
    {
        var s = InJointReview();
        var early = _rules.Apply(s, Decide(s, "alt@europol.example", CaseDecision.Approve, T0.AddHours(2)));
        Assert.False(early.Accepted);
        Assert.Equal("You are not an approver of this step.", early.Refusal);

        var escalated = _rules.Apply(s, CaseEvent.Deadline(s.StepStartedAt.AddDays(4))).State;
        var t = _rules.Apply(escalated, Decide(escalated, "alt@europol.example", CaseDecision.Approve, s.StepStartedAt.AddDays(4.1)));
        Assert.True(t.Accepted);
        Assert.Equal(["microsoft-dcu"], t.State.AwaitedPartners);
    }

    [Fact]
    public void Duplicate_decision_by_the_same_approver_is_refused_and_changes_nothing()
    {
        var s = InEnforcementApproval("fis", "oas");
        s = _rules.Apply(s, Decide(s, "legal@fis.example", CaseDecision.Approve, T0.AddHours(4))).State;
        var t = _rules.Apply(s, Decide(s, "LEGAL@fis.example", CaseDecision.Reject, T0.AddHours(5)));
        Assert.False(t.Accepted);
        Assert.Equal("You have already decided this step.", t.Refusal);
        Assert.Equal(s.Decisions, t.State.Decisions);
        Assert.Equal(s.Step, t.State.Step);
        Assert.Empty(t.Commands.Emails);
        Assert.Equal("refused", Assert.Single(t.Commands.Audit).Action);
    }

    [Fact]
    public void Second_approver_of_a_partner_that_already_decided_is_refused()
    {
        var parties = new[] { "europol", "microsoft-dcu" }.Select(Party).ToList();
        parties[0] = parties[0] with { LegalApprovers = ["legal@europol.example", "legal2@europol.example"] };
        var s = _rules.Apply(_rules.Start(_rules.Open(Source("analysis"), parties, "microsoft-dcu", "europol", T0)).State, Analysis(T0)).State;
        s = _rules.Apply(s, Decide(s, "legal@europol.example", CaseDecision.Approve, T0.AddHours(1))).State;
        var t = _rules.Apply(s, Decide(s, "legal2@europol.example", CaseDecision.Reject, T0.AddHours(2)));
        Assert.Equal("Your organisation has already decided this step.", t.Refusal);
    }

    [Fact]
    public void Decision_for_a_closed_step_is_refused()
    {
        var review = InJointReview();
        var s = InEnforcementApproval("fis");
        var t = _rules.Apply(s, Decide(s, "legal@europol.example", CaseDecision.Reject, T0.AddHours(6), stepKey: review.StepKey));
        Assert.False(t.Accepted);
        Assert.Equal(CaseStep.EnforcementApproval, t.State.Step);
        Assert.Equal(s.Decisions, t.State.Decisions);
    }

    [Fact]
    public void Any_event_on_a_closed_case_is_refused()
    {
        var s = InJointReview();
        s = _rules.Apply(s, Decide(s, "legal@europol.example", CaseDecision.Reject, T0.AddHours(2))).State;
        var t = _rules.Apply(s, Decide(s, "legal@microsoft-dcu.example", CaseDecision.Approve, T0.AddHours(3), stepKey: "joint-review-2"));
        Assert.Equal("The case is closed.", t.Refusal);
        Assert.Equal(CaseOutcome.Rejected, t.State.Outcome);
        Assert.True(_rules.Apply(s, CaseEvent.Deadline(T0.AddDays(20))).Commands.Emails.Count == 0);
    }

    [Fact]
    public void Enforcement_cannot_be_recorded_before_approval()
    {
        var s = InJointReview();
        var t = _rules.Apply(s, new CaseEvent { Kind = CaseEventKind.EnforcementRecorded, At = T0, Actor = "microsoft-dcu", PartnerId = "microsoft-dcu", ActionTaken = "x", ActionDate = new DateOnly(2026, 11, 24), ActionOutcome = "y" });
        Assert.False(t.Accepted);
    }

    [Fact]
    public void Case_id_is_derived_from_the_submission_id()
    {
        Assert.Equal("case-01jabc", CaseRules.CaseIdFor("01JABC"));
        Assert.Equal(CaseRules.CaseIdFor("a/b#c"), CaseRules.CaseIdFor("a/b#c"));
        Assert.DoesNotContain("/", CaseRules.CaseIdFor("a/b#c"), StringComparison.Ordinal);
    }
}
