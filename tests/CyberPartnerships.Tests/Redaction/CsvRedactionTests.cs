using System.Text;
using CyberPartnerships.Redaction;
using static CyberPartnerships.Tests.Redaction.SampleDocuments;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>CSV, redacted by column and cell, with its layout kept.</summary>
public sealed class CsvRedactionTests
{
    private static string RedactCsv(string csv, out RedactedDocument document)
    {
        document = new DocumentRedactor().Redact("victims.csv", Utf8(csv), new TextRedactor());
        return Encoding.UTF8.GetString(document.Content);
    }

    [Fact]
    public void Csv_keeps_header_quoting_line_endings_and_indicator_columns()
    {
        var output = RedactCsv(Csv, out var document);

        var lines = output.Split("\r\n");
        Assert.Equal(4, lines.Length);
        Assert.Equal("", lines[3]);
        Assert.Equal("name,email,\"notes, free\",sha256,c2_ip", lines[0]);
        Assert.EndsWith($",[EMAIL],\"wrote from [EMAIL], twice\",{Sha256},{C2Ip}", lines[1], StringComparison.Ordinal);
        Assert.EndsWith($",\"[EMAIL]\",plain,{Sha256},{C2Ip}", lines[2], StringComparison.Ordinal);
        Assert.Equal(DocumentRedactor.CsvFormat, document.Format);
        Assert.Equal(3, document.Counts[PiiType.Email]);
    }

    [Fact]
    public void Semicolon_csv_with_lf_endings_and_escaped_quotes_keeps_its_layout()
    {
        var csv = "correo;comentario\n\"ana@example.es\";\"dijo \"\"hola\"\" a bob@example.es\"\nplain@example.es;sin comillas\n";

        var output = RedactCsv(csv, out _);

        Assert.Equal("correo;comentario\n\"[EMAIL]\";\"dijo \"\"hola\"\" a [EMAIL]\"\n[EMAIL];sin comillas\n", output);
    }

    [Fact]
    public void Cell_is_quoted_when_its_redacted_value_needs_it_and_ragged_rows_are_free_text()
    {
        var output = RedactCsv("comment\nfrom a@example.org\nx,\"y b@example.org\"", out var document);

        Assert.Equal("comment\nfrom [EMAIL]\nx,\"y [EMAIL]\"", output);
        Assert.Equal(2, document.Counts.Total);
    }

    [Theory]
    [InlineData("a,b\n\"open,1\n")]
    [InlineData("a,b\n\"closed\"junk,1\n")]
    public void Malformed_csv_is_a_parse_error(string csv)
    {
        var ex = Assert.Throws<DocumentRedactionException>(() => RedactCsv(csv, out _));
        Assert.Equal(DocumentRedactionException.ParseError, ex.Reason);
    }

    [Fact]
    public void Name_column_cells_are_replaced_whole()
    {
        var output = RedactCsv(Csv, out _);

        var lines = output.Split("\r\n");
        Assert.StartsWith("[PERSON],", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("\"[PERSON]\",", lines[2], StringComparison.Ordinal);
    }
}
