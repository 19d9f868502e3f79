using CyberPartnerships.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>The held-out corpora in bench/corpora (generators written by authors who had not seen the redactor; see
/// bench/corpora/SPEC.md): the figures last measured (d-structured 0.990 / 0.964, z-fresh 0.972 / 0.937, f-third
/// 0.949 / 0.947, u-unread 0.920 / 0.960, recall / keep) are floors,
/// a little below, so that no change makes them worse. They are far from the goal (recall and keep 0.995, at most 2% of documents leaking): issue 12.</summary>
public sealed class HeldOutCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("d-structured", 400, 0.98, 0.96)]
    [InlineData("z-fresh", 400, 0.96, 0.93)]
    [InlineData("f-third", 500, 0.94, 0.94)]
    [InlineData("u-unread", 300, 0.91, 0.95)]
    public void A_held_out_corpus_keeps_at_least_its_measured_scores(string corpus, int documents, double recall, double keep)
    {
        var score = RedactionScore.OfCorpus(Path.Combine(RepoPaths.Root, "bench", "corpora", corpus, "corpus.jsonl"));

        output.WriteLine(score.ToString());
        Assert.Equal(documents, score.Documents);
        Assert.True(score.Recall >= recall, score.ToString());
        Assert.True(score.Keep >= keep, score.ToString());
    }
}
