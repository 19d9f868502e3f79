namespace CyberPartnerships.Redaction;

/// <summary>
/// The <see cref="FieldHint"/> of a named field: a CSV column header or a JSON property name, in the partnership's
/// languages (<see cref="Languages.LanguageData"/>). Names are compared lowercased without separators (<c>Date of Birth</c> = <c>date_of_birth</c> =
/// <c>dateOfBirth</c>). An unknown name is free text: the text redactor still looks for personal data in it.
/// </summary>
public static class FieldHints
{
    private static readonly Dictionary<string, FieldHint> Known = Build();

    public static FieldHint ForName(string? name) => name is null ? FieldHint.FreeText : ForName(name.AsSpan());

    public static FieldHint ForName(ReadOnlySpan<char> name)
    {
        if (name.IsWhiteSpace())
        {
            return FieldHint.FreeText;
        }

        Span<char> buffer = stackalloc char[Math.Min(name.Length, 128)];
        var length = 0;
        foreach (var c in name[..Math.Min(name.Length, 128)])
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return Known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out var hint) ? hint : FieldHint.FreeText;
    }

    private static Dictionary<string, FieldHint> Build()
    {
        var map = new Dictionary<string, FieldHint>(StringComparer.Ordinal);
        foreach (var (hint, names) in Languages.LanguageData.All.SelectMany(l => l.Fields))
        {
            foreach (var name in Languages.LanguageData.Split(names))
            {
                map[name] = hint;
            }
        }

        return map;
    }
}
