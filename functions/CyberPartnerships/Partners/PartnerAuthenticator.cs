using Azure;
using CyberPartnerships.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Partners;

/// <summary>The outcome of authenticating a request: the partner, or the 401 problem to return (and why, as logged:
/// <c>missing</c>, <c>unknown</c>, <c>revoked</c>, <c>partner-suspended</c>, <c>unavailable</c>, …).</summary>
public sealed record PartnerAuthentication(Partner? Partner, string? KeyId, IResult? Failure, string? Reason = null)
{
    public bool Succeeded => Partner is not null;
}

/// <summary>
/// Authenticates a partner's request by API key, taken from <c>Authorization: ApiKey &lt;key&gt;</c> or
/// <c>x-api-key</c>. Every partner-facing HTTP handler starts here.
/// </summary>
public sealed partial class PartnerAuthenticator(PartnerRegistry registry, TimeProvider time, ILogger<PartnerAuthenticator> logger)
{
    public const string HeaderName = "x-api-key";
    public const string Scheme = "ApiKey";

    public Task<PartnerAuthentication> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken = default) =>
        AuthenticateKeyAsync(ReadKey(request), cancellationToken);

    /// <summary>
    /// For the reads a browser page makes (the map page, its graph and case requests): the key also as the password of
    /// HTTP Basic (the user name is not checked), which the browser asks for once, on the page's 401, and then sends
    /// with each request of the page, so the key is in no URL and no script. Only for GET and HEAD: a browser also
    /// sends Basic credentials it holds with a form another site posts, so no write ever takes them.
    /// </summary>
    public Task<PartnerAuthentication> AuthenticateBrowserReadAsync(HttpRequest request, CancellationToken cancellationToken = default) =>
        AuthenticateKeyAsync(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? ReadBasicPassword(request) ?? ReadKey(request) : ReadKey(request), cancellationToken);

    /// <summary>Authenticates a key the caller took from the request itself (the TAXII server also reads HTTP Basic
    /// and bearer credentials, as TAXII clients send them).</summary>
    public async Task<PartnerAuthentication> AuthenticateKeyAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (presented is null)
        {
            return Fail(null, "missing", "An API key is required: send 'Authorization: ApiKey <key>' or 'x-api-key: <key>'.");
        }

        if (!ApiKeys.TryGetKeyId(presented, out var keyId))
        {
            return Fail(null, "malformed", "The API key is not valid.");
        }

        (ApiKeyInfo Info, string Hash)? found;
        Partner? partner;
        try
        {
            found = await registry.FindKeyAsync(keyId, cancellationToken).ConfigureAwait(false);
            partner = found is { } key && ApiKeys.Matches(presented, key.Hash) ? await registry.GetAsync(key.Info.PartnerId, cancellationToken).ConfigureAwait(false) : null;
        }
        catch (RequestFailedException ex)
        {
            LogStoreUnavailable(logger, ex, keyId);
            return new PartnerAuthentication(null, keyId, Problems.Unavailable("Partner authentication is temporarily unavailable; retry later."), "unavailable");
        }

        if (found is null || !ApiKeys.Matches(presented, found.Value.Hash))
        {
            return Fail(keyId, "unknown", "The API key is not valid.");
        }

        var info = found.Value.Info;
        if (info.RevokedAt is not null)
        {
            return Fail(keyId, "revoked", "The API key has been revoked.");
        }

        if (info.ExpiresAt is { } expires && expires <= time.GetUtcNow())
        {
            return Fail(keyId, "expired", "The API key has expired.");
        }

        if (partner is null)
        {
            return Fail(keyId, "partner-missing", "The API key is not valid.");
        }

        if (partner.Status != PartnerStatus.Active)
        {
            return Fail(keyId, "partner-suspended", "The partner's access is suspended.");
        }

        return new PartnerAuthentication(partner, keyId, null);
    }

    /// <summary>The key of <c>Authorization: ApiKey &lt;key&gt;</c> or <c>x-api-key</c>, or null.</summary>
    public static string? ReadKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization[(Scheme.Length + 1)..].Trim();
        }

        var header = request.Headers[HeaderName].ToString();
        return string.IsNullOrWhiteSpace(header) ? null : header.Trim();
    }

    /// <summary>The password of <c>Authorization: Basic</c>, or null.</summary>
    public static string? ReadBasicPassword(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString().Trim();
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var pair = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim()));
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            return colon >= 0 && colon < pair.Length - 1 ? pair[(colon + 1)..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private PartnerAuthentication Fail(string? keyId, string reason, string detail)
    {
        // The key itself is never logged: only the (non-secret) key id and the reason.
        LogRefused(logger, reason, keyId ?? "-");
        return new PartnerAuthentication(null, keyId, Problems.Unauthorized(detail), reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "API key authentication refused: {Reason} (key id {KeyId})")]
    private static partial void LogRefused(ILogger logger, string reason, string keyId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Partner store unavailable while authenticating key id {KeyId}")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception, string keyId);
}
