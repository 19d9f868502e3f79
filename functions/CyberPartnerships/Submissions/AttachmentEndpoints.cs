using Azure;
using CyberPartnerships.Http;
using CyberPartnerships.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Submissions;

/// <summary>
/// <c>POST /api/attachments?fileName=…</c> (the file is the body) and <c>GET /api/attachments/{id}</c>: evidence a partner
/// uploads before a case referral names it in <c>attachments</c>.
/// </summary>
public sealed partial class AttachmentEndpoints(
    PartnerAuthenticator authenticator,
    AttachmentStore store,
    IOptions<SubmissionOptions> options,
    ILogger<AttachmentEndpoints> logger)
{
    public async Task<IResult> UploadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return auth.Failure!;
        }

        var fileName = request.Query["fileName"].ToString();
        if (!AttachmentStore.IsValidFileName(fileName))
        {
            return Problems.BadRequest(
                "Name the file in the fileName query parameter: 1 to 200 characters, no path separators, no control characters, no ?, # or %.",
                "bad-file-name",
                new Dictionary<string, object?> { ["errors"] = new[] { new Ingestion.InputError("/fileName", "a file name without a path") } });
        }

        var max = options.Value.MaxAttachmentBytes;
        if (request.ContentLength > max)
        {
            return TooLarge(max);
        }

        if (request.ContentLength == 0)
        {
            return Problems.BadRequest("The body is empty: send the file's bytes as the body.", "empty-attachment");
        }

        var partner = auth.Partner!;
        var contentType = string.IsNullOrWhiteSpace(request.ContentType) ? "application/octet-stream" : request.ContentType;
        try
        {
            var info = await store.UploadAsync(partner.Id, fileName, contentType, request.Body, max, cancellationToken).ConfigureAwait(false);
            LogUploaded(logger, info.Id, partner.Id, info.Size, info.Sha256);
            return new Created(info);
        }
        catch (Exception ex) when (IsTooLarge(ex))
        {
            return TooLarge(max);
        }
        catch (RequestFailedException ex)
        {
            LogStorageFailed(logger, ex, partner.Id);
            return Problems.Unavailable("The file could not be stored right now; upload it again.");
        }
    }

    public async Task<IResult> GetAsync(HttpRequest request, string id, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return auth.Failure!;
        }

        AttachmentInfo? info;
        try
        {
            info = AttachmentStore.IsId(id)
                ? await store.GetAsync(auth.Partner!.Id, id, cancellationToken).ConfigureAwait(false)
                : null;
        }
        catch (RequestFailedException)
        {
            return Problems.StorageUnavailable();
        }

        return info is null ? Problems.NotFound($"No attachment '{id}' from this partner.") : TypedResults.Json(info, Json.Options);
    }

    private static bool IsTooLarge(Exception ex) => ex switch
    {
        AttachmentTooLargeException => true,
        AggregateException all => all.InnerExceptions.Any(IsTooLarge),
        _ => ex.InnerException is { } inner && IsTooLarge(inner),
    };

    private static IResult TooLarge(long max) => Problems.PayloadTooLarge($"The file is larger than the maximum of {max} bytes.");

    private sealed class Created(AttachmentInfo info) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = $"/api/attachments/{info.Id}";
            return TypedResults.Json(info, Json.Options, statusCode: StatusCodes.Status201Created).ExecuteAsync(httpContext);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Attachment {AttachmentId} uploaded by {PartnerId}: {Size} bytes, SHA-256 {Sha256}")]
    private static partial void LogUploaded(ILogger logger, string attachmentId, string partnerId, long size, string? sha256);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage failed while storing an attachment from {PartnerId}")]
    private static partial void LogStorageFailed(ILogger logger, Exception exception, string partnerId);
}
