using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace CyberPartnerships.Sharing;

/// <summary>
/// Writes to <c>outbound-shared</c>, idempotently: a blob is created if absent; an existing one with the same
/// fingerprint (SHA-256 of content and TLP) is left untouched (same ETag); a different one is overwritten exactly in
/// the version read. So a redelivered event writes nothing, concurrent deliveries leave one copy, and a changed raw
/// document replaces the shared copies.
/// </summary>
public sealed class SharedOutputs(BlobServiceClient blobs, TimeProvider time)
{
    public const string FingerprintKey = "fingerprint";
    public const string FormatKey = "format";

    /// <summary>Who holds a copy of each document: <c>_recipients/{caseId}/{file}.json</c> (not a valid partner id, so no partner's folder).</summary>
    public const string RecipientsFolder = "_recipients";

    private readonly BlobContainerClient _shared = blobs.GetBlobContainerClient(SharingOptions.SharedContainer);

    /// <summary>Returns true when the blob was created or replaced, false when an identical one was already there.</summary>
    public async Task<bool> WriteIfChangedAsync(string path, byte[] content, string contentType, Tlp tlp, string format, CancellationToken cancellationToken = default)
    {
        var blob = _shared.GetBlobClient(path);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData([.. content, .. Encoding.UTF8.GetBytes("|" + tlp.ToLabel())]));
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = new Dictionary<string, string>
            {
                [OutboundMetadata.TlpKey] = tlp.ToLabel(),
                [FormatKey] = format,
                [FingerprintKey] = fingerprint,
            },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), upload, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            if (existing.Metadata.TryGetValue(FingerprintKey, out var current) && current == fingerprint)
            {
                return false;
            }

            upload.Conditions = new BlobRequestConditions { IfMatch = existing.ETag };
            await blob.UploadAsync(BinaryData.FromBytes(content), upload, cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>Takes the record of who may hold a copy of <c>{caseId}/{file}</c>, waiting while another event for
    /// the same document holds it (see <see cref="RecipientsRecord"/>). Dispose it to end the turn.</summary>
    public Task<RecipientsRecord> TakeRecipientsAsync(string caseId, string file, CancellationToken cancellationToken = default) =>
        RecipientsRecord.TakeAsync(_shared, $"{RecipientsFolder}/{caseId}/{file}.json", time, cancellationToken);

    /// <summary>Deletes the copies (document and manifest) of <c>{caseId}/{file}</c> held by <paramref name="partnerIds"/>.
    /// Returns the paths deleted.</summary>
    public async Task<IReadOnlyList<string>> WithdrawAsync(IEnumerable<string> partnerIds, string caseId, string file, CancellationToken cancellationToken = default)
    {
        var deleted = new List<string>();
        foreach (var partnerId in partnerIds)
        {
            deleted.AddRange(await RevokeAsync(partnerId, caseId, file, cancellationToken).ConfigureAwait(false));
        }

        return deleted;
    }

    private async Task<IReadOnlyList<string>> RevokeAsync(string partnerId, string caseId, string file, CancellationToken cancellationToken)
    {
        var deleted = new List<string>();
        var path = $"{partnerId}/{caseId}/{file}";
        foreach (var name in new[] { path, path + SharingOptions.ManifestSuffix })
        {
            if (await _shared.GetBlobClient(name).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                deleted.Add(name);
            }
        }

        return deleted;
    }
}
