using System.Text.Json;
using Azure.Data.Tables;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Storage;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Graph;

/// <summary>
/// Keeps the graph as data arrives: adjacency rows by node, so a node and its edges are one range query.
/// <list type="bullet">
/// <item>Table <c>Graph000</c> … <c>Graph255</c> by the first byte of the node's hash, one partition each
/// (PartitionKey = <c>g</c> + the table's number), so a source's rows go in up to 256 entity-group transactions.
/// Many tables, not one: Azurite answers a range query by scanning its whole table, so a smaller table is a faster
/// read there; on Azure the partition alone decides (see README).</item>
/// <item><c>{hash}|n|{source id}</c>: the node as one source (submission, feed page, case) saw it: partner, TLP, when.</item>
/// <item><c>{hash}|e|{other hash}|{source id}</c>: an edge as one source gave it, written at both ends
/// (<c>Out</c> tells the direction): relation, partner, TLP, when, and the other node's type and value.</item>
/// </list>
/// Every row carries the partner and TLP of what it came from (a case's rows: its parties), so a reader decides per
/// row what a caller may see. Rows are upserts keyed by source: a retried source rewrites the same rows.
/// </summary>
public sealed class GraphWriter(TableServiceClient tables, IOptions<GraphOptions> options, IOptions<IngestOptions> ingest)
{
    public const string TablePrefix = "Graph";
    public const int TableCount = 256;

    private readonly CreateOnce _created = CreateTables(tables);

    public bool Enabled => options.Value.Enabled;

    public static IEnumerable<string> TableNames => Enumerable.Range(0, TableCount).Select(Name);

    public static string TableOf(string hash) => Name(Shard(hash));

    public static string Partition(string hash) => "g" + Shard(hash).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    private static int Shard(string hash) => Convert.ToInt32(hash[..2], 16);

    /// <summary>Creates the tables that do not exist yet: one listing (a page names up to 1,000 tables) and a create
    /// for each one missing, 8 at a time, so a process whose tables exist starts with one round trip, not 256.</summary>
    public static CreateOnce CreateTables(TableServiceClient tables) => new(async cancellationToken =>
    {
        var existing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var filter = TableServiceClient.CreateQueryFilter($"TableName ge {TablePrefix} and TableName lt {TablePrefix + "~"}");
        await foreach (var table in tables.QueryAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            existing.Add(table.Name);
        }

        await Parallel.ForEachAsync(
            TableNames.Where(name => !existing.Contains(name)),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (name, ct) => await tables.CreateTableIfNotExistsAsync(name, ct).ConfigureAwait(false)).ConfigureAwait(false);
    });

    private static string Name(int table) => TablePrefix + table.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The nodes and edges one submission or feed page brings: its objects' values and ids, the STIX
    /// relationships and sightings among them, and the native indicators it lists.</summary>
    public async Task WriteAsync(IngestSource source, IReadOnlyList<IngestObject> objects, IReadOnlyList<IndicatorMention> mentions, CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return;
        }

