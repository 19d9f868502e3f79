namespace CyberPartnerships.Redaction.Structure;

/// <summary>Lines outside tables: form labels, questions and answers, signatures, quoted-reply headers.</summary>
internal sealed partial class TextStructure
{
    private const int MaxLabel = 48;

    /// <summary>Closing formulas after which the next line is the writer's name, in the partnership's languages.</summary>
    private static readonly HashSet<string> Closings = new(
        Languages.LanguageData.All.SelectMany(l => l.Closings), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosingLookup = Closings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The verb of a quoted-reply header ("On …, Anna Nowak &lt;anna@…&gt; wrote:").</summary>
    private static readonly string[] Wrote = Languages.LanguageData.All.SelectMany(l => l.Wrote).ToArray();

    private void ReadLines(string text, bool[]? inTable)
    {
        for (var k = 0; k < _lines.Count; k++)
        {
            if (inTable is not null && inTable[k])
            {
                continue;
            }

            var (lineStart, lineEnd) = _lines[k];
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var content = ContentStart(line);
            var body = line[content..];
            if (body.IsEmpty)
            {
                continue;
            }

            if ((body[0] == '<' && ReadElement(lineStart + content, body)) ||
                ReadLabel(text, k, lineStart + content, body, inTable) || ReadQuestion(text, k, lineStart, line, inTable))
            {
                continue;
            }

            if (ReadGreeting(lineStart + content, body) || ReadSpeaker(lineStart + content, body))
            {
                continue;
            }

            if (IsClosing(body) && Next(text, k, inTable) is { } next && !IsClosing(Line(text, next)[ContentStart(Line(text, next))..]))
            {
                AddNextLine(text, next, FieldHint.PersonName, FieldSource.Signature, (lineStart + content, lineEnd));
                ReadSignatureNumbers(text, next, inTable, (lineStart + content, lineEnd));
                continue;
            }

            ReadQuoteHeader(text, lineStart, line);
        }
    }

    /// <summary>A closing formula alone on its line ("Regards,", "Mit freundlichen Grüßen").</summary>
    private static bool IsClosing(ReadOnlySpan<char> body)
    {
        body = body.TrimEnd(" ,.!".AsSpan());
        if (body.Length is 0 or > 40 || !(char.IsLetter(body[0]) || body[0] == '-'))
        {
            return false;
        }

        if (!body.Contains("  ", StringComparison.Ordinal))
        {
            return ClosingLookup.Contains(body);
        }

        // "Mit  freundlichen  Grüßen": the words of the formula, however many spaces part them.
        Span<char> single = stackalloc char[body.Length];
        var n = 0;
        foreach (var c in body)
        {
            if (c != ' ' || n == 0 || single[n - 1] != ' ')
            {
                single[n++] = c;
            }
        }

        return ClosingLookup.Contains(single[..n]);
    }

    /// <summary>Where a line's content starts: after quote marks of replies and list markers.</summary>
    private static int ContentStart(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && (line[i] is ' ' or '\t' or '>' or '*' or '•' or '·' or '~' or '¦' || (line[i] is '-' or '|' or '.' or '\'' && i + 1 < line.Length && line[i + 1] is ' ' or '\t' || (line[i] is '|' or '.' or '\'' && i + 1 < line.Length && char.IsUpper(line[i + 1])))))
        {
            i++;
        }

        return i;
    }

    /// <summary><c>Label: value</c>, or <c>Label:</c> (or a line that is only a known label) with the value on the
    /// next line.</summary>
    private bool ReadLabel(string text, int k, int bodyStart, ReadOnlySpan<char> body, bool[]? inTable)
    {
        var colon = body.IndexOfAny(":：".AsSpan());
        if (colon < 0 && body.IndexOf('=') is > 0 and var eq && !body[..eq].TrimEnd().ContainsAny(' ', '\t'))
        {
            colon = eq; // an INI line, "saved_pass=Saudade_454"
        }

        if (colon < 0 && body.IndexOf(" — ", StringComparison.Ordinal) is > 0 and var dash)
        {
            colon = dash + 1; // a form's dash, "Nome utente — greco.alessandro" (the label must still be a field's)
        }

        var valueStart = colon + 1;
        if (colon < 0 && body.IndexOf("...", StringComparison.Ordinal) is > 0 and var leader)
        {
            // A scanned form's dotted leader, "Narne ........ Jan Smith".
            colon = leader;
            valueStart = leader;
            while (valueStart < body.Length && body[valueStart] is '.' or ' ')
            {
                valueStart++;
            }
        }

        var label = colon > 0 && colon <= MaxLabel ? body[..colon] : body.Length <= MaxLabel ? body : default;
        if (label.IsEmpty || label.IndexOfAny("@<>=".AsSpan()) >= 0 || (label.IndexOfAny("0123456789".AsSpan()) >= 0 && !OcrDigits(label)) ||
            label.Count(' ') > 5 || !SlashesInWords(label))
        {
            return false;
        }

        var hint = colon > 0 ? FieldTyping.Of(label) : FieldTyping.OfLabelLine(label);
        if (hint == FieldHint.FreeText && colon > 0 && HasOcrSigns(label) && OcrRead(label) is { } read)
        {
            hint = read;
        }
        if (hint == FieldHint.FreeText)
        {
            return false;
        }

        var rest = colon > 0 ? YamlValue(body[valueStart..]) : default;
        if (!rest.Trim().IsEmpty)
        {
            var start = bodyStart + valueStart;
            var (s, e) = Trim(text, start, start + rest.Length);
            while (e > s && text[e - 1] is '|' or '~' or '¦' or ' ')
            {
                e--; // a scan's border after the value
            }

            while (e > s && text[e - 1] == '\'' && text[s] == '\'')
            {
                (s, e) = (s + 1, e - 1);
            }

            while (hint == FieldHint.Password && e < start + rest.Length && text[e] is '!' or '?' or '*' or '#' or '$' or '%' or '&' or '.' or ';' or ',')
            {
                e++; // a password's last characters are the password's ("Qwerty936!")
            }

            _fields.Add(new Field(s, e, hint, FieldSource.Label) { Evidence = (bodyStart, bodyStart + colon) });
            return true;
        }

        if (Next(text, k, inTable) is { } next && !IsLabelLine(text, next))
        {
            AddNextLine(text, next, hint, FieldSource.NextLine, (bodyStart, bodyStart + label.Length));
        }

        return true;
    }

