using CyberPartnerships.Redaction;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Identity-number labels however their words end or are abbreviated, with the value on the line or the next.</summary>
public sealed class IdentityLabelTests
{
    private static string Redact(string text) => new TextRedactor().Redact(text, new RedactionCounts());

    [Theory]
    [InlineData("Identifikationsnr.: 72 451 690 896", "72 451 690 896")]
    [InlineData("Codice identificativo: CJ29522BI", "CJ29522BI")]
    [InlineData("Ausweis-/Steuer-Nr.\n51060839246\n", "51060839246")]
    [InlineData("N° D'IDENTIFICATION\n2 83 06 2A 767 464 72\n", "2 83 06 2A 767 464 72")]
    [InlineData("Nome\tCartão\tNº identificação\nAna Lima\t4111 1111 1111 1111\t282878653\nRui Costa\t5500 0000 0000 0004\t109725115\n", "282878653")]
    public void An_identity_label_types_its_value(string text, string value)
    {
        Assert.DoesNotContain(value, Redact(text), StringComparison.Ordinal);
    }

    [Fact]
    public void An_identifiant_is_a_login_not_an_identity_number()
    {
        Assert.Equal("Identifiant : [USERNAME]", Redact("Identifiant : jdupont"));
    }
}
