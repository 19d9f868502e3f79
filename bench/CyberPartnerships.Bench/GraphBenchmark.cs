using System.Diagnostics;
using System.Globalization;
using CyberPartnerships.Graph;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Bench;

/// <summary>
/// <c>graph --indicators N --partners P --cases C --queries Q</c>: builds the correlation graph in Azurite (or the
/// account <c>CYBERPARTNERS_BENCH_STORAGE</c> names) from N indicators reported by P partners in C cases (one
/// submission per case, each value with its indicator object, one in ten tied to the case's malware by a relationship,
/// 15% of values drawn from shared infrastructure that other partners' cases name too; TLP mostly AMBER, some GREEN,
/// one case in ten AMBER+STRICT), then times Q depth-2 neighbourhood queries capped at 500 nodes from random values
/// as random partners. Last line: <c>graph indicators=N build=B/s p50_ms=X p95_ms=Y</c>.
/// <c>--run ID</c> names the run (values are derived from it alone), and with <c>CYBERPARTNERS_BENCH_STORAGE</c>
/// <c>--no-build</c> times the queries against a graph an earlier run with that id built (<c>build=0/s</c> then);
/// <c>--stats</c> adds a line on the storage requests the queries made and the slowest queries' requests.
/// </summary>
public sealed class GraphBenchmark : IBenchmark
{
    public string Name => "graph";

    public string Description => "correlation graph in Azurite: build rate and p50/p95 of depth-2 queries (--indicators 200000 --partners 20 --cases 2000 --queries 200)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        int Arg(string name, int fallback) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
        int indicators = Arg("--indicators", 200_000), partners = Arg("--partners", 20), cases = Math.Min(Arg("--cases", 2_000), indicators), queries = Arg("--queries", 200);

