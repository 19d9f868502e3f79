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
        var score = RedactionScore.OfCorpus(Path.Combine(RepoPaths.Root, "bench", "corpora", corpus, "corpus.jsonl"));

        output.WriteLine(score.ToString());
        Assert.Equal(400, score.Documents);
        Assert.True(score.Recall >= recall, score.ToString());
        Assert.True(score.Keep >= keep, score.ToString());
    }
}
