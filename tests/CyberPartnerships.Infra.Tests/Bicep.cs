using System.Diagnostics;
using System.Reflection;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;

// The bicep CLI comes from the linux-x64 package, and the hooks are run with sh.
[assembly: SupportedOSPlatform("linux")]

namespace CyberPartnerships.Infra.Tests;

/// <summary>The output of one run of the bicep CLI.</summary>
internal sealed record BicepRun(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\n{StandardError}\n{StandardOutput}";
}

/// <summary>
/// The bicep CLI restored from the Azure.Bicep.CommandLine.linux-x64 package (its path is written into this
/// assembly at build time) and infra/main.bicep compiled by it, once for all tests. Offline: no registry modules.
/// </summary>
internal static class Bicep
{
    private static readonly Lazy<BicepRun> BuildRun = new(() =>
        Run("build", Path.Combine(InfraDirectory, "main.bicep"), "--stdout", "--no-restore"));

    private static readonly Lazy<BicepRun> LintRun = new(() =>
        Run("lint", "--pattern", Path.Combine(InfraDirectory, "**", "*.bicep"), "--no-restore"));

    private static readonly Lazy<ArmTemplate> Compiled = new(() =>
    {
        var run = BuildRun.Value;
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build infra/main.bicep failed: {run}");
        }

        return new ArmTemplate((JsonObject)JsonNode.Parse(run.StandardOutput)!, "main");
    });

    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string InfraDirectory => Path.Combine(RepositoryRoot, "infra");

    /// <summary><c>bicep build infra/main.bicep --stdout</c>.</summary>
    public static BicepRun Build => BuildRun.Value;

    /// <summary><c>bicep lint</c> over every .bicep file under infra/.</summary>
    public static BicepRun Lint => LintRun.Value;

    /// <summary>The compiled ARM template of infra/main.bicep.</summary>
    public static ArmTemplate Main => Compiled.Value;

    public static string Executable { get; } = FindExecutable();

    private static string FindExecutable()
    {
        var path = Path.Combine(Metadata("BicepPackagePath"), "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The bicep CLI of the Azure.Bicep.CommandLine.linux-x64 package is not at {path}.");
        }

        // Package extraction does not always keep the executable bit.
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return path;
    }

    private static BicepRun Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} took more than 3 minutes");
        }

        return new BicepRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string Metadata(string key)
    {
        var value = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key)?.Value ?? "";
        if (value.Length == 0)
        {
            throw new InvalidOperationException($"Assembly metadata {key} is missing; see the test project file.");
        }

        return value;
    }
}
