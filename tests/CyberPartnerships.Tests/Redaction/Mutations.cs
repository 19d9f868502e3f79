using System.Text;
using System.Text.RegularExpressions;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>
/// Meaning-preserving changes to a labelled document: each changes only the text outside the labelled values (every
/// occurrence of each is left as written), so each value's outcome (redacted or kept) must stay as it was.
/// </summary>
internal static partial class Mutations
{
    /// <summary>Synonymous cue words in the partnership's languages (whole words, as written or capitalised).</summary>
    private static readonly (string From, string To)[] Synonyms =
    [
        ("e-mail", "email"), ("phone", "telephone"), ("password", "passwd"), ("username", "login"), ("address", "addr"),
        ("victim", "complainant"), ("teléfono", "móvil"), ("contraseña", "clave"), ("correo", "e-mail"), ("senha", "palavra-passe"),
        ("telefone", "celular"), ("wachtwoord", "pw"), ("telefoon", "mobiel"), ("téléphone", "portable"), ("mot de passe", "mdp"),
        ("passwort", "kennwort"), ("telefon", "handynummer"), ("geboren", "geb."), ("nato", "nata"), ("hasło", "haslo"),
    ];

    public static IReadOnlyList<(string Name, Func<string, IReadOnlyList<string>, string> Apply)> All { get; } =
    [
        ("CRLF line breaks", (text, _) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal)),
        // Lines that align columns with runs of spaces are left alone: doubling their spaces moves their columns.
        ("double spaces", (text, values) => string.Join('\n', text.Split('\n').Select(line =>
            line.Contains("   ", StringComparison.Ordinal) ? line : Outside(line, values, part => part.Replace(" ", "  ", StringComparison.Ordinal))))),
        ("labels upper-cased", (text, values) => Outside(text, values, part => LabelPattern().Replace(part, m => m.Value.ToUpperInvariant()))),
        ("labels lower-cased", (text, values) => Outside(text, values, part => LabelPattern().Replace(part, m => m.Value.ToLowerInvariant()))),
        ("no full stop at line ends", (text, values) => Outside(text, values, part => LineEndStop().Replace(part, ""))),
        ("synonym cues", (text, values) => Outside(text, values, ReplaceSynonyms)),
        ("pipe tables as tab tables", (text, values) => PipesToTabs(text, values)),
        ("semicolon tables as pipe tables", (text, values) => SeparatorTable(text, values, ';', " | ")),
    ];

    /// <summary>Applies <paramref name="change"/> to the parts of <paramref name="text"/> between the occurrences of
    /// the values.</summary>
    public static string Outside(string text, IReadOnlyList<string> values, Func<string, string> change)
    {
        var protectedSpans = new bool[text.Length];
        foreach (var value in values.Where(v => v.Length > 0))
        {
            for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(protectedSpans, true, at, value.Length);
            }
        }

        var output = new StringBuilder(text.Length + 16);
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && protectedSpans[end] == protectedSpans[start])
            {
                end++;
            }

            var part = text[start..end];
            output.Append(protectedSpans[start] ? part : change(part));
            start = end;
        }

        return output.ToString();
    }

    private static string ReplaceSynonyms(string part)
    {
        foreach (var (from, to) in Synonyms)
        {
            part = Regex.Replace(part, $@"(?<![\p{{L}}\p{{N}}-]){Regex.Escape(from)}(?![\p{{L}}\p{{N}}-])", m =>
                char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(to[0]) + to[1..] : to, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        return part;
    }

    /// <summary>Lines of a pipe table (two pipes or more) with tabs between their cells; values are not touched.</summary>
    private static string PipesToTabs(string text, IReadOnlyList<string> values) =>
        values.Any(v => v.Contains('|', StringComparison.Ordinal)) ? text : string.Join('\n', text.Split('\n').Select(line =>
            line.Count(c => c == '|') >= 2 ? string.Join('\t', line.Trim().Trim('|').Split('|').Select(c => c.Trim())) : line));

    private static string SeparatorTable(string text, IReadOnlyList<string> values, char from, string to) =>
        values.Any(v => v.Contains(from, StringComparison.Ordinal)) ? text : string.Join('\n', text.Split('\n').Select(line =>
            line.Count(c => c == from) >= 2 && !line.Contains('|', StringComparison.Ordinal) ? string.Join(to, line.Split(from).Select(c => c.Trim())) : line));

    /// <summary>A label at the start of a line, before its colon.</summary>
    [GeneratedRegex(@"(?m)^[\p{L} .'’-]{2,30}(?=:)")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"(?m)(?<=[\p{L}\p{N})])\.(?=\r?$)")]
    private static partial Regex LineEndStop();
}
