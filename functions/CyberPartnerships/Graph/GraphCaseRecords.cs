using CyberPartnerships.Mou;

namespace CyberPartnerships.Graph;

/// <summary>
/// The nodes a case's later records name: the words of an analysis report's findings, or of an enforcement record's
/// action and outcome, written as the graph names nodes (<c>domain:evil.example</c>, <c>ipv4:203.0.113.9</c>, a STIX
/// id of a node type). Only those: prose is never read for values, and no e-mail address becomes a node this way (a
/// finding may name a victim's mailbox).
/// </summary>
public static class GraphCaseRecords
{
    public const int MaxNodes = 200;

    /// <summary>The record's kind (<c>analysis</c>, <c>enforcement</c>), its edges' relation and the nodes it names; null for an event that records nothing of the kind.</summary>
    public static (string Record, string Relation, IReadOnlyList<GraphNode> Nodes)? Of(CaseEvent e) => e.Kind switch
    {
        CaseEventKind.AnalysisAttached => ("analysis", "analysis-finding", Nodes(e.Findings ?? [])),
        CaseEventKind.EnforcementRecorded => ("enforcement", "enforcement-action", Nodes([e.ActionTaken ?? string.Empty, e.ActionOutcome ?? string.Empty])),
        _ => null,
    };

    public static IReadOnlyList<GraphNode> Nodes(IEnumerable<string> texts) => texts
        .SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        .Select(word => word.TrimEnd('.', ',', ';', ')').TrimStart('('))
        .Where(word => word.Contains(':', StringComparison.Ordinal) || word.Contains("--", StringComparison.Ordinal))
        .Select(word => GraphNode.TryParse(word, out var node, out _) ? node : (GraphNode?)null)
        .OfType<GraphNode>()
        .Where(n => n.Type is not ("email" or GraphNode.CaseType) && (n.Type != "stix" || GraphNode.StixNodeTypes.Contains(n.Kind)))
        .Distinct()
        .Take(MaxNodes)
        .ToList();
}
