using CyberPartnerships.Redaction;

namespace CyberPartnerships.Mou;

/// <summary>A case as the API shows it to a partner taking part in it.</summary>
public sealed record CaseView(
    string Id,
    string SubmissionId,
    string SubmittingPartnerId,
    string Title,
    string Summary,
    string RequestedAction,
    Tlp Tlp,
    string Step,
    string StepKey,
    CaseOutcome Outcome,
    DateTimeOffset OpenedAt,
    DateTimeOffset StepStartedAt,
    DateTimeOffset? DecideBy,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> AwaitedPartners,
    IReadOnlyList<string> AwaitedPeople,
    IReadOnlyList<CaseDecisionRecord> Decisions,
    string? ChangesRequested,
    AnalysisReport? Analysis,
    EnforcementRecord? Enforcement,
    IReadOnlyList<CaseHistoryEntry> History)
{
    /// <summary>The view for <paramref name="partnerId"/>: the summary is redacted of personal data for every partner but the submitter.</summary>
    public static CaseView For(CaseState s, string partnerId, CaseRules rules)
    {
        var own = partnerId == s.Source.SubmittingPartnerId;
        var redactor = new TextRedactor();
        return new CaseView(
            s.CaseId,
            s.Source.SubmissionId,
            s.Source.SubmittingPartnerId,
            own ? s.Source.Title : redactor.Redact(s.Source.Title, new RedactionCounts()),
            own ? s.Source.Summary : redactor.Redact(s.Source.Summary, new RedactionCounts()),
            s.Source.RequestedAction,
            s.Source.Tlp,
            CaseSteps.Slug(s.Step),
            s.StepKey,
            s.Outcome,
            s.OpenedAt,
            s.StepStartedAt,
            CaseSteps.IsDecisionStep(s.Step) ? rules.DecideBy(s) : null,
            s.ClosedAt,
            s.PartnerIds.ToList(),
            s.AwaitedPartners,
            s.AwaitedPeople(),
            s.Decisions,
            s.ChangesRequested,
            s.Analysis,
            s.Enforcement,
            s.History);
    }
}

public sealed record OpenCaseRequest(string? SubmissionId, IReadOnlyList<string>? Participants = null);

public sealed record AnalysisRequest(string? Report, IReadOnlyList<string>? Findings, bool NotNeeded, string? Comment);

public sealed record EnforcementRequest(string? ActionTaken, DateOnly? Date, string? Outcome);
