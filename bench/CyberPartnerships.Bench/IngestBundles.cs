using System.Globalization;
using System.Text;
using CyberPartnerships.Ingestion;

namespace CyberPartnerships.Bench;

/// <summary>The STIX bundles the ingest benchmark stores.</summary>
internal static class IngestBundles
{
    private const string Common = "\"spec_version\":\"2.1\",\"created\":\"2026-11-20T08:30:00.123456789Z\",\"modified\":\"2026-11-20T08:30:00.123456789Z\",\"object_marking_refs\":[\"" + StixMarkings.Amber + "\"]";

    private static readonly string[] Words =
    [
        "botnet", "loader", "command", "control", "server", "campaign", "operators", "phishing", "credential", "harvesting",
        "infrastructure", "domain", "registered", "bulletproof", "hosting", "payload", "dropper", "persistence", "beacon",
        "exfiltration", "victims", "financial", "sector", "observed", "sinkhole", "takedown", "sample", "obfuscated",
        "module", "ransomware", "affiliate", "panel", "proxy", "residential", "traffic", "encrypted", "configuration",
    ];

    /// <summary>The STIX object texts of a bundle of indicators (domain and IPv4 patterns), malware families and URL
    /// observables, AMBER: one in four of each.</summary>
    public static List<string> SimpleObjects(int count)
    {
        var objects = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            objects.Add((i % 4) switch
            {
                0 => $"{{\"type\":\"indicator\",\"id\":\"indicator--{id}\",{Common},\"pattern\":\"[domain-name:value = 'c2-{id:N}.example']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-11-20T08:30:00Z\",\"name\":\"C2 domain\"}}",
                1 => $"{{\"type\":\"indicator\",\"id\":\"indicator--{id}\",{Common},\"pattern\":\"[ipv4-addr:value = '10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-11-20T08:30:00Z\"}}",
                2 => $"{{\"type\":\"malware\",\"id\":\"malware--{id}\",{Common},\"name\":\"family-{i}\",\"is_family\":true,\"malware_types\":[\"bot\"]}}",
                _ => $"{{\"type\":\"url\",\"spec_version\":\"2.1\",\"id\":\"url--{id}\",\"value\":\"http://c2-{id:N}.example/gate.php\"}}",
            });
        }

        return objects;
    }

    public static string Simple(int count) => Bundle(SimpleObjects(count));

    public static string Bundle(IEnumerable<string> objects) =>
        $"{{\"type\":\"bundle\",\"id\":\"bundle--{Guid.NewGuid()}\",\"objects\":[{string.Join(',', objects)}]}}";

    /// <summary>A bundle of at most <paramref name="maxBytes"/> (UTF-8) shaped like a published threat report: in
    /// every ten objects three indicators (long descriptions, external references, kill-chain phases, labels), a
    /// malware family, an infrastructure, three relationships, a sighting and a domain observable.</summary>
    public static (byte[] Utf8, int Objects) RealWorld(int maxBytes)
    {
        var random = new Random(14);
        var objects = new List<string>();
        var size = 100;
        string? malware = null, infrastructure = null;
        var indicators = new List<string>();
        for (var i = 0; ; i++)
        {
            var id = Guid.NewGuid();
            string text;
            switch (i % 10)
            {
                case 0 or 1 or 2:
                    var ind = $"indicator--{id}";
                    indicators.Add(ind);
                    var pattern = i % 2 == 0 ? $"[domain-name:value = 'c2-{id:N}.example']" : $"[ipv4-addr:value = '10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}'] OR [url:value = 'http://c2-{id:N}.example/gate.php']";
                    text = $"{{\"type\":\"indicator\",\"id\":\"{ind}\",{Common},\"name\":\"{Sentence(random, 5)}\",\"description\":\"{Sentence(random, 120)}\",\"indicator_types\":[\"malicious-activity\",\"attribution\"],\"pattern\":\"{pattern}\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-11-20T08:30:00Z\",\"labels\":[\"c2\",\"botnet\"],\"kill_chain_phases\":[{KillChain()}],\"external_references\":[{References(random, id)}],\"confidence\":80}}";
                    break;
                case 3:
                    malware = $"malware--{id}";
                    text = $"{{\"type\":\"malware\",\"id\":\"{malware}\",{Common},\"name\":\"family-{i}\",\"description\":\"{Sentence(random, 200)}\",\"is_family\":true,\"malware_types\":[\"bot\",\"remote-access-trojan\"],\"kill_chain_phases\":[{KillChain()}],\"external_references\":[{References(random, id)}]}}";
                    break;
                case 4:
                    infrastructure = $"infrastructure--{id}";
                    text = $"{{\"type\":\"infrastructure\",\"id\":\"{infrastructure}\",{Common},\"name\":\"C2 cluster {i}\",\"description\":\"{Sentence(random, 60)}\",\"infrastructure_types\":[\"command-and-control\"]}}";
                    break;
                case 5 or 6 or 7:
                    var from = indicators[^(8 - i % 10)];
                    text = $"{{\"type\":\"relationship\",\"id\":\"relationship--{id}\",{Common},\"relationship_type\":\"indicates\",\"source_ref\":\"{from}\",\"target_ref\":\"{malware}\",\"description\":\"{Sentence(random, 20)}\"}}";
                    break;
                case 8:
                    text = $"{{\"type\":\"sighting\",\"id\":\"sighting--{id}\",{Common},\"sighting_of_ref\":\"{indicators[^1]}\",\"count\":{random.Next(1, 500)},\"first_seen\":\"2026-11-01T00:00:00Z\",\"last_seen\":\"2026-11-19T00:00:00Z\",\"where_sighted_refs\":[\"identity--{Guid.NewGuid()}\"],\"description\":\"{Sentence(random, 30)}\"}}";
                    break;
                default:
                    text = $"{{\"type\":\"domain-name\",\"spec_version\":\"2.1\",\"id\":\"domain-name--{id}\",\"value\":\"panel-{id:N}.example\"}}";
                    break;
            }

            var bytes = Encoding.UTF8.GetByteCount(text) + 1;
            if (size + bytes > maxBytes)
            {
                break;
            }

            size += bytes;
            objects.Add(text);
        }

        return (Encoding.UTF8.GetBytes(Bundle(objects)), objects.Count);
    }

    private static string KillChain() =>
        "{\"kill_chain_name\":\"mitre-attack\",\"phase_name\":\"command-and-control\"},{\"kill_chain_name\":\"lockheed-martin-cyber-kill-chain\",\"phase_name\":\"installation\"}";

    private static string References(Random random, Guid id) => string.Join(',', Enumerable.Range(0, 3).Select(r => string.Create(CultureInfo.InvariantCulture,
        $"{{\"source_name\":\"vendor-{r}\",\"url\":\"https://reports.example/{id:N}/{r}\",\"external_id\":\"CP-{random.Next(100000)}\",\"description\":\"{Sentence(random, 12)}\"}}")));

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder(words * 9);
        for (var w = 0; w < words; w++)
        {
            text.Append(w == 0 ? string.Empty : " ").Append(Words[random.Next(Words.Length)]);
        }

        return text.Append('.').ToString();
    }
}
