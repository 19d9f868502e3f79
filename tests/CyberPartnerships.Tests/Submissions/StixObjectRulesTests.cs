using System.Text.Json;
using CyberPartnerships.Ingestion;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>What STIX 2.1 requires of each object type, and where the first problem is pointed at.</summary>
public sealed class StixObjectRulesTests
{
    private const string Common = "\"spec_version\": \"2.1\", \"created\": \"2026-11-20T08:30:00Z\", \"modified\": \"2026-11-20T08:30:00Z\"";

    [Theory]
    [InlineData("{\"type\": \"indicator\", \"id\": \"indicator--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", " + Common + ", \"pattern_type\": \"stix\", \"valid_from\": \"2026-11-20T08:30:00Z\"}", "/o/pattern")]
    [InlineData("{\"type\": \"malware\", \"id\": \"malware--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", " + Common + ", \"is_family\": true}", "/o/name")]
    [InlineData("{\"type\": \"malware\", \"id\": \"malware--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", " + Common + ", \"is_family\": \"yes\"}", "/o/is_family")]
    [InlineData("{\"type\": \"malware-analysis\", \"id\": \"malware-analysis--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", " + Common + ", \"product\": \"sandbox\"}", "/o/result")]
    [InlineData("{\"type\": \"observed-data\", \"id\": \"observed-data--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", " + Common + ", \"first_observed\": \"2026-11-20T08:30:00Z\", \"last_observed\": \"2026-11-20T08:30:00Z\", \"number_observed\": 0, \"object_refs\": []}", "/o/number_observed")]
    [InlineData("{\"type\": \"sighting\", \"id\": \"sighting--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", " + Common + ", \"sighting_of_ref\": \"not-an-id\"}", "/o/sighting_of_ref")]
    [InlineData("{\"type\": \"report\", \"id\": \"report--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", " + Common + ", \"name\": \"r\", \"published\": \"2026-11-20T08:30:00Z\", \"object_refs\": [\"x\"]}", "/o/object_refs/0")]
    [InlineData("{\"type\": \"note\", \"id\": \"note--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", " + Common + ", \"object_refs\": []}", "/o/content")]
    [InlineData("{\"type\": \"identity\", \"id\": \"malware--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", " + Common + ", \"name\": \"EC3\"}", "/o/id")]
    [InlineData("{\"type\": \"identity\", \"id\": \"identity--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", \"spec_version\": \"2.0\", \"name\": \"EC3\"}", "/o/spec_version")]
    [InlineData("{\"type\": \"infrastructure\", \"id\": \"infrastructure--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", \"spec_version\": \"2.1\", \"created\": \"2026-11-20T08:30:00Z\", \"modified\": \"2026-11-19T08:30:00Z\", \"name\": \"C2\"}", "/o/modified")]
    [InlineData("{\"type\": \"file\", \"id\": \"file--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", \"size\": 5}", "/o/hashes")]
    [InlineData("{\"type\": \"network-traffic\", \"id\": \"network-traffic--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", \"protocols\": [\"tcp\"]}", "/o/src_ref")]
    [InlineData("{\"type\": \"x509-certificate\", \"id\": \"x509-certificate--6ba7b810-9dad-11d1-80b4-00c04fd430c8\"}", "/o")]
    [InlineData("{\"type\": \"ipv4-addr\", \"id\": \"ipv4-addr--6ba7b810-9dad-11d1-80b4-00c04fd430c8\"}", "/o/value")]
    [InlineData("{\"id\": \"ipv4-addr--6ba7b810-9dad-11d1-80b4-00c04fd430c8\"}", "/o/type")]
    public void First_problem_is_pointed_at(string json, string pointer)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Equal(pointer, StixObjectRules.Check(document.RootElement, "/o")?.Pointer);
    }

    [Theory]
    [InlineData("{\"type\": \"relationship\", \"id\": \"relationship--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", " + Common + ", \"relationship_type\": \"uses\", \"source_ref\": \"malware--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", \"target_ref\": \"infrastructure--6ba7b810-9dad-11d1-80b4-00c04fd430c8\"}")]
    [InlineData("{\"type\": \"email-addr\", \"id\": \"email-addr--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", \"value\": \"mule@example.com\"}")]
    [InlineData("{\"type\": \"x-acme-panel\", \"anything\": {\"goes\": 1}}")]
    public void Valid_objects_pass(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Null(StixObjectRules.Check(document.RootElement, "/o"));
    }

    [Fact]
    public void A_stix_2_0_object_is_refused_with_where_to_find_the_2_1_edition()
    {
        using var document = JsonDocument.Parse("""
            {"type": "malware", "id": "malware--6ba7b810-9dad-11d1-80b4-00c04fd430c8", "created": "2017-05-31T21:32:29.638Z",
             "modified": "2017-05-31T21:32:29.638Z", "name": "Example", "labels": ["malware"]}
            """);

        var problem = StixObjectRules.Check(document.RootElement, "/o");

        Assert.Equal("/o/spec_version", problem?.Pointer);
        Assert.Contains("STIX 2.0", problem!.Detail, StringComparison.Ordinal);
    }
}
