using System.Buffers;

namespace CyberPartnerships.Redaction;

/// <summary>Character sets of the recognizers.</summary>
internal static class CharSets
{
    public static readonly SearchValues<char> NumberPart = SearchValues.Create("0123456789-./");
    public static readonly SearchValues<char> IbanPart = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    public static readonly SearchValues<char> Alnum = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    public static readonly SearchValues<char> Handle = SearchValues.Create("abcdefghijklmnopqrstuvwxyz._");
    public static readonly SearchValues<char> Key = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-");
    public static readonly SearchValues<char> User = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");
}

/// <summary>Shape tests of single tokens: e-mail, URL, IPv4, password-like.</summary>
internal static class Shapes
{
    private static readonly SearchValues<char> EmailLocal =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-'");

    private static readonly SearchValues<char> DomainChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    public static bool IsEmail(ReadOnlySpan<char> s)
    {
        var at = s.IndexOf('@');
        if (at <= 0 || at != s.LastIndexOf('@'))
        {
            return false;
        }

        var local = s[..at];
        var domain = s[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return !local.ContainsAnyExcept(EmailLocal) && !domain.ContainsAnyExcept(DomainChars) && dot > 0 &&
            domain.Length - dot - 1 >= 2 && char.IsAsciiLetter(domain[^1]);
    }

    /// <summary>A domain name: labels of letters, digits and hyphens, a dot, a top-level label of two lowercase letters
    /// or more.</summary>
    public static bool IsDomainName(ReadOnlySpan<char> s)
    {
        var dot = s.LastIndexOf('.');
        return dot > 0 && s.Length - dot > 2 && !s[(dot + 1)..].ContainsAnyExceptInRange('a', 'z') && !s.ContainsAnyExcept(DomainChars) &&
            !IsIPv4(s, out _);
    }

    public static bool IsUrlOrDefanged(ReadOnlySpan<char> s, Shape shape)
    {
        if ((shape.Flags & ShapeFlags.Bracket) != 0 && (s.Contains("[.]", StringComparison.Ordinal) || s.Contains("[:]", StringComparison.Ordinal)))
        {
            return true;
        }

        return (shape.Flags & ShapeFlags.Colon) != 0 && s.Contains("://", StringComparison.Ordinal);
    }

    /// <summary>An IPv4 address, optionally with :port or /prefix; <paramref name="end"/> is where the address ends.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsIPv4(ReadOnlySpan<char> s, out int end)
    {
        // Most tokens fail at once (no call then): an address has at least seven characters, starts with a digit and
        // has its first dot after one to three digits.
        if (s.Length < 7 || !char.IsAsciiDigit(s[0]) || (s[1] != '.' && s[2] != '.' && s[3] != '.'))
        {
            end = 0;
            return false;
        }

        return ParseIPv4(s, out end);
    }

    private static bool ParseIPv4(ReadOnlySpan<char> s, out int end)
    {
        end = 0;
        var parts = 0;
        var i = 0;
        while (parts < 4)
        {
            var value = 0;
            var digits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]) && digits < 4)
            {
                value = value * 10 + (s[i] - '0');
                digits++;
                i++;
            }

            if (digits is 0 or > 3 || value > 255)
            {
                return false;
            }

            parts++;
            if (parts < 4)
            {
                if (i >= s.Length || s[i] != '.')
                {
                    return false;
                }

                i++;
            }
        }

        end = i;
        return i == s.Length || s[i] is ':' or '/';
    }

    /// <summary>An IPv6 address: hex groups of 1–4 digits separated by colons, at least two colons, at most one "::".</summary>
    public static bool IsIPv6(ReadOnlySpan<char> s)
    {
        if (s.Length is < 3 or > 39 || s.Count(':') < 2 || s.IndexOf("::") != s.LastIndexOf("::"))
        {
            return false;
        }

        var group = 0;
        var groups = 0;
        foreach (var c in s)
        {
            if (c == ':')
            {
                groups += group > 0 ? 1 : 0;
                group = 0;
            }
            else if (char.IsAsciiHexDigit(c) && ++group <= 4)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        groups += group > 0 ? 1 : 0;
        return groups is >= 2 and <= 8 && (groups == 8 || s.Contains("::", StringComparison.Ordinal));
    }

    /// <summary>A token that can only be a password: letters, digits and a symbol such as ! # $ % * ? @ (not an
    /// e-mail, path or URL).</summary>
    public static bool LooksLikePassword(ReadOnlySpan<char> s, Shape shape)
    {
        const ShapeFlags need = ShapeFlags.Digit | ShapeFlags.Symbol;
        if (s[0] == '#' && (shape.Flags & ShapeFlags.Lower) == 0)
        {
            // "#FR-55120", "#INC4471": a ticket or case reference.
            return false;
        }

        return s.Length is >= 6 and <= 64 && (shape.Flags & need) == need &&
            (shape.Flags & (ShapeFlags.Upper | ShapeFlags.Lower)) != 0 &&
            (shape.Flags & (ShapeFlags.Slash | ShapeFlags.Colon | ShapeFlags.Other)) == 0;
    }

    /// <summary>A crypto wallet: bech32 (bc1…, ltc1…), an Ethereum 0x… address, or base58 of 26 to 35 characters starting
    /// as Bitcoin, Litecoin, Tron or Monero addresses do (1, 3, L, M, T, 4).</summary>
    public static bool IsWallet(ReadOnlySpan<char> s)
    {
        if (s.Length < 26)
        {
            return false;
        }

        if (s.StartsWith("bc1", StringComparison.Ordinal) || s.StartsWith("ltc1", StringComparison.Ordinal) || s.StartsWith("0x", StringComparison.Ordinal))
        {
            return !s.ContainsAnyExcept(CharSets.Alnum);
        }

        return (s.Length <= 35 || s[0] == '4') && s[0] is '1' or '3' or 'L' or 'M' or 'T' or '4' && !s.ContainsAnyExcept(Base58) &&
            s.ContainsAnyInRange('a', 'z') && s.ContainsAnyInRange('0', '9');
    }

    private static readonly SearchValues<char> Base58 =
        SearchValues.Create("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");

    /// <summary>A numeric date: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, yyyy/mm/dd (also 2-digit years after a day).</summary>
    public static bool IsNumericDate(ReadOnlySpan<char> s)
    {
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var n = 0;
        var sep = '\0';
        var i = 0;
        while (i < s.Length && n < 3)
        {
            var v = 0;
            var len = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                v = v * 10 + (s[i] - '0');
                len++;
                i++;
            }

            if (len == 0)
            {
                return false;
            }

            parts[n] = v;
            lengths[n++] = len;
            if (i < s.Length)
            {
                if (s[i] is not ('/' or '.' or '-') || (sep != '\0' && s[i] != sep))
                {
                    return false;
                }

                sep = s[i++];
            }
        }

        if (n != 3 || i != s.Length)
        {
            return false;
        }

        if (lengths[0] == 4)
        {
            return lengths[1] <= 2 && lengths[2] <= 2 && parts[1] is >= 1 and <= 12 && parts[2] is >= 1 and <= 31;
        }

        return lengths[0] <= 2 && lengths[1] <= 2 && lengths[2] is 2 or 4 && parts[0] is >= 1 and <= 31 && parts[1] is >= 1 and <= 31 &&
            (parts[0] <= 12 || parts[1] <= 12);
    }
}
