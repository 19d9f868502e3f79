using CyberPartnerships.Configuration;

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

    /// <summary>The key of <see cref="CurrentKeyId"/> (base64; a Key Vault reference in Azure). It may instead be listed
    /// in <see cref="SigningKeys"/>.</summary>
    public string? CurrentKey { get; set; }

    /// <summary>Further keys by key id: earlier keys kept after a rotation so that links already sent still verify.</summary>
    [OptionalSetting]
    public Dictionary<string, string> SigningKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The base64 key for <paramref name="keyId"/>, or null when no such key is configured.</summary>
    public string? KeyFor(string keyId) =>
        keyId == CurrentKeyId && !string.IsNullOrWhiteSpace(CurrentKey) ? CurrentKey : SigningKeys.GetValueOrDefault(keyId);

    public bool IsValid(out string error)
    {
        error = string.Empty;
        if (PublicBaseUrl is null || !PublicBaseUrl.IsAbsoluteUri)
        {
            error = "Approvals:PublicBaseUrl must be an absolute URL.";
        }
        else if (string.IsNullOrWhiteSpace(CurrentKeyId) || KeyBytes(KeyFor(CurrentKeyId)) is null)
        {
            error = "Approvals:CurrentKey (or Approvals:SigningKeys:<CurrentKeyId>) must be a key of base64, at least 32 bytes.";
        }

        return error.Length == 0;
    }

    internal static byte[]? KeyBytes(string? base64) =>
        KeyMaterial.TryDecode(base64, 32, out var key) == KeyProblem.None ? key : null;
}
