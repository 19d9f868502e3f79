using System.Text.Json;
using CyberPartnerships.Redaction;

namespace CyberPartnerships.Bench.Redaction;

/// <summary>
/// Scores the text redactor on labelled corpora (lines <c>{"id", "lang", "form", "text", "pii": [{type, value}],
/// "keep": [{type, value}]}</c>) by the shared <c>score.py</c> rules: a PII value found verbatim in the output is a
/// leak, a keep value that is gone is over-redaction. Prints recall and keep per type, language and form, the share of
/// documents with any leak, and the first leaks; the last line is <c>recall=R keep=K leaking-docs=L docs=N</c>.
/// </summary>
public sealed class PiiScoreBenchmark : IBenchmark
{
    public string Name => "pii";

    public string Description => "recall, keep and leaking documents on labelled corpora: pii FILE.jsonl... [--show N]";

    public Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var (files, show) = FileArgs.Parse(args);

        if (files.Count == 0)
        {
            Console.Error.WriteLine("usage: pii FILE.jsonl... [--show N]");
            return Task.FromResult(2);
        }

        var redactor = new TextRedactor();
        var byType = new Dictionary<string, (int N, int Bad)>();
        var byKeep = new Dictionary<string, (int N, int Bad)>();
        var byGroup = new Dictionary<string, (int Docs, int Leaking, int Pii, int Leaks, int Keep, int Lost)>();
        var samples = new List<string>();
        int docs = 0, leakingDocs = 0, pii = 0, leaks = 0, keep = 0, lost = 0;
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var text = root.GetProperty("text").GetString()!;
                var redacted = redactor.Redact(text, new RedactionCounts());
                var docLeaks = 0;
                var docLost = 0;
                foreach (var p in root.GetProperty("pii").EnumerateArray())
                {
                    var (type, value) = (p.GetProperty("type").GetString()!, p.GetProperty("value").GetString()!);
                    var leaked = redacted.Contains(value, StringComparison.Ordinal);
                    Count(byType, type, leaked);
                    docLeaks += leaked ? 1 : 0;
                    pii++;
                    if (leaked && samples.Count < show)
                    {
                        samples.Add($"LEAK {type} '{value}' [{root.GetProperty("id").GetString()}]: {Excerpt(redacted, value)}");
                    }
                }

                foreach (var k in root.GetProperty("keep").EnumerateArray())
                {
                    var (type, value) = (k.GetProperty("type").GetString()!, k.GetProperty("value").GetString()!);
                    var gone = !redacted.Contains(value, StringComparison.Ordinal);
                    Count(byKeep, type, gone);
                    docLost += gone ? 1 : 0;
                    keep++;
                    if (gone && samples.Count < show)
                    {
                        samples.Add($"LOST {type} '{value}' [{root.GetProperty("id").GetString()}]: {Excerpt(redacted, null)}");
                    }
                }

                docs++;
                leakingDocs += docLeaks > 0 ? 1 : 0;
                leaks += docLeaks;
                lost += docLost;
                foreach (var group in new[] { "lang " + Str(root, "lang"), "form " + Str(root, "form") })
                {
                    var g = byGroup.GetValueOrDefault(group);
                    var piiCount = root.GetProperty("pii").GetArrayLength();
                    var keepCount = root.GetProperty("keep").GetArrayLength();
                    byGroup[group] = (g.Docs + 1, g.Leaking + (docLeaks > 0 ? 1 : 0), g.Pii + piiCount, g.Leaks + docLeaks, g.Keep + keepCount, g.Lost + docLost);
                }
            }
        }

        Console.WriteLine($"{"pii type",-16}{"n",6}{"recall",9}");
        foreach (var (type, (n, bad)) in byType.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{type,-16}{n,6}{1 - (double)bad / n,9:F3}");
        }

        Console.WriteLine($"{"keep type",-16}{"n",6}{"kept",9}");
        foreach (var (type, (n, bad)) in byKeep.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{type,-16}{n,6}{1 - (double)bad / n,9:F3}");
        }

        Console.WriteLine($"{"group",-28}{"docs",6}{"recall",9}{"keep",8}{"leaking",9}");
        foreach (var (group, g) in byGroup.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{group,-28}{g.Docs,6}{1 - (double)g.Leaks / Math.Max(1, g.Pii),9:F3}{1 - (double)g.Lost / Math.Max(1, g.Keep),8:F3}{(double)g.Leaking / g.Docs,9:F3}");
        }

        foreach (var s in samples)
        {
            Console.WriteLine(s);
        }

        Console.WriteLine($"recall={1 - (double)leaks / Math.Max(1, pii):F4} keep={1 - (double)lost / Math.Max(1, keep):F4} leaking-docs={(double)leakingDocs / Math.Max(1, docs):F4} docs={docs}");
        return Task.FromResult(0);
    }

    private static string Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "-";

    private static void Count(Dictionary<string, (int N, int Bad)> counts, string key, bool bad)
    {
        var c = counts.GetValueOrDefault(key);
        counts[key] = (c.N + 1, c.Bad + (bad ? 1 : 0));
    }

    private static string Excerpt(string text, string? value)
    {
        var at = value is null ? 0 : Math.Max(0, text.IndexOf(value, StringComparison.Ordinal) - 80);
        var excerpt = text.Substring(at, Math.Min(220, text.Length - at));
        return excerpt.Replace("\n", "⏎", StringComparison.Ordinal);
    }
}
