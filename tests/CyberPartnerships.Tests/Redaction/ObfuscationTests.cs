using static CyberPartnerships.Tests.Redaction.RedactionAssert;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Trivially obfuscated values are recognised (issue 13 item 15), and the replacement lands on the original text.</summary>
public sealed class ObfuscationTests
{
    [Theory]
    [InlineData("Victim contact: jane＠victim.example, please call.", "jane＠victim.example")]
    [InlineData("Victim contact: ja\u200Bne.doe@victim.example, please call.", "ne.doe@victim.example")]
    [InlineData("Victim contact: jan.kowalski [at] wp [dot] pl, please call.", "jan.kowalski")]
    [InlineData("Victim contact: maria(at)gmail(dot)com, please call.", "maria(at)gmail(dot)com")]
    [InlineData("Victim contact: jane at victim dot example, please call.", "jane at victim dot example")]
    [InlineData("Opfer: mueller{at}gmx{punkt}de", "mueller{at}gmx{punkt}de")]
    public void An_obfuscated_email_address_is_redacted_where_it_stands(string text, string value)
    {
        var output = Redact(text);

        Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        Assert.Contains("[EMAIL]", output, StringComparison.Ordinal);
        Assert.EndsWith(text.EndsWith("please call.", StringComparison.Ordinal) ? ", please call." : "[EMAIL]", output, StringComparison.Ordinal);
        Assert.StartsWith(text[..text.IndexOf(':')], output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_width_card_number_is_redacted()
    {
        Redacted("card ４１１１ １１１１ １１１１ １１１１ used", "４１１１", "CREDIT_CARD");
    }

    [Theory]
    [InlineData("defanged hxxp://evil[.]example/gate.php and 45.77.10[.]2")]
    [InlineData("phishing from billing[@]paypa1-secure[.]example")]
    [InlineData("We met at the office at 10:00 and looked at the logs.")]
    [InlineData("The workstation at 86.12.44.201 beaconed to 185.220.101.4 (C2)")]
    public void Defanged_indicators_and_ordinary_words_are_not_deobfuscated(string text)
    {
        var output = Redact(text);

        Assert.DoesNotContain("[EMAIL]", output, StringComparison.Ordinal);
        Assert.Contains(text.Contains("185.220.101.4", StringComparison.Ordinal) ? "185.220.101.4" : text[^8..], output, StringComparison.Ordinal);
    }
}
