using CyberPartnerships.Redaction.Languages;
using CyberPartnerships.Redaction.Structure;

namespace CyberPartnerships.Redaction.Recognizers;

/// <summary>
/// The strict reading of a passage in a language the redactor has no tables for (<see cref="LanguageCheck"/>): no cue
/// word announces a victim there, so values are taken by their form alone, as personal unless their form says they
/// are infrastructure. Added to what the ordinary rules found, never instead of it: such a passage can only lose more.
/// <list type="bullet">
/// <item>a date whose year lies at least 14 years before the text's latest year (<c>1961-04-12</c>, <c>14. 3. 1972</c>,
/// <c>1968. május 5.</c>) is a date of birth;</item>
/// <item>a run of two or more capitalised words (<c>Annika Berg</c>, <c>Kovács Zsuzsanna</c>, <c>NOVÁK Jan</c>) is a
/// name, unless a word of it is a malware family, brand, month or place of the stop list;</item>
/// <item>capitalised words followed by a house number (<c>Storgatan 14</c>, <c>Rákóczi út 12</c>, <c>Atatürk Caddesi
/// No: 45</c>) are a street address;</item>
/// <item>ten digits or more in a run, or six or eight digits, a separator and four more (a check letter perhaps:
/// <c>19610412-4471</c>, <c>725314/0016</c>, <c>080158-123N</c>), are a national id; a date or a case number is not;</item>
/// <item>a word that mixes letters and digits (<c>lindqvist61</c>, <c>Sommar2023!</c>), or two lowercase names joined by
/// a dot (<c>kjetil.nilsen</c>), is a login or a password; a domain, an address, a hash, a version or an upper-case
/// reference (<c>CR-2024-17</c>) is not.</item>
/// </list>
/// </summary>
internal static class FailClosed
{
    private const int YearsBefore = 14;
    private const int MaxRun = 4;

    [ThreadStatic]
    private static Token[]? t_tokens;

    public static void Add(string text, List<Finding> findings)
    {
        if (LanguageCheck.UnreadSpans(text) is not { } spans)
        {
            return;
        }

        var latest = DateCells.LatestYear(text);
        var existing = findings.Count;
        foreach (var (start, end) in spans)
        {
            var tokens = t_tokens ??= new Token[256];
            var count = Tokenizer.Tokenize(text.AsSpan(start, end - start), ref tokens, out _);
            t_tokens = tokens;
            for (var k = 0; k < count; k++)
            {
                tokens[k].Start += start;
                tokens[k].End += start;
            }

            var reader = new Reader(text, tokens, count, latest);
            for (var k = 0; k < count;)
            {
                if (reader.Take(k) is { } taken)
                {
                    if (!Overlaps(findings, existing, taken.Start, taken.End))
                    {
                        findings.Add(new Finding(taken.Start, taken.End, taken.Type));
                    }

                    k = taken.Next;
                }
                else
                {
                    k++;
                }
            }
        }
    }

    private static bool Overlaps(List<Finding> findings, int count, int start, int end)
    {
        for (var k = 0; k < count; k++)
        {
            if (findings[k].Start < end && findings[k].End > start)
            {
                return true;
            }
        }

        return false;
    }

