using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using CyberPartnerships.Storage;

namespace CyberPartnerships.Ingestion;

/// <summary>
/// Stores checked STIX objects once and records which partner mentioned which indicator.
/// <list type="bullet">
/// <item><c>StixObjects</c>: PartitionKey = <c>o</c> + the first hex digit of SHA-256(STIX id) (16 partitions;
/// every version of an object lands in the same one), RowKey = <c>{id}|{modified}|{partner id}</c> (<c>{id}|{partner
/// id}</c> for observables): each partner's copy is a row of its own, at the TLP that partner gave it. Inserted, never
/// replaced: a second copy of (id, modified) from the same partner is a duplicate. Deduplication never crosses
/// partners, so an outcome cannot tell one partner whether another reported an object (observables' ids are derived
/// from their values: any partner could otherwise probe for any IP, domain or hash), nor name another's source.</item>
/// <item><c>Indicators</c>: PartitionKey = <c>i</c> + the first hex digit of the indicator's hash (16 partitions),
/// RowKey = <c>{hash}|s|{source id}</c>: one row per submission or feed page that mentioned the indicator (the
/// partner's sightings are these rows, grouped by partner). Upserts, so a retry writes the same rows.</item>
/// </list>
/// Writes are grouped by partition into entity-group transactions of up to 100 and sent several at a time.
/// </summary>
/// <remarks>When the graph is registered (<c>AddGraph()</c>), each source's nodes and edges are written alongside.</remarks>
public sealed class IngestWriter(TableServiceClient tables, PayloadStore payloads, IOptions<IngestOptions> options, Graph.GraphWriter? graph = null)
{
    public const string ObjectsTable = "StixObjects";
    public const string IndicatorsTable = "Indicators";

    private readonly TableClient _objects = tables.GetTableClient(ObjectsTable);
    private readonly TableClient _indicators = tables.GetTableClient(IndicatorsTable);
    private readonly CreateOnce _created = CreateOnce.Tables(tables, ObjectsTable, IndicatorsTable);

    private int Parallelism => Math.Max(1, options.Value.WriteParallelism);

    public Task EnsureTablesAsync(CancellationToken cancellationToken = default) => _created.EnsureAsync(cancellationToken);

    /// <summary>Stores the objects (deduplicated on id and modified, within the source's partner) and the indicator
    /// mentions of one source.</summary>
    /// <returns>One outcome per object: stored, or duplicate with the partner's own source that stored it first.</returns>
    public async Task<IReadOnlyList<ObjectOutcome>> WriteAsync(
        IngestSource source, IReadOnlyList<IngestObject> objects, IReadOnlyList<IndicatorMention> mentions, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var graphWrite = graph is null ? Task.CompletedTask : Task.Run(() => graph.WriteAsync(source, objects, mentions, cancellationToken), cancellationToken);
        var outcomes = new ConcurrentDictionary<int, ObjectOutcome>();
        var unique = new Dictionary<string, IngestObject>(StringComparer.Ordinal);
        foreach (var obj in objects)
        {
            var row = ObjectRow(obj, source.PartnerId);
            if (unique.TryGetValue(row, out var first))
            {
                outcomes[obj.Index] = Outcome(obj, ObjectStatus.Duplicate, source.SourceId, first.StixId);
            }
            else
            {
                unique[row] = obj;
            }
        }

        var entities = new ConcurrentDictionary<int, TableEntity>();
        await Parallel.ForEachAsync(unique.Values, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (obj, ct) =>
            entities[obj.Index] = await ObjectEntityAsync(source, obj, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var byIndex = unique.Values.ToDictionary(o => o.Index);
        await Parallel.ForEachAsync(
            TableBatches.Chunk(entities.OrderBy(e => e.Key).Select(e => (Index: e.Key, Entity: e.Value)), e => e.Entity),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                foreach (var (index, status, existingSource) in await InsertChunkAsync(source, chunk, ct).ConfigureAwait(false))
                {
                    outcomes[index] = Outcome(byIndex[index], status, existingSource, byIndex[index].StixId) with { AlreadyStored = existingSource == source.SourceId };
                }
            }).ConfigureAwait(false);

        var allMentions = objects.SelectMany(o => o.Indicators.Select(k => new IndicatorMention(k, o.Tlp, o.StixId))).Concat(mentions);
        await Task.WhenAll(TableBatches.SubmitAsync(_indicators, IndicatorActions(source, allMentions), Parallelism, cancellationToken), graphWrite).ConfigureAwait(false);
        return objects.Select(o => outcomes[o.Index]).ToList();
    }

    /// <summary>The entity of a STIX object; a JSON body over the inline limit goes to the <c>payloads</c> container first.</summary>
    public async Task<TableEntity> ObjectEntityAsync(IngestSource source, IngestObject obj, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(ObjectPartition(obj.StixId), ObjectRow(obj, source.PartnerId))
        {
            ["StixId"] = obj.StixId,
            ["Type"] = obj.Type,
            ["Modified"] = obj.Modified,
            ["Tlp"] = obj.Tlp.ToLabel(),
            ["SourceId"] = source.SourceId,
            ["PartnerId"] = source.PartnerId,
            ["ReceivedAt"] = source.SeenAt,
            ["Opaque"] = obj.Opaque,
        };
        // The source is in the blob name: a partner sending a copy of an object another partner stored first must not
        // overwrite the first one's JSON (the row, inserted once, keeps naming the first blob).
        var version = obj.Modified.Length == 0 ? "observable" : obj.Modified;
        await payloads.SetPropertyAsync(entity, "Json", obj.Json, $"objects/{obj.StixId}/{version}/{source.SourceId}.json", cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <summary>One row per indicator this source mentions, with the most restrictive TLP it was mentioned under.</summary>
    public static IEnumerable<TableTransactionAction> IndicatorActions(IngestSource source, IEnumerable<IndicatorMention> mentions)
    {
        foreach (var group in mentions.GroupBy(m => m.Key))
        {
            var key = group.Key;
            var stixIds = group.Select(m => m.StixId).OfType<string>().Distinct(StringComparer.Ordinal).Take(20);
            yield return new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(IndicatorPartition(key), $"{key.Hash}|s|{source.SourceId}")
            {
                ["Type"] = key.Type,
                ["Value"] = key.Value,
                ["PartnerId"] = source.PartnerId,
                ["SourceId"] = source.SourceId,
                ["SourceKind"] = source.Kind.ToString(),
                ["Tlp"] = group.Max(m => m.Tlp).ToLabel(),
                ["SeenAt"] = source.SeenAt,
                ["StixIds"] = string.Join(',', stixIds),
            });
        }
    }

    public static string ObjectPartition(string stixId) => "o" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(stixId)))[..1];

