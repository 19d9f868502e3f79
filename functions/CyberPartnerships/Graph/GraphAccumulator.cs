using Azure.Data.Tables;

namespace CyberPartnerships.Graph;

/// <summary>Builds one neighbourhood answer from the rows read, keeping only rows the caller may see.</summary>
internal sealed class GraphAccumulator(string callerId, Tlp clearance, int limit)
{
    private readonly Dictionary<GraphNode, NodeState> _nodes = [];
    private readonly Dictionary<(GraphNode From, GraphNode To, string Relation), Dictionary<string, Seen>> _edges = [];

    // Whether the caller is one of a case's parties, by the row's Parties value: a case's rows all carry the same one.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _parties = new(StringComparer.Ordinal);

    /// <summary>Nodes the caller may see were left out (the limit, or a node with more visible rows than are read).</summary>
    public bool Truncated { get; set; }

    /// <summary>The answer holds <c>limit</c> nodes: reading more could only add edges between them.</summary>
    public bool Full => _nodes.Count >= limit;

    /// <summary>Whether the caller may see a row: its own, another partner's up to AMBER within its clearance, a case's if it is a party.</summary>
    public bool Visible(TableEntity row)
    {
        if (row.GetString("Parties") is { } parties)
        {
            return _parties.GetOrAdd(parties, p => p.Split(',').Contains(callerId, StringComparer.Ordinal));
        }

        var tlp = TlpLevels.TryParse(row.GetString("Tlp"), out var t) ? t : Tlp.Red;
        return row.GetString("PartnerId") == callerId || tlp.ShowsToOtherPartner(clearance);
    }

    public void Reach(GraphNode node, int distance) => _nodes.TryAdd(node, new NodeState(distance));

    public bool IsVisible(GraphNode node) => _nodes.TryGetValue(node, out var state) && state.Visible;

    /// <summary>Takes the visible rows of <paramref name="node"/>; returns the nodes first reached through them (none
    /// when <paramref name="reach"/> is false: an edge to a node not in the answer is then only a sighting of this one).</summary>
    public List<GraphNode> Add(GraphNode node, IEnumerable<TableEntity> rows, int level, bool reach = true)
    {
        var state = _nodes[node];
        state.Complete = true;
        var reached = new List<GraphNode>();
        foreach (var row in rows)
        {
            var parts = row.RowKey.Split('|');
            var seen = new Seen(row.GetString("PartnerId") ?? string.Empty, TlpOf(row), row.GetDateTimeOffset("SeenAt") ?? DateTimeOffset.MinValue);
            if (parts.Length == 3 && parts[1] == "n")
            {
                state.Sightings[parts[2]] = seen;
                state.Visible = true;
                state.Label ??= row.GetString("Label");
                continue;
            }

            if (parts.Length != 4 || parts[1] != "e" || row.GetString("OtherType") is not { } otherType || row.GetString("OtherValue") is not { } otherValue)
            {
                continue;
            }

            var other = new GraphNode(otherType, otherValue);
            if (!reach && !_nodes.ContainsKey(other))
            {
                state.Visible = true;
                state.Label ??= row.GetString("Label");
                if (row.GetString("Parties") is null)
                {
                    state.Sightings.TryAdd(parts[3], seen);
                }

                continue;
            }

            if (!_nodes.ContainsKey(other))
            {
                if (_nodes.Count >= limit)
                {
                    Truncated = true;
                    continue;
                }

                Reach(other, level + 1);
                reached.Add(other);
            }

            state.Visible = true;
            state.Label ??= row.GetString("Label");
            if (row.GetString("Parties") is null)
            {
                // An edge row is also a sighting of the node it sits at, by the source that gave the edge.
                state.Sightings.TryAdd(parts[3], seen);
            }

            _nodes[other].Visible = true;
            _nodes[other].Label ??= row.GetString("OtherLabel");
            var relation = row.GetString("Relation") ?? "related-to";
            var key = row.GetBoolean("Out") == false ? (other, node, relation) : (node, other, relation);
            if (!_edges.TryGetValue(key, out var evidence))
            {
                _edges[key] = evidence = new(StringComparer.Ordinal);
            }

            evidence[parts[3]] = seen;
        }

        return reached;
    }

    public GraphView View(GraphNode start, int depth)
    {
        var incident = _edges.SelectMany(e => new[] { (Node: e.Key.From, Seen: e.Value.Values), (Node: e.Key.To, Seen: e.Value.Values) })
            .GroupBy(x => x.Node).ToDictionary(g => g.Key, g => g.SelectMany(x => x.Seen).ToList());
        var nodes = _nodes.Where(n => n.Value.Visible).OrderBy(n => n.Value.Distance).ThenBy(n => n.Key.ToString(), StringComparer.Ordinal)
            .Select(n =>
            {
                var seen = n.Value.Sightings.Count > 0 ? n.Value.Sightings.Values.ToList() : incident.GetValueOrDefault(n.Key) ?? [];
                return new GraphNodeView(
                    n.Key.ToString(), n.Key.Type, n.Key.Value, n.Key.Kind, n.Value.Label, seen.Count == 0 ? Tlp.Red : seen.Min(s => s.Tlp), n.Value.Distance,
                    First(seen), Last(seen), Sources(seen), n.Value.Complete, n.Key.Type == GraphNode.CaseType ? $"/api/cases/{Uri.EscapeDataString(n.Key.Value)}" : null);
            })
            .ToList();
        var edges = _edges.OrderBy(e => e.Key.From.ToString(), StringComparer.Ordinal).ThenBy(e => e.Key.To.ToString(), StringComparer.Ordinal)
            .Select(e => new GraphEdgeView(
                $"{e.Key.From}|{e.Key.Relation}|{e.Key.To}", e.Key.From.ToString(), e.Key.To.ToString(), e.Key.Relation,
                e.Value.Values.Min(s => s.Tlp), First(e.Value.Values), Last(e.Value.Values), Sources(e.Value.Values)))
            .ToList();
        var all = _nodes.Values.Where(n => n.Visible).SelectMany(n => n.Sightings.Values).Concat(_edges.Values.SelectMany(e => e.Values)).ToList();
        return new GraphView(start.ToString(), depth, limit, nodes, edges, Sources(all), First(all), Last(all), Truncated);
    }

    private static Tlp TlpOf(TableEntity row) => TlpLevels.TryParse(row.GetString("Tlp"), out var t) ? t : Tlp.Red;

    private static DateTimeOffset First(ICollection<Seen> seen) => seen.Count == 0 ? DateTimeOffset.MinValue : seen.Min(s => s.At);

    private static DateTimeOffset Last(ICollection<Seen> seen) => seen.Count == 0 ? DateTimeOffset.MinValue : seen.Max(s => s.At);

    private static List<GraphSource> Sources(IEnumerable<Seen> seen) => seen
        .GroupBy(s => s.PartnerId, StringComparer.Ordinal)
        .Select(g => new GraphSource(g.Key, g.Min(s => s.At), g.Max(s => s.At), g.Count()))
        .OrderBy(s => s.FirstSeen).ThenBy(s => s.PartnerId, StringComparer.Ordinal)
        .ToList();

    private sealed record Seen(string PartnerId, Tlp Tlp, DateTimeOffset At);

    private sealed class NodeState(int distance)
    {
        public int Distance { get; } = distance;

        public bool Visible { get; set; }

        public string? Label { get; set; }

        public bool Complete { get; set; }

        public Dictionary<string, Seen> Sightings { get; } = new(StringComparer.Ordinal);
    }
}
