using System.Runtime.CompilerServices;

namespace CyberPartnerships.Redaction;

/// <summary>What a context word announces about the values that follow it.</summary>
[Flags]
internal enum Cue : ushort
{
    None = 0,
    Person = 1,
    Title = 1 << 1,
    Phone = 1 << 2,
    Card = 1 << 3,
    Account = 1 << 4,
    NationalId = 1 << 5,
    BirthDate = 1 << 6,
    Username = 1 << 7,
    Password = 1 << 8,
    Address = 1 << 9,
    VictimIp = 1 << 10,
    InfraIp = 1 << 11,
    WeakVictimIp = 1 << 12,
    WeakInfraIp = 1 << 13,
    Filler = 1 << 14,

    /// <summary>A conjunction or preposition: a plain word before it may still be a username ("usuario lmartin y …").</summary>
    Conjunction = 1 << 15,

    /// <summary>Function words: fillers and conjunctions.</summary>
    Function = Filler | Conjunction,

    /// <summary>Cues that wait for the next value (as opposed to the IP cues, which are looked up backwards).</summary>
    Pending = Person | Title | Phone | Card | Account | NationalId | BirthDate | Username | Password | Address,
}

internal static class CueExtensions
{
    /// <summary>A function word only (article, copula, conjunction …), announcing nothing.</summary>
    public static bool IsFiller(this Cue cue) => cue != Cue.None && (cue & ~Cue.Function) == 0;
}

/// <summary>Context words of the partnership's languages (<see cref="Languages.LanguageData"/>, one file per language),
/// matched case-insensitively on whole tokens (hyphenated tokens also by part; an elided article like <c>d'</c> or
/// <c>l'</c> is dropped first).</summary>
internal static class ContextWords
{
    private static readonly WordTable<Cue> Words = Build();

    /// <summary>A filter on (length, first letter, last letter) of the words: most tokens are rejected without hashing.</summary>
    private static readonly ulong[] Filter = BuildFilter();

    private static int FilterIndex(int length, char first, char last) => (Math.Min(length, 63) << 10) | (Fold(first) << 5) | Fold(last);

    private static int Fold(char c) => (c < 128 ? (c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c)) & 31;

    private static ulong[] BuildFilter()
    {
        var filter = new ulong[(64 << 10) / 64];
        foreach (var word in Words.Keys)
        {
            var index = FilterIndex(word.Length, word[0], word[^1]);
            filter[index >> 6] |= 1UL << (index & 63);
        }

        return filter;
    }

    /// <summary>Whether a token of 1 to 40 characters passes the filter; for ASCII letters the folded index is the
    /// character's low five bits (upper and lower case share them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayContain(ReadOnlySpan<char> token)
    {
        var first = token[0];
        var last = token[^1];
        var index = (first | last) < 128 ? (token.Length << 10) | ((first & 31) << 5) | (last & 31) : FilterIndex(token.Length, first, last);
        return (Filter[index >> 6] & (1UL << (index & 63))) != 0;
    }

    /// <summary>Looks a token of 1 to 40 characters up in lowercase (ASCII letters folded without a branch, other
    /// characters by <see cref="char.ToLowerInvariant"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryLookup(ReadOnlySpan<char> token, out Cue cue)
    {
        var buffer = default(Buffer40);
        Span<char> lower = buffer;
        lower = lower[..token.Length];
        var any = 0;
        for (var k = 0; k < lower.Length; k++)
        {
            var c = token[k];
            any |= c;
            lower[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        if (any >= 128)
        {
            for (var k = 0; k < lower.Length; k++)
            {
                lower[k] = token[k] < 128 ? lower[k] : char.ToLowerInvariant(token[k]);
            }
        }

        return Words.TryGetValue(lower, out cue);
    }

    private static WordTable<Cue> Build()
    {
        var words = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (cue, list) in Languages.LanguageData.All.SelectMany(l => l.Cues))
        {
            foreach (var w in Languages.LanguageData.Split(list))
            {
                words[w] = words.GetValueOrDefault(w) | cue;
            }
        }

        return new WordTable<Cue>(words.ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal));
    }

