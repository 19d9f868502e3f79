using System.Text.Json;
using System.Text.Json.Serialization;
using CyberPartnerships.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CyberPartnerships.Taxii;

/// <summary>A TAXII 2.1 error message (section 3.6): <c>http_status</c> is a string.</summary>
public sealed record TaxiiError(string Title, string? Description, string HttpStatus);

/// <summary>Media types, content negotiation, credentials and error messages of the TAXII server.</summary>
public static class TaxiiResponses
{
    public const string MediaType = "application/taxii+json;version=2.1";
    public const string StixMediaType = "application/stix+json;version=2.1";
    public const string DateAddedFirst = "X-TAXII-Date-Added-First";
    public const string DateAddedLast = "X-TAXII-Date-Added-Last";
    public const string Realm = "CyberPartnerships TAXII";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonHttpResult<T> Resource<T>(T resource) => TypedResults.Json(resource, Options, MediaType);

    public static JsonHttpResult<TaxiiError> Error(int status, string title, string? description = null) =>
        TypedResults.Json(new TaxiiError(title, description, status.ToString(System.Globalization.CultureInfo.InvariantCulture)), Options, MediaType, status);

    public static JsonHttpResult<TaxiiError> NotFound(string description) => Error(StatusCodes.Status404NotFound, "Not found", description);

    public static JsonHttpResult<TaxiiError> BadRequest(string description) => Error(StatusCodes.Status400BadRequest, "Bad request", description);

    public static JsonHttpResult<TaxiiError> Unavailable() =>
        Error(StatusCodes.Status503ServiceUnavailable, "Service unavailable", "The shared objects are not reachable right now; retry in a moment.");

    /// <summary>Whether the client accepts TAXII 2.1: no <c>Accept</c>, <c>*/*</c>, <c>application/*</c>,
    /// <c>application/taxii+json</c> with no version (the latest) or with <c>version=2.1</c>.</summary>
    public static bool Accepts(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || string.IsNullOrWhiteSpace(accept.ToString()))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return false;
        }

        return types.Any(t =>
        {
            var type = t.MediaType.Value?.ToLowerInvariant();
            var version = t.Parameters.FirstOrDefault(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase))?.Value.Value;
            return t.Quality is not 0 && (type is "*/*" or "application/*" || (type == "application/taxii+json" && (version is null || version == "2.1")));
        });
    }

    /// <summary>The partner key a TAXII client sends: HTTP Basic (the password; the user name is not checked),
    /// <c>Bearer</c>, or the API's own <c>ApiKey</c> / <c>x-api-key</c>.</summary>
    public static string? ReadKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString().Trim();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization[7..].Trim() is { Length: > 0 } token ? token : null;
        }

        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return PartnerAuthenticator.ReadBasicPassword(request);
        }

        return PartnerAuthenticator.ReadKey(request);
    }

    /// <summary>401 (no or a bad key, with the schemes in <c>WWW-Authenticate</c>), 403 (a suspended partner) or 503.</summary>
    public static IResult Refusal(HttpRequest request, PartnerAuthentication auth)
    {
        switch (auth.Reason)
        {
            case "partner-suspended":
                return Error(StatusCodes.Status403Forbidden, "Forbidden", "The partner's access is suspended.");
            case "unavailable":
                return Error(StatusCodes.Status503ServiceUnavailable, "Service unavailable", "Partner authentication is temporarily unavailable; retry later.");
            default:
                request.HttpContext.Response.Headers.WWWAuthenticate = new Microsoft.Extensions.Primitives.StringValues(
                    [$"Basic realm=\"{Realm}\", charset=\"UTF-8\"", $"Bearer realm=\"{Realm}\""]);
                return Error(StatusCodes.Status401Unauthorized, "Unauthorized",
                    auth.Reason is "missing" ? "Send your partner API key as the password of HTTP Basic, or as a bearer token." : "The API key is not valid.");
        }
    }
}
