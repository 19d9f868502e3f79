using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CyberPartnerships.Ingestion;

/// <summary>
/// A normalised indicator value: the identity under which the same fact from different partners is one indicator.
/// Domains lowercase (IDN as punycode, no trailing dot), IPs canonical (IPv6 compressed lowercase), hashes
/// lowercase hex, URLs with lowercase scheme and host, e-mail addresses lowercase, STIX ids as given.
/// </summary>
public readonly partial record struct IndicatorKey(string Type, string Value)
{
    public static readonly IReadOnlyList<string> Types = ["ipv4", "ipv6", "domain", "url", "md5", "sha1", "sha256", "sha512", "email", "btc", "stix"];

    /// <summary>The first 32 hex digits of SHA-256 of <c>type:value</c>: a row-key-safe name for any value.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Type}:{Value}")))[..32];

    public override string ToString() => $"{Type}:{Value}";

    public static bool TryCreate(string? type, string? value, out IndicatorKey key, out string error)
    {
        key = default;
        error = string.Empty;
        var t = type?.Trim().ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal) switch
        {
            "ip" or "ipv4" or "ipv4addr" => "ipv4",
            "ipv6" or "ipv6addr" => "ipv6",
            "domain" or "domainname" or "hostname" => "domain",
            "url" or "uri" => "url",
            "md5" => "md5",
            "sha1" => "sha1",
            "sha256" => "sha256",
            "sha512" => "sha512",
            "email" or "emailaddr" => "email",
            "btc" or "btcwallet" or "bitcoin" => "btc",
            "stix" => "stix",
            _ => null,
        };
        if (t is null)
        {
            error = $"Unknown indicator type '{type}'; expected one of {string.Join(", ", Types)}.";
            return false;
        }

        var v = t == "stix" ? value?.Trim() ?? string.Empty : Refang(value?.Trim() ?? string.Empty);
        if (v.Length is 0 or > 2048)
        {
            error = "An indicator value must be 1 to 2048 characters.";
            return false;
        }

        string? normalised = t switch
        {
            "ipv4" => IPAddress.TryParse(v, out var ip4) && ip4.AddressFamily == AddressFamily.InterNetwork && v.Count(c => c == '.') == 3 ? ip4.ToString() : null,
            "ipv6" => IPAddress.TryParse(v, out var ip6) && ip6.AddressFamily == AddressFamily.InterNetworkV6 ? ip6.ToString() : null,
            "domain" => NormaliseDomain(v),
            "url" => Uri.TryCreate(v, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp" ? uri.AbsoluteUri : null,
            "md5" => Hex(v, 32),
            "sha1" => Hex(v, 40),
            "sha256" => Hex(v, 64),
            "sha512" => Hex(v, 128),
            "email" => v.LastIndexOf('@') is > 0 and var at && NormaliseDomain(v[(at + 1)..]) is { } d ? $"{v[..at].ToLowerInvariant()}@{d}" : null,
            "btc" => BtcPattern().IsMatch(v) ? (v.StartsWith("bc1", StringComparison.OrdinalIgnoreCase) ? v.ToLowerInvariant() : v) : null,
            "stix" => StixPatterns.Id().IsMatch(v) ? v : null,
            _ => null,
        };
        if (normalised is null)
        {
            error = $"'{v}' is not a valid {t} value.";
            return false;
        }

        key = new IndicatorKey(t, normalised);
        return true;
    }

    /// <summary>Undoes the usual defanging (<c>hxxp://</c>, <c>1.2.3[.]4</c>, <c>evil(.)example</c>, <c>[:]//</c>,
    /// <c>user[@]example</c>), so a defanged value is the same indicator as the live one.</summary>
    public static string Refang(string v)
    {
        if (v.IndexOfAny(['[', '(', '{']) >= 0)
        {
            foreach (var (from, to) in Defanged)
            {
                v = v.Replace(from, to, StringComparison.OrdinalIgnoreCase);
            }
        }

        return v.StartsWith("hxxp", StringComparison.OrdinalIgnoreCase) ? "http" + v[4..]
            : v.StartsWith("fxp://", StringComparison.OrdinalIgnoreCase) ? "ftp" + v[3..]
            : v;
    }

    private static readonly (string From, string To)[] Defanged =
        [("[.]", "."), ("(.)", "."), ("{.}", "."), ("[dot]", "."), ("(dot)", "."), ("[://]", "://"), ("[:]", ":"), ("[@]", "@"), ("[at]", "@"), ("(at)", "@")];

    private static string? Hex(string v, int length) =>
        v.Length == length && v.All(char.IsAsciiHexDigit) ? v.ToLowerInvariant() : null;

    private static string? NormaliseDomain(string v)
    {
        var d = v.TrimEnd('.');
        try
        {
            d = new IdnMapping().GetAscii(d).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }

        return DomainPattern().IsMatch(d) ? d : null;
    }

    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"^([13][a-km-zA-HJ-NP-Z1-9]{25,34}|(bc1|BC1)[a-zA-HJ-NP-Z0-9]{11,87})$", RegexOptions.CultureInvariant)]
    private static partial Regex BtcPattern();
}
