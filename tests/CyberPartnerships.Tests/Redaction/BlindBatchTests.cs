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
    [InlineData("blind-batch-8.jsonl", 0.98, 1.0)]
    public void Blind_batch_keeps_its_score_after_the_generalisation(string file, double recall, double keep)
    {
        var score = RedactionScore.OfCorpus(Path.Combine(RepoPaths.Root, "tests", "CyberPartnerships.Tests", "Redaction", "Data", file));

        output.WriteLine(score.ToString());
        Assert.True(score.Recall >= recall, score.ToString());
        Assert.True(score.Keep >= keep, score.ToString());
    }

    [Theory]
    [InlineData("Ticket #FR-55120 | Banca Online | Prioridad alta", "#FR-55120")]
    [InlineData("relayed via 185.220.101.47 (operator infrastructure) to the victim", "185.220.101.47")]
    [InlineData("2025-03-02,10.20.4.17,146.70.87.110,login\n# dst 146.70.87.110 = Cobalt Strike team server", "10.20.4.17,146.70.87.110,login")]
    [InlineData("from 102.89.34.7 (flagged proxy) and from your usual address 82.4.199.16.", "102.89.34.7 (flagged proxy)")]
    [InlineData("vanaf het adres 62.45.118.203 (niet het hare, dit is een bekende exitnode).", "62.45.118.203")]
    [InlineData("todas las víctimas descargaron el adjunto de Emotet desde 203.0.113.250.", "203.0.113.250")]
    [InlineData("O instalador falso baixava o trojan Mekotio de 45.147.229.12.", "45.147.229.12")]
    [InlineData("El dominio del SMS era correos-envio.top, resuelto a 91.92.240.5.", "91.92.240.5")]
    [InlineData("Der Hacker kam laut Login-Verlauf von 194.26.29.113 (bekannter Bulletproof-Hoster).", "194.26.29.113")]
    [InlineData("O acesso fraudulento partiu de 193.233.20.41.", "193.233.20.41")]
    public void References_and_infrastructure_described_anywhere_in_the_text_are_kept(string text, string kept) =>
        Assert.Contains(kept.Replace("10.20.4.17", "[IP_ADDRESS]", StringComparison.Ordinal), new TextRedactor().Redact(text, new RedactionCounts()), StringComparison.Ordinal);

    [Theory]
    [InlineData("Recebi um SMS para o meu número 912 345 678 com um link.", "912 345 678", "PHONE")]
    [InlineData("El número desde el que llamaron era el 910 123 456.", "910 123 456", "PHONE")]
    [InlineData("Kundin: Annegret Kowalczyk-Brandt, Telefon 0171 4839201", "Annegret Kowalczyk-Brandt", "PERSON")]
    [InlineData("dfontaine@orange.fr | soleil1984", "soleil1984", "PASSWORD")]
    [InlineData("2025-03-02,10.20.4.17,tmarchetti,login\n# workstation belongs to Tiziana Marchetti", "tmarchetti", "USERNAME")]
    [InlineData("from 102.89.34.7 (flagged proxy) and from your usual address 82.4.199.16.", "82.4.199.16", "IP_ADDRESS")]
    [InlineData("Login kam von 185.100.87.202 (TOR-Exit, Angreifer) – die übliche IP der Kundin ist 84.115.30.77.", "84.115.30.77", "IP_ADDRESS")]
    [InlineData("Ze is telefonisch te bereiken op 0612345678.", "0612345678", "PHONE")]
    [InlineData("Haar postadres is Dorpsstraat 14, 3451 AB Vleuten.", "Dorpsstraat 14", "POSTAL_ADDRESS")]
    [InlineData("email\tpassword\nc.mcallister@btinternet.com\tGlasgow1999!\t86.12.55.140", "Glasgow1999", "PASSWORD")]
    public void Values_of_blind_batches_7_and_8_are_redacted(string text, string value, string label)
    {
        var redacted = new TextRedactor().Redact(text, new RedactionCounts());
        Assert.DoesNotContain(value, redacted, StringComparison.Ordinal);
        Assert.Contains($"[{label}]", redacted, StringComparison.Ordinal);
    }
}
