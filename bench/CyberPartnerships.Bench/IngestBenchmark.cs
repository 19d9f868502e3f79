using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using CyberPartnerships.Graph;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using CyberPartnerships.Storage;
using CyberPartnerships.Submissions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Bench;

/// <summary>
/// <c>ingest --objects N [--parallelism K] [--rounds R] [--quick] [--naive]</c>: generates an N-object STIX 2.1 bundle and stores it in
/// Azurite (or the account <c>CYBERPARTNERS_BENCH_STORAGE</c> names) (a) the project's way
/// (<see cref="SubmissionIngestor"/>: read, validate, map, index, write, commit) and (b) as the raw ceiling: the very
/// transactions the project sends for that bundle (<see cref="IngestWriter.Plan"/>: objects, indicator rows and, the
/// graph being on, graph rows), built before the clock starts and only submitted, at 4, 8, 16 and 32 in flight (the best
/// count). The project's path runs with the correlation graph on (the app's default) and, once before it, off: a line
/// gives both rates. Then (unless <c>--quick</c>) the memory line (an 8 MiB bundle of a published report's shape) and
/// the feed line (<see cref="FeedPuller"/> from a local TAXII server, with its own raw ceiling). With <c>--naive</c>
/// also one upsert per entity. Last: <c>ingest objects=N entities=E project=P/s raw=R/s of_raw=X</c> (entities per second).
/// </summary>
public sealed class IngestBenchmark : IBenchmark
{
    public string Name => "ingest";

