namespace CyberPartnerships.Redaction;

/// <summary>
/// The <see cref="FieldHint"/> of a named field: a CSV column header or a JSON property name, in the partnership's
/// languages (<see cref="Languages.LanguageData"/>). Names are compared lowercased without separators (<c>Date of Birth</c> = <c>date_of_birth</c> =
/// <c>dateOfBirth</c>). An unknown name is free text: the text redactor still looks for personal data in it.
/// </summary>
public static class FieldHints
{
    private static readonly Dictionary<string, FieldHint> Known = Build();

    public static FieldHint ForName(string? name) => name is null ? FieldHint.FreeText : ForName(name.AsSpan());

    public static FieldHint ForName(ReadOnlySpan<char> name) => ForName(name, fuzzy: false);

    /// <summary>The hint of a field name; with <paramref name="fuzzy"/> (a label or column header a person typed), also
    /// of a personal field's name one slip away (<see cref="Near"/>).</summary>
    public static FieldHint ForName(ReadOnlySpan<char> name, bool fuzzy)
    {
        if (name.IsWhiteSpace())
        {
            return FieldHint.FreeText;
        }

        Span<char> buffer = stackalloc char[Math.Min(name.Length, 128)];
        var length = 0;
        foreach (var c in name[..Math.Min(name.Length, 128)])
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        var key = buffer[..length];
        return Known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var hint) ? hint
            : fuzzy && name.Count(' ') <= 2 ? NearCached(key) : FieldHint.FreeText;
    }

    /// <summary>The personal type of a known name one edit away (two from twelve letters on), for names of seven letters
    /// or more: a typing or OCR slip ("Usrename", "Data de nasciemnto", "Telefone" as "Tlefone") still types its field. Never an indicator's name: a slip must not
    /// keep a value.</summary>
    /// <summary>Called by <see cref="NearCached"/>, which has checked the key's least length.</summary>
    private static FieldHint Near(ReadOnlySpan<char> key)
    {
        if (key.Length > 40)
        {
            return FieldHint.FreeText;
        }

        // A deletion index (every personal name with one letter, or from eleven letters two, left out): a name one slip
        // away shares a deletion with the key, so only the names found that way are measured.
        var allowed = key.Length >= 12 ? 2 : 1;
        Span<char> buffer = stackalloc char[40];
        Span<char> twice = stackalloc char[40];
        if (Check(key, key, allowed) is var exact and not FieldHint.FreeText)
        {
            return exact;
        }

        for (var i = 0; i < key.Length; i++)
        {
            var one = Delete(key, i, buffer);
            if (Check(one, key, allowed) is var hint and not FieldHint.FreeText)
            {
                return hint;
            }

            if (allowed < 2)
            {
                continue;
            }

            for (var j = i; j < one.Length; j++)
            {
                if (Check(Delete(one, j, twice), key, allowed) is var second and not FieldHint.FreeText)
                {
                    return second;
                }
            }
        }

        return FieldHint.FreeText;
    }

    private static ReadOnlySpan<char> Delete(ReadOnlySpan<char> word, int at, Span<char> buffer)
    {
        word[..at].CopyTo(buffer);
        word[(at + 1)..].CopyTo(buffer[at..]);
        return buffer[..(word.Length - 1)];
    }

    private static FieldHint Check(ReadOnlySpan<char> deletion, ReadOnlySpan<char> key, int allowed)
    {
        if (!Deletions.TryGetValue(deletion, out var names))
        {
            return FieldHint.FreeText;
        }

        foreach (var (name, hint) in names)
        {
            if (Math.Abs(name.Length - key.Length) <= allowed && Distance(name, key, allowed) <= allowed)
            {
                return hint;
            }
        }

        return FieldHint.FreeText;
    }

    private static Dictionary<string, List<(string Name, FieldHint Hint)>>.AlternateLookup<ReadOnlySpan<char>> BuildDeletions()
    {
        var index = new Dictionary<string, List<(string, FieldHint)>>(StringComparer.Ordinal);
        void Add(string deletion, string name, FieldHint hint)
        {
            if (!index.TryGetValue(deletion, out var list))
            {
                index[deletion] = list = [];
            }

            if (!list.Exists(x => x.Item1 == name))
            {
                list.Add((name, hint));
            }
        }

        foreach (var (name, hint) in Personal)
        {
            Add(name, name, hint);
            for (var i = 0; i < name.Length; i++)
            {
                var one = name.Remove(i, 1);
                Add(one, name, hint);
                if (name.Length >= 11)
                {
                    for (var j = i; j < one.Length; j++)
                    {
                        Add(one.Remove(j, 1), name, hint);
                    }
                }
            }
        }

        return index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private const int MinFuzzy = 7;

    /// <summary>Labels repeat from document to document: the answer for each is kept (up to a bound, then no more are added).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, FieldHint> NearSeen = new(StringComparer.Ordinal);

    private static FieldHint NearCached(ReadOnlySpan<char> key)
    {
        if (key.Length < MinFuzzy)
        {
            return FieldHint.FreeText;
        }

        var lookup = NearSeen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var hint))
        {
            return hint;
        }

        hint = Near(key);
        if (NearSeen.Count < 16_384)
        {
            lookup.TryAdd(key, hint);
        }

        return hint;
    }

    private static readonly (string Name, FieldHint Hint)[] Personal = Known
        .Where(kv => kv.Value is not (FieldHint.Indicator or FieldHint.FreeText) && kv.Key.Length >= MinFuzzy - 1)
        .Select(kv => (kv.Key, kv.Value))
        .OrderBy(kv => kv.Key, StringComparer.Ordinal)
        .ToArray();

    // After Personal: static fields are initialised in the order they are written.
    private static readonly Dictionary<string, List<(string Name, FieldHint Hint)>>.AlternateLookup<ReadOnlySpan<char>> Deletions = BuildDeletions();

    /// <summary>Optimal string alignment distance (an adjacent transposition is one edit), stopping above <paramref name="limit"/>.</summary>
    private static int Distance(string a, ReadOnlySpan<char> b, int limit)
    {
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, previous2[j - 2] + 1);
                }

                current[j] = d;
                best = Math.Min(best, d);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }

    private static Dictionary<string, FieldHint> Build()
    {
        var map = new Dictionary<string, FieldHint>(StringComparer.Ordinal);
        foreach (var (hint, names) in Languages.LanguageData.All.SelectMany(l => l.Fields))
        {
            foreach (var name in Languages.LanguageData.Split(names))
            {
                map[name] = hint;
            }
        }

        return map;
    }
}
