using System.Security.Cryptography;
using System.Text.Json;
using CyberPartnerships.Http;
using CyberPartnerships.Ingestion;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CyberPartnerships.Submissions;

/// <summary>A submission's body, read within the limits and parsed: the JSON, its format and its SHA-256.</summary>
public sealed record SubmissionBody(JsonDocument Document, SubmissionFormat Format, string Sha256) : IDisposable
{
    public void Dispose() => Document.Dispose();

    /// <summary>Checks the content type (415), the size (413) and the JSON (400), in that order; returns the body or the problem.</summary>
    public static async Task<(SubmissionBody? Body, IResult? Problem)> ReadAsync(HttpRequest request, SubmissionOptions options, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType))
        {
            return (null, Problems.UnsupportedMediaType("Send application/stix+json;version=2.1 (a STIX bundle) or application/json (a STIX bundle or a case referral)."));
        }

        var media = mediaType.MediaType.Value?.ToLowerInvariant();
        var version = mediaType.Parameters.FirstOrDefault(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase))?.Value.Value?.Trim('"');
        var stixOnly = media == "application/stix+json";
        if (!(stixOnly && (version is null || version == StixObjectRules.SpecVersion)) && media != "application/json")
        {
            return (null, Problems.UnsupportedMediaType($"Content type '{request.ContentType}' is not accepted: send application/stix+json;version=2.1 or application/json."));
        }

        if (request.ContentLength > options.MaxBodyBytes)
        {
            return (null, TooLarge(options));
        }

        var bytes = await RequestBody.ReadBoundedAsync(request.Body, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return (null, TooLarge(options));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
        }
        catch (JsonException ex)
        {
            var tooDeep = ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase);
            var where = new Dictionary<string, object?> { ["line"] = ex.LineNumber + 1, ["bytePositionInLine"] = ex.BytePositionInLine };
            return (null, tooDeep
                ? Problems.BadRequest($"The JSON is nested deeper than {options.MaxDepth} levels.", "too-deep", where)
                : Problems.BadRequest($"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).", "malformed-json", where));
        }

        if (JsonText.FindUndecodable(bytes, document.RootElement) is { } pointer)
        {
            document.Dispose();
            return (null, Problems.BadRequest(
                $"The string at {(pointer.Length == 0 ? "the root" : pointer)} is not valid text: it escapes a lone UTF-16 surrogate (\\uD800-\\uDFFF without its pair) or holds bytes that are not UTF-8.",
                "invalid-text",
                new Dictionary<string, object?> { ["pointer"] = pointer.Length == 0 ? "/" : pointer }));
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return (null, Problems.BadRequest(
                "The body must be a JSON object: a STIX bundle or a case referral.",
                "invalid-submission",
                new Dictionary<string, object?> { ["errors"] = new[] { new Ingestion.InputError(string.Empty, "expected a JSON object") } }));
        }

        var isBundle = document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "bundle";
        var format = stixOnly || isBundle ? SubmissionFormat.Stix : SubmissionFormat.Native;
        return (new SubmissionBody(document, format, Convert.ToHexStringLower(SHA256.HashData(bytes))), null);
    }

    private static IResult TooLarge(SubmissionOptions options) =>
        Problems.PayloadTooLarge($"The body is larger than the maximum of {options.MaxBodyBytes} bytes.");
}
