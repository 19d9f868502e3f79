using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CyberPartnerships.Partners;

/// <summary>
/// API key format: <c>cpk_{keyId}_{secret}</c>. The key id (16 hex characters) finds the stored hash with one point
/// read; the secret is 32 random bytes (base64url). Only SHA-256 of the whole key is stored: a 256-bit random secret
/// needs no slow hash, and the comparison is in constant time.
/// </summary>
public static class ApiKeys
{
    public const string Prefix = "cpk_";

    public static (string KeyId, string Key) Generate()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (keyId, $"{Prefix}{keyId}_{secret}");
    }

    /// <summary>Reads the key id out of a presented key without trusting anything else in it.</summary>
    public static bool TryGetKeyId(string? key, out string keyId)
    {
        keyId = string.Empty;
        if (key is null || key.Length != Prefix.Length + 16 + 1 + 43 || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length + 16] != '_')
        {
            return false;
        }

        var id = key.AsSpan(Prefix.Length, 16);
        foreach (var c in id)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        keyId = id.ToString();
        return true;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string presentedKey, string storedHash)
    {
        Span<byte> presented = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey), presented);
        Span<byte> stored = stackalloc byte[32];
        if (storedHash.Length != 64 || Convert.FromHexString(storedHash, stored, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(presented, stored);
    }
}
