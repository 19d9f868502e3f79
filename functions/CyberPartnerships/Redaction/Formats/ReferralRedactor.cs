using System.Text.Json.Nodes;

namespace CyberPartnerships.Redaction;

/// <summary>
/// Redacts a native JSON case referral in place, by field: the case facts (ids, TLP, category, requested action,
/// jurisdictions, estimated victims) and the <c>indicators</c>' types and values are kept (only those fields' own
/// values: an object nested in them is redacted, no key inside it trusted); <c>title</c>, <c>summary</c> and any other
/// text are free text; victim details (and any field whose name says what it holds: name, email, phone, ip, address,
/// date of birth, national id, username, password, in the partnership's languages) are replaced whole, whatever the
/// keys nested in them (<c>{"phone": {"number": …}}</c>).
/// </summary>
internal static class ReferralRedactor
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "id", "tlp", "category", "requestedaction", "jurisdictions", "estimatedvictims", "indicators", "caseid",
        "submissionid", "createdat", "submittedat", "updatedat", "partnerid", "submitter", "type", "schemaversion",
    };

    public static void Redact(JsonObject referral, TextRedactor redactor, RedactionCounts counts)
    {
        if (referral["indicators"] is { } indicators && indicators is not JsonArray)
        {
            throw new DocumentRedactionException(DocumentRedactionException.ParseError, "The referral's indicators must be an array.");
        }

        foreach (var key in referral.Select(p => p.Key).ToList())
        {
            var normalized = Normalize(key);
            if (Kept.Contains(normalized))
            {
                RedactInsideKept(referral[key], normalized == "indicators", redactor, counts);
                continue;
            }

            var hint = normalized is "title" or "summary" or "description" or "notes" ? FieldHint.FreeText : VictimHint(normalized, key);
            JsonValueRedactor.RedactProperty(referral, key, hint, redactor, counts, nameIsPerson: true);
            JsonValueRedactor.RedactName(referral, key, redactor, counts);
        }
    }

    /// <summary>A kept field keeps its value, or the values of its array; an object in it is not a case fact and is
    /// redacted (nothing inside it is trusted), except an indicator's <c>type</c> and <c>value</c>.</summary>
    private static void RedactInsideKept(JsonNode? value, bool indicators, TextRedactor redactor, RedactionCounts counts)
    {
        foreach (var item in value is JsonArray array ? array.ToList() : [value])
        {
            if (item is JsonObject indicator && indicators)
            {
                JsonValueRedactor.RedactMembers(indicator, static (key, v) => key is "type" or "value" && v is JsonValue, redactor, counts, nameIsPerson: true);
            }
            else if (item is JsonObject or JsonArray)
            {
                // Containers are redacted in place: RedactNode returns the same node.
                JsonValueRedactor.RedactNode(item, FieldHint.FreeText, redactor, counts, nameIsPerson: true);
            }
        }
    }

    /// <summary>A named field's hint; an unknown name, or one claiming to be an indicator outside <c>indicators</c>, is free text.</summary>
    private static FieldHint VictimHint(string normalized, string key) =>
        normalized is "victims" or "victim" or "victimdetails" ? FieldHint.FreeText
        : FieldHints.ForName(key) is var hint && hint != FieldHint.Indicator ? hint : FieldHint.FreeText;

    private static string Normalize(string key) => string.Concat(key.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
