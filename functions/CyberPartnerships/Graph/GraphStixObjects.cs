using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Taxii;

namespace CyberPartnerships.Graph;

/// <summary>
/// The STIX objects behind the STIX nodes of an export, as the caller already has them: its own copy (the latest
/// version it stored), else the latest version shared with it through TAXII (redacted, in a collection its clearance
/// opens). An object it has neither way is left out of the export, and so is every edge to it. Point reads and one
/// range query per object; only for <c>format=stix</c>.
/// </summary>
public sealed class GraphStixObjects(TableServiceClient tables, PayloadStore payloads, TaxiiStore? taxii = null)
{
    private readonly TableClient _objects = tables.GetTableClient(IngestWriter.ObjectsTable);

    public async Task<IReadOnlyDictionary<string, JsonObject>> GetAsync(IEnumerable<string> ids, string partnerId, Tlp clearance, CancellationToken cancellationToken = default)
    {
        var found = new ConcurrentDictionary<string, JsonObject>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            ids.Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (id, ct) =>
            {
                var json = await OwnAsync(id, partnerId, ct).ConfigureAwait(false) ?? await SharedAsync(id, partnerId, clearance, ct).ConfigureAwait(false);
                if (json is not null && JsonNode.Parse(json) is JsonObject obj && obj["id"]?.GetValue<string>() == id)
                {
                    found[id] = obj;
                }
            }).ConfigureAwait(false);
        return found;
    }

    private async Task<string?> OwnAsync(string id, string partnerId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {IngestWriter.ObjectPartition(id)} and RowKey ge {id + "|"} and RowKey lt {id + "|~"}");
        TableEntity? latest = null;
        try
        {
            await foreach (var row in _objects.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (row.GetString("PartnerId") == partnerId && (latest is null || string.CompareOrdinal(row.RowKey, latest.RowKey) > 0))
                {
                    latest = row;
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }

        return latest is null ? null : await payloads.ReadPropertyAsync(latest, "Json", cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> SharedAsync(string id, string partnerId, Tlp clearance, CancellationToken cancellationToken)
    {
        if (taxii is null)
        {
            return null;
        }

        TaxiiEntry? latest = null;
        foreach (var collection in TaxiiCollections.All.Where(c => clearance.Allows(c.Tlp)))
        {
            foreach (var entry in await taxii.VersionsAsync(partnerId, collection, id, cancellationToken).ConfigureAwait(false))
            {
                if (latest is null || entry.VersionTicks > latest.VersionTicks)
                {
                    latest = entry;
                }
            }
        }

        return latest?.Json;
    }
}
