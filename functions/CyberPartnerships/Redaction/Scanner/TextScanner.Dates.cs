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

    /// <summary>How many years before the text's latest year a full date must lie to be a date of birth with no
    /// "born" word: an event, a registration or a report is dated the year of the text, a person was born 14 years or
    /// more before it.</summary>
    private const int BirthYearsBefore = 14;

    /// <summary>The latest year a date of birth without a cue may have; computed once per text, when a date needs it.</summary>
    private int _birthCeiling;

    /// <summary>Whether a full date's year makes it a date of birth without a cue (see <see cref="BirthYearsBefore"/>).</summary>
    private bool IsBirthYear(int year)
    {
        if (_birthCeiling == 0)
        {
            _birthCeiling = Structure.DateCells.LatestYear(_text) - BirthYearsBefore;
        }

        return year >= 1900 && year <= _birthCeiling;
    }

    /// <summary>Full dates old enough to be dates of birth that no cue announced: dates of birth when the text holds
    /// personal data of another kind (a report about people), kept in a text of none (a timeline of malware families).</summary>
    private readonly List<(int Start, int End)> _oldDates = [];

    private void AddOldDates()
    {
        if (_findings.Count == 0)
        {
            return;
        }

        var count = _findings.Count;
        foreach (var (start, end) in _oldDates)
        {
            var k = 0;
            while (k < count && _findings[k].End <= start)
            {
                k++;
            }

            if (k == count || _findings[k].Start >= end)
            {
                _findings.Add(new Finding(start, end, PiiType.DateOfBirth));
            }
        }

        if (_findings.Count > count)
        {
            _findings.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>A date written with a month's name; after a birth cue any such date, without one only a date old
    /// enough to be a birth date (<paramref name="oldOnly"/>).</summary>
    private bool TryTextualDate(int i, bool oldOnly = false)
    {
        var j = i;
        var sawMonth = false;
        var sawYear = false;
        var year = 0;
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
                year = int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
                last = j;
                break;
            }
            else if (!(s is "de" or "of" or "del" or "the"))
            {
                break;
            }
        }

        if (!sawMonth || !sawYear || last < i || (oldOnly && !IsBirthYear(year)))
        {
            return false;
        }

        if (oldOnly)
        {
            _oldDates.Add((_tokens[i].Start, _tokens[last].End));
        }
        else
        {
            AddTokens(i, last, PiiType.DateOfBirth);
        }

        _pending &= ~Cue.BirthDate;
        _dateEnd = last + 1;
        return true;
    }
}
