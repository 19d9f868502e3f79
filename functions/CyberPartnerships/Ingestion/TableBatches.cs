using Azure.Data.Tables;

namespace CyberPartnerships.Ingestion;

/// <summary>Groups entities into entity-group transactions: one partition, at most 100 actions and under 2 MB each.</summary>
public static class TableBatches
{
    public const int MaxActions = 100;

    /// <summary>An estimate (UTF-16, so about twice an ASCII payload) under 2 MB: Table Storage takes 4 MiB per
    /// transaction, Azure Cosmos DB for Table 2 MB, and the same code serves both.</summary>
    public const int MaxBytes = 1_900_000;

    public static IEnumerable<List<T>> Chunk<T>(IEnumerable<T> items, Func<T, ITableEntity> entityOf)
    {
        foreach (var partition in items.GroupBy(i => entityOf(i).PartitionKey, StringComparer.Ordinal))
        {
            var chunk = new List<T>();
            var bytes = 0;
            foreach (var item in partition)
            {
                var size = EstimateBytes(entityOf(item));
                if (chunk.Count == MaxActions || (chunk.Count > 0 && bytes + size > MaxBytes))
                {
                    yield return chunk;
                    chunk = [];
                    bytes = 0;
                }

                chunk.Add(item);
                bytes += size;
            }

            if (chunk.Count > 0)
            {
                yield return chunk;
            }
        }
    }

    /// <summary>Submits upserts in transactions, <paramref name="parallelism"/> at a time. Idempotent: a retry rewrites the same rows.</summary>
    public static Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, int parallelism, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            Chunk(actions, a => a.Entity),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) => await table.SubmitTransactionAsync(chunk, ct).ConfigureAwait(false));

    private static int EstimateBytes(ITableEntity entity) =>
        256 + (entity is TableEntity e ? e.Sum(p => p.Key.Length * 2 + (p.Value is string s ? s.Length * 2 : 16)) : 0);
}
