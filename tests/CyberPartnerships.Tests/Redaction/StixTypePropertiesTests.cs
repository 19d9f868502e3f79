using System.Text.Json;
using CyberPartnerships.Redaction;
using static CyberPartnerships.Tests.Redaction.SampleDocuments;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>STIX bundles: a top-level property is structural only if STIX 2.1 defines it for that object's type (or
/// for every object); anything an extension adds is read like a custom property.</summary>
public sealed class StixTypePropertiesTests
{
    private const string Cpf = "123.456.789-09";

    private static (JsonElement Bundle, string Text) RedactBundle(string bundle, TextRedactor? redactor = null)
    {
        var document = new DocumentRedactor().Redact("case.json", Utf8(bundle), redactor ?? new TextRedactor());
        var text = System.Text.Encoding.UTF8.GetString(document.Content);
        return (JsonDocument.Parse(text).RootElement, text);
    }

    private static JsonElement Object(JsonElement bundle, string id) =>
        bundle.GetProperty("objects").EnumerateArray().Single(o => o.GetProperty("id").GetString() == id);

    [Fact]
    public void A_property_another_type_defines_is_not_structural_on_this_one()
    {
        var bundle = $$"""
        { "type": "bundle", "id": "bundle--1", "objects": [
          { "type": "identity", "spec_version": "2.1", "id": "identity--1", "name": "Ana Souza", "identity_class": "individual",
            "number": "{{Cpf}}", "summary": "mail {{VictimEmail}}", "hashes": { "cpf": "{{Cpf}}" }, "contact_ref": "{{VictimEmail}}" },
          { "type": "identity", "spec_version": "2.1", "id": "identity--2", "name": "Banco Exemplo S.A.", "identity_class": "organization",
            "sectors": ["financial-services"], "result": "{{VictimEmail}}", "count": "{{Cpf}}" },
          { "type": "indicator", "spec_version": "2.1", "id": "indicator--1", "pattern": "{{Pattern}}", "pattern_type": "stix",
            "valid_from": "2026-11-20T10:00:00Z", "result": "reported by {{VictimEmail}}", "published": "{{Cpf}}" },
          { "type": "campaign", "spec_version": "2.1", "id": "campaign--1", "name": "Wave 7", "summary": "{{VictimEmail}}",
            "relationship_type": "{{Cpf}}", "created_by_ref": "identity--2", "labels": ["phishing"] } ] }
        """;

        var (result, text) = RedactBundle(bundle);

        Assert.DoesNotContain(Cpf, text, StringComparison.Ordinal);
        Assert.DoesNotContain(VictimEmail, text, StringComparison.Ordinal);
        var person = Object(result, "identity--1");
        Assert.Equal("[NATIONAL_ID]", person.GetProperty("number").GetString());
        Assert.Equal("mail [EMAIL]", person.GetProperty("summary").GetString());
        Assert.Equal("[EMAIL]", person.GetProperty("contact_ref").GetString());
        Assert.Equal("individual", person.GetProperty("identity_class").GetString());
        var bank = Object(result, "identity--2");
        Assert.Equal("[EMAIL]", bank.GetProperty("result").GetString());
        Assert.Equal(["financial-services"], bank.GetProperty("sectors").EnumerateArray().Select(s => s.GetString()));
        var indicator = Object(result, "indicator--1");
        Assert.Equal("reported by [EMAIL]", indicator.GetProperty("result").GetString());
        Assert.Equal(Pattern, indicator.GetProperty("pattern").GetString());
        Assert.Equal("2026-11-20T10:00:00Z", indicator.GetProperty("valid_from").GetString());
        // An opaque type keeps only the properties every STIX object has.
        var campaign = Object(result, "campaign--1");
        Assert.Equal("[EMAIL]", campaign.GetProperty("summary").GetString());
        Assert.Equal("identity--2", campaign.GetProperty("created_by_ref").GetString());
        Assert.Equal("Wave 7", campaign.GetProperty("name").GetString());
    }

