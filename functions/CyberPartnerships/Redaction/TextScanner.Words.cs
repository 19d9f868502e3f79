namespace CyberPartnerships.Redaction;

/// <summary>Words: context cues, person names, credentials.</summary>
internal sealed partial class TextScanner
{
    private const int MaxNameWords = 6;

    private int Word(int i, ReadOnlySpan<char> s, Shape shape)
    {
        var cue = ContextWords.Of(s, shape.Flags);
        var kind = shape.IsTitle ? NameLexicon.Of(s) : NameKind.None;
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

        if ((_pending & Cue.BirthDate) != 0 && TryTextualDate(i))
        {
            return _dateEnd;
        }

        if ((_pending & Cue.NationalId) != 0 && s.Length is >= 6 and <= 20 && (shape.Flags & (ShapeFlags.Lower | ShapeFlags.Hyphen | ShapeFlags.Apostrophe)) == 0)
        {
            Add(_tokens[i].Start, _tokens[i].End, PiiType.NationalId);
            _pending &= ~Cue.NationalId;
            return i + 1;
        }

        if (shape.IsTitle)
        {
            return NameRun(i, WithoutPossessive(s).Length == s.Length ? kind : NameLexicon.Of(WithoutPossessive(s)));
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
    private int NameRun(int i, NameKind firstKind)
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
            if (shape.IsTitle)
            {
                var kind = NameLexicon.Of(WithoutPossessive(s));
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

    /// <summary>A colon ends this token or one of the next three in the clause.</summary>
    private bool LabelContinues(int i)
    {
        for (var j = i; j < _count && j - i <= 3; j++)
        {
            if (j > i && _tokens[j].Before >= Break.Comma)
            {
                return false;
            }

            if (_tokens[j].End < _text.Length && _text[_tokens[j].End] == ':')
            {
                return true;
            }
        }

        return false;
    }

    private bool NextIsSlash(int i) => i + 1 < _count && _tokens[i + 1].Before == Break.None && At(i + 1) is "/" or "|";

    private bool NextInParentheses(int i) =>
        i + 1 < _count && _text.AsSpan(_tokens[i].End, _tokens[i + 1].Start - _tokens[i].End).Contains('(');

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

    /// <summary>The value after a username or password cue: the first token that is not a filler word; a plain word is
    /// taken only when it ends the clause ("password sunshine.").</summary>
    private bool TryCredentialValue(int i, ReadOnlySpan<char> s, Shape shape)
    {
        var cue = ContextWords.Of(s);
        if (cue.IsFiller())
        {
            return false;
        }

        var wanted = _pending & (Cue.Password | Cue.Username);
        _pending &= ~(Cue.Password | Cue.Username);
        if ((shape.Flags & (ShapeFlags.Colon | ShapeFlags.Pipe)) != 0 && TryPair(i, s, shape))
        {
            return true;
        }

        if ((cue & ~Cue.Function) != 0 || Shapes.IsIPv4(s, out _))
        {
            return false;
        }

        var strong = (shape.Flags & (ShapeFlags.Digit | ShapeFlags.Symbol | ShapeFlags.Underscore | ShapeFlags.Dot | ShapeFlags.At)) != 0 ||
            (s.Length > 1 && s[1..].ContainsAnyInRange('A', 'Z'));
        if (!strong && LabelContinues(i))
        {
            // Words of a label before its colon ("Credentials harvested: …", "Inloggegevens van het slachtoffer: …").
            _pending |= wanted;
            _pendingAt = i;
            return true;
        }

        if (!strong && !NextIsBreak(i) && !NextIsConjunction(i) && !(wanted == Cue.Username && NextInParentheses(i)))
        {
            return false;
        }

        var type = (wanted & Cue.Username) != 0 ? PiiType.Username : PiiType.Password;
        if (type == PiiType.Username && ((wanted & Cue.Password) != 0 || NextIsSlash(i)))
        {
            // "credentials: jdoe / hunter2", "login: jdoe / hunter2": the password follows.
            _pending |= Cue.Password;
            _pendingAt = i;
        }

        Add(_tokens[i].Start, _tokens[i].End, Shapes.IsEmail(s) ? PiiType.Email : type);
        return true;
    }

    /// <summary><c>key:value</c>, <c>key=value</c> with a context word as key, or a credential-dump pair
    /// <c>user:password</c> / <c>user|password</c>.</summary>
    private bool TryPair(int i, ReadOnlySpan<char> s, Shape shape)
    {
        var sep = s.IndexOfAny(':', '|', '=');
        if (sep <= 0 || sep == s.Length - 1)
        {
            return false;
        }

        var left = s[..sep];
        var right = s[(sep + 1)..];
        var start = _tokens[i].Start;
        var cue = ContextWords.Of(left);
        if ((cue & (Cue.Password | Cue.Username)) != 0)
        {
            Add(start + sep + 1, _tokens[i].End, (cue & Cue.Password) != 0 ? PiiType.Password : Shapes.IsEmail(right) ? PiiType.Email : PiiType.Username);
            return true;
        }

        if (cue != Cue.None || s[sep] == '=' || right.Length > 64 || !right.ContainsAnyExceptInRange('0', '9') ||
            right.Contains(':') || !left.ContainsAnyInRange('A', 'z') || left.Length > 64 || left.Contains('/') ||
            (left.Length == 1 && right[0] is '\\' or '/') || // a drive letter: C:\ProgramData\x.exe, D:/temp
            Shapes.IsIPv4(left, out _) || (shape.IsHex && s.Count(':') >= 1 && !right.ContainsAnyInRange('g', 'z')))
        {
            return false;
        }

        var email = Shapes.IsEmail(left);
        if (!email && left.ContainsAnyExcept(CharSets.User))
        {
            return false;
        }

        Add(start, start + sep, email ? PiiType.Email : PiiType.Username);
        Add(start + sep + 1, _tokens[i].End, PiiType.Password);
        return true;
    }

    /// <summary>After an address cue: the tokens up to the end of the clause, when they start like an address
    /// (a house number, a capitalised word or a street word) and the cue is not "IP/e-mail address".</summary>
    private int Address(int i)
    {
        // "IP address", "adresse IP", "dirección de correo electrónico", "IP-Adresse": not a postal address.
        var notPostal = At(i).ContainsAny(NotPostalChars) && (At(i).Contains("ip", StringComparison.OrdinalIgnoreCase) || At(i).Contains("mail", StringComparison.OrdinalIgnoreCase));
        for (var k = i - 1; k <= i + 3 && !notPostal && k < _count; k++)
        {
            if (k < 0 || k == i || (k == i - 1 && _tokens[i].Before != Break.None) || (k > i && _tokens[k].Before >= Break.Comma))
            {
                continue;
            }

            notPostal = NotPostal.Contains(At(k));
        }

        if (notPostal)
        {
            _pending &= ~Cue.Address;
            return i + 1;
        }

        // The address starts at the first house number, capitalised word or uppercase code within three tokens
        // ("address: 12 Main St", "Adresse postale : 3 rue …", "Endereço: N702 521, …").
        var first = i + 1;
        for (; first < _count && first - i <= 3 && _tokens[first].Before < Break.Comma; first++)
        {
            var word = At(first);
            var wordShape = ShapeAt(first);
            if (char.IsAsciiDigit(word[0]) || char.IsUpper(word[0]))
            {
                break;
            }

            if (!wordShape.IsWord || (ContextWords.Of(word) & Cue.Pending & ~Cue.Address) != 0)
            {
                return i + 1;
            }
        }

        if (first >= _count || first - i > 3 || _tokens[first].Before >= Break.Comma)
        {
            return i + 1;
        }

        var s = At(first);
        var shape = ShapeAt(first);
        if (Shapes.IsIPv4(s, out _) || (shape.Flags & ShapeFlags.At) != 0)
        {
            return i + 1;
        }

        var last = first;
        for (var j = first + 1; j < _count && j - first < 14 && _tokens[j].Before != Break.Strong; j++)
        {
            if (_tokens[j].Before == Break.Comma && !ContinuesAddress(At(j)))
            {
                break;
            }

            last = j;
        }

        AddTokens(first, last, PiiType.PostalAddress);
        _pending &= ~Cue.Address;
        return last + 1;
    }

    private static readonly System.Buffers.SearchValues<char> NotPostalChars = System.Buffers.SearchValues.Create("-");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPostal =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            ["ip", "ipv4", "ipv6", "mail", "e-mail", "email", "mac", "web", "wallet", "btc", "bitcoin", "server", "correo", "electrónico",
             "electronico", "eletrônico", "eletronico", "électronique", "messagerie", "url", "ethereum"],
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool ContinuesAddress(ReadOnlySpan<char> s)
    {
        var shape = Shape.Of(s);
        var stateCode = s.Length == 2 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]);
        return (shape.IsTitle || stateCode || char.IsAsciiDigit(s[0])) && (ContextWords.Of(s) & ~(Cue.Function | Cue.Address)) == 0 && !Shapes.IsIPv4(s, out _);
    }
}
