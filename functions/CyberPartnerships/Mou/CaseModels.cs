namespace CyberPartnerships.Mou;

/// <summary>What a case needs from the submission it is opened from.</summary>
/// <param name="RequestedAction">What the submitting partner asks for: <c>analysis</c>, <c>enforcement</c> or <c>share</c>.</param>
/// <param name="Participants">Partner ids named as participants (their legal approvers decide on enforcement).</param>
public sealed record CaseSource(
    string SubmissionId,
    string SubmittingPartnerId,
    string Title,
    string Summary,
    string RequestedAction,
    IReadOnlyList<string> Participants,
    Tlp Tlp)
{
    /// <summary>The normalised indicators the submission mentions: the case shows on each of them. Not part of the stored
    /// case (nor of the orchestration's input): up to 50,000 of them would not fit the case row's 1 MB entity, so
    /// <see cref="CaseOpener"/> links them from the source it is given, which the submission store reads whole.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<Ingestion.IndicatorKey> Indicators { get; init; } = [];

    public bool OpensCaseAutomatically =>
        RequestedAction.Equals("analysis", StringComparison.OrdinalIgnoreCase) || WantsEnforcement;

    public bool WantsEnforcement => RequestedAction.Equals("enforcement", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Finds the submission a case is opened from. The submission store implements it.</summary>
public interface ICaseSourceLookup
{
    Task<CaseSource?> FindAsync(string submissionId, CancellationToken cancellationToken = default);
}

public enum CaseStep
{
    Analysis,
    JointReview,
    EnforcementApproval,
    Enforcement,
    Closed,
}

public enum CaseOutcome
{
    Open,

    /// <summary>Analysis-only case: jointly reviewed and approved.</summary>
    Approved,
    Enforced,
    Rejected,
    Expired,
}

public enum CaseDecision
{
    Approve,
    Reject,
    RequestChanges,
}

/// <summary>A partner taking part in a case, with the people the workflow writes to (copied when the case opens).</summary>
public sealed record CaseParty(
    string PartnerId,
    string DisplayName,
    IReadOnlyList<string> LegalApprovers,
    IReadOnlyList<string> AlternateApprovers,
    IReadOnlyList<string> Analysts);

public sealed record CaseDecisionRecord(
    string StepKey,
    CaseStep Step,
    string PartnerId,
    string Approver,
    CaseDecision Decision,
    string? Comment,
    DateTimeOffset At);

public sealed record AnalysisReport(string? ReportBlob, IReadOnlyList<string> Findings, bool NotNeeded, string By, DateTimeOffset At);

public sealed record EnforcementRecord(string ActionTaken, DateOnly Date, string Outcome, string By, DateTimeOffset At);

/// <summary>One line of the case's history (also appended to the audit table).</summary>
public sealed record CaseHistoryEntry(int Sequence, DateTimeOffset At, string StepKey, string Actor, string Action, string? Detail);

/// <summary>The whole state of a case: the orchestration's and the projection's. Immutable; the rules return new ones.</summary>
public sealed record CaseState
{
    public required string CaseId { get; init; }

    public required CaseSource Source { get; init; }

    public required string DcuPartnerId { get; init; }

    public required IReadOnlyList<CaseParty> Parties { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public required string OpenedBy { get; init; }

    public CaseStep Step { get; init; } = CaseStep.Analysis;

    /// <summary>Increases each time a step is entered; a step key (and an approval token) is for one entry only.</summary>
    public int StepSequence { get; init; } = 1;

    public DateTimeOffset StepStartedAt { get; init; }

    /// <summary>The step durations the case runs with, captured when it opens: the orchestration replays with them, so
    /// changing the <c>Mou__*</c> settings later does not move a running case's deadlines. Null in cases opened before
    /// they were captured (those follow the current settings).</summary>
    public CaseDeadlines? Deadlines { get; init; }

    public bool Reminded { get; init; }

    public bool Escalated { get; init; }

    public bool Overdue { get; init; }

    /// <summary>Partners whose decision (or analysis) the current step still waits for.</summary>
    public IReadOnlyList<string> AwaitedPartners { get; init; } = [];

    public IReadOnlyList<CaseDecisionRecord> Decisions { get; init; } = [];

    public AnalysisReport? Analysis { get; init; }

    public string? ChangesRequested { get; init; }

    public EnforcementRecord? Enforcement { get; init; }

    public CaseOutcome Outcome { get; init; } = CaseOutcome.Open;

    public DateTimeOffset? ClosedAt { get; init; }

    public IReadOnlyList<CaseHistoryEntry> History { get; init; } = [];

    public string StepKey => $"{CaseSteps.Slug(Step)}-{StepSequence}";

    public bool IsClosed => Step == CaseStep.Closed;

    public CaseParty? Party(string partnerId) => Parties.FirstOrDefault(p => p.PartnerId == partnerId);

    public IEnumerable<string> PartnerIds => Parties.Select(p => p.PartnerId);

    /// <summary>Everyone who may decide for <paramref name="partnerId"/> now: legal approvers, plus alternates once escalated.</summary>
    public IEnumerable<string> ApproversOf(string partnerId) =>
        Party(partnerId) is { } p ? (Escalated ? p.LegalApprovers.Concat(p.AlternateApprovers) : p.LegalApprovers) : [];

    /// <summary>The people still awaited in this step (for the custom status and the reminders).</summary>
    public IReadOnlyList<string> AwaitedPeople() => Step switch
    {
        CaseStep.JointReview or CaseStep.EnforcementApproval => AwaitedPartners.SelectMany(ApproversOf).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        CaseStep.Analysis or CaseStep.Enforcement => AwaitedPartners.SelectMany(id => Party(id)?.Analysts ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        _ => [],
    };
}

public static class CaseSteps
{
    public static string Slug(CaseStep step) => step switch
    {
        CaseStep.Analysis => "analysis",
        CaseStep.JointReview => "joint-review",
        CaseStep.EnforcementApproval => "enforcement-approval",
        CaseStep.Enforcement => "enforcement",
        _ => "closed",
    };

    public static string Title(CaseStep step) => step switch
    {
        CaseStep.Analysis => "Analysis request",
        CaseStep.JointReview => "Joint review",
        CaseStep.EnforcementApproval => "Enforcement action approval",
        CaseStep.Enforcement => "Enforcement",
        _ => "Closed",
    };

    public static bool IsDecisionStep(CaseStep step) => step is CaseStep.JointReview or CaseStep.EnforcementApproval;
}
