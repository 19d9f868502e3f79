using System.Buffers;
using System.Text.Json;
using CyberPartnerships.Partners;
using CyberPartnerships.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Taxii;

/// <summary>
/// The TAXII 2.1 server, read-only: discovery (<c>/api/taxii2/</c>), one API root (<c>/api/taxii2/shared/</c>), its
/// collections (one per TLP level the partner's clearance allows; <see cref="TaxiiCollections"/>), and per
/// collection <c>objects/</c>, <c>objects/{id}/</c>, <c>objects/{id}/versions/</c> and <c>manifest/</c>, served from
/// the index the sharing pipeline writes (<see cref="TaxiiIndex"/>). Every request is authenticated with the
/// partner's API key; a partner sees only what was shared with it.
/// </summary>
public sealed class TaxiiEndpoints(
    TaxiiGate gate, TaxiiStore store, TaxiiCursor cursor, IOptions<TaxiiOptions> options, IOptions<SubmissionOptions> submissions, TimeProvider time)
{
    public const string ApiRootName = "shared";


    public Task<IResult> DiscoveryAsync(HttpRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(request, (_, _) =>
        {
            var path = request.PathBase + request.Path;
            var origin = options.Value.PublicBaseUrl?.GetLeftPart(UriPartial.Authority) ?? $"{request.Scheme}://{request.Host}";
            var root = $"{origin}{(path.Value!.EndsWith('/') ? path.Value : path.Value + "/")}{ApiRootName}/";
            return Task.FromResult<IResult>(TaxiiResponses.Resource(new
            {
                title = options.Value.Title,
                description = "Partners pull here what the partnership shared with them.",
                contact = options.Value.Contact,
                @default = root,
                api_roots = new[] { root },
            }));
        }, cancellationToken);

    public Task<IResult> ApiRootAsync(HttpRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(request, (_, _) => Task.FromResult<IResult>(TaxiiResponses.Resource(new
        {
            title = "Shared with you",
            description = "The redacted STIX 2.1 objects shared with your organisation, by TLP.",
            versions = new[] { TaxiiResponses.MediaType },
            max_content_length = submissions.Value.MaxBodyBytes,
        })), cancellationToken);

    public Task<IResult> CollectionsAsync(HttpRequest request, CancellationToken cancellationToken = default) =>
        gate.RunAsync(request, (partner, _) =>
        {
            var visible = TaxiiCollections.All.Where(c => partner.TlpClearance.Allows(c.Tlp)).Select(Describe).Append(DescribeInbox()).ToList();
            return Task.FromResult<IResult>(TaxiiResponses.Resource(new { collections = visible }));
        }, cancellationToken);

    public Task<IResult> CollectionAsync(HttpRequest request, string collectionId, CancellationToken cancellationToken = default) =>
        gate.RunAsync(request, (partner, _) => Task.FromResult(
            TaxiiCollections.IsInbox(collectionId) ? TaxiiResponses.Resource(DescribeInbox())
            : TaxiiCollections.Visible(collectionId, partner.TlpClearance) is { } c ? (IResult)TaxiiResponses.Resource(Describe(c)) : CollectionNotFound()), cancellationToken);

    public Task<IResult> ObjectsAsync(HttpRequest request, string collectionId, CancellationToken cancellationToken = default) =>
        ListingAsync(request, collectionId, manifest: false, cancellationToken);

    public Task<IResult> ManifestAsync(HttpRequest request, string collectionId, CancellationToken cancellationToken = default) =>
        ListingAsync(request, collectionId, manifest: true, cancellationToken);

    public Task<IResult> ObjectAsync(HttpRequest request, string collectionId, string objectId, CancellationToken cancellationToken = default) =>
        OneObjectAsync(request, collectionId, objectId, versionsOnly: false, cancellationToken);

    public Task<IResult> VersionsAsync(HttpRequest request, string collectionId, string objectId, CancellationToken cancellationToken = default) =>
        OneObjectAsync(request, collectionId, objectId, versionsOnly: true, cancellationToken);

    private static object Describe(TaxiiCollection c) => new
    {
        id = c.Id,
        title = c.Title,
        description = c.Description,
        alias = c.Alias,
        can_read = true,
        can_write = false,
        media_types = new[] { TaxiiResponses.StixMediaType },
    };

    private static object DescribeInbox() => new
    {
        id = TaxiiCollections.InboxId,
        title = "Submit to the partnership",
        description = "POST STIX 2.1 objects here: they are a submission, as POST /api/submissions receives it.",
        alias = TaxiiCollections.InboxAlias,
        can_read = false,
        can_write = true,
        media_types = new[] { TaxiiResponses.StixMediaType },
    };

    private static IResult CollectionNotFound() => TaxiiResponses.NotFound("There is no such collection.");

    /// <summary>The inbox is written to, never read (403, as for any collection whose <c>can_read</c> is false).</summary>
    private static IResult NotReadable() => TaxiiResponses.Error(StatusCodes.Status403Forbidden, "Forbidden", "This collection can be written to, not read.");

    /// <summary>What every read of a collection checks first: the inbox is not readable (403), a collection the partner
    /// may not read is as absent as an unknown one (404), and the query must parse (400). Null when the read may go on.</summary>
    private IResult? Open(HttpRequest request, string collectionId, Partner partner, out TaxiiCollection collection, out TaxiiQuery query)
    {
        collection = null!;
        query = null!;
        if (TaxiiCollections.IsInbox(collectionId))
        {
            return NotReadable();
        }

        if (TaxiiCollections.Visible(collectionId, partner.TlpClearance) is not { } visible)
        {
            return CollectionNotFound();
        }

        if (TaxiiQuery.Parse(request.Query, options.Value, out var error) is not { } parsed)
        {
            return TaxiiResponses.BadRequest(error);
        }

        (collection, query) = (visible, parsed);
        return null;
    }

    private Task<IResult> ListingAsync(HttpRequest request, string collectionId, bool manifest, CancellationToken cancellationToken) =>
        gate.RunAsync(request, async (partner, ct) =>
        {
            if (Open(request, collectionId, partner, out var collection, out var query) is { } refused)
            {
                return refused;
            }

            TaxiiPosition? position = null;
            if (query.Next is not null && (position = cursor.Read(query.Next, partner.Id, collection.Id, query.Canonical)) is null)
            {
                return TaxiiResponses.BadRequest("next is not a token this server issued for this collection and these filters; start again without it.");
            }

            var horizon = position?.Horizon ?? (time.GetUtcNow() - options.Value.CommitLag).UtcTicks;
            var after = query.AddedAfter is { } a ? TaxiiEntry.After(a) : string.Empty;
            if (position is not null && string.CompareOrdinal(position.After, after) > 0)
            {
                after = position.After;
            }

            var read = await store.ListAsync(partner.Id, collection, query, after, TaxiiEntry.Before(horizon), query.Limit, ct).ConfigureAwait(false);
            var next = read.More ? cursor.Issue(new TaxiiPosition(partner.Id, collection.Id, query.Canonical, read.LastKey!, horizon)) : null;
            return Page(request, read.Entries, read.More, next, manifest ? "manifest" : "objects");
        }, cancellationToken);

    private Task<IResult> OneObjectAsync(HttpRequest request, string collectionId, string objectId, bool versionsOnly, CancellationToken cancellationToken) =>
        gate.RunAsync(request, async (partner, ct) =>
        {
            if (Open(request, collectionId, partner, out var collection, out var query) is { } refused)
            {
                return refused;
            }

            if (versionsOnly)
            {
                query = query with { Versions = ["all"] };
            }

            var notFound = TaxiiResponses.NotFound($"There is no object {objectId} in this collection.");
            if (!TaxiiQuery.StixId().IsMatch(objectId))
            {
                return notFound;
            }

            var bound = $"{collection.Id}/{objectId}";
            TaxiiPosition? position = null;
            if (query.Next is not null && (position = cursor.Read(query.Next, partner.Id, bound, query.Canonical)) is null)
            {
                return TaxiiResponses.BadRequest("next is not a token this server issued for this object and these filters; start again without it.");
            }

            var versions = await store.VersionsAsync(partner.Id, collection, objectId, ct).ConfigureAwait(false);
            if (versions.Count == 0)
            {
                return notFound;
            }

            var matching = versions
                .Where(e => query.Matches(e) && (query.AddedAfter is not { } a || e.DateAdded > a) && (position is null || string.CompareOrdinal(e.RowKey, position.After) > 0))
                .ToList();
            var page = matching.Take(query.Limit).ToList();
            var more = matching.Count > page.Count;
            var next = more ? cursor.Issue(new TaxiiPosition(partner.Id, bound, query.Canonical, page[^1].RowKey, 0)) : null;
            return Page(request, page, more, next, versionsOnly ? "versions" : "objects");
        }, cancellationToken);

    /// <summary>An envelope (<c>objects</c>), a manifest or a versions list, with the date headers of section 3.5.</summary>
    private static IResult Page(HttpRequest request, IReadOnlyList<TaxiiEntry> entries, bool more, string? next, string kind)
    {
        if (entries.Count > 0)
        {
            request.HttpContext.Response.Headers[TaxiiResponses.DateAddedFirst] = entries[0].DateAddedText;
            request.HttpContext.Response.Headers[TaxiiResponses.DateAddedLast] = entries[^1].DateAddedText;
        }

        var buffer = new ArrayBufferWriter<byte>(4096 + entries.Sum(e => e.Json.Length + 8));
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("more", more);
            if (next is not null)
            {
                writer.WriteString("next", next);
            }

            if (entries.Count > 0)
            {
                writer.WriteStartArray(kind == "versions" ? "versions" : "objects");
                foreach (var e in entries)
                {
                    var version = e.Version.Length > 0 ? e.Version : e.DateAddedText;
                    switch (kind)
                    {
                        case "objects":
                            writer.WriteRawValue(e.Json, skipInputValidation: true);
                            break;
                        case "versions":
                            writer.WriteStringValue(version);
                            break;
                        default:
                            writer.WriteStartObject();
                            writer.WriteString("id", e.StixId);
                            writer.WriteString("date_added", e.DateAddedText);
                            writer.WriteString("version", version);
                            writer.WriteString("media_type", TaxiiResponses.StixMediaType);
                            writer.WriteEndObject();
                            break;
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return TypedResults.Bytes(buffer.WrittenMemory.ToArray(), TaxiiResponses.MediaType);
    }
}
