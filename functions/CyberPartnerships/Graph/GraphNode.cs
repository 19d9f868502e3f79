using System.Security.Cryptography;
using System.Text;
using CyberPartnerships.Ingestion;

namespace CyberPartnerships.Graph;

/// <summary>
/// A node of the correlation graph: an indicator value (an <see cref="IndicatorKey"/>, so the same value in any
/// notation from any partner is one node), a STIX domain object by id (<c>stix</c>: indicators, malware families,
/// threat actors, intrusion sets, campaigns, tools, infrastructure), or a case of the MoU workflow (<c>case</c>).
/// Its <see cref="Hash"/> is the indicator's hash for an indicator, so both tables name a value the same way.
/// </summary>
public readonly record struct GraphNode(string Type, string Value)
{
    public const string CaseType = "case";

    /// <summary>STIX domain objects that become nodes. Identities, locations, notes and reports do not: they name
    /// victims and people as often as criminals.</summary>
    public static readonly IReadOnlySet<string> StixNodeTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "indicator", "malware", "infrastructure", "threat-actor", "intrusion-set", "campaign", "tool", "attack-pattern",
    };

    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Type}:{Value}")))[..32];

    /// <summary>What the node is: the indicator type, the STIX object type (<c>malware</c>, <c>threat-actor</c> …) or <c>case</c>.</summary>
    public string Kind => Type == "stix" && Value.IndexOf("--", StringComparison.Ordinal) is > 0 and var at ? Value[..at] : Type;

    public override string ToString() => $"{Type}:{Value}";

    public static GraphNode Of(IndicatorKey key) => new(key.Type, key.Value);

    public static GraphNode Case(string caseId) => new(CaseType, caseId);

    /// <summary>Parses <c>type:value</c> (any notation <see cref="IndicatorKey"/> accepts, <c>case:{id}</c>, or a bare STIX id).</summary>
    public static bool TryParse(string? text, out GraphNode node, out string error)
    {
        node = default;
        error = "node is 'type:value' (ipv4:1.2.3.4, domain:example.com, stix:malware--…, case:…).";
        var t = text?.Trim() ?? string.Empty;
        if (StixPatterns.Id().IsMatch(t))
        {
            t = "stix:" + t;
        }

        var colon = t.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var (type, value) = (t[..colon], t[(colon + 1)..]);
        if (string.Equals(type, CaseType, StringComparison.OrdinalIgnoreCase))
        {
            if (value.Length is 0 or > 128 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                error = "A case id is 1 to 128 letters, digits, '-' or '_'.";
                return false;
            }

            node = Case(value);
            return true;
        }

        if (!IndicatorKey.TryCreate(type, value, out var key, out error))
        {
            return false;
        }

        node = Of(key);
        return true;
    }
}
