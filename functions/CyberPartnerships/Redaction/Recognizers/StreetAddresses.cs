using System.Text.RegularExpressions;
using CyberPartnerships.Redaction.Languages;

namespace CyberPartnerships.Redaction.Structure;

/// <summary>
/// Street addresses by their shape in each language's format, with no cue before them: the street type and a
/// capitalised name with a house number ("Via Roma 218", "ul. Kwiatowa 138/1", "C/ Mayor 7, 4º B", "Avda. de la
/// Constitución 149"), the number first ("229 rue de la République", "24, impasse des Lilas", "62 Victoria Road, Apt
/// 8B"), or a compound street name and its number ("Hauptstraße 161", "Bahnhofstr. 7a", "Prinsengracht 123-3"). The
/// street words are language data (<see cref="LanguageData.StreetsBefore"/>, <see cref="LanguageData.StreetSuffixes"/>,
/// <see cref="LanguageData.StreetsAfter"/>). A span that overlaps another finding is left to it, unless that finding
/// is a name or address inside it ("Corso Vittorio Emanuele II 118"). An address does not run over a line break.
/// </summary>
internal static class StreetAddresses
{
    private const string Particles = "de|del|de la|dei|degli|delle|della|dello|di|da|do|dos|das|des|du|la|le|les|los|las|van|der|den|von|am";
    private const string Name = @"\p{Lu}[\p{L}'’\-]*\.?";
    private const string Part = @"(?:(?:" + Particles + @")[ \t\u00A0]+)*" + Name;
    private const string Number = @"\d{1,4}[A-Za-z]?(?:[ \t\u00A0]?[/-][ \t\u00A0]?\d{1,4}[A-Za-z]?)?";
    private const string Unit = @"(?:,?[ \t\u00A0]*(?i:apt\.?|flat|unit|suite|bât\.|bâtiment|esc\.|piso|bajo|bis|ter|m\.)[ \t\u00A0]*[\w]{0,3}|,[ \t\u00A0]*\d{1,2}[ \t\u00A0]?[º°ª](?:[ \t\u00A0]?[A-Z0-9]{1,2}[ºª]?)?)?";

    private static readonly string[] Ambiguous = ["via", "place", "route", "cours", "passage", "square", "largo", "corso", "borgo", "strada", "camino", "estrada"];

    private static readonly Regex Pattern = Build();

    private const int Before = 60;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetWords = new HashSet<string>(
        LanguageData.All.SelectMany(l => LanguageData.Split(l.StreetsBefore + " " + l.StreetsAfter)),
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Suffixes = LanguageData.All.SelectMany(l => LanguageData.Split(l.StreetSuffixes)).Distinct().ToArray();

    private static readonly HashSet<char> SuffixEnds = Suffixes.Select(s => char.ToLowerInvariant(s[^1])).ToHashSet();

    private static Regex Build()
    {
        static string Words(Func<LanguageData, string> pick) => string.Join('|', LanguageData.All
            .SelectMany(l => LanguageData.Split(pick(l)))
            .Distinct()
            .OrderByDescending(w => w.Length)
            .Select(Regex.Escape));

        // Street words that are also common words elsewhere ("via", "place", "route") count only capitalised.
        var before = $"(?i:{Words(l => string.Join(' ', LanguageData.Split(l.StreetsBefore).Where(w => !Ambiguous.Contains(w))))})|" +
            string.Join('|', Ambiguous.Select(w => char.ToUpperInvariant(w[0]) + Regex.Escape(w[1..])));
        var suffixes = Words(l => l.StreetSuffixes);
        var after = Words(l => l.StreetsAfter);
        var edge = @"(?<![\p{L}\p{N}@./:_-])";
        var typeFirst = $@"{edge}(?:{before})[ \t\u00A0]+{Part}(?:[ \t\u00A0]+{Part}){{0,3}},?[ \t\u00A0]+{Number}(?:[ \t\u00A0]+m\.[ \t\u00A0]*\d{{1,4}})?{Unit}";
        var numberFirst = $@"{edge}\d{{1,4}}(?:[ \t\u00A0]+(?i:bis|ter))?,?[ \t\u00A0]+(?:{before})[ \t\u00A0]+{Part}(?:[ \t\u00A0]+{Part}){{0,3}}{Unit}";
        var typeAfter = $@"{edge}(?:(?i:flat|apt\.?|unit)[ \t\u00A0]*\w{{1,4}},[ \t\u00A0]*)?\d{{1,4}}[A-Za-z]?[ \t\u00A0]+{Name}(?:[ \t\u00A0]+{Name}){{0,2}}[ \t\u00A0]+(?i:{after})(?![\p{{L}}]){Unit}";
        var compound = $@"{edge}\p{{Lu}}[\p{{L}}\-]*(?i:{suffixes})[ \t\u00A0]+{Number}(?:[ \t\u00A0]+(?:bis|[a-z])(?![\p{{L}}]))?";
        return new Regex($@"\G(?:{typeFirst}|{numberFirst}|{typeAfter}|{compound})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The address whose match covers the street word at <paramref name="hit"/>, tried from each place it can start.</summary>
    private static Finding? MatchAround(string text, int hit)
    {
        var from = Math.Max(0, hit - Before);
        var wordStart = hit;
        while (wordStart > from && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
        {
            wordStart--;
        }

        for (var c = from; c <= hit; c++)
        {
            var digitRun = char.IsAsciiDigit(text[c]) && (c == 0 || !char.IsAsciiDigit(text[c - 1]) && text[c - 1] is not ('.' or ':' or '/' or '-'));
            if (!(c == hit || c == wordStart || digitRun || IsUnitWord(text, c)))
            {
                continue;
            }

            var match = Pattern.Match(text, c);
            if (match.Success && match.Index + match.Length > hit)
            {
                var end = match.Index + match.Length;
                while (end > match.Index && text[end - 1] is ',' or '.' or ' ')
                {
                    end--;
                }

                return new Finding(match.Index, end, PiiType.PostalAddress);
            }
        }

        return null;
    }

    /// <summary>"Flat", "Apt" or "Unit" starting a word at <paramref name="c"/> (an English address may start with its unit).</summary>
    private static bool IsUnitWord(string text, int c) =>
        (text[c] | 0x20) is 'f' or 'a' or 'u' && (c == 0 || !char.IsLetter(text[c - 1])) &&
        (text.AsSpan(c).StartsWith("flat", StringComparison.OrdinalIgnoreCase) || text.AsSpan(c).StartsWith("apt", StringComparison.OrdinalIgnoreCase) ||
         text.AsSpan(c).StartsWith("unit", StringComparison.OrdinalIgnoreCase));

    /// <summary>A group of a longer number printed in groups (a card, an IBAN, a phone number: "4111 1111", "539 022").</summary>
    private static bool InDigitGroups(string text, int start, int end) =>
        (start >= 2 && text[start - 1] == ' ' && char.IsAsciiDigit(text[start - 2])) ||
        (end + 1 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]));

    /// <summary>A house number's digits: not inside a longer number, a date, a time, an IP address or an amount
    /// ("12.03.", "10:42", "+48", "€300").</summary>
    private static bool IsHouseNumber(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        var afterNext = end + 1 < text.Length ? text[end + 1] : ' ';
        return !char.IsLetter(before) && before is not ('.' or ':' or '+' or '€' or '$' or '£' or '-' or '/' or '#' or '@') &&
            !(after is '.' or ':' or ',' && char.IsAsciiDigit(afterNext)) && after is not ('%' or '€' or '@');
    }

    /// <summary>The start of a street word among the six words before the number or the four after it on its line, or null.</summary>
    private static int? StreetWordNear(string text, int start, int end)
    {
        var i = start;
        for (var words = 0; words < 6 && i > 0 && start - i < Before; words++)
        {
            while (i > 0 && text[i - 1] is ' ' or ',' or '\t')
            {
                i--;
            }

            var wordEnd = i;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not (',' or '|' or ';' or '(' or ')'))
            {
                i--;
            }

            if (wordEnd == i || (wordEnd < text.Length && text[wordEnd] == '\n'))
            {
                break;
            }

            if (IsStreetWord(text.AsSpan(i, wordEnd - i)))
            {
                return i;
            }
        }

        i = end;
        for (var words = 0; words < 4 && i < text.Length && i - end < Before; words++)
        {
            while (i < text.Length && text[i] is ' ' or ',' or '\t')
            {
                i++;
            }

            var wordStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not (',' or '|' or ';' or '(' or ')'))
            {
                i++;
            }

            if (wordStart == i)
            {
                return null;
            }

            if (IsStreetWord(text.AsSpan(wordStart, i - wordStart)))
            {
                return wordStart;
            }
        }

        return null;
    }

