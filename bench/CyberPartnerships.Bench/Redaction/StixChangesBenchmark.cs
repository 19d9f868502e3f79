using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Redaction;

namespace CyberPartnerships.Bench.Redaction;

/// <summary>
/// Runs published STIX 2.1 bundles (MITRE ATT&amp;CK, the OASIS examples, a partner's feed) through the sharing
/// redactor and reports what it changed: the strings rewritten per object type and property, the first changes, and
/// the throughput; and what the submission reader makes of each bundle as a partner with a default TLP (GREEN) would
/// submit it: objects stored and rejected, with the reasons. Public knowledge (attack patterns, mitigations, ATT&amp;CK's own objects) should come out unchanged;
/// the last line is <c>objects=N changed-strings=C changed-objects=O MB/s=S</c>.
/// </summary>
public sealed class StixChangesBenchmark : IBenchmark
{
    public string Name => "stix";

    public string Description => "what the redactor changes in STIX bundles: stix BUNDLE.json... [--show N]";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var (files, show) = FileArgs.Parse(args);

        if (files.Count == 0)
        {
            Console.Error.WriteLine("usage: stix BUNDLE.json... [--show N]");
            return Task.FromResult(2);
        }

        var redactor = new TextRedactor();
        var documents = new DocumentRedactor();
        var byProperty = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var samples = new List<string>();
        int objects = 0, changedStrings = 0, changedObjects = 0, stored = 0, rejected = 0;
        long bytes = 0;
        var clock = new Stopwatch();
        foreach (var file in files)
        {
            var content = File.ReadAllBytes(file);
            if ((string?)JsonNode.Parse(content)?["type"] != "bundle")
            {
                Console.WriteLine($"{file}: not a bundle, skipped");
                continue;
            }

            bytes += content.Length;
            using (var parsed = JsonDocument.Parse(content))
            {
                var read = StixBundleReader.ReadBundle(parsed.RootElement, unmarkedTlp: Tlp.Green);
                stored += read.Objects.Count;
                rejected += read.Rejected.Count;
                foreach (var error in read.Errors)
                {
                    Console.WriteLine($"{file}: bundle refused at {error.Pointer}: {error.Detail}");
                }

                foreach (var reason in read.Rejected.GroupBy(r => r.ToString()).Take(show))
                {
                    Console.WriteLine($"{file}: rejected {reason.Count()}x {reason.Key}");
                }
            }

            clock.Start();
            var redacted = documents.Redact(Path.GetFileName(file), content, redactor);
            clock.Stop();
            var before = (JsonArray)JsonNode.Parse(content)!["objects"]!;
            var after = (JsonArray)JsonNode.Parse(redacted.Content)!["objects"]!;
            for (var k = 0; k < before.Count; k++)
            {
                objects++;
                var type = before[k]!["type"]!.GetValue<string>();
                var changes = new List<(string Path, string Before, string After)>();
                Compare(before[k], after[k], "", changes);
                if (changes.Count == 0)
                {
                    continue;
                }

                changedObjects++;
                foreach (var (path, was, now) in changes)
                {
                    changedStrings++;
                    var key = $"{type} {path}";
                    byProperty[key] = byProperty.GetValueOrDefault(key) + 1;
                    if (samples.Count < show)
                    {
                        samples.Add($"{before[k]!["id"]} {path}\n  - {Excerpt(was, now)}\n  + {Excerpt(now, was)}");
                    }
                }
            }
        }

        foreach (var (key, count) in byProperty.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"{count,7}  {key}");
        }

        samples.ForEach(Console.WriteLine);
        var mbps = bytes / 1e6 / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        Console.WriteLine($"read: stored={stored} rejected={rejected}");
        Console.WriteLine($"objects={objects} changed-strings={changedStrings} changed-objects={changedObjects} MB/s={mbps:F1}");
        return Task.FromResult(0);
    }

    /// <summary>The leaf strings and numbers that differ, by path (<c>description</c>, <c>external_references[2].description</c>).</summary>
    private static void Compare(JsonNode? was, JsonNode? now, string path, List<(string, string, string)> changes)
    {
        switch (was)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    Compare(value, (now as JsonObject)?[key], path.Length == 0 ? key : $"{path}.{key}", changes);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Compare(a[i], now is JsonArray b && i < b.Count ? b[i] : null, $"{path}[]", changes);
                }

                break;
            default:
                var before = was?.ToJsonString() ?? "null";
                var after = now?.ToJsonString() ?? "(gone)";
                if (before != after)
                {
                    changes.Add((path, before, after));
                }

                break;
        }
    }

    /// <summary>The first difference of <paramref name="text"/> from <paramref name="other"/>, with some context.</summary>
    private static string Excerpt(string text, string other)
    {
        var i = 0;
        while (i < text.Length && i < other.Length && text[i] == other[i])
        {
            i++;
        }

        var start = Math.Max(0, i - 40);
        var builder = new StringBuilder();
        builder.Append(start > 0 ? "…" : "").Append(text.AsSpan(start, Math.Min(text.Length - start, 100)));
        return builder.ToString().ReplaceLineEndings(" ");
    }
}
