namespace CyberPartnerships.Redaction;

/// <summary>
/// Personal values a document states in its own structure (a victim's login, an individual's name), sought in its
/// free text too: <c>/home/asouza</c>, <c>C:\Users\asouza</c>, "Quixmoor reported it". A value matches as a whole word:
/// not inside a longer word, a file or domain name (<c>asouza.badnet.example</c>, <c>asouza-gate.php</c>) or a URL,
/// which the text redactor keeps as indicators. Logins match in any case; a name matches whole in any case, and each of
/// its capitalised parts as written (a surname alone), so that "Will" in a name does not take "will" from the text.
/// </summary>
internal sealed class PersonalValues
{
    /// <summary>Logins of system and role accounts: not a person's, and common words in the text.</summary>
    private static readonly HashSet<string> SystemAccounts = new(StringComparer.OrdinalIgnoreCase)
    {
        "root", "admin", "administrator", "administrador", "guest", "user", "system", "localsystem", "nobody", "daemon",
        "www-data", "test", "info", "support", "service", "backup", "operator", "postgres", "mysql", "ftp",
    };

    private readonly List<(string Value, PiiType Type, StringComparison Comparison)> _values = [];

    /// <summary>The values the document's indicator patterns compare with: an attacker's, whatever text names them.</summary>
    private readonly HashSet<string> _indicators = new(StringComparer.OrdinalIgnoreCase);

    public bool IsEmpty => _values.Count == 0 && _indicators.Count == 0;

    /// <summary>The quoted values an indicator's STIX pattern compares with (<c>[ipv4-addr:value = '198.51.100.7']</c>,
    /// <c>[email-message:from_ref.value = 'x@evil.example']</c>): an IP address or e-mail address the text states as one
    /// of them is the indicator itself ("IP address: 198.51.100.7" as the indicator's name) and is kept.</summary>
    public void AddIndicatorPattern(string pattern)
    {
        for (var at = pattern.IndexOf('\'', StringComparison.Ordinal); at >= 0 && at + 1 < pattern.Length;)
        {
            var end = at + 1;
            while (end < pattern.Length && pattern[end] != '\'')
            {
                end += pattern[end] == '\\' ? 2 : 1;
            }

            if (end >= pattern.Length)
            {
                break;
            }

            if (end - at > 1)
            {
                _indicators.Add(pattern[(at + 1)..end]);
            }

            at = pattern.IndexOf('\'', end + 1);
        }
    }

    /// <summary>A victim's login or user id; a system account or a value without a letter (a numeric uid) is not sought.</summary>
    public void AddLogin(string login)
    {
        var value = login.Trim();
        if (value.Length >= 3 && value.Any(char.IsLetter) && !SystemAccounts.Contains(value))
        {
            Add(value, PiiType.Username, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A person's name: sought whole, and each capitalised part of three letters or more as written.</summary>
    public void AddName(string name)
    {
        var value = name.Trim();
        if (value.Length < 3)
        {
            return;
        }

        Add(value, PiiType.Person, StringComparison.OrdinalIgnoreCase);
        foreach (var part in value.Split([' ', '\t', ',', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length >= 3 && char.IsUpper(part[0]) && part != value)
            {
                Add(part, PiiType.Person, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>Adds the places where the values occur in <paramref name="text"/> to <paramref name="findings"/>
    /// (unsorted, possibly overlapping the others).</summary>
    public void FindIn(string text, List<Finding> findings)
    {
        foreach (var (value, type, comparison) in _values)
        {
            for (var at = text.IndexOf(value, comparison); at >= 0; at = text.IndexOf(value, at + 1, comparison))
            {
                var end = at + value.Length;
                if (IsWordStart(text, at) && IsWordEnd(text, end) && !InUrl(text, at))
                {
                    findings.Add(new Finding(at, end, type));
                }
            }
        }

        if (_indicators.Count > 0)
        {
            findings.RemoveAll(f => f.Type is PiiType.IpAddress or PiiType.Email && _indicators.Contains(text[f.Start..f.End].Trim()));
        }
    }

    private void Add(string value, PiiType type, StringComparison comparison)
    {
        if (!_values.Exists(v => v.Type == type && string.Equals(v.Value, value, v.Comparison)))
        {
            _values.Add((value, type, comparison));
        }
    }

    /// <summary>A character that joins two words into one name: <c>asouza.badnet</c>, <c>asouza-gate</c>, <c>a_souza</c>,
    /// <c>asouza@host</c>; at the end of a sentence or before a space it does not.</summary>
    private static bool IsJoiner(char c) => c is '.' or '-' or '_' or '@';

    private static bool IsWordStart(string text, int at) =>
        at == 0 || (!char.IsLetterOrDigit(text[at - 1]) && !(IsJoiner(text[at - 1]) && at >= 2 && char.IsLetterOrDigit(text[at - 2])));

    private static bool IsWordEnd(string text, int end) =>
        end == text.Length || (!char.IsLetterOrDigit(text[end]) && !(IsJoiner(text[end]) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])));

    /// <summary>Whether the whitespace-delimited token around <paramref name="at"/> is a URL.</summary>
    private static bool InUrl(string text, int at)
    {
        var start = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var scheme = text.IndexOf("://", start, StringComparison.Ordinal);
        return scheme >= 0 && scheme < at && !text.AsSpan(scheme, at - scheme).ContainsAny(" \t\r\n");
    }
}
