namespace CyberPartnerships.Tests.Infrastructure;

public static class RepoPaths
{
    /// <summary>The repository root: the folder holding CyberPartnerships.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared/ folder beside the project root, when this checkout has one (a user's clone does not).</summary>
    public static string? Shared =>
        Directory.Exists(Path.Combine(Root, "..", "shared")) ? Path.GetFullPath(Path.Combine(Root, "..", "shared")) : null;

    public static string NodeBin(string tool) => Path.Combine(Root, "node_modules", ".bin", tool);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CyberPartnerships.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (CyberPartnerships.sln) above " + AppContext.BaseDirectory);
    }
}