    private readonly ref struct Reader(string text, Token[] tokens, int count, int latest)
    {
        private readonly string _text = text;
        private readonly Token[] _tokens = tokens;
        private readonly int _count = count;
        private readonly int _latest = latest;

        /// <summary>The value that starts at token <paramref name="k"/>, and the token after it.</summary>
        public (int Start, int End, PiiType Type, int Next)? Take(int k) =>
            BirthDate(k) ?? Street(k) ?? Name(k) ?? NationalId(k) ?? Login(k);

        private ReadOnlySpan<char> At(int k) => _text.AsSpan(_tokens[k].Start, _tokens[k].Length);

        /// <summary>Whether only spaces (or a full stop and spaces) separate token <paramref name="k"/> from the next.</summary>
        private bool Joined(int k, bool allowDot = false)
        {
            if (k + 1 >= _count)
            {
                return false;
            }

            // Spaces however many ("Annika  Berg"), or a full stop or colon and spaces where a date or a house number allows one.
            var gap = _text.AsSpan(_tokens[k].End, _tokens[k + 1].Start - _tokens[k].End);
            var mark = gap.Trim(' ');
            return gap.Length > 0 && (mark.IsEmpty || (allowDot && mark is "." or ":" && gap[0] is '.' or ':'));
        }

        private (int, int, PiiType, int)? BirthDate(int k)
        {
            var token = At(k);
            if (!char.IsAsciiDigit(token[0]))
            {
                return null;
            }

            if (Shapes.IsNumericDate(token))
            {
                return IsBirthYear(DateCells.YearOf(token)) ? (_tokens[k].Start, _tokens[k].End, PiiType.DateOfBirth, k + 1) : null;
            }

            // "14. 3. 1972", "5 května 1972", "1968. május 5.": three parts, one a four-digit year.
            if (k + 2 >= _count || !Joined(k, true) || !Joined(k + 1, true))
            {
                return null;
            }

            var a = token;
            var b = At(k + 1);
            var c = At(k + 2);
            var dayFirst = IsDay(a) && (IsDay(b) || IsMonthWord(b)) && Year(c) is var y1 && IsBirthYear(y1);
            var yearFirst = Year(a) is var y2 && IsBirthYear(y2) && IsMonthWord(b) && IsDay(c);
            return dayFirst || yearFirst ? (_tokens[k].Start, _tokens[k + 2].End, PiiType.DateOfBirth, k + 3) : null;
        }

        private bool IsBirthYear(int year) => year >= 1900 && year <= _latest - YearsBefore;

        private static bool IsDay(ReadOnlySpan<char> s) => s.Length <= 2 && int.TryParse(s, out var d) && d is >= 1 and <= 31;

        private static bool IsMonthWord(ReadOnlySpan<char> s) => s.Length is >= 3 and <= 12 && char.IsLower(s[0]) && IsLetters(s);

        private static int Year(ReadOnlySpan<char> s) => s.Length == 4 && int.TryParse(s, out var y) ? y : 0;

        private (int, int, PiiType, int)? Street(int k)
        {
            var end = TitleRun(k, streets: true);
            if (end == k)
            {
                return null;
            }

            var n = end;
            if (n < _count && At(n) is var marker && marker.Length <= 3 && IsLetters(marker) && Joined(n - 1) && Joined(n, true))
            {
                n++; // "nr. 17", "No: 45", "č. 5"
            }

            if (n >= _count || !Joined(n - 1, true) || !IsHouseNumber(At(n)) || FollowedByDigitOrUnit(n))
            {
                return null;
            }

            if (n + 2 < _count && Joined(n) && At(n + 1) is [var letter] && char.IsUpper(letter) && Joined(n + 1) && IsHouseNumber(At(n + 2)))
            {
                n += 2; // "Mannerheimintie 21 B 7"
            }

            return (_tokens[k].Start, _tokens[n].End, PiiType.PostalAddress, n + 1);
        }

        private static bool IsHouseNumber(ReadOnlySpan<char> s)
        {
            var digits = 0;
            while (digits < s.Length && char.IsAsciiDigit(s[digits]))
            {
                digits++;
            }

            if (digits is 0 or > 4)
            {
                return false;
            }

            var rest = s[digits..];
            return rest.IsEmpty || (rest.Length <= 2 && IsLetters(rest)) ||
                (rest[0] is '/' or '-' && rest.Length is >= 2 and <= 5 && !rest[1..].ContainsAnyExcept(CharSets.Alnum));
        }

        /// <summary>"Windows 10.1", "Chrome 120%" or "14:30": a version, a share or a time, not a house number.</summary>
        private bool FollowedByDigitOrUnit(int n)
        {
            var after = _tokens[n].End;
            return after + 1 < _text.Length && (_text[after] is '%' || (_text[after] is '.' or ':' or ',' && char.IsAsciiDigit(_text[after + 1])));
        }

        private (int, int, PiiType, int)? Name(int k)
        {
            var end = TitleRun(k, streets: false);
            return end - k >= 2 ? (_tokens[k].Start, _tokens[end - 1].End, PiiType.Person, end) : null;
        }

        /// <summary>The end of the run of capitalised words from token <paramref name="k"/>, joined by single spaces
        /// (and, in a street's name, by short lowercase words: "Rákóczi út", "Na Příkopě"); at most <see cref="MaxRun"/>
        /// words, none on the stop list; <paramref name="k"/> when there is none.</summary>
        private int TitleRun(int k, bool streets)
        {
            var n = k;
            var titles = 0;
            while (n < _count && n - k < MaxRun + 1)
            {
                var word = At(n);
                var shape = Shape.From(_tokens[n].Flags, word);
                var title = word.Length >= 2 && shape.IsTitle && !NameLexicon.Of(word).HasFlag(NameKind.Stop);
                var capitals = !streets && word.Length >= 3 && NameLexicon.IsCapitals(word) && shape.IsWord && !NameLexicon.Of(word).HasFlag(NameKind.Stop);
                var joiner = n > k && (streets ? word.Length <= 3 && char.IsLower(word[0]) && IsLetters(word) : NameLexicon.IsParticle(word));
                if (!title && !capitals && !(joiner && n + 1 < _count && Joined(n)))
                {
                    break;
                }

                titles += title ? 1 : 0;
                n++;
                if (!Joined(n - 1))
                {
                    break;
                }
            }

            // A run ends on a capitalised word, and names one at least ("NOVÁK Jan", not "TLP AMBER").
            while (n > k && !Shape.From(_tokens[n - 1].Flags, At(n - 1)).FirstUpper)
            {
                n--;
            }

            return titles == 0 || (streets && n - k > MaxRun) ? k : n;
        }

        private (int, int, PiiType, int)? NationalId(int k)
        {
            var token = At(k);
            var digits = 0;
            var separators = 0;
            for (var i = 0; i < token.Length; i++)
            {
                var c = token[i];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else if (c is '-' or '/' or '.' && i > 0 && i < token.Length - 1)
                {
                    separators++;
                }
                else if (!(char.IsAsciiLetterUpper(c) && i == token.Length - 1))
                {
                    return null;
                }
            }

            return IsIdShape(token, digits, separators) ? (_tokens[k].Start, _tokens[k].End, PiiType.NationalId, k + 1) : null;
        }

        /// <summary>The shapes of the national ids of the languages without tables: ten digits or more in one run
        /// (fødselsnummer, TC kimlik, CNP, EMŠO, AMKA, NIK), or six or eight digits, one separator and three or four
        /// more with a check letter perhaps (<c>19610412-4471</c>, <c>170690-1234</c>, <c>725314/0016</c>,
        /// <c>080158-123N</c>). A date, an address, and a case number's groups (<c>2026/74764</c>, <c>7006/26/230770</c>,
        /// <c>15665877</c>) are not.</summary>
        private static bool IsIdShape(ReadOnlySpan<char> token, int digits, int separators)
        {
            if (Shapes.IsIPv4(token, out _) || Shapes.IsNumericDate(token))
            {
                return false;
            }

            if (separators == 0)
            {
                return digits >= 10;
            }

            var at = token.IndexOfAny('-', '/');
            return separators == 1 && at is 6 or 8 && token.Length - at - 1 is 4 or 5 && !token[..at].ContainsAnyExceptInRange('0', '9');
        }

        private (int, int, PiiType, int)? Login(int k)
        {
            var token = At(k);
            var flags = _tokens[k].Flags;
            if (token.Length is < 5 or > 24 || (flags & ShapeFlags.Lower) == 0 ||
                (flags & (ShapeFlags.At | ShapeFlags.Slash | ShapeFlags.Colon | ShapeFlags.Other | ShapeFlags.Bracket)) != 0 ||
                !IsLoginShape(token))
            {
                return null;
            }

            // The punctuation the tokenizer trims is part of a password ("Sommar2023!").
            var end = _tokens[k].End;
            while (end < _text.Length && _text[end] is '!' or '?' or '*' or '#' or '$' or '%' or '&')
            {
                end++;
            }

            var password = (flags & (ShapeFlags.Upper | ShapeFlags.Symbol)) != 0 || end > _tokens[k].End;
            return (_tokens[k].Start, end, password ? PiiType.Password : PiiType.Username, k + 1);
        }

        /// <summary>Letters and two digits or more; not a domain (<c>evil.example</c>), a version (<c>v2.1</c>), a short hash
        /// prefix, or a malware family with a number (<c>LockBit3</c>).</summary>
        private static bool IsLoginShape(ReadOnlySpan<char> s)
        {
            int digits = 0, letters = 0, hex = 0;
            for (var i = 0; i < s.Length; i++)
            {
                var c = s[i];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                    hex++;
                }
                else if (char.IsLetter(c))
                {
                    letters++;
                    hex += char.IsAsciiHexDigit(c) ? 1 : 0;
                }
                else if (c == '.' && i > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]))
                {
                    return false;
                }
            }

            var dot = s.LastIndexOf('.');
            var dotted = dot > 1 && dot < s.Length - 2 && IsLetters(s[(dot + 1)..]);
            if (dotted && (s.Length - dot - 1 < 5 || Suffixes.Contains(s[(dot + 1)..].ToString()) || digits > 0 || char.IsUpper(s[0])))
            {
                // A domain or a file ("mail-cdn298.sbs", "evil.example", "report.docx"), not "kjetil.nilsen".
                return false;
            }

            if ((digits < 1 && !dotted) || letters < 3 || (hex == s.Length && s.Length >= 12))
            {
                return false;
            }

            var word = s.TrimEnd("0123456789");
            return word.Length == s.Length || !NameLexicon.Of(word).HasFlag(NameKind.Stop);
        }

        /// <summary>Domain and file name endings of five letters or more.</summary>
        private static readonly HashSet<string> Suffixes =
        [
            "online", "store", "space", "website", "email", "cloud", "world", "today", "services", "support", "digital",
            "network", "systems", "center", "group", "agency", "finance", "money", "exchange", "solutions", "click", "secure",
            "login", "media", "trade", "party", "review", "stream", "download", "accountant", "example", "local", "onion",
        ];

        private static bool IsLetters(ReadOnlySpan<char> s)
        {
            foreach (var c in s)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            return !s.IsEmpty;
        }
    }
}
