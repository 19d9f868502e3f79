namespace CyberPartnerships.Graph;

/// <summary>A partner that reported a node or edge, as the caller may see it: first and last seen, in how many sources.</summary>
public sealed record GraphSource(string PartnerId, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int Count);

/// <summary>A node as the caller sees it. <see cref="Tlp"/> is the least restrictive TLP under which it reached the
/// caller; <see cref="Distance"/> the hops from the node asked for; <see cref="Link"/> the case's API address.
/// <see cref="Complete"/> is false for a node at the query's depth: its rows were not read, so its sources, first and
/// last seen are those of the edges that reached it (a query from it, or one hop deeper, gives them whole).</summary>
public sealed record GraphNodeView(
    string Id,
    string Type,
    string Value,
    string Kind,
    string? Label,
    Tlp Tlp,
    int Distance,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<GraphSource> Sources,
    bool Complete,
    string? Link);

/// <summary>An edge between two nodes of the answer, from <see cref="Source"/> to <see cref="Target"/> (node ids).</summary>
public sealed record GraphEdgeView(
    string Id,
    string Source,
    string Target,
    string Relation,
    Tlp Tlp,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<GraphSource> Sources);

/// <summary>The neighbourhood of <see cref="Node"/>: only what the caller may see. <see cref="Truncated"/> says that
/// nodes the caller may see were left out by <see cref="Limit"/> (it never counts nodes hidden from the caller).</summary>
public sealed record GraphView(
    string Node,
    int Depth,
    int Limit,
    IReadOnlyList<GraphNodeView> Nodes,
    IReadOnlyList<GraphEdgeView> Edges,
    IReadOnlyList<GraphSource> Sources,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    bool Truncated);
