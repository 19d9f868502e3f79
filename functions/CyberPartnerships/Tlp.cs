namespace CyberPartnerships;

/// <summary>Traffic Light Protocol 2.0 levels, ordered from least to most restrictive.</summary>
public enum Tlp
{
    Clear = 0,
    Green = 1,
    Amber = 2,
    AmberStrict = 3,
    Red = 4,
}

public static class TlpLevels
{
    /// <summary>The TLP 2.0 label as written in the standard: CLEAR, GREEN, AMBER, AMBER+STRICT, RED.</summary>
    public static string ToLabel(this Tlp tlp) => tlp switch
    {
        Tlp.Clear => "CLEAR",
        Tlp.Green => "GREEN",
        Tlp.Amber => "AMBER",
        Tlp.AmberStrict => "AMBER+STRICT",
        Tlp.Red => "RED",
        _ => throw new ArgumentOutOfRangeException(nameof(tlp)),
    };

    /// <summary>Parses "AMBER+STRICT", "amber+strict", "TLP:AMBER", "AmberStrict", "amber_strict".</summary>
    public static bool TryParse(string? text, out Tlp tlp)
    {
        tlp = Tlp.Red;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim().ToUpperInvariant();
        if (t.StartsWith("TLP:", StringComparison.Ordinal))
        {
            t = t[4..];
        }

        switch (t.Replace("_", "+", StringComparison.Ordinal).Replace("-", "+", StringComparison.Ordinal))
        {
            case "CLEAR" or "WHITE": tlp = Tlp.Clear; return true;
            case "GREEN": tlp = Tlp.Green; return true;
            case "AMBER": tlp = Tlp.Amber; return true;
            case "AMBER+STRICT" or "AMBERSTRICT": tlp = Tlp.AmberStrict; return true;
            case "RED": tlp = Tlp.Red; return true;
            default: return false;
        }
    }

    /// <summary>True when a recipient cleared up to <paramref name="clearance"/> may receive <paramref name="marking"/>.</summary>
    public static bool Allows(this Tlp clearance, Tlp marking) => marking <= clearance;

    /// <summary>
    /// Whether a partner may see something another partner marked <paramref name="marking"/>: AMBER and below within
    /// its clearance. AMBER+STRICT stays with the originating organisation and RED with the people it was given to,
    /// so neither is ever shown to another partner, whatever its clearance (the same rule as <c>TlpRouting</c>).
    /// </summary>
    public static bool ShowsToOtherPartner(this Tlp marking, Tlp clearance) => marking <= Tlp.Amber && clearance.Allows(marking);
}
