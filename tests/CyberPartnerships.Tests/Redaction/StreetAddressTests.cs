using CyberPartnerships.Redaction;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Street addresses in each partner country's format, found by their shape with no address word before them.</summary>
public sealed class StreetAddressTests
{
    private static string Redact(string text) => new TextRedactor().Redact(text, new RedactionCounts());

    [Theory]
    [InlineData("Vittima: Mario Rossi, Vicolo Stretto 95. Restiamo in attesa.", "Vicolo Stretto 95")]
    [InlineData("Residenza - Corso Vittorio Emanuele II 118", "Emanuele II 118")]
    [InlineData("Zawiadomienie złożyła Anna Nowak, zam. ul. Kwiatowa 138/1.", "Kwiatowa 138/1")]
    [InlineData("Poszkodowany: Jan Kowalski, al. Jerozolimskie 159 m. 9.", "Jerozolimskie 159")]
    [InlineData("Victime : Thierry Benoît, 67 bis avenue des Tilleuls.", "avenue des Tilleuls")]
    [InlineData("| Anna Martin | 229 rue de la République | WhatsApp |", "rue de la République")]
    [InlineData("DOMICILE: 24, impasse des Lilas", "impasse des Lilas")]
    [InlineData("Datos de la víctima: Ana Gómez, C/ Mayor 7, 4º B. Documento pendiente.", "Mayor 7")]
    [InlineData("Datos de la víctima: Ana Gómez, Avda. de la Constitución 149.", "Constitución 149")]
    [InlineData("Dados da vítima: João Silva, Travessa do Carmo 22.", "Carmo 22")]
    [InlineData("Geschädigte/r: Lena Hoffmann, Hauptstraße 161.", "Hauptstraße 161")]
    [InlineData("| Lena Hoffmann | Bahnhofstr. 7a | lena@example.org |", "Bahnhofstr. 7a")]
    [InlineData("Slachtoffer: Pieter Hendriks, Prinsengracht 123-3.", "Prinsengracht 123-3")]
    [InlineData("Victim details: Emma Walker, Flat 7, 62 Victoria Road.", "Victoria Road")]
    [InlineData("Victim details: Emma Walker, 213 Oak Street, Apt 8B.", "Oak Street")]
    public void A_street_address_is_replaced_without_an_address_word(string text, string part)
    {
        Assert.DoesNotContain(part, Redact(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The C2 moved via Cloudflare 2 times; the loader came via Telegram on 12 March.")]
    [InlineData("The Spring 2024 campaign targeted Windows 10 hosts.")]
    [InlineData("Sample AsyncRAT f2733c9974125c14df2bc12c6fa17448 beacons to update-check.example on port 443.")]
    public void Prose_with_street_words_and_numbers_is_kept(string text)
    {
        Assert.Equal(text, Redact(text));
    }

    [Fact]
    public void An_address_ends_at_the_line_break()
    {
        var redacted = Redact("Nous avons reçu la plainte, demeurant 54 allée des Peupliers.\nL'échantillon AsyncRAT contacte le C2.");

        Assert.Contains("L'échantillon AsyncRAT contacte le C2.", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Peupliers", redacted, StringComparison.Ordinal);
    }
}
