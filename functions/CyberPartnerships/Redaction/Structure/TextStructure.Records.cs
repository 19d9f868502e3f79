namespace CyberPartnerships.Redaction.Structure;

/// <summary>Records written as markup or configuration: XML elements on one line, YAML and INI values.</summary>
internal sealed partial class TextStructure
{
    /// <summary>An XML element with its text on one line, <c>&lt;FechaNacimiento&gt;28/02/1980&lt;/FechaNacimiento&gt;</c>:
    /// its name is the value's label (or, when the name is a generic one such as <c>ID</c>, its <c>type</c> or
    /// <c>kind</c> attribute: <c>&lt;ID type="RUT"&gt;</c>).</summary>
    private bool ReadElement(int bodyStart, ReadOnlySpan<char> body)
    {
        var nameEnd = 1;
        while (nameEnd < body.Length && (char.IsLetterOrDigit(body[nameEnd]) || body[nameEnd] is '_' or '-' or '.' or ':'))
        {
            nameEnd++;
        }

        var open = body.IndexOf('>');
        if (nameEnd == 1 || open < nameEnd || open + 1 >= body.Length)
        {
            return false;
        }

        var name = body[1..nameEnd];
        var close = body.LastIndexOf("</".AsSpan());
        if (close <= open + 1 || !body[(close + 2)..].TrimEnd().TrimEnd('>').SequenceEqual(name) || body[(open + 1)..close].Contains('<'))
        {
            return false;
        }

        var hint = FieldTyping.Of(name);
        var evidence = (bodyStart + 1, bodyStart + nameEnd);
        if (hint == FieldHint.FreeText && Attribute(body[nameEnd..open]) is { IsEmpty: false } kind)
        {
            hint = FieldTyping.Of(kind);
            var at = body.IndexOf(kind);
            evidence = (bodyStart + at, bodyStart + at + kind.Length);
        }

        if (hint == FieldHint.FreeText)
        {
            return false;
        }

        var (s, e) = (bodyStart + open + 1, bodyStart + close);
        _fields.Add(new Field(s, e, hint, FieldSource.Label) { Evidence = evidence });
        return true;
    }

    /// <summary>The value of an element's <c>type</c>, <c>kind</c> or <c>name</c> attribute.</summary>
    private static ReadOnlySpan<char> Attribute(ReadOnlySpan<char> attributes)
    {
        foreach (var key in (ReadOnlySpan<string>)["type=\"", "kind=\"", "name=\""])
        {
            var at = attributes.IndexOf(key.AsSpan());
            if (at >= 0)
            {
                var value = attributes[(at + key.Length)..];
                var end = value.IndexOf('"');
                return end > 0 ? value[..end] : default;
            }
        }

        return default;
    }

    /// <summary>A label's value without what YAML and INI add to it: a comment after it (<c>'57524138901'   # Steuer-ID</c>),
    /// and a block scalar's marker (<c>morada: |</c>, the value on the lines after it).</summary>
    private static ReadOnlySpan<char> YamlValue(ReadOnlySpan<char> value)
    {
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        if (comment > 0 && !value[..comment].Trim().IsEmpty)
        {
            value = value[..comment];
        }

        return value.Trim() is "|" or ">" or "|-" or ">-" ? default : value;
    }
}
