using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Storage;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Taxii;

/// <summary>
/// Keeps the TAXII index (<see cref="TaxiiEntry"/>) in step with <c>outbound-shared</c>: the sharing pipeline calls
/// <see cref="IndexAsync"/> for each redacted STIX bundle it writes for a partner, and <see cref="RemoveAsync"/> for
/// each copy it withdraws. An object version keeps the date it was first added (a redelivered or re-uploaded
/// document adds nothing new); objects a re-upload no longer holds leave the index.
/// </summary>
public sealed partial class TaxiiIndex(TableServiceClient tables, TimeProvider time, ILogger<TaxiiIndex> logger)
{
    private const int BatchSize = 100;
    private const int BatchChars = 1_500_000;
    private readonly TableClient _table = tables.GetTableClient(TaxiiEntry.Table);
    private readonly CreateOnce _ready = CreateOnce.Tables(tables, TaxiiEntry.Table);

    /// <summary>Indexes the objects of <paramref name="bundle"/> shared with the partner at <paramref name="tlp"/>.
    /// Returns the object versions added.</summary>
    public async Task<int> IndexAsync(string partnerId, string caseId, string file, Tlp tlp, ReadOnlyMemory<byte> bundle, CancellationToken cancellationToken = default)
    {
        if (tlp == Tlp.Red)
        {
            // TLP:RED never leaves the partnership's own storage: there is no collection to serve it from.
            return 0;
        }

        await _ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var collection = TaxiiCollections.For(tlp);
        var document = $"{caseId}~{file}";
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData([.. bundle.Span, .. Encoding.UTF8.GetBytes("|" + tlp.ToLabel())]));
        var docs = TaxiiEntry.DocsPartition(partnerId);
        var previous = await _table.GetEntityIfExistsAsync<TableEntity>(docs, document, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (previous.HasValue && previous.Value!.GetString("Fingerprint") == fingerprint)
        {
            return 0;
        }

        var objects = ReadObjects(bundle, tlp, out var withheld);
        if (previous.HasValue && TaxiiCollections.All.FirstOrDefault(c => c.Alias == previous.Value!.GetString("Collection")) is { } before)
        {
            var keep = before == collection ? objects.Select(o => (o.StixId, o.VersionTicks)).ToHashSet() : [];
            await RemoveRowsAsync(partnerId, before, document, keep, cancellationToken).ConfigureAwait(false);
        }

        var added = 0;
        var objectsPartition = TaxiiEntry.ObjectsPartition(partnerId, collection);
        var idsPartition = TaxiiEntry.IdsPartition(partnerId, collection);
        var byId = objects.GroupBy(o => o.StixId, StringComparer.Ordinal).ToList();
        var single = byId.Where(g => g.Count() == 1).Select(g => g.First()).ToList();
        foreach (var undated in Chunks(single))
        {
            // The common case, a version of an id the partner never had: one transaction claims the ids, one writes rows.
            // Dates are taken per chunk, a microsecond apart in bundle order, so each row commits within moments of
            // its date (see TaxiiOptions.CommitLag) however long the whole document takes.
            var now = Now();
            var chunk = undated.Select((o, i) => o.AddedAt(now + i * 10)).ToList();
            try
            {
                await _table.SubmitTransactionAsync(
                    chunk.Select(o => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(idsPartition, o.StixId) { ["Versions"] = o.RowKey })),
                    cancellationToken).ConfigureAwait(false);
                await _table.SubmitTransactionAsync(
                    chunk.Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace, o.ToEntity(objectsPartition, document))),
                    cancellationToken).ConfigureAwait(false);
                added += chunk.Count;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                foreach (var entry in chunk)
                {
                    added += await AddVersionAsync(idsPartition, objectsPartition, document, entry, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                }
            }
        }

        foreach (var entry in byId.Where(g => g.Count() > 1).SelectMany(g => g))
        {
            added += await AddVersionAsync(idsPartition, objectsPartition, document, entry, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        await _table.UpsertEntityAsync(
            new TableEntity(docs, document) { ["Fingerprint"] = fingerprint, ["Collection"] = collection.Alias, ["Objects"] = objects.Count },
            TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        LogIndexed(logger, partnerId, caseId, file, collection.Alias, objects.Count, added, withheld);
        return added;
    }

    /// <summary>Takes the objects of a withdrawn copy out of the partner's collections.</summary>
    public async Task RemoveAsync(string partnerId, string caseId, string file, CancellationToken cancellationToken = default)
    {
        await _ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var document = $"{caseId}~{file}";
        var docs = TaxiiEntry.DocsPartition(partnerId);
        var previous = await _table.GetEntityIfExistsAsync<TableEntity>(docs, document, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!previous.HasValue)
        {
            return;
        }

        if (TaxiiCollections.All.FirstOrDefault(c => c.Alias == previous.Value!.GetString("Collection")) is { } collection)
        {
            await RemoveRowsAsync(partnerId, collection, document, [], cancellationToken).ConfigureAwait(false);
        }

        await _table.DeleteEntityAsync(docs, document, ETag.All, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Now, to the microsecond (the precision the dates are served with).</summary>
    private long Now() => time.GetUtcNow().UtcTicks / 10 * 10;

    /// <summary>The bundle's objects, not yet dated. An object whose own TLP marking is more restrictive than the
    /// document's (a TLP:RED object inside an AMBER bundle) is withheld: TAXII serves objects one by one, and each
    /// goes no further than its own marking allows.</summary>
    internal static List<TaxiiEntry> ReadObjects(ReadOnlyMemory<byte> bundle, Tlp tlp, out int withheld)
    {
        withheld = 0;
        using var json = JsonDocument.Parse(bundle);
        if (!json.RootElement.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var entries = new List<TaxiiEntry>();
        foreach (var o in objects.EnumerateArray())
        {
            if (o.ValueKind != JsonValueKind.Object || Text(o, "id") is not { } id || Text(o, "type") is not { } type || !id.StartsWith(type + "--", StringComparison.Ordinal))
            {
                continue;
            }

            if (MarkedAbove(o, tlp))
            {
                withheld++;
                continue;
            }

            var version = Text(o, "modified") ?? Text(o, "created");
            var versionTicks = StixPatterns.TryParseTimestamp(version, out var at) ? at.UtcTicks : 0;
            var raw = o.GetRawText();
            if (raw.Length > TaxiiEntry.PartChars * TaxiiEntry.MaxParts)
            {
                continue;
            }

            entries.Add(new TaxiiEntry(string.Empty, id, type, versionTicks == 0 ? string.Empty : version!, versionTicks, Text(o, "spec_version") ?? "2.1", 0, true, true, raw));
        }

        // One row per (id, version): a bundle that repeats one keeps its last copy.
        return entries.GroupBy(e => (e.StixId, e.VersionTicks)).Select(g => g.Last()).ToList();
    }

    private static bool MarkedAbove(JsonElement o, Tlp tlp) =>
        o.TryGetProperty("object_marking_refs", out var refs) && refs.ValueKind == JsonValueKind.Array
        && refs.EnumerateArray().Any(r => r.ValueKind == JsonValueKind.String && StixMarkings.TryGetTlp(r.GetString(), out var marked) && marked > tlp);

    private static string? Text(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<List<TaxiiEntry>> Chunks(IEnumerable<TaxiiEntry> entries)
    {
        var chunk = new List<TaxiiEntry>();
        var chars = 0;
        foreach (var entry in entries)
        {
            if (chunk.Count == BatchSize || (chunk.Count > 0 && chars + entry.Json.Length > BatchChars))
            {
                yield return chunk;
                chunk = [];
                chars = 0;
            }

            chunk.Add(entry);
            chars += entry.Json.Length;
        }

        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "TAXII index for {PartnerId}: {CaseId}/{File} in {Collection}, {Objects} object(s), {Added} version(s) new, {Withheld} withheld (marked above the document's TLP)")]
    private static partial void LogIndexed(ILogger logger, string partnerId, string caseId, string file, string collection, int objects, int added, int withheld);
}
