using System.Diagnostics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CyberPartnerships.Bench;

/// <summary>Counts the storage requests of a client, their summed time and the entities they returned (from the
/// JSON answer's <c>RowKey</c> properties), so a benchmark can say where a query's time went.</summary>
public sealed class RequestCounter : HttpPipelinePolicy
{
    private long _requests;
    private long _ticks;
    private long _rows;

    public (long Requests, double Milliseconds, long Rows) Take()
    {
        var taken = (Interlocked.Exchange(ref _requests, 0), Stopwatch.GetElapsedTime(0, Interlocked.Exchange(ref _ticks, 0)).TotalMilliseconds, Interlocked.Exchange(ref _rows, 0));
        return taken;
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = Stopwatch.GetTimestamp();
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - started);
        Interlocked.Increment(ref _requests);
        if (message.Response.ContentStream is MemoryStream buffered)
        {
            var text = System.Text.Encoding.UTF8.GetString(buffered.GetBuffer(), 0, (int)buffered.Length);
            var count = 0;
            for (var at = text.IndexOf("\"RowKey\"", StringComparison.Ordinal); at >= 0; at = text.IndexOf("\"RowKey\"", at + 1, StringComparison.Ordinal))
            {
                count++;
            }

            Interlocked.Add(ref _rows, count);
        }
    }
}
