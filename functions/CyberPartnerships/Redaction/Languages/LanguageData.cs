namespace CyberPartnerships.Redaction.Languages;

/// <summary>
/// What the redactor knows of one language, kept as data: its context words (what a word announces about the value
/// after it, <see cref="Cue"/>), its field names (column headers, form labels, JSON keys, compared lowercased without
/// separators, <see cref="FieldHints"/>), its month names (dates of birth written out), the closing formulas and
/// quoted-reply verbs of its e-mails, and the words of its street addresses: the street types written before the
/// street's name (<c>rue</c>, <c>calle</c>, <c>ul.</c>), the endings of compound street names (<c>-straße</c>,
/// <c>-laan</c>) and the types written after the name (<c>Road</c>); the greetings before a name at the start of a
/// message (<c>Hola</c>, <c>Dzień dobry</c>) and the roles a chat names its speakers by (<c>Agent</c>, <c>Klient</c>);
/// its function words (articles, prepositions, pronouns, auxiliaries), by which <see cref="LanguageCheck"/> tells a
/// paragraph the redactor reads from one in a language it has no tables for.
/// A word may be listed by several languages: its cues are united.
/// </summary>
internal sealed record LanguageData(
    string Code,
    (Cue Cue, string Words)[] Cues,
    (FieldHint Hint, string Names)[] Fields,
    string Months,
    string[] Closings,
    string[] Wrote,
    string StreetsBefore = "",
    string StreetSuffixes = "",
    string StreetsAfter = "",
    string[]? Greetings = null,
    string Roles = "",
    string FunctionWords = "")
{
    /// <summary>Every language the redactor reads (one file each), and the symbols and acronyms common to all.</summary>
    public static readonly LanguageData[] All =
    [
        Common.Data, English.Data, Spanish.Data, Portuguese.Data, French.Data, German.Data, Dutch.Data, Italian.Data, Polish.Data,
    ];

    public static IEnumerable<string> Split(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
