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
        List<(int Start, int End)>? dates = null;
        foreach (var f in findings)
        {
            if (f.Type == PiiType.Person && DateAfter(text, f.End) is { } date)
            {
                (dates ??= []).Add(date);
            }
        }

        if (dates is null)
        {
            return;
        }

        var latest = DateCells.LatestYear(text);
        var taken = findings.Select(f => (f.Start, f.End)).Order().ToArray();
        foreach (var (start, end) in dates)
        {
            if (DateCells.YearOf(text.AsSpan(start, end - start)) is var year and > 0 && year <= latest - YearsBefore && !Overlaps(taken, start, end))
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

        if (i >= text.Length || !char.IsAsciiDigit(text[i]) && !char.IsLetter(text[i]))
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

    /// <summary>Whether the digits before <paramref name="end"/> close a four-digit year: "May 13, 1989" and "18. Oktober 2001"
    /// go on, "1989," and "1976." stop.</summary>
    private static bool LooksLikeYearEnd(string text, int start, int end) =>
        end - start >= 4 && char.IsAsciiDigit(text[end - 1]) && char.IsAsciiDigit(text[end - 2]) && char.IsAsciiDigit(text[end - 3]) && char.IsAsciiDigit(text[end - 4]);

    /// <summary>Whether a finding (sorted by start; findings may nest) overlaps [start, end): one starting before
    /// <paramref name="end"/> and ending after <paramref name="start"/>, among those that start at most a line before.</summary>
    private static bool Overlaps((int Start, int End)[] sorted, int start, int end)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < end)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo - 1; k >= 0 && sorted[k].Start >= start - 256; k--)
        {
            if (sorted[k].End > start)
            {
                return true;
            }
        }

        return false;
    }
}
