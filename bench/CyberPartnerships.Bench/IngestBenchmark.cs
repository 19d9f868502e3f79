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
/// <c>ingest --objects N</c>: generates an N-object STIX 2.1 bundle and stores it in Azurite (or the account
/// <c>CYBERPARTNERS_BENCH_STORAGE</c> names) the project's way
/// (entity-group transactions of up to 100, several in flight) and, in the same run, the naive way (one upsert per
/// entity, one after the other), with the same entities. Batched, it runs with the correlation graph on (the app's
/// default) and off, alternately, twice each; <c>batch</c> is the graph-on rate. Last line: <c>ingest batch=… naive=… ratio=…</c>.
/// </summary>
public sealed class IngestBenchmark : IBenchmark
{
    public string Name => "ingest";

    public string Description => "STIX bundle ingestion into Azurite: batched transactions vs one upsert per entity (--objects N, default 10000)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var objects = 10_000;
        var parallelism = Array.IndexOf(args, "--parallelism") is var p and >= 0 && p + 1 < args.Length ? args[p + 1] : "8";
        var at = Array.IndexOf(args, "--objects");
        if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out objects) || objects < 1))
        {
            await Console.Error.WriteLineAsync("usage: ingest [--objects N]").ConfigureAwait(false);
            return 2;
        }

        var external = Environment.GetEnvironmentVariable("CYBERPARTNERS_BENCH_STORAGE");
        await using var azurite = string.IsNullOrEmpty(external) ? await AzuriteLauncher.StartAsync().ConfigureAwait(false) : null;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite?.ConnectionString ?? external,
            ["Ingest:WriteParallelism"] = parallelism,
        }).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddStorage().AddPartners().AddSubmissions().AddGraph().BuildServiceProvider();
        await using var withoutGraph = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddStorage().AddPartners().AddSubmissions().BuildServiceProvider();
        var ingestor = services.GetRequiredService<SubmissionIngestor>();
        var ingestorWithoutGraph = withoutGraph.GetRequiredService<SubmissionIngestor>();
        var tables = services.GetRequiredService<TableServiceClient>();

        // Warm-up (JIT, connections, tables), not measured.
        await BatchAsync(ingestor, Math.Min(500, objects), cancellationToken).ConfigureAwait(false);
        await BatchAsync(ingestorWithoutGraph, Math.Min(500, objects), cancellationToken).ConfigureAwait(false);
        await NaiveAsync(services, tables, Math.Min(200, objects), cancellationToken).ConfigureAwait(false);

        var parse = Stopwatch.StartNew();
        using (var document = JsonDocument.Parse(GenerateBundle(objects)))
        {
            parse.Restart();
            _ = StixBundleReader.ReadBundle(document.RootElement);
            parse.Stop();
        }

        double onSeconds = 0, offSeconds = 0;
        var entities = 0;
        for (var round = 0; round < 2; round++)
        {
            offSeconds += (await BatchAsync(ingestorWithoutGraph, objects, cancellationToken).ConfigureAwait(false)).Seconds;
            var (seconds, count) = await BatchAsync(ingestor, objects, cancellationToken).ConfigureAwait(false);
            (onSeconds, entities) = (onSeconds + seconds, count);
        }

        var batchSeconds = onSeconds / 2;
        var naiveSeconds = await NaiveAsync(services, tables, objects, cancellationToken).ConfigureAwait(false);
        double batchRate = objects / batchSeconds, naiveRate = objects / naiveSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"objects={objects} entities={entities} parallelism={parallelism} validate_seconds={parse.Elapsed.TotalSeconds:F2} batch_seconds={batchSeconds:F2} naive_seconds={naiveSeconds:F2}"));
        double graphOn = 2 * objects / onSeconds, graphOff = 2 * objects / offSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph_on={graphOn:F0}/s graph_off={graphOff:F0}/s change={100 * (graphOn - graphOff) / graphOff:F1}%"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ingest batch={batchRate:F0} naive={naiveRate:F0} ratio={batchRate / naiveRate:F1}"));
        return 0;
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
