using System.Text.Json.Nodes;
using CyberPartnerships.Ingestion;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>STIX 2.1 objects and bundles with fresh ids, so tests sharing one Azurite never collide.</summary>
public static class StixTestData
{
    public const string Created = "2026-11-20T08:30:00.123456789Z";

    public static string NewId(string type) => $"{type}--{Guid.NewGuid()}";

    public static JsonObject Indicator(string pattern, string? id = null, string? marking = StixMarkings.Amber, string modified = Created) => Sdo("indicator", id, marking, modified,
        new JsonObject
        {
            ["pattern"] = pattern,
            ["pattern_type"] = "stix",
            ["valid_from"] = Created,
            ["name"] = "C2 server",
        });

    public static JsonObject Malware(string name, string? id = null, string? marking = StixMarkings.Amber) =>
        Sdo("malware", id, marking, Created, new JsonObject { ["name"] = name, ["is_family"] = true });

    public static JsonObject Observable(string type, string value) => new()
    {
        ["type"] = type,
        ["spec_version"] = "2.1",
        ["id"] = NewId(type),
        ["value"] = value,
    };

    public static JsonObject Sdo(string type, string? id, string? marking, string modified, JsonObject properties)
    {
        var obj = new JsonObject
        {
            ["type"] = type,
            ["spec_version"] = "2.1",
            ["id"] = id ?? NewId(type),
            ["created"] = Created,
            ["modified"] = modified,
        };
        if (marking is not null)
        {
            obj["object_marking_refs"] = new JsonArray(marking);
        }

        foreach (var (name, value) in properties.ToList())
        {
            properties.Remove(name);
            obj[name] = value;
        }

        return obj;
    }

    public static JsonObject Bundle(params JsonNode[] objects) => new()
    {
        ["type"] = "bundle",
        ["id"] = NewId("bundle"),
        ["objects"] = new JsonArray(objects),
    };

    /// <summary>A unique IPv4 address in the documentation range 198.18.0.0/15 (benchmarking), random enough per test.</summary>
    public static string NewIp() => $"198.{18 + Random.Shared.Next(2)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

    public static string NewDomain() => $"c2-{Guid.NewGuid():N}.example";
}
