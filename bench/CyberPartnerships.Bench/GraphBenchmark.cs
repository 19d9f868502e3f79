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
        }).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddStorage().AddGraph().BuildServiceProvider();
        var writer = services.GetRequiredService<GraphWriter>();
        var store = services.GetRequiredService<GraphStore>();

        var run = Guid.NewGuid().ToString("N")[..8];
        var partnerIds = Enumerable.Range(0, partners).Select(p => $"bench-{run}-p{p:D2}").ToArray();
        var shared = Enumerable.Range(0, Math.Max(1, cases)).Select(i => Value(run, "shared", i)).ToArray();
        var random = new Random(16);
        var probes = new List<IndicatorKey>();
        var build = Stopwatch.StartNew();
        var written = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, cases), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (c, ct) =>
        {
            var count = indicators / cases + (c < indicators % cases ? 1 : 0);
            var partner = partnerIds[c % partners];
            var tlp = c % 10 == 9 ? Tlp.AmberStrict : c % 3 == 0 ? Tlp.Green : Tlp.Amber;
            var caseRandom = new Random(c);
            var keys = Enumerable.Range(0, count).Select(i => caseRandom.NextDouble() < 0.15 ? shared[caseRandom.Next(shared.Length)] : Value(run, $"c{c}", i)).Distinct().ToList();
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
                probes.Add(keys[0]);
            }
        }).ConfigureAwait(false);
        build.Stop();
        var buildRate = written / build.Elapsed.TotalSeconds;

        // Warm-up (JIT, connections), not measured.
        for (var i = 0; i < 5; i++)
        {
            await store.GetAsync(GraphNode.Of(probes[i % probes.Count]), 2, 500, partnerIds[0], Tlp.Amber, cancellationToken).ConfigureAwait(false);
        }

        var times = new List<double>();
        var sizes = new List<int>();
        for (var q = 0; q < queries; q++)
        {
            var start = random.NextDouble() < 0.3 ? shared[random.Next(shared.Length)] : probes[random.Next(probes.Count)];
            var stopwatch = Stopwatch.StartNew();
            var view = await store.GetAsync(GraphNode.Of(start), 2, 500, partnerIds[random.Next(partners)], Tlp.Amber, cancellationToken).ConfigureAwait(false);
            stopwatch.Stop();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            sizes.Add(view?.Nodes.Count ?? 0);
        }

        times.Sort();
        sizes.Sort();
        double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"indicators={written} partners={partners} cases={cases} build_seconds={build.Elapsed.TotalSeconds:F1} queries={queries} nodes_p50={sizes[sizes.Count / 2]} nodes_max={sizes[^1]} max_ms={times[^1]:F1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph indicators={written} build={buildRate:F0}/s p50_ms={Percentile(times, 0.5):F1} p95_ms={Percentile(times, 0.95):F1}"));
        return 0;
    }

    /// <summary>An indicator value: IPs, domains, URLs, hashes and wallets in turn.</summary>
    private static IndicatorKey Value(string run, string scope, int i)
    {
        var n = (uint)HashCode.Combine(run, scope, i);
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
