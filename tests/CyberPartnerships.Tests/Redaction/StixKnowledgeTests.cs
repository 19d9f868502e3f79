using System.Text.Json.Nodes;
using CyberPartnerships.Redaction;
using static CyberPartnerships.Tests.Redaction.SampleDocuments;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>
/// Public knowledge about threats (ATT&amp;CK-shaped attack patterns, mitigations, software, groups, data components and
/// the relationships between them) carries no victims and passes through the sharing redactor unchanged; a case's own
/// objects are read in full, and values personal by their form are replaced everywhere.
/// </summary>
public sealed class StixKnowledgeTests
{
    /// <summary>Written for this test in the shape ATT&amp;CK publishes (STIX 2.1 objects, x-mitre-* types and properties,
    /// citations naming report authors): the prose has what rewrote public text before ("login times", "end user
    /// systems.", "Microsoft Exchange", authors' names, "WinEventLog:Security", hex bytes "00 00 00", a tool's name in
    /// capitals after "document").</summary>
    private const string KnowledgeBundle = """
        {"type": "bundle", "id": "bundle--5d0e6a6c-2f0b-4b55-8a43-0a3b2c1d4e5f", "objects": [
          {"type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168",
           "created": "2017-06-01T00:00:00.000Z", "definition_type": "statement",
           "definition": {"statement": "Copyright 2015-2026, The Example Corporation."}},
          {"type": "identity", "spec_version": "2.1", "id": "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5",
           "created": "2017-06-01T00:00:00.000Z", "modified": "2017-06-01T00:00:00.000Z",
           "name": "The Example Corporation", "identity_class": "organization"},
          {"type": "attack-pattern", "spec_version": "2.1", "id": "attack-pattern--0a3ead4e-6d47-4ccb-854c-a6a4f9d96b22",
           "created": "2020-05-21T17:43:26.506Z", "modified": "2025-04-16T20:37:00.000Z",
           "created_by_ref": "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5",
           "object_marking_refs": ["marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168"],
           "name": "Valid Accounts",
           "description": "Adversaries may use valid accounts to log in to engineering workstations. Monitor login times, logon sessions outside business hours and user interaction on end user systems. Compromised credentials may be used to reach Microsoft Exchange and Outlook Web Access. (Citation: Nicolas Falcon, Liam O Brady, Eric Chase February 2011)",
           "kill_chain_phases": [{"kill_chain_name": "mitre-ics-attack", "phase_name": "initial-access-ics"}],
           "external_references": [
             {"source_name": "mitre-ics-attack", "external_id": "T0859", "url": "https://attack.example.org/techniques/T0859"},
             {"source_name": "Nicolas Falcon, Liam O Brady, Eric Chase February 2011",
              "description": "Nicolas Falcon, Liam O Brady, Eric Chase. (2011, February). W32.Example Dossier (Version 1.4). Retrieved March 13, 2018.",
              "url": "https://reports.example.org/w32-example-dossier.pdf"}],
           "x_mitre_contributors": ["Joe Slowick - Dragos", "Marina Krotofil"],
           "x_mitre_platforms": ["None"], "x_mitre_version": "1.3", "x_mitre_domains": ["ics-attack"],
           "x_mitre_data_sources": ["Logon Session: Logon Session Creation", "User Account: User Account Authentication"]},
          {"type": "course-of-action", "spec_version": "2.1", "id": "course-of-action--8bc4a54e-810c-4600-8b6c-08fa8413a401",
           "created": "2019-06-11T16:33:55.337Z", "modified": "2023-10-13T17:56:58.000Z", "name": "Safety Instrumented System",
           "description": "Use of safety systems that can shut down a process when unsafe conditions arise; make and store data backups from end user systems and critical servers. (Citation: A G Ford, W G Gull, C R Howard, T Kell, W H Smith 2004)",
           "external_references": [{"source_name": "A G Ford, W G Gull, C R Howard, T Kell, W H Smith 2004",
             "description": "A G Ford, W G Gull, C R Howard, T Kell, W H Smith 2004 Applying the latest standard for functional safety Retrieved 2020-05-21"}]},
          {"type": "malware", "spec_version": "2.1", "id": "malware--088f1d6e-0783-47c6-9923-9c79b2af43d4",
           "created": "2020-05-21T17:43:26.506Z", "modified": "2025-04-16T20:37:00.000Z", "name": "TYPEFRAME", "is_family": true,
           "description": "A Word document delivering TYPEFRAME prompts the user to enable macros. It writes the following 18 byte payload: 0x11 49 00 00 00 00 00 00 00 00 00 00 00 00 00 00 28 9E. (Citation: Ralph Lang 2013)",
           "x_mitre_aliases": ["TYPEFRAME"], "x_mitre_platforms": ["Windows"]},
          {"type": "intrusion-set", "spec_version": "2.1", "id": "intrusion-set--44102191-3a31-45f8-acbe-34bdb441d5ad",
           "created": "2020-05-21T17:43:26.506Z", "modified": "2025-04-16T20:37:00.000Z", "name": "Example Kitten",
           "description": "The group built a fake persona or identity.(Citation: NEWSCASTER2014) Its operators used Secureworks GOLD KINGSWOOD tooling and the Google TAG COLDRIVER decoys.",
           "aliases": ["Example Kitten"]},
          {"type": "relationship", "spec_version": "2.1", "id": "relationship--50c20664-75dc-451e-b026-67b1d309e4b5",
           "created": "2020-05-21T17:43:26.506Z", "modified": "2025-04-16T20:37:00.000Z", "relationship_type": "uses",
           "source_ref": "intrusion-set--44102191-3a31-45f8-acbe-34bdb441d5ad", "target_ref": "malware--088f1d6e-0783-47c6-9923-9c79b2af43d4",
           "description": "[Example Kitten](https://attack.example.org/groups/G9999) has used [TYPEFRAME](https://attack.example.org/software/S0263) to record login times of operators. (Citation: Joe Slowick April 2019)",
           "external_references": [{"source_name": "Joe Slowick April 2019",
             "description": "Joe Slowick. (2019, April 10). Implications of IT Ransomware for ICS Environments. Retrieved October 27, 2019."}]},
          {"type": "x-mitre-data-component", "spec_version": "2.1", "id": "x-mitre-data-component--1c1ee1a9-0b0b-4c4b-8ec9-3a0c2c8d4b1a",
           "created": "2021-10-20T15:05:19.272Z", "modified": "2025-04-16T20:37:00.000Z", "name": "Logon Session Creation",
           "description": "Initial construction of a new user logon session (ex: Windows EID 4624, /var/log/utmp, or /var/log/wmtp).",
           "x_mitre_log_sources": [{"name": "WinEventLog:Security", "channel": "EventCode=4624"}, {"name": "auditd:SYSCALL", "channel": "execve"}]},
          {"type": "x-mitre-tactic", "spec_version": "2.1", "id": "x-mitre-tactic--69da72d2-f550-41c5-ab9e-e8255707f28a",
           "created": "2020-05-21T17:43:26.506Z", "modified": "2022-05-06T20:35:00.000Z", "name": "Initial Access",
           "description": "The adversary is trying to get into your ICS environment.", "x_mitre_shortname": "initial-access-ics"}
        ]}
        """;

