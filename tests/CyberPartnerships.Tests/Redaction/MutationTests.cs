using System.Text.Json;
using CyberPartnerships.Bench.Redaction;
using CyberPartnerships.Redaction;
using CyberPartnerships.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Meaning-preserving changes (<see cref="Mutations"/>) to labelled documents must not change any labelled
/// value's outcome: a value redacted before is redacted after, a value kept before is kept after.</summary>
public sealed class MutationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names => [.. Mutations.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_meaning_preserving_change_leaves_every_labelled_outcome_as_it_was(string name)
    {
        var flips = Flips(name, heldOut: false);
        Assert.True(flips.Count == 0, $"{flips.Count} outcomes flipped:\n{string.Join('\n', flips.Take(10))}");
    }

    /// <summary>On the held-out corpora (bench/corpora) some outcomes still flip (issue 12 is open): the counts
    /// measured when they were added are a ceiling, so that no change makes the redactor less stable. The corpora
    /// added later brought flips of their own: f-third 13 double-space and one pipe-to-tab table; u-unread (languages
    /// without tables) lower- and upper-cased labels (11 and 1), which move a paragraph across the language check's
    /// threshold (mostly values the mutated text redacts and the original keeps).</summary>
    [Theory]
    [InlineData("CRLF line breaks", 0)]
    [InlineData("double spaces", 27)]
    [InlineData("labels upper-cased", 2)]
    [InlineData("labels lower-cased", 11)]
    [InlineData("no full stop at line ends", 0)]
    [InlineData("synonym cues", 0)]
    [InlineData("pipe tables as tab tables", 6)]
    [InlineData("semicolon tables as pipe tables", 0)]
    public void On_the_held_out_corpora_no_more_outcomes_flip_than_measured(string name, int ceiling)
    {
        var flips = Flips(name, heldOut: true);
        Assert.True(flips.Count <= ceiling, $"{flips.Count} outcomes flipped (ceiling {ceiling}):\n{string.Join('\n', flips.Take(10))}");
    }

    private List<string> Flips(string name, bool heldOut)
    {
        var mutation = Mutations.All.Single(m => m.Name == name).Apply;
        var redactor = new TextRedactor();
        var changed = 0;
        var documents = 0;
        var flips = new List<string>();
        foreach (var (id, text, values) in heldOut ? HeldOut() : Documents())
        {
            var mutated = mutation(text, values);
            if (mutated == text)
            {
                continue;
            }

            changed++;
            documents++;
            var before = redactor.Redact(text, new RedactionCounts());
            var after = redactor.Redact(mutated, new RedactionCounts());
            foreach (var value in values.Where(mutated.Contains))
            {
                if (before.Contains(value, StringComparison.Ordinal) != after.Contains(value, StringComparison.Ordinal))
                {
                    flips.Add($"{id} '{value}': {(before.Contains(value, StringComparison.Ordinal) ? "kept before, gone after" : "redacted before, present after")}\n    after: {after.Replace("\n", "⏎", StringComparison.Ordinal)}");
                }
            }
        }

        output.WriteLine($"{name}: {changed} documents changed, {flips.Count} outcomes flipped");
        Assert.True(heldOut || changed > 0, "the mutation changed no document");
        return flips;
    }

    /// <summary>The labelled documents the rules were developed on: the generated reports and the blind batches.</summary>
    private static IEnumerable<(string Id, string Text, IReadOnlyList<string> Values)> Documents()
    {
        foreach (var doc in PiiCorpus.Generate(7, 300))
        {
            yield return ($"generated-{doc.Text.GetHashCode(StringComparison.Ordinal)}", doc.Text, [.. doc.Pii.Select(p => p.Value), .. doc.Keep.Select(k => k.Value)]);
        }

        foreach (var doc in Read(Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "CyberPartnerships.Tests", "Redaction", "Data"), "*.jsonl")))
        {
            yield return doc;
        }
    }

    /// <summary>The held-out corpora in bench/corpora, written by authors who had not seen the redactor.</summary>
    private static IEnumerable<(string Id, string Text, IReadOnlyList<string> Values)> HeldOut() =>
        Read(Directory.GetFiles(Path.Combine(RepoPaths.Root, "bench", "corpora"), "corpus.jsonl", SearchOption.AllDirectories));

    private static IEnumerable<(string Id, string Text, IReadOnlyList<string> Values)> Read(IEnumerable<string> files)
    {
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var values = root.GetProperty("pii").EnumerateArray().Concat(root.GetProperty("keep").EnumerateArray())
                    .Select(e => e.GetProperty("value").GetString()!).ToList();
                yield return (root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, values);
            }
        }
    }
}
