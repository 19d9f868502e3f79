using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberPartnerships.Ingestion;

namespace CyberPartnerships.Graph;

/// <summary>
/// A neighbourhood as a self-contained STIX 2.1 bundle: a <c>grouping</c> whose <c>object_refs</c> name every node and
/// edge in the bundle, the value nodes as observables (ids as STIX derives them, so they match the partners' own), the
/// STIX nodes as the objects themselves as the caller has them (<see cref="GraphStixObjects"/>; one it does not have
/// is left out, with its edges), the edges as <c>relationship</c> objects, each at its TLP, and the TLP marking
/// definitions they name. Every <c>*_ref</c> and <c>*_refs</c> points to an object in the bundle: any other is dropped
/// (from a partner's object too: its <c>created_by_ref</c>, say). Cases are the grouping's external references. Only
/// what <see cref="GraphView"/> holds, so only what the caller may see.
/// </summary>
public static class GraphStix
{
    private static readonly Guid ObservableNamespace = new("00abedb4-aa42-466c-9c01-fed23315a9b7");
    private static readonly JsonSerializerOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly Guid GraphNamespace = new("6a1f5f2e-3b9c-4d0e-9a57-0c2b1f6d8e41");

    public static JsonObject Bundle(GraphView view, IReadOnlyDictionary<string, JsonObject> stixObjects, DateTimeOffset now)
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

            if (node.Type == "stix")
            {
                if (stixObjects.TryGetValue(node.Value, out var sdo))
                {
                    tlps.Add(node.Tlp);
                    ids[node.Id] = node.Value;
                    refs.Add(node.Value);
                    objects.Add(sdo.DeepClone());
                }

                continue;
            }

            tlps.Add(node.Tlp);
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
        AddMarkings(objects);
        var inBundle = objects.Select(o => o!["id"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var obj in objects)
        {
            DropDanglingRefs(obj!, inBundle);
        }

        if (refs.Count == 0)
        {
            // Nothing but cases (external references): a grouping names at least one object, here its marking.
            refs.Add(grouping["object_marking_refs"]![0]!.GetValue<string>());
        }

        return new JsonObject { ["type"] = "bundle", ["id"] = "bundle--" + Guid.NewGuid(), ["objects"] = objects };
    }

    /// <summary>The TLP 2.0 marking definitions the objects name (any other marking is dropped with the other dangling refs).</summary>
    private static void AddMarkings(JsonArray objects)
    {
        var named = new SortedSet<Tlp>();
        foreach (var obj in objects)
        {
            foreach (var marking in obj!["object_marking_refs"] as JsonArray ?? [])
            {
                if (marking?.GetValueKind() == JsonValueKind.String && StixMarkings.TryGetTlp(marking.GetValue<string>(), out var tlp) && !StixMarkings.IsTlp1(marking.GetValue<string>()))
                {
                    named.Add(tlp);
                }
            }
        }

        foreach (var tlp in named)
        {
            objects.Add(new JsonObject
            {
                ["type"] = "marking-definition",
                ["spec_version"] = "2.1",
                ["id"] = StixMarkings.IdOf(tlp),
                ["created"] = "2022-10-01T00:00:00.000Z",
                ["name"] = "TLP:" + tlp.ToLabel(),
                ["extensions"] = new JsonObject
                {
                    ["extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"] = new JsonObject
                    {
                        ["extension_type"] = "property-extension",
                        ["tlp_2_0"] = tlp.ToLabel().ToLowerInvariant(),
                    },
                },
            });
        }
    }

    /// <summary>Removes every reference to an object not in the bundle, at any depth: a <c>*_ref</c> property, an
    /// entry of a <c>*_refs</c> list (the list too once empty), a granular marking whose <c>marking_ref</c> is gone.</summary>
    private static void DropDanglingRefs(JsonNode node, HashSet<string> inBundle)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (item is not null)
                {
                    DropDanglingRefs(item, inBundle);
                }
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        foreach (var (name, value) in obj.ToList())
        {
            if (name.EndsWith("_ref", StringComparison.Ordinal) && (value?.GetValueKind() != JsonValueKind.String || !inBundle.Contains(value.GetValue<string>())))
            {
                obj.Remove(name);
            }
            else if (name.EndsWith("_refs", StringComparison.Ordinal) && value is JsonArray list)
            {
                foreach (var item in list.Where(i => i?.GetValueKind() != JsonValueKind.String || !inBundle.Contains(i.GetValue<string>())).ToList())
                {
                    list.Remove(item);
                }

                if (list.Count == 0 && obj["type"]?.GetValue<string>() != "grouping")
                {
                    obj.Remove(name);
                }
            }
            else if (value is not null)
            {
                DropDanglingRefs(value, inBundle);
                if (name == "granular_markings" && value is JsonArray markings)
                {
                    foreach (var marking in markings.Where(m => m is JsonObject g && !g.ContainsKey("marking_ref") && !g.ContainsKey("lang")).ToList())
                    {
                        markings.Remove(marking);
                    }

                    if (markings.Count == 0)
                    {
                        obj.Remove(name);
                    }
                }
            }
        }
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
