using System.Runtime.InteropServices;

namespace CyberPartnerships.Redaction;

/// <summary>The second look at a document: other mentions of the names found (a surname alone, "Ms. Hughes"), and
/// usernames built from them (jschfer46 from Jonas Schäfer).</summary>
internal sealed partial class TextScanner
{
    private const int MaxParts = 16;
    private readonly (int Start, int Length, bool Given)[] _parts = new (int, int, bool)[MaxParts];
    private int _partCount;

    private void PropagateNames()
    {
        CollectParts();
        if (_partCount == 0)
        {
            return;
        }

        var found = _findings.Count;
        if (!SortedByStart())
        {
            _findings.Sort(ByStart);
        }

        // The findings found so far do not change while mentions are added after them (a span over the list's array
        // stays valid for them even if the list grows).
        var findings = CollectionsMarshal.AsSpan(_findings)[..found];
        var next = 0;
        foreach (var i in CollectionsMarshal.AsSpan(_candidates))
        {
            var t = _tokens[i];
            var s = At(i);
            if (char.IsAsciiLetterLower(s[0]) && char.IsAsciiLetterLower(s[^1]) && !MayBeHandle(s))
            {
                // Most candidates: a plain lowercase word that cannot be a handle of the names found.
                continue;
            }

            while (next < found && findings[next].End <= t.Start)
            {
                next++;
            }

            if (next < found && findings[next].Start <= t.Start)
            {
                continue;
            }

            if (char.IsUpper(s[0]) ? IsNamePart(s) : IsHandle(s))
            {
                Add(t.Start, t.End, char.IsUpper(s[0]) ? PiiType.Person : PiiType.Username);
            }
        }
    }

    /// <summary>A quick test, before folding the name parts: a handle starts with a name part's initial.</summary>
    private bool MayBeHandle(ReadOnlySpan<char> s) => (_initials & (1 << (s[0] - 'a'))) != 0;

    private static readonly Comparison<Finding> ByStart = static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    /// <summary>The findings are usually in text order already: skip the sort then.</summary>
    private bool SortedByStart()
    {
        var findings = CollectionsMarshal.AsSpan(_findings);
        for (var k = 1; k < findings.Length; k++)
        {
            var (a, b) = (findings[k - 1], findings[k]);
            if (a.Start > b.Start || (a.Start == b.Start && b.End > a.End))
            {
                return false;
            }
        }

        return true;
    }

    private void CollectParts()
    {
        _partCount = 0;
        _initials = 0;
        _foldedReady = false;
        foreach (var (start, end) in _names)
        {
            var given = true;
            var pos = start;
            while (pos < end && _partCount < MaxParts)
            {
                // Names are short: a plain loop beats a vectorised search.
                var length = 0;
                while (pos + length < end && _text[pos + length] is not (' ' or '\n' or '\t'))
                {
                    length++;
                }

                var word = _text.AsSpan(pos, length);
                // (A capitalised word is never a particle: they are all lowercase, compared ordinally.)
                if (length >= 2 && char.IsUpper(word[0]) && NameLexicon.Of(word) != NameKind.Stop)
                {
                    _parts[_partCount++] = (pos, length, given);
                    var initial = char.ToLowerInvariant(word[0]);
                    _initials |= initial is >= 'a' and <= 'z' ? 1 << (initial - 'a') : -1;
                    given = false;
                }

                pos += length + 1;
            }
        }
    }

