using CyberPartnerships.Redaction.Languages;

namespace CyberPartnerships.Redaction.Recognizers;

/// <summary>The strict reading's words: names, streets and logins.</summary>
internal static partial class FailClosed
{
    private readonly ref partial struct Reader
    {
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
    }
}