    public string Description => "STIX bundle ingestion into Azurite: the project's path vs the raw transactions it sends (--objects N, default 10000; --rounds R, default 2, best of each; --quick skips the memory and feed lines; --naive adds one upsert per entity)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var objects = 10_000;
        var parallelism = Array.IndexOf(args, "--parallelism") is var p and >= 0 && p + 1 < args.Length ? args[p + 1] : "8";
        var naive = args.Contains("--naive");
        var quick = args.Contains("--quick");
        var rounds = Array.IndexOf(args, "--rounds") is var r and >= 0 && r + 1 < args.Length && int.TryParse(args[r + 1], CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2;
        // --only memory|feed: that line alone (for a profiler).
        var only = Array.IndexOf(args, "--only") is var o and >= 0 && o + 1 < args.Length ? args[o + 1] : null;
        var at = Array.IndexOf(args, "--objects");
        if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out objects) || objects < 1))
        {
            await Console.Error.WriteLineAsync("usage: ingest [--objects N] [--parallelism K] [--rounds R] [--quick] [--naive] [--only memory|feed|stages]").ConfigureAwait(false);
            return 2;
        }

        if (only is not null)
        {
            await using var storage = await IngestBenchStorage.StartAsync(parallelism, objects, cancellationToken).ConfigureAwait(false);
            switch (only)
            {
                case "memory":
                    await MemoryAsync(storage, cancellationToken).ConfigureAwait(false);
                    await MemoryAsync(storage, cancellationToken).ConfigureAwait(false);
                    break;
                case "stages":
                    await IngestAllocationStages.RunAsync(storage.Services, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await FeedIngestBenchmark.RunAsync(storage.ConnectionString, objects, parallelism, cancellationToken).ConfigureAwait(false);
                    break;
            }

            return 0;
        }

        // Each round: (a) the project's whole path (read, validate, map, index, write, commit), first without the graph
        // then with it (as the app runs), each on a fresh bundle of the same shape; (b) the raw ceiling: the very
        // transactions the project sent for the graph-on bundle, built before the clock starts, only submitted, at each
        // parallelism of the sweep. Each on storage of its own (IngestBenchStorage). The best of the rounds of each
        // counts (the machine is shared: load comes and goes).
        double bestOn = double.MaxValue, bestOff = double.MaxValue, raw = 0;
        int entities = 0, offEntities = 0;
        for (var round = 0; round < rounds; round++)
        {
            var bundle = IngestBundles.Simple(objects);
            var parse = Stopwatch.StartNew();
            using (var document = JsonDocument.Parse(bundle))
            {
                parse.Restart();
                _ = StixBundleReader.ReadBundle(document.RootElement);
                parse.Stop();
            }

            var offBundle = IngestBundles.Simple(objects);
            double offSeconds, onSeconds;
            await using (var storage = await IngestBenchStorage.StartAsync(parallelism, objects, cancellationToken).ConfigureAwait(false))
            {
                offSeconds = await BatchAsync(storage.WithoutGraph.GetRequiredService<SubmissionIngestor>(), offBundle, cancellationToken).ConfigureAwait(false);
                offEntities = IngestPlan.Entities(Plan(storage.WithoutGraph, offBundle));
            }

            IReadOnlyList<PlannedTransaction> transactions;
            await using (var storage = await IngestBenchStorage.StartAsync(parallelism, objects, cancellationToken).ConfigureAwait(false))
            {
                onSeconds = await BatchAsync(storage.Services.GetRequiredService<SubmissionIngestor>(), bundle, cancellationToken).ConfigureAwait(false);
                transactions = Plan(storage.Services, bundle);
            }

            entities = IngestPlan.Entities(transactions);
            (bestOn, bestOff) = (Math.Min(bestOn, onSeconds), Math.Min(bestOff, offSeconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"project round={round + 1} objects={objects} entities={entities} parallelism={parallelism} validate_seconds={parse.Elapsed.TotalSeconds:F2} seconds={onSeconds:F2} rate={entities / onSeconds:F0}/s graph_off_seconds={offSeconds:F2} graph_off_rate={offEntities / offSeconds:F0}/s"));
            await using (var storage = await IngestBenchStorage.StartAsync(parallelism, objects, cancellationToken).ConfigureAwait(false))
            {
                raw = Math.Max(raw, await RawCeiling.SweepAsync(storage.Tables, transactions, "raw", objects, cancellationToken).ConfigureAwait(false));
            }
        }

        var project = entities / bestOn;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph_on={objects / bestOn:F0} objects/s graph_off={objects / bestOff:F0} objects/s change={100 * (bestOff / bestOn - 1):F1}% (graph on: {entities} entities, {project:F0}/s; off: {offEntities} entities, {offEntities / bestOff:F0}/s; best of {rounds})"));

        if (!quick)
        {
            await using (var storage = await IngestBenchStorage.StartAsync(parallelism, objects, cancellationToken).ConfigureAwait(false))
            {
                await MemoryAsync(storage, cancellationToken).ConfigureAwait(false);
            }

            await using (var storage = await IngestBenchStorage.StartAsync(parallelism, objects, cancellationToken).ConfigureAwait(false))
            {
                await FeedIngestBenchmark.RunAsync(storage.ConnectionString, objects, parallelism, cancellationToken).ConfigureAwait(false);
            }
        }

        if (naive)
        {
            await using var storage = await IngestBenchStorage.StartAsync(parallelism, objects, cancellationToken).ConfigureAwait(false);
            await NaiveAsync(storage.Services, storage.Tables, Math.Min(200, objects), cancellationToken).ConfigureAwait(false);
            var naiveSeconds = await NaiveAsync(storage.Services, storage.Tables, objects, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"naive objects={objects} seconds={naiveSeconds:F2} rate={objects / naiveSeconds:F0} objects/s"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest objects={objects} entities={entities} project={project:F0}/s raw={raw:F0}/s of_raw={project / raw:F2}"));
        return 0;
    }

    private static Task MemoryAsync(IngestBenchStorage storage, CancellationToken cancellationToken) => IngestMemory.RunAsync(
        storage.Services.GetRequiredService<SubmissionIngestor>(), storage.Services.GetRequiredService<IOptions<SubmissionOptions>>().Value.MaxBodyBytes, cancellationToken);

    /// <summary>The transactions the project's writer sends for <paramref name="bundle"/> (the same objects, another
    /// source id: the rows' number and size are the same).</summary>
    internal static IReadOnlyList<PlannedTransaction> Plan(IServiceProvider services, string bundle)
    {
        using var document = JsonDocument.Parse(bundle);
        var source = new IngestSource($"sub-{Guid.NewGuid():N}", "bench-partner", SourceKind.Submission, DateTimeOffset.UtcNow);
        return services.GetRequiredService<IngestWriter>().Plan(source, StixBundleReader.ReadBundle(document.RootElement).Objects, []);
    }

    internal static async Task<double> BatchAsync(SubmissionIngestor ingestor, string bundle, CancellationToken cancellationToken)
    {
        using var body = new SubmissionBody(JsonDocument.Parse(bundle), SubmissionFormat.Stix, Guid.NewGuid().ToString("N"));
        var count = body.Document.RootElement.GetProperty("objects").GetArrayLength();
        var stopwatch = Stopwatch.StartNew();
        var (record, errors, detail) = await ingestor.IngestAsync("bench-partner", $"sub-{Guid.NewGuid():N}", body, cancellationToken: cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();
        if (record is null || record.Counts.Stored != count)
        {
            throw new InvalidOperationException($"The bundle was not stored whole: {detail} {string.Join("; ", errors.Take(3))}");
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    /// <summary>The same entities the project writes, one <c>UpsertEntity</c> call each, in separate tables.</summary>
    private static async Task<double> NaiveAsync(IServiceProvider services, TableServiceClient tables, int count, CancellationToken cancellationToken)
    {
        var writer = services.GetRequiredService<IngestWriter>();
        var objectsTable = tables.GetTableClient("NaiveObjects");
        var indicatorsTable = tables.GetTableClient("NaiveIndicators");
        await objectsTable.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await indicatorsTable.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(IngestBundles.Simple(count));
        var source = new IngestSource($"sub-{Guid.NewGuid():N}", "bench-partner", SourceKind.Submission, DateTimeOffset.UtcNow);

        var stopwatch = Stopwatch.StartNew();
        var bundle = StixBundleReader.ReadBundle(document.RootElement);
        foreach (var obj in bundle.Objects)
        {
            await objectsTable.UpsertEntityAsync(await writer.ObjectEntityAsync(source, obj, cancellationToken).ConfigureAwait(false), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        var mentions = bundle.Objects.SelectMany(o => o.Indicators.Select(k => new IndicatorMention(k, o.Tlp, o.StixId)));
        foreach (var action in IngestWriter.IndicatorActions(source, mentions))
        {
            var mode = action.ActionType == TableTransactionActionType.UpsertMerge ? TableUpdateMode.Merge : TableUpdateMode.Replace;
            await indicatorsTable.UpsertEntityAsync((TableEntity)action.Entity, mode, cancellationToken).ConfigureAwait(false);
        }

        return stopwatch.Elapsed.TotalSeconds;
    }
}
