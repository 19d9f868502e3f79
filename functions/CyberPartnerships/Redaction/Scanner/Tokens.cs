using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CyberPartnerships.Redaction;

/// <summary>What separates a token from the one before it.</summary>
internal enum Break : byte
{
    None,
    Colon,
    Comma,

    /// <summary>A newline, a semicolon, or the end of a sentence.</summary>
    Strong,
}

/// <summary>One whitespace- or punctuation-delimited piece of the text, with its leading/trailing punctuation trimmed.</summary>
internal struct Token
{
    public int Start;
    public int End;
    public Break Before;
    public bool NewLineBefore;
    public ShapeFlags Flags;

    public readonly int Length => End - Start;
}

/// <summary>A span of text to replace.</summary>
internal readonly record struct Finding(int Start, int End, PiiType Type)
{
    /// <summary>Whether one of the first <paramref name="count"/> findings overlaps [start, end): a pass over them, for
    /// the stages that add few findings after the scan (cheaper than sorting).</summary>
    public static bool AnyOverlaps(List<Finding> findings, int count, int start, int end)
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
}

/// <summary>Splits text into tokens: runs of characters between whitespace and , ; " ( ) &lt; &gt; { }, with leading
/// and trailing quote/sentence punctuation trimmed; remembers the strongest break between two tokens.</summary>
internal static class Tokenizer
{
    // Bits above the shape flags: what a character does to tokenizing.
    private const uint Delimiter = 1u << 24;
    private const uint LineBreak = 1u << 25;
    private const uint Semicolon = 1u << 26;
    private const uint CommaBreak = 1u << 27;
    private const uint Lead = 1u << 28;
    private const uint Trail = 1u << 29;

    /// <summary>Per character: its shape flags, whether it delimits tokens (and which break it makes), whether it
    /// is leading or trailing punctuation to trim.</summary>
    private static readonly uint[] Classes = BuildClasses();

