using System.Security.Cryptography;
using System.Text;

namespace CyberPartnerships.Mou;

/// <summary>
/// The MoU case workflow as a plain, deterministic function: state + event → new state + commands. No clock, no I/O:
/// time comes in with the events. The orchestrator (and <see cref="DirectCaseWorkflow"/>) carry out the commands.
/// Steps: analysis request → joint review (submitting partner AND DCU) → enforcement action approval (every
/// participant; one rejection closes the case) → enforcement (recorded) → closed. A partner decides once, through any
/// one of its legal approvers (or, once escalated, its alternates).
/// </summary>
public sealed partial class CaseRules(CaseDeadlines deadlines)
{
    /// <summary>The durations of cases opened now (from the current settings).</summary>
    public CaseDeadlines Deadlines { get; } = deadlines;

    /// <summary>The durations a case runs with: those captured when it opened, else (older cases) the current ones.</summary>
    public CaseDeadlines DeadlinesOf(CaseState state) => state.Deadlines ?? Deadlines;

    /// <summary>The case id (= orchestration instance id) of a submission's case: one submission, at most one case.</summary>
    public static string CaseIdFor(string submissionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(submissionId);
        var simple = submissionId.Length <= 80 && submissionId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        return simple
            ? "case-" + submissionId.ToLowerInvariant()
            : "case-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(submissionId)))[..32];
    }

    /// <summary>A new case, at the analysis step, not started yet (<see cref="Start"/> sends the first e-mails).</summary>
    public CaseState Open(CaseSource source, IReadOnlyList<CaseParty> parties, string dcuPartnerId, string openedBy, DateTimeOffset now)
    {
        var state = new CaseState
        {
            CaseId = CaseIdFor(source.SubmissionId),
            Source = source,
            DcuPartnerId = dcuPartnerId,
            Parties = parties,
            OpenedAt = now,
            OpenedBy = openedBy,
            StepStartedAt = now,
            Deadlines = Deadlines,
        };
        return state with { AwaitedPartners = AnalysisPartners(state) };
    }

    /// <summary>The commands of a freshly opened case: audit, the analysis request, wait.</summary>
    public CaseTransition Start(CaseState state)
    {
        var changes = new Changes(state);
        changes.Log(state.OpenedAt, state.OpenedBy, "opened", $"from submission {state.Source.SubmissionId}; requested action {state.Source.RequestedAction}");
        changes.Log(state.OpenedAt, "system", "step-started", CaseSteps.Title(state.Step));
        changes.Email(CaseEmailKind.AnalysisRequest, state.AwaitedPeople());
        return changes.Done(this);
    }

    public CaseTransition Apply(CaseState state, CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (state.IsClosed)
        {
            return Refuse(state, e, "The case is closed.");
        }

        return e.Kind switch
        {
            CaseEventKind.DeadlineReached => OnDeadline(state, e.At),
            CaseEventKind.AnalysisAttached or CaseEventKind.AnalysisNotNeeded => OnAnalysis(state, e),
            CaseEventKind.Decision => OnDecision(state, e),
            CaseEventKind.EnforcementRecorded => OnEnforcement(state, e),
            _ => Refuse(state, e, "Unknown event."),
        };
    }

    /// <summary>Why a decision by <paramref name="approver"/> on <paramref name="stepKey"/> would be refused now, or null.</summary>
    public static string? CheckDecision(CaseState state, string stepKey, string approver, CaseDecision? decision = null)
    {
        if (state.IsClosed)
        {
            return "The case is closed.";
        }

        if (!CaseSteps.IsDecisionStep(state.Step) || !string.Equals(stepKey, state.StepKey, StringComparison.Ordinal))
        {
            return "This step is closed: the decision is no longer open.";
        }

        if (state.Decisions.Any(d => d.StepKey == state.StepKey && string.Equals(d.Approver, approver, StringComparison.OrdinalIgnoreCase)))
        {
            return "You have already decided this step.";
        }

        if (AwaitedPartnerOf(state, approver) is null)
        {
            return StepPartners(state).Any(p => state.ApproversOf(p).Contains(approver, StringComparer.OrdinalIgnoreCase))
                ? "Your organisation has already decided this step."
                : "You are not an approver of this step.";
        }

        return decision == CaseDecision.RequestChanges && state.Step != CaseStep.JointReview
            ? "Changes can only be requested at the joint review."
            : null;
    }

    public DateTimeOffset? NextDeadline(CaseState state) => PendingDeadlines(state).Select(d => (DateTimeOffset?)d.At).Min();

