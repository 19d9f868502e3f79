using System.Diagnostics;
using System.Security.Cryptography;
using CyberPartnerships.Fuzz;

// dotnet CyberPartnerships.Fuzz.dll afl <target>                       under afl-fuzz (SharpFuzz, instrumented core)
// dotnet CyberPartnerships.Fuzz.dll run <target> <seconds> [seed-dir]  in-process mutation, no AFL needed
// dotnet CyberPartnerships.Fuzz.dll replay <target> <dir>...           every file of the dirs once
if (args.Length < 2 || !FuzzTargets.All.TryGetValue(args[1], out var target))
{
    Console.Error.WriteLine($"usage: afl|run|replay <{string.Join('|', FuzzTargets.All.Keys)}> ...");
    return 2;
}

var here = AppContext.BaseDirectory;
var fuzzRoot = FindFuzzRoot(here);
switch (args[0])
{
    case "afl":
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            target(copy.ToArray());
        });
        return 0;

    case "replay":
        var crashes = 0;
        var files = args[2..].SelectMany(d => Directory.Exists(d) ? Directory.GetFiles(d) : [d]).Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
            catch (Exception ex)
            {
                crashes++;
                Console.WriteLine($"crash {file}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Console.WriteLine($"target={args[1]} files={files.Count} crashes={crashes}");
        return crashes == 0 ? 0 : 1;

    case "run":
        var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60;
        var seedDir = args.Length > 3 ? args[3] : Path.Combine(fuzzRoot, "seeds", args[1]);
        var seeds = Directory.Exists(seedDir) ? Directory.GetFiles(seedDir).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList() : [];
        var findings = Path.Combine(fuzzRoot, "findings");
        var mutator = new Mutator(seeds, seed: 20261207);
        var clock = Stopwatch.StartNew();
        long execs = 0;
        var found = new HashSet<string>(StringComparer.Ordinal);
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var input = mutator.Next();
            execs++;
            try
            {
                target(input);
                mutator.Keep(input);
            }
            catch (Exception ex)
            {
                // One finding per exception type and throwing frame: the same bug found again is not written again.
                var frame = new StackTrace(ex).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("CyberPartnerships", StringComparison.Ordinal) == true)?.GetMethod();
                var signature = $"{ex.GetType().Name} at {frame?.DeclaringType?.Name}.{frame?.Name}";
                if (found.Add(signature))
                {
                    Directory.CreateDirectory(findings);
                    var path = Path.Combine(findings, $"{args[1]}-{Convert.ToHexStringLower(SHA256.HashData(input))[..12]}.bin");
                    File.WriteAllBytes(path, input);
                    Console.WriteLine($"crash {signature}: {ex.Message} -> {path}");
                }
            }
        }

        Console.WriteLine($"target={args[1]} seconds={clock.Elapsed.TotalSeconds:F0} execs={execs} execs/s={execs / clock.Elapsed.TotalSeconds:F0} crashes={found.Count}");
        return 0;

    default:
        Console.Error.WriteLine("mode: afl, run or replay");
        return 2;
}

static string FindFuzzRoot(string from)
{
    for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "bench", "CyberPartnerships.Fuzz");
        if (Directory.Exists(Path.Combine(candidate, "seeds")))
        {
            return candidate;
        }
    }

    return from;
}
