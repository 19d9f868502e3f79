namespace CyberPartnerships.Redaction;

/// <summary>Check digits and format rules of more national ids (Poland, the UK, Italy, Portugal, Belgium, Germany,
/// Austria, Latin America), each by its published specification. Inputs are the id without separators: digits, or
/// uppercase letters and digits. Which of them the scanner accepts without a context word is its decision (see
/// <see cref="TextScanner"/>): the shape and checksum of some are distinctive, others collide with ordinary numbers.</summary>
internal static class NationalIds
{
    /// <summary>Polish PESEL (Ustawa o ewidencji ludności): 11 digits YYMMDDZZZXQ, the month carrying the century
    /// (+80 1800s, +0 1900s, +20 2000s, +40 2100s, +60 2200s), a date of birth that exists and is not after today, and
    /// the check digit (10 − Σ dᵢ·(1 3 7 9 1 3 7 9 1 3) mod 10) mod 10.</summary>
    public static bool Pesel(ReadOnlySpan<char> d)
    {
        if (d.Length != 11 || !AllDigits(d))
        {
            return false;
        }

        var month = Number(d, 2, 2);
        var (century, m) = month switch
        {
            >= 81 and <= 92 => (1800, month - 80),
            >= 1 and <= 12 => (1900, month),
            >= 21 and <= 32 => (2000, month - 20),
            >= 41 and <= 52 => (2100, month - 40),
            >= 61 and <= 72 => (2200, month - 60),
            _ => (0, 0),
        };
        if (century == 0 || !IsDate(century + Number(d, 0, 2), m, Number(d, 4, 2), out var born) || born > DateTime.UtcNow.Date)
        {
            return false;
        }

        return (10 - Weighted(d, "1379137913") % 10) % 10 == d[10] - '0';
    }

    /// <summary>Polish NIP (tax identification number): 10 digits, Σ dᵢ·(6 5 7 2 3 4 5 6 7) mod 11 is the last digit
    /// (a remainder of 10 is never issued).</summary>
    public static bool Nip(ReadOnlySpan<char> d) =>
        d.Length == 10 && AllDigits(d) && !d[..3].SequenceEqual("000") && Weighted(d, "657234567") % 11 == d[9] - '0';

    /// <summary>UK National Insurance number (HMRC NIM39110): two prefix letters, six digits, suffix A–D. D F I Q U V are
    /// never used in the prefix, O never as its second letter, and BG GB NK KN TN NT ZZ are not allocated.
    /// <paramref name="suffix"/> false accepts the eight characters without the suffix.</summary>
    public static bool Nino(ReadOnlySpan<char> s, bool suffix = true)
    {
        if (s.Length != (suffix ? 9 : 8) || !IsNinoPrefix(s[0], s[1]) || !AllDigits(s.Slice(2, 6)))
        {
            return false;
        }

        return !suffix || s[8] is >= 'A' and <= 'D';
    }

    private static bool IsNinoPrefix(char a, char b) =>
        a is >= 'A' and <= 'Z' && b is >= 'A' and <= 'Z' && a is not ('D' or 'F' or 'I' or 'Q' or 'U' or 'V') &&
        b is not ('D' or 'F' or 'I' or 'O' or 'Q' or 'U' or 'V') &&
        (a, b) is not (('B', 'G') or ('G', 'B') or ('N', 'K') or ('K', 'N') or ('T', 'N') or ('N', 'T') or ('Z', 'Z'));

    /// <summary>Whether two letters can open a NINO (<see cref="Nino"/>): the scanner's cheap test before joining tokens.</summary>
    public static bool NinoPrefix(ReadOnlySpan<char> s) => s.Length >= 2 && IsNinoPrefix(s[0], s[1]);