    /// <summary>An apostrophe, a dot or a hyphen (tokens are short: a plain loop beats a vectorised search).</summary>
    private static bool HasSpecial(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is '\'' or '’' or '.' or '-' or '/')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] InfraStems = ["server", "serveur", "servidor", "phishing", "botnet", "malware", "c2", "command", "steuer", "control"];
    private static readonly string[] VictimStems = ["thuis", "heim", "privat", "home", "opfer", "slachtoffer", "victim", "infiz", "besmet"];

    /// <summary>IP context inside compound words (Steuerserver, phishingpagina, thuisverbinding, Heimanschluss).</summary>
    public static Cue IpStem(ReadOnlySpan<char> token)
    {
        if (token.Length < 7)
        {
            return Cue.None;
        }

        Span<char> lower = stackalloc char[64];
        lower = lower[..Math.Min(token.Length, 64)];
        for (var k = 0; k < lower.Length; k++)
        {
            var c = token[k];
            lower[k] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return HasStem(lower, InfraStems) ? Cue.InfraIp : HasStem(lower, VictimStems) ? Cue.VictimIp : Cue.None;
    }

    /// <summary>Whether <paramref name="lower"/> starts or ends with one of the stems (the first or last letter is
    /// compared before the stem).</summary>
    private static bool HasStem(ReadOnlySpan<char> lower, string[] stems)
    {
        var (first, last) = (lower[0], lower[^1]);
        foreach (var stem in stems)
        {
            if ((first == stem[0] && lower.StartsWith(stem)) || (last == stem[^1] && lower.EndsWith(stem)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word written with its other gender's ending after a slash (<c>nato/a</c>, <c>Geschädigte/r</c>).</summary>
    public static bool IsGendered(ReadOnlySpan<char> token, ShapeFlags flags)
    {
        if ((flags & ShapeFlags.Slash) == 0 || token.Length > 24)
        {
            return false;
        }

        var slash = token.IndexOf('/');
        if (slash < 3 || token.Length - slash > 4 || token.LastIndexOf('/') != slash)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (c != '/' && !char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private const ShapeFlags SpecialFlags = ShapeFlags.Dot | ShapeFlags.Hyphen | ShapeFlags.Apostrophe | ShapeFlags.Slash | ShapeFlags.Other;

    /// <summary>The cue of a token whose shape flags are known: without an apostrophe, dot or hyphen only the whole
    /// word is looked up.</summary>
    public static Cue Of(ReadOnlySpan<char> token, ShapeFlags flags) =>
        (flags & SpecialFlags) != 0 ? Of(token) : Whole(token);

    private static Cue Whole(ReadOnlySpan<char> token) =>
        token.Length is > 0 and <= 40 && MayContain(token) && TryLookup(token, out var cue) ? cue : Cue.None;

    /// <summary>The cue of a token (whole, then without an elided article, then by hyphenated part).</summary>
    public static Cue Of(ReadOnlySpan<char> token)
    {
        if (token.Length is 0 or > 40)
        {
            return Cue.None;
        }

        if (MayContain(token) && TryLookup(token, out var cue))
        {
            return cue;
        }

        if (!HasSpecial(token))
        {
            return Cue.None;
        }

        if (token.Length > 2 && token[1] is '\'' or '’' && (token[0] | 0x20) is 'd' or 'l' or 'n' or 's')
        {
            return Of(token[2..]);
        }

        if (token.EndsWith("'s") || token.EndsWith("’s"))
        {
            return Of(token[..^2]);
        }

        var slash = token.LastIndexOf('/');
        if (slash >= 3 && token.Length - slash <= 4 && token[(slash + 1)..].ContainsAnyExceptInRange('0', '9'))
        {
            // A word with its other gender's ending: nato/a, nascido/a, vecino/as, Geschädigte/r.
            return Of(token[..slash]);
        }

        if (token.Contains('.') && token.Length <= 12)
        {
            Span<char> compact = stackalloc char[token.Length];
            var n = 0;
            foreach (var c in token)
            {
                if (c != '.')
                {
                    compact[n++] = c;
                }
            }

            return n > 0 && n < token.Length ? Of(compact[..n]) : Cue.None;
        }

        var dash = token.IndexOf('-');
        if (dash <= 0)
        {
            return Cue.None;
        }

        cue = Cue.None;
        foreach (var part in token.Split('-'))
        {
            var piece = token[part];
            if (piece.Length > 0 && piece.Length < token.Length)
            {
                cue |= Of(piece) & ~(Cue.Filler | Cue.Conjunction);
            }
        }

        return cue;
    }

    [InlineArray(40)]
    private struct Buffer40
    {
        private char _first;
    }
}