    private static JsonObject Redact(string bundle)
    {
        var document = new DocumentRedactor().Redact("attack.json", Utf8(bundle), new TextRedactor());
        return JsonNode.Parse(document.Content)!.AsObject();
    }

    private static JsonObject Object(JsonObject bundle, string id) =>
        bundle["objects"]!.AsArray().Single(o => (string?)o!["id"] == id)!.AsObject();

    [Fact]
    public void Public_knowledge_bundle_passes_through_unchanged()
    {
        var after = Redact(KnowledgeBundle);

        var before = JsonNode.Parse(KnowledgeBundle)!["objects"]!.AsArray();
        foreach (var (was, now) in before.Zip(after["objects"]!.AsArray()))
        {
            Assert.True(JsonNode.DeepEquals(was, now), $"changed: {now!.ToJsonString()}");
        }
    }

    [Fact]
    public void Values_personal_by_their_form_are_replaced_in_public_knowledge_too()
    {
        var bundle = JsonNode.Parse(KnowledgeBundle)!.AsObject();
        var pattern = Object(bundle, "attack-pattern--0a3ead4e-6d47-4ccb-854c-a6a4f9d96b22");
        pattern["description"] = "Phishing sent to jane.doe@victim.example used the card 4111 1111 1111 1111 and the IBAN DE89 3704 0044 0532 0130 00.";

        var description = (string)Object(Redact(bundle.ToJsonString()), "attack-pattern--0a3ead4e-6d47-4ccb-854c-a6a4f9d96b22")["description"]!;

        Assert.Equal("Phishing sent to [EMAIL] used the card [CREDIT_CARD] and the IBAN [IBAN].", description);
    }

