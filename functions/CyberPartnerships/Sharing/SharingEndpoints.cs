using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CyberPartnerships.Http;
using CyberPartnerships.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Sharing;

/// <summary>One item shared with the calling partner (a redacted document or its manifest).</summary>
public sealed record SharedItem(string CaseId, string File, long Size, Tlp Tlp, DateTimeOffset SharedAt, string ContentType, string Href, string? Manifest);

/// <param name="ContinuationToken">Present when there is more: pass it back as <c>?continuationToken=</c>.</param>
public sealed record SharedItemList(IReadOnlyList<SharedItem> Items, string? ContinuationToken);

/// <summary>
/// <c>GET /api/shared</c> (what was shared with the caller, optionally <c>?caseId=</c>, paged with
/// <c>pageSize</c> and <c>continuationToken</c>) and
/// <c>GET /api/shared/{caseId}/{file}</c> (the item, streamed from the blob). Only the caller's own items
/// (<c>outbound-shared/{partnerId}/</c>), and only those its current clearance allows; anything else is 404.
/// </summary>
public sealed partial class SharingEndpoints(PartnerAuthenticator authenticator, BlobServiceClient blobs, ILogger<SharingEndpoints> logger)
{
    public const int DefaultPageSize = 200;
    public const int MaxPageSize = 1000;

    private readonly BlobContainerClient _shared = blobs.GetBlobContainerClient(SharingOptions.SharedContainer);

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return auth.Failure!;
        }

        var partner = auth.Partner!;
        var caseId = request.Query["caseId"].ToString();
        if (caseId.Length > 0 && !OutboundMetadata.IsValidCaseId(caseId))
        {
            return Problems.BadRequest("caseId is not a valid case id.");
        }

        var pageSizeText = request.Query["pageSize"].ToString();
        var pageSize = DefaultPageSize;
        if (pageSizeText.Length > 0 && (!int.TryParse(pageSizeText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return Problems.BadRequest($"pageSize must be a whole number from 1 to {MaxPageSize}.");
        }

        var token = request.Query["continuationToken"].ToString();
        var prefix = caseId.Length > 0 ? $"{partner.Id}/{caseId}/" : $"{partner.Id}/";
        var items = new List<SharedItem>();
        string? next = null;
        try
        {
            // One storage page per request: pageSize counts blobs read (an item and its manifest are two).
            await foreach (var page in _shared.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken)
                .AsPages(token.Length > 0 ? token : null, pageSize).ConfigureAwait(false))
            {
                items.AddRange(page.Values
                    .Where(b => !b.Name.EndsWith(SharingOptions.ManifestSuffix, StringComparison.Ordinal))
                    .Select(b => ToItem(partner, b))
                    .OfType<SharedItem>());
                next = string.IsNullOrEmpty(page.ContinuationToken) ? null : page.ContinuationToken;
                break;
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing was ever shared: the container does not exist yet.
        }
        catch (RequestFailedException ex) when (ex.Status == 400 && token.Length > 0)
        {
            return Problems.BadRequest("continuationToken is not valid; start again without it.");
        }
        catch (RequestFailedException ex)
        {
            LogStoreUnavailable(logger, ex, partner.Id);
            return Problems.Unavailable("Shared items are temporarily unavailable; retry later.");
        }

        return TypedResults.Json(new SharedItemList(items, next), Json.Options);
    }

    public async Task<IResult> DownloadAsync(HttpRequest request, string caseId, string file, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return auth.Failure!;
        }

        var partner = auth.Partner!;
        var notFound = Problems.NotFound($"Nothing named '{caseId}/{file}' was shared with you.");
        if (!OutboundMetadata.IsValidCaseId(caseId) || !IsValidSharedName(file))
        {
            return notFound;
        }

        var blob = _shared.GetBlobClient($"{partner.Id}/{caseId}/{file}");
        Response<BlobDownloadStreamingResult> download;
        try
        {
            download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return notFound;
        }
        catch (RequestFailedException ex)
        {
            LogStoreUnavailable(logger, ex, partner.Id);
            return Problems.Unavailable("Shared items are temporarily unavailable; retry later.");
        }

        var details = download.Value.Details;
        if (!details.Metadata.TryGetValue(OutboundMetadata.TlpKey, out var label) || !TlpLevels.TryParse(label, out var tlp) || !partner.TlpClearance.Allows(tlp))
        {
            await download.Value.Content.DisposeAsync().ConfigureAwait(false);
            return notFound;
        }

        request.HttpContext.Response.ContentLength = details.ContentLength;
        return TypedResults.Stream(
            download.Value.Content,
            details.ContentType ?? "application/octet-stream",
            fileDownloadName: file,
            lastModified: details.LastModified,
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue(details.ETag.ToString("H")));
    }

    private static SharedItem? ToItem(Partner partner, BlobItem blob)
    {
        var parts = blob.Name.Split('/');
        if (parts.Length != 3 || !blob.Metadata.TryGetValue(OutboundMetadata.TlpKey, out var label)
            || !TlpLevels.TryParse(label, out var tlp) || !partner.TlpClearance.Allows(tlp))
        {
            return null;
        }

        var (caseId, file) = (parts[1], parts[2]);
        var href = $"/api/shared/{Uri.EscapeDataString(caseId)}/{Uri.EscapeDataString(file)}";
        return new SharedItem(
            caseId,
            file,
            blob.Properties.ContentLength ?? 0,
            tlp,
            blob.Properties.CreatedOn ?? blob.Properties.LastModified ?? DateTimeOffset.MinValue,
            blob.Properties.ContentType ?? "application/octet-stream",
            href,
            href + SharingOptions.ManifestSuffix);
    }

    private static bool IsValidSharedName(string file) =>
        OutboundMetadata.IsValidFileName(file)
        || (file.EndsWith(SharingOptions.ManifestSuffix, StringComparison.Ordinal) && OutboundMetadata.IsValidFileName(file[..^SharingOptions.ManifestSuffix.Length]));

    [LoggerMessage(Level = LogLevel.Error, Message = "Blob storage unavailable while serving shared items to {PartnerId}")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception, string partnerId);
}
