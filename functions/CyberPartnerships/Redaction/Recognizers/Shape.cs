namespace CyberPartnerships.Redaction;

[Flags]
internal enum ShapeFlags : uint
{
    None = 0,
    Upper = 1,
    Lower = 1 << 1,
    Digit = 1 << 2,
    At = 1 << 3,
    Dot = 1 << 4,
    Colon = 1 << 5,
    Pipe = 1 << 6,
    Equals = 1 << 7,
    Hyphen = 1 << 8,
    Slash = 1 << 9,
    Apostrophe = 1 << 10,
    Symbol = 1 << 11,
    Plus = 1 << 12,
    Underscore = 1 << 13,
    Bracket = 1 << 14,
    NotHex = 1 << 15,
    Other = 1 << 16,
}

/// <summary>The character classes present in a token, computed in one loop.</summary>
internal readonly struct Shape(ShapeFlags flags, bool firstUpper, bool firstDigitOrPlus, bool ibanStart)
{
    public ShapeFlags Flags { get; } = flags;

    public bool FirstUpper { get; } = firstUpper;

    public bool IbanStart { get; } = ibanStart;

    private const ShapeFlags Letters = ShapeFlags.Upper | ShapeFlags.Lower;

    public bool IsWord => (Flags & Letters) != 0 && (Flags & ~(Letters | ShapeFlags.Hyphen | ShapeFlags.Apostrophe | ShapeFlags.NotHex)) == 0;

    public bool IsTitle => FirstUpper && (Flags & ShapeFlags.Lower) != 0 && IsWord;

    public bool IsNumeric => firstDigitOrPlus && (Flags & ShapeFlags.Digit) != 0 &&
        (Flags & ~(ShapeFlags.Digit | ShapeFlags.Plus | ShapeFlags.Hyphen | ShapeFlags.Dot | ShapeFlags.Slash)) == 0;

    public bool IsHex => (Flags & ~(Letters | ShapeFlags.Digit | ShapeFlags.NotHex)) == 0 && (Flags & ShapeFlags.NotHex) == 0;

    public bool IsAlnum => (Flags & Letters) != 0 && (Flags & ShapeFlags.Digit) != 0 &&
        (Flags & ~(Letters | ShapeFlags.Digit | ShapeFlags.NotHex | ShapeFlags.Hyphen | ShapeFlags.Dot)) == 0;

    /// <summary>Letters with dots: "C.C", "d.o.b", "Tel".</summary>
    public bool IsAbbreviation => (Flags & Letters) != 0 && (Flags & ShapeFlags.Dot) != 0 && (Flags & ~(Letters | ShapeFlags.Dot | ShapeFlags.NotHex)) == 0;

    public static Shape Of(ReadOnlySpan<char> s) => From(FlagsOf(s), s);

    public static ShapeFlags FlagsOf(ReadOnlySpan<char> s)
    {
        var f = ShapeFlags.None;
        foreach (var c in s)
        {
            f |= c < 128 ? Ascii[c] : NonAscii(c);
        }

        return f;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ShapeFlags CharFlags(char c) => c < 128 ? Ascii[c] : NonAscii(c);

    public static ShapeFlags NonAscii(char c) =>
        char.IsUpper(c) ? ShapeFlags.Upper | ShapeFlags.NotHex : char.IsLetter(c) ? ShapeFlags.Lower | ShapeFlags.NotHex : ShapeFlags.Other;

    /// <summary>The shape of a token whose character flags are known (the tokenizer computes them).</summary>
    public static Shape From(ShapeFlags f, ReadOnlySpan<char> s)
    {
        var c0 = s[0];
        var firstUpper = c0 < 128 ? c0 is >= 'A' and <= 'Z' : char.IsUpper(c0);
        var ibanStart = s.Length >= 4 && char.IsAsciiLetterUpper(c0) && char.IsAsciiLetterUpper(s[1]) && char.IsAsciiDigit(s[2]) &&
            char.IsAsciiDigit(s[3]) && (f & ~(ShapeFlags.Upper | ShapeFlags.Digit | ShapeFlags.NotHex)) == 0;
        return new Shape(f, firstUpper, char.IsAsciiDigit(c0) || c0 == '+', ibanStart);
    }

    private static readonly ShapeFlags[] Ascii = BuildAscii();

    private static ShapeFlags[] BuildAscii()
    {
        var a = new ShapeFlags[128];
        for (var c = 0; c < 128; c++)
        {
            a[c] = (char)c switch
            {
                >= 'a' and <= 'f' => ShapeFlags.Lower,
                >= 'g' and <= 'z' => ShapeFlags.Lower | ShapeFlags.NotHex,
                >= 'A' and <= 'F' => ShapeFlags.Upper,
                >= 'G' and <= 'Z' => ShapeFlags.Upper | ShapeFlags.NotHex,
                >= '0' and <= '9' => ShapeFlags.Digit,
                '@' => ShapeFlags.At,
                '.' => ShapeFlags.Dot,
                ':' => ShapeFlags.Colon,
                '|' => ShapeFlags.Pipe,
                '=' => ShapeFlags.Equals,
                '-' => ShapeFlags.Hyphen,
                '/' or '\\' => ShapeFlags.Slash,
                '\'' => ShapeFlags.Apostrophe,
                '+' => ShapeFlags.Plus,
                '_' => ShapeFlags.Underscore,
                '[' or ']' => ShapeFlags.Bracket,
                '!' or '#' or '$' or '%' or '&' or '*' or '?' or '^' or '~' => ShapeFlags.Symbol,
                _ => ShapeFlags.Other,
            };
        }

        return a;
    }
}
