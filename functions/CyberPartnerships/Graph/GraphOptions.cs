using CyberPartnerships.Configuration;

namespace CyberPartnerships.Graph;

/// <summary>The correlation graph. Configuration section <c>Graph</c>.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Whether ingestion and case opening keep the graph (off: <c>GET /api/graph</c> shows what was kept while it was on).</summary>
    [OptionalSetting]
    public bool Enabled { get; set; } = true;

    /// <summary>Node reads in flight at once during a neighbourhood query.</summary>
    [OptionalSetting]
    public int ReadParallelism { get; set; } = 32;

    /// <summary>The nodes at the query's depth are read too (so their sources and first and last seen are whole,
    /// <c>complete</c>) when there are at most this many of them; more are left unread (<c>complete = false</c>).</summary>
    [OptionalSetting]
    public int EdgeReads { get; set; } = 16;
}
