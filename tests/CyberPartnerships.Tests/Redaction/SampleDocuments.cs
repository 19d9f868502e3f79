using System.Text;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Documents as partners share them: a STIX 2.1 bundle, a native case referral, a CSV victim list.</summary>
public static class SampleDocuments
{
    public const string C2Ip = "203.0.113.66";
    public const string VictimIp = "198.51.100.23";
    public const string VictimEmail = "ana.souza@example.com.br";
    public const string OtherEmail = "jan.devries@example.nl";
    public const string Sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    public const string Pattern = "[ipv4-addr:value = '203.0.113.66'] OR [domain-name:value = 'c2.badnet.example']";

    public static string StixBundle => $$"""
    {
      "type": "bundle",
      "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
      "objects": [
        { "type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
          "created": "2022-10-01T00:00:00.000Z", "name": "TLP:AMBER", "extensions": { "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d": { "extension_type": "property-extension", "tlp_2_0": "amber" } } },
        { "type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
          "created": "2026-11-20T10:00:00.000Z", "modified": "2026-11-20T10:00:00.000Z", "name": "Emotet C2",
          "description": "C2 seen in the mailbox of {{VictimEmail}} after the phishing wave.",
          "indicator_types": ["malicious-activity"], "pattern": "{{Pattern}}", "pattern_type": "stix",
          "valid_from": "2026-11-20T10:00:00Z", "object_marking_refs": ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"] },
        { "type": "malware", "spec_version": "2.1", "id": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
          "created": "2026-11-20T10:00:00.000Z", "modified": "2026-11-20T10:00:00.000Z", "name": "Emotet", "is_family": true,
          "malware_types": ["trojan"], "description": "Loader; operators contacted {{OtherEmail}}." },
        { "type": "identity", "spec_version": "2.1", "id": "identity--e5f1b90a-d9b6-40ab-81a9-8a29df4b6b65",
          "created": "2026-11-20T10:00:00.000Z", "modified": "2026-11-20T10:00:00.000Z", "name": "Ana Souza",
          "identity_class": "individual", "contact_information": "{{VictimEmail}}, +55 11 98765-4321" },
        { "type": "identity", "spec_version": "2.1", "id": "identity--0f0c7e2a-22b5-4a4b-9d0e-5b8a0c6f3b11",
          "created": "2026-11-20T10:00:00.000Z", "modified": "2026-11-20T10:00:00.000Z", "name": "Banco Exemplo S.A.",
          "identity_class": "organization", "sectors": ["financial-services"] },
        { "type": "email-addr", "spec_version": "2.1", "id": "email-addr--2d77a846-6264-5d51-b586-e43822ea1ea3",
          "value": "{{VictimEmail}}", "display_name": "Ana Souza" },
        { "type": "user-account", "spec_version": "2.1", "id": "user-account--0d5b424b-93b8-5cd8-ac36-306e1789d63c",
          "user_id": "asouza", "account_login": "asouza", "credential": "Hunter2!", "display_name": "Ana Souza", "account_type": "unix" },
        { "type": "ipv4-addr", "spec_version": "2.1", "id": "ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd", "value": "{{C2Ip}}" },
        { "type": "ipv4-addr", "spec_version": "2.1", "id": "ipv4-addr--5853f6a4-638f-5b4e-9b0f-ded361ae3812", "value": "{{VictimIp}}" },
        { "type": "domain-name", "spec_version": "2.1", "id": "domain-name--3c10e93f-798e-5a26-a0c1-08156efab7f5", "value": "c2.badnet.example" },
        { "type": "file", "spec_version": "2.1", "id": "file--364fe3e5-b1f4-5ba3-b951-ee5983b3538d", "hashes": { "SHA-256": "{{Sha256}}" }, "name": "invoice.xlsm" },
        { "type": "relationship", "spec_version": "2.1", "id": "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad",
          "created": "2026-11-20T10:00:00.000Z", "modified": "2026-11-20T10:00:00.000Z", "relationship_type": "targets",
          "source_ref": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b", "target_ref": "ipv4-addr--5853f6a4-638f-5b4e-9b0f-ded361ae3812" },
        { "type": "note", "spec_version": "2.1", "id": "note--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061",
          "created": "2026-11-20T10:00:00.000Z", "modified": "2026-11-20T10:00:00.000Z", "abstract": "Victim contact",
          "content": "Reach the victim at {{VictimEmail}}.", "authors": ["Jan de Vries"], "object_refs": ["identity--e5f1b90a-d9b6-40ab-81a9-8a29df4b6b65"],
          "x_analyst_comment": "cc {{OtherEmail}}", "external_references": [{ "source_name": "case", "external_id": "CASE-2026-0042", "description": "mail {{OtherEmail}}" }] }
      ]
    }
    """;

    public static string Referral => $$"""
    {
      "title": "Phishing wave against {{VictimEmail}}",
      "summary": "The victim {{VictimEmail}} received an Emotet loader from c2.badnet.example.",
      "category": "botnet",
      "tlp": "AMBER",
      "indicators": [
        { "type": "ipv4", "value": "{{C2Ip}}" },
        { "type": "email", "value": "sender@badnet.example" },
        { "type": "sha256", "value": "{{Sha256}}" }
      ],
      "estimatedVictims": 1200,
      "jurisdictions": ["BR", "NL"],
      "requestedAction": "analysis",
      "victims": [
        { "name": "Ana Souza", "email": "{{VictimEmail}}", "ip": "{{VictimIp}}", "phone": "+55 11 98765-4321", "notes": "also {{OtherEmail}}" }
      ]
    }
    """;

    public static string Csv =>
        "name,email,\"notes, free\",sha256,c2_ip\r\n" +
        $"Ana Souza,{VictimEmail},\"wrote from {OtherEmail}, twice\",{Sha256},{C2Ip}\r\n" +
        $"\"Jan de Vries\",\"{OtherEmail}\",plain,{Sha256},{C2Ip}\r\n";

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

