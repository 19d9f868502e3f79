using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CyberPartnerships.Http;

/// <summary>RFC 9457 problem details for every error the partner API returns.</summary>
public static class Problems
{
    public const string TypeBase = "https://cyberpartnerships.example/problems/";

    public static ProblemHttpResult Create(int status, string title, string detail, string type, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeBase + type, extensions: extensions);

    public static ProblemHttpResult Unauthorized(string detail) =>
        Create(StatusCodes.Status401Unauthorized, "Unauthorized", detail, "unauthorized");

    public static ProblemHttpResult Forbidden(string detail) =>
        Create(StatusCodes.Status403Forbidden, "Forbidden", detail, "forbidden");

    public static ProblemHttpResult NotFound(string detail) =>
        Create(StatusCodes.Status404NotFound, "Not found", detail, "not-found");

    public static ProblemHttpResult BadRequest(string detail, string type = "bad-request", IDictionary<string, object?>? extensions = null) =>
        Create(StatusCodes.Status400BadRequest, "Bad request", detail, type, extensions);

    public static ProblemHttpResult Conflict(string detail) =>
        Create(StatusCodes.Status409Conflict, "Conflict", detail, "conflict");

    public static ProblemHttpResult PayloadTooLarge(string detail) =>
        Create(StatusCodes.Status413PayloadTooLarge, "Payload too large", detail, "payload-too-large");

    public static ProblemHttpResult UnsupportedMediaType(string detail) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail, "unsupported-media-type");

    /// <summary>A storage fault nothing closer handled: reads are safe to repeat, and so is every write of the API.</summary>
    public static ProblemHttpResult StorageUnavailable() =>
        Unavailable("Storage is not reachable right now; send the same request again in a moment.");

    public static ProblemHttpResult Unavailable(string detail) =>
        Create(StatusCodes.Status503ServiceUnavailable, "Service unavailable", detail, "unavailable");
}