    /// <summary>The values of A…Z (and of 0…9, read as A…J) at the odd positions of a codice fiscale.</summary>
    private static ReadOnlySpan<byte> CfOdd => [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    private const string CfOmocodia = "LMNPQRSTUV";

    /// <summary>Italian codice fiscale (DM 23/12/1976): 6 letters, year, month letter (A B C D E H L M P R S T), day
    /// (01–31, +40 for women), place (letter + 3 digits), check letter: Σ over odd positions of the odd table and over
    /// even positions of the letter/digit value, mod 26. Omocodia letters L M N P Q R S T U V may replace the digits.</summary>
    public static bool CodiceFiscale(ReadOnlySpan<char> s)
    {
        if (s.Length != 16)
        {
            return false;
        }

        for (var i = 0; i < 15; i++)
        {
            var c = s[i];
            var ok = i switch
            {
                < 6 or 11 => c is >= 'A' and <= 'Z',
                8 => "ABCDEHLMPRST".Contains(c),
                _ => CfDigit(c) >= 0,
            };
            if (!ok)
            {
                return false;
            }
        }

        var day = CfDigit(s[9]) * 10 + CfDigit(s[10]);
        if (day is not ((>= 1 and <= 31) or (>= 41 and <= 71)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = s[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            // Positions count from 1: the first character is at an odd position.
            sum += i % 2 == 0 ? CfOdd[value] : value;
        }

        return s[15] == 'A' + sum % 26;
    }

    private static int CfDigit(char c) => c is >= '0' and <= '9' ? c - '0' : CfOmocodia.IndexOf(c);

    /// <summary>Italian identity card numbers: the electronic card (CIE 3.0, "CA12345AA": 2 letters, 5 digits, 2 letters)
    /// or the paper card ("AA1234567": 2 letters, 7 digits). No check digit.</summary>
    public static bool CartaIdentita(ReadOnlySpan<char> s) =>
        s.Length == 9 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]) &&
        (AllDigits(s[2..]) || (AllDigits(s.Slice(2, 5)) && char.IsAsciiLetterUpper(s[7]) && char.IsAsciiLetterUpper(s[8])));

    /// <summary>Portuguese NIF (número de identificação fiscal): 9 digits opening with 1, 2, 3 (persons), 45
    /// (non-residents), 5, 6, 8, 70–72, 74, 75, 77, 79, 90, 91, 98, 99; check digit 11 − Σ dᵢ·(9…2) mod 11 (0 when
    /// that is 10 or 11).</summary>
    public static bool NifPt(ReadOnlySpan<char> d)
    {
        if (d.Length != 9 || !AllDigits(d))
        {
            return false;
        }

        var ok = d[0] is '1' or '2' or '3' or '5' or '6' or '8' ||
            Number(d, 0, 2) is 45 or 70 or 71 or 72 or 74 or 75 or 77 or 79 or 90 or 91 or 98 or 99;
        var check = 11 - Weighted(d, "98765432") % 11;
        return ok && (check >= 10 ? 0 : check) == d[8] - '0';
    }

    /// <summary>Portuguese Cartão de Cidadão document number (AMA, "Validação de Número de Documento do Cartão de
    /// Cidadão"): 8 digits of the civil id, its check digit, 2 version letters, a check digit; letters count A = 10 …
    /// Z = 35, and from the right every second value is doubled (less 9 above 9): the sum is a multiple of 10.</summary>
    public static bool CartaoCidadao(ReadOnlySpan<char> s)
    {
        if (s.Length != 12 || !AllDigits(s[..9]) || !char.IsAsciiLetterUpper(s[9]) || !char.IsAsciiLetterUpper(s[10]) || !char.IsAsciiDigit(s[11]))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = s[11 - i];
            var v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            if (i % 2 == 1)
            {
                v *= 2;
                v -= v > 9 ? 9 : 0;
            }

            sum += v;
        }

        return sum % 10 == 0;
    }

