namespace CyberPartnerships.Redaction.Structure;

/// <summary>
/// The year of a table cell that holds one whole date: numeric (<c>10-12-1953</c>, <c>1954-06-19</c>,
/// <c>27.08.1987 r.</c>) or with a month's name (<c>4 July 1959</c>, <c>8 de diciembre de 1981</c>, <c>May 13, 1989</c>,
/// <c>18. Oktober 2001</c>); and the latest year a text mentions, which dates the document.
/// </summary>
internal static class DateCells
{
    private const int First = 1900;

    /// <summary>The partnership's reports are from this year on.</summary>
    public const int EarliestReport = 2020;
    private const int Last = 2099;

    /// <summary>The four-digit year of a cell that is one date, or 0.</summary>
    public static int YearOf(ReadOnlySpan<char> cell)
    {
        cell = cell.Trim();
        if (cell.EndsWith(" r.", StringComparison.Ordinal) || cell.EndsWith(" r", StringComparison.Ordinal))
        {
            // Polish "roku" after a date.
            cell = cell[..cell.LastIndexOf(' ')].TrimEnd();
        }

        if (cell.Length is < 8 or > 32)
        {
            return 0;
        }

        if (Shapes.IsNumericDate(cell))
        {
            return FourDigitYear(cell);
        }

        var month = false;
        var day = false;
        var year = 0;
        var words = 0;
        foreach (var range in cell.SplitAny(" ,"))
        {
            var word = cell[range].TrimEnd('.');
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 6)
            {
                return 0;
            }

            if (word.Length == 4 && int.TryParse(word, out var y) && y is >= First and <= Last)
            {
                year = y;
            }
            else if (word.Length <= 2 && int.TryParse(word, out var d) && d is >= 1 and <= 31)
            {
                day = true;
            }
            else if (TextScanner.IsMonthName(word))
            {
                month = true;
            }
            else if (word.Length > 3)
            {
                return 0; // "de", "of", "del" join the parts; any other word makes it text
            }
        }

        return month && day ? year : 0;
    }

    /// <summary>The year a text is dated by: the latest year from 1900 to 2099 written as four digits of their own in
    /// it, and no earlier than <see cref="EarliestReport"/> (a table of people whose only dates are birth dates is
    /// dated by none of them). No clock is read: the same text always gives the same year.</summary>
    public static int LatestYear(string text)
    {
        var latest = EarliestReport;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if ((text[i] == '1' || text[i] == '2') && (i == 0 || !char.IsAsciiDigit(text[i - 1])) &&
                (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])) && int.TryParse(text.AsSpan(i, 4), out var y) &&
                y is >= First and <= Last && y > latest)
            {
                latest = y;
            }
        }

        return latest;
    }

    private static int FourDigitYear(ReadOnlySpan<char> date)
    {
        var run = 0;
        for (var i = 0; i <= date.Length; i++)
        {
            if (i < date.Length && char.IsAsciiDigit(date[i]))
            {
                run++;
                continue;
            }

            if (run == 4 && int.TryParse(date.Slice(i - 4, 4), out var y) && y is >= First and <= Last)
            {
                return y;
            }

            run = 0;
        }

        return 0;
    }
}