    private static bool IsStreetWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 40)
        {
            return false;
        }

        if (StreetWords.Contains(word) || (word[^1] == '.' && StreetWords.Contains(word.TrimEnd('.'))))
        {
            return true;
        }

        if (!char.IsUpper(word[0]) || !SuffixEnds.Contains(char.ToLowerInvariant(word[^1])))
        {
            return false;
        }

        foreach (var suffix in Suffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static void Add(string text, List<Finding> findings)
    {
        if (text.Length < 8 || !text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        // Every address has a house number: the pattern is tried, anchored, only around a short number (1 to 4 digits
        // on their own, not part of a date, a time, an address or an amount) that has a street word within a few words
        // of it, from the places the address can start (the street word, the word holding it, the numbers and unit
        // words before it).
        List<Finding>? found = null;
        var at = 0;
        var covered = 0;
        while (at < text.Length)
        {
            var digit = text.AsSpan(at).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                break;
            }

            var start = at + digit;
            var end = start;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            at = end;
            if (start < covered || end - start > 4 || InDigitGroups(text, start, end) || !IsHouseNumber(text, start, end) ||
                StreetWordNear(text, start, end) is not { } hit)
            {
                continue;
            }

            if (MatchAround(text, hit) is { } address)
            {
                (found ??= []).Add(address);
                covered = address.End;
                at = Math.Max(at, address.End);
            }
        }

        if (found is null)
        {
            return;
        }

        // Findings by start (they may nest): those overlapping an address start before its end and at most a line before it.
        var order = new int[findings.Count];
        var starts = new int[findings.Count];
        for (var k = 0; k < order.Length; k++)
        {
            (order[k], starts[k]) = (k, findings[k].Start);
        }

        Array.Sort(starts, order);
        var remove = new HashSet<int>();
        foreach (var address in found)
        {
            int lo = 0, hi = order.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (findings[order[mid]].Start < address.End)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            var blocked = false;
            var inside = new List<int>();
            for (var n = lo - 1; n >= 0 && findings[order[n]].Start >= address.Start - 256; n--)
            {
                var f = findings[order[n]];
                if (f.End <= address.Start)
                {
                    continue;
                }

                if (f.Start >= address.Start && f.End <= address.End && f.Type is PiiType.Person or PiiType.PostalAddress)
                {
                    inside.Add(order[n]);
                }
                else
                {
                    blocked = true;
                    break;
                }
            }

            if (!blocked)
            {
                remove.UnionWith(inside);
                findings.Add(address);
            }
        }

        if (remove.Count > 0)
        {
            var kept = findings.Where((_, k) => !remove.Contains(k)).ToList();
            findings.Clear();
            findings.AddRange(kept);
        }
    }
}
