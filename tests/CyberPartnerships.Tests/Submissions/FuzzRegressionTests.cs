using System.Text;
using CyberPartnerships.Feeds;
using CyberPartnerships.Fuzz;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>Every input the fuzzer (bench/fuzz.sh) found a crash with, and its seeds, run through the same targets:
/// each ends in the outcome the app documents for bad input. Plus the crashes it found, one test each.</summary>
public sealed class FuzzRegressionTests
{
    private static readonly string FuzzRoot = Path.Combine(RepoPaths.Root, "bench", "CyberPartnerships.Fuzz");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "findings", "seeds" })
        {
            foreach (var target in FuzzTargets.All.Keys)
            {
                var dir = folder == "seeds" ? Path.Combine(FuzzRoot, folder, target) : Path.Combine(FuzzRoot, folder);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (var file in Directory.GetFiles(dir).Where(f => folder == "seeds" || Path.GetFileName(f).StartsWith(target + "-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(FuzzRoot, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Committed_fuzz_input_ends_as_bad_input_or_success(string target, string file) =>
        FuzzTargets.All[target](File.ReadAllBytes(Path.Combine(FuzzRoot, file)));

    [Fact]
    public void Every_target_has_seeds_and_every_finding_is_replayed()
    {
        var inputs = Inputs();
        Assert.All(FuzzTargets.All.Keys, t => Assert.Contains(inputs, row => (string)row[0] == t && ((string)row[1]).StartsWith("seeds", StringComparison.Ordinal)));
        var findings = Directory.Exists(Path.Combine(FuzzRoot, "findings")) ? Directory.GetFiles(Path.Combine(FuzzRoot, "findings")).Length : 0;
        Assert.Equal(findings, inputs.Count(row => ((string)row[1]).StartsWith("findings", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'n', (byte)'e', (byte)'x', (byte)'t', (byte)'"', (byte)':', (byte)'"', 0xFF, (byte)'"', (byte)'}' })]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0xC3, (byte)'"', (byte)':', (byte)'1', (byte)'}' })]
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'m', (byte)'o', (byte)'r', (byte)'e', (byte)'"' })]
    public void A_feed_page_that_is_not_json_text_is_a_taxii_error(byte[] body)
    {
        var error = Assert.Throws<TaxiiException>(() => TaxiiClient.ParsePage(body, "/collections/c/objects/", null));

        Assert.Contains("/collections/c/objects/", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing of the page was stored", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_whose_strings_are_text_is_read()
    {
        using var page = TaxiiClient.ParsePage(Encoding.UTF8.GetBytes("""{"more": true, "next": "n1", "objects": [{"type": "x"}]}"""), "/p", "2026-11-20T08:30:00.123456Z");

        Assert.True(page.More);
        Assert.Equal("n1", page.Next);
        Assert.Equal(1, page.Objects.GetArrayLength());
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z")]
    [InlineData("0001-01-01T00:00:00.0000000Z", "0001-01-01T00:00:00.0000000Z")]
    [InlineData("2026-11-20T08:30:00.123456Z", "2026-11-20T08:30:00.123455Z")]
    public void The_date_to_resume_from_is_one_unit_earlier_unless_it_is_the_first_instant(string dateAdded, string expected) =>
        Assert.Equal(expected, FeedPuller.JustBefore(dateAdded));
}
