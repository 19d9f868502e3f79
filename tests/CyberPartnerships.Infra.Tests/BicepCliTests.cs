namespace CyberPartnerships.Infra.Tests;

/// <summary>The bicep CLI of the NuGet package compiles and lints infra/ cleanly, offline.</summary>
public class BicepCliTests
{
    [Fact]
    public void The_bicep_cli_comes_from_the_nuget_package_and_runs()
    {
        Assert.Contains("azure.bicep.commandline.linux-x64", Bicep.Executable, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual((UnixFileMode)0, File.GetUnixFileMode(Bicep.Executable) & UnixFileMode.UserExecute);
    }

    [Fact]
    public void Bicep_builds_main_without_errors_or_warnings()
    {
        var build = Bicep.Build;

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(build.StandardError.Trim().Length == 0, $"bicep build reported:\n{build.StandardError}");
        Assert.Equal("https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#",
            Bicep.Main.Json["$schema"]!.ToString());
    }

    [Fact]
    public void Bicep_lint_reports_nothing_for_any_file_under_infra()
    {
        var lint = Bicep.Lint;

        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.True(lint.StandardError.Trim().Length == 0 && lint.StandardOutput.Trim().Length == 0,
            $"bicep lint reported:\n{lint.StandardError}{lint.StandardOutput}");
        Assert.True(Directory.GetFiles(Bicep.InfraDirectory, "*.bicep", SearchOption.AllDirectories).Length >= 9);

        // The lint applies infra/bicepconfig.json, which makes the secret-handling rules errors.
        var config = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(Bicep.InfraDirectory, "bicepconfig.json")))!;
        foreach (var rule in new[] { "no-hardcoded-env-urls", "outputs-should-not-contain-secrets", "secure-secrets-in-params", "use-secure-value-for-secure-inputs" })
        {
            Assert.Equal("error", config["analyzers"]!["core"]!["rules"]![rule]!["level"]!.ToString());
        }
    }

    [Fact]
    public void Infra_uses_no_registry_modules()
    {
        var remote = Directory.GetFiles(Bicep.InfraDirectory, "*.bicep", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("'br/", StringComparison.Ordinal) || File.ReadAllText(f).Contains("'br:", StringComparison.Ordinal)
                || File.ReadAllText(f).Contains("'ts/", StringComparison.Ordinal) || File.ReadAllText(f).Contains("'ts:", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();
        Assert.True(remote.Count == 0, $"registry modules cannot be restored offline: {string.Join(", ", remote)}");
    }
}
