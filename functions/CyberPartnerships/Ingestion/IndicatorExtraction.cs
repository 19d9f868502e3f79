using System.Text.Json;

namespace CyberPartnerships.Ingestion;

/// <summary>The indicator values a STIX object names: observable values, file hashes, and simple pattern comparisons.
/// Indicators, malware and infrastructure are also correlated by their STIX id.</summary>
public static class IndicatorExtraction
{
    public static IReadOnlyList<IndicatorKey> From(JsonElement obj, string type, string id)
    {
        var keys = new List<IndicatorKey>();
        void Add(string t, string? v)
        {
            if (IndicatorKey.TryCreate(t, v, out var key, out _) && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        switch (type)
        {
            case "ipv4-addr" or "ipv6-addr" or "domain-name" or "url" or "email-addr":
                Add(StixPatterns.ObservableType(type), StixBundleReader.Str(obj, "value"));
                break;
            case "file" when obj.TryGetProperty("hashes", out var hashes) && hashes.ValueKind == JsonValueKind.Object:
                foreach (var h in hashes.EnumerateObject())
                {
                    if (h.Name is "MD5" or "SHA-1" or "SHA-256" or "SHA-512" && h.Value.ValueKind == JsonValueKind.String)
                    {
                        Add(StixPatterns.HashType(h.Name), h.Value.GetString());
                    }
                }

                break;
            case "indicator":
                Add("stix", id);
                if (StixBundleReader.Str(obj, "pattern_type") == "stix" && StixBundleReader.Str(obj, "pattern") is { } pattern)
                {
                    foreach (var match in StixPatterns.ValueComparison().Matches(pattern).Cast<System.Text.RegularExpressions.Match>())
                    {
                        Add(StixPatterns.ObservableType(match.Groups[1].Value), match.Groups[2].Value.Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal));
                    }

                    foreach (var match in StixPatterns.HashComparison().Matches(pattern).Cast<System.Text.RegularExpressions.Match>())
                    {
                        Add(StixPatterns.HashType(match.Groups[1].Value), match.Groups[2].Value);
                    }
                }

                break;
            case "malware" or "infrastructure":
                Add("stix", id);
                break;
        }

        return keys;
    }
}
