namespace CyberPartnerships.Redaction;

/// <summary>Check digits and format rules of the numbers the redactor recognises. Inputs are digits (or the
/// uppercase alphanumerics of an IBAN/CURP) without separators.</summary>
internal static class Checksums
{
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        if (digits.Length is < 12 or > 19)
        {
            return false;
        }

        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>A payment card number: 13–19 digits, a known issuer prefix, Luhn valid.</summary>
    public static bool IsCard(ReadOnlySpan<char> digits) =>
        digits.Length is >= 13 and <= 19 && digits[0] is >= '2' and <= '6' && Luhn(digits);

    /// <summary>IBAN (ISO 13616): mod 97 of the rearranged number is 1.</summary>
    public static bool Iban(ReadOnlySpan<char> iban)
    {
        if (iban.Length is < 15 or > 34)
        {
            return false;
        }

        var rem = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            if (c is >= '0' and <= '9')
            {
                rem = (rem * 10 + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                rem = (rem * 100 + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return rem == 1;
    }

    /// <summary>Brazilian CPF: 11 digits, two mod-11 check digits, not all equal.</summary>
    public static bool Cpf(ReadOnlySpan<char> d)
    {
        if (d.Length != 11 || !d.ContainsAnyExcept(d[0]))
        {
            return false;
        }

        return CpfDigit(d, 9) == d[9] - '0' && CpfDigit(d, 10) == d[10] - '0';
    }

    private static int CpfDigit(ReadOnlySpan<char> d, int count)
    {
        var sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += (d[i] - '0') * (count + 1 - i);
        }

        return sum * 10 % 11 % 10;
    }

    /// <summary>Dutch BSN: 9 digits passing the 11-test.</summary>
    public static bool Bsn(ReadOnlySpan<char> d)
    {
        if (d.Length != 9 || !d.ContainsAnyExcept('0'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (d[i] - '0') * (9 - i);
        }

        return (sum - (d[8] - '0')) % 11 == 0;
    }

    /// <summary>US SSN shape rules (no check digit exists): area 001–899 but not 666, group 01–99, serial 0001–9999.</summary>
    public static bool Ssn(ReadOnlySpan<char> d)
    {
        if (d.Length != 9)
        {
            return false;
        }

        var area = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
        return area is > 0 and < 900 and not 666 && !d.Slice(3, 2).SequenceEqual("00") && !d[5..].SequenceEqual("0000");
    }

    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter) with its check letter.</summary>
    public static bool DniNie(ReadOnlySpan<char> s)
    {
        if (s.Length != 9)
        {
            return false;
        }

        var n = s[0] switch { 'X' or 'x' => 0, 'Y' or 'y' => 1, 'Z' or 'z' => 2, >= '0' and <= '9' => s[0] - '0', _ => -1 };
        if (n < 0)
        {
            return false;
        }

        for (var i = 1; i < 8; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return false;
            }

            n = n * 10 + (s[i] - '0');
        }

        return char.ToUpperInvariant(s[8]) == DniLetters[n % 23];
    }

    /// <summary>French NIR (numéro de sécurité sociale): 13 characters (Corsica 2A/2B allowed) and a 2-digit key 97 − (n mod 97).</summary>
    public static bool Nir(ReadOnlySpan<char> s)
    {
        if (s.Length != 15 || s[0] is not ('1' or '2' or '3' or '4' or '7' or '8'))
        {
            return false;
        }

        long n = 0;
        for (var i = 0; i < 13; i++)
        {
            var c = s[i];
            if (i == 6 && c is 'A' or 'B')
            {
                n = n * 10;
                continue;
            }

            if (c is < '0' or > '9')
            {
                return false;
            }

            n = n * 10 + (c - '0');
        }

        if (s[6] is 'A' or 'B')
        {
            n -= s[6] == 'A' ? 1_000_000 : 2_000_000;
        }

        if (s[13] is < '0' or > '9' || s[14] is < '0' or > '9')
        {
            return false;
        }

        var key = (s[13] - '0') * 10 + (s[14] - '0');
        return key == 97 - (int)(n % 97);
    }

    private const string CurpAlphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    /// <summary>Mexican CURP: 18 characters in the official layout, with its check digit.</summary>
    public static bool Curp(ReadOnlySpan<char> s)
    {
        if (s.Length != 18)
        {
            return false;
        }

        for (var i = 0; i < 18; i++)
        {
            var c = s[i];
            var letter = c is >= 'A' and <= 'Z';
            var digit = c is >= '0' and <= '9';
            var ok = i switch
            {
                < 4 => letter,
                < 10 => digit,
                10 => c is 'H' or 'M' or 'X',
                < 16 => letter,
                16 => letter || digit,
                _ => digit,
            };
            if (!ok)
            {
                return false;
            }
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += CurpAlphabet.IndexOf(s[i], StringComparison.Ordinal) * (18 - i);
        }

        return (10 - sum % 10) % 10 == s[17] - '0';
    }
}
