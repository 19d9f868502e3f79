using CyberPartnerships.Http;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using Microsoft.AspNetCore.Http;

namespace CyberPartnerships.Indicators;

/// <summary><c>GET /api/indicators/{type}/{value}</c>: the indicator, who reported it, and where it appears.</summary>
public sealed class IndicatorEndpoints(PartnerAuthenticator authenticator, IndicatorStore store)
{
    public async Task<IResult> GetAsync(HttpRequest request, string type, string value, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return auth.Failure!;
        }

        // A URL value arrives percent-encoded in one path segment; an encoded slash may survive routing.
        var decoded = value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        if (!IndicatorKey.TryCreate(type, decoded, out var key, out var error))
        {
            return Problems.BadRequest(error, "invalid-indicator");
        }

        IndicatorView? view;
        try
        {
            view = await store.GetAsync(key, auth.Partner!.Id, auth.Partner.TlpClearance, cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException)
        {
            return Problems.StorageUnavailable();
        }

        return view is null
            ? Problems.NotFound($"No indicator {key} visible to this partner.")
            : TypedResults.Json(view, Json.Options);
    }
}
