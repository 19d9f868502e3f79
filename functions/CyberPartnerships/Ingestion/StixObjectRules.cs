using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CyberPartnerships.Ingestion;

/// <summary>What STIX 2.1 requires of each object type the app understands; other types are kept as opaque JSON.</summary>
public static class StixObjectRules
{
    public const string SpecVersion = "2.1";

    /// <summary>STIX domain and relationship objects: <c>spec_version</c>, <c>created</c>, <c>modified</c> required.</summary>
    private static readonly HashSet<string> DomainTypes = new(StringComparer.Ordinal)
    {
        "indicator", "malware", "malware-analysis", "infrastructure", "observed-data", "sighting", "relationship",
        "identity", "report", "note",
    };

    /// <summary>STIX cyber-observable objects: no created/modified; deduplicated on id alone.</summary>
    private static readonly HashSet<string> ObservableTypes = new(StringComparer.Ordinal)
    {
        "file", "ipv4-addr", "ipv6-addr", "domain-name", "url", "network-traffic", "email-addr", "x509-certificate",
    };

    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["indicator"] = ["pattern", "pattern_type", "valid_from"],
        ["malware"] = ["is_family"],
        ["malware-analysis"] = ["product"],
        ["infrastructure"] = ["name"],
        ["observed-data"] = ["first_observed", "last_observed", "number_observed"],
        ["sighting"] = ["sighting_of_ref"],
        ["relationship"] = ["relationship_type", "source_ref", "target_ref"],
        ["identity"] = ["name"],
        ["report"] = ["name", "published", "object_refs"],
        ["note"] = ["content", "object_refs"],
        ["ipv4-addr"] = ["value"],
        ["ipv6-addr"] = ["value"],
        ["domain-name"] = ["value"],
        ["url"] = ["value"],
        ["email-addr"] = ["value"],
        ["network-traffic"] = ["protocols"],
    };

    public static bool IsKnown(string type) => DomainTypes.Contains(type) || ObservableTypes.Contains(type);

    /// <summary>The first thing wrong with an object, pointing at the property; null when it can be stored.</summary>
    public static InputError? Check(JsonElement obj, string at)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return new(at, "An object must be a JSON object.");
        }

        var type = StixBundleReader.Str(obj, "type");
        if (string.IsNullOrEmpty(type))
        {
            return new($"{at}/type", "type is required.");
        }

        var id = StixBundleReader.Str(obj, "id");
        if (!IsKnown(type))
        {
            if (!StixPatterns.TypeName().IsMatch(type))
            {
                return new($"{at}/type", "type must be 3 to 250 lowercase letters, digits and hyphens.");
            }

            // Kept as opaque JSON. An id that is present must still be well formed, so it can be deduplicated.
            return id is not null && !StixPatterns.Id().IsMatch(id) ? new($"{at}/id", "id must be of the form type--<uuid>.") : null;
        }

        if (id is null || !StixPatterns.Id().IsMatch(id) || !id.StartsWith(type + "--", StringComparison.Ordinal))
        {
            return new($"{at}/id", $"id must be of the form {type}--<uuid>.");
        }

        var spec = StixBundleReader.Str(obj, "spec_version");
        if (DomainTypes.Contains(type) || spec is not null)
        {
            if (spec != SpecVersion)
            {
                return new($"{at}/spec_version", spec is null
                    ? "spec_version must be \"2.1\": an object without it is STIX 2.0 (as in mitre/cti), which this API does not read; submit the STIX 2.1 edition (for ATT&CK: mitre-attack/attack-stix-data)."
                    : "spec_version must be \"2.1\".");
            }
        }

        if (DomainTypes.Contains(type))
        {
            var created = StixBundleReader.Str(obj, "created");
            var modified = StixBundleReader.Str(obj, "modified");
            if (!StixPatterns.TryParseTimestamp(created, out var c))
            {
                return new($"{at}/created", "created must be a UTC timestamp (YYYY-MM-DDTHH:MM:SS[.s]Z, up to 12 fractional digits).");
            }

            if (!StixPatterns.TryParseTimestamp(modified, out var m))
            {
                return new($"{at}/modified", "modified must be a UTC timestamp (YYYY-MM-DDTHH:MM:SS[.s]Z, up to 12 fractional digits).");
            }

            if (m < c)
            {
                return new($"{at}/modified", "modified must not be earlier than created.");
            }
        }

        foreach (var name in Required.GetValueOrDefault(type, []))
        {
            if (!obj.TryGetProperty(name, out var value) || value.ValueKind is JsonValueKind.Null)
            {
                return new($"{at}/{name}", $"{name} is required on a {type}.");
            }

            var (kind, what) = RequiredKind(name);
            if (kind is { } expected && value.ValueKind != expected)
            {
                return new($"{at}/{name}", $"{name} must be {what}.");
            }
        }

        if (obj.TryGetProperty("name", out var label) && label.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            return new($"{at}/name", "name must be a string.");
        }

        return CheckTypeSpecific(obj, type, at) ?? CheckReferences(obj, at);
    }

    /// <summary>The JSON kind the specification gives a required property (is_family is checked with malware).</summary>
    private static (JsonValueKind? Kind, string What) RequiredKind(string property) => property switch
    {
        "object_refs" or "protocols" => (JsonValueKind.Array, "an array"),
        "number_observed" => (JsonValueKind.Number, "an integer"),
        "is_family" => (null, string.Empty),
        _ => (JsonValueKind.String, "a string"),
    };

    private static InputError? CheckTypeSpecific(JsonElement obj, string type, string at)
    {
        switch (type)
        {
            case "malware" when obj.GetProperty("is_family").ValueKind == JsonValueKind.True && StixBundleReader.Str(obj, "name") is null:
                return new($"{at}/name", "name is required on a malware family (is_family true).");
            case "malware" when obj.GetProperty("is_family").ValueKind is not (JsonValueKind.True or JsonValueKind.False):
                return new($"{at}/is_family", "is_family must be a boolean.");
            case "malware-analysis" when !obj.TryGetProperty("result", out _) && !obj.TryGetProperty("analysis_sco_refs", out _):
                return new($"{at}/result", "a malware-analysis needs result or analysis_sco_refs.");
            case "indicator" when !StixPatterns.TryParseTimestamp(StixBundleReader.Str(obj, "valid_from"), out _):
                return new($"{at}/valid_from", "valid_from must be a UTC timestamp.");
            case "observed-data" when !obj.TryGetProperty("object_refs", out _) && !obj.TryGetProperty("objects", out _):
                return new($"{at}/object_refs", "object_refs is required on an observed-data.");
            case "observed-data" when obj.GetProperty("number_observed") is var n && (n.ValueKind != JsonValueKind.Number || !n.TryGetInt64(out var count) || count < 1 || count > 999_999_999):
                return new($"{at}/number_observed", "number_observed must be an integer from 1 to 999,999,999.");
            case "report" when !StixPatterns.TryParseTimestamp(StixBundleReader.Str(obj, "published"), out _):
                return new($"{at}/published", "published must be a UTC timestamp.");
            case "file" when !obj.TryGetProperty("hashes", out _) && !obj.TryGetProperty("name", out _):
                return new($"{at}/hashes", "a file needs hashes or name.");
            case "network-traffic" when !obj.TryGetProperty("src_ref", out _) && !obj.TryGetProperty("dst_ref", out _):
                return new($"{at}/src_ref", "a network-traffic needs src_ref or dst_ref.");
            case "x509-certificate" when !obj.EnumerateObject().Any(p => p.Name is not ("type" or "id" or "spec_version" or "object_marking_refs" or "granular_markings" or "defanged" or "extensions")):
                return new(at, "an x509-certificate needs at least one certificate property.");
            default:
                return null;
        }
    }

    /// <summary>Every <c>*_ref</c> is an identifier and every <c>*_refs</c> an array of them.</summary>
    private static InputError? CheckReferences(JsonElement obj, string at)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Name.EndsWith("_ref", StringComparison.Ordinal) && (p.Value.ValueKind != JsonValueKind.String || !StixPatterns.Id().IsMatch(p.Value.GetString()!)))
            {
                return new($"{at}/{p.Name}", $"{p.Name} must be a STIX identifier.");
            }

            if (p.Name.EndsWith("_refs", StringComparison.Ordinal))
            {
                if (p.Value.ValueKind != JsonValueKind.Array)
                {
                    return new($"{at}/{p.Name}", $"{p.Name} must be an array of STIX identifiers.");
                }

                var i = 0;
                foreach (var r in p.Value.EnumerateArray())
                {
                    if (r.ValueKind != JsonValueKind.String || !StixPatterns.Id().IsMatch(r.GetString()!))
                    {
                        return new($"{at}/{p.Name}/{i}", $"{p.Name} must hold STIX identifiers.");
                    }

                    i++;
                }
            }
        }

        return null;
    }

    /// <summary>An object that passed <see cref="Check"/>, with the indicators it names.</summary>
    public static IngestObject ToIngestObject(JsonElement obj, int index)
    {
        var type = StixBundleReader.Str(obj, "type")!;
        var json = obj.GetRawText();
        var id = StixBundleReader.Str(obj, "id") ?? $"{type}--{ContentUuid(json)}";
        var modified = StixBundleReader.Str(obj, "modified") is { } m && StixPatterns.TryParseTimestamp(m, out _) ? m : string.Empty;
        return new IngestObject(index, id, type, modified, json, Tlp.Red, IndicatorExtraction.From(obj, type, id), !IsKnown(type)) { Summary = Summarise(obj, type) };
    }

    /// <summary>What the graph reads of an object, while its element is at hand (its JSON is then not parsed again).</summary>
    public static StixSummary Summarise(JsonElement obj, string type)
    {
        var name = StixBundleReader.Str(obj, "name");
        return type switch
        {
            "relationship" => new(name, StixBundleReader.Str(obj, "relationship_type"), StixBundleReader.Str(obj, "source_ref"), StixBundleReader.Str(obj, "target_ref")),
            "sighting" => new(name, SourceRef: StixBundleReader.Str(obj, "sighting_of_ref")),
            _ => new(name),
        };
    }

    /// <summary>A stable UUID-shaped name for an opaque object that came without an id: same content, same id.</summary>
    private static string ContentUuid(string json)
    {
        var h = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..32]}";
    }
}
