namespace CyberPartnerships.Redaction.Structure;

/// <summary>
/// E-mail addresses are dual-use: a victim's is personal data, a phishing or malspam sender's on a criminal domain is
/// an indicator. An address keeps its clear form only on evidence bound to it: its own field is an indicator's
/// ("Phishing sender:", a column "Malicious sender"), its own cue right before it ("phishing from x@…"), or its
/// domain appears in the same text as infrastructure (in a URL, defanged, or in an indicator's field). Never for an
/// address on a free-mail domain (a compromised victim's mailbox), and never by proximity to another indicator.
/// </summary>
internal static class CriminalSenders
{
    /// <summary>Free-mail and consumer ISP domains in the partnership's countries (matched on the registrable name:
    /// <c>yahoo</c> covers yahoo.com, yahoo.es …).</summary>
    private static readonly HashSet<string> FreeMailNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "live", "msn", "icloud", "me", "mac", "aol", "gmx",
        "web", "t-online", "freenet", "orange", "free", "sfr", "laposte", "wanadoo", "neuf", "libero", "virgilio", "alice",
        "tiscali", "tim", "wp", "o2", "onet", "interia", "op", "gazeta", "poczta", "ziggo", "kpnmail", "planet", "hetnet",
        "home", "telenet", "skynet", "sapo", "terra", "uol", "bol", "ig", "protonmail", "proton", "pm", "mail", "yandex",
        "zoho", "tutanota", "tuta", "fastmail", "posteo", "mailbox", "btinternet", "sky", "virginmedia", "comcast",
        "verizon", "att", "telefonica", "movistar", "vodafone", "arcor", "bluewin", "hispavista", "prodigy", "fibertel",
        "speedy", "vtr", "une", "etb", "cantv", "tigo", "claro", "correo", "inbox", "rocketmail", "seznam",
    };

    /// <summary>Words that name an address's owner as the criminal sender, in the partnership's languages (a verb such
    /// as "contacted" does not: "operators contacted x@…" names a victim).</summary>
    private static readonly HashSet<string> SenderCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "phishing", "phish", "malspam", "spam", "spoofed", "attacker", "attacker's", "attackers", "scammer", "scammers",
        "fraudster", "fraudsters", "criminal", "criminals", "malicious", "fraudulent", "atacante", "atacantes", "estafador",
        "estafadores", "golpista", "golpistas", "fraudulento", "fraudulenta", "malicioso", "maliciosa", "attaquant",
        "escroc", "escrocs", "frauduleux", "frauduleuse", "malveillant", "malveillante", "hameçonnage", "angreifer",
        "betrüger", "betrügerische", "betrügerischen", "oplichter", "oplichters", "aanvaller", "frauduleus",
        "frauduleuze", "kwaadaardig", "kwaadaardige", "truffatore", "truffatori", "fraudolento", "fraudolenta",
        "malevolo", "dannoso", "oszust", "oszusta", "oszustów", "przestępca", "przestępcy", "fałszywy", "fałszywego",
        "złośliwy", "złośliwego", "phishingowy", "phishingowego", "phishingowej", "criminoso", "criminosa", "criminel",
        "criminelle", "kriminell", "kriminelle", "crimineel", "criminele", "criminale", "przestępczy", "przestępcza",
    };

    public static void KeepCriminalSenders(string text, List<Finding> findings, IReadOnlyList<Field> fields)
    {
        for (var k = findings.Count - 1; k >= 0; k--)
        {
            var f = findings[k];
            if (f.Type != PiiType.Email)
            {
                continue;
            }

            var address = text.AsSpan(f.Start, f.End - f.Start);
            var at = address.LastIndexOf('@');
            if (at <= 0 || IsFreeMail(address[(at + 1)..]))
            {
                continue;
            }

            var domain = address[(at + 1)..].TrimEnd('.');
            if (InIndicatorField(fields, f) || HasOwnCue(text, f.Start) || DomainIsInfrastructure(text, domain.ToString(), f, fields))
            {
                findings.RemoveAt(k);
            }
        }
    }

    public static bool IsFreeMail(ReadOnlySpan<char> domain)
    {
        var labels = domain.ToString().ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (labels.Length < 2)
        {
            return true;
        }

        // The registrable name: the label before the public suffix (co.uk, com.br, com.mx … have two labels).
        var suffixLabels = labels.Length >= 3 && labels[^2] is "co" or "com" or "net" or "org" or "gov" or "gob" or "edu" ? 2 : 1;
        var name = labels[^(suffixLabels + 1)];
        return FreeMailNames.Contains(name);
    }

    private static bool InIndicatorField(IReadOnlyList<Field> fields, Finding f)
    {
        foreach (var field in fields)
        {
            if (field.Hint == FieldHint.Indicator && field.Start <= f.Start && field.End >= f.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word naming the criminal sender among the two words right before the address, on its line, with
    /// no word of a recipient ("sent to", "an", "para") or a victim in between.</summary>
    private static bool HasOwnCue(string text, int start)
    {
        var i = start;
        for (var words = 0; words < 2; words++)
        {
            while (i > 0 && text[i - 1] is ' ' or '\t' or ':' or '(' or ')' or '<' or '"' or '\'')
            {
                i--;
            }

            if (i == 0 || text[i - 1] == '\n')
            {
                return false;
            }

            var end = i;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '<' or '"'))
            {
                i--;
            }

            var word = text.AsSpan(i, end - i).TrimEnd(",.;".AsSpan());
            var cue = ContextWords.Of(word);
            if ((cue & (Cue.WeakInfraIp | Cue.Person | Cue.VictimIp)) != 0)
            {
                return false;
            }

            if (SenderCues.Contains(word.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that say a domain is the criminals' ("the domain … is controlled by the attackers", "domena
    /// przestępcza …", "registrado por los delincuentes"), besides <see cref="SenderCues"/> and infrastructure cues.</summary>
    private static readonly HashSet<string> CriminalDomainCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "criminal", "criminals", "criminel", "criminelle", "criminele", "criminoso", "criminosa", "criminosos", "criminale",
        "kriminell", "kriminelle", "kriminellen", "delincuente", "delincuentes", "delinquentes", "przestępcza", "przestępczy",
        "przestępczą", "sprawców", "sprawcy", "täter", "truffatori", "dader", "daders", "c2", "c&c", "cnc",
    };

    /// <summary>Words that make a domain's clause about a victim, not about the criminals' infrastructure ("the attackers
    /// targeted acme.example").</summary>
    private static readonly HashSet<string> TargetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "targeted", "targets", "target", "compromised", "breached", "hacked", "attacked", "impersonated", "spoofed", "atacado",
        "atacada", "comprometido", "comprometida", "suplantado", "suplantada", "attaqué", "attaquée", "compromis", "usurpé",
        "angegriffen", "kompromittiert", "gehackt", "aangevallen", "gehackt", "gecompromitteerd", "attaccato", "compromesso",
        "zaatakowany", "zaatakowana", "przejęty", "przejęta",
    };

    /// <summary>The clause around a bare mention of the domain (to the sentence's or line's end, at most eight words each
    /// side) says it is the criminals': a criminal or infrastructure word, and no word of a target or a victim.</summary>
    private static bool ClauseMarksCriminal(string text, int start, int end)
    {
        var criminal = false;
        foreach (var word in ClauseWords(text, start, -1).Concat(ClauseWords(text, end, 1)))
        {
            var cue = ContextWords.Of(word);
            if (TargetWords.Contains(word) || (cue & (Cue.Person | Cue.VictimIp)) != 0)
            {
                return false;
            }

            criminal |= SenderCues.Contains(word) || CriminalDomainCues.Contains(word) || (cue & Cue.InfraIp) != 0;
        }

        return criminal;
    }

    private static IEnumerable<string> ClauseWords(string text, int from, int step)
    {
        var i = from;
        for (var words = 0; words < 8; words++)
        {
            while (i >= 0 && i < text.Length && text[step < 0 ? i - 1 < 0 ? 0 : i - 1 : i] is ' ' or '\t' or '(' or ')' or ',' or '"' && (step > 0 || i > 0))
            {
                i += step;
            }

            if (i <= 0 && step < 0 || i >= text.Length)
            {
                yield break;
            }

            var edge = step < 0 ? text[i - 1] : text[i];
            if (edge is '\n' or '.' or ';' or '!' or '?')
            {
                yield break;
            }

            var wordEnd = i;
            while (i > 0 && i < text.Length && !char.IsWhiteSpace(step < 0 ? text[i - 1] : text[i]) && (step < 0 ? text[i - 1] : text[i]) is not ('(' or ')' or ',' or ';'))
            {
                i += step;
            }

            var word = step < 0 ? text[i..wordEnd] : text[wordEnd..i];
            yield return word.TrimEnd('.', ':');
        }
    }

    /// <summary>The address's domain elsewhere in the text as infrastructure: in a URL (<c>://domain</c>, <c>www.domain</c>),
    /// defanged (<c>domain[.]tld</c> is checked by its first label and bracket), or inside an indicator's field.</summary>
    private static bool DomainIsInfrastructure(string text, string domain, Finding email, IReadOnlyList<Field> fields)
    {
        if (domain.Length < 4 || domain.IndexOf('.') < 0)
        {
            return false;
        }

        for (var at = text.IndexOf(domain, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(domain, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at >= email.Start && at < email.End || (at > 0 && text[at - 1] == '@'))
            {
                continue;
            }

            var before = text.AsSpan(0, at);
            if (before.EndsWith("://") || before.EndsWith("www.", StringComparison.OrdinalIgnoreCase) || before.EndsWith("://www.", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var field in fields)
            {
                if (field.Hint == FieldHint.Indicator && field.Start <= at && field.End >= at + domain.Length)
                {
                    return true;
                }
            }

            if (ClauseMarksCriminal(text, at, at + domain.Length))
            {
                return true;
            }
        }

        var dot = domain.LastIndexOf('.');
        var defanged = string.Concat(domain.AsSpan(0, dot), "[.]", domain.AsSpan(dot + 1));
        return text.Contains(defanged, StringComparison.OrdinalIgnoreCase);
    }
}
