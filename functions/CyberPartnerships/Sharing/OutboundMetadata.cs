using System.Text.RegularExpressions;
using CyberPartnerships.Partners;

namespace CyberPartnerships.Sharing;

/// <summary>
/// The metadata of a blob in <c>outbound-raw</c>: <c>tlp</c> (CLEAR, GREEN, AMBER, AMBER+STRICT, RED; required),
/// <c>targets</c> (comma-separated partner ids; required for GREEN and AMBER) and <c>submitter</c> (the partner id
/// of the submitting organisation; required for AMBER+STRICT). The blob name is <c>{caseId}/{file}</c>.
/// </summary>
public sealed partial record OutboundMetadata(Tlp Tlp, IReadOnlyList<string> Targets, string? Submitter)
{
    public const string TlpKey = "tlp";
    public const string TargetsKey = "targets";
    public const string SubmitterKey = "submitter";

    /// <summary>Parses the metadata, or returns why it is unusable.</summary>
    public static OutboundMetadata? TryParse(IDictionary<string, string> metadata, out string? error)
    {
        var values = new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase);
        error = null;
        if (!values.TryGetValue(TlpKey, out var tlpText) || !TlpLevels.TryParse(tlpText, out var tlp))
        {
            error = "The 'tlp' metadata is missing or not one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED.";
            return null;
        }

        var targets = values.TryGetValue(TargetsKey, out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList()
            : [];
        var invalid = targets.FirstOrDefault(t => !PartnerValidation.IsValidPartnerId(t));
        if (invalid is not null)
        {
            error = $"The 'targets' metadata names '{invalid}', which is not a partner id.";
            return null;
        }

        string? submitter = null;
        if (values.TryGetValue(SubmitterKey, out var s) && !string.IsNullOrWhiteSpace(s))
        {
            submitter = s.Trim();
            if (!PartnerValidation.IsValidPartnerId(submitter))
            {
                error = $"The 'submitter' metadata '{submitter}' is not a partner id.";
                return null;
            }
        }

        return new OutboundMetadata(tlp, targets, submitter);
    }

    /// <summary>Splits <c>{caseId}/{file}</c>; both segments are safe path and URL segments, and a file may not
    /// end in <c>.manifest.json</c> (it would overwrite a manifest).</summary>
    public static bool TryParseName(string blobName, out string caseId, out string file)
    {
        caseId = file = string.Empty;
        var slash = blobName.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash != blobName.LastIndexOf('/'))
        {
            return false;
        }

        caseId = blobName[..slash];
        file = blobName[(slash + 1)..];
        return IsValidCaseId(caseId) && IsValidFileName(file);
    }

    public static bool IsValidCaseId(string? caseId) => caseId is not null && CaseIdPattern().IsMatch(caseId);

    public static bool IsValidFileName(string? file) =>
        file is not null && FilePattern().IsMatch(file) && !file.Contains("..", StringComparison.Ordinal)
        && !file.EndsWith(SharingOptions.ManifestSuffix, StringComparison.OrdinalIgnoreCase)
        && !file.EndsWith(SharingOptions.ReasonSuffix, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex CaseIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex FilePattern();
}
