namespace CyberPartnerships.Redaction;

/// <summary>Numbers: card, IBAN, national ids, phones, dates of birth.</summary>
internal sealed partial class TextScanner
{
    private const int MaxRun = 8;

    /// <summary>How many tokens after a national-id cue (or a national id) on the same line an id with a weak check
    /// digit is still taken (<see cref="IsWeakNumericId"/>).</summary>
    private const int IdContextWindow = 8;

    private int _dateEnd;

    /// <summary>The token of the last national-id cue or national id on the line (far back when none).</summary>
    private int _idContext;

    /// <summary>Numeric tokens joined by single spaces or dashes ("4245 9154 7594 6220", "+33 6 37 95 48 25",
    /// "(657) 752-4904"): the longest prefix of the run that a recognizer accepts.</summary>
    private int NumberRun(int i)
    {
        Span<char> digits = stackalloc char[64];
        Span<int> ends = stackalloc int[MaxRun];
        var n = 0;
        var k = 0;
        for (var j = i; j < _count && k < MaxRun; j++)
        {
            if (j > i && (_tokens[j].Before != Break.None || _tokens[j].Start - _tokens[j - 1].End > 3 || !IsNumberPart(At(j))))
            {
                break;
            }

            foreach (var c in At(j))
            {
                if (char.IsAsciiDigit(c) && n < digits.Length)
                {
                    digits[n++] = c;
                }
            }

            ends[k++] = n;
        }

        for (var len = k; len >= 1; len--)
        {
            var type = Classify(i, len, digits[..ends[len - 1]]);
            if (type is { } t)
            {
                var start = _tokens[i].Start;
                if (t == PiiType.Phone && start > 0 && _text[start - 1] == '(')
                {
                    start--;
                }

                Add(start, _tokens[i + len - 1].End, t);
                _idContext = t == PiiType.NationalId ? i + len - 1 : _idContext;
                _pending &= ~(t switch
                {
                    PiiType.Phone => Cue.Phone,
                    PiiType.CreditCard => Cue.Card,
                    PiiType.Iban => Cue.Account,
                    PiiType.DateOfBirth => Cue.BirthDate,
                    _ => Cue.NationalId,
                });
                return i + len;
            }
        }

        return i;
    }

    private static bool IsNumberPart(ReadOnlySpan<char> s) =>
        char.IsAsciiDigit(s[0]) && !s.ContainsAnyExcept(CharSets.NumberPart) && !Shapes.IsIPv4(s, out _);

    private PiiType? Classify(int i, int len, ReadOnlySpan<char> d)
    {
        var first = At(i);
        var raw = _text.AsSpan(_tokens[i].Start, _tokens[i + len - 1].End - _tokens[i].Start);
        var n = d.Length;
        var single = len == 1;
        if (single && (_pending & Cue.BirthDate) != 0 && Shapes.IsNumericDate(first))
        {
            return PiiType.DateOfBirth;
        }

        if (single && Shapes.IsNumericDate(first))
        {
            if (IsBirthYear(Structure.DateCells.YearOf(first)))
            {
                _oldDates.Add((_tokens[i].Start, _tokens[i].End));
            }

            return null;
        }

        if (first[0] == '+')
        {
            return n is >= 8 and <= 15 ? PiiType.Phone : null;
        }

        if (Checksums.IsCard(d) || ((_pending & Cue.Card) != 0 && n is >= 13 and <= 19))
        {
            return PiiType.CreditCard;
        }

        if (n == 15 && Checksums.Nir(d))
        {
            return PiiType.NationalId;
        }

        if (n == 11 && (single || raw.Contains('.')) && Checksums.Cpf(d))
        {
            return PiiType.NationalId;
        }

        if (n == 9 && single && ((raw.Length == 11 && raw[3] == '-' && raw[6] == '-' && Checksums.Ssn(d)) || (!raw.Contains('-') && Checksums.Bsn(d))))
        {
            return PiiType.NationalId;
        }

        if (single && IsStrongNumericId(raw, d))
        {
            return PiiType.NationalId;
        }

        if ((_pending & Cue.NationalId) != 0 && n is >= 5 and <= 16)
        {
            return PiiType.NationalId;
        }

        if (i - _idContext <= IdContextWindow && (_pending & (Cue.Phone | Cue.Account)) == 0 && IsWeakNumericId(raw, d))
        {
            return PiiType.NationalId;
        }

        var paren = _tokens[i].Start > 0 && _text[_tokens[i].Start - 1] == '(' && !single;
        if ((_pending & Cue.Phone) != 0 ? n is >= 6 and <= 15 : (paren && n is >= 9 and <= 13) || (d[0] == '0' && n is >= 10 and <= 12 && d[1] != '0' && IsNationalPhone(raw, single)) || IsNineDigitPhone(raw, n, d) ||
            (single && n == 10 && raw.Length == 10 && raw[0] == '0' && raw[1] is '6' or '7') || IsInternationalPhone(d) || IsItalianMobile(raw, d))
        {
            return PiiType.Phone;
        }

        if ((_pending & Cue.Account) != 0 && n is >= 8 and <= 30)
        {
            return PiiType.Iban;
        }

        return null;
    }

