namespace CyberPartnerships.Ingestion;

/// <summary>The standard TLP 2.0 marking-definition ids of STIX 2.1 (the OASIS TLP 2.0 marking definitions).</summary>
public static class StixMarkings
{
    public const string Clear = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
    public const string Green = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    public const string Amber = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    public const string AmberStrict = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
    public const string Red = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

    private static readonly Dictionary<string, Tlp> Levels = new(StringComparer.Ordinal)
    {
        [Clear] = Tlp.Clear,
        [Green] = Tlp.Green,
        [Amber] = Tlp.Amber,
        [AmberStrict] = Tlp.AmberStrict,
        [Red] = Tlp.Red,
    };

    public static bool TryGetTlp(string? markingId, out Tlp tlp)
    {
        tlp = Tlp.Red;
        return markingId is not null && Levels.TryGetValue(markingId, out tlp);
    }

    public static string IdOf(Tlp tlp) => Levels.First(l => l.Value == tlp).Key;
}
