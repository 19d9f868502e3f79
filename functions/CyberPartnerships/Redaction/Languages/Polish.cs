namespace CyberPartnerships.Redaction.Languages;

/// <summary>Polish (pl): PESEL, NIP, dowód osobisty.</summary>
internal static class Polish
{
    public static readonly LanguageData Data = new(
        "pl",
        Cues:
        [
            (Cue.NationalId, "pesel nip dowód dowodu osobisty osobistego"),
        ],
        Fields:
        [
            (FieldHint.NationalId, "pesel nip dowodosobisty nrdowodu numerdowodu"),
        ],
        Months: string.Empty,
        Closings: ["pozdrawiam", "z poważaniem", "z wyrazami szacunku", "pozdrowienia", "dziękuję"],
        Wrote: ["napisał", "napisała", "napisał(a)"]);
}
