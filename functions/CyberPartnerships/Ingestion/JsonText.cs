using System.Text.Json;

namespace CyberPartnerships.Ingestion;

/// <summary>
/// JSON whose syntax is valid but whose text is not: an escape of a lone UTF-16 surrogate (<c>"\ud800"</c>) or invalid
/// UTF-8 inside a string parses, yet
/// no string can hold it, and reading it (<see cref="JsonElement.GetString"/>, a property's name) throws. Every body
/// the API and the feed pulls read is checked once, right after it is parsed, so that such a body is refused as bad
/// input with the place named, rather than failing wherever a reader first touches the value.
/// </summary>
public static class JsonText
{
    /// <summary>The JSON Pointer (RFC 6901) of the first string or property name that is not valid text, or null when
    /// every one is. The parser checks neither escapes nor the UTF-8 bytes inside strings, so both are found here: only a
    /// body with a <c>\u</c> escape or invalid UTF-8 (a byte such as 0xFF, a truncated sequence, an encoded surrogate) can
    /// hold one, and others are not walked.</summary>
    public static string? FindUndecodable(ReadOnlySpan<byte> utf8, JsonElement root) =>
        utf8.IndexOf("\\u"u8) < 0 && System.Text.Unicode.Utf8.IsValid(utf8) ? null : Find(root, string.Empty);

    private static string? Find(JsonElement element, string pointer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(element) ? null : pointer;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{pointer}/{index++}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                var position = 0;
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        // The name itself: pointed at by its position, since it cannot be written.
                        return $"{pointer}/{position}";
                    }

                    if (Find(property.Value, $"{pointer}/{Escape(name)}") is { } found)
                    {
                        return found;
                    }

                    position++;
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Decodes(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
