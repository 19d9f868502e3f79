namespace CyberPartnerships.Redaction;

/// <summary>An address that the text calls infrastructure somewhere (a C2 word before it, a label after it) is
/// infrastructure everywhere in that text: its other mentions, in log rows or lists without context, are kept.</summary>
internal sealed partial class TextScanner
{
    /// <summary>Addresses (without port or prefix) that explicit context marked as infrastructure.</summary>
    private readonly List<(int Start, int Length)> _infraIps = [];

    /// <summary>Remembers token <paramref name="i"/>'s address as infrastructure; returns true.</summary>
    private bool NoteInfrastructure(int i)
    {
        var address = IpKey(At(i));
        _infraIps.Add((_tokens[i].Start, address.Length));
        return true;
    }

    /// <summary>A tab-separated combo row "mail@example.com&lt;TAB&gt;secret": the next token follows a single tab on the same line.</summary>
    private bool NextAfterTab(int i) =>
        i + 1 < _count && _tokens[i + 1].Before == Break.None && _text.AsSpan(_tokens[i].End, _tokens[i + 1].Start - _tokens[i].End) is "\t";

    private static ReadOnlySpan<char> IpKey(ReadOnlySpan<char> s)
    {
        if (s.Contains('.'))
        {
            var end = s.IndexOfAny(':', '/');
            return end < 0 ? s : s[..end];
        }

        var prefix = s.IndexOf('/');
        return prefix < 0 ? s : s[..prefix];
    }

    private void KeepInfrastructureIps()
    {
        var kept = 0;
        for (var k = 0; k < _findings.Count; k++)
        {
            var f = _findings[k];
            if (f.Type != PiiType.IpAddress || !IsInfrastructure(IpKey(_text.AsSpan(f.Start, f.End - f.Start))))
            {
                _findings[kept++] = f;
            }
        }

        _findings.RemoveRange(kept, _findings.Count - kept);
    }

    private bool IsInfrastructure(ReadOnlySpan<char> address)
    {
        foreach (var (start, length) in _infraIps)
        {
            if (address.Equals(_text.AsSpan(start, length), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