    /// <summary>Belgian national register number (rijksregisternummer / numéro de registre national, also the BIS
    /// number: month +20 or +40): YYMMDD, a sequence 001–998, and 97 − (the first nine digits mod 97), with 2 prefixed
    /// for those born from 2000.</summary>
    public static bool BelgianNationalNumber(ReadOnlySpan<char> d)
    {
        if (d.Length != 11 || !AllDigits(d))
        {
            return false;
        }

        var month = Number(d, 2, 2) % 20;
        var bisMonth = Number(d, 2, 2) <= 52;
        var sequence = Number(d, 6, 3);
        if (!bisMonth || month > 12 || Number(d, 4, 2) > 31 || sequence is 0 or 999)
        {
            return false;
        }

        var body = long.Parse(d[..9], System.Globalization.CultureInfo.InvariantCulture);
        var check = Number(d, 9, 2);
        return check == 97 - (int)(body % 97) || check == 97 - (int)((2_000_000_000 + body) % 97);
    }

    /// <summary>German Steuer-Identifikationsnummer (§ 139b AO): 11 digits, the first not 0; in the first ten one digit
    /// occurs twice or three times (three not in a row) and every other at most once; check digit by ISO 7064
    /// MOD 11,10.</summary>
    public static bool SteuerId(ReadOnlySpan<char> d)
    {
        if (d.Length != 11 || !AllDigits(d) || d[0] == '0')
        {
            return false;
        }

        Span<int> counts = stackalloc int[10];
        foreach (var c in d[..10])
        {
            counts[c - '0']++;
        }

        var repeated = 0;
        foreach (var count in counts)
        {
            if (count > 3)
            {
                return false;
            }

            repeated += count > 1 ? 1 : 0;
        }

        for (var i = 2; i < 10; i++)
        {
            if (d[i] == d[i - 1] && d[i] == d[i - 2])
            {
                return false;
            }
        }

        return repeated == 1 && Iso7064Mod11_10(d[..10]) == d[10] - '0';
    }