        await SubmitAsync(Transactions(source, objects, mentions), cancellationToken).ConfigureAwait(false);
    }

    public Task EnsureTablesAsync(CancellationToken cancellationToken = default) => _created.EnsureAsync(cancellationToken);

    /// <summary>The transactions <see cref="WriteAsync"/> sends for a source (none when the graph is off): upserts of
    /// its rows, one table's partition each. <see cref="IngestWriter"/> sends them with the source's other rows.</summary>
    public IReadOnlyList<PlannedTransaction> Transactions(IngestSource source, IReadOnlyList<IngestObject> objects, IReadOnlyList<IndicatorMention> mentions)
    {
        if (!Enabled)
        {
            return [];
        }

        var rows = new GraphRows(source.SourceId, source.PartnerId, source.SeenAt);
        var byId = new Dictionary<string, List<GraphNode>>(StringComparer.Ordinal);
        foreach (var obj in objects)
        {
            var nodes = NodesOf(obj);
            byId[obj.StixId] = nodes;
            if (nodes.Count == 0)
            {
                continue;
            }

            var label = GraphNode.StixNodeTypes.Contains(obj.Type) ? Label(SummaryOf(obj).Name) : null;
            foreach (var node in nodes)
            {
                rows.Node(node, obj.Tlp, node.Type == "stix" ? label : null);
            }

            // An indicator or malware object and the values it names: objects sharing a value meet at its node.
            for (var i = 1; i < nodes.Count; i++)
            {
                rows.Edge(nodes[0], nodes[i], nodes[0].Type == "stix" ? "based-on" : "same-file", obj.Tlp);
            }
        }

        foreach (var obj in objects)
        {
            if (obj.Type is "relationship" or "sighting")
            {
                LinkRelationship(rows, obj, byId);
            }
        }

        foreach (var mention in mentions)
        {
            if (mention.Key.Type != "stix" || GraphNode.StixNodeTypes.Contains(GraphNode.Of(mention.Key).Kind))
            {
                rows.Node(GraphNode.Of(mention.Key), mention.Tlp, null);
            }
        }

        return Planned(rows);
    }

    /// <summary>A case of the MoU workflow and the indicators of its submission: the case node and an edge to each,
    /// visible to the case's parties (and the indicators themselves as their own sightings allow).</summary>
    public async Task LinkCaseAsync(string caseId, string partnerId, Tlp tlp, IEnumerable<string> parties, IEnumerable<IndicatorKey> keys, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return;
        }

        var rows = new GraphRows("case-" + caseId, partnerId, at) { Parties = string.Join(',', parties.Append(partnerId).Distinct(StringComparer.Ordinal)) };
        var node = GraphNode.Case(caseId);
        rows.Node(node, tlp, caseId);
        foreach (var key in keys.Distinct())
        {
            rows.Edge(node, GraphNode.Of(key), "case-member", tlp);
        }

        await SubmitAsync(Planned(rows), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What a later record of a case names (an analysis report's findings, an enforcement record): edges
    /// from the case to those nodes under <paramref name="relation"/>, as the case's rows are (its parties alone see
    /// them), one source per record kind, so the same record again rewrites the same rows.</summary>
    public async Task LinkCaseRecordAsync(string caseId, string record, string relation, string partnerId, Tlp tlp, IEnumerable<string> parties, IEnumerable<GraphNode> nodes, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (!Enabled)
        {
            return;
        }

        var rows = new GraphRows($"case-{caseId}-{record}", partnerId, at) { Parties = string.Join(',', parties.Append(partnerId).Distinct(StringComparer.Ordinal)) };
        var node = GraphNode.Case(caseId);
        rows.Node(node, tlp, caseId);
        foreach (var other in nodes.Distinct())
        {
            rows.Edge(node, other, relation, tlp);
        }

        await SubmitAsync(Planned(rows), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The rows in transactions of one table each (a table is one partition), spread over the tables.</summary>
    private static List<PlannedTransaction> Planned(GraphRows rows) =>
        IngestPlan.Spread(rows.Entities.GroupBy(e => TableOf(e.RowKey)).SelectMany(table => IngestPlan.Upserts(table.Key, table)));

    private async Task SubmitAsync(IReadOnlyList<PlannedTransaction> transactions, CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(
            transactions,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, ingest.Value.WriteParallelism), CancellationToken = cancellationToken },
            async (t, ct) => await tables.GetTableClient(t.Table).SubmitTransactionAsync(t.Actions, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>The nodes of one object, its own first: an SDO of a node type by id, then the values it names.
    /// E-mail addresses only from an indicator's pattern (a phishing sender): a bare e-mail observable may be a victim's.</summary>
    private static List<GraphNode> NodesOf(IngestObject obj)
    {
        var nodes = new List<GraphNode>();
        if (GraphNode.StixNodeTypes.Contains(obj.Type))
        {
            nodes.Add(new GraphNode("stix", obj.StixId));
        }

        foreach (var key in obj.Indicators)
        {
            if (key.Type == "stix" || (key.Type == "email" && obj.Type != "indicator"))
            {
                continue;
            }

            nodes.Add(GraphNode.Of(key));
        }

        return nodes;
    }

    private static void LinkRelationship(GraphRows rows, IngestObject obj, Dictionary<string, List<GraphNode>> byId)
    {
        var summary = SummaryOf(obj);
        if (obj.Type == "sighting")
        {
            // A sighting is another sighting of what it is of; where it was sighted (an identity) is no node.
            foreach (var node in Resolve(summary.SourceRef, byId).Take(1))
            {
                rows.Node(node, obj.Tlp, null);
            }

            return;
        }

        var relation = summary.Relation ?? "related-to";
        foreach (var from in Resolve(summary.SourceRef, byId).Take(1))
        {
            foreach (var to in Resolve(summary.TargetRef, byId).Take(1))
            {
                rows.Node(from, obj.Tlp, null);
                rows.Node(to, obj.Tlp, null);
                rows.Edge(from, to, relation.Length > 64 ? relation[..64] : relation, obj.Tlp);
            }
        }
    }

    /// <summary>The node a reference names: an SDO of a node type (in this source or not), or an observable of this source by its value.</summary>
    private static IEnumerable<GraphNode> Resolve(string? reference, Dictionary<string, List<GraphNode>> byId)
    {
        if (reference is null || !StixPatterns.Id().IsMatch(reference))
        {
            return [];
        }

        var node = new GraphNode("stix", reference);
        if (GraphNode.StixNodeTypes.Contains(node.Kind))
        {
            return [node];
        }

        return byId.TryGetValue(reference, out var nodes) ? nodes : [];
    }

    /// <summary>The object's name and links as read with it, or from its JSON when it was made elsewhere.</summary>
    private static StixSummary SummaryOf(IngestObject obj)
    {
        if (obj.Summary is { } summary)
        {
            return summary;
        }

        using var document = JsonDocument.Parse(obj.Json);
        return StixObjectRules.Summarise(document.RootElement, obj.Type);
    }

    private static string? Label(string? name) => name is not null && name.Length > 200 ? name[..200] : name;
}
