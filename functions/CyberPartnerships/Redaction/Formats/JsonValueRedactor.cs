using System.Text.Json.Nodes;

namespace CyberPartnerships.Redaction;

/// <summary>
/// A JSON shape the redactor knows below a document's own fields (a predefined STIX extension and its sections):
/// the keys it keeps as they are, and the keys that hold open dictionaries (whatever their keys, redacted by content).
/// </summary>
internal sealed record KnownShape(Func<string, bool> Keeps, IReadOnlySet<string> OpenDictionaries);

/// <summary>
/// Redacts the value of a JSON property and everything nested in it. No key is structural there unless the value has a
/// <see cref="KnownShape"/>: inside a value with a personal hint every string is replaced whole as that type, whatever
/// its key (<c>{"phone": {"number": …}}</c>); inside free text a key named as personal data narrows the hint and any
/// other key (<c>id</c>, <c>number</c>, <c>summary</c>, even <c>hashes</c>) is free text, read by the text redactor.
/// </summary>
internal static class JsonValueRedactor
{
    /// <summary>Redacts one property of an object, replacing its value only when it changed.</summary>
    /// <param name="nameIsPerson">Whether a nested key <c>name</c> holds a person's name (a referral's victims) or
    /// may name anything (STIX extensions: PE sections, software...), which is then free text.</param>
    /// <param name="shape">The property's value's known shape, if any.</param>
    /// <param name="known">Personal values the document states elsewhere, sought in its free text.</param>
    public static void RedactProperty(
        JsonObject o, string key, FieldHint hint, TextRedactor redactor, RedactionCounts counts, bool nameIsPerson = false, KnownShape? shape = null,
        PersonalValues? known = null)
    {
        var value = o[key];
        if (value is null)
        {
            return;
        }

        var redacted = RedactNode(value, hint, redactor, counts, nameIsPerson, shape, known);
        if (!ReferenceEquals(value, redacted))
        {
            o[key] = redacted;
        }
    }

    /// <summary>Redacts every string and number in a value (arrays and nested objects too, their member names as free
    /// text); booleans and null stay.</summary>
    public static JsonNode? RedactNode(
        JsonNode? node, FieldHint hint, TextRedactor redactor, RedactionCounts counts, bool nameIsPerson = false, KnownShape? shape = null,
        PersonalValues? known = null)
    {
        if (hint == FieldHint.Indicator)
        {
            return node;
        }

        switch (node)
        {
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                var text = value.GetValue<string>();
                var redacted = redactor.Redact(text, counts, hint, known);
                return ReferenceEquals(text, redacted) || text == redacted ? node : JsonValue.Create(redacted);
            case JsonValue number when number.GetValueKind() == System.Text.Json.JsonValueKind.Number:
                // A number is read as its digits (<c>"phone": 12025550143</c>, a card number): one that holds personal
                // data becomes the replacement's string; any other number stays a number. Under a personal hint only a
                // number of five or more digits is taken for the value (a phone, an id); a count or an age stays.
                var digits = number.ToJsonString();
                if (!IsText(hint) && digits.Count(char.IsAsciiDigit) < 5)
                {
                    return node;
                }

                var replacedDigits = redactor.Redact(digits, counts, hint, known);
                return replacedDigits == digits ? node : JsonValue.Create(replacedDigits);
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var item = array[i];
                    var replaced = RedactNode(item, hint, redactor, counts, nameIsPerson, shape, known);
                    if (!ReferenceEquals(item, replaced))
                    {
                        array[i] = replaced;
                    }
                }

                return array;
            case JsonObject nested:
                foreach (var key in nested.Select(p => p.Key).ToList())
                {
                    if (!IsText(hint))
                    {
                        // Personal all the way down: no key inside it is structural.
                        RedactProperty(nested, key, hint, redactor, counts, nameIsPerson, known: known);
                        RedactName(nested, key, redactor, counts, known);
                        continue;
                    }

                    if (shape is not null && shape.Keeps(key))
                    {
                        continue;
                    }

                    var nestedShape = shape is not null && !shape.OpenDictionaries.Contains(key) ? shape : null;
                    RedactProperty(nested, key, HintOf(key, nameIsPerson, hint), redactor, counts, nameIsPerson, nestedShape, known);
                    RedactName(nested, key, redactor, counts, known, hint);
                }

                return nested;
            default:
                return node;
        }
    }

    /// <summary>Redacts the members of an object whose shape is known at this level only (a STIX external reference or
    /// custom extension, a referral's indicator): the members <paramref name="keeps"/> accepts stay as they are, every
    /// other member is free text narrowed by its name, with nothing below it trusted.</summary>
    /// <param name="text">How free text reads there: <see cref="FieldHint.FreeText"/>, or <see cref="FieldHint.PublicText"/>
    /// in public knowledge.</param>
    public static void RedactMembers(
        JsonObject o, Func<string, JsonNode?, bool> keeps, TextRedactor redactor, RedactionCounts counts, bool nameIsPerson = false,
        PersonalValues? known = null, FieldHint text = FieldHint.FreeText)
    {
        foreach (var key in o.Select(p => p.Key).ToList())
        {
            if (!keeps(key, o[key]))
            {
                RedactProperty(o, key, HintOf(key, nameIsPerson, text), redactor, counts, nameIsPerson, known: known);
                RedactName(o, key, redactor, counts, known, text);
            }
        }
    }

    /// <summary>
    /// A member's name is text like its value (<c>{"victims": {"jane.doe@victim.example": 1}}</c>): outside a
    /// document's own structure it is read as free text (its hint came from the name as it was) and, when it held
    /// personal data, the member is renamed in place, keeping its value and position. Names that come out alike
    /// (two addresses, both <c>[EMAIL]</c>) are told apart by a number: <c>[EMAIL] (2)</c>.
    /// </summary>
    public static string RedactName(
        JsonObject o, string key, TextRedactor redactor, RedactionCounts counts, PersonalValues? known = null, FieldHint text = FieldHint.FreeText)
    {
        var redacted = redactor.Redact(key, counts, text == FieldHint.PublicText ? text : FieldHint.FreeText, known);
        if (redacted == key)
        {
            return key;
        }

        var unique = redacted;
        for (var n = 2; o.ContainsKey(unique); n++)
        {
            unique = $"{redacted} ({n})";
        }

        var index = o.IndexOf(key);
        var value = o[key];
        o.RemoveAt(index);
        o.Insert(index, unique, value);
        return unique;
    }

    /// <summary>The hint of a key inside free text: a personal name narrows it; a name claiming an indicator is not
    /// trusted there and stays free text.</summary>
    private static FieldHint HintOf(string key, bool nameIsPerson, FieldHint within = FieldHint.FreeText)
    {
        var named = !nameIsPerson && key == "name" ? FieldHint.FreeText : FieldHints.ForName(key);
        return within == FieldHint.PublicText ? Public(named) : named == FieldHint.Indicator ? FieldHint.FreeText : named;
    }

    /// <summary>Free text or public text: read by the text redactor, not replaced whole.</summary>
    private static bool IsText(FieldHint hint) => hint is FieldHint.FreeText or FieldHint.PublicText;

    /// <summary>A hint inside public knowledge: a key may still name a value personal by its form (<c>email</c>,
    /// <c>phone</c>, a national id), which is then replaced whole; any other key (<c>name</c>, <c>author</c>,
    /// <c>user</c>, <c>address</c>) is public text like its surroundings.</summary>
    public static FieldHint Public(FieldHint hint) =>
        hint is FieldHint.Email or FieldHint.Phone or FieldHint.NationalId ? hint : FieldHint.PublicText;
}
