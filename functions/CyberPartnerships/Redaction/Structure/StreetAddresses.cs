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

    /// <summary>The street words of three characters or more ("ul.", "C/ " and "Rd." count; "St", "Rd" and "bd" alone are
    /// too common inside other words to look for, so "12 Main St" without its dot is not found).</summary>
    private static readonly System.Buffers.SearchValues<string> Triggers = System.Buffers.SearchValues.Create(
        LanguageData.All.SelectMany(l => LanguageData.Split(l.StreetsBefore + " " + l.StreetSuffixes + " " + l.StreetsAfter))
            .Where(w => w.Length >= 3 || w.Contains('/')).Distinct().ToArray(),
        StringComparison.OrdinalIgnoreCase);

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
            var digitRun = char.IsAsciiDigit(text[c]) && (c == 0 || !char.IsAsciiDigit(text[c - 1]));
            var unitWord = (text[c] | 0x20) is 'f' or 'a' or 'u' && (c == 0 || !char.IsLetter(text[c - 1]));
            if (!(c == hit || c == wordStart || digitRun || unitWord))
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

    /// <summary>An address has its house number within a few words of the street word.</summary>
    private static bool DigitNear(string text, int at)
    {
        var from = Math.Max(0, at - 12);
        var to = Math.Min(text.Length, at + 48);
        return text.AsSpan(from, to - from).ContainsAnyInRange('0', '9');
    }

    public static void Add(string text, List<Finding> findings)
    {
        if (text.Length < 8 || !text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return;
        }

        // The pattern is tried, anchored, only where an address around a street word (found with one vectorised search)
        // can start: the word itself, the start of the word holding it (a compound), and the house numbers and unit words
        // in the few words before it.
        List<Finding>? found = null;
        var at = 0;
        while (at < text.Length)
        {
            var hit = text.AsSpan(at).IndexOfAny(Triggers);
            if (hit < 0)
            {
                break;
            }

            hit += at;
            at = hit + 1;
            if (!DigitNear(text, hit))
            {
                continue;
            }

            if (MatchAround(text, hit) is { } address)
            {
                (found ??= []).Add(address);
                at = Math.Max(at, address.End);
            }
        }

        if (found is null)
        {
            return;
        }

        // Findings by start (they may nest): those overlapping an address start before its end and at most a line before it.
        var order = Enumerable.Range(0, findings.Count).OrderBy(k => findings[k].Start).ToArray();
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
