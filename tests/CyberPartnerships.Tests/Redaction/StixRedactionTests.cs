using System.Text.Json;
using CyberPartnerships.Redaction;
using static CyberPartnerships.Tests.Redaction.SampleDocuments;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>STIX 2.1 bundles: personal data out, indicators and the bundle's structure kept.</summary>
public sealed class StixRedactionTests
{
    private const string Cpf = "123.456.789-09";
    private const string Phone = "+55 11 98765-4321";

    private static (JsonElement Bundle, string Text, RedactedDocument Document) RedactBundle(string? bundle = null)
    {
        var document = new DocumentRedactor().Redact("case.json", Utf8(bundle ?? StixBundle), new TextRedactor());
        var text = System.Text.Encoding.UTF8.GetString(document.Content);
        return (JsonDocument.Parse(text).RootElement, text, document);
    }

    private static JsonElement Object(JsonElement bundle, string id) =>
        bundle.GetProperty("objects").EnumerateArray().Single(o => o.GetProperty("id").GetString() == id);

    [Fact]
    public void Bundle_stays_valid_with_the_same_ids_types_and_required_properties()
    {
        var before = JsonDocument.Parse(StixBundle).RootElement;
        var (after, _, document) = RedactBundle();

        Assert.Equal(DocumentRedactor.StixFormat, document.Format);
        Assert.Equal("bundle", after.GetProperty("type").GetString());
        Assert.Equal(before.GetProperty("id").GetString(), after.GetProperty("id").GetString());
        var ids = (JsonElement b) => b.GetProperty("objects").EnumerateArray().Select(o => (o.GetProperty("type").GetString(), o.GetProperty("id").GetString())).ToList();
        Assert.Equal(ids(before), ids(after));
        foreach (var (o, b) in after.GetProperty("objects").EnumerateArray().Zip(before.GetProperty("objects").EnumerateArray()))
        {
            // Every property survives (redaction replaces values, never removes them), with the same JSON kind.
            Assert.Equal(b.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind)), o.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind)));
            Assert.Equal(b.GetProperty("spec_version").GetString(), o.GetProperty("spec_version").GetString());
            foreach (var timestamp in new[] { "created", "modified", "valid_from" })
            {
                if (b.TryGetProperty(timestamp, out var t))
                {
                    Assert.Equal(t.GetString(), o.GetProperty(timestamp).GetString());
                }
            }
        }
    }

    [Fact]
    public void Indicator_patterns_hashes_infrastructure_and_malware_names_are_kept()
    {
        var (bundle, _, _) = RedactBundle();

        var indicator = Object(bundle, "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f");
        Assert.Equal(Pattern, indicator.GetProperty("pattern").GetString());
        Assert.Equal("stix", indicator.GetProperty("pattern_type").GetString());
        Assert.Equal("Emotet", Object(bundle, "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b").GetProperty("name").GetString());
        Assert.Equal(C2Ip, Object(bundle, "ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd").GetProperty("value").GetString());
        Assert.Equal("c2.badnet.example", Object(bundle, "domain-name--3c10e93f-798e-5a26-a0c1-08156efab7f5").GetProperty("value").GetString());
        Assert.Equal(Sha256, Object(bundle, "file--364fe3e5-b1f4-5ba3-b951-ee5983b3538d").GetProperty("hashes").GetProperty("SHA-256").GetString());
        var marking = Object(bundle, "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82");
        Assert.Equal("TLP:AMBER", marking.GetProperty("name").GetString());
        var note = Object(bundle, "note--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061");
        Assert.Equal("CASE-2026-0042", note.GetProperty("external_references")[0].GetProperty("external_id").GetString());
        Assert.Equal("identity--e5f1b90a-d9b6-40ab-81a9-8a29df4b6b65", note.GetProperty("object_refs")[0].GetString());
    }

    [Fact]
    public void Emails_in_free_text_contact_information_custom_properties_and_email_addr_objects_are_redacted()
    {
        var (bundle, text, document) = RedactBundle();

        Assert.DoesNotContain(VictimEmail, text, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherEmail, text, StringComparison.Ordinal);
        Assert.Equal("C2 seen in the mailbox of [EMAIL] after the phishing wave.", Object(bundle, "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f").GetProperty("description").GetString());
        Assert.StartsWith("[EMAIL]", Object(bundle, "identity--e5f1b90a-d9b6-40ab-81a9-8a29df4b6b65").GetProperty("contact_information").GetString(), StringComparison.Ordinal);
        Assert.Equal("[EMAIL]", Object(bundle, "email-addr--2d77a846-6264-5d51-b586-e43822ea1ea3").GetProperty("value").GetString());
        var note = Object(bundle, "note--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061");
        Assert.Equal("Reach the victim at [EMAIL].", note.GetProperty("content").GetString());
        Assert.Equal("cc [EMAIL]", note.GetProperty("x_analyst_comment").GetString());
        Assert.Equal("mail [EMAIL]", note.GetProperty("external_references")[0].GetProperty("description").GetString());
        // description of indicator and malware, contact_information, email-addr value, note content, x_ comment, external reference.
        Assert.Equal(7, document.Counts[PiiType.Email]);
    }

    /// <summary>Depends on the full text redactor honouring <see cref="FieldHint"/> (names, usernames, passwords, victim IPs).</summary>
    [Fact]
    public void Individual_names_user_accounts_and_victim_ips_are_replaced_whole_by_field_hint()
    {
        var (bundle, _, _) = RedactBundle();

        Assert.Equal("[PERSON]", Object(bundle, "identity--e5f1b90a-d9b6-40ab-81a9-8a29df4b6b65").GetProperty("name").GetString());
        Assert.Equal("[PERSON]", Object(bundle, "email-addr--2d77a846-6264-5d51-b586-e43822ea1ea3").GetProperty("display_name").GetString());
        var account = Object(bundle, "user-account--0d5b424b-93b8-5cd8-ac36-306e1789d63c");
        Assert.Equal("[USERNAME]", account.GetProperty("user_id").GetString());
        Assert.Equal("[PASSWORD]", account.GetProperty("credential").GetString());
        Assert.Equal("unix", account.GetProperty("account_type").GetString());
        Assert.Equal("[IP_ADDRESS]", Object(bundle, "ipv4-addr--5853f6a4-638f-5b4e-9b0f-ded361ae3812").GetProperty("value").GetString());
        Assert.Equal(["[PERSON]"], Object(bundle, "note--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061").GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Organisation_identity_name_is_free_text_not_a_person()
    {
        var (bundle, _, _) = RedactBundle();

        Assert.Equal("Banco Exemplo S.A.", Object(bundle, "identity--0f0c7e2a-22b5-4a4b-9d0e-5b8a0c6f3b11").GetProperty("name").GetString());
    }

    [Fact]
    public void Extension_properties_are_walked_with_their_names_and_structural_keys_kept()
    {
        var bundle = """
        { "type": "bundle", "id": "bundle--1", "objects": [
          { "type": "file", "spec_version": "2.1", "id": "file--1", "name": "drop.exe",
            "extensions": { "windows-pebinary-ext": { "pe_type": "exe", "sections": [ { "name": ".text", "entropy": 7.9 } ] },
                            "x-victim-ext": { "extension_type": "property-extension", "reported_by": "ana@example.org", "contact_email": "ana@example.org" } } } ] }
        """;

        var (result, _, document) = RedactBundle(bundle);

        var extensions = Object(result, "file--1").GetProperty("extensions");
        Assert.Equal(".text", extensions.GetProperty("windows-pebinary-ext").GetProperty("sections")[0].GetProperty("name").GetString());
        Assert.Equal(7.9, extensions.GetProperty("windows-pebinary-ext").GetProperty("sections")[0].GetProperty("entropy").GetDouble());
        Assert.Equal("property-extension", extensions.GetProperty("x-victim-ext").GetProperty("extension_type").GetString());
        Assert.Equal("[EMAIL]", extensions.GetProperty("x-victim-ext").GetProperty("reported_by").GetString());
        Assert.Equal("[EMAIL]", extensions.GetProperty("x-victim-ext").GetProperty("contact_email").GetString());
        Assert.Equal(2, document.Counts[PiiType.Email]);
    }

    [Fact]
    public void Custom_properties_trust_no_key_inside_them_and_redact_ids_and_numbers_by_content()
    {
        var bundle = $$"""
        { "type": "bundle", "id": "bundle--1", "objects": [
          { "type": "note", "spec_version": "2.1", "id": "note--1", "content": "see victims", "object_refs": ["identity--1"],
            "x_victims": [ { "name": "Ana Souza", "id": "{{Cpf}}", "phone": { "number": "{{Phone}}" },
                             "labels": ["{{VictimEmail}}"], "summary": "reach her at {{Phone}}", "count": 2 } ],
            "x_phone": { "number": "{{Phone}}", "result": "mobile" }, "x_contact_ref": "Ana Souza, {{Phone}}",
            "x_analyst_ref": "identity--e5f1b90a-d9b6-40ab-81a9-8a29df4b6b65" } ] }
        """;

        var (result, text, _) = RedactBundle(bundle);

        var note = Object(result, "note--1");
        var victim = note.GetProperty("x_victims")[0];
        Assert.Equal("[NATIONAL_ID]", victim.GetProperty("id").GetString());
        Assert.Equal("[PHONE]", victim.GetProperty("phone").GetProperty("number").GetString());
        Assert.Equal("[EMAIL]", victim.GetProperty("labels")[0].GetString());
        Assert.Equal("reach her at [PHONE]", victim.GetProperty("summary").GetString());
        Assert.Equal(2, victim.GetProperty("count").GetInt32());
        // A custom property named as personal is replaced whole, whatever its keys.
        Assert.Equal("[PHONE]", note.GetProperty("x_phone").GetProperty("number").GetString());
        Assert.Equal("[PHONE]", note.GetProperty("x_phone").GetProperty("result").GetString());
        Assert.Equal("identity--1", note.GetProperty("object_refs")[0].GetString());
        // A custom property is never structural, whatever its suffix; an id in it is read as text and kept.
        Assert.Equal("[PERSON], [PHONE]", note.GetProperty("x_contact_ref").GetString());
        Assert.Equal("identity--e5f1b90a-d9b6-40ab-81a9-8a29df4b6b65", note.GetProperty("x_analyst_ref").GetString());
        Assert.DoesNotContain(Cpf, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
        Assert.DoesNotContain(VictimEmail, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_extension_keeps_only_its_extension_type_and_predefined_extensions_only_their_own_shape()
    {
        var bundle = $$"""
        { "type": "bundle", "id": "bundle--1", "objects": [
          { "type": "file", "spec_version": "2.1", "id": "file--1", "name": "drop.pdf",
            "extensions": {
              "extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e": { "extension_type": "property-extension",
                "details": { "id": "{{Cpf}}", "number": "{{Phone}}", "result": "{{VictimEmail}}", "hashes": { "SHA-256": "{{VictimEmail}}" } } },
              "windows-pebinary-ext": { "pe_type": "exe", "sections": [ { "name": ".text", "size": 4096, "hashes": { "SHA-256": "{{Sha256}}" } } ] },
              "pdf-ext": { "version": "1.7", "document_info_dict": { "Author": "Ana Souza", "number": "{{Phone}}", "id": "{{Cpf}}" } } } } ] }
        """;

        var (result, text, _) = RedactBundle(bundle);

        var extensions = Object(result, "file--1").GetProperty("extensions");
        var custom = extensions.GetProperty("extension-definition--d83fce45-ef58-4c6c-a3f4-1fbc32e98c6e");
        Assert.Equal("property-extension", custom.GetProperty("extension_type").GetString());
        Assert.Equal("[NATIONAL_ID]", custom.GetProperty("details").GetProperty("id").GetString());
        Assert.Equal("[PHONE]", custom.GetProperty("details").GetProperty("number").GetString());
        Assert.Equal("[EMAIL]", custom.GetProperty("details").GetProperty("result").GetString());
        Assert.Equal("[EMAIL]", custom.GetProperty("details").GetProperty("hashes").GetProperty("SHA-256").GetString());
        var section = extensions.GetProperty("windows-pebinary-ext").GetProperty("sections")[0];
        Assert.Equal(Sha256, section.GetProperty("hashes").GetProperty("SHA-256").GetString());
        Assert.Equal(".text", section.GetProperty("name").GetString());
        var info = extensions.GetProperty("pdf-ext").GetProperty("document_info_dict");
        Assert.Equal("[PERSON]", info.GetProperty("Author").GetString());
        Assert.Equal("[PHONE]", info.GetProperty("number").GetString());
        Assert.Equal("[NATIONAL_ID]", info.GetProperty("id").GetString());
        Assert.Equal("1.7", extensions.GetProperty("pdf-ext").GetProperty("version").GetString());
        Assert.DoesNotContain(Cpf, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
        Assert.DoesNotContain(VictimEmail, text, StringComparison.Ordinal);
    }

    [Fact]
    public void External_references_keep_their_ids_and_urls_and_redact_anything_else()
    {
        var bundle = $$"""
        { "type": "bundle", "id": "bundle--1", "objects": [
          { "type": "report", "spec_version": "2.1", "id": "report--1", "name": "Case", "published": "2026-11-20T10:00:00Z", "object_refs": ["note--1"],
            "external_references": [ { "source_name": "case", "external_id": "CASE-2026-0042", "url": "https://c2.badnet.example/x",
                                       "x_contact": { "id": "{{Cpf}}" } }, "Ana Souza, {{Phone}}" ] } ] }
        """;

        var (result, text, _) = RedactBundle(bundle);

        var references = Object(result, "report--1").GetProperty("external_references");
        Assert.Equal("CASE-2026-0042", references[0].GetProperty("external_id").GetString());
        Assert.Equal("https://c2.badnet.example/x", references[0].GetProperty("url").GetString());
        Assert.Equal("[NATIONAL_ID]", references[0].GetProperty("x_contact").GetProperty("id").GetString());
        Assert.DoesNotContain(Cpf, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "bundle", "id": "bundle--1", "objects": { } }""")]
    [InlineData("""{ "type": "bundle", "id": "bundle--1", "objects": [ { "id": "indicator--1" } ] }""")]
    [InlineData("""{ "type": "bundle", "id": "bundle--1", "objects": [ { "type": "indicator", "id": "malware--1" } ] }""")]
    [InlineData("""{ "type": "bundle", "objects": [] }""")]
    [InlineData("""{ "type": "bundle", "id": "bundle--1", "objects": [ """)]
    public void Invalid_bundle_is_a_parse_error(string bundle)
    {
        var ex = Assert.Throws<DocumentRedactionException>(() => new DocumentRedactor().Redact("x.json", Utf8(bundle), new TextRedactor()));
        Assert.Equal(DocumentRedactionException.ParseError, ex.Reason);
    }
}
