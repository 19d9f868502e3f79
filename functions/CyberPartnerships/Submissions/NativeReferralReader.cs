using System.Text.Json;
using System.Text.RegularExpressions;
using CyberPartnerships.Ingestion;

namespace CyberPartnerships.Submissions;

/// <summary>A checked native case referral: its fields, the indicators to record and each indicator's outcome so far.</summary>
public sealed record NativeReferral(
    Tlp? Tlp,
    string? Title,
    string? Summary,
    SubmissionCategory? Category,
    RequestedAction? RequestedAction,
    IReadOnlyList<string> Jurisdictions,
    long? EstimatedVictims,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<string> Participants,
    IReadOnlyList<(int Index, IndicatorKey Key)> Indicators,
    IReadOnlyList<ObjectOutcome> Rejected,
    IReadOnlyList<InputError> Errors);

/// <summary>
/// Reads a native JSON case referral: <c>tlp</c>, <c>title</c>, <c>summary</c>, <c>category</c>, <c>indicators</c>
/// (<c>{type, value}</c>), <c>estimatedVictims</c>, <c>jurisdictions</c> (ISO 3166 alpha-2), <c>requestedAction</c>
/// <c>attachments</c> (names <c>POST /api/attachments</c> returned; <see cref="AttachmentStore"/> checks them) and
/// <c>participants</c> (partner ids; <see cref="ParticipantCheck"/> checks them). A bad field is a 400; a bad indicator is rejected by name.
/// </summary>
public static partial class NativeReferralReader
{
    public const int MaxTitle = 300;
    public const int MaxSummary = 20_000;
    public const int MaxAttachments = 100;

    public static NativeReferral Read(JsonElement root, int maxIndicators)
    {
        var errors = new List<InputError>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new(null, null, null, null, null, [], null, [], [], [], [], [new(string.Empty, "A case referral is a JSON object.")]);
        }

        Tlp? tlp = null;
        var tlpText = Str(root, "tlp", errors);
        if (tlpText is null)
        {
            errors.Add(new("/tlp", "tlp is required: CLEAR, GREEN, AMBER, AMBER+STRICT or RED."));
        }
        else if (TlpLevels.TryParse(tlpText, out var level))
        {
            tlp = level;
        }
        else
        {
            errors.Add(new("/tlp", $"tlp '{tlpText}' is not a TLP 2.0 level: CLEAR, GREEN, AMBER, AMBER+STRICT or RED."));
        }

        var title = Required(root, "title", MaxTitle, errors);
        var summary = Required(root, "summary", MaxSummary, errors);
        var category = EnumOf<SubmissionCategory>(root, "category", required: true, errors);
        var action = EnumOf<RequestedAction>(root, "requestedAction", required: false, errors);

        long? victims = null;
        if (root.TryGetProperty("estimatedVictims", out var v) && v.ValueKind != JsonValueKind.Null)
        {
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) && n >= 0)
            {
                victims = n;
            }
            else
            {
                errors.Add(new("/estimatedVictims", "estimatedVictims must be a whole number, 0 or more."));
            }
        }

        var jurisdictions = StringList(root, "jurisdictions", s => CountryCode().IsMatch(s.ToUpperInvariant()), "an ISO 3166 alpha-2 country code", errors)
            .Select(s => s.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var attachments = StringList(root, "attachments", AttachmentStore.IsPlausibleName, "an uploaded file's name", errors);
        if (attachments.Count > MaxAttachments)
        {
            errors.Add(new("/attachments", $"At most {MaxAttachments} attachments per referral."));
        }

        var participants = StringList(root, "participants", Partners.PartnerValidation.IsValidPartnerId, "a partner id", errors);
        if (participants.Count > ParticipantCheck.MaxParticipants)
        {
            errors.Add(new("/participants", $"At most {ParticipantCheck.MaxParticipants} participants per referral."));
        }

        var indicators = new List<(int, IndicatorKey)>();
        var rejected = new List<ObjectOutcome>();
        if (root.TryGetProperty("indicators", out var list) && list.ValueKind != JsonValueKind.Null)
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new("/indicators", "indicators must be an array of {type, value}."));
            }
            else if (list.GetArrayLength() > maxIndicators)
            {
                errors.Add(new("/indicators", $"At most {maxIndicators} indicators per referral."));
            }
            else
            {
                var i = 0;
                foreach (var item in list.EnumerateArray())
                {
                    var type = item.ValueKind == JsonValueKind.Object ? StixBundleReader.Str(item, "type") : null;
                    var value = item.ValueKind == JsonValueKind.Object ? StixBundleReader.Str(item, "value") : null;
                    if (IndicatorKey.TryCreate(type, value, out var key, out var error))
                    {
                        indicators.Add((i, key));
                    }
                    else
                    {
                        var pointer = type is null ? $"/indicators/{i}/type" : $"/indicators/{i}/value";
                        rejected.Add(ObjectOutcome.Rejected(i, value, type, error, pointer));
                    }

                    i++;
                }
            }
        }

        return new(tlp, title, summary, category, action, jurisdictions, victims, attachments, participants, indicators, rejected, errors);
    }

    private static string? Str(JsonElement root, string name, List<InputError> errors)
    {
        if (!root.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (p.ValueKind != JsonValueKind.String)
        {
            errors.Add(new($"/{name}", $"{name} must be a string."));
            return null;
        }

        return p.GetString();
    }

    private static string? Required(JsonElement root, string name, int max, List<InputError> errors)
    {
        var value = Str(root, name, errors)?.Trim();
        if (string.IsNullOrEmpty(value) || value.Length > max)
        {
            errors.Add(new($"/{name}", $"{name} is required, at most {max} characters."));
            return null;
        }

        return value;
    }

    private static T? EnumOf<T>(JsonElement root, string name, bool required, List<InputError> errors)
        where T : struct, Enum
    {
        var text = Str(root, name, errors);
        if (text is null)
        {
            if (required)
            {
                errors.Add(new($"/{name}", $"{name} is required: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}."));
            }

            return null;
        }

        // By name only: Enum.TryParse would also take numbers and comma lists ("botnet,fraud" ORed into another value).
        if (Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            return Enum.Parse<T>(known);
        }

        errors.Add(new($"/{name}", $"{name} '{text}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}."));
        return null;
    }

    private static List<string> StringList(JsonElement root, string name, Func<string, bool> valid, string what, List<InputError> errors)
    {
        var result = new List<string>();
        if (!root.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new($"/{name}", $"{name} must be an array of strings."));
            return result;
        }

        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s && valid(s))
            {
                result.Add(s);
            }
            else
            {
                errors.Add(new($"/{name}/{i}", $"{name}[{i}] must be {what}."));
            }

            i++;
        }

        return result;
    }

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();
}
