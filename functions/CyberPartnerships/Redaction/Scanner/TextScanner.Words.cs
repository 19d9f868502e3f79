namespace CyberPartnerships.Redaction;

/// <summary>Words: context cues and person names.</summary>
internal sealed partial class TextScanner
{
    private const int MaxNameWords = 6;

    private int Word(int i, ReadOnlySpan<char> s, Shape shape)
    {
        if (s.Length == 1 && char.IsUpper(s[0]) && InitialAndSurname(i) is var initialEnd and > 0)
        {
            return initialEnd;
        }

        if (s is "Accepted" && SshLogin(i) is var login and > 0)
        {
            return login;
        }

        if (s.Length == 2 && (shape.Flags & ShapeFlags.Lower) == 0 && NationalIds.NinoPrefix(s) && i + 1 < _count &&
            char.IsAsciiDigit(_text[_tokens[i + 1].Start]))
        {
            // A National Insurance number in its printed groups ("AB 12 34 56 C").
            var next = NinoRun(i);
            if (next > i)
            {
                return next;
            }
        }

        var cue = ContextWords.Of(s, shape.Flags);
        var capitals = !shape.IsTitle && s.Length >= 3 && NameLexicon.IsCapitals(s);
        var kind = shape.IsTitle || capitals ? NameLexicon.OfWritten(s) : NameKind.None;
        var isName = (kind & (NameKind.First | NameKind.Last)) != 0 && (_pending & (Cue.Person | Cue.Title)) != 0;
        if ((cue & ~Cue.Function) != Cue.None && !isName)
        {
            SetPending(i, cue);
            return (cue & Cue.Address) != 0 ? Address(i) : i + 1;
        }

        if (cue.IsFiller() && !isName)
        {
            return i + 1;
        }

        if ((_pending & (Cue.Password | Cue.Username)) != 0 && TryCredentialValue(i, s, shape))
        {
            return i + 1;
        }

        if ((_pending & Cue.BirthDate) != 0 ? TryTextualDate(i) : shape.IsTitle && s.Length <= 9 && IsMonthName(s) && TryTextualDate(i, oldOnly: true))
        {
            return _dateEnd;
        }

        // A word of letters alone is no id, even after "document" or "identity" ("a Word document delivering
        // TYPEFRAME"): ids on a cue have digits (AlnumId).
        if (shape.IsTitle)
        {
            return NameRun(i, WithoutPossessive(s).Length == s.Length ? kind : NameLexicon.OfWritten(WithoutPossessive(s)));
        }

        if (capitals && IsNameWord(kind))
        {
            // A name in capitals ("PIETER HENDRIKS", "BROWN Siobhan") is one only with another name word beside it:
            // alone, a word in capitals is an acronym or a label as often as a name.
            return NameRun(i, kind, capitalsFirst: true);
        }

        if (s.Length >= 5 && (shape.Flags & ~(ShapeFlags.Lower | ShapeFlags.NotHex)) == 0 && char.IsAsciiLetterLower(s[0]))
        {
            // A plain lowercase word may be a handle built from a name found elsewhere ("tmarchetti" in a log row).
            _candidates.Add(i);
        }

        return i + 1;
    }

    /// <summary>A run of capitalised words (with particles such as de, van, von between them) that the name lexicon
    /// or a preceding person cue (victim, Mr., named …) marks as a person's name.</summary>
    private static bool IsNameWord(NameKind kind) => (kind & (NameKind.First | NameKind.Last)) != 0 && !kind.HasFlag(NameKind.Stop);

    /// <summary>A word that continues a name run: capitalised, or in capitals and a name ("Katarzyna NOWAK").</summary>
    private static bool ContinuesName(ReadOnlySpan<char> s, Shape shape, out NameKind kind)
    {
        var written = WithoutPossessive(s);
        var capitals = !shape.IsTitle && NameLexicon.IsCapitals(written);
        kind = shape.IsTitle || capitals ? NameLexicon.OfWritten(written) : NameKind.None;
        return shape.IsTitle || (s.Length >= 3 && capitals && IsNameWord(kind));
    }

    /// <summary>An initial and a surname: "P. Kowalczyk (CISO)", "A. Cárdenas Castaño", "F. Pellegrini": a capital and a
    /// full stop, then capitalised words of which one at least is a surname of the lexicon (or any after a person cue),
    /// none a stop word. Returns the token after the name, or 0.</summary>
    private int InitialAndSurname(int i)
    {
        var start = _tokens[i].End;
        if (i + 1 >= _count || start + 2 > _text.Length || _text[start] != '.' || _text[start + 1] != ' ' || _tokens[i + 1].Start != start + 2)
        {
            return 0;
        }

        var personCue = (_pending & (Cue.Person | Cue.Title)) != 0 && i - _pendingAt <= 2;
        var last = i;
        var surname = false;
        for (var j = i + 1; j < _count && j - i <= 3 && (j == i + 1 || _tokens[j].Before == Break.None); j++)
        {
            var word = At(j);
            var kind = NameLexicon.OfWritten(word);
            if (NameLexicon.IsParticle(word) && j + 1 < _count && _tokens[j + 1].Before == Break.None)
            {
                continue;
            }

            if (!ShapeAt(j).IsTitle || kind.HasFlag(NameKind.Stop) || (ContextWords.Of(word) & ~Cue.Function) != 0)
            {
                break;
            }

            surname |= kind.HasFlag(NameKind.Last);
            last = j;
        }

        if (last == i || !(surname || personCue))
        {
            return 0;
        }

        AddTokens(i, last, PiiType.Person);
        _names.Add((_tokens[i + 1].Start, _tokens[last].End));
        return last + 1;
    }

