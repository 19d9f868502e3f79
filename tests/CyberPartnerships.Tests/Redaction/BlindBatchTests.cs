using System.Text.Json;
using CyberPartnerships.Redaction;
using CyberPartnerships.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Hand-written reports in phrasings the rules were not written for (police reports, bank fraud tickets,
/// helpdesk e-mails, CSV-like logs, combo lists, forum posts; six languages), each batch run blind once before the
/// rules were generalised (README, "Measured"). Kept here so the generalisations stay.</summary>
public sealed class BlindBatchTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("blind-batch-7.jsonl", 0.985, 1.0)]
    public void Blind_batch_keeps_its_score_after_the_generalisation(string file, double recall, double keep)
    {
        var redactor = new TextRedactor();
        var score = new RedactionScore();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "CyberPartnerships.Tests", "Redaction", "Data", file)))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            score.Add(redactor.Redact(root.GetProperty("text").GetString()!, new RedactionCounts()), Values(root, "pii"), Values(root, "keep"));
        }

        output.WriteLine(score.ToString());
        Assert.True(score.Recall >= recall, score.ToString());
        Assert.True(score.Keep >= keep, score.ToString());
    }

    [Theory]
    [InlineData("Ticket #FR-55120 | Banca Online | Prioridad alta", "#FR-55120")]
    [InlineData("relayed via 185.220.101.47 (operator infrastructure) to the victim", "185.220.101.47")]
    [InlineData("2025-03-02,10.20.4.17,146.70.87.110,login\n# dst 146.70.87.110 = Cobalt Strike team server", "10.20.4.17,146.70.87.110,login")]
    public void References_and_infrastructure_described_anywhere_in_the_text_are_kept(string text, string kept) =>
        Assert.Contains(kept.Replace("10.20.4.17", "[IP_ADDRESS]", StringComparison.Ordinal), new TextRedactor().Redact(text, new RedactionCounts()), StringComparison.Ordinal);

    [Theory]
    [InlineData("Recebi um SMS para o meu número 912 345 678 com um link.", "912 345 678", "PHONE")]
    [InlineData("El número desde el que llamaron era el 910 123 456.", "910 123 456", "PHONE")]
    [InlineData("Kundin: Annegret Kowalczyk-Brandt, Telefon 0171 4839201", "Annegret Kowalczyk-Brandt", "PERSON")]
    [InlineData("dfontaine@orange.fr | soleil1984", "soleil1984", "PASSWORD")]
    [InlineData("2025-03-02,10.20.4.17,tmarchetti,login\n# workstation belongs to Tiziana Marchetti", "tmarchetti", "USERNAME")]
    public void Values_of_blind_batch_7_are_redacted(string text, string value, string label)
    {
        var redacted = new TextRedactor().Redact(text, new RedactionCounts());
        Assert.DoesNotContain(value, redacted, StringComparison.Ordinal);
        Assert.Contains($"[{label}]", redacted, StringComparison.Ordinal);
    }

    private static List<(string, string)> Values(JsonElement root, string property) =>
        root.GetProperty(property).EnumerateArray().Select(e => (e.GetProperty("type").GetString()!, e.GetProperty("value").GetString()!)).ToList();
}
