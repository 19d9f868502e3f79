using System.Security.Cryptography;
using System.Text;
using Azure;
using CyberPartnerships.Http;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Submissions;

/// <summary>HTTP handlers of <c>POST /api/submissions</c> and <c>GET /api/submissions/{id}</c>.</summary>
public sealed partial class SubmissionEndpoints(
    PartnerAuthenticator authenticator,
    SubmissionIngestor ingestor,
    SubmissionStore store,
    IOptions<SubmissionOptions> options,
    ILogger<SubmissionEndpoints> logger)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>Receives a submission: the HTTP result, and the receipt when it was stored (or replayed).</summary>
    public async Task<SubmissionOutcome> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return new(auth.Failure!, null);
        }

        var partner = auth.Partner!;
        var (body, problem) = await SubmissionBody.ReadAsync(request, options.Value, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return new(problem!, null);
        }

        using (body)
        {
            var idempotencyKey = request.Headers[IdempotencyKeyHeader].ToString();
            if (idempotencyKey.Length > 256)
            {
                return new(Problems.BadRequest("Idempotency-Key is at most 256 characters.", "bad-idempotency-key"), null);
            }

            // Without a key only a byte-identical body is a replay: bundle ids are not unique in the wild (two
            // published bundles share one), so a different body under a seen bundle id is a submission of its own.
            var basis = idempotencyKey.Length > 0 ? "key:" + idempotencyKey : "body:" + body.Sha256;
            var submissionId = SubmissionId(partner.Id, basis);
            try
            {
                var existing = await store.GetWithHashAsync(partner.Id, submissionId, cancellationToken).ConfigureAwait(false);
                if (existing is { } first)
                {
                    if (idempotencyKey.Length > 0 && first.BodyHash != body.Sha256)
                    {
                        return new(Problems.Conflict("This Idempotency-Key was used before with a different body."), null);
                    }

                    LogReplayed(logger, submissionId, partner.Id);
                    return new(new ReplayedResult(Created(first.Record)), Receipt(first.Record, replayed: true));
                }

                if (idempotencyKey.Length > 0 && await store.ClaimAsync(partner.Id, submissionId, body.Sha256, cancellationToken).ConfigureAwait(false) != body.Sha256)
                {
                    // Another request with this key and another body is being stored, or was refused and kept its claim.
                    return new(Problems.Conflict("This Idempotency-Key is in use with a different body."), null);
                }

                var (record, errors, status) = await ingestor.IngestAsync(partner.Id, submissionId, body, partner.UnmarkedTlp, cancellationToken).ConfigureAwait(false);
                if (record is null)
                {
                    if (idempotencyKey.Length > 0)
                    {
                        await store.ReleaseClaimAsync(partner.Id, submissionId, body.Sha256, cancellationToken).ConfigureAwait(false);
                    }

                    return new(Problems.BadRequest(status, "invalid-submission", new Dictionary<string, object?> { ["errors"] = errors }), null);
                }

                LogStored(logger, submissionId, partner.Id, record.Format, record.Counts.Stored, record.Counts.Duplicate, record.Counts.Rejected);
                return new(Created(record), Receipt(record, replayed: false));
            }
            catch (RequestFailedException ex)
            {
                LogStorageFailed(logger, ex, submissionId, partner.Id);
                return new(Problems.Unavailable("The submission could not be stored right now; retry it (the same request is safe to repeat)."), null);
            }
        }
    }

    /// <summary><c>GET /api/submissions/{id}</c>: the stored submission, to the partner that sent it only (others get 404).</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string id, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return auth.Failure!;
        }

        var record = id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? await store.GetAsync(auth.Partner!.Id, id, cancellationToken).ConfigureAwait(false)
            : null;
        return record is null
            ? Problems.NotFound($"No submission '{id}' from this partner.")
            : TypedResults.Json(record, Json.Options);
    }

    /// <summary>Deterministic: the same partner and basis (Idempotency-Key, or the body's SHA-256) always give the same id,
    /// so a retry finds the first attempt's rows and completes them.</summary>
    public static string SubmissionId(string partnerId, string basis) =>
        "sub-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{partnerId}\n{basis}")))[..32];

    private static LocationResult Created(SubmissionRecord record) =>
        new(TypedResults.Json(record, Json.Options, statusCode: StatusCodes.Status201Created), $"/api/submissions/{record.Id}");

    private static SubmissionReceipt Receipt(SubmissionRecord r, bool replayed) =>
        new(r.Id, r.PartnerId, r.RequestedAction, r.Title, r.Summary, r.Tlp, replayed);

    private sealed class LocationResult(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }

    private sealed class ReplayedResult(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers[ReplayedHeader] = "true";
            return inner.ExecuteAsync(httpContext);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} from {PartnerId} stored ({Format}): {Stored} stored, {Duplicate} duplicate, {Rejected} rejected")]
    private static partial void LogStored(ILogger logger, string submissionId, string partnerId, SubmissionFormat format, int stored, int duplicate, int rejected);

    [LoggerMessage(Level = LogLevel.Information, Message = "Submission {SubmissionId} from {PartnerId} repeated: the first result is returned")]
    private static partial void LogReplayed(ILogger logger, string submissionId, string partnerId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage failed while storing submission {SubmissionId} from {PartnerId}; a retry completes it")]
    private static partial void LogStorageFailed(ILogger logger, Exception exception, string submissionId, string partnerId);
}
