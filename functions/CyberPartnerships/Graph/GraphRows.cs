using Azure.Data.Tables;

namespace CyberPartnerships.Graph;

/// <summary>The rows one source writes, deduplicated (a node or edge named twice is one row, at the most restrictive
/// TLP it was given). A node with an edge in the source gets no sighting row of its own: its edge rows, which sit in
/// its partition, record the same source, partner, TLP and time (and its name), so they are its sighting.</summary>
internal sealed class GraphRows(string sourceId, string partnerId, DateTimeOffset seenAt)
{
    private readonly Dictionary<string, TableEntity> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<GraphNode, string> _labels = [];
    private readonly HashSet<string> _withEdges = new(StringComparer.Ordinal);
    private readonly Dictionary<GraphNode, string> _hashes = [];

    /// <summary>For a case's rows: the partners taking part (they alone see the case).</summary>
    public string? Parties { get; init; }

    public IEnumerable<TableEntity> Entities => _rows.Values.Where(r => !(r.RowKey.Length > 35 && r.RowKey[33] == 'n' && _withEdges.Contains(r.RowKey[..32])));

    public void Node(GraphNode node, Tlp tlp, string? label)
    {
        var hash = HashOf(node);
        var row = Row(hash, $"{hash}|n|{sourceId}", tlp);
        row["Type"] = node.Type;
        row["Value"] = node.Value;
        if (label is not null)
        {
            row["Label"] = label;
            _labels[node] = label;
        }
    }

    public void Edge(GraphNode from, GraphNode to, string relation, Tlp tlp)
    {
        if (from == to)
        {
            return;
        }

        Half(from, to, relation, tlp, true);
        Half(to, from, relation, tlp, false);
    }

    private void Half(GraphNode at, GraphNode other, string relation, Tlp tlp, bool outgoing)
    {
        var hash = HashOf(at);
        _withEdges.Add(hash);
        var row = Row(hash, $"{hash}|e|{HashOf(other)}|{sourceId}", tlp);
        row["Type"] = at.Type;
        row["Value"] = at.Value;
        if (_labels.TryGetValue(at, out var own))
        {
            row["Label"] = own;
        }

        row["OtherType"] = other.Type;
        row["OtherValue"] = other.Value;
        if (_labels.TryGetValue(other, out var label))
        {
            row["OtherLabel"] = label;
        }

        row["Relation"] = relation;
        row["Out"] = outgoing;
    }

    /// <summary>A node's hash, worked out once per source (a node is named by several rows).</summary>
    private string HashOf(GraphNode node)
    {
        if (!_hashes.TryGetValue(node, out var hash))
        {
            _hashes[node] = hash = node.Hash;
        }

        return hash;
    }

    private TableEntity Row(string hash, string rowKey, Tlp tlp)
    {
        if (_rows.TryGetValue(rowKey, out var existing))
        {
            if (TlpLevels.TryParse(existing.GetString("Tlp"), out var had) && had > tlp)
            {
                tlp = had;
            }
        }
        else
        {
            existing = new TableEntity(GraphWriter.Partition(hash), rowKey)
            {
                ["PartnerId"] = partnerId,
                ["SeenAt"] = seenAt,
            };
            if (Parties is not null)
            {
                existing["Parties"] = Parties;
            }

            _rows[rowKey] = existing;
        }

        existing["Tlp"] = tlp.ToLabel();
        return existing;
    }
}