    /// <summary>Digits in a label that a scan misread for letters ("Passw0rd", "Nome comp1eto"): each between letters
    /// or ending a word after them.</summary>
    private static bool OcrDigits(ReadOnlySpan<char> label)
    {
        for (var i = 0; i < label.Length; i++)
        {
            if (char.IsAsciiDigit(label[i]) && (label[i] is not ('0' or '1' or '3' or '5') || i == 0 || !char.IsLetter(label[i - 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a label shows a scan's misreadings: a digit among letters, "rn", an accented i, a word ending in c.</summary>
    private static bool HasOcrSigns(ReadOnlySpan<char> label)
    {
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            if (char.IsAsciiDigit(c) || c is 'í' or 'Í' || (c is 'r' or 'R' && i + 1 < label.Length && label[i + 1] is 'n' or 'N') ||
                (c is 'c' or 'C' && i > 0 && char.IsLetter(label[i - 1]) && (i + 1 == label.Length || !char.IsLetter(label[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type of a label a scan misread, read again with the commonest confusions undone: digits for letters
    /// (0 o, 1 l, 3 e, 5 s), "rn" for "m", í for i, then also c for e ("Narne" Name, "Datc of birth", "Casc rcf").</summary>
    private static FieldHint? OcrRead(ReadOnlySpan<char> label)
    {
        if (label.Length > MaxLabel)
        {
            return null;
        }

        Span<char> fixedLabel = stackalloc char[MaxLabel];
        var n = 0;
        for (var i = 0; i < label.Length; i++)
        {
            var c = label[i];
            if ((c == 'r' || c == 'R') && i + 1 < label.Length && label[i + 1] is 'n' or 'N')
            {
                fixedLabel[n++] = c == 'r' ? 'm' : 'M';
                i++;
                continue;
            }

            fixedLabel[n++] = c switch { '0' => 'o', '1' => 'l', '3' => 'e', '5' => 's', 'í' => 'i', 'Í' => 'I', _ => c };
        }

        var first = FieldTyping.Of(fixedLabel[..n]);
        if (first != FieldHint.FreeText)
        {
            return first;
        }

        for (var i = 0; i < n; i++)
        {
            fixedLabel[i] = fixedLabel[i] switch { 'c' => 'e', 'C' => 'E', _ => fixedLabel[i] };
        }

        var second = FieldTyping.Of(fixedLabel[..n]);
        return second != FieldHint.FreeText ? second : null;
    }

    /// <summary>A slash in a label joins words ("Nato/a il", "CAP / Città", "Name/Vorname"); a path or URL is not a label.</summary>
    private static bool SlashesInWords(ReadOnlySpan<char> label)
    {
        var slash = label.IndexOf('/');
        return slash < 0 || (slash > 0 && label.Count('/') <= 2 && !label.Contains("//", StringComparison.Ordinal) && label[^1] != '/');
    }

    private bool IsLabelLine(string text, int k)
    {
        var line = Line(text, k);
        var body = line[ContentStart(line)..];
        var colon = body.IndexOf(':');
        return colon > 0 && colon <= MaxLabel && body[(colon + 1)..].Trim().IsEmpty;
    }

    /// <summary>A question (a line, after its speaker, ending in <c>?</c>) that asks for a personal type: the answer
    /// after it on the line, or the next line after its speaker.</summary>
    private bool ReadQuestion(string text, int k, int lineStart, ReadOnlySpan<char> line, bool[]? inTable)
    {
        var mark = line.LastIndexOf('?');
        if (mark < 0)
        {
            return false;
        }

        var speaker = SpeakerEnd(line);
        if (mark <= speaker)
        {
            return false;
        }

        var hint = FieldTyping.OfQuestion(line[speaker..mark]);
        if (hint is FieldHint.FreeText)
        {
            return false;
        }

        var after = line[(mark + 1)..];
        if (!after.Trim().IsEmpty)
        {
            var (s, e) = Trim(text, lineStart + mark + 1, lineStart + line.Length);
            _fields.Add(new Field(s, e, hint, FieldSource.Question) { Evidence = (lineStart + speaker, lineStart + mark + 1) });
        }
        else if (Next(text, k, inTable) is { } next)
        {
            var underSpeaker = IsSpeakerLine(Line(text, next)) && Next(text, next, inTable) is not null;
            if (underSpeaker)
            {
                // "And your date of birth?" / "Siobhan Fitzgerald 09:04" / "13 August 1993": the answer is under its speaker.
                next = Next(text, next, inTable)!.Value;
            }

            var (ns, ne) = _lines[next];
            var answer = text.AsSpan(ns, ne - ns);
            var (s, e) = Trim(text, ns + (underSpeaker ? 0 : SpeakerEnd(answer)), ne);
            _fields.Add(new Field(s, e, hint, FieldSource.Question) { Evidence = (lineStart + speaker, lineStart + mark + 1) });
        }

        return true;
    }

    /// <summary>A chat turn's header on its own line: a speaker of at most four words (a name, "Agent (Connor)",
    /// "Cliente") and a time at the end ("Siobhan Fitzgerald 09:04", "Konsultant (Piotr) 14:47").</summary>
    private static bool IsSpeakerLine(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var space = line.LastIndexOf(' ');
        if (line.Length > 48 || space <= 0 || line.IndexOfAny("?@".AsSpan()) >= 0 || line[..space].Count(' ') > 3 || !line[..space].ContainsAnyInRange('A', 'z'))
        {
            return false;
        }

        var time = line[(space + 1)..];
        return time.Length is >= 4 and <= 8 && time.IndexOf(':') is 1 or 2 && !time.ContainsAnyExcept("0123456789:".AsSpan());
    }

    /// <summary>The end of a chat line's prefix: a timestamp or bracketed part, then a speaker of at most three words
    /// and a colon ("[10:02] Agent:", "10:02 - Anna Nowak:", "Q:", "&lt;nick&gt;").</summary>
    private static int SpeakerEnd(ReadOnlySpan<char> line)
    {
        var i = ContentStart(line);
        while (i < line.Length)
        {
            if (line[i] is '[' or '(' or '<' && line[i..].IndexOfAny("])>".AsSpan()) is var close and > 0 and < 40)
            {
                i += close + 1;
            }
            else if (char.IsAsciiDigit(line[i]) || line[i] is ':' or '.' or '/' or ',' or '-' or ' ')
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var colon = line[i..].IndexOf(':');
        if (colon > 0 && colon <= 32 && line.Slice(i, colon).Count(' ') <= 2 && line.Slice(i, colon).IndexOfAny("0123456789?".AsSpan()) < 0)
        {
            i += colon + 1;
        }

        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>"On Mon, 3 Mar 2025, Anna Nowak &lt;anna.nowak@…&gt; wrote:": the words before the address are a person.</summary>
    private void ReadQuoteHeader(string text, int lineStart, ReadOnlySpan<char> line)
    {
        var lt = line.IndexOf('<');
        if (lt <= 0 || line.IndexOf('@') < lt || !line.TrimEnd().EndsWith(":"))
        {
            return;
        }

        var tail = line[lt..];
        var wrote = false;
        foreach (var verb in Wrote)
        {
            wrote |= tail.Contains(verb, StringComparison.OrdinalIgnoreCase);
        }

        if (!wrote)
        {
            return;
        }

        var from = line[..lt].LastIndexOfAny(",:".AsSpan()) + 1;
        var (s, e) = Trim(text, lineStart + from, lineStart + lt);
        if (e > s)
        {
            _fields.Add(new Field(s, e, FieldHint.PersonName, FieldSource.Quote) { Evidence = (lineStart, lineStart + line.Length) });
        }
    }

    /// <summary>The next non-blank line within two, unless it belongs to a table.</summary>
    private int? Next(string text, int k, bool[]? inTable)
    {
        for (var n = k + 1; n < _lines.Count && n <= k + 2; n++)
        {
            if (inTable is not null && inTable[n])
            {
                return null;
            }

            if (!Line(text, n).IsWhiteSpace())
            {
                return n;
            }
        }

        return null;
    }

    private void AddNextLine(string text, int k, FieldHint hint, FieldSource source, (int Start, int End) evidence)
    {
        var (ls, le) = _lines[k];
        var line = text.AsSpan(ls, le - ls);
        var (s, e) = Trim(text, ls + ContentStart(line), le);
        if (e > s)
        {
            _fields.Add(new Field(s, e, hint, source) { Evidence = evidence });
        }
    }
}
