namespace CyberPartnerships.Mou;

public sealed partial class CaseRules
{
    private enum Deadline
    {
        Reminder,
        Escalation,
        Overdue,
        Expiry,
    }

    /// <summary>The submitting partner and DCU: they analyse and they review jointly.</summary>
    public static IReadOnlyList<string> AnalysisPartners(CaseState state) =>
        new[] { state.Source.SubmittingPartnerId, state.DcuPartnerId }.Where(p => state.Party(p) is not null).Distinct().ToList();

    /// <summary>The participants decide the enforcement action (the submitting partner and DCU when none is named).</summary>
    public static IReadOnlyList<string> EnforcementApprovers(CaseState state)
    {
        var participants = state.Source.Participants.Where(p => state.Party(p) is not null).Distinct().ToList();
        return participants.Count > 0 ? participants : AnalysisPartners(state);
    }

    private static IReadOnlyList<string> StepPartners(CaseState state) => state.Step switch
    {
        CaseStep.EnforcementApproval => EnforcementApprovers(state),
        CaseStep.Closed => [],
        _ => AnalysisPartners(state),
    };

    private static string? AwaitedPartnerOf(CaseState state, string approver) =>
        state.AwaitedPartners.FirstOrDefault(p => state.ApproversOf(p).Contains(approver, StringComparer.OrdinalIgnoreCase));

    private IEnumerable<(Deadline Kind, DateTimeOffset At)> PendingDeadlines(CaseState s)
    {
        if (s.IsClosed)
        {
            yield break;
        }

        var decision = CaseSteps.IsDecisionStep(s.Step);
        var deadlines = DeadlinesOf(s);
        if (!s.Reminded)
        {
            yield return (Deadline.Reminder, s.StepStartedAt + deadlines.RemindAfter);
        }

        if (decision && !s.Escalated)
        {
            yield return (Deadline.Escalation, s.StepStartedAt + deadlines.EscalateAfter);
        }

        if (decision && !s.Overdue)
        {
            yield return (Deadline.Overdue, s.StepStartedAt + deadlines.DecideWithin);
        }

        if (s.Step != CaseStep.Enforcement)
        {
            yield return (Deadline.Expiry, s.StepStartedAt + deadlines.ExpireAfter);
        }
    }

    /// <summary>The date the current step's e-mails ask for a decision by.</summary>
    public DateTimeOffset DecideBy(CaseState state) => state.StepStartedAt + DeadlinesOf(state).DecideWithin;

    /// <summary>When the current step expires (approval links are valid until then).</summary>
    public DateTimeOffset StepExpiresAt(CaseState state) => state.StepStartedAt + DeadlinesOf(state).ExpireAfter;

    /// <summary>A system entry in the case's history (e.g. an e-mail that could not be sent): nothing else changes; the
    /// commands record it (projection and audit) and wait as before.</summary>
    public CaseTransition Note(CaseState state, DateTimeOffset at, string action, string detail)
    {
        var changes = new Changes(state);
        changes.Log(at, "system", action, detail);
        return changes.Done(this);
    }

    private static void Enter(Changes changes, CaseStep step, DateTimeOffset now)
    {
        var s = changes.State with
        {
            Step = step,
            StepSequence = changes.State.StepSequence + 1,
            StepStartedAt = now,
            Reminded = false,
            Escalated = false,
            Overdue = false,
        };
        s = s with
        {
            AwaitedPartners = step switch
            {
                CaseStep.EnforcementApproval => EnforcementApprovers(s),
                _ => AnalysisPartners(s),
            },
        };
        changes.State = s;
        changes.Log(now, "system", "step-started", CaseSteps.Title(step));
        switch (step)
        {
            case CaseStep.Analysis:
                changes.Email(CaseEmailKind.AnalysisRequest, s.AwaitedPeople(), s.ChangesRequested);
                break;
            case CaseStep.Enforcement:
                changes.Email(CaseEmailKind.EnforcementRequest, s.AwaitedPeople());
                break;
            default:
                changes.Email(CaseEmailKind.ApprovalRequest, s.AwaitedPeople());
                break;
        }
    }

    private static void Close(Changes changes, DateTimeOffset now, CaseOutcome outcome)
    {
        var everyone = changes.State.Parties.SelectMany(p => p.LegalApprovers.Concat(p.Analysts)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        changes.State = changes.State with { Step = CaseStep.Closed, StepSequence = changes.State.StepSequence + 1, Outcome = outcome, ClosedAt = now, AwaitedPartners = [] };
        changes.Log(now, "system", "closed", outcome.ToString().ToLowerInvariant());
        changes.Email(CaseEmailKind.Closed, everyone);
        changes.Share = outcome is CaseOutcome.Approved or CaseOutcome.Enforced;
    }

    private CaseTransition Refuse(CaseState state, CaseEvent e, string reason)
    {
        var changes = new Changes(state);
        changes.Log(e.At, e.Actor, "refused", $"{e.Kind}{(e.Decision is { } d ? " " + DecisionLabel(d) : string.Empty)}: {reason}");
        return changes.Done(this, reason);
    }

    public static string DecisionLabel(CaseDecision decision) => decision switch
    {
        CaseDecision.Approve => "approve",
        CaseDecision.Reject => "reject",
        _ => "request-changes",
    };

    /// <summary>Collects what one event changes.</summary>
    private sealed class Changes(CaseState state)
    {
        private readonly List<CaseHistoryEntry> _audit = [];
        private readonly List<SendEmailCommand> _emails = [];

        public CaseState State { get; set; } = state;

        public bool Share { get; set; }

        public void Log(DateTimeOffset at, string actor, string action, string? detail)
        {
            var entry = new CaseHistoryEntry(State.History.Count + 1, at, State.StepKey, actor, action, detail);
            State = State with { History = [.. State.History, entry] };
            _audit.Add(entry);
        }

        public void Email(CaseEmailKind kind, IReadOnlyList<string> recipients, string? note = null)
        {
            if (recipients.Count > 0)
            {
                _emails.Add(new SendEmailCommand(kind, recipients, note));
            }
        }

        public CaseTransition Done(CaseRules rules, string? refusal = null) => new(
            State,
            new CaseCommands
            {
                Record = true,
                Audit = _audit,
                Emails = _emails,
                Share = Share,
                Complete = State.IsClosed,
                WaitUntil = State.IsClosed ? null : rules.NextDeadline(State),
            },
            refusal);
    }
}
