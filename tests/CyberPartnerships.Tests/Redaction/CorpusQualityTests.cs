using CyberPartnerships.Bench.Redaction;
using CyberPartnerships.Redaction;
using CyberPartnerships.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Recall and keep over whole corpora: our own generated multilingual reports (always), and the shared
/// dev corpus when ../shared exists.</summary>
public sealed class CorpusQualityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Generated_multilingual_reports_are_redacted_and_indicators_kept(int seed)
    {
        var redactor = new TextRedactor();
        var score = new RedactionScore();
        foreach (var doc in PiiCorpus.Generate(seed, 400))
        {
            score.Add(redactor.Redact(doc.Text, new RedactionCounts()), doc.Pii, doc.Keep);
        }

        output.WriteLine(score.ToString());
        Assert.True(score.Recall >= 0.99, score.ToString());
        Assert.True(score.Keep >= 0.99, score.ToString());
    }

    [DevCorpusFact]
    public void Dev_corpus_reaches_the_targets()
    {
        var score = RedactionScore.OfCorpus(DevCorpusFactAttribute.CorpusPath);

        output.WriteLine(score.ToString());
        Assert.Equal(400, score.Documents);
        Assert.True(score.Recall >= 0.995, score.ToString());
        Assert.True(score.Keep >= 0.995, score.ToString());
    }
}

/// <summary>A fact that needs ../shared/bench/pii/dev-corpus.jsonl and is skipped, with the reason, without it.</summary>
public sealed class DevCorpusFactAttribute : FactAttribute
{
    public static string CorpusPath => Path.Combine(RepoPaths.Shared ?? "", "bench", "pii", "dev-corpus.jsonl");

    public DevCorpusFactAttribute()
    {
        if (RepoPaths.Shared is null || !File.Exists(CorpusPath))
        {
            Skip = "../shared/bench/pii/dev-corpus.jsonl is not in this checkout (a user's clone has no shared/); the generated-corpus tests still check quality.";
        }
    }
}
