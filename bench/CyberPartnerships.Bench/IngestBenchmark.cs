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

namespace CyberPartnerships.Bench;

/// <summary>
/// <c>ingest --objects N [--naive]</c>: generates an N-object STIX 2.1 bundle and stores it in Azurite (or the account
/// <c>CYBERPARTNERS_BENCH_STORAGE</c> names) (a) the project's way (<see cref="SubmissionIngestor"/>: read, validate,
/// map, index, write) and (b) as the raw ceiling: the very transactions the project sends for such a bundle, built
/// before the clock starts and only submitted, at 4, 8, 16 and 32 in flight (the best counts). The project's path runs
/// with the correlation graph on (the app's default) and, once before it, off: a line gives both rates. With <c>--naive</c>
/// also one upsert per entity. One line per measurement, then last:
/// <c>ingest objects=N entities=E project=P/s raw=R/s of_raw=X</c> (entities per second).
/// </summary>
public sealed class IngestBenchmark : IBenchmark
{
    public string Name => "ingest";

    public string Description => "STIX bundle ingestion into Azurite: the project's path vs the raw transactions it sends (--objects N, default 10000; --naive adds one upsert per entity)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var objects = 10_000;
        var parallelism = Array.IndexOf(args, "--parallelism") is var p and >= 0 && p + 1 < args.Length ? args[p + 1] : "8";
        var naive = args.Contains("--naive");
        var at = Array.IndexOf(args, "--objects");
        if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out objects) || objects < 1))
        {
            await Console.Error.WriteLineAsync("usage: ingest [--objects N] [--parallelism K] [--naive]").ConfigureAwait(false);
            return 2;
        }

        var external = Environment.GetEnvironmentVariable("CYBERPARTNERS_BENCH_STORAGE");
        await using var azurite = string.IsNullOrEmpty(external) ? await AzuriteLauncher.StartAsync().ConfigureAwait(false) : null;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite?.ConnectionString ?? external,
            ["Ingest:WriteParallelism"] = parallelism,
        }).Build();
        // The app's default composition has the correlation graph on; the same without it, to show the graph's cost.
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddStorage().AddPartners().AddSubmissions().AddGraph().BuildServiceProvider();
        await using var withoutGraph = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddStorage().AddPartners().AddSubmissions().BuildServiceProvider();
        var ingestor = services.GetRequiredService<SubmissionIngestor>();
        var ingestorWithoutGraph = withoutGraph.GetRequiredService<SubmissionIngestor>();
        var tables = services.GetRequiredService<TableServiceClient>();

        // Warm-up (JIT, connections, tables), not measured.
        await BatchAsync(ingestor, Math.Min(500, objects), cancellationToken).ConfigureAwait(false);
        await BatchAsync(ingestorWithoutGraph, Math.Min(500, objects), cancellationToken).ConfigureAwait(false);
        await RawAsync(tables, await RawTransactionsAsync(services, Math.Min(500, objects), cancellationToken).ConfigureAwait(false), 8, cancellationToken).ConfigureAwait(false);
        if (naive)
        {
            await NaiveAsync(services, tables, Math.Min(200, objects), cancellationToken).ConfigureAwait(false);
        }

        var parse = Stopwatch.StartNew();
        using (var document = JsonDocument.Parse(GenerateBundle(objects)))
        {
            parse.Restart();
            _ = StixBundleReader.ReadBundle(document.RootElement);
            parse.Stop();
        }

        // (a) the project's whole path: read, validate, map, index, write (graph on, as the app runs), alternating
        // with the same path without the graph.
        var (offSeconds, offEntities) = await BatchAsync(ingestorWithoutGraph, objects, cancellationToken).ConfigureAwait(false);
        var (batchSeconds, entities) = await BatchAsync(ingestor, objects, cancellationToken).ConfigureAwait(false);
        var project = entities / batchSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph_on={objects / batchSeconds:F0} objects/s graph_off={objects / offSeconds:F0} objects/s change={100 * (offSeconds / batchSeconds - 1):F1}% (without the graph: {offEntities / offSeconds:F0} entities/s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"project objects={objects} entities={entities} parallelism={parallelism} validate_seconds={parse.Elapsed.TotalSeconds:F2} seconds={batchSeconds:F2} rate={project:F0}/s"));

        // (b) the raw ceiling: the transactions the project sends for such a bundle, built before the clock starts, only
        // submitted, at the best of several parallelisms.
        var transactions = await RawTransactionsAsync(services, objects, cancellationToken).ConfigureAwait(false);
        var raw = 0.0;
        foreach (var inFlight in (int[])[4, 8, 16, 32])
        {
            var (seconds, rawEntities) = await RawAsync(tables, transactions, inFlight, cancellationToken).ConfigureAwait(false);
            raw = Math.Max(raw, rawEntities / seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw objects={objects} entities={rawEntities} transactions={transactions.Count} parallelism={inFlight} seconds={seconds:F2} rate={rawEntities / seconds:F0}/s"));
        }

        if (naive)
        {
            var naiveSeconds = await NaiveAsync(services, tables, objects, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"naive objects={objects} seconds={naiveSeconds:F2} rate={objects / naiveSeconds:F0} objects/s"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest objects={objects} entities={entities} project={project:F0}/s raw={raw:F0}/s of_raw={project / raw:F2}"));
        return 0;
    }

    /// <summary>The transactions the project's writer sends for an N-object bundle (objects: Add in chunks of one
    /// partition; indicator rows as IngestWriter builds them), built from the same generated bundle shape.</summary>
    private static async Task<List<(string Table, List<TableTransactionAction> Actions)>> RawTransactionsAsync(IServiceProvider services, int count, CancellationToken cancellationToken)
    {
        var writer = services.GetRequiredService<IngestWriter>();
        using var document = JsonDocument.Parse(GenerateBundle(count));
        var source = new IngestSource($"sub-{Guid.NewGuid():N}", "bench-partner", SourceKind.Submission, DateTimeOffset.UtcNow);
        var bundle = StixBundleReader.ReadBundle(document.RootElement);
        var transactions = new List<(string, List<TableTransactionAction>)>();
        var entities = new List<TableEntity>(bundle.Objects.Count);
        foreach (var obj in bundle.Objects)
        {
            entities.Add(await writer.ObjectEntityAsync(source, obj, cancellationToken).ConfigureAwait(false));
        }

        foreach (var chunk in TableBatches.Chunk(entities, e => e))
        {
            transactions.Add(("objects", chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)).ToList()));
        }

        var mentions = bundle.Objects.SelectMany(o => o.Indicators.Select(k => new IndicatorMention(k, o.Tlp, o.StixId)));
        foreach (var chunk in TableBatches.Chunk(IngestWriter.IndicatorActions(source, mentions), a => a.Entity))
        {
            transactions.Add(("indicators", chunk));
        }

        return transactions;
    }

    /// <summary>Submits the transactions into two fresh tables, <paramref name="inFlight"/> at a time; nothing else.</summary>
    private static async Task<(double Seconds, int Entities)> RawAsync(
        TableServiceClient tables, List<(string Table, List<TableTransactionAction> Actions)> transactions, int inFlight, CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var clients = new Dictionary<string, TableClient>
        {
            ["objects"] = tables.GetTableClient("RawObjects" + suffix),
            ["indicators"] = tables.GetTableClient("RawIndicators" + suffix),
        };
        foreach (var client in clients.Values)
        {
            await client.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }

        var stopwatch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(transactions, new ParallelOptions { MaxDegreeOfParallelism = inFlight, CancellationToken = cancellationToken },
            async (t, ct) => await clients[t.Table].SubmitTransactionAsync(t.Actions, ct).ConfigureAwait(false)).ConfigureAwait(false);
        stopwatch.Stop();
        foreach (var client in clients.Values)
        {
            await client.DeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return (stopwatch.Elapsed.TotalSeconds, transactions.Sum(t => t.Actions.Count));
    }

    private static async Task<(double Seconds, int Entities)> BatchAsync(SubmissionIngestor ingestor, int count, CancellationToken cancellationToken)
    {
        using var body = new SubmissionBody(JsonDocument.Parse(GenerateBundle(count)), SubmissionFormat.Stix, Guid.NewGuid().ToString("N"));
        var stopwatch = Stopwatch.StartNew();
        var (record, errors, detail) = await ingestor.IngestAsync("bench-partner", $"sub-{Guid.NewGuid():N}", body, cancellationToken: cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();
        if (record is null || record.Counts.Stored != count)
        {
            throw new InvalidOperationException($"The bundle was not stored whole: {detail} {string.Join("; ", errors.Take(3))}");
        }

        return (stopwatch.Elapsed.TotalSeconds, count + record.IndicatorCount + 1);
    }

    /// <summary>The same entities the project writes, one <c>UpsertEntity</c> call each, in separate tables.</summary>
    private static async Task<double> NaiveAsync(IServiceProvider services, TableServiceClient tables, int count, CancellationToken cancellationToken)
    {
        var writer = services.GetRequiredService<IngestWriter>();
        var objectsTable = tables.GetTableClient("NaiveObjects");
        var indicatorsTable = tables.GetTableClient("NaiveIndicators");
        await objectsTable.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await indicatorsTable.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(GenerateBundle(count));
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

    /// <summary>A bundle of indicators (domain and IPv4 patterns), malware families and observables, AMBER.</summary>
    private static string GenerateBundle(int count)
    {
        var json = new StringBuilder(count * 400);
        json.Append(CultureInfo.InvariantCulture, $"{{\"type\":\"bundle\",\"id\":\"bundle--{Guid.NewGuid()}\",\"objects\":[");
        const string common = "\"spec_version\":\"2.1\",\"created\":\"2026-11-20T08:30:00.123456789Z\",\"modified\":\"2026-11-20T08:30:00.123456789Z\",\"object_marking_refs\":[\"" + StixMarkings.Amber + "\"]";
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            var id = Guid.NewGuid();
            json.Append((i % 4) switch
            {
                0 => $"{{\"type\":\"indicator\",\"id\":\"indicator--{id}\",{common},\"pattern\":\"[domain-name:value = 'c2-{id:N}.example']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-11-20T08:30:00Z\",\"name\":\"C2 domain\"}}",
                1 => $"{{\"type\":\"indicator\",\"id\":\"indicator--{id}\",{common},\"pattern\":\"[ipv4-addr:value = '10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-11-20T08:30:00Z\"}}",
                2 => $"{{\"type\":\"malware\",\"id\":\"malware--{id}\",{common},\"name\":\"family-{i}\",\"is_family\":true,\"malware_types\":[\"bot\"]}}",
                _ => $"{{\"type\":\"url\",\"spec_version\":\"2.1\",\"id\":\"url--{id}\",\"value\":\"http://c2-{id:N}.example/gate.php\"}}",
            });
        }

        return json.Append("]}").ToString();
    }
}
