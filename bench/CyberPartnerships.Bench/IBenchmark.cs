namespace CyberPartnerships.Bench;

/// <summary>One benchmark command. Each prints its figures, the headline figure as its last line.</summary>
public interface IBenchmark
{
    /// <summary>The command name, e.g. <c>ingest</c>.</summary>
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
