using System.Security.Cryptography;
using System.Text.Json;
using CyberPartnerships.Http;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using CyberPartnerships.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CyberPartnerships.Taxii;

/// <summary>
/// TAXII 2.1 Add Objects (5.5) on the inbox collection (<see cref="TaxiiCollections.InboxId"/>) and Get Status
/// (4.3). The envelope's objects are a submission: the same limits (<see cref="SubmissionOptions"/>), the same
/// validation and per-object outcomes (<see cref="SubmissionIngestor"/>) and the same deterministic id as
/// <c>POST /api/submissions</c>, so posting the same envelope again stores nothing twice and answers the same status.
/// Objects are processed before the answer: the status is <c>complete</c> at once.
/// </summary>
public sealed class TaxiiInbox(TaxiiGate gate, SubmissionIngestor ingestor, SubmissionStore store, IOptions<SubmissionOptions> options)
{
    public Task<IResult> AddObjectsAsync(HttpRequest request, string collectionId, CancellationToken cancellationToken = default) =>
        gate.RunAsync(request, async (partner, ct) =>
        {
            if (!TaxiiCollections.IsInbox(collectionId))
            {
                return TaxiiCollections.Visible(collectionId, partner.TlpClearance) is null
                    ? TaxiiResponses.NotFound("There is no such collection.")
                    : TaxiiResponses.Error(StatusCodes.Status403Forbidden, "Forbidden", $"This collection is read-only; POST to collection {TaxiiCollections.InboxId}.");
            }

            if (!IsTaxiiContent(request.ContentType))
            {
                return TaxiiResponses.Error(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"Send an envelope as {TaxiiResponses.MediaType}.");
            }

            var limit = options.Value.MaxBodyBytes;
            var bytes = request.ContentLength > limit ? null : await RequestBody.ReadBoundedAsync(request.Body, limit, ct).ConfigureAwait(false);
            if (bytes is null)
            {
                return TaxiiResponses.Error(StatusCodes.Status413RequestEntityTooLarge, "Payload too large", $"The envelope is larger than max_content_length ({limit} bytes).");
            }

            using var envelope = Parse(bytes, out var error);
            if (envelope is null)
            {
                return TaxiiResponses.BadRequest(error);
            }

            if (!envelope.RootElement.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array || objects.GetArrayLength() == 0)
            {
                return TaxiiResponses.Error(StatusCodes.Status422UnprocessableEntity, "Unprocessable entity", "The envelope must have an 'objects' array with at least one STIX 2.1 object.");
            }

            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var submissionId = SubmissionEndpoints.SubmissionId(partner.Id, "taxii:" + sha);
            var record = (await store.GetWithHashAsync(partner.Id, submissionId, ct).ConfigureAwait(false))?.Record;
            if (record is null)
            {
                using var body = new SubmissionBody(AsBundle(objects, sha), SubmissionFormat.Stix, sha);
                var (stored, errors, detail) = await ingestor.IngestAsync(partner.Id, submissionId, body, partner.UnmarkedTlp, ct).ConfigureAwait(false);
                if (stored is null)
                {
                    var reasons = string.Join("; ", errors.Take(5).Select(e => $"{e.Pointer}: {e.Detail}"));
                    return TaxiiResponses.Error(StatusCodes.Status422UnprocessableEntity, "Unprocessable entity", $"{detail} {reasons}".Trim());
                }

                record = stored;
            }

            return TypedResults.Json(Status(record, objects), TaxiiResponses.Options, TaxiiResponses.MediaType, StatusCodes.Status202Accepted);
        }, cancellationToken);

    /// <summary>Get Status: the counts of a submission this partner made over TAXII (or through the API: the id is its submission id).</summary>
    public Task<IResult> StatusAsync(HttpRequest request, string statusId, CancellationToken cancellationToken = default) =>
        gate.RunAsync(request, async (partner, ct) =>
        {
            var record = statusId.Length <= 64 && statusId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                ? await store.GetAsync(partner.Id, statusId, ct).ConfigureAwait(false)
                : null;
            return record is null
                ? TaxiiResponses.NotFound($"There is no status {statusId} of yours.")
                : TaxiiResponses.Resource(Status(record, objects: null));
        }, cancellationToken);

    private static bool IsTaxiiContent(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !string.Equals(media.MediaType.Value, "application/taxii+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var version = media.Parameters.FirstOrDefault(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase))?.Value.Value?.Trim('"');
        return version is null or "2.1";
    }

    private JsonDocument? Parse(byte[] bytes, out string error)
    {
        error = string.Empty;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = options.Value.MaxDepth });
        }
        catch (JsonException ex)
        {
            error = $"The body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}), or nested deeper than {options.Value.MaxDepth} levels.";
            return null;
        }

        if (JsonText.FindUndecodable(bytes, document.RootElement) is { } pointer)
        {
            error = $"The string at {(pointer.Length == 0 ? "the root" : pointer)} is not valid text.";
        }
        else if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            error = "The body must be a TAXII envelope (a JSON object).";
        }

        if (error.Length == 0)
        {
            return document;
        }

        document.Dispose();
        return null;
    }

    /// <summary>The envelope's objects as a STIX bundle, its id derived from the envelope's bytes.</summary>
    private static JsonDocument AsBundle(JsonElement objects, string sha)
    {
        var id = new Guid(Convert.FromHexString(sha[..32])).ToString();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "bundle");
            writer.WriteString("id", $"bundle--{id}");
            writer.WritePropertyName("objects");
            objects.WriteTo(writer);
            writer.WriteEndObject();
        }

        return JsonDocument.Parse(buffer.ToArray());
    }

    /// <summary>A status resource: duplicates count as successes (the server holds them); with the envelope at hand,
    /// each object's id and version.</summary>
    private static object Status(SubmissionRecord record, JsonElement? objects)
    {
        var failures = record.Objects.Where(o => o.Status == ObjectStatus.Rejected).ToList();
        var successes = record.Objects.Where(o => o.Status != ObjectStatus.Rejected).ToList();
        string Version(ObjectOutcome o) =>
            objects is { } all && o.Index < all.GetArrayLength() && all[o.Index] is { ValueKind: JsonValueKind.Object } obj
                ? (obj.TryGetProperty("modified", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : obj.TryGetProperty("created", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null)
                    ?? TaxiiEntry.FormatTimestamp(record.ReceivedAt.UtcTicks)
                : TaxiiEntry.FormatTimestamp(record.ReceivedAt.UtcTicks);
        return new
        {
            id = record.Id,
            status = "complete",
            request_timestamp = TaxiiEntry.FormatTimestamp(record.ReceivedAt.UtcTicks),
            total_count = record.Objects.Count,
            success_count = successes.Count,
            successes = objects is null ? null : successes.Select(o => new { id = o.Id ?? string.Empty, version = Version(o) }).ToList(),
            failure_count = failures.Count,
            failures = objects is null ? null : failures.Select(o => new { id = o.Id ?? string.Empty, version = Version(o), message = $"{o.Pointer}: {o.Reason}" }).ToList(),
            pending_count = 0,
        };
    }
}
