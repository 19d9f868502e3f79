using System.Text.Json.Nodes;

namespace CyberPartnerships.Redaction;

/// <summary>
/// Redacts a STIX 2.1 bundle in place, by object type and property, keeping it a valid bundle: ids, types,
/// timestamps, references, marking definitions, indicator patterns, hashes and the names of malware, tools,
/// infrastructure and threat actors are never touched; free text (description, content, contact information, x_
/// custom text, ...) goes through the text redactor; personal properties (an individual's name, an e-mail address,
/// a user account, a victim's IP address, a street address) are replaced whole.
/// <para>A victim's IP is an <c>ipv4-addr</c>/<c>ipv6-addr</c> that a <c>targets</c> relationship points at or a
/// sighting names in <c>where_sighted_refs</c>; any other IP address object is infrastructure and kept.
/// <c>email-addr</c> and <c>user-account</c> objects are always treated as victims' (an attacker's address to keep
/// belongs in an indicator pattern, which is kept).</para>
/// </summary>
internal static class StixRedactor
{
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        "id", "type", "spec_version", "created", "modified", "revoked", "labels", "confidence", "lang", "granular_markings",
        "pattern", "pattern_type", "pattern_version", "valid_from", "valid_until", "first_seen", "last_seen",
        "first_observed", "last_observed", "number_observed", "count", "published", "identity_class", "is_family",
        "kill_chain_phases", "hashes", "relationship_type", "summary", "defanged", "definition_type", "definition",
        "extension_type", "sectors", "protocols", "src_port", "dst_port", "mime_type", "size", "encoding", "number",
        "is_multipart", "is_hidden", "is_active", "result", "opinion", "analysis_started", "analysis_ended",
    };

    private static readonly HashSet<string> ThreatTypes = new(StringComparer.Ordinal)
    {
        "malware", "tool", "infrastructure", "attack-pattern", "intrusion-set", "campaign", "threat-actor", "vulnerability",
        "malware-analysis", "course-of-action",
    };

    private static readonly HashSet<string> InfrastructureObservables = new(StringComparer.Ordinal)
    {
        "domain-name", "url", "mac-addr", "autonomous-system", "mutex", "windows-registry-key", "software", "artifact",
    };

    public static void Redact(JsonObject bundle, TextRedactor redactor, RedactionCounts counts)
    {
        if (bundle["id"] is not JsonValue)
        {
            throw Invalid("The bundle has no id.");
        }

        var objects = bundle["objects"] switch
        {
            null => [],
            JsonArray array => array,
            _ => throw Invalid("The bundle's objects must be an array."),
        };

        var typed = new List<(JsonObject Object, string Type)>(objects.Count);
        for (var i = 0; i < objects.Count; i++)
        {
            if (objects[i] is not JsonObject o || !TryString(o["type"], out var type) || !TryString(o["id"], out var id)
                || !id.StartsWith(type + "--", StringComparison.Ordinal))
            {
                throw Invalid($"objects[{i}] must be an object with a type and an id of the form type--uuid.");
            }

            typed.Add((o, type));
        }

        var victims = VictimIds(typed);
        foreach (var (o, type) in typed)
        {
            RedactObject(o, type, victims, redactor, counts);
        }
    }

    private static HashSet<string> VictimIds(List<(JsonObject Object, string Type)> objects)
    {
        var victims = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (o, type) in objects)
        {
            if (type == "relationship" && TryString(o["relationship_type"], out var rel) && rel == "targets" && TryString(o["target_ref"], out var target))
            {
                victims.Add(target);
            }
            else if (type == "sighting" && o["where_sighted_refs"] is JsonArray where)
            {
                victims.UnionWith(where.Select(w => w?.GetValueKind() == System.Text.Json.JsonValueKind.String ? w.GetValue<string>() : null).OfType<string>());
            }
        }

        return victims;
    }

    private static void RedactObject(JsonObject o, string type, HashSet<string> victims, TextRedactor redactor, RedactionCounts counts)
    {
        if (type is "marking-definition" or "extension-definition")
        {
            // Marking definitions (TLP) and extension definitions are shared vocabulary, not case data.
            return;
        }

        var individual = type == "identity" && (!TryString(o["identity_class"], out var identityClass) || identityClass == "individual");
        var victim = TryString(o["id"], out var id) && victims.Contains(id);
        foreach (var key in o.Select(p => p.Key).ToList())
        {
            if (key == "external_references")
            {
                RedactExternalReferences(o[key], redactor, counts);
                continue;
            }

            if (IsStructural(key))
            {
                continue;
            }

            var hint = HintFor(type, key, individual, victim);
            if (hint != FieldHint.Indicator)
            {
                RedactProperty(o, key, hint, redactor, counts);
            }
        }
    }

    private static bool IsStructural(string key) =>
        Structural.Contains(key) || key.EndsWith("_ref", StringComparison.Ordinal) || key.EndsWith("_refs", StringComparison.Ordinal)
        || key.EndsWith("_types", StringComparison.Ordinal) || key.EndsWith("_time", StringComparison.Ordinal)
        || key == "object_marking_refs";

    private static FieldHint HintFor(string type, string key, bool individual, bool victim) => (type, key) switch
    {
        ("identity", "name") => individual ? FieldHint.PersonName : FieldHint.FreeText,
        ("email-addr", "value") => FieldHint.Email,
        ("email-addr", "display_name") or ("user-account", "display_name") => FieldHint.PersonName,
        ("user-account", "user_id" or "account_login") => FieldHint.Username,
        ("user-account", "credential") => FieldHint.Password,
        ("user-account", "account_type") => FieldHint.Indicator,
        ("ipv4-addr" or "ipv6-addr", "value") => victim ? FieldHint.VictimIp : FieldHint.Indicator,
        ("location", "street_address" or "postal_code") => FieldHint.PostalAddress,
        ("location", "region" or "country" or "administrative_area" or "city" or "latitude" or "longitude" or "precision") => FieldHint.Indicator,
        ("note" or "opinion", "authors") => FieldHint.PersonName,
        ("file", "name_enc" or "magic_number_hex") => FieldHint.Indicator,
        (_, "value") when InfrastructureObservables.Contains(type) => FieldHint.Indicator,
        (_, "name" or "aliases" or "product" or "version") when ThreatTypes.Contains(type) => FieldHint.Indicator,
        (_, _) when key.StartsWith("x_", StringComparison.Ordinal) => FieldHints.ForName(key[2..]) switch
        {
            FieldHint.Indicator => FieldHint.FreeText, // custom text is never trusted to be an indicator
            var h => h,
        },
        _ => FieldHint.FreeText,
    };

    private static void RedactExternalReferences(JsonNode? references, TextRedactor redactor, RedactionCounts counts)
    {
        if (references is not JsonArray array)
        {
            return;
        }

        foreach (var reference in array.OfType<JsonObject>())
        {
            RedactProperty(reference, "description", FieldHint.FreeText, redactor, counts);
        }
    }

    /// <summary>Redacts one property of an object, replacing its value only when it changed.</summary>
    /// <param name="nameIsPerson">Whether a nested key <c>name</c> holds a person's name (a referral's victims) or
    /// may name anything (STIX extensions: PE sections, software...), which is then free text.</param>
    internal static void RedactProperty(JsonObject o, string key, FieldHint hint, TextRedactor redactor, RedactionCounts counts, bool nameIsPerson = false)
    {
        var value = o[key];
        if (value is null)
        {
            return;
        }

        var redacted = RedactNode(value, hint, redactor, counts, nameIsPerson);
        if (!ReferenceEquals(value, redacted))
        {
            o[key] = redacted;
        }
    }

    /// <summary>Redacts every string in a value (arrays and nested objects too); numbers, booleans and null stay.</summary>
    internal static JsonNode? RedactNode(JsonNode? node, FieldHint hint, TextRedactor redactor, RedactionCounts counts, bool nameIsPerson = false)
    {
        switch (node)
        {
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                var text = value.GetValue<string>();
                var redacted = redactor.Redact(text, counts, hint);
                return ReferenceEquals(text, redacted) || text == redacted ? node : JsonValue.Create(redacted);
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var item = array[i];
                    var replaced = RedactNode(item, hint, redactor, counts, nameIsPerson);
                    if (!ReferenceEquals(item, replaced))
                    {
                        array[i] = replaced;
                    }
                }

                return array;
            case JsonObject nested:
                foreach (var key in nested.Select(p => p.Key).ToList())
                {
                    var named = !nameIsPerson && key == "name" ? FieldHint.FreeText : FieldHints.ForName(key);
                    var nestedHint = IsStructural(key) ? FieldHint.Indicator : MoreSpecific(hint, named);
                    if (nestedHint != FieldHint.Indicator)
                    {
                        RedactProperty(nested, key, nestedHint, redactor, counts, nameIsPerson);
                    }
                }

                return nested;
            default:
                return node;
        }
    }

    /// <summary>Inside a field with a personal hint everything keeps that hint; inside free text a named key can narrow it.
    /// An "indicator" key name inside free text stays free text (names in unknown structures are not trusted).</summary>
    private static FieldHint MoreSpecific(FieldHint outer, FieldHint inner) =>
        outer != FieldHint.FreeText ? outer : inner == FieldHint.Indicator ? FieldHint.FreeText : inner;

    private static bool TryString(JsonNode? node, out string value)
    {
        if (node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            value = v.GetValue<string>();
            return true;
        }

        value = string.Empty;
        return false;
    }

    private static DocumentRedactionException Invalid(string message) =>
        new(DocumentRedactionException.ParseError, "The STIX bundle is invalid: " + message);
}
