using System.Collections.Frozen;

namespace CyberPartnerships.Redaction;

/// <summary>Dates of birth written with a month name: "12 March 1985", "12 de marzo de 1985", "12. März 1985",
/// "March 12, 1985", "12 maart 1985", "12 mars 1985".</summary>
internal sealed partial class TextScanner
{
    private static readonly FrozenSet<string> Months = Languages.LanguageData.All
        .SelectMany(l => Languages.LanguageData.Split(l.Months))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word is a month's name in one of the partnership's languages.</summary>
    public static bool IsMonthName(ReadOnlySpan<char> word) => MonthLookup.Contains(word);

    private bool TryTextualDate(int i)
    {
        var j = i;
        var sawMonth = false;
        var sawYear = false;
        var last = -1;
        for (; j < _count && j - i < 6; j++)
        {
            if (j > i && _tokens[j].Before == Break.Strong && (_tokens[j].NewLineBefore || At(j - 1).Length > 2 || !char.IsAsciiDigit(At(j - 1)[0])))
            {
                break;
            }

            var s = At(j).TrimEnd('.');
            if (s.Length == 0)
            {
                break;
            }

            if (MonthLookup.Contains(s))
            {
                sawMonth = true;
                last = j;
            }
            else if (s.Length is 1 or 2 && !s.ContainsAnyExceptInRange('0', '9') || s.EndsWith("th") || s.EndsWith("er") || s.EndsWith("º"))
            {
                if (!char.IsAsciiDigit(s[0]))
                {
                    break;
                }

                last = j;
            }
            else if (s.Length == 4 && !s.ContainsAnyExceptInRange('0', '9'))
            {
                sawYear = true;
                last = j;
                break;
            }
            else if (!(s is "de" or "of" or "del" or "the"))
            {
                break;
            }
        }

        if (!sawMonth || !sawYear || last < i)
        {
            return false;
        }

        AddTokens(i, last, PiiType.DateOfBirth);
        _pending &= ~Cue.BirthDate;
        _dateEnd = last + 1;
        return true;
    }
}
