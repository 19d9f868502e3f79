namespace CyberPartnerships.Redaction.Languages;

/// <summary>Symbols, and the acronyms and field names of the trade that every language uses as they are (C2, IoC,
/// sha256, TLP).</summary>
internal static class Common
{
    public static readonly LanguageData Data = new(
        "common",
        Cues:
        [
            (Cue.InfraIp, "c2 c2-server c2-servers c2s c&c cnc ioc iocs vps rat"),
            (Cue.Filler | Cue.Conjunction, "/ |"),
            (Cue.Filler, ": = -"),
        ],
        Fields:
        [
            (FieldHint.VictimIp, "ip ipaddress victimip srcip sourceip clientip userip customerip"),
            (FieldHint.Indicator, "indicator indicators ioc iocs sha256 sha1 md5 hash filehash domain domainname url c2 c2ip c2domain c2url " +
                "serverip dstip destinationip wallet btcwallet cve malware malwarefamily family caseid case tlp firstseen lastseen port asn " +
                "category type indicatortype"),
        ],
        Months: string.Empty,
        Closings: ["--"],
        Wrote: []);
}
