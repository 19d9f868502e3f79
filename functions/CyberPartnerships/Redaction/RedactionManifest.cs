using System.Text.Json;

namespace CyberPartnerships.Redaction;

/// <summary>
/// What one redaction run did, written beside every shared document as <c>{file}.manifest.json</c>: counts per type,
/// mode, key id, redactor version, source, target partner and TLP. Deterministic for the same input and
/// configuration (no clock), so a redelivered event writes the same manifest.
/// </summary>
public sealed record RedactionManifest
{
    /// <summary>The raw blob redacted: <c>outbound-raw/{caseId}/{file}</c> (or the source name a caller gives).</summary>
    public required string Source { get; init; }

    public string? CaseId { get; init; }

    public string? File { get; init; }

    /// <summary><c>stix-bundle</c>, <c>referral-json</c>, <c>csv</c> or <c>text</c>.</summary>
    public required string Format { get; init; }

    public string? TargetPartner { get; init; }

    public Tlp? Tlp { get; init; }

    public required RedactionMode Mode { get; init; }

    /// <summary>The pseudonym key id; absent in type-label mode.</summary>
    public string? KeyId { get; init; }

    public required string RedactorVersion { get; init; }

    /// <summary>Replacements per type (kebab-case type names: <c>email</c>, <c>credit-card</c>, ...), only types found.</summary>
    public required IReadOnlyDictionary<string, int> Counts { get; init; }

    public int Total { get; init; }

    /// <summary>SHA-256 (hex) of the redacted document.</summary>
    public required string Sha256 { get; init; }

    public static IReadOnlyDictionary<string, int> CountsOf(RedactionCounts counts) =>
        new SortedDictionary<string, int>(
            counts.ToDictionary().ToDictionary(kv => TypeName(kv.Key), kv => kv.Value),
            StringComparer.Ordinal);

    public static string TypeName(PiiType type) => JsonNamingPolicy.KebabCaseLower.ConvertName(type.ToString());

    public byte[] ToJsonBytes() => JsonSerializer.SerializeToUtf8Bytes(this, ManifestJson);

    private static readonly JsonSerializerOptions ManifestJson = new(Json.Options) { WriteIndented = true };
}
