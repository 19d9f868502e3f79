namespace CyberPartnerships.Redaction;

/// <summary>
/// The top-level properties STIX 2.1 defines, per object type, for the types the redactor knows: those it keeps as
/// they are (ids, references, timestamps, vocabularies, patterns, hashes) and those it reads by their meaning (names,
/// descriptions, values: <see cref="StixRedactor"/> decides). The common properties (section 3.2 and 6.1: ids, types,
/// timestamps, markings, labels...) are kept on every object; an opaque or unknown type keeps only those.
/// <c>extensions</c> and <c>external_references</c> have their own shapes and are not listed here.
/// </summary>
internal static class StixProperties
{
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "type", "spec_version", "id", "created_by_ref", "created", "modified", "revoked", "labels", "confidence", "lang",
        "object_marking_refs", "granular_markings", "defanged",
    };

    private static readonly Dictionary<string, (HashSet<string> Kept, HashSet<string> Read)> ByType = new(StringComparer.Ordinal)
    {
        ["indicator"] = Define(
            ["indicator_types", "pattern", "pattern_type", "pattern_version", "valid_from", "valid_until", "kill_chain_phases"],
            ["name", "description"]),
        ["malware"] = Define(
            ["malware_types", "is_family", "kill_chain_phases", "first_seen", "last_seen", "operating_system_refs", "sample_refs"],
            ["name", "description", "aliases", "architecture_execution_envs", "implementation_languages", "capabilities"]),
        ["malware-analysis"] = Define(
            ["host_vm_ref", "operating_system_ref", "installed_software_refs", "submitted", "analysis_started", "analysis_ended",
             "result", "analysis_sco_refs", "sample_ref"],
            ["product", "version", "configuration_version", "modules", "analysis_engine_version", "analysis_definition_version",
             "result_name"]),
        ["infrastructure"] = Define(
            ["infrastructure_types", "kill_chain_phases", "first_seen", "last_seen"],
            ["name", "description", "aliases"]),
        ["observed-data"] = Define(["first_observed", "last_observed", "number_observed", "object_refs"], ["objects"]),
        ["sighting"] = Define(
            ["first_seen", "last_seen", "count", "sighting_of_ref", "observed_data_refs", "where_sighted_refs", "summary"],
            ["description"]),
        ["relationship"] = Define(["relationship_type", "source_ref", "target_ref", "start_time", "stop_time"], ["description"]),
        ["identity"] = Define(["identity_class", "sectors"], ["name", "description", "roles", "contact_information"]),
        ["report"] = Define(["report_types", "published", "object_refs"], ["name", "description"]),
        ["note"] = Define(["object_refs"], ["abstract", "content", "authors"]),
        ["file"] = Define(
            ["hashes", "size", "name_enc", "magic_number_hex", "mime_type", "ctime", "mtime", "atime", "parent_directory_ref",
             "contains_refs", "content_ref"],
            ["name"]),
        ["ipv4-addr"] = Define(["resolves_to_refs", "belongs_to_refs"], ["value"]),
        ["ipv6-addr"] = Define(["resolves_to_refs", "belongs_to_refs"], ["value"]),
        ["domain-name"] = Define(["resolves_to_refs"], ["value"]),
        ["url"] = Define([], ["value"]),
        ["network-traffic"] = Define(
            ["start", "end", "is_active", "src_ref", "dst_ref", "src_port", "dst_port", "protocols", "src_byte_count",
             "dst_byte_count", "src_packets", "dst_packets", "src_payload_ref", "dst_payload_ref", "encapsulates_refs",
             "encapsulated_by_ref"],
            ["ipfix"]),
        ["email-addr"] = Define(["belongs_to_ref"], ["value", "display_name"]),
        ["x509-certificate"] = Define(
            ["is_self_signed", "hashes", "version", "serial_number", "signature_algorithm", "validity_not_before",
             "validity_not_after", "subject_public_key_algorithm", "subject_public_key_modulus", "subject_public_key_exponent"],
            ["issuer", "subject", "x509_v3_extensions"]),
    };

    /// <summary>Whether a top-level property of an object of this type is kept as it is.</summary>
    public static bool IsKept(string type, string key) =>
        Common.Contains(key) || (ByType.TryGetValue(type, out var properties) && properties.Kept.Contains(key));

    /// <summary>Whether a top-level property is one STIX 2.1 does not define for this (known) type: a property an
    /// extension added, read like a custom property. Never true for an unknown type, whose properties are unknown.</summary>
    public static bool IsUndefined(string type, string key) =>
        ByType.TryGetValue(type, out var properties) && !properties.Kept.Contains(key) && !properties.Read.Contains(key) && !Common.Contains(key);

    private static (HashSet<string> Kept, HashSet<string> Read) Define(string[] kept, string[] read) =>
        (new HashSet<string>(kept, StringComparer.Ordinal), new HashSet<string>(read, StringComparer.Ordinal));
}
