namespace CyberPartnerships.Redaction.Languages;

/// <summary>Italian (it): codice fiscale, carta d'identità.</summary>
internal static class Italian
{
    public static readonly LanguageData Data = new(
        "it",
        Cues:
        [
            (Cue.NationalId, "fiscale codicefiscale c.f identità identita"),
        ],
        Fields:
        [
            (FieldHint.NationalId, "codicefiscale cf cartaidentita cartadidentita cartaidentità cartadidentità numerocartaidentita"),
        ],
        Months: string.Empty,
        Closings: ["distinti saluti", "cordiali saluti", "saluti", "grazie", "un saluto"],
        Wrote: ["ha scritto"]);
}