    private static uint[] BuildClasses()
    {
        // Every UTF-16 code unit has its entry (256 KB, of which the text touches a few cache lines): no branch and no
        // Unicode category lookup per character in the tokenizer's loop.
        var t = new uint[65536];
        for (var c = 0; c < t.Length; c++)
        {
            t[c] = (uint)Shape.CharFlags((char)c);
        }

        t['\u00a0'] = Delimiter;
        // Typographic quotes and Spanish marks: trimmed like the ASCII punctuation below (one table lookup tells whether a
        // token needs trimming at all).
        foreach (var c in "«¿¡‘“")
        {
            t[c] |= Lead;
        }

        foreach (var c in "»’”")
        {
            t[c] |= Trail;
        }

        foreach (var c in " \t\f\v\"(){}<>")
        {
            t[c] = Delimiter;
        }

        t['\n'] = t['\r'] = Delimiter | LineBreak;
        t[';'] = Delimiter | Semicolon;
        t[','] = Delimiter | CommaBreak;
        foreach (var c in "'[*")
        {
            t[c] |= Lead;
        }

        foreach (var c in ".:!?']*")
        {
            t[c] |= Trail;
        }

        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Class(ref uint table, char c) => Unsafe.Add(ref table, c);

    /// <summary>Splits <paramref name="text"/> into <paramref name="tokens"/>; returns their count, and in
    /// <paramref name="allFlags"/> the union of their shape flags (to skip whole passes, e.g. no '=' anywhere).</summary>
    /// <remarks>No local's address is taken (no ref arguments in the loop), so the JIT keeps them all in registers.</remarks>
    public static int Tokenize(ReadOnlySpan<char> text, ref Token[] tokens, out ShapeFlags allFlags)
    {
        var buffer = tokens;
        var count = Tokenize(text, buffer, out allFlags, out var grown);
        tokens = grown ?? buffer;
        return count;
    }

    private static int Tokenize(ReadOnlySpan<char> text, Token[] tokens, out ShapeFlags allFlags, out Token[]? grown)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(Classes);

        grown = null;
        var count = 0;
        var pos = 0;
        var pendingBreak = Break.Strong;
        var newLine = true;
        uint all = 0;
        ref var chars = ref MemoryMarshal.GetReference(text);
        var length = text.Length;
        while (pos < length)
        {
            var cls = Class(ref table, Unsafe.Add(ref chars, pos));
            if ((cls & Delimiter) != 0)
            {
                if ((cls & (LineBreak | Semicolon)) != 0)
                {
                    pendingBreak = Break.Strong;
                    newLine |= (cls & LineBreak) != 0;
                }
                else if ((cls & CommaBreak) != 0 && pendingBreak < Break.Comma)
                {
                    pendingBreak = Break.Comma;
                }

                pos++;
                continue;
            }

            var start = pos++;
            var flags = cls;

            // Two characters a step: half the branches; the step that meets the delimiter takes the character before
            // it without a branch (a token's length is unpredictable).
            while (pos + 1 < length)
            {
                var c0 = Class(ref table, Unsafe.Add(ref chars, pos));
                var c1 = Class(ref table, Unsafe.Add(ref chars, pos + 1));
                if (((c0 | c1) & Delimiter) != 0)
                {
                    var take = (int)((~c0 & Delimiter) >> 24);
                    flags |= c0 & (uint)-take;
                    pos += take;
                    goto TokenEnd;
                }

                flags |= c0 | c1;
                pos += 2;
            }

            if (pos < length)
            {
                cls = Class(ref table, Unsafe.Add(ref chars, pos));
                if ((cls & Delimiter) == 0)
                {
                    flags |= cls;
                    pos++;
                }
            }

        TokenEnd:

            var end = pos;
            var first = Unsafe.Add(ref chars, start);
            var last = Unsafe.Add(ref chars, end - 1);
            var trail = Break.None;
            if (((Class(ref table, first) & Lead) | (Class(ref table, last) & Trail)) != 0)
            {
                var trimmed = Trim(text, start, end);
                if (trimmed.End <= trimmed.Start)
                {
                    // Punctuation alone (" : ", " . "): its break adds to the one before the next token.
                    pendingBreak = trimmed.Trail > pendingBreak ? trimmed.Trail : pendingBreak;
                    continue;
                }

                if (trimmed.Start != start || trimmed.End != end)
                {
                    start = trimmed.Start;
                    end = trimmed.End;
                    // Below bit 24 the table holds each character's shape flags (but for delimiters, never in a token).
                    flags = 0;
                    for (var k = start; k < end; k++)
                    {
                        flags |= Class(ref table, Unsafe.Add(ref chars, k));
                    }
                }

                trail = trimmed.Trail;
            }

            if (count == tokens.Length)
            {
                tokens = grown = Grow(tokens);
            }

            tokens[count++] = new Token { Start = start, End = end, Before = pendingBreak, NewLineBefore = newLine, Flags = (ShapeFlags)(flags & 0xFFFFFF) };
            all |= flags;
            pendingBreak = trail;
            newLine = false;
        }

        allFlags = (ShapeFlags)(all & 0xFFFFFF);
        return count;
    }

    private static Token[] Grow(Token[] tokens)
    {
        var larger = new Token[tokens.Length * 2];
        tokens.CopyTo(larger, 0);
        return larger;
    }

    /// <summary>Trims quotes and sentence punctuation off a token; returns its new bounds and the break its trailing
    /// punctuation makes before the next token.</summary>
    private static (int Start, int End, Break Trail) Trim(ReadOnlySpan<char> text, int start, int end)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(Classes);
        while (start < end && (Class(ref table, text[start]) & Lead) != 0)
        {
            start++;
        }

        var trail = Break.None;
        while (end > start && (Class(ref table, text[end - 1]) & Trail) != 0)
        {
            var t = text[end - 1];
            trail = t == ':' ? (trail == Break.None ? Break.Colon : trail) : t is '.' or '!' or '?' ? Break.Strong : trail;
            end--;
        }

        return (start, end, trail);
    }
}
