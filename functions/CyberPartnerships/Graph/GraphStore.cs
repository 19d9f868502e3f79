using System.Collections.Concurrent;
using Azure.Data.Tables;
using CyberPartnerships.Storage;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Graph;

/// <summary>
/// Reads neighbourhoods from the graph tables (<see cref="GraphWriter"/>): one range query per node within
/// <c>depth - 1</c> hops (its rows only, never a scan), level by level, nodes of a level in parallel. Nodes at
/// <c>depth</c> hops are not read: what the answer says of them (sources, first and last seen, name) comes from the
/// edges that reached them, and <c>complete</c> is false; expanding such a node reads it. Every row is judged on its own: the caller's own, another partner's up to AMBER within
/// the caller's clearance, a case's to its parties. A node is in the answer only when a row the caller may see names
/// it, so a hidden node (and a hidden edge to a visible one) leaves no trace: no count, no "more".
/// </summary>
public sealed class GraphStore(TableServiceClient tables, IOptions<GraphOptions> options)
{
    public const int MaxDepth = 3;
    public const int MaxLimit = 2000;

    private readonly CreateOnce _created = GraphWriter.CreateTables(tables);

    /// <summary>The neighbourhood as the caller may see it; null when nothing about the node is visible (unknown and hidden are the same answer).</summary>
    public async Task<GraphView?> GetAsync(GraphNode start, int depth, int limit, string callerId, Tlp clearance, CancellationToken cancellationToken = default)
    {
        depth = Math.Clamp(depth, 1, MaxDepth);
        limit = Math.Clamp(limit, 1, MaxLimit);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var graph = new GraphAccumulator(callerId, clearance, limit);
        graph.Reach(start, 0);
        var frontier = new List<GraphNode> { start };
        var rowCap = limit * 8;
        for (var level = 0; level < depth && frontier.Count > 0; level++)
        {
            var read = new ConcurrentDictionary<GraphNode, List<TableEntity>>();
            await Parallel.ForEachAsync(
                frontier,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.ReadParallelism), CancellationToken = cancellationToken },
                async (node, ct) => read[node] = await ReadAsync(node, rowCap, graph.Visible, ct).ConfigureAwait(false)).ConfigureAwait(false);

            var next = new List<GraphNode>();
            foreach (var node in frontier)
            {
                if (read[node].Count >= rowCap)
                {
                    graph.Truncated = true;
                }

                next.AddRange(graph.Add(node, read[node], level));
            }

            if (level == 0 && !graph.IsVisible(start))
            {
                return null;
            }

            frontier = next;
        }

        return graph.View(start, depth);
    }

    private async Task<List<TableEntity>> ReadAsync(GraphNode node, int cap, Func<TableEntity, bool> visible, CancellationToken cancellationToken)
    {
        var hash = node.Hash;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {GraphWriter.Partition(hash)} and RowKey ge {hash + "|"} and RowKey lt {hash + "|~"}");
        var rows = new List<TableEntity>();
        await foreach (var row in tables.GetTableClient(GraphWriter.TableOf(hash)).QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
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
