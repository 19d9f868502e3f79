namespace CyberPartnerships.Approvals;

/// <summary>
/// Approval links (section <c>Approvals</c>). Signing keys by key id (<c>Approvals__SigningKeys__k2026a</c> = base64 of
/// at least 32 random bytes; Key Vault references in Azure); <see cref="CurrentKeyId"/> signs new links, every listed
/// key still verifies, so a key is rotated by adding a new one, switching, and removing the old one once its links
/// have expired.
/// </summary>
public sealed class ApprovalOptions
{
    public const string Section = "Approvals";

    /// <summary>The public base URL the links point to, e.g. <c>https://cyberpartnerships.example</c>.</summary>
    public Uri? PublicBaseUrl { get; set; }

    public string? CurrentKeyId { get; set; }

    public Dictionary<string, string> SigningKeys { get; set; } = new(StringComparer.Ordinal);

    public bool IsValid(out string error)
    {
        error = string.Empty;
        if (PublicBaseUrl is null || !PublicBaseUrl.IsAbsoluteUri)
        {
            error = "Approvals:PublicBaseUrl must be an absolute URL.";
        }
        else if (string.IsNullOrWhiteSpace(CurrentKeyId) || !SigningKeys.TryGetValue(CurrentKeyId, out var current) || KeyBytes(current) is null)
        {
            error = "Approvals:CurrentKeyId must name a key in Approvals:SigningKeys (base64, at least 32 bytes).";
        }

        return error.Length == 0;
    }

    internal static byte[]? KeyBytes(string? base64)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64 ?? string.Empty);
            return bytes.Length >= 32 ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
