using Azure;
using Azure.Data.Tables;

namespace CyberPartnerships.Taxii;

/// <summary>One page read from the index: the entries in order, whether there is more, and where the page ended.</summary>
public sealed record TaxiiRead(IReadOnlyList<TaxiiEntry> Entries, bool More, string? LastKey);

/// <summary>
/// Reads the TAXII index (<see cref="TaxiiEntry"/>): a collection's rows in the order of their row keys (date added,
/// then id), from one key to another, with the request's filters sent to the table; or the versions of one id
/// through its ids row. Never lists blobs.
/// </summary>
public sealed class TaxiiStore(TableServiceClient tables)
{
    private readonly TableClient _table = tables.GetTableClient(TaxiiEntry.Table);

    /// <summary>Up to <paramref name="limit"/> rows of the collection after <paramref name="afterKey"/> and before
    /// <paramref name="beforeKey"/> that pass <paramref name="query"/>.</summary>
    public async Task<TaxiiRead> ListAsync(string partnerId, TaxiiCollection collection, TaxiiQuery query, string afterKey, string beforeKey, int limit, CancellationToken cancellationToken = default)
    {
        var partition = TaxiiEntry.ObjectsPartition(partnerId, collection);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {afterKey} and RowKey lt {beforeKey}");
        if (query.ODataFilter() is { } more)
        {
            filter += " and " + more;
        }

        var entries = new List<TaxiiEntry>(Math.Min(limit, 1000));
        try
        {
            await foreach (var page in _table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(1000, limit), cancellationToken: cancellationToken)
                .AsPages().ConfigureAwait(false))
            {
                var values = page.Values;
                for (var i = 0; i < values.Count; i++)
                {
                    if (entries.Count == limit)
                    {
                        return new TaxiiRead(entries, true, entries[^1].RowKey);
                    }

                    entries.Add(TaxiiEntry.FromEntity(values[i]));
                }

                if (entries.Count == limit)
                {
                    return new TaxiiRead(entries, !string.IsNullOrEmpty(page.ContinuationToken), entries[^1].RowKey);
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing was ever indexed: the table does not exist yet.
        }

        return new TaxiiRead(entries, false, entries.Count > 0 ? entries[^1].RowKey : null);
    }

    /// <summary>Every version of <paramref name="stixId"/> shared with the partner in the collection, in row key order.</summary>
    public async Task<IReadOnlyList<TaxiiEntry>> VersionsAsync(string partnerId, TaxiiCollection collection, string stixId, CancellationToken cancellationToken = default)
    {
        NullableResponse<TableEntity> ids;
        try
        {
            ids = await _table.GetEntityIfExistsAsync<TableEntity>(TaxiiEntry.IdsPartition(partnerId, collection), stixId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }

        if (!ids.HasValue)
        {
            return [];
        }

        var partition = TaxiiEntry.ObjectsPartition(partnerId, collection);
        var entries = new List<TaxiiEntry>();
        foreach (var key in TaxiiIndex.Versions(ids.Value!).Order(StringComparer.Ordinal))
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(partition, key, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (row.HasValue)
            {
                entries.Add(TaxiiEntry.FromEntity(row.Value!));
            }
        }

        return entries;
    }
}
