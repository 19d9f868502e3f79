using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Approvals;

/// <summary>What an approval link stands for: one approver, one step of one case, until a time.</summary>
public sealed record ApprovalToken(string CaseId, string StepKey, string Approver, DateTimeOffset ExpiresAt, string Nonce, string KeyId);

/// <summary>
/// Approval link tokens: <c>base64url(payload) "." base64url(HMAC-SHA256(key, payload))</c>, the payload being the
/// case id, step key, approver, expiry (Unix seconds), nonce and key id. The key is picked by key id; the MAC is
/// compared in constant time. The nonce is derived (HMAC) from case, step and approver, so the same approver gets the
/// same link for a step however often it is mailed (retries, reminders): one decision per approver and step.
/// </summary>
public sealed class ApprovalTokens(IOptions<ApprovalOptions> options)
{
    private const string Version = "cpa1";

    public string Create(string caseId, string stepKey, string approver, DateTimeOffset expiresAt)
    {
        var o = options.Value;
        var keyId = o.CurrentKeyId ?? throw new InvalidOperationException("Approvals:CurrentKeyId is not set.");
        var key = Key(keyId) ?? throw new InvalidOperationException($"Approvals:SigningKeys:{keyId} is missing or shorter than 32 bytes.");
        approver = approver.Trim().ToLowerInvariant();
        var nonce = Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"nonce\n{caseId}\n{stepKey}\n{approver}")).AsSpan(0, 16));
        var payload = string.Join('\n', Version, caseId, stepKey, approver, expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), nonce, keyId);
        var bytes = Encoding.UTF8.GetBytes(payload);
        return Base64Url.EncodeToString(bytes) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, bytes));
    }

    /// <summary>Reads a token whose signature is valid under a configured key; null for anything forged or malformed.
    /// Expiry is the caller's to check (it says "expired", not "invalid").</summary>
    public ApprovalToken? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return null;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Base64Url.IsValid(token.AsSpan(0, dot)) || !Base64Url.IsValid(token.AsSpan(dot + 1)))
        {
            return null;
        }

        var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
        var mac = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 7 || parts[0] != Version || Key(parts[6]) is not { } key)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), mac))
        {
            return null;
        }

        return long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            ? new ApprovalToken(parts[1], parts[2], parts[3], DateTimeOffset.FromUnixTimeSeconds(expires), parts[5], parts[6])
            : null;
    }

    public Uri Link(string token, string? decision = null)
    {
        var baseUrl = options.Value.PublicBaseUrl ?? throw new InvalidOperationException("Approvals:PublicBaseUrl is not set.");
        var path = baseUrl.AbsoluteUri.TrimEnd('/') + "/api/approvals/" + token;
        return new Uri(decision is null ? path : path + "?decision=" + decision);
    }

    private byte[]? Key(string keyId) =>
        ApprovalOptions.KeyBytes(options.Value.KeyFor(keyId));
}
