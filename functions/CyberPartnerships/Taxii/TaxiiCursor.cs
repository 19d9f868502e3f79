using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CyberPartnerships.Configuration;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Taxii;

/// <summary>Where a listing continues: after <see cref="After"/> (an index row key), up to <see cref="Horizon"/> (the
/// date added the first page stopped at, in ticks), for one partner, collection and query.</summary>
public sealed record TaxiiPosition(string PartnerId, string CollectionId, string Query, string After, long Horizon);

/// <summary>
/// <c>next</c> tokens: the position, signed with HMAC-SHA256 under <see cref="TaxiiOptions.CursorKey"/>, base64url.
/// A token is bound to the partner, collection and query it was issued for; anything altered, or issued for another,
/// does not verify. A position names a row, not an offset, so shares added between pages move nothing.
/// </summary>
public sealed class TaxiiCursor(IOptions<TaxiiOptions> options)
{
    private readonly byte[] _key = KeyMaterial.TryDecode(options.Value.CursorKey, 32, out var key) == KeyProblem.None
        ? key
        : RandomNumberGenerator.GetBytes(32);

    public string Issue(TaxiiPosition position)
    {
        var text = string.Join('\n', position.PartnerId, position.CollectionId, position.Query, position.After, position.Horizon.ToString(CultureInfo.InvariantCulture));
        var payload = Encoding.UTF8.GetBytes(text);
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>The position of a token issued for this partner, collection and query; null for anything else.</summary>
    public TaxiiPosition? Read(string token, string partnerId, string collectionId, string query)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || token.Length > 4096)
        {
            return null;
        }

        byte[] payload, signature;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(_key, payload)))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(payload).Split('\n');
        if (parts.Length != 5 || parts[0] != partnerId || parts[1] != collectionId || parts[2] != query
            || !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var horizon))
        {
            return null;
        }

        return new TaxiiPosition(parts[0], parts[1], parts[2], parts[3], horizon);
    }
}
