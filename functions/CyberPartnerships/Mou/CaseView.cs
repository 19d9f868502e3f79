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
    /// <summary>
    /// The view for <paramref name="partnerId"/>. Whatever a participant wrote is shown to the others only through the
    /// redactor (victims' data must not pass between partners): the source's title and summary (the submitter's),
    /// decision comments, the changes requested, the analysis findings, the enforcement record and history details.
    /// A participant sees its own words, and those of its own people, as written. Actors (partner ids and the
    /// partnership's own approvers and analysts) are shown as they are.
    /// </summary>
    public static CaseView For(CaseState s, string partnerId, CaseRules rules)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(rules);
        var own = partnerId == s.Source.SubmittingPartnerId;
        var redactor = new TextRedactor();
        var viewer = s.Party(partnerId);
        bool Mine(string actor) => actor == partnerId || (viewer is not null && viewer.LegalApprovers.Concat(viewer.AlternateApprovers).Concat(viewer.Analysts).Contains(actor, StringComparer.OrdinalIgnoreCase));
        string Text(string text, bool mine) => mine ? text : redactor.Redact(text, new RedactionCounts());
        string? Optional(string? text, bool mine) => text is null ? null : Text(text, mine);
        var changesBy = s.Decisions.LastOrDefault(d => d.Decision == CaseDecision.RequestChanges)?.PartnerId;
        return new CaseView(
            s.CaseId,
            s.Source.SubmissionId,
            s.Source.SubmittingPartnerId,
            Text(s.Source.Title, own),
            Text(s.Source.Summary, own),
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
            [.. s.Decisions.Select(d => d with { Comment = Optional(d.Comment, d.PartnerId == partnerId) })],
            Optional(s.ChangesRequested, changesBy == partnerId),
            s.Analysis is { } analysis ? analysis with { Findings = [.. analysis.Findings.Select(f => Text(f, Mine(analysis.By)))] } : null,
            s.Enforcement is { } enforcement && !Mine(enforcement.By)
                ? enforcement with { ActionTaken = Text(enforcement.ActionTaken, false), Outcome = Text(enforcement.Outcome, false) }
                : s.Enforcement,
            [.. s.History.Select(h => h with { Detail = Optional(h.Detail, Mine(h.Actor)) })]);
    }
}

public sealed record OpenCaseRequest(string? SubmissionId, IReadOnlyList<string>? Participants = null);

public sealed record AnalysisRequest(string? Report, IReadOnlyList<string>? Findings, bool NotNeeded, string? Comment);

public sealed record EnforcementRequest(string? ActionTaken, DateOnly? Date, string? Outcome);
