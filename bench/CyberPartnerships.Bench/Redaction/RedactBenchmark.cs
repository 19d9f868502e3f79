using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bogus;
using CyberPartnerships.Redaction;

namespace CyberPartnerships.Bench.Redaction;

/// <summary>
/// <c>redact [--mb N]</c>: generates a mixed corpus (multilingual case notes with personal data and indicators,
/// credential-dump lines, CSV-like rows) of at least N MB (default 64), redacts it document by document on one thread
/// in type-label mode and prints the throughput in MB (UTF-8) per second.
/// </summary>
public sealed class RedactBenchmark : IBenchmark
{
    public string Name => "redact";

    public string Description => "TextRedactor throughput on one thread over a generated mixed corpus (--mb N, default 64).";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var mb = args.Length >= 2 && args[0] == "--mb" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 64;
        var sw = Stopwatch.StartNew();
        var (docs, bytes) = Build(mb * 1_000_000L);
        Console.WriteLine($"corpus: {docs.Count} documents, {bytes / 1e6:F1} MB, generated in {sw.Elapsed.TotalSeconds:F1} s");

        // Warm up until the JIT has settled (tiered compilation promotes the hot loops in the background), then time
        // three passes over the corpus and keep the best: the machine is shared, the best pass is the least disturbed.
        var redactor = new TextRedactor();
        var counts = new RedactionCounts();
        sw.Restart();
        for (var i = 0; sw.Elapsed.TotalSeconds < 4; i = (i + 1) % docs.Count)
        {
            redactor.Redact(docs[i], counts);
        }

        var best = double.MaxValue;
        long outChars = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            GC.Collect();
            counts = new RedactionCounts();
            outChars = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var collections = GC.CollectionCount(0);
            sw.Restart();
            foreach (var doc in docs)
            {
                outChars += redactor.Redact(doc, counts).Length;
            }

            sw.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine($"pass {pass + 1}: {sw.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU ({bytes / 1e6 / sw.Elapsed.TotalSeconds:F1} MB/s wall, {bytes / 1e6 / cpu.TotalSeconds:F1} MB/s CPU), {(double)allocated / bytes:F1} bytes allocated per input byte, {GC.CollectionCount(0) - collections} gen0 collections");
        }

        Console.WriteLine($"redacted {counts.Total} values per pass ({string.Join(", ", counts.ToDictionary().Select(kv => $"{TextRedactor.Label(kv.Key)} {kv.Value}"))}); output {outChars / 1e6:F1} M chars");
        Console.WriteLine($"redact MB/s={bytes / 1e6 / best:F1}");
        return Task.FromResult(0);
    }

    private static (List<string> Docs, long Bytes) Build(long target)
    {
        var docs = new List<string>();
        var unique = PiiCorpus.Generate(20251123, 6000).Select(d => d.Text).ToList();
        var faker = new Faker("en") { Random = new Randomizer(7) };
        var values = new PiiValues(faker);
        for (var i = 0; i < 1500; i++)
        {
            unique.Add(Dump(faker, values));
            unique.Add(Csv(faker, values));
        }

        long bytes = 0;
        var random = new Random(11);
        while (bytes < target)
        {
            var doc = unique[random.Next(unique.Count)];
            docs.Add(doc);
            bytes += Encoding.UTF8.GetByteCount(doc);
        }

        return (docs, bytes);
    }

    private static string Dump(Faker f, PiiValues v)
    {
        var sb = new StringBuilder("# combo list shared by the botnet operator\n");
        for (var i = 0; i < 20; i++)
        {
            sb.Append(f.Random.Bool() ? f.Internet.Email() : f.Internet.UserName()).Append(':').Append(v.Password()).Append('\n');
        }

        return sb.ToString();
    }

    private static string Csv(Faker f, PiiValues v)
    {
        var sb = new StringBuilder("name,email,phone,ip,c2,sha256\n");
        for (var i = 0; i < 10; i++)
        {
            sb.Append(f.Name.FullName()).Append(',').Append(f.Internet.Email()).Append(',').Append(f.Phone.PhoneNumber("+1 ### ### ####"))
                .Append(',').Append(v.PublicIp()).Append(',').Append(v.Domain()).Append(',').Append(v.Sha256()).Append('\n');
        }

        return sb.ToString();
    }
}
