using Microsoft.AspNetCore.Http;

namespace CyberPartnerships.Partners;

/// <summary>The partner's own profile, as the API shows it: no key material, only key ids and dates.</summary>
public sealed record PartnerProfile(
    string Id,
    string DisplayName,
    PartnerKind Kind,
    Tlp TlpClearance,
    Tlp? UnmarkedTlp,
    PartnerStatus Status,
    IReadOnlyList<string> LegalApprovers,
    IReadOnlyList<string> AlternateApprovers,
    IReadOnlyList<string> Analysts,
    IReadOnlyList<PartnerKeySummary> ApiKeys);

public sealed record PartnerKeySummary(string KeyId, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, bool Current);

/// <summary>HTTP handlers of the partner registry (<c>GET /api/partners/me</c>).</summary>
public sealed class PartnerEndpoints(PartnerAuthenticator authenticator, PartnerRegistry registry, TimeProvider time)
{
    public async Task<IResult> GetMeAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return auth.Failure!;
        }

        var partner = auth.Partner!;
        var now = time.GetUtcNow();
        IReadOnlyList<ApiKeyInfo> keys;
        try
        {
            keys = await registry.ListKeysAsync(partner.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException)
        {
            return Http.Problems.StorageUnavailable();
        }

        return TypedResults.Json(
            new PartnerProfile(
                partner.Id,
                partner.DisplayName,
                partner.Kind,
                partner.TlpClearance,
                partner.UnmarkedTlp,
                partner.Status,
                partner.LegalApprovers,
                partner.AlternateApprovers,
                partner.Analysts,
                keys.Where(k => k.IsLive(now)).Select(k => new PartnerKeySummary(k.KeyId, k.CreatedAt, k.ExpiresAt, k.KeyId == auth.KeyId)).ToList()),
            Json.Options);
    }
}
