using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CyberPartnerships.Partners;
using CyberPartnerships.Redaction;
using CyberPartnerships.Taxii;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Sharing;

public enum SharingOutcome
{
    /// <summary>Redacted and written for every recipient (possibly none, when no named partner may receive it).</summary>
    Shared,

    /// <summary>Moved to <c>quarantine/</c>; nothing was written to <c>outbound-shared</c>.</summary>
    Quarantined,

    /// <summary>The blob is gone (already quarantined, or deleted) or was replaced meanwhile: nothing to do.</summary>
    NotFound,
}

/// <param name="Recipients">The partners the document was shared with.</param>
/// <param name="Written">Blobs created or updated in <c>outbound-shared</c> by this run (an identical existing blob is not rewritten).</param>
/// <param name="Revoked">Earlier copies deleted because the current metadata no longer shares the document with their partner.</param>
public sealed record SharingResult(SharingOutcome Outcome, IReadOnlyList<string> Recipients, IReadOnlyList<string> Written, string? QuarantineReason = null, IReadOnlyList<string>? Revoked = null);

/// <summary>
/// The fail-closed sharing pipeline, run by the shell's blob trigger for each blob created in <c>outbound-raw</c>:
/// reads the blob and its metadata, decides the recipients by TLP (<see cref="TlpRouting"/>), redacts the document
/// in memory (<see cref="DocumentRedactor"/>) and only then writes <c>outbound-shared/{partnerId}/{caseId}/{file}</c>
/// and <c>{file}.manifest.json</c> for each recipient. Any refusal (bad name or metadata, RED, unsupported type,
/// parse or redactor error, missing pseudonym key, too large) moves the blob to <c>quarantine/</c> with the reason
/// and writes nothing. Output names are deterministic and writes are conditional, so a redelivered event leaves the
/// same blobs and no duplicates. Storage errors are not caught: the trigger fails and the event is retried.
/// </summary>
public sealed partial class SharingPipeline(
    BlobServiceClient blobs,
    PartnerRegistry partners,
    TextRedactorFactory redactors,
    DocumentRedactor documents,
    SharedOutputs outputs,
    TaxiiIndex taxii,
    IOptions<SharingOptions> options,
    TimeProvider time,
    ILogger<SharingPipeline> logger)
{
    public const string QuarantineReasonKey = "quarantinereason";

    private readonly BlobContainerClient _raw = blobs.GetBlobContainerClient(SharingOptions.RawContainer);
    private readonly BlobContainerClient _shared = blobs.GetBlobContainerClient(SharingOptions.SharedContainer);
    private readonly BlobContainerClient _quarantine = blobs.GetBlobContainerClient(SharingOptions.QuarantineContainer);
    private volatile bool _containersReady;

    public async Task<SharingResult> ProcessAsync(string blobName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        await EnsureContainersAsync(cancellationToken).ConfigureAwait(false);
        var raw = _raw.GetBlobClient(blobName);
        BlobProperties properties;
        try
        {
            properties = (await raw.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            LogGone(logger, blobName);
            return new SharingResult(SharingOutcome.NotFound, [], []);
        }

        if (!OutboundMetadata.TryParseName(blobName, out var caseId, out var file))
        {
            return await QuarantineAsync(raw, properties, "invalid-name", "The blob name must be {caseId}/{file} (letters, digits, '.', '_', '-'; not a manifest name).", cancellationToken).ConfigureAwait(false);
        }

        if (properties.ContentLength > options.Value.MaxDocumentBytes)
        {
            return await QuarantineAsync(raw, properties, "too-large", $"The document has {properties.ContentLength} bytes; the limit is {options.Value.MaxDocumentBytes}.", cancellationToken).ConfigureAwait(false);
        }

        var metadata = OutboundMetadata.TryParse(properties.Metadata, out var metadataError);
        if (metadata is null)
        {
            return await QuarantineAsync(raw, properties, TlpRouting.MetadataReason, metadataError!, cancellationToken).ConfigureAwait(false);
        }

        if (metadata.Tlp == Tlp.Red)
        {
            return await QuarantineAsync(raw, properties, TlpRouting.RedReason, "TLP:RED is never shared.", cancellationToken).ConfigureAwait(false);
        }

        if (!DocumentRedactor.IsSupported(file))
        {
            return await QuarantineAsync(raw, properties, DocumentRedactionException.Unsupported, $"'{Path.GetExtension(file)}' files are not shared.", cancellationToken).ConfigureAwait(false);
        }

        TextRedactor redactor;
        try
        {
            redactor = redactors.Create();
        }
        catch (RedactionConfigurationException ex)
        {
            return await QuarantineAsync(raw, properties, ex.Reason, ex.Message, cancellationToken).ConfigureAwait(false);
        }

        var decision = TlpRouting.Decide(metadata, await partners.ListAsync(cancellationToken).ConfigureAwait(false));
        if (decision.Refused)
        {
            return await QuarantineAsync(raw, properties, decision.Refusal!, decision.RefusalDetail!, cancellationToken).ConfigureAwait(false);
        }

        BinaryData content;
        try
        {
            var download = await raw.DownloadContentAsync(
                new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } }, cancellationToken).ConfigureAwait(false);
            content = download.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Deleted or replaced since it was read: a replacement raises its own event.
            LogGone(logger, blobName);
            return new SharingResult(SharingOutcome.NotFound, [], []);
        }

        RedactedDocument redacted;
        try
        {
            redacted = documents.Redact(file, content.ToMemory().Span, redactor);
        }
        catch (DocumentRedactionException ex)
        {
            return await QuarantineAsync(raw, properties, ex.Reason, ex.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return await QuarantineAsync(raw, properties, DocumentRedactionException.RedactorError, $"The redactor failed: {ex.GetType().Name}.", cancellationToken).ConfigureAwait(false);
        }

        foreach (var (partnerId, reason) in decision.Skipped)
        {
            LogSkipped(logger, blobName, partnerId, reason);
        }

        // Everything is redacted in memory; only now is anything written for partners, by one event per document at
        // a time. An event for an older version that gets here late finds the raw blob changed and stops; a newer
        // version uploaded while this turn writes waits for it, then rewrites and withdraws what it must.
        var recipients = decision.Recipients.Select(p => p.Id).ToList();
        var record = await outputs.TakeRecipientsAsync(caseId, file, cancellationToken).ConfigureAwait(false);
        await using var turn = record.ConfigureAwait(false);
        var holders = record.Holders;
        if (!await IsCurrentAsync(raw, properties.ETag, cancellationToken).ConfigureAwait(false))
        {
            LogGone(logger, blobName);
            return new SharingResult(SharingOutcome.NotFound, [], []);
        }

        // Recorded before any copy is written: a run that dies half-way leaves a record naming everyone who may hold
        // one, so the next upload of this name withdraws what it no longer shares.
        await record.WriteAsync(holders.Union(recipients), metadata.Tlp, cancellationToken).ConfigureAwait(false);
        var source = $"{SharingOptions.RawContainer}/{blobName}";
        var written = new List<string>();
        foreach (var partner in decision.Recipients)
        {
            await record.RenewAsync(cancellationToken).ConfigureAwait(false);
            var path = $"{partner.Id}/{caseId}/{file}";
            var manifest = redacted.ManifestFor(redactor, source, caseId, file, partner.Id, metadata.Tlp).ToJsonBytes();
            if (await outputs.WriteIfChangedAsync(path, redacted.Content, redacted.ContentType, metadata.Tlp, redacted.Format, cancellationToken).ConfigureAwait(false))
            {
                written.Add(path);
            }

            if (redacted.Format == DocumentRedactor.StixFormat)
            {
                // What TAXII serves the partner (an unchanged document is recognised and not indexed again).
                await taxii.IndexAsync(partner.Id, caseId, file, metadata.Tlp, redacted.Content, cancellationToken).ConfigureAwait(false);
            }

            if (await outputs.WriteIfChangedAsync(path + SharingOptions.ManifestSuffix, manifest, "application/json", metadata.Tlp, "manifest", cancellationToken).ConfigureAwait(false))
            {
                written.Add(path + SharingOptions.ManifestSuffix);
            }
        }

        // Copies an earlier upload of the same name left with partners the current metadata excludes are withdrawn;
        // only then does the record shrink to what is shared now.
        var withdrawn = holders.Except(recipients, StringComparer.Ordinal).ToList();
        var revoked = await outputs.WithdrawAsync(withdrawn, caseId, file, cancellationToken).ConfigureAwait(false);
        foreach (var partnerId in withdrawn)
        {
            await taxii.RemoveAsync(partnerId, caseId, file, cancellationToken).ConfigureAwait(false);
        }

        await record.WriteAsync(recipients, metadata.Tlp, cancellationToken).ConfigureAwait(false);

        LogShared(logger, blobName, metadata.Tlp.ToLabel(), decision.Recipients.Count, redacted.Counts.Total, written.Count, revoked.Count);
        return new SharingResult(SharingOutcome.Shared, recipients, written, Revoked: revoked);
    }

    /// <summary>Whether the raw blob is still the version read (not replaced, not deleted).</summary>
    private static async Task<bool> IsCurrentAsync(BlobClient raw, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await raw.GetPropertiesAsync(new BlobRequestConditions { IfMatch = etag }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    private async Task<SharingResult> QuarantineAsync(BlobClient raw, BlobProperties properties, string reason, string detail, CancellationToken cancellationToken)
    {
        LogQuarantined(logger, raw.Name, reason, detail);
        var metadata = new Dictionary<string, string>(properties.Metadata, StringComparer.OrdinalIgnoreCase) { [QuarantineReasonKey] = reason };
        try
        {
            var download = await raw.DownloadStreamingAsync(
                new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfMatch = properties.ETag } }, cancellationToken).ConfigureAwait(false);
            await using (download.Value.Content.ConfigureAwait(false))
            {
                await _quarantine.GetBlobClient(raw.Name).UploadAsync(
                    download.Value.Content,
                    new BlobUploadOptions { Metadata = metadata, HttpHeaders = new BlobHttpHeaders { ContentType = properties.ContentType } },
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            LogGone(logger, raw.Name);
            return new SharingResult(SharingOutcome.NotFound, [], []);
        }

        var note = $"reason: {reason}\ndetail: {detail}\nsource: {SharingOptions.RawContainer}/{raw.Name}\netag: {properties.ETag}\nquarantined at: {time.GetUtcNow():O}\n";
        await _quarantine.GetBlobClient(raw.Name + SharingOptions.ReasonSuffix).UploadAsync(
            BinaryData.FromString(note),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain; charset=utf-8" }, Metadata = new Dictionary<string, string> { [QuarantineReasonKey] = reason } },
            cancellationToken).ConfigureAwait(false);
        try
        {
            await raw.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = properties.ETag }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Already gone, or replaced by a new upload that raises its own event.
        }

        return new SharingResult(SharingOutcome.Quarantined, [], [], reason);
    }

    private async Task EnsureContainersAsync(CancellationToken cancellationToken)
    {
        if (_containersReady)
        {
            return;
        }

        await _shared.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await _quarantine.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        _containersReady = true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbound blob {Blob} quarantined, nothing shared: {Reason}. {Detail}")]
    private static partial void LogQuarantined(ILogger logger, string blob, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound blob {Blob} ({Tlp}) shared with {Recipients} partner(s): {Replaced} value(s) redacted, {Written} blob(s) written, {Revoked} earlier copies withdrawn")]
    private static partial void LogShared(ILogger logger, string blob, string tlp, int recipients, int replaced, int written, int revoked);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound blob {Blob} not shared with {PartnerId}: {Reason}")]
    private static partial void LogSkipped(ILogger logger, string blob, string partnerId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbound blob {Blob} is gone or was replaced; nothing to do")]
    private static partial void LogGone(ILogger logger, string blob);
}
