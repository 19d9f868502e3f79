using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace CyberPartnerships.Sharing;

/// <summary>
/// Who may hold a copy of <c>{caseId}/{file}</c>: <c>_recipients/{caseId}/{file}.json</c> in <c>outbound-shared</c>
/// (no partner's folder), a JSON array of partner ids. It is taken with a blob lease for as long as one event writes
/// that document's copies, so events for the same document (a redelivery, a newer upload) take turns: the one holding
/// it checks the raw blob's version and writes without another writing in between. A holder that dies leaves the
/// lease to expire (<see cref="LeaseDuration"/>); the next one then goes ahead.
/// </summary>
public sealed class RecipientsRecord : IAsyncDisposable
{
    /// <summary>How long the lease lasts unless renewed; renewed before each recipient's copies are written.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly BlobClient _blob;
    private readonly BlobLeaseClient _lease;
    private string[] _recorded;

    private RecipientsRecord(BlobClient blob, BlobLeaseClient lease, string[] recorded)
    {
        _blob = blob;
        _lease = lease;
        _recorded = recorded;
        Holders = recorded;
    }

    /// <summary>The partners recorded when the record was taken: everyone who may hold a copy from earlier runs.</summary>
    public IReadOnlyList<string> Holders { get; }

    /// <summary>Takes the record of <paramref name="path"/>, creating it (no holders) if absent, waiting while another
    /// event holds it. After <see cref="LeaseDuration"/> and a margin the 409 is thrown: the event is retried.</summary>
    public static async Task<RecipientsRecord> TakeAsync(BlobContainerClient shared, string path, TimeProvider time, CancellationToken cancellationToken)
    {
        var blob = shared.GetBlobClient(path);
        try
        {
            await blob.UploadAsync(BinaryData.FromString("[]"), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Already there (and perhaps leased by another event right now).
        }

        var lease = blob.GetBlobLeaseClient();
        var giveUpAt = time.GetUtcNow() + LeaseDuration + TimeSpan.FromSeconds(10);
        while (true)
        {
            try
            {
                await lease.AcquireAsync(LeaseDuration, cancellationToken: cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (RequestFailedException ex) when (ex.Status == 409 && time.GetUtcNow() < giveUpAt)
            {
                // Another event for this document is writing: wait for its turn to end.
                await Task.Delay(Poll, time, cancellationToken).ConfigureAwait(false);
            }
        }

        try
        {
            var content = await blob.DownloadContentAsync(
                new BlobDownloadOptions { Conditions = new BlobRequestConditions { LeaseId = lease.LeaseId } }, cancellationToken).ConfigureAwait(false);
            var recorded = content.Value.Content.ToObjectFromJson<string[]>() ?? [];
            return new RecipientsRecord(blob, lease, Normalise(recorded));
        }
        catch
        {
            await ReleaseAsync(lease).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Keeps the lease for another <see cref="LeaseDuration"/>; throws if another event has taken it meanwhile.</summary>
    public async Task RenewAsync(CancellationToken cancellationToken) =>
        await _lease.RenewAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>Records <paramref name="holders"/> (nothing is written when they are already what is recorded).</summary>
    public async Task WriteAsync(IEnumerable<string> holders, Tlp tlp, CancellationToken cancellationToken)
    {
        var next = Normalise(holders);
        if (next.SequenceEqual(_recorded, StringComparer.Ordinal))
        {
            return;
        }

        await _blob.UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(next)), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Metadata = new Dictionary<string, string> { [OutboundMetadata.TlpKey] = tlp.ToLabel(), [SharedOutputs.FormatKey] = "recipients" },
            Conditions = new BlobRequestConditions { LeaseId = _lease.LeaseId },
        }, cancellationToken).ConfigureAwait(false);
        _recorded = next;
    }

    public ValueTask DisposeAsync() => ReleaseAsync(_lease);

    private static string[] Normalise(IEnumerable<string> holders) => holders.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static async ValueTask ReleaseAsync(BlobLeaseClient lease)
    {
        try
        {
            await lease.ReleaseAsync().ConfigureAwait(false);
        }
        catch (RequestFailedException)
        {
            // Lost or already expired: either way it is no longer ours, and it lapses by itself. Not thrown, so that
            // it does not hide the failure that ended the turn.
        }
    }
}
