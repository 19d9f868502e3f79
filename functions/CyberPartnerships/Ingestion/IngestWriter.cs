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
/// Writes are grouped by partition into entity-group transactions of up to 100 and sent several at a time, spread
/// over the partitions (<see cref="IngestPlan"/>).
/// </summary>
/// <remarks>When the graph is registered (<c>AddGraph()</c>), each source's nodes and edges are written alongside.</remarks>
public sealed class IngestWriter(TableServiceClient tables, PayloadStore payloads, IOptions<IngestOptions> options, Graph.GraphWriter? graph = null)
{
    public const string ObjectsTable = "StixObjects";
    public const string IndicatorsTable = "Indicators";

    private readonly TableClient _objects = tables.GetTableClient(ObjectsTable);
    private readonly CreateOnce _created = CreateOnce.Tables(tables, ObjectsTable, IndicatorsTable);
    private readonly ConcurrentDictionary<string, TableClient> _clients = new(StringComparer.Ordinal);

    private int Parallelism => Math.Max(1, options.Value.WriteParallelism);

    public Task EnsureTablesAsync(CancellationToken cancellationToken = default) => _created.EnsureAsync(cancellationToken);

    /// <summary>Stores the objects (deduplicated on id and modified, within the source's partner), the indicator
    /// mentions of one source and, when the graph is on, its graph rows: one stream of transactions,
    /// <see cref="IngestOptions.WriteParallelism"/> in flight, spread over the partitions. The objects go first; the
    /// indicator and graph rows are worked out on another thread meanwhile and follow without a pause. Nothing here
    /// is the commit: the caller's record (the <c>Submissions</c> row, a feed's checkpoint) is written after this
    /// returns, so a source that failed half-way is not answered and its retry writes the same rows again.</summary>
    /// <returns>One outcome per object: stored, or duplicate with the partner's own source that stored it first.</returns>
    public async Task<IReadOnlyList<ObjectOutcome>> WriteAsync(
        IngestSource source, IReadOnlyList<IngestObject> objects, IReadOnlyList<IndicatorMention> mentions, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        if (graph is { Enabled: true })
        {
            await graph.EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        }

        var outcomes = new ObjectOutcome?[objects.Count];
        var inserts = new ObjectInserts(source, objects, outcomes);
        var others = Task.Run(() => OtherTransactions(source, objects, mentions), cancellationToken);
        _ = others.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        await Parallel.ForEachAsync(
            InOrderAsync(inserts, others),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            (transaction, ct) => SendAsync(source, transaction, objects, outcomes, ct)).ConfigureAwait(false);
        return outcomes.Select(o => o ?? throw new InvalidOperationException("An object was left without an outcome.")).ToList();
    }

    /// <summary>The very transactions <see cref="WriteAsync"/> sends for a source, in its order (the benchmark's raw
    /// ceiling submits them and nothing else). Oversized JSON is named in <see cref="PlannedTransaction.Blobs"/>, not uploaded.</summary>
    public IReadOnlyList<PlannedTransaction> Plan(IngestSource source, IReadOnlyList<IngestObject> objects, IReadOnlyList<IndicatorMention> mentions)
    {
        var inserts = new ObjectInserts(source, objects, new ObjectOutcome?[objects.Count]);
        return [.. inserts.Chunks.Select(inserts.Build), .. OtherTransactions(source, objects, mentions)];
    }

    /// <summary>The entity of a STIX object; a JSON body over the inline limit goes to the <c>payloads</c> container first.</summary>
    public async Task<TableEntity> ObjectEntityAsync(IngestSource source, IngestObject obj, CancellationToken cancellationToken = default)
    {
        var (entity, blob) = ObjectEntity(source, obj, ObjectRow(obj, source.PartnerId));
        if (blob is { } b)
        {
            await payloads.PutAsync(b.Blob, b.Content, cancellationToken).ConfigureAwait(false);
        }

        return entity;
    }

    internal static (TableEntity Entity, (string Blob, string Content)? Blob) ObjectEntity(IngestSource source, IngestObject obj, string row)
    {
        var entity = new TableEntity(ObjectPartition(obj.StixId), row)
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
        if (obj.Json.Length <= PayloadStore.InlineLimit)
        {
            entity["Json"] = obj.Json;
            return (entity, null);
        }

        // The source is in the blob name: a partner sending a copy of an object another partner stored first must not
        // overwrite the first one's JSON (the row, inserted once, keeps naming the first blob).
        var blobName = $"objects/{obj.StixId}/{(obj.Modified.Length == 0 ? "observable" : obj.Modified)}/{source.SourceId}.json";
        PayloadStore.Place(entity, "Json", obj.Json, blobName);
        return (entity, (blobName, obj.Json));
    }

