using System.Text;

namespace CyberPartnerships.Redaction;

/// <summary>The second look at a document: other mentions of the names found (a surname alone, "Ms. Hughes"), and
/// usernames built from them (jschfer46 from Jonas Schäfer).</summary>
internal sealed partial class TextScanner
{
    private readonly HashSet<string> _nameParts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _handles = new(StringComparer.Ordinal);

    private void PropagateNames()
    {
        _nameParts.Clear();
        _handles.Clear();
        foreach (var (start, end) in _names)
        {
            var words = _text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 2 && !NameLexicon.IsParticle(w) && char.IsUpper(w[0])).ToArray();
            foreach (var w in words)
            {
                if (w.Length >= 3 && NameLexicon.Of(w) != NameKind.Stop)
                {
                    _nameParts.Add(w);
                }
            }

            if (words.Length >= 2)
            {
                AddHandles(words);
            }
        }

        var parts = _nameParts.GetAlternateLookup<ReadOnlySpan<char>>();
        var handles = _handles.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = _findings.Count;
        for (var i = 0; i < _count; i++)
        {
            var s = At(i);
            if (char.IsUpper(s[0]))
            {
                if (parts.Contains(s) && !Covered(_tokens[i].Start, found))
                {
                    Add(_tokens[i].Start, _tokens[i].End, PiiType.Person);
                }
            }
            else if (s.Length >= 4 && char.IsAsciiLetterLower(s[0]))
            {
                var letters = s.TrimEnd("0123456789");
                if (letters.Length >= 4 && handles.Contains(letters) && (letters.Length < s.Length || letters.ContainsAny('.', '_')) &&
                    !Covered(_tokens[i].Start, found))
                {
                    Add(_tokens[i].Start, _tokens[i].End, PiiType.Username);
                }
            }
        }
    }

    private bool Covered(int position, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (_findings[k].Start <= position && position < _findings[k].End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The usual handle shapes: jdoe, johndoe, john.doe, john_doe, doe, doej (accents folded or dropped).</summary>
    private void AddHandles(string[] words)
    {
        foreach (var fold in new[] { true, false })
        {
            var first = Ascii(words[0], fold);
            for (var k = 1; k < words.Length; k++)
            {
                var last = Ascii(words[k], fold);
                if (first.Length == 0 || last.Length < 2)
                {
                    continue;
                }

                _handles.Add(first[0] + last);
                _handles.Add(first + last);
                _handles.Add(first + "." + last);
                _handles.Add(first + "_" + last);
                _handles.Add(last + first[0]);
                _handles.Add(last);
            }
        }
    }

    /// <summary>Lowercase ASCII: accents removed (<paramref name="fold"/>) or non-ASCII letters dropped.</summary>
    private static string Ascii(string word, bool fold)
    {
        var source = fold ? word.Normalize(NormalizationForm.FormD) : word;
        var sb = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            if (char.IsAsciiLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
