namespace CyberPartnerships.Redaction.Structure;

/// <summary>
/// What a column header, a form label or a question says about the value it introduces, in the partnership's
/// languages: first the whole text as a field name (<see cref="FieldHints.ForName"/>), then its words as field names
/// and context words. Evidence of infrastructure wins (a "C2 IP" column is kept), then the most specific personal
/// type ("Victim phone" is a phone, "Victim IP" an IP address, "Victim" a name).
/// </summary>
internal static class FieldTyping
{
    private const int MaxLabelLength = 48;
    private const int MaxWords = 6;

    /// <summary>The type a label or header announces; with <paramref name="slips"/>, also a personal field's name one slip
    /// away (<see cref="FieldHints.ForName(ReadOnlySpan{char}, bool)"/>).</summary>
    public static FieldHint Of(ReadOnlySpan<char> label, bool slips = true)
    {
        label = label.Trim(" \t*-#>_.:?¿¡!\"'`“”«»[]()".AsSpan());
        if (label.IsEmpty || label.Length > MaxLabelLength || label.Contains("://", StringComparison.Ordinal) || label.IndexOf('@') >= 0)
        {
            // A URL or an address is a value, not a label ("http://…/login" does not type a column as logins).
            return FieldHint.FreeText;
        }

        var whole = FieldHints.ForName(label, fuzzy: slips);
        if (whole != FieldHint.FreeText)
        {
            return whole;
        }

        return OfWords(label, MaxWords);
    }

    /// <summary>A line that is only a label, its value on the next line ("Date of birth", "Imię i nazwisko"): a
    /// field name, or words that are all field names, cue words or function words.</summary>
    public static FieldHint OfLabelLine(ReadOnlySpan<char> line)
    {
        line = line.Trim(" \t*-#_.\"'`“”«»[]()".AsSpan());
        if (line.IsEmpty || line.Length > MaxLabelLength)
        {
            return FieldHint.FreeText;
        }

        // No slips here: most short lines are values, not labels, and a slip would make one of them a label.
        var whole = FieldHints.ForName(line);
        return whole != FieldHint.FreeText ? whole : OfWords(line, 4, strict: true);
    }

    /// <summary>The type a question asks for ("What is your date of birth?", "¿Cuál es su número de teléfono?").</summary>
    public static FieldHint OfQuestion(ReadOnlySpan<char> question) =>
        question.Length > 160 ? FieldHint.FreeText : OfWords(question, 24);

    private static FieldHint OfWords(ReadOnlySpan<char> text, int maxWords, bool strict = false)
    {
        var cues = Cue.None;
        var names = 0u;
        var ip = false;
        var words = 0;
        foreach (var range in text.SplitAny(" \t/,;:?()'’_"))
        {
            var word = text[range].Trim(".-_*\"".AsSpan());
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > maxWords)
            {
                return FieldHint.FreeText;
            }

            var isIp = IsIpWord(word);
            var name = FieldHints.ForName(word);
            var cue = ContextWords.Of(word);
            cue = cue == Cue.None && IsIdStem(word) ? Cue.NationalId : cue;
            if (IsNumberWord(word) || (word.Length == 1 && char.IsLetter(word[0])))
            {
                continue; // "N°", "Nº", "Nr.", "No." before what is numbered; an elided article ("d'", "l'")
            }

            if (strict && !isIp && name == FieldHint.FreeText && cue == Cue.None)
            {
                return FieldHint.FreeText;
            }

            ip |= isIp;
            names |= 1u << (int)name;
            cues |= cue;
        }

        bool Has(FieldHint hint) => (names & (1u << (int)hint)) != 0;
        if (Has(FieldHint.Indicator) || (cues & Cue.InfraIp) != 0)
        {
            return FieldHint.Indicator;
        }

        if (ip)
        {
            return FieldHint.VictimIp;
        }

        if (Has(FieldHint.DateOfBirth) || (cues & Cue.BirthDate) != 0)
        {
            return FieldHint.DateOfBirth;
        }

        if (Has(FieldHint.NationalId) || (cues & Cue.NationalId) != 0)
        {
            return FieldHint.NationalId;
        }

        if (Has(FieldHint.Email))
        {
            return FieldHint.Email;
        }

        if (Has(FieldHint.Phone) || (cues & Cue.Phone) != 0)
        {
            return FieldHint.Phone;
        }

        if (Has(FieldHint.Password) || (cues & Cue.Password) != 0)
        {
            return FieldHint.Password;
        }

        if (Has(FieldHint.Username) || (cues & Cue.Username) != 0)
        {
            return FieldHint.Username;
        }

        if (Has(FieldHint.PostalAddress) || (cues & Cue.Address) != 0)
        {
            return FieldHint.PostalAddress;
        }

