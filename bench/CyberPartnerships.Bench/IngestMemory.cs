using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CyberPartnerships.Submissions;

namespace CyberPartnerships.Bench;

/// <summary>
/// The memory line of <c>ingest</c>: a bundle at the body limit (8 MiB) shaped like a published report, parsed from its
/// UTF-8 bytes (as the request body is) and stored through <see cref="SubmissionIngestor"/> with the graph on. Bytes
/// allocated by the whole process meanwhile (every thread: the project, the Azure SDK, HTTP), per object, against
/// the object's JSON size; the peak managed heap sampled every 2 ms, and the heap before.
/// </summary>
internal static class IngestMemory
{
    public static async Task RunAsync(SubmissionIngestor ingestor, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var (utf8, objects) = IngestBundles.RealWorld((int)maxBodyBytes);
        var sha = Convert.ToHexStringLower(SHA256.HashData(utf8));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(false);
        var peak = baseline;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                await Task.Delay(2, CancellationToken.None).ConfigureAwait(false);
            }
        }, CancellationToken.None);
        var gen0 = GC.CollectionCount(0);
        var gen2 = GC.CollectionCount(2);
        var before = GC.GetTotalAllocatedBytes(true);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        SubmissionRecord? record;
        using (var body = new SubmissionBody(JsonDocument.Parse(utf8), SubmissionFormat.Stix, sha))
        {
            (record, _, _) = await ingestor.IngestAsync("bench-partner", $"sub-{Guid.NewGuid():N}", body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - before;
        await sampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        if (record is null || record.Counts.Stored != objects)
        {
            throw new InvalidOperationException("The 8 MB bundle was not stored whole.");
        }

        var jsonPerObject = (double)utf8.Length / objects;
        var perObject = (double)allocated / objects;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory bundle_bytes={utf8.Length} objects={objects} json_bytes_per_object={jsonPerObject:F0} alloc_bytes_per_object={perObject:F0} alloc_per_json_byte={perObject / jsonPerObject:F2} peak_heap_mb={peak / 1048576.0:F1} heap_before_mb={baseline / 1048576.0:F1} gen0={GC.CollectionCount(0) - gen0} gen2={GC.CollectionCount(2) - gen2} seconds={stopwatch.Elapsed.TotalSeconds:F2}"));
    }
}