    private bool IsNamePart(ReadOnlySpan<char> s)
    {
        if (s[0] is >= 'A' and <= 'Z' && (_initials & (1 << (s[0] - 'A'))) == 0)
        {
            // No name part starts with this capital.
            return false;
        }

        for (var k = 0; k < _partCount; k++)
        {
            if (_parts[k].Length >= 3 && s.SequenceEqual(_text.AsSpan(_parts[k].Start, _parts[k].Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The usual handle shapes built from a found name, with trailing digits: jdoe, johndoe, john.doe,
    /// john_doe, doe, doej (accents folded or dropped).</summary>
    private bool IsHandle(ReadOnlySpan<char> s)
    {
        var letters = s;
        while (letters.Length > 0 && char.IsAsciiDigit(letters[^1]))
        {
            letters = letters[..^1];
        }

        if (letters.Length < 4 || letters.ContainsAnyExcept(CharSets.Handle))
        {
            return false;
        }

        FoldParts();
        var end = s[^1];
        if (!char.IsAsciiDigit(end) && (end is < 'a' or > 'z' || (_handleEnds & (1 << (end - 'a'))) == 0))
        {
            return false;
        }

        if (!char.IsAsciiDigit(end) && (s[0] is < 'a' or > 'z' || (_handleStarts & (1 << (s[0] - 'a'))) == 0))
        {
            // A plain word ("tmarchetti") starts with a name part's initial.
            return false;
        }

        // Without digits or a separator only the two-part shapes (kwilliams, kevinwilliams) count, not a surname alone.
        var plain = letters.Length == s.Length && !letters.ContainsAny('.', '_');

        for (var k = 0; k < _partCount; k++)
        {
            if (!_parts[k].Given)
            {
                continue;
            }

            for (var m = k + 1; m < _partCount && !_parts[m].Given; m++)
            {
                for (var variant = 0; variant < 2; variant++)
                {
                    var f = Folded(k, variant);
                    var l = Folded(m, variant);
                    if (f.Length > 0 && l.Length >= 2 && Matches(letters, f, l) && (!plain || !letters.SequenceEqual(l)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private readonly char[] _folded = new char[MaxParts * 2 * 40];
    private readonly int[] _foldedLength = new int[MaxParts * 2];
    private bool _foldedReady;
    private int _handleEnds;
    private int _handleStarts;

    /// <summary>Initials of the name parts (every bit when one starts with a letter that folding may change).</summary>
    private int _initials;

    private ReadOnlySpan<char> Folded(int part, int variant) => _folded.AsSpan((part * 2 + variant) * 40, _foldedLength[part * 2 + variant]);

    /// <summary>Each name part in lowercase ASCII, accents folded (variant 0) and non-ASCII dropped (variant 1), once per document.</summary>
    private void FoldParts()
    {
        if (_foldedReady)
        {
            return;
        }

        for (var k = 0; k < _partCount; k++)
        {
            for (var variant = 0; variant < 2; variant++)
            {
                var slot = k * 2 + variant;
                _foldedLength[slot] = Ascii(_text.AsSpan(_parts[k].Start, _parts[k].Length), _folded.AsSpan(slot * 40, 40), variant == 1);
            }
        }

        // A handle without digits ends with a surname's last letter or a first name's initial.
        _handleEnds = 0;
        _handleStarts = 0;
        for (var slot = 0; slot < _partCount * 2; slot++)
        {
            var folded = _folded.AsSpan(slot * 40, _foldedLength[slot]);
            if (folded.Length > 0)
            {
                _handleEnds |= (1 << (folded[^1] - 'a')) | (1 << (folded[0] - 'a'));
                _handleStarts |= 1 << (folded[0] - 'a');
            }
        }

        _foldedReady = true;
    }

    private static bool Matches(ReadOnlySpan<char> h, ReadOnlySpan<char> f, ReadOnlySpan<char> l)
    {
        if (h.SequenceEqual(l))
        {
            return true;
        }

        if (h.Length == l.Length + 1 && ((h[0] == f[0] && h[1..].SequenceEqual(l)) || (h[^1] == f[0] && h[..^1].SequenceEqual(l))))
        {
            return true;
        }

        if (!h.StartsWith(f) || !h.EndsWith(l))
        {
            return false;
        }

        var middle = h.Length - f.Length - l.Length;
        return middle == 0 || (middle == 1 && h[f.Length] is '.' or '_');
    }

    /// <summary>Lowercase ASCII of a word into <paramref name="dest"/>: accents removed, or (<paramref name="drop"/>)
    /// non-ASCII letters dropped ("Schäfer" → schafer / schfer).</summary>
    private static int Ascii(ReadOnlySpan<char> word, Span<char> dest, bool drop)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (n == dest.Length)
            {
                break;
            }

            if (char.IsAsciiLetter(c))
            {
                dest[n++] = (char)(c | 0x20);
            }
            else if (!drop && c is >= '\u00c0' and <= '\u00ff' && Latin1Base[c - 0xC0] != '-')
            {
                dest[n++] = Latin1Base[c - 0xC0];
            }
        }

        return n;
    }

    /// <summary>The base letter of each Latin-1 letter from U+00C0 (À) to U+00FF (ÿ); '-' where there is none.</summary>
    private const string Latin1Base = "aaaaaaaceeeeiiiidnooooo-ouuuuy-saaaaaaaceeeeiiiidnooooo-ouuuuy-y";
}
