namespace CyberPartnerships.Redaction;

/// <summary>Credentials: the value after a username or password cue, <c>key:value</c> pairs and credential-dump lines.</summary>
internal sealed partial class TextScanner
{
    /// <summary>Plain words that make a compound with a credential cue ("password theft", "credential stuffing"): what is
    /// done to credentials or what holds them, never a password itself. A value with a digit, a symbol or an inner capital
    /// is still taken.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CredentialTopics = new HashSet<string>(
        ("theft thefts stealing stealer stealers spraying stuffing reset resets policy policies manager managers change changes " +
         "expiry expiration hash hashes dump dumps dumping cracking guessing recovery reuse leak leaks harvesting phishing " +
         "protection protected vault vaults database databases file files list lists field fields prompt prompts attack attacks " +
         "length strength complexity rotation storage requirements authentication management").Split(' '),
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

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

        // An inner capital makes a value ("menuPass"); a word in capitals is still a word ("CREDENZIALI SOTTRATTE:").
        // "user=bndiaye": a value bound to its key by '=' is one, whatever its shape.
        var strong = (shape.Flags & (ShapeFlags.Digit | ShapeFlags.Symbol | ShapeFlags.Underscore | ShapeFlags.Dot | ShapeFlags.At)) != 0 ||
            (s.Length > 1 && s[1..].ContainsAnyInRange('A', 'Z') && s.ContainsAnyInRange('a', 'z')) ||
            (_tokens[i].Start > 0 && _text[_tokens[i].Start - 1] == '=');
        if (!strong && CredentialTopics.Contains(s))
        {
            // "password theft", "credential stuffing", "password reset": the cue names a topic, not a value.
            return false;
        }

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
            Shapes.IsIPv4(left, out _) || (shape.IsHex && s.Count(':') >= 1 && !right.ContainsAnyInRange('g', 'z')) ||
            FieldHints.ForName(left) == FieldHint.Indicator) // a labelled indicator: TLP:AMBER, md5:…, asn:AS13335
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

    /// <summary>A colon ends this token or one of the next three in the clause.</summary>
    private bool LabelContinues(int i)
    {
        for (var j = i; j < _count && j - i <= 3; j++)
        {
            if (j > i && _tokens[j].Before >= Break.Comma)
            {
                return false;
            }

            // French typography puts a space before the colon ("Identifiants volés : …").
            var after = _tokens[j].End;
            while (after < _text.Length && _text[after] is ' ' or '\u00A0' or '\u202F' && after - _tokens[j].End < 2)
            {
                after++;
            }

            if (after < _text.Length && _text[after] == ':')
            {
                return true;
            }
        }

        return false;
    }

    private bool NextIsSlash(int i) => i + 1 < _count && _tokens[i + 1].Before == Break.None && At(i + 1) is "/" or "|";

    private bool NextInParentheses(int i) =>
        i + 1 < _count && _text.AsSpan(_tokens[i].End, _tokens[i + 1].Start - _tokens[i].End).Contains('(');

    private static readonly System.Buffers.SearchValues<char> Domains =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    private static readonly System.Buffers.SearchValues<char> Method =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-/");

    /// <summary>A Windows down-level logon name, <c>DOMAIN\user</c>: a domain of up to 15 capitals, digits and hyphens
    /// (a path's folder, <c>Zorblat\Desktop</c>, is not one), one backslash, a login.</summary>
    private static bool IsDownLevelLogon(ReadOnlySpan<char> s)
    {
        var slash = s.IndexOf('\\');
        return slash is >= 2 and <= 15 && s.LastIndexOf('\\') == slash && slash < s.Length - 2 && char.IsAsciiLetterUpper(s[0]) &&
            !s[..slash].ContainsAnyExcept(Domains) && !s[(slash + 1)..].ContainsAnyExcept(CharSets.User);
    }

    /// <summary>An OpenSSH log line's accepted login, "Accepted publickey for gabriel.moraes from …": the account that
    /// logged in is a person's (a failed one is anybody's guess, "invalid user oracle"). Returns the token after it, or 0.</summary>
    private int SshLogin(int i)
    {
        // The method is a word: password, publickey, keyboard-interactive/pam, gssapi-with-mic …
        if (i + 3 >= _count || At(i + 2) is not "for" || !char.IsAsciiLetterLower(At(i + 1)[0]) || At(i + 1).ContainsAnyExcept(Method))
        {
            return 0;
        }

        Add(_tokens[i + 3].Start, _tokens[i + 3].End, PiiType.Username);
        return i + 4;
    }

    /// <summary>"(wouters.els, mot de passe …)", "(romano.francesco, password …)": the handle right before a comma and a
    /// password word, inside the same parentheses, is that password's login.</summary>
    private void LoginBeforePassword(int i)
    {
        var k = i;
        while (k > i - 3 && k > 0 && _tokens[k].Before == Break.None)
        {
            k--; // the first word of "mot de passe", "palavra-passe"
        }

        if (k <= 0 || _tokens[k].Before != Break.Comma || _tokens[k - 1].Start == 0 || _text[_tokens[k - 1].Start - 1] != '(')
        {
            return;
        }

        var login = At(k - 1);
        if (login.Length is >= 3 and <= 40 && !login.ContainsAnyExcept(CharSets.User) && (ShapeAt(k - 1).Flags & ShapeFlags.Lower) != 0 &&
            ContextWords.Of(login) == Cue.None && !Shapes.IsIPv4(login, out _))
        {
            Add(_tokens[k - 1].Start, _tokens[k - 1].End, PiiType.Username);
        }
    }
}
