using Azure;
using Azure.Data.Tables;

namespace CyberPartnerships.Taxii;

public sealed partial class TaxiiIndex
{
    /// <summary>Adds one version of an id (or refreshes its content when the partner has it already, keeping its
    /// date added), then marks which of the id's versions is the first and which the last. Returns true when new.</summary>
    private async Task<bool> AddVersionAsync(string idsPartition, string objectsPartition, string document, TaxiiEntry undated, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = undated.AddedAt(Now());
            var ids = await _table.GetEntityIfExistsAsync<TableEntity>(idsPartition, entry.StixId, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!ids.HasValue)
            {
                try
                {
                    await _table.AddEntityAsync(new TableEntity(idsPartition, entry.StixId) { ["Versions"] = entry.RowKey }, cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException ex) when (ex.Status == 409)
                {
                    continue;
                }

                await _table.UpsertEntityAsync(entry.ToEntity(objectsPartition, document), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }

            var versions = Versions(ids.Value!);
            var existing = versions.FirstOrDefault(k => TaxiiEntry.ParseKey(k).VersionTicks == entry.VersionTicks);
            if (existing is not null && !(await _table.GetEntityIfExistsAsync<TableEntity>(objectsPartition, existing, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false)).HasValue)
            {
                // Claimed by a run that died before it wrote the row: never listed, so it is added now, at a new date
                // (under its old one a client already past that date would never see it).
                versions.Remove(existing);
                existing = null;
            }

            if (existing is not null)
            {
                var (dateAdded, _) = TaxiiEntry.ParseKey(existing);
                var (first, last) = Flags(versions, existing);
                await _table.UpsertEntityAsync(
                    (entry with { RowKey = existing, DateAdded = dateAdded, First = first, Last = last }).ToEntity(objectsPartition, document),
                    TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return false;
            }

            versions.Add(entry.RowKey);
            try
            {
                await _table.UpdateEntityAsync(new TableEntity(idsPartition, entry.StixId) { ["Versions"] = string.Join('\n', versions) }, ids.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                continue;
            }

            var (isFirst, isLast) = Flags(versions, entry.RowKey);
            await _table.UpsertEntityAsync((entry with { First = isFirst, Last = isLast }).ToEntity(objectsPartition, document), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            await MarkAsync(objectsPartition, versions.Where(k => k != entry.RowKey).ToList(), versions, cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>Deletes the document's rows in the collection except the versions in <paramref name="keep"/>.</summary>
    private async Task RemoveRowsAsync(string partnerId, TaxiiCollection collection, string document, HashSet<(string StixId, long VersionTicks)> keep, CancellationToken cancellationToken)
    {
        var objectsPartition = TaxiiEntry.ObjectsPartition(partnerId, collection);
        var idsPartition = TaxiiEntry.IdsPartition(partnerId, collection);
        var rows = new List<(string RowKey, string StixId)>();
        await foreach (var row in _table.QueryAsync<TableEntity>(
            f => f.PartitionKey == objectsPartition && (string)f["Document"] == document, select: ["RowKey", "StixId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var id = row.GetString("StixId") ?? string.Empty;
            if (!keep.Contains((id, TaxiiEntry.ParseKey(row.RowKey).VersionTicks)))
            {
                rows.Add((row.RowKey, id));
            }
        }

        foreach (var (rowKey, stixId) in rows)
        {
            await RemoveVersionAsync(idsPartition, objectsPartition, rowKey, stixId, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RemoveVersionAsync(string idsPartition, string objectsPartition, string rowKey, string stixId, CancellationToken cancellationToken)
    {
        await _table.DeleteEntityAsync(objectsPartition, rowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var ids = await _table.GetEntityIfExistsAsync<TableEntity>(idsPartition, stixId, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!ids.HasValue)
            {
                return;
            }

            var versions = Versions(ids.Value!);
            if (!versions.Remove(rowKey))
            {
                return;
            }

            try
            {
                if (versions.Count == 0)
                {
                    await _table.DeleteEntityAsync(idsPartition, stixId, ids.Value!.ETag, cancellationToken).ConfigureAwait(false);
                    return;
                }

                await _table.UpdateEntityAsync(new TableEntity(idsPartition, stixId) { ["Versions"] = string.Join('\n', versions) }, ids.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                continue;
            }

            await MarkAsync(objectsPartition, versions, versions, cancellationToken).ConfigureAwait(false);
            return;
        }
    }

    private async Task MarkAsync(string objectsPartition, List<string> rows, List<string> versions, CancellationToken cancellationToken)
    {
        foreach (var key in rows)
        {
            var (first, last) = Flags(versions, key);
            try
            {
                await _table.UpdateEntityAsync(new TableEntity(objectsPartition, key) { ["First"] = first, ["Last"] = last }, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Being removed meanwhile.
            }
        }
    }

    internal static List<string> Versions(TableEntity ids) =>
        [.. (ids.GetString("Versions") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Whether <paramref name="key"/> is the first and the last of the versions (by version, then date added).</summary>
    private static (bool First, bool Last) Flags(List<string> versions, string key)
    {
        var order = versions.Select(k => (Key: k, Parsed: TaxiiEntry.ParseKey(k)))
            .OrderBy(v => v.Parsed.VersionTicks).ThenBy(v => v.Parsed.DateAdded).Select(v => v.Key).ToList();
        return (order[0] == key, order[^1] == key);
    }
}