    /// <summary>National ids recognised without a context word, one token in their written shape: PESEL (11 digits
    /// with a date of birth), the Belgian national number "85.07.30-033.28", the Argentine CUIT/CUIL "20-12345678-6",
    /// the Polish NIP "123-456-32-18" or "123-45-67-819", the Chilean RUT "12.345.678-5" or "12345678-5", the Uruguayan
    /// cédula "1.234.567-2".</summary>
    private static bool IsStrongNumericId(ReadOnlySpan<char> raw, ReadOnlySpan<char> d) => d.Length switch
    {
        11 => (raw.Length == 11 && NationalIds.Pesel(d)) ||
            (raw is [_, _, '.', _, _, '.', _, _, '-', _, _, _, '.', _, _] && NationalIds.BelgianNationalNumber(d)) ||
            (raw is [_, _, '-', _, _, _, _, _, _, _, _, '-', _] && NationalIds.Cuit(d)),
        10 => raw is [_, _, _, '-', _, _, _, '-', _, _, '-', _, _] or [_, _, _, '-', _, _, '-', _, _, '-', _, _, _] && NationalIds.Nip(d),
        8 or 9 => (IsRutShape(raw) && NationalIds.Rut(d)) || (raw is [_, '.', _, _, _, '.', _, _, _, '-', _] && NationalIds.CedulaUruguay(d)),
        _ => false,
    };

    /// <summary>National ids whose check digit (or shape) is too weak alone: nine to eleven digits collide with phone,
    /// order and account numbers. Taken after a national-id cue earlier on the line (<see cref="IdContextWindow"/>),
    /// e.g. the second id of "NIP/PESEL: 44051401359, 5260250274" once the first took the pending cue: Portuguese NIF,
    /// Costa Rican cédula "1-0234-0567", Polish NIP, Austrian SVNR, Ecuadorian cédula, Belgian national number, German
    /// Steuer-ID, Argentine CUIT/CUIL.</summary>
    private static bool IsWeakNumericId(ReadOnlySpan<char> raw, ReadOnlySpan<char> d) => d.Length switch
    {
        9 => NationalIds.NifPt(d) || (raw is [_, '-', _, _, _, _, '-', _, _, _, _] && NationalIds.CedulaCostaRica(d)),
        10 => NationalIds.Nip(d) || NationalIds.Svnr(d) || NationalIds.CedulaEcuador(d),
        11 => NationalIds.BelgianNationalNumber(d) || NationalIds.SteuerId(d) || NationalIds.Cuit(d),
        _ => false,
    };

