namespace CyberPartnerships.Redaction.Structure;

/// <summary>
/// A whole date right after a person's name, in parentheses or after a comma ("Anna Nowak (07.07.1955)", "Reporting
/// party: Jane Roe, 11/13/1976.", "D./Dña. Lucía Pérez (16/06/1994)"), is that person's date of birth when it lies at
/// least 14 years before the latest year the text mentions: an event on the same line is dated the year of the
/// report. No "born" word is needed.
/// </summary>
internal static class BirthDatesAfterNames
{
    private const int YearsBefore = 14;
    private const int MaxDate = 32;

    public static void Add(string text, List<Finding> findings)
    {
        List<(int Start, int End, int Year)>? dates = null;
        foreach (var f in findings)
        {
            if (f.Type == PiiType.Person && DateAfter(text, f.End) is { } date && DateCells.YearOf(text.AsSpan(date.Start, date.End - date.Start)) is var year and > 0)
            {
                (dates ??= []).Add((date.Start, date.End, year));
            }
        }

        if (dates is null)
        {
            return;
        }

        var latest = DateCells.LatestYear(text);
        var count = findings.Count;
        foreach (var (start, end, year) in dates)
        {
            if (year <= latest - YearsBefore && !Finding.AnyOverlaps(findings, count, start, end))
            {
                findings.Add(new Finding(start, end, PiiType.DateOfBirth));
            }
        }
    }

    /// <summary>The span after a name: spaces, then "(" or "," and spaces, then up to the closing parenthesis, the next
    /// comma or semicolon, or the end of the line.</summary>
    private static (int Start, int End)? DateAfter(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i < text.Length && text[i] is '(' or ',')
        {
            i++;
        }
        else
        {
            return null;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || !char.IsAsciiDigit(text[i]) && !(char.IsLetter(text[i]) && StartsWithMonth(text, i)))
        {
            return null;
        }

        var start = i;
        var end = i;
        while (end < text.Length && end - start <= MaxDate && text[end] is not ('\n' or '\r' or ')' or ';' or '(')
            && !(text[end] is ',' or '.' && end > start && LooksLikeYearEnd(text, start, end)))
        {
            end++;
        }

        // A sentence's full stop after the date ("…, 11/13/1976.") is not part of it.
        while (end > start && text[end - 1] is '.' or ' ' or ',')
        {
            end--;
        }

        return end - start is >= 8 and <= MaxDate ? (start, end) : null;
    }

    private static bool StartsWithMonth(string text, int i)
    {
        var end = i;
        while (end < text.Length && end - i < 12 && char.IsLetter(text[end]))
        {
            end++;
        }

        return TextScanner.IsMonthName(text.AsSpan(i, end - i));
    }

    /// <summary>Whether the digits before <paramref name="end"/> close a four-digit year: "May 13, 1989" and "18. Oktober 2001"
    /// go on, "1989," and "1976." stop.</summary>
    private static bool LooksLikeYearEnd(string text, int start, int end) =>
        end - start >= 4 && char.IsAsciiDigit(text[end - 1]) && char.IsAsciiDigit(text[end - 2]) && char.IsAsciiDigit(text[end - 3]) && char.IsAsciiDigit(text[end - 4]);

}
