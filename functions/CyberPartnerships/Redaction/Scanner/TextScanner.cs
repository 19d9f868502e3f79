namespace CyberPartnerships.Redaction;

/// <summary>
/// One pass over the tokens of a text: context words set cues, recognizers (checksums, shapes, the name lexicon)
/// turn tokens into findings, and a second look at the document redacts the other mentions of the names found.
/// An instance is reused by one thread at a time (see <see cref="TextRedactor"/>).
/// </summary>
internal sealed partial class TextScanner
{
    private const int PendingWindow = 4;
    private const int IpCueWindow = 12;
    private const int MaxKeptTokens = 1 << 16;

    private Token[] _tokens = new Token[256];
    private readonly List<Finding> _findings = [];
    private readonly List<(int Start, int End)> _names = [];

    /// <summary>Tokens the second look may redact: capitalised words that were not names, handle-like words.</summary>
    private readonly List<int> _candidates = [];
    private string _text = "";
    private int _count;

    private Cue _pending;
    private int _labelEnd = -1;
    private int _victimIps;
    private int _pendingAt;
    private int _victimStrong, _infraStrong, _victimWeak, _infraWeak;

    /// <summary>Finds the personal data in <paramref name="text"/>; the findings are sorted and do not overlap.</summary>
    public List<Finding> Scan(string text)
    {
        _text = text;
        _findings.Clear();
        _names.Clear();
        _candidates.Clear();
        _infraIps.Clear();
        _victimIps = 0;
        _birthCeiling = 0;
        _oldDates.Clear();
        _labelEnd = -1;
        _count = Tokenizer.Tokenize(text, ref _tokens, out var allFlags);
        if ((allFlags & ShapeFlags.Equals) != 0)
        {
            SplitKeyValues();
        }

        _pending = Cue.None;
        _victimStrong = _infraStrong = _victimWeak = _infraWeak = _idContext = -1000;

        var i = 0;
        while (i < _count)
        {
            i = Step(i);
        }

        if (_names.Count > 0)
        {
            PropagateNames();
        }

        if (_infraIps.Count > 0 && _victimIps > 0)
        {
            KeepInfrastructureIps();
        }

        if (_oldDates.Count > 0)
        {
            AddOldDates();
        }

        if (_tokens.Length > MaxKeptTokens)
        {
            // A very large document: do not keep its token buffer alive on this thread.
            _tokens = new Token[256];
        }

        return _findings;
    }

    /// <summary>Splits <c>key=value</c> tokens ("name=Oliver", "email=o.b@x.example", "ip=81.106.5.22") into the key,
    /// read as a context word, and the value; URLs (with their query strings) stay whole.</summary>
    private void SplitKeyValues()
    {
        var splits = 0;
        for (var i = 0; i < _count; i++)
        {
            splits += IsKeyValue(i) ? 1 : 0;
        }

        if (splits == 0)
        {
            return;
        }

        var split = new Token[Math.Max(_tokens.Length, _count + splits)];
        var n = 0;
        for (var i = 0; i < _count; i++)
        {
            var t = _tokens[i];
            if (!IsKeyValue(i))
            {
                split[n++] = t;
                continue;
            }

            var eq = _text.IndexOf('=', t.Start, t.Length);
            split[n++] = t with { End = eq, Flags = Shape.FlagsOf(_text.AsSpan(t.Start, eq - t.Start)) };
            split[n++] = new Token { Start = eq + 1, End = t.End, Before = Break.Colon, Flags = Shape.FlagsOf(_text.AsSpan(eq + 1, t.End - eq - 1)) };
        }

        _tokens = split;
        _count = n;
    }

    private bool IsKeyValue(int i)
    {
        if ((_tokens[i].Flags & ShapeFlags.Equals) == 0)
        {
            return false;
        }

        var s = At(i);
        var eq = s.IndexOf('=');
        return eq is > 0 and <= 30 && eq < s.Length - 1 && s[(eq + 1)..].IndexOf('=') < 0 && !s.Contains("://", StringComparison.Ordinal) &&
            !s[..eq].ContainsAnyExcept(CharSets.Key);
    }