    /// <summary>The Chilean RUT's written shape: 7–8 digits, plain or grouped by dots ("12.345.678", "1.234.567"), a dash
    /// and the check character (a digit or K).</summary>
    private static bool IsRutShape(ReadOnlySpan<char> raw)
    {
        if (raw.Length < 9 || raw[^2] != '-' || !(char.IsAsciiDigit(raw[^1]) || raw[^1] is 'K' or 'k'))
        {
            return false;
        }

        var body = raw[..^2];
        var dots = body is [_, '.', _, _, _, '.', _, _, _] or [_, _, '.', _, _, _, '.', _, _, _];
        return (dots || body.Length is 7 or 8) && body.Count('.') == (dots ? 2 : 0) && !body.ContainsAnyExcept(CharSets.NumberPart) &&
            body.IndexOfAny('-', '/') < 0;
    }

    /// <summary>An international number dialled with 00 instead of +: "0048545925680", "0031 6 37437108" (00, a country
    /// code that does not start with 0, 9 to 15 digits in all after it).</summary>
    private static bool IsInternationalPhone(ReadOnlySpan<char> d) =>
        d.Length is >= 11 and <= 17 && d[0] == '0' && d[1] == '0' && d[2] != '0';

    /// <summary>An Italian mobile number: ten digits starting with 3, grouped 3 + 7, 3 + 3 + 4 or 3 + 4 + 3 ("382 5497157",
    /// "331 200 7552"); compact ten digits need a phone cue.</summary>
    private static bool IsItalianMobile(ReadOnlySpan<char> raw, ReadOnlySpan<char> d) =>
        d.Length == 10 && d[0] == '3' && d[1] != '0' &&
        (raw is [_, _, _, ' ', _, _, _, _, _, _, _] || raw is [_, _, _, ' ', _, _, _, ' ', _, _, _, _] || raw is [_, _, _, ' ', _, _, _, _, ' ', _, _, _]);

    /// <summary>Spanish and Portuguese numbers have nine digits and no leading 0: "912 345 678", "91 123 45 67",
    /// "612 48 93 07" (space-separated groups of these shapes only, starting with 2, 6, 7, 8 or 9); Chilean mobiles "9 8593 1458".</summary>
    private static bool IsNineDigitPhone(ReadOnlySpan<char> raw, int n, ReadOnlySpan<char> d) =>
        n == 9 && d[0] is '2' or '6' or '7' or '8' or '9' && raw.Length is 11 or 12 &&
        (raw is [_, _, _, ' ', _, _, _, ' ', _, _, _] || raw is [_, _, ' ', _, _, _, ' ', _, _, ' ', _, _] || raw is [_, _, _, ' ', _, _, ' ', _, _, ' ', _, _] ||
            raw is ['9', ' ', _, _, _, _, ' ', _, _, _, _]);

    /// <summary>A national number starting with 0 in the usual groupings: "06 12 34 56 78", "07.85.92.21.92",
    /// "0151 2810652", "06-58548448" (not a date, not a dotted id). The trunk prefix 0 is followed by an area or mobile
    /// code, never by another 0 (hex bytes "00 00 00 00 00" are not a number).</summary>
    private static bool IsNationalPhone(ReadOnlySpan<char> raw, bool single)
    {
        if (raw.Contains('/'))
        {
            // An area or mobile code before one slash: "0490/98.53.52", "0171/01134784" (a date has two).
            var slash = raw.IndexOf('/');
            return single && slash is >= 3 and <= 5 && raw.Count('/') == 1 && !raw[..slash].ContainsAnyExceptInRange('0', '9') &&
                !raw.Contains('-') && raw[(slash + 1)..].Count('.') is 0 or 2;
        }

        var dots = raw.Count('.');
        if (dots > 0)
        {
            return dots == 4 && raw.Length == 14 && !raw.Contains(' ') && !raw.Contains('-');
        }

        return !single || raw.Count('-') == 1;
    }

    private static readonly Dictionary<string, int> IbanLengths = BuildIbanLengths();

