using System.Buffers;
using System.Text;

namespace CyberPartnerships.Redaction.Normalization;

/// <summary>
/// The first stage of the text redactor: undoes the trivial obfuscations that hide a value from recognition, so that
/// <c>jane＠victim.example</c> (full-width), <c>ja​ne@victim.example</c> (a zero-width space inside),
/// <c>jane [at] victim [dot] example</c>, <c>jane(at)victim(dot)example</c> and <c>jane at victim dot example</c>
/// are read as the address they are. Compatibility characters are read as their NFKC form, zero-width and format
/// characters (and the soft hyphen) are dropped, and the bracketed or spelled-out <c>at</c>/<c>dot</c> forms become
/// <c>@</c> and <c>.</c>. Bracketed symbols (<c>evil[.]example</c>, <c>x[@]evil[.]example</c>) are defanged
/// indicators, not obfuscated values: they stay as written, for the scanner to keep. The normalised text comes with a map from each of its positions to the position in the
/// original it came from, so a finding in it is a span of the original, which is what the redaction replaces.
/// </summary>
internal static class TextNormalizer
{
    /// <summary>Characters that make the slow path worth taking: zero-width and format characters, the soft hyphen,
    /// full-width and small forms, and the opening brackets and spaces of the obfuscated at/dot forms are checked apart.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(
        [.. "\u00AD\u200B\u200C\u200D\u200E\u200F\u2060\u2061\u2062\u2063\u2064\uFEFF\uFE6B\uFE52\u2024\u3002\uFF0E\uFF61",
         .. Enumerable.Range(0xFF01, 0xFF5E - 0xFF01 + 1).Select(c => (char)c)]);

    private static readonly string[] AtWords = ["at", "arroba", "malpa", "małpa", "chiocciola", "klammeraffe", "apenstaartje"];
    private static readonly string[] DotWords = ["dot", "punto", "ponto", "point", "punkt", "kropka", "punt"];

    /// <summary>The normalised text and its map to the original, or the text itself and a null map when nothing
    /// needs undoing (the common case, which allocates nothing).</summary>
    public static string Normalize(string text, out int[]? map)
    {
        map = null;
        if (text.AsSpan().IndexOfAny(Special) < 0 && !MayHaveSpelledSeparator(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var positions = new List<int>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsDropped(c))
            {
                i++;
                continue;
            }

            if (TrySeparator(text, i, output, out var next, out var separator))
            {
                // " [at] " with its spaces is one '@' (or '.'), mapped to the bracket it replaces.
                output.Append(separator);
                positions.Add(i);
                i = next;
                continue;
            }

            if (c >= 0xFF01 && c <= 0xFF5E)
            {
                output.Append((char)(c - 0xFEE0));
                positions.Add(i);
            }
            else if (c is '\uFE6B')
            {
                output.Append('@');
                positions.Add(i);
            }
            else if (c is '\uFE52' or '\u2024' or '\u3002' or '\uFF0E' or '\uFF61')
            {
                output.Append('.');
                positions.Add(i);
            }
            else
            {
                output.Append(c);
                positions.Add(i);
            }

            i++;
        }

        if (output.Length == text.Length && positions.Count == text.Length && output.Equals(text.AsSpan()))
        {
            return text;
        }

        map = [.. positions];
        return output.ToString();
    }

    /// <summary>The span of the original text that a span of the normalised text came from (with the characters
    /// dropped inside it).</summary>
    public static (int Start, int End) ToOriginal(int[] map, int start, int end) =>
        (map[start], map[end - 1] + 1);

    private static bool IsDropped(char c) =>
        c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\u2061' or '\u2062' or '\u2063' or '\u2064' or '\uFEFF';

    /// <summary>Whether the text may hold "[at]", "(dot)", "{at}" (a bracket with a short word of the at/dot lists after
    /// it) or " at … dot " spelled out.</summary>
    private static bool MayHaveSpelledSeparator(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(Brackets); i >= 0; i = span.IndexOfAny(Brackets))
        {
            span = span[(i + 1)..];
            var word = span[..Math.Min(span.Length, 12)].TrimStart(' ');
            if (word.Length >= 2 && FirstLetters.Contains(word[0]) && word.IndexOfAny("])}".AsSpan()) is > 0 and var shut &&
                (Is(word[..shut].Trim(), AtWords) || Is(word[..shut].Trim(), DotWords)))
            {
                return true;
            }
        }

        return text.Contains(" dot ", StringComparison.Ordinal) || text.Contains(" DOT ", StringComparison.Ordinal);
    }

    private static readonly SearchValues<char> Brackets = SearchValues.Create("[({");

    /// <summary>The first letters of the at/dot words.</summary>
    private static readonly SearchValues<char> FirstLetters = SearchValues.Create("acdkmpACDKMP");

    /// <summary>An obfuscated '@' or '.' at <paramref name="i"/>: a bracketed word between word characters
    /// ("name [at] host", "host(dot)tld", "name(arroba)host"), or "name at host dot tld" spelled out, with the spaces
    /// around.</summary>
    private static bool TrySeparator(string text, int i, StringBuilder output, out int next, out char separator)
    {
        next = i;
        separator = '\0';
        var c = text[i];
        if (c is not ('[' or '(' or '{' or ' '))
        {
            return false;
        }

        if (output.Length == 0 || !IsWordChar(output[^1]))
        {
            return false;
        }

        var j = i;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        if (j >= text.Length)
        {
            return false;
        }

        var open = text[j];
        var close = open switch { '[' => ']', '(' => ')', '{' => '}', _ => '\0' };
        int wordStart, wordEnd;
        if (close != '\0')
        {
            wordStart = j + 1;
            var shut = text.IndexOf(close, wordStart);
            if (shut < 0 || shut - wordStart > 8)
            {
                return false;
            }

            wordEnd = shut;
            j = shut + 1;
        }
        else
        {
            if (j == i)
            {
                return false;
            }

            wordStart = j;
            while (j < text.Length && char.IsAsciiLetter(text[j]))
            {
                j++;
            }

            wordEnd = j;
            if (j >= text.Length || text[j] != ' ')
            {
                return false;
            }
        }

        var word = text.AsSpan(wordStart, wordEnd - wordStart).Trim();
        var isAt = Is(word, AtWords);
        var isDot = !isAt && Is(word, close != '\0' ? DotWords : ["dot"]);
        if (!isAt && !isDot)
        {
            return false;
        }

        var k = j;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        if (k >= text.Length || !IsWordChar(text[k]))
        {
            return false;
        }

        if (close == '\0' && !SpelledAddress(text, k, isAt))
        {
            // Spelled out, "at" and "dot" are common words: only "name at host dot tld" as a whole is an address.
            return false;
        }

        separator = isAt ? '@' : '.';
        next = k;
        return true;
    }

    /// <summary>After a spelled "at", the host goes on with a spelled dot ("wp dot pl"); after a spelled "dot", a
    /// word that starts with a letter (the next label or the top-level domain).</summary>
    private static bool SpelledAddress(string text, int k, bool isAt)
    {
        var j = k;
        while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '-'))
        {
            j++;
        }

        return isAt ? j > k && text.AsSpan(j).StartsWith(" dot ", StringComparison.OrdinalIgnoreCase) : j - k >= 2 && char.IsAsciiLetter(text[k]);
    }

    private static bool Is(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '+';
}
