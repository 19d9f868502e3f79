using Azure.Data.Tables;
using CyberPartnerships.Storage;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Graph;

/// <summary>
/// Reads neighbourhoods from the graph tables (<see cref="GraphWriter"/>): one range query per node within
/// <c>depth - 1</c> hops (its rows only, never a scan), level by level, nodes of a level in parallel waves. Nodes at
/// <c>depth</c> hops are read only when few (<see cref="GraphOptions.EdgeReads"/>); otherwise what the answer says of
/// them (sources, first and last seen, name) comes from the edges that reached them, and <c>complete</c> is false;
/// expanding such a node reads it. Every row is judged on its own: the caller's own, another partner's up to AMBER
/// within the caller's clearance, a case's to its parties. A node is in the answer only when a row the caller may see
/// names it, so a hidden node (and a hidden edge to a visible one) leaves no trace: no count, no "more".
/// </summary>
public sealed class GraphStore(TableServiceClient tables, IOptions<GraphOptions> options)
{
    public const int MaxDepth = 3;
    public const int MaxLimit = 2000;

    private readonly CreateOnce _created = GraphWriter.CreateTables(tables);

    /// <summary>The properties a reader uses (the row's own node is known from the key it was read by).</summary>
    private static readonly string[] Columns = ["RowKey", "PartnerId", "SeenAt", "Tlp", "Parties", "Label", "OtherType", "OtherValue", "OtherLabel", "Relation", "Out"];

    /// <summary>The neighbourhood as the caller may see it; null when nothing about the node is visible (unknown and hidden are the same answer).
    /// A level's nodes are read <see cref="GraphOptions.ReadParallelism"/> at a time, in the order they were reached;
    /// once <paramref name="limit"/> nodes are in the answer no further node is read (those not read are
    /// <c>complete = false</c> and the answer is <c>truncated</c>). The nodes <paramref name="depth"/> hops away are
    /// read as well when there are at most <see cref="GraphOptions.EdgeReads"/> of them.</summary>
    public async Task<GraphView?> GetAsync(GraphNode start, int depth, int limit, string callerId, Tlp clearance, CancellationToken cancellationToken = default)
    {
        depth = Math.Clamp(depth, 1, MaxDepth);
        limit = Math.Clamp(limit, 1, MaxLimit);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var graph = new GraphAccumulator(callerId, clearance, limit);
        graph.Reach(start, 0);
        var frontier = new List<GraphNode> { start };
        var rowCap = limit * 8;
        var wave = Math.Max(1, options.Value.ReadParallelism);
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var next = new List<GraphNode>();
            for (var at = 0; at < frontier.Count; at += wave)
            {
                if (graph.Full)
                {
                    graph.Truncated = true;
                    break;
                }

                var nodes = frontier.GetRange(at, Math.Min(wave, frontier.Count - at));
                var read = await Task.WhenAll(nodes.Select(node => ReadAsync(node, rowCap, graph.Visible, cancellationToken))).ConfigureAwait(false);
                for (var i = 0; i < nodes.Count; i++)
                {
                    if (read[i].Count >= rowCap)
                    {
                        graph.Truncated = true;
                    }

                    next.AddRange(graph.Add(nodes[i], read[i], level));
                }
            }

            if (level == 0 && !graph.IsVisible(start))
            {
                return null;
            }

            frontier = next;
        }

        // The nodes at the depth edge: read when few (their rows complete them and add edges among the answer's nodes, no node).
        if (frontier.Count > 0 && frontier.Count <= options.Value.EdgeReads)
        {
            var read = await Task.WhenAll(frontier.Select(node => ReadAsync(node, rowCap, graph.Visible, cancellationToken))).ConfigureAwait(false);
            for (var i = 0; i < frontier.Count; i++)
            {
                graph.Add(frontier[i], read[i], depth, reach: false);
            }
        }

        return graph.View(start, depth);
    }

    private async Task<List<TableEntity>> ReadAsync(GraphNode node, int cap, Func<TableEntity, bool> visible, CancellationToken cancellationToken)
    {
        var hash = node.Hash;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {GraphWriter.Partition(hash)} and RowKey ge {hash + "|"} and RowKey lt {hash + "|~"}");
        var rows = new List<TableEntity>();
        await foreach (var row in tables.GetTableClient(GraphWriter.TableOf(hash)).QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: Columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!visible(row))
            {
                continue;
            }

            rows.Add(row);
            if (rows.Count >= cap)
            {
                break;
            }
        }

        return rows;
    }
}