    private static Dictionary<string, int> BuildIbanLengths()
    {
        const string table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 ES24 FI18 FO18 " +
            "FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IS26 IT27 JO30 KW30 KZ20 LB28 LI21 LT20 LU20 LV21 MC27 MD24 ME22 " +
            "MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SE24 SI19 SK24 SM27 TN24 TR26 UA29 VG24 XK20";
        return table.Split(' ').ToDictionary(e => e[..2], e => int.Parse(e.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }

    /// <summary>An IBAN, compact or in groups of four: as many groups as the country's length needs, mod 97 valid
    /// (or any plausible length after an account/IBAN cue).</summary>
    private int IbanRun(int i)
    {
        Span<char> iban = stackalloc char[40];
        var first = At(i);
        var expected = IbanLengths.TryGetValue(first[..2].ToString(), out var l) ? l : 0;
        var n = 0;
        var j = i;
        for (; j < _count && n < 34; j++)
        {
            var s = At(j);
            if (j > i && (_tokens[j].Before != Break.None || s.Length > 4 || _tokens[j].Start - _tokens[j - 1].End != 1 ||
                s.ContainsAnyExcept(CharSets.IbanPart) || (expected > 0 && n + s.Length > expected)))
            {
                break;
            }

            if (n + s.Length > iban.Length)
            {
                break;
            }

            s.CopyTo(iban[n..]);
            n += s.Length;
            if (expected > 0 && n >= expected)
            {
                j++;
                break;
            }
        }

        var value = iban[..n];
        var valid = (expected == 0 || n == expected) && Checksums.Iban(value);
        if (!valid && !((_pending & Cue.Account) != 0 && n >= 12))
        {
            return i;
        }

        AddTokens(i, j - 1, PiiType.Iban);
        _pending &= ~Cue.Account;
        return j;
    }

    /// <summary>An id read on a cue alone has digits and no word in it: its letters come in runs of at most six
    /// ("X1234567", "LPHMM1CRV", "RSSMRA80A01H501V"); a word in capitals ("NEWSCASTER2014") after "document" or
    /// "identity" is a name.</summary>
    private static bool IsIdLike(ReadOnlySpan<char> value)
    {
        int digits = 0, run = 0, longest = 0;
        foreach (var c in value)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            run = char.IsAsciiLetter(c) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return digits > 0 && longest <= 6;
    }

    /// <summary>Letters and digits: Spanish DNI/NIE with its check letter, Mexican CURP and RFC, French NIR, Italian
    /// codice fiscale, Portuguese Cartão de Cidadão, Chilean RUT ending in K, UK NINO, or any id-shaped token after an
    /// identity cue (German Ausweisnummer, passport numbers, Italian carta d'identità …). Returns the next token to
    /// look at, or <paramref name="i"/>.</summary>
    private int AlnumId(int i, ReadOnlySpan<char> s, Shape shape)
    {
        var upper = (shape.Flags & ShapeFlags.Lower) == 0;
        if (upper && s.Length is 8 or 9 && NationalIds.NinoPrefix(s) && char.IsAsciiDigit(s[2]))
        {
            // "AB123456C", or "AB123456 C".
            var next = NinoRun(i);
            if (next > i)
            {
                return next;
            }
        }

        var cue = (_pending & Cue.NationalId) != 0;
        if (!cue && (shape.Flags & (ShapeFlags.Hyphen | ShapeFlags.Dot)) == 0 && s.Length is not (9 or 12 or 13 or 15 or 16 or 18))
        {
            // Without a cue only a DNI/NIE or an Italian identity card (9), a Cartão de Cidadão (12), an RFC (13), a NIR
            // (15), a codice fiscale (16) or a CURP (18) can match: most tokens need no copy.
            return i;
        }

        Span<char> compact = stackalloc char[24];
        var n = 0;
        foreach (var c in s)
        {
            if (c is '-' or '.')
            {
                continue;
            }

            if (n == compact.Length)
            {
                return i;
            }

            compact[n++] = char.ToUpperInvariant(c);
        }

        var value = compact[..n];
        var reference = s.StartsWith("CVE", StringComparison.OrdinalIgnoreCase) || s.StartsWith("CASE", StringComparison.OrdinalIgnoreCase);
        if (Checksums.DniNie(value) || Checksums.Curp(value) || Checksums.Nir(value) || (!reference && IsStrongAlnumId(s, value, upper)) ||
            (cue && upper && n is >= 6 and <= 20 && !reference && IsIdLike(value)) ||
            (upper && i - _idContext <= IdContextWindow && NationalIds.CartaIdentita(value)))
        {
            AddId(i, i);
            return i + 1;
        }

        return i;
    }

    /// <summary>Alphanumeric ids recognised without a context word: the Chilean RUT with its check character
    /// ("12.345.678-K"), the Portuguese Cartão de Cidadão ("123456789ZZ1"), the Mexican RFC of a person
    /// ("GODE561231GR8", uppercase), the Italian codice fiscale ("RSSMRA80A01H501U").</summary>
    private static bool IsStrongAlnumId(ReadOnlySpan<char> s, ReadOnlySpan<char> value, bool upper) => value.Length switch
    {
        8 or 9 => IsRutShape(s) && NationalIds.Rut(value),
        12 => NationalIds.CartaoCidadao(value),
        13 => upper && NationalIds.RfcPersona(value),
        16 => NationalIds.CodiceFiscale(value),
        _ => false,
    };

    /// <summary>A UK National Insurance number from token <paramref name="i"/> on, whole or in its printed groups
    /// ("AB 12 34 56 C", "AB 123456 C"); without the suffix letter only after a national-id cue or another id on the line
    /// (<see cref="IdContextWindow"/>). Returns the next token
    /// to look at, or <paramref name="i"/>.</summary>
    private int NinoRun(int i)
    {
        Span<char> nino = stackalloc char[9];
        var last = Join(i, nino);
        if (last >= 0 && NationalIds.Nino(nino))
        {
            AddId(i, last);
            return last + 1;
        }

        if (((_pending & Cue.NationalId) != 0 || i - _idContext <= IdContextWindow) && (last = Join(i, nino[..8])) >= 0 &&
            NationalIds.Nino(nino[..8], suffix: false))
        {
            AddId(i, last);
            return last + 1;
        }

        return i;
    }

    /// <summary>A Portuguese Cartão de Cidadão number printed in groups ("12345678 9 ZZ1", "123456789 ZZ1") from the
    /// digits at token <paramref name="i"/>. Returns the next token to look at, or <paramref name="i"/>.</summary>
    private int CartaoRun(int i)
    {
        Span<char> number = stackalloc char[12];
        var last = Join(i, number);
        if (last > i && NationalIds.CartaoCidadao(number))
        {
            AddId(i, last);
            return last + 1;
        }

        return i;
    }

    /// <summary>Token <paramref name="i"/> and those after it on the line, each one character from the one before,
    /// joined into <paramref name="buffer"/> while they are ASCII letters and digits: the index of the token that fills it
    /// exactly, or -1.</summary>
    private int Join(int i, Span<char> buffer)
    {
        var n = 0;
        for (var j = i; j < _count; j++)
        {
            if (j > i && (_tokens[j].Before != Break.None || _tokens[j].Start - _tokens[j - 1].End != 1))
            {
                return -1;
            }

            var s = At(j);
            if (n + s.Length > buffer.Length || s.ContainsAnyExcept(CharSets.Alnum))
            {
                return -1;
            }

            s.CopyTo(buffer[n..]);
            n += s.Length;
            if (n == buffer.Length)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Tokens <paramref name="first"/> to <paramref name="last"/> are a national id: it takes the pending cue,
    /// and ids after it on the line are read in its context.</summary>
    private void AddId(int first, int last)
    {
        AddTokens(first, last, PiiType.NationalId);
        _pending &= ~Cue.NationalId;
        _idContext = last;
    }
}
