using System.Collections.Frozen;

namespace CyberPartnerships.Redaction;

/// <summary>Victim or infrastructure: the context words before an address and the label after it decide; an address
/// that the text calls infrastructure somewhere is infrastructure everywhere in that text (its other mentions, in log
/// rows or lists without context, are kept).</summary>
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

    /// <summary>A label right after an address, in parentheses ("5.188.206.14 (operator infrastructure)") or after an
    /// equals sign or dash ("146.70.87.110 = Cobalt Strike team server"): the first of its words (up to four) that
    /// says victim or infrastructure.</summary>
    private Cue LabelAfter(int i)
    {
        if (i + 2 < _count && _tokens[i + 1].Before == Break.Comma && _tokens[i + 2].Before == Break.Colon && IsRoleKey(At(i + 1)))
        {
            // A record's role key after the value: "{type: ipv4, value: 91.99.92.184, role: c2}", "ip=…, role=victim".
            var role = ContextWords.Of(At(i + 2).Trim("\"'")) & (Cue.InfraIp | Cue.VictimIp);
            return role is Cue.InfraIp or Cue.VictimIp ? role : Cue.None;
        }

        if (i + 1 >= _count || _tokens[i + 1].Before != Break.None)
        {
            return Cue.None;
        }

        var first = i + 1;
        var parenthesis = _text.AsSpan(_tokens[i].End, _tokens[first].Start - _tokens[i].End).Contains('(');
        if (!parenthesis)
        {
            if (At(first) is not ("=" or "-" or "–" or "—"))
            {
                return Cue.None;
            }

            first++;
        }

        // Words in parentheses belong to this address, up to the closing one (also across commas): they are used up.
        for (var j = first; j < _count && j < first + (parenthesis ? 8 : 4) && (j == first || _tokens[j].Before == Break.None || (parenthesis && _tokens[j].Before == Break.Comma)); j++)
        {
            if (parenthesis && j == first && Shapes.IsDomainName(At(j)))
            {
                // "179.39.23.41 (trackdopl.online)": the address is named by its domain, an indicator (never read the
                // words of its labels, "sparkasse-cliente.ru"); a provider's name for a line ("dsl-83-24.example") is not.
                _labelEnd = ClosingParenthesis(j);
                return IsLineName(At(j)) ? Cue.None : Cue.InfraIp;
            }

            var label = ContextWords.Of(At(j)) & (Cue.InfraIp | Cue.VictimIp);
            if (label is Cue.InfraIp or Cue.VictimIp)
            {
                if (parenthesis)
                {
                    _labelEnd = ClosingParenthesis(j);
                }

                return label;
            }

            if (parenthesis && j + 1 < _count && _text.AsSpan(_tokens[j].End, _tokens[j + 1].Start - _tokens[j].End).Contains(')'))
            {
                break;
            }
        }

        return Cue.None;
    }

    /// <summary>The last token before the closing parenthesis (at most eight tokens on).</summary>
    private int ClosingParenthesis(int j)
    {
        for (var k = j; k < _count - 1 && k < j + 8; k++)
        {
            if (_text.AsSpan(_tokens[k].End, _tokens[k + 1].Start - _tokens[k].End).Contains(')'))
            {
                return k;
            }
        }

        return j;
    }

    /// <summary>A victim's IP unless the context marks infrastructure: a label in parentheses right after it
    /// ("5.188.206.14 (C2)"), else the nearest context word before it in the sentence (strong words such as
    /// C2/server/home/victim first, then prepositions: "from" a victim, "to" infrastructure). A victim word is used up
    /// by the address it announces. Without any context the address is redacted (fail closed).</summary>
    private bool IsVictimIp(int i)
    {
        var after = LabelAfter(i);
        if (after != Cue.None)
        {
            return after == Cue.VictimIp || !NoteInfrastructure(i);
        }

        if (OwnerAfter(i))
        {
            return true;
        }

        if (NamedByDomain(i))
        {
            return !NoteInfrastructure(i);
        }

        var victim = _victimStrong;
        var infra = _infraStrong;
        if (victim < i - IpCueWindow && infra < i - IpCueWindow)
        {
            victim = _victimWeak;
            infra = _infraWeak;
        }

        if (victim < i - IpCueWindow && infra < i - IpCueWindow)
        {
            return StemmedVictimContext(i) || !NoteInfrastructure(i);
        }

        if (victim > infra)
        {
            _victimStrong = _victimWeak = -1000;
            return true;
        }

        if (infra == _infraStrong)
        {
            NoteInfrastructure(i);
        }

        return false;
    }

    /// <summary>A provider's name for a subscriber's line (reverse DNS of a home connection): its digits run in groups
    /// ("dsl-83-24-117-9.example", "host81-2-69-142.range81-2.example") or a word says so (dsl, dynamic, pool, cust …).</summary>
    private static bool IsLineName(ReadOnlySpan<char> s)
    {
        foreach (var word in (ReadOnlySpan<string>)["dsl", "dyn", "pool", "cust", "static", "broadband", "cable", "dial", "ppp", "client", "home", "fiber", "fibre", "user", "host", "ip-", "adsl", "vdsl", "ftth", "mobile"])
        {
            if (s.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var groups = 0;
        for (var i = 1; i < s.Length; i++)
        {
            groups += char.IsAsciiDigit(s[i]) && !char.IsAsciiDigit(s[i - 1]) && s[i - 1] is '-' or '.' ? 1 : 0;
        }

        return groups >= 2;
    }

    /// <summary>An address in parentheses right after a domain name ("mail-cdn298.sbs (79.190.227.66)"): what the domain
    /// resolves to, infrastructure.</summary>
    private bool NamedByDomain(int i) =>
        i > 0 && _text.AsSpan(_tokens[i - 1].End, _tokens[i].Start - _tokens[i - 1].End).Trim() is "(" &&
        Shapes.IsDomainName(At(i - 1)) && !IsLineName(At(i - 1));

    private static bool IsRoleKey(ReadOnlySpan<char> key) =>
        key.Trim("\"'") is "role" or "kind" or "tag" or "category" or "rol" or "rolle" or "ruolo" or "papel" or "rôle";

    /// <summary>The address is the victim's by the words right after it: "81.195.195.234 de la victime", "… of the
    /// victim", "… van aangeefster", "… da ofendida", "… della persona offesa": of/de/da/do/della/van/von/des/der, an
    /// article or two, then a victim or complainant word.</summary>
    private bool OwnerAfter(int i)
    {
        var j = i + 1;
        if (j >= _count || _tokens[j].Before != Break.None || !OwnerWords.Contains(At(j)))
        {
            return false;
        }

        for (j++; j < _count && j <= i + 4 && _tokens[j].Before == Break.None; j++)
        {
            var word = At(j);
            if (ShapeAt(j).IsWord && (ContextWords.Of(word, _tokens[j].Flags) & (Cue.VictimIp | Cue.Person)) != 0 &&
                (ContextWords.Of(word, _tokens[j].Flags) & Cue.Title) == 0)
            {
                return true;
            }

            if (word.Length > 4 && !VictimNouns.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnerWords =
        new[] { "of", "de", "da", "do", "della", "dello", "del", "dell'", "van", "von", "des", "der", "du", "dos", "das" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words between the preposition and the victim word that may be longer than an article ("persona offesa",
    /// "the affected customer").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VictimNouns =
        new[] { "persona", "affected", "pessoa", "personne", "person", "parte" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>No context word: look for IP context inside compound words before the address in the sentence
    /// (Steuerserver, phishingpagina, Heimanschluss); none either → a victim's (fail closed).</summary>
    private bool StemmedVictimContext(int i)
    {
        for (var j = i - 1; j >= 0 && j >= i - IpCueWindow; j--)
        {
            var cue = _tokens[j].Length >= 7 && ShapeAt(j).IsWord ? ContextWords.IpStem(At(j)) : Cue.None;
            if (cue != Cue.None)
            {
                return cue == Cue.VictimIp;
            }

            if (_tokens[j].Before == Break.Strong)
            {
                break;
            }
        }

        return true;
    }
}
