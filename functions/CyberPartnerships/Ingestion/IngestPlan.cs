using Azure.Data.Tables;

namespace CyberPartnerships.Ingestion;

/// <summary>
/// One entity-group transaction the ingestion writer sends: the table, its actions (one partition, at most 100, under
/// 2 MB), and for object inserts the positions of the objects in the source's list (their outcomes) and the blobs
/// their oversized JSON goes to, uploaded before the transaction is sent.
/// </summary>
public sealed record PlannedTransaction(string Table, IReadOnlyList<TableTransactionAction> Actions)
{
    /// <summary>For an insert of objects: the position of each action's object in the source's list; null for upserts.</summary>
    public IReadOnlyList<int>? Positions { get; init; }

    /// <summary>Blob name and content of each object JSON too large for its entity (<see cref="PayloadStore.InlineLimit"/>).</summary>
    public IReadOnlyList<(string Blob, string Content)> Blobs { get; init; } = [];
}

/// <summary>Orders a source's transactions so that the ones in flight together fall on different partitions.</summary>
public static class IngestPlan
{
    /// <summary>Round robin over the (table, partition) groups: the first transaction of each, then the second of each…
    /// Several transactions at once on one partition would wait on that partition's rate (about 2,000 entities/s on
    /// Azure) while others sit idle.</summary>
    public static List<PlannedTransaction> Spread(IEnumerable<PlannedTransaction> transactions)
    {
        var groups = transactions.GroupBy(t => (t.Table, t.Actions[0].Entity.PartitionKey)).Select(g => g.ToList()).ToList();
        var total = groups.Sum(g => g.Count);
        var spread = new List<PlannedTransaction>(total);
        for (var round = 0; spread.Count < total; round++)
        {
            foreach (var group in groups)
            {
                if (round < group.Count)
                {
                    spread.Add(group[round]);
                }
            }
        }

        return spread;
    }

    /// <summary>Upserts in transactions of one partition each, for <paramref name="table"/>.</summary>
    public static IEnumerable<PlannedTransaction> Upserts(string table, IEnumerable<TableEntity> entities) =>
        TableBatches.Chunk(entities, e => e).Select(chunk => new PlannedTransaction(table, chunk.ConvertAll(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e))));

    /// <summary>The entities all <paramref name="transactions"/> write.</summary>
    public static int Entities(IEnumerable<PlannedTransaction> transactions) => transactions.Sum(t => t.Actions.Count);
}