    /// <summary>An object version's key: <c>{id}|{modified}</c>, or <c>{id}</c> for an observable.</summary>
    public static string ObjectKey(IngestObject obj) => obj.Modified.Length == 0 ? obj.StixId : $"{obj.StixId}|{obj.Modified}";

    /// <summary>The row of one partner's copy of an object version.</summary>
    public static string ObjectRow(IngestObject obj, string partnerId) => $"{ObjectKey(obj)}|{partnerId}";

    public static string IndicatorPartition(IndicatorKey key) => "i" + key.Hash[..1];

    /// <summary>Inserts one chunk in a transaction. When some rows exist already, reads them: rows this source wrote
    /// (an earlier, interrupted attempt) count as stored, others as duplicates; the missing rows are inserted again.</summary>
    private async Task<List<(int Index, ObjectStatus Status, string? ExistingSource)>> InsertChunkAsync(
        IngestSource source, List<(int Index, TableEntity Entity)> chunk, CancellationToken cancellationToken)
    {
        var result = new List<(int, ObjectStatus, string?)>();
        var pending = chunk;
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            try
            {
                await _objects.SubmitTransactionAsync(pending.Select(p => new TableTransactionAction(TableTransactionActionType.Add, p.Entity)), cancellationToken).ConfigureAwait(false);
                result.AddRange(pending.Select(p => (p.Index, ObjectStatus.Stored, (string?)null)));
                return result;
            }
            catch (RequestFailedException ex) when (ex.Status == 409 && attempt < 3)
            {
                var missing = new List<(int, TableEntity)>();
                foreach (var (index, entity) in pending)
                {
                    var existing = await _objects.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, ["SourceId"], cancellationToken).ConfigureAwait(false);
                    if (!existing.HasValue)
                    {
                        missing.Add((index, entity));
                        continue;
                    }

                    var by = existing.Value!.GetString("SourceId");
                    result.Add((index, by == source.SourceId ? ObjectStatus.Stored : ObjectStatus.Duplicate, by));
                    if (by != source.SourceId && entity.GetString("JsonBlob") is { } orphan)
                    {
                        await payloads.DeleteIfExistsAsync(orphan, cancellationToken).ConfigureAwait(false);
                    }
                }

                pending = missing;
            }
        }

        return result;
    }

    private static ObjectOutcome Outcome(IngestObject obj, ObjectStatus status, string? existingSource, string existingId) => new()
    {
        Index = obj.Index,
        Id = obj.StixId,
        Type = obj.Type,
        Status = status,
        ExistingSource = status == ObjectStatus.Duplicate ? existingSource : null,
        ExistingId = status == ObjectStatus.Duplicate ? existingId : null,
        Opaque = obj.Opaque,
        Tlp = obj.Tlp,
        TlpFrom = obj.TlpFrom,
    };
}

/// <summary>Tuning of the ingestion writes. Configuration section <c>Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Entity-group transactions in flight at once.</summary>
    [CyberPartnerships.Configuration.OptionalSetting]
    public int WriteParallelism { get; set; } = 8;
}
