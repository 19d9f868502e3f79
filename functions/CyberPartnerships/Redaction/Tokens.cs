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

    public readonly int Length => End - Start;
}

/// <summary>A span of text to replace.</summary>
internal readonly record struct Finding(int Start, int End, PiiType Type);

/// <summary>Splits text into tokens: runs of characters between whitespace and , ; " ( ) &lt; &gt; { }, with leading
/// and trailing quote/sentence punctuation trimmed; remembers the strongest break between two tokens.</summary>
internal static class Tokenizer
{
    public static int Tokenize(ReadOnlySpan<char> text, ref Token[] tokens)
    {
        var count = 0;
        var pos = 0;
        var pendingBreak = Break.Strong;
        var newLine = true;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (IsDelimiter(c))
            {
                if (c is '\n' or '\r' or ';')
                {
                    pendingBreak = Break.Strong;
                    newLine |= c != ';';
                }
                else if (c == ',' && pendingBreak < Break.Comma)
                {
                    pendingBreak = Break.Comma;
                }

                pos++;
                continue;
            }

            var start = pos;
            while (pos < text.Length && !IsDelimiter(text[pos]))
            {
                pos++;
            }

            var end = pos;
            while (start < end && text[start] is '\'' or '‘' or '«' or '“' or '¿' or '¡' or '[' or '*')
            {
                start++;
            }

            var trail = Break.None;
            while (end > start && text[end - 1] is '.' or ':' or '!' or '?' or '\'' or '’' or '»' or '”' or ']' or '*')
            {
                var t = text[end - 1];
                trail = t == ':' ? (trail == Break.None ? Break.Colon : trail) : t is '.' or '!' or '?' ? Break.Strong : trail;
                end--;
            }

            if (end > start)
            {
                if (count == tokens.Length)
                {
                    Array.Resize(ref tokens, tokens.Length * 2);
                }

                tokens[count++] = new Token { Start = start, End = end, Before = pendingBreak, NewLineBefore = newLine };
            }

            pendingBreak = trail;
            newLine = false;
        }

        return count;
    }

    public static bool IsDelimiter(char c) =>
        c <= ' ' ? c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v' : c is ',' or ';' or '"' or '(' or ')' or '<' or '>' or '{' or '}' or '\u00a0';
}
