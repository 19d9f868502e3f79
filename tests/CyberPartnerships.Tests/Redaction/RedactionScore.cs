using System.Text.Json;
using CyberPartnerships.Redaction;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>The dev corpus's metric (shared/bench/pii/score.py): a PII value found verbatim in the output is a leak,
/// a keep value that is gone is over-redaction.</summary>
public sealed class RedactionScore
{
    private readonly List<string> _leaks = [];
    private readonly List<string> _lost = [];
    private int _pii;
    private int _keep;

    public double Recall => 1 - (double)_leaks.Count / Math.Max(1, _pii);

    public double Keep => 1 - (double)_lost.Count / Math.Max(1, _keep);

    public int Documents { get; private set; }

    public void Add(string redacted, IEnumerable<(string Type, string Value)> pii, IEnumerable<(string Type, string Value)> keep)
    {
        Documents++;
        foreach (var (type, value) in pii)
        {
            _pii++;
            if (redacted.Contains(value, StringComparison.Ordinal))
            {
                _leaks.Add($"{type} '{value}' in: {redacted}");
            }
        }

        foreach (var (type, value) in keep)
        {
            _keep++;
            if (!redacted.Contains(value, StringComparison.Ordinal))
            {
                _lost.Add($"{type} '{value}' lost in: {redacted}");
            }
        }
    }

    /// <summary>Scores <paramref name="redactor"/> (type labels by default) on a labelled corpus file: lines
    /// <c>{"id", "text", "pii": [{type, value}], "keep": [{type, value}]}</c>.</summary>
    public static RedactionScore OfCorpus(string path, TextRedactor? redactor = null)
    {
        redactor ??= new TextRedactor();
        var score = new RedactionScore();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            score.Add(redactor.Redact(root.GetProperty("text").GetString()!, new RedactionCounts()), Values(root, "pii"), Values(root, "keep"));
        }

        return score;
    }

    private static List<(string, string)> Values(JsonElement root, string property) =>
        root.GetProperty(property).EnumerateArray().Select(e => (e.GetProperty("type").GetString()!, e.GetProperty("value").GetString()!)).ToList();

    public override string ToString() =>
        $"recall={Recall:F4} keep={Keep:F4} docs={Documents}\nleaks:\n  {string.Join("\n  ", _leaks.Take(15))}\nlost:\n  {string.Join("\n  ", _lost.Take(15))}";
}
