using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberPartnerships.Ingestion;

namespace CyberPartnerships.Graph;

/// <summary>
/// A neighbourhood as a STIX 2.1 bundle: a <c>grouping</c> whose <c>object_refs</c> name every node and edge, the
/// value nodes as observables (ids as STIX derives them, so they match the partners' own), the edges as
/// <c>relationship</c> objects, each at its TLP. STIX objects are named by id (their content is served by TAXII);
/// cases are the grouping's external references. Only what <see cref="GraphView"/> holds, so only what the caller may see.
/// </summary>
public static class GraphStix
{
    private static readonly Guid ObservableNamespace = new("00abedb4-aa42-466c-9c01-fed23315a9b7");
    private static readonly JsonSerializerOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly Guid GraphNamespace = new("6a1f5f2e-3b9c-4d0e-9a57-0c2b1f6d8e41");

    public static JsonObject Bundle(GraphView view, DateTimeOffset now)
    {
        var objects = new JsonArray();
        var refs = new JsonArray();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var cases = new JsonArray();
        var tlps = new List<Tlp>();
        foreach (var node in view.Nodes)
        {
            if (node.Type == GraphNode.CaseType)
            {
                cases.Add(new JsonObject { ["source_name"] = "cyberpartnerships-case", ["external_id"] = node.Value, ["url"] = node.Link });
                continue;
            }

            tlps.Add(node.Tlp);
            if (node.Type == "stix")
            {
                ids[node.Id] = node.Value;
                refs.Add(node.Value);
                continue;
            }

            var sco = Observable(node);
            ids[node.Id] = sco["id"]!.GetValue<string>();
            refs.Add(ids[node.Id]);
            objects.Add(sco);
        }

        foreach (var edge in view.Edges)
        {
            if (!ids.TryGetValue(edge.Source, out var from) || !ids.TryGetValue(edge.Target, out var to))
            {
                continue;
            }

            tlps.Add(edge.Tlp);
            var id = "relationship--" + Uuid5(GraphNamespace, edge.Id);
            refs.Add(id);
            objects.Add(new JsonObject
            {
                ["type"] = "relationship",
                ["spec_version"] = "2.1",
                ["id"] = id,
                ["created"] = Time(edge.FirstSeen),
                ["modified"] = Time(edge.LastSeen),
                ["relationship_type"] = edge.Relation,
                ["source_ref"] = from,
                ["target_ref"] = to,
                ["first_seen"] = Time(edge.FirstSeen),
                ["last_seen"] = Time(edge.LastSeen),
                ["object_marking_refs"] = new JsonArray(StixMarkings.IdOf(edge.Tlp)),
            });
        }

        var grouping = new JsonObject
        {
            ["type"] = "grouping",
            ["spec_version"] = "2.1",
            ["id"] = "grouping--" + Uuid5(GraphNamespace, $"{view.Node}|{view.Depth}|{view.Limit}|{now:O}"),
            ["created"] = Time(now),
            ["modified"] = Time(now),
            ["name"] = $"Neighbourhood of {view.Node} (depth {view.Depth.ToString(CultureInfo.InvariantCulture)})",
            ["context"] = "suspicious-activity",
            ["object_refs"] = refs,
            ["object_marking_refs"] = new JsonArray(StixMarkings.IdOf(tlps.Count == 0 ? Tlp.Clear : tlps.Max())),
        };
        if (cases.Count > 0)
        {
            grouping["external_references"] = cases;
        }

        objects.Insert(0, grouping);
        return new JsonObject { ["type"] = "bundle", ["id"] = "bundle--" + Guid.NewGuid(), ["objects"] = objects };
    }

    private static JsonObject Observable(GraphNodeView node)
    {
        var (type, contributing) = node.Type switch
        {
            "ipv4" => ("ipv4-addr", new JsonObject { ["value"] = node.Value }),
            "ipv6" => ("ipv6-addr", new JsonObject { ["value"] = node.Value }),
            "domain" => ("domain-name", new JsonObject { ["value"] = node.Value }),
            "url" => ("url", new JsonObject { ["value"] = node.Value }),
            "email" => ("email-addr", new JsonObject { ["value"] = node.Value }),
            "md5" or "sha1" or "sha256" or "sha512" => ("file", new JsonObject { ["hashes"] = new JsonObject { [HashName(node.Type)] = node.Value } }),
            _ => ("x-cyberpartnerships-" + node.Type + "-wallet", new JsonObject { ["value"] = node.Value }),
        };
        var sco = new JsonObject
        {
            ["type"] = type,
            ["spec_version"] = "2.1",
            ["id"] = $"{type}--{Uuid5(ObservableNamespace, contributing.ToJsonString(Canonical))}",
        };
        foreach (var property in contributing.ToList())
        {
            contributing.Remove(property.Key);
            sco[property.Key] = property.Value;
        }

        sco["object_marking_refs"] = new JsonArray(StixMarkings.IdOf(node.Tlp));
        return sco;
    }

    private static string HashName(string type) => type switch
    {
        "md5" => "MD5",
        "sha1" => "SHA-1",
        "sha256" => "SHA-256",
        _ => "SHA-512",
    };

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>RFC 9562 UUID version 5 (SHA-1, name-based), as STIX derives observable ids.</summary>
    public static Guid Uuid5(Guid ns, string name)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        ns.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 version 5 is defined with; it names, it does not protect
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
