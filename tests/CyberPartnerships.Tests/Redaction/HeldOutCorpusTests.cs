using System.Text.Json;
using CyberPartnerships.Redaction;
using CyberPartnerships.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>The held-out corpora in bench/corpora (generators written by authors who had not seen the redactor; see
/// bench/corpora/SPEC.md): the figures measured when the structure-first pass landed are floors, so that no change
/// makes them worse. They are far from the goal (recall and keep 0.995, at most 2% of documents leaking): issue 12.</summary>
public sealed class HeldOutCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("d-structured", 0.86, 0.935)]
    [InlineData("z-fresh", 0.855, 0.905)]
    public void A_held_out_corpus_keeps_at_least_its_measured_scores(string corpus, double recall, double keep)
    {
        var redactor = new TextRedactor();
        var score = new RedactionScore();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "bench", "corpora", corpus, "corpus.jsonl")).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            score.Add(redactor.Redact(root.GetProperty("text").GetString()!, new RedactionCounts()), Values(root, "pii"), Values(root, "keep"));
        }

        output.WriteLine(score.ToString());
        Assert.Equal(400, score.Documents);
        Assert.True(score.Recall >= recall, score.ToString());
        Assert.True(score.Keep >= keep, score.ToString());
    }

    private static List<(string, string)> Values(JsonElement root, string property) =>
        root.GetProperty(property).EnumerateArray().Select(e => (e.GetProperty("type").GetString()!, e.GetProperty("value").GetString()!)).ToList();
}
