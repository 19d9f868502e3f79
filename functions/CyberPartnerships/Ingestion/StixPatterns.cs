using System.Globalization;
using System.Text.RegularExpressions;

namespace CyberPartnerships.Ingestion;

/// <summary>The lexical rules of STIX 2.1 used by validation and indicator extraction.</summary>
public static partial class StixPatterns
{
    /// <summary>An identifier: <c>type--UUID</c> (RFC 4122, lowercase type).</summary>
    [GeneratedRegex("^([a-z0-9][a-z0-9-]{0,248}[a-z0-9]|[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    public static partial Regex Id();

    /// <summary>An object type: 3 to 250 lowercase ASCII letters, digits and hyphens (it becomes part of table keys and blob names).</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,248}[a-z0-9]$", RegexOptions.CultureInvariant)]
    public static partial Regex TypeName();

    /// <summary>A STIX timestamp: RFC 3339, UTC (<c>Z</c>), up to 12 fractional digits (all of them are kept; the
    /// timestamp is part of a row key, so its length is bounded).</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,12})?Z$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    /// <summary>Equality comparisons on observable values in a STIX pattern, e.g. <c>[ipv4-addr:value = '198.51.100.1']</c>.</summary>
    [GeneratedRegex(@"(ipv4-addr|ipv6-addr|domain-name|url|email-addr):value\s*=\s*'((?:[^'\\]|\\.)*)'", RegexOptions.CultureInvariant)]
    public static partial Regex ValueComparison();

    /// <summary>Equality comparisons on file hashes, e.g. <c>[file:hashes.'SHA-256' = '...']</c>.</summary>
    [GeneratedRegex(@"file:hashes\.'?(MD5|SHA-1|SHA-256|SHA-512)'?\s*=\s*'([0-9a-fA-F]+)'", RegexOptions.CultureInvariant)]
    public static partial Regex HashComparison();

    /// <summary>Parses a STIX timestamp to the nearest 100 ns; the original string stays the stored value.</summary>
    public static bool TryParseTimestamp(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null || !TimestampPattern().IsMatch(text))
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text[..^1] : text[..dot];
        if (!DateTime.TryParseExact(whole, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var seconds))
        {
            return false;
        }

        var ticks = 0L;
        if (dot >= 0)
        {
            var fraction = text[(dot + 1)..^1];
            ticks = long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);
        }

        value = new DateTimeOffset(seconds.AddTicks(ticks), TimeSpan.Zero);
        return true;
    }

    /// <summary>Maps a STIX hash algorithm name to the indicator type.</summary>
    public static string HashType(string algorithm) => algorithm switch
    {
        "MD5" => "md5",
        "SHA-1" => "sha1",
        "SHA-256" => "sha256",
        _ => "sha512",
    };

    public static string ObservableType(string stixType) => stixType switch
    {
        "ipv4-addr" => "ipv4",
        "ipv6-addr" => "ipv6",
        "domain-name" => "domain",
        "email-addr" => "email",
        _ => "url",
    };
}
