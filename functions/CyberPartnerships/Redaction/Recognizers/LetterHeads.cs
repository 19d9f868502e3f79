using CyberPartnerships.Redaction.Structure;

namespace CyberPartnerships.Redaction.Recognizers;

/// <summary>
/// The sender's block of a letter: a name, a street line and a postcode with the town, each on its own line
/// ("ELKE VANDENBERGHE / Meir 35 / 1050 Ixelles", "Jonas Schäfer / Mariahilfer Straße 170/6/15 / 4020 Linz"). The
/// postcode line anchors it: the line above is the street, when it holds a house number, and the line above that the
/// person, when it is two to four capitalised words none of which is on the stop list.
/// </summary>
internal static class LetterHeads
{
    public static void Add(string text, List<Finding> findings)
    {
        if (!text.Contains('\n'))
        {
            return;
        }

        (int Start, int End) before2 = default, before1 = default;
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var line = Trimmed(text, start, end);
            if (line.End > line.Start)
            {
                if (IsPostcodeLine(text.AsSpan(line.Start, line.End - line.Start)) && before1.End > before1.Start &&
                    IsStreetLine(text.AsSpan(before1.Start, before1.End - before1.Start)))
                {
                    findings.Add(new Finding(before1.Start, before1.End, PiiType.PostalAddress));
                    if (before2.End > before2.Start && IsNameLine(text.AsSpan(before2.Start, before2.End - before2.Start)))
                    {
                        findings.Add(new Finding(before2.Start, before2.End, PiiType.Person));
                    }
                }

                (before2, before1) = (before1, line);
            }

            start = end + 1;
        }
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>A postcode and a town: "1050 Ixelles", "20095 Hamburg", "1100-053 Lisboa", "00-950 Warszawa", "SW1A 1AA
    /// London" is left to the street rules (its town comes first in the UK).</summary>
    private static bool IsPostcodeLine(ReadOnlySpan<char> line)
    {
        var space = line.IndexOf(' ');
        if (space is < 4 or > 8 || line.Length - space > 40)
        {
            return false;
        }

        var code = line[..space];
        var dash = code.IndexOf('-');
        var digits = dash < 0 ? code : code[..dash];
        var tail = dash < 0 ? default : code[(dash + 1)..];
        return digits.Length is >= 2 and <= 5 && !digits.ContainsAnyExceptInRange('0', '9') && !tail.ContainsAnyExceptInRange('0', '9') &&
            (dash >= 0 || digits.Length >= 4) && char.IsUpper(line[space + 1]) && !line[(space + 1)..].ContainsAnyInRange('0', '9');
    }

    /// <summary>A street line: at most eight words, letters and a house number, no e-mail, URL or IP address.</summary>
    private static bool IsStreetLine(ReadOnlySpan<char> line) =>
        line.Length <= 60 && line.Count(' ') <= 7 && line.ContainsAnyInRange('0', '9') && char.IsLetter(line[0]) &&
        line.IndexOfAny('@', ':') < 0 && !Shapes.IsIPv4(line, out _);

    private static bool IsNameLine(ReadOnlySpan<char> line)
    {
        var words = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }

            var shape = Shape.Of(word);
            if (++words > 4 || !(shape.IsTitle || (NameLexicon.IsCapitals(word) && shape.IsWord)) ||
                NameLexicon.OfWritten(word).HasFlag(NameKind.Stop) || (ContextWords.Of(word) & ~Cue.Function) != 0)
            {
                return false;
            }
        }

        return words >= 2;
    }
}