    [Fact]
    public void A_victim_the_bundle_names_is_replaced_in_public_knowledge()
    {
        var bundle = JsonNode.Parse(KnowledgeBundle)!.AsObject();
        bundle["objects"]!.AsArray().Add(JsonNode.Parse("""
            {"type": "user-account", "spec_version": "2.1", "id": "user-account--0d5b424b-93b8-5cd8-ac36-306e1789d63c",
             "account_login": "mkowalczyk", "display_name": "Marta Kowalczyk"}
            """));
        var pattern = Object(bundle, "attack-pattern--0a3ead4e-6d47-4ccb-854c-a6a4f9d96b22");
        pattern["description"] = "Seen on the workstation of mkowalczyk (Marta Kowalczyk) after login times changed.";

        var description = (string)Object(Redact(bundle.ToJsonString()), "attack-pattern--0a3ead4e-6d47-4ccb-854c-a6a4f9d96b22")["description"]!;

        Assert.DoesNotContain("mkowalczyk", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Kowalczyk", description, StringComparison.Ordinal);
        Assert.Contains("after login times changed", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_objects_and_a_targets_relationship_are_read_in_full()
    {
        var bundle = JsonNode.Parse(KnowledgeBundle)!.AsObject();
        var objects = bundle["objects"]!.AsArray();
        objects.Add(JsonNode.Parse("""
            {"type": "identity", "spec_version": "2.1", "id": "identity--7a1f1e0c-2a57-4f44-9a36-0a5d2f0e8e11",
             "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "name": "Acme Water Utility", "identity_class": "organization"}
            """));
        objects.Add(JsonNode.Parse("""
            {"type": "relationship", "spec_version": "2.1", "id": "relationship--9b1b6c5e-7a0b-4f0a-8c1e-3c6e2f1a0b22",
             "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "relationship_type": "targets",
             "source_ref": "intrusion-set--44102191-3a31-45f8-acbe-34bdb441d5ad", "target_ref": "identity--7a1f1e0c-2a57-4f44-9a36-0a5d2f0e8e11",
             "description": "The operators phoned the plant engineer Pieter de Vries and logged in as user pdevries."}
            """));
        objects.Add(JsonNode.Parse("""
            {"type": "note", "spec_version": "2.1", "id": "note--3c2b1a0f-6e5d-4c3b-9a8f-7e6d5c4b3a21",
             "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z",
             "content": "Victim: Pieter de Vries, born 12/03/1979.", "object_refs": ["identity--7a1f1e0c-2a57-4f44-9a36-0a5d2f0e8e11"]}
            """));

        var after = Redact(bundle.ToJsonString());

        var targets = (string)Object(after, "relationship--9b1b6c5e-7a0b-4f0a-8c1e-3c6e2f1a0b22")["description"]!;
        Assert.DoesNotContain("Pieter", targets, StringComparison.Ordinal);
        Assert.DoesNotContain("pdevries", targets, StringComparison.Ordinal);
        var note = (string)Object(after, "note--3c2b1a0f-6e5d-4c3b-9a8f-7e6d5c4b3a21")["content"]!;
        Assert.DoesNotContain("Pieter", note, StringComparison.Ordinal);
        Assert.DoesNotContain("1979", note, StringComparison.Ordinal);
    }
}