    private static int Iso7064Mod11_10(ReadOnlySpan<char> d)
    {
        var product = 10;
        foreach (var c in d)
        {
            var sum = (c - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }

        var check = 11 - product;
        return check == 10 ? 0 : check;
    }

    /// <summary>Austrian Sozialversicherungsnummer (Dachverband): 3-digit serial (not starting with 0), check digit,
    /// date of birth DDMMYY; the check digit is Σ dᵢ·(3 7 9 0 5 8 4 2 1 6) mod 11 (10 is never issued).</summary>
    public static bool Svnr(ReadOnlySpan<char> d) =>
        d.Length == 10 && AllDigits(d) && d[0] != '0' && Number(d, 4, 2) is >= 1 and <= 31 && Number(d, 6, 2) is >= 1 and <= 12 &&
        Weighted(d, "3790584216") % 11 == d[3] - '0';

    /// <summary>Chilean RUT/RUN: a body of 7–8 digits and its check character by mod 11 with weights 2…7 from the right
    /// (11 − sum mod 11; 11 is 0, 10 is K).</summary>
    public static bool Rut(ReadOnlySpan<char> s)
    {
        if (s.Length is < 8 or > 9 || !AllDigits(s[..^1]) || s[0] == '0')
        {
            return false;
        }

        var sum = 0;
        var weight = 2;
        for (var i = s.Length - 2; i >= 0; i--)
        {
            sum += (s[i] - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }

        var check = 11 - sum % 11;
        return s[^1] == (check == 11 ? '0' : check == 10 ? 'K' : (char)('0' + check));
    }

    /// <summary>Argentine CUIT/CUIL (AFIP): prefix 20, 23, 24, 27 (persons) or 30, 33, 34 (companies), 8 digits of the
    /// DNI, check digit 11 − Σ dᵢ·(5 4 3 2 7 6 5 4 3 2) mod 11 (11 is 0; 10 is never issued).</summary>
    public static bool Cuit(ReadOnlySpan<char> d)
    {
        if (d.Length != 11 || !AllDigits(d) || Number(d, 0, 2) is not (20 or 23 or 24 or 27 or 30 or 33 or 34))
        {
            return false;
        }

        var check = 11 - Weighted(d, "5432765432") % 11;
        return check != 10 && (check == 11 ? 0 : check) == d[10] - '0';
    }

    /// <summary>Colombian cédula de ciudadanía: 6–10 digits, not starting with 0 (no check digit exists).</summary>
    public static bool CedulaColombia(ReadOnlySpan<char> d) => d.Length is >= 6 and <= 10 && AllDigits(d) && d[0] != '0';

    /// <summary>Ecuadorian cédula: 10 digits, province 01–24 or 30, third digit below 6, check digit by mod 10 with
    /// coefficients 2 1 2 1 2 1 2 1 2 (products above 9 less 9).</summary>
    public static bool CedulaEcuador(ReadOnlySpan<char> d)
    {
        if (d.Length != 10 || !AllDigits(d) || Number(d, 0, 2) is not ((>= 1 and <= 24) or 30) || d[2] >= '6')
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var v = (d[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }

        return (10 - sum % 10) % 10 == d[9] - '0';
    }

    /// <summary>Uruguayan cédula de identidad: 6–7 digits (a 6-digit number is read with a leading 0) and a check digit
    /// (10 − Σ dᵢ·(2 9 8 7 6 3 4) mod 10) mod 10.</summary>
    public static bool CedulaUruguay(ReadOnlySpan<char> d)
    {
        if (d.Length is < 7 or > 8 || !AllDigits(d))
        {
            return false;
        }

        Span<char> padded = stackalloc char[8];
        padded.Fill('0');
        d.CopyTo(padded[(8 - d.Length)..]);
        return (10 - Weighted(padded, "2987634") % 10) % 10 == padded[7] - '0';
    }

    /// <summary>Costa Rican cédula de identidad: 9 digits, province 1–9, then the volume (tomo) and entry (asiento) of
    /// four digits each ("1-0234-0567"). No check digit.</summary>
    public static bool CedulaCostaRica(ReadOnlySpan<char> d) => d.Length == 9 && AllDigits(d) && d[0] != '0';

    /// <summary>Mexican RFC of a person (SAT): 4 letters (Ñ and &amp; allowed) from the name, the second the first inner
    /// vowel of the first surname (X when it has none), the date of birth YYMMDD, a two-character homoclave and a check
    /// character (a digit or A).</summary>
    public static bool RfcPersona(ReadOnlySpan<char> s)
    {
        if (s.Length != 13 || s[1] is not ('A' or 'E' or 'I' or 'O' or 'U' or 'X'))
        {
            return false;
        }

        foreach (var c in s[..4])
        {
            if (c is not ((>= 'A' and <= 'Z') or 'Ñ' or '&'))
            {
                return false;
            }
        }

        return AllDigits(s.Slice(4, 6)) && IsDate(2000 + Number(s, 4, 2), Number(s, 6, 2), Number(s, 8, 2), out _) &&
            IsUpperAlnum(s[10]) && IsUpperAlnum(s[11]) && (char.IsAsciiDigit(s[12]) || s[12] == 'A');
    }

    private static bool IsUpperAlnum(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);

    private static bool AllDigits(ReadOnlySpan<char> d) => !d.IsEmpty && !d.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> d, int start, int length)
    {
        var n = 0;
        foreach (var c in d.Slice(start, length))
        {
            n = n * 10 + (c - '0');
        }

        return n;
    }

    /// <summary>Σ dᵢ·wᵢ over as many digits as there are weights.</summary>
    private static int Weighted(ReadOnlySpan<char> d, string weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (d[i] - '0') * (weights[i] - '0');
        }

        return sum;
    }

    private static bool IsDate(int year, int month, int day, out DateTime date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc);
        return true;
    }
}
