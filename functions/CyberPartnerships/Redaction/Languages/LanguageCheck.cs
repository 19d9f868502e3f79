using System.Buffers;

namespace CyberPartnerships.Redaction.Languages;

/// <summary>
/// Tells the parts of a text the redactor reads from those in a language it has no tables for. A passage of prose in
/// one of its languages is full of that language's function words (articles, prepositions, pronouns, auxiliaries) and
/// of its cue words; Swedish, Czech, Turkish or Greek prose shares few of them. Such a passage has no cues the
/// redactor knows, so its victims would be named, dated and numbered without a word announcing them:
/// <see cref="Recognizers.FailClosed"/> reads it strictly instead.
/// </summary>
/// <remarks>The text is judged in chunks: a paragraph (up to a blank line), or about <see cref="ChunkWords"/> words
/// of it at line ends, so a Swedish paragraph after an English one is judged on its own. Only lowercase words of
/// letters count (names, headers, numbers, addresses and tokens are not prose); a chunk with fewer than
/// <see cref="MinWords"/> of them is too short to judge and stays read.</remarks>
internal static class LanguageCheck
{
    private const int MinWords = 8;
    private const int ChunkWords = 40;

    /// <summary>After this many words at twice the threshold's share, and no foreign letter, a paragraph is read.</summary>
    private const int SettledWords = 16;

    private const int SettledSharePercent = 30;

    /// <summary>Below this share of one language's known words (in percent) a chunk is in none of them. Prose in the
    /// redactor's languages scores 30–60% in its own language, telegraphic notes and chats 18% and more; Swedish, Czech,
    /// Turkish, Finnish or Indonesian 0–14% in the best of them.</summary>
    private const int MinSharePercent = 15;

    /// <summary>Below this share, a chunk whose words are written with letters none of the languages uses
    /// (<see cref="Foreign"/>) is in another language: Romanian, Croatian or Slovene share many short words with them.</summary>
    private const int ForeignSharePercent = 30;

    /// <summary>Latin letters that none of the redactor's languages writes (Czech, Slovak, Romanian, Turkish, Hungarian,
    /// Croatian, the Baltic and Nordic languages); any letter past Latin Extended-B (Greek, Cyrillic, Arabic …) is foreign too.</summary>
    private static readonly SearchValues<char> Foreign = SearchValues.Create("čšžřěůďťňĺľŕșşțţăığőűđåøæėųūįāēīķļņģŋýðþ");

    private static readonly WordTable<ushort> Known = Build();

    /// <summary>The spans of <paramref name="text"/> in a language the redactor does not read, or null when there are none.</summary>
    public static List<(int Start, int End)>? UnreadSpans(string text)
    {
        List<(int Start, int End)>? unread = null;
        (int Start, int End)? pending = null;
        bool? lastVerdict = null;
        Span<int> hits = stackalloc int[LanguageData.All.Length];
        hits.Clear();
        int chunkStart = 0, words = 0, foreign = 0;
        var settled = false;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline + 1;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var blank = line.IsWhiteSpace();
            if (!blank && !settled && !IsTableRow(line))
            {
                CountLine(line, ref words, ref foreign, hits);

                // Plainly one of the redactor's languages: the rest of the paragraph is not counted.
                settled = words >= SettledWords && foreign == 0 && Best(hits) * 100 >= SettledSharePercent * words;
            }

            lineStart = lineEnd;
            if (blank || words >= ChunkWords || lineEnd == text.Length)
            {
                Judge(ref unread, ref pending, ref lastVerdict, chunkStart, lineEnd, words, foreign, hits);
                chunkStart = lineEnd;
                words = foreign = 0;
                settled = false;
                hits.Clear();
            }
        }

        if (pending is { } rest && lastVerdict == false)
        {
            Add(ref unread, rest.Start, rest.End);
        }

