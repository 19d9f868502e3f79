using Azure;
using CyberPartnerships.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Mou;

/// <summary>The submission store as the source of cases: what a case needs from a stored submission.</summary>
public sealed class SubmissionCaseSources(SubmissionStore submissions) : ICaseSourceLookup
{
    public async Task<CaseSource?> FindAsync(string submissionId, CancellationToken cancellationToken = default) =>
        await submissions.GetByIdAsync(submissionId, cancellationToken).ConfigureAwait(false) is { } record ? From(record) : null;

    public static CaseSource From(SubmissionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        // A STIX report's name has no limit of its own: the case takes a referral's (the case row is one entity, 1 MB).
        var title = !string.IsNullOrWhiteSpace(record.Title)
            ? Cap(record.Title, NativeReferralReader.MaxTitle)
            : $"{(record.Format == SubmissionFormat.Stix ? "STIX bundle" : "Referral")} from {record.PartnerId} ({record.IndicatorCount} indicators)";
        var action = record.RequestedAction switch
        {
            RequestedAction.Analysis => "analysis",
            RequestedAction.Enforcement => "enforcement",
            _ => "none",
        };
        return new CaseSource(record.Id, record.PartnerId, title, Cap(record.Summary ?? string.Empty, NativeReferralReader.MaxSummary), action, record.Participants, record.Tlp)
        {
            Indicators = record.Indicators,
        };
    }

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters, ending in an ellipsis when cut (never
    /// between the halves of a surrogate pair).</summary>
    internal static string Cap(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var keep = max - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), "…");
    }
}

/// <summary>
/// <c>POST /api/submissions</c> with the MoU workflow behind it: a stored submission whose requested action is
/// analysis or enforcement opens its case at once (one case per submission; a repeated submission reopens nothing but
/// starts a case whose start failed before).
/// </summary>
public sealed partial class CaseIntake(SubmissionEndpoints submissions, ICaseSourceLookup sources, CaseOpener opener, ILogger<CaseIntake> logger)
{
    public const string OpenedBy = "submission";

    public async Task<IResult> ReceiveSubmissionAsync(HttpRequest request, ICaseWorkflowStarter starter, CancellationToken cancellationToken = default)
    {
        var outcome = await submissions.ReceiveAsync(request, cancellationToken).ConfigureAwait(false);
        if (outcome.Receipt is { RequestedAction: not null } receipt)
        {
            try
            {
                if (await sources.FindAsync(receipt.SubmissionId, cancellationToken).ConfigureAwait(false) is { OpensCaseAutomatically: true } source)
                {
                    var (state, created) = await opener.OpenAsync(source, OpenedBy, starter, cancellationToken).ConfigureAwait(false);
                    if (created)
                    {
                        LogOpened(logger, state.CaseId, receipt.SubmissionId);
                    }

                    request.HttpContext.Response.Headers["X-Case-Id"] = state.CaseId;
                }
            }
            catch (Exception ex) when (ex is RequestFailedException or CaseStartException)
            {
                // The submission is stored whole, so it is still 201 (a 503 would read as "not stored"), without
                // X-Case-Id: its case opens when the partner repeats the request (idempotent: the same submission) or
                // when a DCU analyst opens it with POST /api/cases.
                LogCaseNotOpened(logger, ex, receipt.SubmissionId);
            }
        }

        return outcome.Result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} opened from submission {SubmissionId}")]
    private static partial void LogOpened(ILogger logger, string caseId, string submissionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The case of submission {SubmissionId} could not be opened or started (the submission is stored; answered 201 without X-Case-Id); it opens when the submission is repeated or by DCU with POST /api/cases")]
    private static partial void LogCaseNotOpened(ILogger logger, Exception exception, string submissionId);
}