    private CaseTransition OnDecision(CaseState state, CaseEvent e)
    {
        var approver = e.Actor.Trim().ToLowerInvariant();
        if (e.Decision is not { } decision)
        {
            return Refuse(state, e, "No decision given.");
        }

        if (CheckDecision(state, e.StepKey ?? string.Empty, approver, decision) is { } refusal)
        {
            return Refuse(state, e, refusal);
        }

        var partner = AwaitedPartnerOf(state, approver)!;
        var comment = string.IsNullOrWhiteSpace(e.Comment) ? null : e.Comment.Trim();
        var decided = state with
        {
            Decisions = [.. state.Decisions, new CaseDecisionRecord(state.StepKey, state.Step, partner, approver, decision, comment, e.At)],
            AwaitedPartners = state.AwaitedPartners.Where(p => p != partner).ToList(),
        };
        var changes = new Changes(decided);
        changes.Log(e.At, approver, "decided", $"{DecisionLabel(decision)} for {partner}" + (comment is null ? string.Empty : $": {comment}"));
        switch (decision)
        {
            case CaseDecision.Reject:
                Close(changes, e.At, CaseOutcome.Rejected);
                break;
            case CaseDecision.RequestChanges:
                changes.State = changes.State with { ChangesRequested = comment ?? "(no comment)", Analysis = null };
                Enter(changes, CaseStep.Analysis, e.At);
                break;
            default:
                if (changes.State.AwaitedPartners.Count == 0)
                {
                    if (state.Step == CaseStep.EnforcementApproval)
                    {
                        Enter(changes, CaseStep.Enforcement, e.At);
                    }
                    else if (state.Source.WantsEnforcement)
                    {
                        Enter(changes, CaseStep.EnforcementApproval, e.At);
                    }
                    else
                    {
                        Close(changes, e.At, CaseOutcome.Approved);
                    }
                }

                break;
        }

        return changes.Done(this);
    }

    private CaseTransition OnAnalysis(CaseState state, CaseEvent e)
    {
        if (state.Step != CaseStep.Analysis)
        {
            return Refuse(state, e, "The analysis step is closed.");
        }

        var notNeeded = e.Kind == CaseEventKind.AnalysisNotNeeded;
        if (notNeeded ? e.PartnerId != state.DcuPartnerId : e.PartnerId is null || !AnalysisPartners(state).Contains(e.PartnerId))
        {
            return Refuse(state, e, notNeeded ? "Only a DCU analyst may mark the analysis not needed." : "Only the submitting partner's or DCU's analysts may attach the analysis.");
        }

        var changes = new Changes(state with
        {
            Analysis = new AnalysisReport(e.ReportBlob, e.Findings ?? [], notNeeded, e.Actor, e.At),
            ChangesRequested = null,
        });
        changes.Log(e.At, e.Actor, notNeeded ? "analysis-not-needed" : "analysis-attached", notNeeded ? e.Comment : $"{e.Findings?.Count ?? 0} findings; report {e.ReportBlob}");
        Enter(changes, CaseStep.JointReview, e.At);
        return changes.Done(this);
    }

    private CaseTransition OnEnforcement(CaseState state, CaseEvent e)
    {
        if (state.Step != CaseStep.Enforcement)
        {
            return Refuse(state, e, "Enforcement can only be recorded after the enforcement action is approved.");
        }

        if (e.PartnerId != state.DcuPartnerId && e.PartnerId != state.Source.SubmittingPartnerId)
        {
            return Refuse(state, e, "Only DCU or the submitting partner may record the enforcement.");
        }

        if (string.IsNullOrWhiteSpace(e.ActionTaken) || e.ActionDate is null || string.IsNullOrWhiteSpace(e.ActionOutcome))
        {
            return Refuse(state, e, "The action taken, its date and its outcome are required.");
        }

        var changes = new Changes(state with { Enforcement = new EnforcementRecord(e.ActionTaken, e.ActionDate.Value, e.ActionOutcome, e.Actor, e.At) });
        changes.Log(e.At, e.Actor, "enforcement-recorded", $"{e.ActionTaken} on {e.ActionDate:yyyy-MM-dd}: {e.ActionOutcome}");
        Close(changes, e.At, CaseOutcome.Enforced);
        return changes.Done(this);
    }

    private CaseTransition OnDeadline(CaseState state, DateTimeOffset now)
    {
        var changes = new Changes(state);
        foreach (var (kind, _) in PendingDeadlines(state).Where(d => d.At <= now).OrderBy(d => d.At))
        {
            var s = changes.State;
            switch (kind)
            {
                case Deadline.Reminder:
                    changes.State = s with { Reminded = true };
                    changes.Log(now, "system", "reminder", CaseRecipients.Describe(s, s.AwaitedPeople()));
                    changes.Email(CaseEmailKind.Reminder, s.AwaitedPeople());
                    break;
                case Deadline.Escalation:
                    var alternates = s.AwaitedPartners.SelectMany(p => s.Party(p)?.AlternateApprovers ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                    changes.State = s with { Escalated = true };
                    changes.Log(now, "system", "escalated", CaseRecipients.Describe(s, alternates));
                    changes.Email(CaseEmailKind.Escalation, alternates);
                    break;
                case Deadline.Overdue:
                    changes.State = s with { Overdue = true };
                    changes.Log(now, "system", "overdue", CaseRecipients.Describe(s, s.AwaitedPeople()));
                    changes.Email(CaseEmailKind.Overdue, s.AwaitedPeople());
                    break;
                case Deadline.Expiry:
                    changes.Log(now, "system", "expired", $"no decision within {DeadlinesOf(state).ExpireAfter.TotalDays:0.#} days");
                    Close(changes, now, CaseOutcome.Expired);
                    return changes.Done(this);
            }
        }

        return changes.Done(this);
    }
}
