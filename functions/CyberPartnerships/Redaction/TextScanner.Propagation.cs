using System.Text;

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
        _findings.Sort(ByStart);
        var next = 0;
        foreach (var i in _candidates)
        {
            var t = _tokens[i];
            while (next < found && _findings[next].End <= t.Start)
            {
                next++;
            }

            if (next < found && _findings[next].Start <= t.Start)
            {
                continue;
            }

            var s = At(i);
            if (char.IsUpper(s[0]) ? IsNamePart(s) : IsHandle(s))
            {
                Add(t.Start, t.End, char.IsUpper(s[0]) ? PiiType.Person : PiiType.Username);
            }
        }
    }

    private static readonly Comparison<Finding> ByStart = static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    private void CollectParts()
    {
        _partCount = 0;
        foreach (var (start, end) in _names)
        {
            var given = true;
            var pos = start;
            while (pos < end && _partCount < MaxParts)
            {
                var space = _text.AsSpan(pos, end - pos).IndexOfAny(' ', '\n', '\t');
                var length = space < 0 ? end - pos : space;
                var word = _text.AsSpan(pos, length);
                if (length >= 2 && char.IsUpper(word[0]) && !NameLexicon.IsParticle(word) && NameLexicon.Of(word) != NameKind.Stop)
                {
                    _parts[_partCount++] = (pos, length, given);
                    given = false;
                }

                pos += length + 1;
            }
        }
    }

    private bool IsNamePart(ReadOnlySpan<char> s)
    {
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

        if (letters.Length < 4 || letters.ContainsAnyExcept(CharSets.Handle) || (letters.Length == s.Length && !letters.ContainsAny('.', '_')))
        {
            return false;
        }

        Span<char> first = stackalloc char[40];
        Span<char> last = stackalloc char[40];
        for (var k = 0; k < _partCount; k++)
        {
            if (!_parts[k].Given)
            {
                continue;
            }

            for (var m = k + 1; m < _partCount && !_parts[m].Given; m++)
            {
                foreach (var drop in (ReadOnlySpan<bool>)[false, true])
                {
                    var f = first[..Ascii(_text.AsSpan(_parts[k].Start, _parts[k].Length), first, drop)];
                    var l = last[..Ascii(_text.AsSpan(_parts[m].Start, _parts[m].Length), last, drop)];
                    if (f.Length > 0 && l.Length >= 2 && Matches(letters, f, l))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
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
            else if (!drop && c >= 128)
            {
                var baseChar = c.ToString().Normalize(NormalizationForm.FormD)[0];
                if (char.IsAsciiLetter(baseChar))
                {
                    dest[n++] = (char)(baseChar | 0x20);
                }
            }
        }

        return n;
    }
}
