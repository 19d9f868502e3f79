using static CyberPartnerships.Tests.Redaction.RedactionAssert;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Exports in other layouts: fixed-width columns, rarer separators, XML records.</summary>
public sealed class ExportLayoutTests
{
    [Fact]
    public void A_fixed_width_table_is_typed_by_its_header()
    {
        const string text =
            "NR  NAAM             GEB.DATUM          TELEFOON          SCHADE          BRON\n" +
            "--------------------------------------------------------------------------------------\n" +
            "1   WILLEMS Hanne    30 december 1995   0489 39 96 39          30.082,50 €  sparkasse-track.xyz\n" +
            "2   Elke Wouters     13 februari 1971   0488 93 41 47           7.907,00 €  sparkasse-track.xyz\n" +
            "3   CLAES Arnaud     2 maart 1943       0490/98.53.52        19.527,50 EUR  pagamentodesk67.buzz\n";

        var output = Redact(text);

        foreach (var value in new[] { "WILLEMS Hanne", "Elke Wouters", "CLAES Arnaud", "30 december 1995", "13 februari 1971", "2 maart 1943", "0489 39 96 39" })
        {
            Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        }

        Assert.Contains("pagamentodesk67.buzz", output, StringComparison.Ordinal);
        Assert.StartsWith("NR  NAAM             GEB.DATUM", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_wider_than_its_column_does_not_end_the_table()
    {
        const string text =
            "NR  NAME          DOB               PHONE            SOURCE\n" +
            "1   Hannah Fletcher 4 July 2003     +44 7700 900123  evil-login.example\n" +
            "2   Tom Baker     23 January 1991   +44 7700 900456  evil-login.example\n" +
            "3   Ann Lee       2 March 1950      +44 7700 900789  evil-login.example\n";

        var output = Redact(text);

        Assert.DoesNotContain("23 January 1991", output, StringComparison.Ordinal);
        Assert.DoesNotContain("2 March 1950", output, StringComparison.Ordinal);
        Assert.Contains("evil-login.example", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_spaced_prose_is_not_a_fixed_width_table()
    {
        const string text = "The  loader  beacons  to  the  C2  server  185.220.101.47  every  minute.\nThe  actor  rotates  the  domain  weekly.\nWe  keep  watching  it.";

        Kept(text, "185.220.101.47");
        Kept(text, "The  loader  beacons");
    }

    [Theory]
    [InlineData('¦')]
    [InlineData('^')]
    [InlineData('~')]
    public void A_table_with_a_rarer_separator_is_read_by_its_header(char sep)
    {
        var text = string.Join('\n',
            string.Join(sep, "fecha", "titular", "email", "ip_login", "origen"),
            string.Join(sep, "2025-05-16 19:59", "Pierluigi Esposito", "pierluigi.esposito@gmail.com", "190.215.140.240", "http://safepagamento92.ru/pl"),
            string.Join(sep, "2025-05-17 08:12", "Caruso, Lorenzo", "caruso.lorenzo@libero.it", "178.60.84.52", "millennium-secure.shop"));

        var output = Redact(text);

        foreach (var value in new[] { "Pierluigi Esposito", "pierluigi.esposito@gmail.com", "190.215.140.240", "caruso.lorenzo@libero.it", "Lorenzo" })
        {
            Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        }

        Assert.Contains("millennium-secure.shop", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xml_elements_name_types_its_text()
    {
        const string text = """
            <Denuncia ref="EXP-25-08571">
              <Perjudicado>
                <NombreCompleto>FRANCISCA MUÑOZ</NombreCompleto>
                <FechaNacimiento>28/02/1980</FechaNacimiento>
                <ID type="RUT">23.165.829-7</ID>
                <Telefono>9 7670 2689</Telefono>
              </Perjudicado>
              <IOC kind="ip" role="c2">91.99.92.184</IOC>
            </Denuncia>
            """;

        var output = Redact(text);

        foreach (var value in new[] { "FRANCISCA MUÑOZ", "28/02/1980", "23.165.829-7", "9 7670 2689" })
        {
            Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        }

        Assert.Contains("<IOC kind=\"ip\" role=\"c2\">91.99.92.184</IOC>", output, StringComparison.Ordinal);
        Assert.Contains("EXP-25-08571", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_and_ini_values_are_typed_by_their_keys()
    {
        const string text = """
            geschaedigter:
              name: "Jonas Schäfer"
              national_id: '57524138901'   # Steuer-ID
              morada: |
                Largo do Rato, n.º 133, 5º Dto.
                1100-053 Lisboa
            indicators:
              - {type: ipv4, value: 185.220.101.47, role: c2}
            [browser]
            saved_login=jonas.schaefer@web.de
            saved_pass=Saudade_454
            """;

        var output = Redact(text);

        foreach (var value in new[] { "Jonas Schäfer", "57524138901", "Largo do Rato, n.º 133", "jonas.schaefer@web.de", "Saudade_454" })
        {
            Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        }

        Assert.Contains("# Steuer-ID", output, StringComparison.Ordinal);
        Assert.Contains("185.220.101.47", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letters_sender_block_is_redacted_by_its_postcode_line()
    {
        const string text = "ELKE VANDENBERGHE\nMeir 35\n1050 Ixelles\n\nIxelles, 28-09-2025\n\nBetreft: Betwisting onbevoegde transacties - BVH 2024-368431";

        var output = Redact(text);

        Assert.DoesNotContain("VANDENBERGHE", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Meir 35", output, StringComparison.Ordinal);
        Assert.Contains("1050 Ixelles", output, StringComparison.Ordinal);
        Assert.Contains("BVH 2024-368431", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scanned_forms_dotted_leaders_borders_and_misread_labels_are_read()
    {
        const string text = "VICTIM STATFMENT\n~ Casc rcf CR/67288/25\n\n~ Narne ........ Jonas Schäfer|\n  Datc of birth ........ 8 October 2003~\n" +
            "~ Passw0rd — Qwerty936!¦\n .SOURCE IP ........ 201.106.2.110~";

        var output = Redact(text);

        foreach (var value in new[] { "Jonas Schäfer", "8 October 2003", "Qwerty936", "201.106.2.110" })
        {
            Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        }

        Assert.Contains("CR/67288/25", output, StringComparison.Ordinal);
    }
}
