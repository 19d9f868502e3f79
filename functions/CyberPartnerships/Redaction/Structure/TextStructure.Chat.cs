using CyberPartnerships.Redaction.Languages;

namespace CyberPartnerships.Redaction.Structure;

/// <summary>Names that messages and chats give by their place: after a greeting, and as a chat turn's speaker.</summary>
internal sealed partial class TextStructure
{
    /// <summary>The greetings by their first word, longest first ("buenos días", "buenas tardes" under "buenos"/"buenas").</summary>
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Greetings = LanguageData.All
        .SelectMany(l => l.Greetings ?? [])
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .GroupBy(g => g.Split(' ')[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Roles = new(LanguageData.All.SelectMany(l => LanguageData.Split(l.Roles)), StringComparer.OrdinalIgnoreCase);

    /// <summary>"Hola Begoña:", "Ciao Niccolò,", "Bonjour Anne-Sophie," "Hoi Fleur": a greeting at the start of a line,
    /// then one to four capitalised words up to a comma, colon, exclamation mark or the line's end, is a name.</summary>
    private bool ReadGreeting(int bodyStart, ReadOnlySpan<char> body)
    {
        var space = body.IndexOf(' ');
        if (space <= 0 || space > 12 || !Greetings.TryGetValue(body[..space], out var candidates))
        {
            return false;
        }

        foreach (var greeting in candidates)
        {
            if (body.Length > greeting.Length + 1 && body.StartsWith(greeting, StringComparison.OrdinalIgnoreCase) && body[greeting.Length] == ' ')
            {
                var rest = body[(greeting.Length + 1)..];
                var end = rest.IndexOfAny(",:!".AsSpan());
                var name = (end < 0 ? rest : rest[..end]).TrimEnd();
                if (name.IsEmpty || !char.IsUpper(name[0]) || name.Count(' ') > 3 || !FieldTyping.Fits(FieldHint.PersonName, name) ||
                    (end < 0 && rest.Length > name.Length))
                {
                    return false;
                }

                var start = bodyStart + greeting.Length + 1;
                _fields.Add(new Field(start, start + name.Length, FieldHint.PersonName, FieldSource.Greeting) { Evidence = (bodyStart, bodyStart + greeting.Length) });
                return true;
            }
        }

        return false;
    }

    /// <summary>A chat turn's header on its own line ("Siobhan Fitzgerald 09:04", "Agent (Connor) 09:01"): the name in
    /// parentheses after a role, or the speaker's words when they are not a role.</summary>
    private bool ReadSpeaker(int bodyStart, ReadOnlySpan<char> body)
    {
        if (!IsSpeakerLine(body))
        {
            return false;
        }

        var speaker = body[..body.TrimEnd().LastIndexOf(' ')].TrimEnd();
        var open = speaker.IndexOf('(');
        var close = speaker.LastIndexOf(')');
        int start, end;
        if (open > 0 && close > open + 1)
        {
            (start, end) = (open + 1, close);
        }
        else if (open < 0 && !IsRole(speaker))
        {
            (start, end) = (0, speaker.Length);
        }
        else
        {
            return false;
        }

        var name = speaker[start..end].Trim();
        if (!FieldTyping.Fits(FieldHint.PersonName, name) || IsRole(name))
        {
            return false;
        }

        _fields.Add(new Field(bodyStart + start, bodyStart + end, FieldHint.PersonName, FieldSource.Speaker) { Evidence = (bodyStart, bodyStart + speaker.Length) });
        return true;
    }

    private static bool IsRole(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            if (Roles.Contains(words[range].ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lines of a signature under the writer's name, up to a blank line (at most six): a line that is a
    /// phone number, bare or after a short label ("0160/3179264", "T: 677057445", "Mob. 367 8904186"), is the writer's
    /// number.</summary>
    private void ReadSignatureNumbers(string text, int nameLine, bool[]? inTable, (int Start, int End) evidence)
    {
        var k = nameLine;
        for (var lines = 0; lines < 6 && Next(text, k, inTable) is { } next && next == k + 1; lines++)
        {
            k = next;
            var (ls, le) = _lines[k];
            var line = text.AsSpan(ls, le - ls);
            var content = ContentStart(line);
            var body = line[content..].TrimEnd();
            if (body.IsEmpty)
            {
                return;
            }

            var label = body.IndexOfAny(":.".AsSpan());
            var start = label is > 0 and <= 5 && body[..label].ContainsAnyExcept(LabelLetters) is false ? label + 1 : 0;
            var value = body[start..].TrimStart();
            if (FieldTyping.Fits(FieldHint.Phone, value) && value.Length >= 9)
            {
                var at = ls + content + (body.Length - body[start..].Length) + (body[start..].Length - value.Length);
                _fields.Add(new Field(at, at + value.Length, FieldHint.Phone, FieldSource.Signature) { Evidence = evidence });
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> LabelLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
