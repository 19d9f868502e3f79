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
/// belongs in an indicator pattern, which is kept). Their logins and names, and the names of identities that may be
/// persons, are sought in all the bundle's free text too (<see cref="PersonalValues"/>): a home directory or a
/// directory's path keeps its shape and loses its owner (<c>/home/[USERNAME]/Downloads</c>).</para>
/// <para>An identity a threat actor, intrusion set or campaign is <c>attributed-to</c> is the person or organisation
/// behind the attack (<see cref="StixRoles"/>): its name and contact information are kept, like a threat actor's name;
/// its description is read like any other free text. An identity the bundle also names as a victim stays a victim's.</para>
/// <para>Public knowledge (attack patterns, courses of action, malware, tools, intrusion sets, campaigns,
/// vulnerabilities, ATT&amp;CK's <c>x-mitre-*</c> objects and the relationships between them) is read as
/// <see cref="FieldHint.PublicText"/>: see <see cref="IsPublicKnowledge"/>.</para>
/// <para><c>labels</c> are read as public text: classification terms stay, an e-mail address, phone number, card,
/// IBAN or national id in them is replaced, and so is a value the bundle states as a victim's.</para>
/// <para>A top-level property is kept only if STIX 2.1 defines it as structural for the object's own type, or for every
/// object (<see cref="StixProperties"/>); any other one (<c>number</c> on an identity, <c>result</c> on an indicator,
/// anything on an unknown type but the common properties) is read like an <c>x_</c> custom property. Below the top
/// level only the shapes STIX defines are trusted (external references, predefined extensions); inside custom
/// properties, custom extensions and any other value, <c>id</c>, <c>number</c>, <c>summary</c>... are redacted like
/// any other key (<see cref="JsonValueRedactor"/>).</para>
/// </summary>
internal static class StixRedactor
{
    private static readonly HashSet<string> ThreatTypes = new(StringComparer.Ordinal)
    {
        "malware", "tool", "infrastructure", "attack-pattern", "intrusion-set", "campaign", "threat-actor", "vulnerability",
        "malware-analysis", "course-of-action",
    };

    private static readonly HashSet<string> InfrastructureObservables = new(StringComparer.Ordinal)
    {
        "domain-name", "url", "mac-addr", "autonomous-system", "mutex", "windows-registry-key", "software", "artifact",
    };

    /// <summary>STIX 2.1's predefined extensions (section 6), whose shape is known.</summary>
    private static readonly HashSet<string> PredefinedExtensions = new(StringComparer.Ordinal)
    {
        "archive-ext", "ntfs-ext", "pdf-ext", "raster-image-ext", "windows-pebinary-ext", "http-request-ext", "icmp-ext",
        "socket-ext", "tcp-ext", "unix-account-ext", "windows-process-ext", "windows-service-ext",
    };

    /// <summary>Inside a predefined extension (and its PE sections, optional header, alternate data streams) hashes and
    /// references are kept; its open dictionaries (PDF document info, EXIF tags, HTTP headers, socket options, startup
    /// info) hold anything, so no key is kept there.</summary>
    private static readonly KnownShape PredefinedExtension = new(
        static key => key is "hashes" or "file_header_hashes" or "imphash" or "extension_type"
            || key.EndsWith("_ref", StringComparison.Ordinal) || key.EndsWith("_refs", StringComparison.Ordinal),
        new HashSet<string>(StringComparer.Ordinal) { "document_info_dict", "exif_tags", "request_header", "options", "startup_info" });

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