        return unread;
    }

    private static int Best(ReadOnlySpan<int> hits)
    {
        var best = 0;
        foreach (var h in hits)
        {
            best = Math.Max(best, h);
        }

        return best;
    }

    /// <summary>A row of a table (tab, pipe or semicolon separated): its cells are values, not prose.</summary>
    private static bool IsTableRow(ReadOnlySpan<char> line) => line.ContainsAny('\t', '|') || line.Count(';') >= 2;

    /// <summary>Judges a chunk; a chunk too short to judge (a greeting, a signature, a line of contact details) goes with
    /// the text around it: with the chunk before it, or, at the start, with the first chunk judged after it.</summary>
    private static void Judge(ref List<(int Start, int End)>? unread, ref (int Start, int End)? pending, ref bool? lastVerdict,
        int start, int end, int words, int foreign, ReadOnlySpan<int> hits)
    {
        if (words < MinWords)
        {
            if (lastVerdict == false)
            {
                Add(ref unread, start, end);
            }
            else if (lastVerdict is null)
            {
                pending = pending is { } p ? (p.Start, end) : (start, end);
            }

            return;
        }

        var best = Best(hits);
        var read = best * 100 >= MinSharePercent * words &&
            !(foreign >= 2 && foreign * 10 >= words && best * 100 < ForeignSharePercent * words);
        if (lastVerdict is null && pending is { } before && !read)
        {
            Add(ref unread, before.Start, before.End);
        }

        pending = null;
        lastVerdict = read;
        if (!read)
        {
            Add(ref unread, start, end);
        }
    }

    private static void Add(ref List<(int Start, int End)>? unread, int start, int end)
    {
        unread ??= [];
        if (unread.Count > 0 && unread[^1].End == start)
        {
            unread[^1] = (unread[^1].Start, end);
        }
        else
        {
            unread.Add((start, end));
        }
    }

    /// <summary>Counts the words of prose on a line: whitespace-delimited tokens that, their punctuation trimmed, are two
    /// letters or more, the first lowercase; a hit for each language that knows the word; and the words (capitalised
    /// too) that foreign letters write.</summary>
    private static void CountLine(ReadOnlySpan<char> line, ref int words, ref int foreign, Span<int> hits)
    {
        var i = 0;
        while (i < line.Length)
        {
            var skip = line[i..].IndexOfAnyExcept(Spaces);
            if (skip < 0)
            {
                break;
            }

            var start = i + skip;
            var length = line[start..].IndexOfAny(Spaces);
            i = length < 0 ? line.Length : start + length;
            if (Word(line[start..i]) is { IsEmpty: false } word)
            {
                // Foreign letters count in names too ("Oškodovanka", "Uporabniško"); the shares only in lowercase prose.
                foreign += IsForeign(word) ? 1 : 0;
                if (!char.IsLower(word[0]))
                {
                    continue;
                }

                words++;
                if (Known.TryGetValue(word, out var languages))
                {
                    for (uint bits = languages; bits != 0; bits &= bits - 1)
                    {
                        hits[System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
                    }
                }
            }
        }
    }

    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\r\n\f\v\u00A0\u2009\u202F\u3000");

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> token)
    {
        var from = 0;
        var to = token.Length;
        while (from < to && !char.IsLetterOrDigit(token[from]))
        {
            from++;
        }

        while (to > from && !char.IsLetterOrDigit(token[to - 1]))
        {
            to--;
        }

        if (to - from < 2)
        {
            return default;
        }

        var word = token[from..to];
        if (!word.ContainsAnyExceptInRange('a', 'z'))
        {
            return word;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return default;
            }
        }

        return word;
    }

    private static bool IsForeign(ReadOnlySpan<char> word) =>
        word.ContainsAnyExceptInRange('\0', '\u024F') || word.ContainsAny(Foreign);

    /// <summary>Each word with the languages that know it (bit k for <see cref="LanguageData.All"/>[k]); the words of
    /// <see cref="Common"/> are known to all.</summary>
    private static WordTable<ushort> Build()
    {
        var words = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var all = LanguageData.All;
        for (var k = 0; k < all.Length; k++)
        {
            var bits = all[k] == Common.Data ? (ushort)((1 << all.Length) - 1) : (ushort)(1 << k);
            var list = LanguageData.Split(all[k].FunctionWords).Concat(all[k].Cues.SelectMany(c => LanguageData.Split(c.Words)))
                .Concat(LanguageData.Split(all[k].Months));
            foreach (var word in list)
            {
                var key = word.ToLowerInvariant();
                words[key] = (ushort)(words.GetValueOrDefault(key) | bits);
            }
        }

        return new WordTable<ushort>(words);
    }
}