    private ReadOnlySpan<char> At(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private Shape ShapeAt(int i) => Shape.From(_tokens[i].Flags, At(i));

    private void Add(int start, int end, PiiType type) => _findings.Add(new Finding(start, end, type));

    private void AddTokens(int first, int last, PiiType type) => Add(_tokens[first].Start, _tokens[last].End, type);

    /// <summary>Handles token <paramref name="i"/> and returns the index of the next token to look at.</summary>
    private int Step(int i)
    {
        ref var t = ref _tokens[i];
        if (t.Before == Break.Strong)
        {
            _victimStrong = _infraStrong = _victimWeak = _infraWeak = _idContext = -1000;
        }

        if (_pending != Cue.None && (i - _pendingAt > PendingWindow || (t.Before >= Break.Comma && i - _pendingAt > 1)))
        {
            _pending = Cue.None;
        }

        var s = At(i);
        var shape = ShapeAt(i);
        if (shape.IsWord)
        {
            return Word(i, s, shape);
        }

        if ((shape.Flags & ShapeFlags.At) != 0 && Shapes.IsEmail(s))
        {
            Add(t.Start, t.End, PiiType.Email);
            _pending &= ~(Cue.Username | Cue.Person);
            if (NextIsSlash(i) || NextAfterTab(i))
            {
                // A combo line "mail@example.com | secret" or "mail@example.com / secret": the password follows.
                SetPending(i, Cue.Password);
            }

            return i + 1;
        }

        if ((shape.Flags & (ShapeFlags.Colon | ShapeFlags.Bracket)) != 0 && Shapes.IsUrlOrDefanged(s, shape))
        {
            return i + 1;
        }

        if ((shape.IsAlnum || shape.IsAbbreviation || ContextWords.IsGendered(s, shape.Flags)) && s.Length <= 24)
        {
            var cue = ContextWords.Of(s, shape.Flags) & ~Cue.Function;
            if (cue != Cue.None)
            {
                SetPending(i, cue);
                return i + 1;
            }
        }

        if ((_pending & (Cue.Password | Cue.Username)) != 0 && TryCredentialValue(i, s, shape))
        {
            return i + 1;
        }

        if (Shapes.IsIPv4(s, out var ipEnd))
        {
            if (IsVictimIp(i))
            {
                Add(t.Start, t.Start + ipEnd, PiiType.IpAddress);
                _victimIps++;
            }

            return i + 1;
        }

        if ((shape.Flags & ShapeFlags.Colon) != 0 && Shapes.IsIPv6(s))
        {
            if (IsVictimIp(i))
            {
                Add(t.Start, t.End, PiiType.IpAddress);
                _victimIps++;
            }

            return i + 1;
        }

        if (shape.IsHex && s.Length >= 32)
        {
            return i + 1;
        }

        if ((shape.Flags & ShapeFlags.Slash) != 0 && (t.Start == 0 || _text[t.Start - 1] is not ('\\' or ':' or '/')) && IsDownLevelLogon(s))
        {
            // "CORP\beatriz_95", "AD\dieter_90": a Windows domain account.
            Add(t.Start, t.End, PiiType.Username);
            return i + 1;
        }

        if ((shape.Flags & (ShapeFlags.Colon | ShapeFlags.Pipe | ShapeFlags.Equals)) != 0 && TryPair(i, s, shape))
        {
            return i + 1;
        }

        if (shape.IsNumeric)
        {
            if (s.Length is 8 or 9 && (shape.Flags & ~ShapeFlags.Digit) == 0 && i + 1 < _count && _tokens[i + 1].Before == Break.None)
            {
                // A Cartão de Cidadão in its printed groups ("12345678 9 ZZ1").
                var cartao = CartaoRun(i);
                if (cartao > i)
                {
                    return cartao;
                }
            }

            var next = NumberRun(i);
            if (next > i)
            {
                return next;
            }
        }

        if (shape.IbanStart)
        {
            var next = IbanRun(i);
            if (next > i)
            {
                return next;
            }
        }

        if (shape.IsAlnum)
        {
            var next = AlnumId(i, s, shape);
            if (next > i)
            {
                return next;
            }
        }

        if ((_pending & Cue.BirthDate) != 0 ? TryTextualDate(i) : s.Length <= 4 && char.IsAsciiDigit(s[0]) && TryTextualDate(i, oldOnly: true))
        {
            return _dateEnd;
        }

        if (Shapes.LooksLikePassword(s, shape))
        {
            Add(t.Start, t.End, PiiType.Password);
        }
        else if ((_pending & Cue.Account) != 0 && s.Length <= 24 && char.IsAsciiLetterLower(s[0]) && shape.IsAlnum && (shape.Flags & ShapeFlags.Upper) == 0)
        {
            // "account jdoe77", "Konto twagner58": a handle, not a bank account (nor a wallet, longer than a handle).
            Add(t.Start, t.End, PiiType.Username);
            _pending &= ~Cue.Account;
        }
        else if (s.Length >= 4 && char.IsAsciiLetterLower(s[0]) && (shape.Flags & (ShapeFlags.Digit | ShapeFlags.Dot | ShapeFlags.Underscore)) != 0)
        {
            _candidates.Add(i);
        }

        return i + 1;
    }

    private void SetPending(int i, Cue cue)
    {
        if (i <= _labelEnd)
        {
            // A label in parentheses after an address ("(flagged proxy)") speaks of that address only.
            cue &= ~(Cue.VictimIp | Cue.InfraIp | Cue.WeakVictimIp | Cue.WeakInfraIp);
        }

        if ((cue & Cue.NationalId) != 0)
        {
            _idContext = i;
        }

        var pending = cue & Cue.Pending;
        if (pending != Cue.None)
        {
            _pending = (_pending & ~pending) | pending;
            _pendingAt = i;
        }

        if ((cue & Cue.Password) != 0 && (cue & Cue.Username) == 0)
        {
            LoginBeforePassword(i);
        }

        if ((cue & Cue.VictimIp) != 0)
        {
            _victimStrong = i;
        }

        if ((cue & Cue.InfraIp) != 0)
        {
            _infraStrong = i;
        }

        if ((cue & Cue.WeakVictimIp) != 0)
        {
            _victimWeak = i;
        }

        if ((cue & Cue.WeakInfraIp) != 0)
        {
            _infraWeak = i;
        }
    }

    private bool NextIsConjunction(int i) =>
        i + 1 < _count && _tokens[i + 1].Before == Break.None && (ContextWords.Of(At(i + 1)) & Cue.Conjunction) != 0;

    private bool NextIsBreak(int i) => i + 1 >= _count || _tokens[i + 1].Before >= Break.Comma;
}
