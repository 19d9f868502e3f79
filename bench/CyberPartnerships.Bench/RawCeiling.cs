using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using CyberPartnerships.Ingestion;

namespace CyberPartnerships.Bench;

/// <summary>The raw ceiling: prebuilt transactions submitted with <c>SubmitTransactionAsync</c> into fresh tables, a
/// given number in flight, and nothing else.</summary>
internal static class RawCeiling
{
    public static readonly int[] Sweep = [4, 8, 16, 32];

    /// <summary>Submits <paramref name="plan"/> at each parallelism of the sweep, printing a line each; the best rate.</summary>
    public static async Task<double> SweepAsync(TableServiceClient tables, IReadOnlyList<PlannedTransaction> plan, string label, int objects, CancellationToken cancellationToken)
    {
        var best = 0.0;
        foreach (var inFlight in Sweep)
        {
            var (seconds, entities) = await RunAsync(tables, plan, inFlight, cancellationToken).ConfigureAwait(false);
            best = Math.Max(best, entities / seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{label} objects={objects} entities={entities} transactions={plan.Count} parallelism={inFlight} seconds={seconds:F2} rate={entities / seconds:F0}/s"));
        }

        return best;
    }

    /// <summary>Each table of the plan becomes a fresh table of its own; they are deleted after.</summary>
    public static async Task<(double Seconds, int Entities)> RunAsync(TableServiceClient tables, IReadOnlyList<PlannedTransaction> plan, int inFlight, CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var clients = plan.Select(t => t.Table).Distinct(StringComparer.Ordinal).ToDictionary(t => t, t => tables.GetTableClient($"Raw{suffix}{t}"), StringComparer.Ordinal);
        await Parallel.ForEachAsync(clients.Values, cancellationToken, async (c, ct) => await c.CreateIfNotExistsAsync(ct).ConfigureAwait(false)).ConfigureAwait(false);
        var work = plan.Select(t => (Client: clients[t.Table], t.Actions)).ToList();

        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken },
            async (t, ct) => await t.Client.SubmitTransactionAsync(t.Actions, ct).ConfigureAwait(false)).ConfigureAwait(false);
        stopwatch.Stop();

        await Parallel.ForEachAsync(clients.Values, cancellationToken, async (c, ct) => await c.DeleteAsync(ct).ConfigureAwait(false)).ConfigureAwait(false);
        return (stopwatch.Elapsed.TotalSeconds, IngestPlan.Entities(plan));
    }
}
