using System.Text;
using System.Text.Json;
using CyberPartnerships.Redaction;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Format choice, plain text, failures, pseudonym mode and the manifest.</summary>
public sealed class DocumentRedactorTests
{
    private static readonly PseudonymKey Key = new("k2026-11", Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Plain_text_is_redacted_as_free_text()
    {
        var document = new DocumentRedactor().Redact("note.txt", Encoding.UTF8.GetBytes("Write to ana@example.org about 203.0.113.66."), new TextRedactor());

        Assert.Equal("Write to [EMAIL] about 203.0.113.66.", Encoding.UTF8.GetString(document.Content));
        Assert.Equal(DocumentRedactor.TextFormat, document.Format);
        Assert.StartsWith("text/plain", document.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.pdf")]
    [InlineData("dump.xlsx")]
    [InlineData("noextension")]
    public void Unsupported_file_type_is_refused(string file)
    {
        var ex = Assert.Throws<DocumentRedactionException>(() => new DocumentRedactor().Redact(file, "x"u8, new TextRedactor()));
        Assert.Equal(DocumentRedactionException.Unsupported, ex.Reason);
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("a.json")]
    public void Invalid_utf8_or_json_that_is_not_an_object_is_a_parse_error(string file)
    {
        var invalid = file.EndsWith(".txt", StringComparison.Ordinal) ? new byte[] { 0x61, 0xC3, 0x28 } : "[1,2]"u8.ToArray();
        var ex = Assert.Throws<DocumentRedactionException>(() => new DocumentRedactor().Redact(file, invalid, new TextRedactor()));
        Assert.Equal(DocumentRedactionException.ParseError, ex.Reason);
    }

    [Theory]
    [InlineData("""{ "title": "a", "title": "b" }""")]
    [InlineData("""{ "title": ana@example.org }""")]
    public void Duplicate_keys_or_malformed_json_are_parse_errors_that_do_not_quote_the_document(string json)
    {
        var ex = Assert.Throws<DocumentRedactionException>(() => new DocumentRedactor().Redact("r.json", Encoding.UTF8.GetBytes(json), new TextRedactor()));

        Assert.Equal(DocumentRedactionException.ParseError, ex.Reason);
        Assert.DoesNotContain("ana", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pseudonym_mode_gives_the_same_pseudonym_for_the_same_victim_in_every_format()
    {
        var redactor = new TextRedactor(RedactionMode.Pseudonym, Key);
        var text = Encoding.UTF8.GetString(new DocumentRedactor().Redact("a.txt", "Ana@Example.org"u8, redactor).Content);
        var csv = Encoding.UTF8.GetString(new DocumentRedactor().Redact("a.csv", "email\nana@example.org\n"u8, redactor).Content);

        Assert.Matches(@"^\[EMAIL:[0-9a-f]{8}\]$", text);
        Assert.Equal($"email\n{text}\n", csv);
    }

    [Fact]
    public void Manifest_names_counts_mode_key_version_source_partner_and_tlp()
    {
        var redactor = new TextRedactor(RedactionMode.Pseudonym, Key);
        var document = new DocumentRedactor().Redact("victims.csv", Encoding.UTF8.GetBytes(SampleDocuments.Csv), redactor);

        var manifest = document.ManifestFor(redactor, "outbound-raw/CASE-1/victims.csv", "CASE-1", "victims.csv", "europol-ec3", Tlp.AmberStrict);
        var json = JsonDocument.Parse(manifest.ToJsonBytes()).RootElement;

        Assert.Equal("outbound-raw/CASE-1/victims.csv", json.GetProperty("source").GetString());
        Assert.Equal("europol-ec3", json.GetProperty("targetPartner").GetString());
        Assert.Equal("AMBER+STRICT", json.GetProperty("tlp").GetString());
        Assert.Equal("pseudonym", json.GetProperty("mode").GetString());
        Assert.Equal("k2026-11", json.GetProperty("keyId").GetString());
        Assert.Equal(TextRedactor.Version, json.GetProperty("redactorVersion").GetString());
        Assert.Equal("csv", json.GetProperty("format").GetString());
        Assert.Equal(3, json.GetProperty("counts").GetProperty("email").GetInt32());
        Assert.Equal(document.Counts.Total, json.GetProperty("total").GetInt32());
        Assert.Equal(document.Sha256, json.GetProperty("sha256").GetString());
        Assert.DoesNotContain(SampleDocuments.VictimEmail, Encoding.UTF8.GetString(manifest.ToJsonBytes()), StringComparison.Ordinal);
    }

    [Fact]
    public void Type_label_manifest_has_no_key_id()
    {
        var redactor = new TextRedactor();
        var document = new DocumentRedactor().Redact("a.txt", "x@example.org"u8, redactor);

        var json = JsonDocument.Parse(document.ManifestFor(redactor, "s", null, null, null, null).ToJsonBytes()).RootElement;

        Assert.Equal("type-label", json.GetProperty("mode").GetString());
        Assert.False(json.TryGetProperty("keyId", out _));
    }

    [Theory]
    [InlineData("Date of Birth", FieldHint.DateOfBirth)]
    [InlineData("e-mail", FieldHint.Email)]
    [InlineData("correo_electronico", FieldHint.Email)]
    [InlineData("Telefone", FieldHint.Phone)]
    [InlineData("Achternaam", FieldHint.PersonName)]
    [InlineData("victim_ip", FieldHint.VictimIp)]
    [InlineData("c2_ip", FieldHint.Indicator)]
    [InlineData("SHA256", FieldHint.Indicator)]
    [InlineData("Geburtsdatum", FieldHint.DateOfBirth)]
    [InlineData("whatever", FieldHint.FreeText)]
    public void Field_names_give_hints_in_the_partnership_languages(string name, FieldHint expected)
    {
        Assert.Equal(expected, FieldHints.ForName(name));
    }
}