    /// <summary>The indicator rows and the graph rows of a source, spread over their partitions.</summary>
    private List<PlannedTransaction> OtherTransactions(IngestSource source, IReadOnlyList<IngestObject> objects, IReadOnlyList<IndicatorMention> mentions)
    {
        var all = new List<IndicatorMention>(objects.Count * 2 + mentions.Count);
        foreach (var obj in objects)
        {
            foreach (var key in obj.Indicators)
            {
                all.Add(new IndicatorMention(key, obj.Tlp, obj.StixId));
            }
        }

        all.AddRange(mentions);
        var indicators = TableBatches.Chunk(IndicatorActions(source, all), a => a.Entity).Select(chunk => new PlannedTransaction(IndicatorsTable, chunk));
        return IngestPlan.Spread([.. indicators, .. graph?.Transactions(source, objects, mentions) ?? []]);
    }

    /// <summary>The object inserts, each built as it is taken, then the other rows once they are worked out.</summary>
    private static async IAsyncEnumerable<PlannedTransaction> InOrderAsync(ObjectInserts first, Task<List<PlannedTransaction>> then)
    {
        foreach (var chunk in first.Chunks)
        {
            yield return first.Build(chunk);
        }

        foreach (var transaction in await then.ConfigureAwait(false))
        {
            yield return transaction;
        }
    }

    private async ValueTask SendAsync(IngestSource source, PlannedTransaction transaction, IReadOnlyList<IngestObject> objects, ObjectOutcome?[] outcomes, CancellationToken cancellationToken)
    {
        if (transaction.Positions is not { } positions)
        {
            await Client(transaction.Table).SubmitTransactionAsync(transaction.Actions, cancellationToken).ConfigureAwait(false);
            return;
        }

        await Task.WhenAll(transaction.Blobs.Select(b => payloads.PutAsync(b.Blob, b.Content, cancellationToken))).ConfigureAwait(false);
        foreach (var (at, status, existingSource) in await InsertChunkAsync(source, positions, transaction.Actions, cancellationToken).ConfigureAwait(false))
        {
            var obj = objects[at];
            outcomes[at] = Outcome(obj, status, existingSource, obj.StixId) with { AlreadyStored = existingSource == source.SourceId };
        }
    }

    private TableClient Client(string table) => _clients.GetOrAdd(table, tables.GetTableClient);

    /// <summary>One row per indicator this source mentions, with the most restrictive TLP it was mentioned under.</summary>
    public static IEnumerable<TableTransactionAction> IndicatorActions(IngestSource source, IEnumerable<IndicatorMention> mentions)
    {
        foreach (var group in mentions.GroupBy(m => m.Key))
        {
            var key = group.Key;
            var hash = key.Hash;
            var stixIds = group.Select(m => m.StixId).OfType<string>().Distinct(StringComparer.Ordinal).Take(20);
            yield return new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("i" + hash[..1], $"{hash}|s|{source.SourceId}")
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
    private async Task<List<(int Position, ObjectStatus Status, string? ExistingSource)>> InsertChunkAsync(
        IngestSource source, IReadOnlyList<int> positions, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var result = new List<(int, ObjectStatus, string?)>(positions.Count);
        IReadOnlyList<TableTransactionAction> pending = actions;
        IReadOnlyList<int> pendingAt = positions;
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            try
            {
                await _objects.SubmitTransactionAsync(pending, cancellationToken).ConfigureAwait(false);
                foreach (var at in pendingAt)
                {
                    result.Add((at, ObjectStatus.Stored, null));
                }

                return result;
            }
            catch (RequestFailedException ex) when (ex.Status == 409 && attempt < 3)
            {
                var missing = new List<TableTransactionAction>();
                var missingAt = new List<int>();
                for (var i = 0; i < pending.Count; i++)
                {
                    var entity = (TableEntity)pending[i].Entity;
                    var existing = await _objects.GetEntityIfExistsAsync<TableEntity>(entity.PartitionKey, entity.RowKey, ["SourceId"], cancellationToken).ConfigureAwait(false);
                    if (!existing.HasValue)
                    {
                        missing.Add(pending[i]);
                        missingAt.Add(pendingAt[i]);
                        continue;
                    }

                    var by = existing.Value!.GetString("SourceId");
                    result.Add((pendingAt[i], by == source.SourceId ? ObjectStatus.Stored : ObjectStatus.Duplicate, by));
                    if (by != source.SourceId && entity.GetString("JsonBlob") is { } orphan)
                    {
                        await payloads.DeleteIfExistsAsync(orphan, cancellationToken).ConfigureAwait(false);
                    }
                }

                pending = missing;
                pendingAt = missingAt;
            }
        }

        return result;
    }

    internal static ObjectOutcome Outcome(IngestObject obj, ObjectStatus status, string? existingSource, string existingId) => new()
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