        var roles = StixRoles.Of(typed);
        var known = KnownPersonalValues(typed, roles);
        foreach (var (o, type) in typed)
        {
            RedactObject(o, type, roles, known, redactor, counts);
        }
    }

    /// <summary>The personal values the bundle states in its own objects, sought in all its free text (a login in a
    /// home directory or a directory's path, a surname in a note): the logins and names of user accounts (always a
    /// victim's, see above), the display names of e-mail addresses and the names of identities that may be persons; and
    /// the values its STIX indicator patterns compare with, which stay where the text names them (the indicator itself).</summary>
    private static PersonalValues KnownPersonalValues(List<(JsonObject Object, string Type)> objects, StixRoles roles)
    {
        var known = new PersonalValues();
        foreach (var (o, type) in objects)
        {
            if (type == "user-account")
            {
                foreach (var key in (ReadOnlySpan<string>)["user_id", "account_login"])
                {
                    if (TryString(o[key], out var login))
                    {
                        known.AddLogin(login);
                    }
                }
            }

            if (type == "indicator" && TryString(o["pattern"], out var pattern)
                && (!TryString(o["pattern_type"], out var language) || language == "stix"))
            {
                known.AddIndicatorPattern(pattern);
            }

            if ((type is "user-account" or "email-addr" && TryString(o["display_name"], out var name))
                || (type == "identity" && MayBePerson(o["identity_class"]) && !roles.IsActor(o) && TryString(o["name"], out name)))
            {
                known.AddName(name);
            }
        }

        return known;
    }

    private static void RedactObject(
        JsonObject o, string type, StixRoles roles, PersonalValues known, TextRedactor redactor, RedactionCounts counts)
    {
        if (type is "marking-definition" or "extension-definition")
        {
            // Marking definitions (TLP) and extension definitions are shared vocabulary, not case data.
            return;
        }

        var actor = type == "identity" && roles.IsActor(o);
        var individual = type == "identity" && MayBePerson(o["identity_class"]) && !actor;
        var victim = roles.IsVictim(o);
        var text = IsPublicKnowledge(o, type) ? FieldHint.PublicText : FieldHint.FreeText;
        foreach (var key in o.Select(p => p.Key).ToList())
        {
            if (key == "external_references")
            {
                RedactExternalReferences(o, known, redactor, counts, text);
                continue;
            }

            if (key == "extensions")
            {
                RedactExtensions(o, known, redactor, counts);
                continue;
            }

            if (key == "labels")
            {
                // Classification terms ("phishing", "botnet"), free strings all the same: read as public text, so a
                // value personal by its form, or one the bundle states as a victim's, is replaced in them too.
                JsonValueRedactor.RedactProperty(o, key, FieldHint.PublicText, redactor, counts, known: known);
                continue;
            }

            if (StixProperties.IsKept(type, key))
            {
                continue;
            }

            var custom = key.StartsWith("x_", StringComparison.Ordinal) || StixProperties.IsUndefined(type, key);
            var hint = key.StartsWith("x_", StringComparison.Ordinal) ? CustomHint(key[2..])
                : custom ? CustomHint(key)
                : actor && key is "name" or "contact_information" ? FieldHint.Indicator
                : HintFor(type, key, individual, victim);
            if (hint != FieldHint.Indicator)
            {
                JsonValueRedactor.RedactProperty(o, key, text == FieldHint.PublicText ? JsonValueRedactor.Public(hint) : hint, redactor, counts, known: known);
            }

            if (custom)
            {
                // A name STIX does not define for the type is the producer's text, not structure.
                JsonValueRedactor.RedactName(o, key, redactor, counts, known, text);
            }
        }
    }

    /// <summary>
    /// Public knowledge about threats carries no victims: attack patterns, courses of action, malware, tools, intrusion
    /// sets, campaigns and vulnerabilities, MITRE ATT&amp;CK's own objects (<c>x-mitre-*</c>: tactics, matrices, data
    /// sources and components, assets, analytics), and the relationships between them (<c>uses</c>, <c>mitigates</c>,
    /// <c>detects</c>). Their text is <see cref="FieldHint.PublicText"/>: the authors of the reports they cite, the
    /// researchers credited, "user accounts" and "login times" stay, while an e-mail address, a phone number, a card, an
    /// IBAN or a national id is still replaced, and so is any value the bundle states as a victim's. A case's own
    /// objects (reports, notes, incidents, sightings, observed data, identities, indicators) are read in full.
    /// </summary>
    private static bool IsPublicKnowledge(JsonObject o, string type) => type == "relationship"
        ? TryString(o["source_ref"], out var source) && TryString(o["target_ref"], out var target)
            && IsKnowledgeType(TypeOfId(source)) && IsKnowledgeType(TypeOfId(target))
        : IsKnowledgeType(type);

    private static bool IsKnowledgeType(ReadOnlySpan<char> type) =>
        type is "attack-pattern" or "course-of-action" or "malware" or "tool" or "intrusion-set" or "campaign" or "vulnerability"
        || type.StartsWith("x-mitre-", StringComparison.Ordinal);

    private static ReadOnlySpan<char> TypeOfId(string id) =>
        id.AsSpan(0, Math.Max(0, id.IndexOf("--", StringComparison.Ordinal)));

    /// <summary>An identity is a person's unless its class says it is not (an organisation, a group, a system, a class
    /// of entities): without a class, or of class <c>individual</c> or <c>unknown</c>, its name is a person's.</summary>
    private static bool MayBePerson(JsonNode? identityClass) =>
        !TryString(identityClass, out var value) || value is not ("organization" or "group" or "system" or "class");

    /// <summary>A custom property (<c>x_</c>) or one an extension added to a known type: read by the text redactor,
    /// narrowed by its name (<c>x_phone</c>, <c>cpf</c>), never trusted to be an indicator or structural.</summary>
    private static FieldHint CustomHint(string name) => FieldHints.ForName(name) switch
    {
        FieldHint.Indicator => FieldHint.FreeText,
        var h => h,
    };

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
        (_, "value") when InfrastructureObservables.Contains(type) => FieldHint.Indicator,
        (_, "name" or "aliases" or "product" or "version") when ThreatTypes.Contains(type) => FieldHint.Indicator,
        _ => FieldHint.FreeText,
    };

    /// <summary>External references: the source, id, url and hashes are kept; the description, and anything else in a
    /// reference or in place of one, is redacted.</summary>
    private static void RedactExternalReferences(JsonObject o, PersonalValues known, TextRedactor redactor, RedactionCounts counts, FieldHint text)
    {
        if (o["external_references"] is not JsonArray references)
        {
            JsonValueRedactor.RedactProperty(o, "external_references", text, redactor, counts, known: known);
            return;
        }

        for (var i = 0; i < references.Count; i++)
        {
            if (references[i] is JsonObject reference)
            {
                JsonValueRedactor.RedactMembers(reference, KeptInReference, redactor, counts, known: known, text: text);
            }
            else
            {
                var item = references[i];
                var redacted = JsonValueRedactor.RedactNode(item, text, redactor, counts, known: known);
                if (!ReferenceEquals(item, redacted))
                {
                    references[i] = redacted;
                }
            }
        }
    }

    private static bool KeptInReference(string key, JsonNode? value) =>
        (key is "source_name" or "external_id" or "url" && value is JsonValue) || (key == "hashes" && value is JsonObject);

    /// <summary>Extensions: a predefined STIX extension keeps its hashes and references (its open dictionaries are
    /// redacted by content); a custom one keeps only its <c>extension_type</c>: nothing inside it is trusted.</summary>
    private static void RedactExtensions(JsonObject o, PersonalValues known, TextRedactor redactor, RedactionCounts counts)
    {
        if (o["extensions"] is not JsonObject extensions)
        {
            JsonValueRedactor.RedactProperty(o, "extensions", FieldHint.FreeText, redactor, counts, known: known);
            return;
        }

        foreach (var name in extensions.Select(p => p.Key).ToList())
        {
            if (extensions[name] is not JsonObject extension)
            {
                JsonValueRedactor.RedactProperty(extensions, name, FieldHint.FreeText, redactor, counts, known: known);
                JsonValueRedactor.RedactName(extensions, name, redactor, counts, known);
            }
            else if (PredefinedExtensions.Contains(name))
            {
                JsonValueRedactor.RedactNode(extension, FieldHint.FreeText, redactor, counts, shape: PredefinedExtension, known: known);
            }
            else
            {
                JsonValueRedactor.RedactMembers(extension, static (key, value) => key == "extension_type" && value is JsonValue, redactor, counts, known: known);
                JsonValueRedactor.RedactName(extensions, name, redactor, counts, known);
            }
        }
    }

    internal static bool TryString(JsonNode? node, out string value)
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