        // "Cuenta afectada", "Betroffenes Konto", "Compte concerné": an account's login (an IBAN is found by its checksum);
        // a victim word with it names whose account it is, a holder word ("Account holder") a person.
        if ((cues & Cue.Account) != 0 && (!Has(FieldHint.PersonName) && (cues & Cue.Person) == 0 || (cues & Cue.VictimIp) != 0))
        {
            return FieldHint.Username;
        }

        if (Has(FieldHint.PersonName) || (cues & Cue.Person) != 0)
        {
            return FieldHint.PersonName;
        }

        return FieldHint.FreeText;
    }

    /// <summary>Stems of identity-number labels in the partnership's languages, however the word ends
    /// ("Identifikationsnr.", "Codice identificativo", "Nº identificação", "N° d'identification", "Ausweis-/Steuer-Nr.").</summary>
    private static readonly string[] IdStems = ["identif", "identyf", "ausweis", "steuer", "pesel", "dowod", "dowód", "fiscal", "cedul", "cédul"];

    /// <summary>A word of a label (its words are split at apostrophes too, so "d'identification" arrives as
    /// "identification").</summary>
    private static bool IsIdStem(ReadOnlySpan<char> word)
    {
        foreach (var stem in IdStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && !word.StartsWith("identifiant", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumberWord(ReadOnlySpan<char> word) =>
        word.Length <= 3 && (word.Equals("n°", StringComparison.OrdinalIgnoreCase) || word.Equals("nº", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("nr", StringComparison.OrdinalIgnoreCase) || word.Equals("no", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("n", StringComparison.OrdinalIgnoreCase) || word.Equals("núm", StringComparison.OrdinalIgnoreCase) ||
            word.Equals("num", StringComparison.OrdinalIgnoreCase));

    private static bool IsIpWord(ReadOnlySpan<char> word) =>
        word.Equals("ip", StringComparison.OrdinalIgnoreCase) || word.Equals("ips", StringComparison.OrdinalIgnoreCase) ||
        word.StartsWith("ip-", StringComparison.OrdinalIgnoreCase) || word.Equals("ipv4", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("ipv6", StringComparison.OrdinalIgnoreCase) || word.Equals("ipadres", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("ipadresse", StringComparison.OrdinalIgnoreCase) || word.Equals("ip-adresse", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="value"/> has the shape of a value of the type: a field's hint replaces the
    /// whole value only when it fits ("Name: Emotet loader 2.0" is not a person; a date under "Phone" is not a phone).</summary>
    public static bool Fits(FieldHint hint, ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > 120)
        {
            return false;
        }

        switch (hint)
        {
            case FieldHint.PersonName:
                return IsPersonName(value);
            case FieldHint.Email:
                return value.IndexOf('@') > 0 && value.IndexOfAny(" \t") < 0;
            case FieldHint.Phone:
                return DigitCount(value) is >= 6 and <= 16 && !value.ContainsAnyExcept("0123456789 +-()./".AsSpan());
            case FieldHint.Username:
                return value.Length is >= 2 and <= 64 && value.IndexOfAny(" \t") < 0 && !value.Contains("://", StringComparison.Ordinal) &&
                    !Shapes.IsWallet(value.Trim());
            case FieldHint.Password:
                return value.Length <= 64 && value.IndexOfAny(" \t") < 0;
            case FieldHint.PostalAddress:
                // A street line has words ("Storgatan 14"); one token is no address ("Bitcoin-Adresse: bc1qlw99…").
                return value.Length >= 4 && HasLetter(value) && value.IndexOf('@') < 0 && !value.Contains("://", StringComparison.Ordinal) &&
                    value.Trim().IndexOfAny(" ,") > 0 && !Shapes.IsWallet(value.Trim());
            case FieldHint.VictimIp:
                return Shapes.IsIPv4(value, out var end) ? end == value.Length : value.Contains(':') && Shapes.IsIPv6(value);
            case FieldHint.DateOfBirth:
                return value.Length <= 32 && DigitCount(value) >= 2 && value.IndexOf('@') < 0;
            case FieldHint.NationalId:
                return value.Length is >= 5 and <= 32 && DigitCount(value) >= 2 && !value.ContainsAnyExcept("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .-/".AsSpan());
            default:
                return false;
        }
    }

    private static bool IsPersonName(ReadOnlySpan<char> value)
    {
        var words = 0;
        foreach (var range in value.Split(' '))
        {
            var word = value[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 5 || !char.IsLetter(word[0]) || !IsNameWord(word))
            {
                return false;
            }
        }

        return words >= 1 && char.IsUpper(value[0]);
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.' or ','))
            {
                return false;
            }
        }

        return true;
    }

    private static int DigitCount(ReadOnlySpan<char> value)
    {
        var n = 0;
        foreach (var c in value)
        {
            n += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return n;
    }

    private static bool HasLetter(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