        var external = Environment.GetEnvironmentVariable("CYBERPARTNERS_BENCH_STORAGE");
        await using var azurite = string.IsNullOrEmpty(external) ? await AzuriteLauncher.StartAsync().ConfigureAwait(false) : null;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite?.ConnectionString ?? external,
        }).AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddStorage().AddGraph().BuildServiceProvider();
        var writer = services.GetRequiredService<GraphWriter>();
        var store = services.GetRequiredService<GraphStore>();
        var runAt = Array.IndexOf(args, "--run");
        var run = runAt >= 0 && runAt + 1 < args.Length ? args[runAt + 1] : Guid.NewGuid().ToString("N")[..8];
        var noBuild = args.Contains("--no-build") && !string.IsNullOrEmpty(external);
        var counter = args.Contains("--stats") ? new RequestCounter() : null;
        if (counter is not null)
        {
            var tableOptions = new Azure.Data.Tables.TableClientOptions();
            tableOptions.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerCall);
            store = new GraphStore(new Azure.Data.Tables.TableServiceClient(azurite?.ConnectionString ?? external, tableOptions), services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>());
        }

        var partnerIds = Enumerable.Range(0, partners).Select(p => $"bench-{run}-p{p:D2}").ToArray();
        var shared = Enumerable.Range(0, Math.Max(1, cases)).Select(i => Value(run, "shared", i)).ToArray();
        var random = new Random(16);
        var probes = new IndicatorKey[cases];
        var build = Stopwatch.StartNew();
        var written = 0;
        if (noBuild)
        {
            for (var c = 0; c < cases; c++)
            {
                probes[c] = CaseKeys(run, c, indicators, cases, shared)[0];
            }

            written = Enumerable.Range(0, cases).Sum(c => CaseKeys(run, c, indicators, cases, shared).Count);
        }
        else
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, cases), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (c, ct) =>
            {
                var partner = partnerIds[c % partners];
                var tlp = c % 10 == 9 ? Tlp.AmberStrict : c % 3 == 0 ? Tlp.Green : Tlp.Amber;
                var keys = CaseKeys(run, c, indicators, cases, shared);
                var malware = $"malware--{Guid.NewGuid()}";
                var objects = new List<IngestObject> { new(0, malware, "malware", "2026-11-20T08:30:00Z", $"{{\"name\":\"family-{c % 97}\"}}", tlp, []) };
                foreach (var key in keys)
                {
                    var id = $"indicator--{Guid.NewGuid()}";
                    objects.Add(new(objects.Count, id, "indicator", "2026-11-20T08:30:00Z", "{\"name\":\"C2\"}", tlp, [new IndicatorKey("stix", id), key]));
                    if (objects.Count % 10 == 0)
                    {
                        objects.Add(new(objects.Count, $"relationship--{Guid.NewGuid()}", "relationship", "2026-11-20T08:30:00Z",
                            $"{{\"relationship_type\":\"indicates\",\"source_ref\":\"{id}\",\"target_ref\":\"{malware}\"}}", tlp, []));
                    }
                }

                var source = new IngestSource($"sub-{run}-{c}", partner, SourceKind.Submission, DateTimeOffset.UtcNow);
                await writer.WriteAsync(source, objects, [], ct).ConfigureAwait(false);
                await writer.LinkCaseAsync($"case-{run}-{c}", partner, tlp, [partnerIds[(c + 1) % partners]], keys, DateTimeOffset.UtcNow, ct).ConfigureAwait(false);
                lock (probes)
                {
                    written += keys.Count;
                    probes[c] = keys[0];
                }
            }).ConfigureAwait(false);
        }

        build.Stop();
        var buildRate = noBuild ? 0 : written / build.Elapsed.TotalSeconds;

        // Warm-up (JIT, connections), not measured.
        for (var i = 0; i < 5; i++)
        {
            await store.GetAsync(GraphNode.Of(probes[i % probes.Length]), 2, 500, partnerIds[0], Tlp.Amber, cancellationToken).ConfigureAwait(false);
        }

        counter?.Take();
        var times = new List<double>();
        var sizes = new List<int>();
        var requests = new List<(double Ms, int Nodes, long Requests, double RequestMs, long Rows)>();
        for (var q = 0; q < queries; q++)
        {
            var start = random.NextDouble() < 0.3 ? shared[random.Next(shared.Length)] : probes[random.Next(probes.Length)];
            var stopwatch = Stopwatch.StartNew();
            var view = await store.GetAsync(GraphNode.Of(start), 2, 500, partnerIds[random.Next(partners)], Tlp.Amber, cancellationToken).ConfigureAwait(false);
            stopwatch.Stop();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            sizes.Add(view?.Nodes.Count ?? 0);
            if (counter?.Take() is { } taken)
            {
                requests.Add((stopwatch.Elapsed.TotalMilliseconds, view?.Nodes.Count ?? 0, taken.Requests, taken.Milliseconds, taken.Rows));
            }
        }

        if (requests.Count > 0)
        {
            var sorted = requests.OrderBy(r => r.Ms).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"requests_per_query p50={sorted.Select(r => r.Requests).Order().ElementAt(sorted.Count / 2)} max={sorted.Max(r => r.Requests)} rows_read_total={sorted.Sum(r => r.Rows)} nodes_total={sorted.Sum(r => r.Nodes)}"));
            foreach (var slow in sorted.TakeLast(12))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"slow ms={slow.Ms:F1} nodes={slow.Nodes} requests={slow.Requests} request_ms_sum={slow.RequestMs:F1} rows_read={slow.Rows}"));
            }
        }

        times.Sort();
        sizes.Sort();
        double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"indicators={written} partners={partners} cases={cases} build_seconds={build.Elapsed.TotalSeconds:F1} queries={queries} nodes_p50={sizes[sizes.Count / 2]} nodes_max={sizes[^1]} max_ms={times[^1]:F1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph indicators={written} build={buildRate:F0}/s p50_ms={Percentile(times, 0.5):F1} p95_ms={Percentile(times, 0.95):F1}"));
        return 0;
    }

    /// <summary>The values of case <paramref name="c"/>, the same for the same run id in every process.</summary>
    private static List<IndicatorKey> CaseKeys(string run, int c, int indicators, int cases, IndicatorKey[] shared)
    {
        var count = indicators / cases + (c < indicators % cases ? 1 : 0);
        var caseRandom = new Random(c);
        return Enumerable.Range(0, count).Select(i => caseRandom.NextDouble() < 0.15 ? shared[caseRandom.Next(shared.Length)] : Value(run, $"c{c}", i)).Distinct().ToList();
    }

    /// <summary>An indicator value: IPs, domains, URLs, hashes and e-mail addresses in turn (stable: no per-process hash seed).</summary>
    private static IndicatorKey Value(string run, string scope, int i)
    {
        var n = BitConverter.ToUInt32(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{run}|{scope}|{i}")));
        var (type, value) = (i % 5) switch
        {
            0 => ("ipv4", $"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"),
            1 => ("domain", $"c2-{scope}-{i}-{run}.example"),
            2 => ("url", $"http://{scope}-{i}-{run}.example/gate.php"),
            3 => ("sha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{run}{scope}{i}")))),
            _ => ("email", $"sender-{scope}-{i}@{run}.example"),
        };
        return IndicatorKey.TryCreate(type, value, out var key, out var error) ? key : throw new InvalidOperationException(error);
    }
}