    private int NameRun(int i, NameKind firstKind, bool capitalsFirst = false)
    {
        // A person cue names the words right after it ("Victim: Grace", "named Grace", "Mr. Hughes"), not a noun
        // further on ("des Opfers (IP …) war Teil …").
        var personCue = (_pending & (Cue.Person | Cue.Title)) != 0 && i - _pendingAt <= 2;
        var last = i;
        var others = NameKind.None;
        for (var j = i + 1; j < _count && j - i < MaxNameWords && _tokens[j].Before == Break.None; j++)
        {
            var s = At(j);
            var shape = ShapeAt(j);
            if (ContinuesName(s, shape, out var kind))
            {
                if ((kind & (NameKind.First | NameKind.Last)) == 0 && (ContextWords.Of(s) & ~Cue.Function) != 0)
                {
                    break;
                }

                others |= kind & (NameKind.First | NameKind.Last) & (kind.HasFlag(NameKind.Stop) ? 0 : NameKind.First | NameKind.Last);
                last = j;
            }
            else if (!NameLexicon.IsParticle(s) || !TitleAfterParticles(j))
            {
                break;
            }
        }

        var known = (firstKind & (NameKind.First | NameKind.Last)) != 0;
        if (!personCue && !known && (others & NameKind.First) != 0)
        {
            // An unknown capitalised word before a first name ("Anzeigeerstatterin Lea Zimmermann"): the name starts later.
            _candidates.Add(i);
            return i + 1;
        }

        if (capitalsFirst && last == i && !personCue)
        {
            _candidates.Add(i);
            return i + 1;
        }

        // "van den Berg, Ruud", "Fernández, Isabel": a surname, a comma and a first name alone.
        if (CommaFirstName(last) && ((firstKind | others) & NameKind.Last) != 0)
        {
            last++;
            others |= NameKind.First;
        }

        var stopOnly = firstKind == NameKind.Stop;
        var firstIsName = (firstKind & NameKind.First) != 0 && (firstKind & NameKind.Stop) == 0;
        var name = !stopOnly && (personCue
            ? known || others != 0 || last > i || _tokens[i].Before == Break.Colon || (_pending & Cue.Title) != 0
            : last > i ? firstIsName || (others & NameKind.Last) != 0 || (known && others != 0) : firstIsName && IsLoneFirstName(i));
        if (!name)
        {
            _candidates.Add(i);
            return i + 1;
        }

        AddTokens(i, last, PiiType.Person);
        _names.Add((_tokens[i].Start, _tokens[last].End));
        _pending &= ~(Cue.Person | Cue.Title);
        return last + 1;
    }

    /// <summary>After the name's last token: a comma, then a known first name that ends the name (no capitalised word
    /// or number after it on the line).</summary>
    private bool CommaFirstName(int last)
    {
        var j = last + 1;
        if (j >= _count || _tokens[j].Before != Break.Comma || _text.AsSpan(_tokens[last].End, _tokens[j].Start - _tokens[last].End).Trim() is not ",")
        {
            return false;
        }

        var s = At(j);
        return ShapeAt(j).IsTitle && (NameLexicon.OfWritten(s) & NameKind.First) != 0 && !NameLexicon.OfWritten(s).HasFlag(NameKind.Stop) && IsLoneFirstName(j);
    }

    /// <summary>Particles (van den, de la, von der …) followed by a capitalised word on the same line.</summary>
    private bool TitleAfterParticles(int j)
    {
        for (var k = j + 1; k < _count && k - j <= 3 && _tokens[k].Before == Break.None; k++)
        {
            if (ShapeAt(k).IsTitle)
            {
                return true;
            }

            if (!NameLexicon.IsParticle(At(k)))
            {
                return false;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> s) =>
        s.Length > 3 && s[^1] == 's' && s[^2] is '\'' or '’' ? s[..^2] : s;

    /// <summary>A known first name on its own ("Samantha logged in …"): not when a capitalised word or a number follows
    /// on the same line (a product, a place: "Florence Street", "Jordan 2023").</summary>
    private bool IsLoneFirstName(int i)
    {
        if (i + 1 >= _count || _tokens[i + 1].Before != Break.None)
        {
            return true;
        }

        var next = At(i + 1);
        return !char.IsUpper(next[0]) && !char.IsAsciiDigit(next[0]);
    }
}
