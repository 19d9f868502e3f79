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
internal static partial class FailClosed
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
                    if (!Finding.AnyOverlaps(findings, existing, taken.Start, taken.End))
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

    private readonly ref partial struct Reader(string text, Token[] tokens, int count, int latest)
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