    [Fact]
    public void Properties_stix_defines_for_each_known_type_are_kept()
    {
        const string Serial = "36:f7:d4:32:f4:ab:70:ea:d3:ce:98:6e:ea:99:93:49:32:0a:b7:06";
        var bundle = $$"""
        { "type": "bundle", "id": "bundle--1", "objects": [
          { "type": "malware-analysis", "spec_version": "2.1", "id": "malware-analysis--1", "product": "cuckoo", "result": "malicious",
            "analysis_started": "2026-11-20T10:00:00Z", "sample_ref": "file--1", "analysis_sco_refs": ["domain-name--1"] },
          { "type": "sighting", "spec_version": "2.1", "id": "sighting--1", "sighting_of_ref": "indicator--1", "count": 3, "summary": true,
            "first_seen": "2026-11-20T10:00:00Z", "where_sighted_refs": ["identity--2"] },
          { "type": "network-traffic", "spec_version": "2.1", "id": "network-traffic--1", "src_ref": "ipv4-addr--1", "dst_port": 443,
            "protocols": ["ipv4", "tcp"], "start": "2026-11-20T10:00:00Z", "is_active": false },
          { "type": "x509-certificate", "spec_version": "2.1", "id": "x509-certificate--1", "serial_number": "{{Serial}}",
            "hashes": { "SHA-256": "{{Sha256}}" }, "validity_not_before": "2026-01-01T00:00:00Z", "subject": "CN=c2.badnet.example" },
          { "type": "file", "spec_version": "2.1", "id": "file--1", "name": "drop.exe", "size": 4096, "hashes": { "SHA-256": "{{Sha256}}" },
            "mtime": "2026-11-19T08:00:00Z", "parent_directory_ref": "directory--1" },
          { "type": "report", "spec_version": "2.1", "id": "report--1", "name": "Case", "published": "2026-11-20T10:00:00Z",
            "report_types": ["campaign"], "object_refs": ["file--1"] } ] }
        """;

        var (result, _) = RedactBundle(bundle);

        var analysis = Object(result, "malware-analysis--1");
        Assert.Equal("malicious", analysis.GetProperty("result").GetString());
        Assert.Equal("cuckoo", analysis.GetProperty("product").GetString());
        Assert.Equal("file--1", analysis.GetProperty("sample_ref").GetString());
        var sighting = Object(result, "sighting--1");
        Assert.Equal(3, sighting.GetProperty("count").GetInt32());
        Assert.True(sighting.GetProperty("summary").GetBoolean());
        Assert.Equal("indicator--1", sighting.GetProperty("sighting_of_ref").GetString());
        var traffic = Object(result, "network-traffic--1");
        Assert.Equal("ipv4-addr--1", traffic.GetProperty("src_ref").GetString());
        Assert.Equal(["ipv4", "tcp"], traffic.GetProperty("protocols").EnumerateArray().Select(s => s.GetString()));
        var certificate = Object(result, "x509-certificate--1");
        Assert.Equal(Serial, certificate.GetProperty("serial_number").GetString());
        Assert.Equal(Sha256, certificate.GetProperty("hashes").GetProperty("SHA-256").GetString());
        var file = Object(result, "file--1");
        Assert.Equal(Sha256, file.GetProperty("hashes").GetProperty("SHA-256").GetString());
        Assert.Equal("2026-11-19T08:00:00Z", file.GetProperty("mtime").GetString());
        Assert.Equal("directory--1", file.GetProperty("parent_directory_ref").GetString());
        Assert.Equal("2026-11-20T10:00:00Z", Object(result, "report--1").GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("individual")]
    [InlineData(null)]
    public void An_identity_that_may_be_a_person_has_its_name_replaced_whole(string? identityClass)
    {
        var classProperty = identityClass is null ? "" : $", \"identity_class\": \"{identityClass}\"";
        var bundle = $$"""
        { "type": "bundle", "id": "bundle--1", "objects": [
          { "type": "identity", "spec_version": "2.1", "id": "identity--1", "name": "Zorblat Quixmoor"{{classProperty}} } ] }
        """;

        var (result, _) = RedactBundle(bundle);

        Assert.Equal("[PERSON]", Object(result, "identity--1").GetProperty("name").GetString());
    }
}
