using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CyberPartnerships.Infra.Tests;

/// <summary>azure.yaml, infra/main.parameters.json and the hooks agree with infra/main.bicep.</summary>
public partial class AzdTests
{
    public const string ServiceName = "api";

    private static string AzureYaml => File.ReadAllText(Path.Combine(Bicep.RepositoryRoot, "azure.yaml"));

    private static JsonObject ParameterFile =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Bicep.InfraDirectory, "main.parameters.json")))!["parameters"]!;

    private static string HooksDirectory => Path.Combine(Bicep.InfraDirectory, "hooks");

    [Fact]
    public void Azure_yaml_deploys_the_functions_project_as_a_dotnet_function_app()
    {
        var yaml = AzureYaml;
        var service = ServiceBlock().Match(yaml);
        Assert.True(service.Success, "azure.yaml has no services entry");
        Assert.Equal(ServiceName, service.Groups["name"].Value);
        var body = service.Groups["body"].Value;
        Assert.Contains("language: dotnet", body, StringComparison.Ordinal);
        Assert.Contains("host: function", body, StringComparison.Ordinal);

        var project = ProjectLine().Match(body).Groups["path"].Value;
        Assert.True(File.Exists(Path.Combine(Bicep.RepositoryRoot, project, "CyberPartnerships.Functions.csproj")), $"azure.yaml project {project}");
    }

    [Fact]
    public void Azure_yaml_runs_the_postprovision_and_postdeploy_hooks_in_sh_and_pwsh()
    {
        var runs = RunLine().Matches(AzureYaml).Select(m => m.Groups["path"].Value).ToList();

        Assert.Equal(
            ["./infra/hooks/postdeploy.ps1", "./infra/hooks/postdeploy.sh", "./infra/hooks/postprovision.ps1", "./infra/hooks/postprovision.sh"],
            runs.Order(StringComparer.Ordinal));
        foreach (var run in runs)
        {
            var path = Path.Combine(Bicep.RepositoryRoot, run);
            Assert.True(File.Exists(path), run);
            if (run.EndsWith(".sh", StringComparison.Ordinal))
            {
                Assert.NotEqual((UnixFileMode)0, File.GetUnixFileMode(path) & UnixFileMode.UserExecute);
            }
        }

        Assert.Contains("postprovision:", AzureYaml, StringComparison.Ordinal);
        Assert.Contains("postdeploy:", AzureYaml, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parameter_file_maps_the_azd_environment_onto_main()
    {
        var file = ParameterFile;
        Assert.Equal("${AZURE_ENV_NAME}", file["environmentName"]!["value"]!.ToString());
        Assert.Equal("${AZURE_LOCATION}", file["location"]!["value"]!.ToString());
        Assert.Equal("${AZURE_PRINCIPAL_ID}", file["principalId"]!["value"]!.ToString());

        var parameters = Bicep.Main.Parameters;
        Assert.All(file, p => Assert.True(parameters.ContainsKey(p.Key), $"{p.Key} is not a parameter of main.bicep"));
        var unmapped = parameters.Where(p => p.Value!["defaultValue"] is null && !file.ContainsKey(p.Key)).Select(p => p.Key).ToList();
        Assert.True(unmapped.Count == 0, $"required parameters azd would prompt for: {string.Join(", ", unmapped)}");
    }

    [Fact]
    public void The_keys_are_read_back_from_key_vault_so_reprovisioning_does_not_rotate_them()
    {
        var file = ParameterFile;
        Assert.Equal("$(secretOrRandomPassword ${AZURE_KEY_VAULT_NAME} approval-link-signing-key)", file["approvalLinkSigningKey"]!["value"]!.ToString());
        Assert.Equal("$(secretOrRandomPassword ${AZURE_KEY_VAULT_NAME} pseudonym-key)", file["pseudonymKey"]!["value"]!.ToString());
        Assert.Equal("$(secretOrRandomPassword ${AZURE_KEY_VAULT_NAME} taxii-cursor-key)", file["taxiiCursorKey"]!["value"]!.ToString());

        // The vault's name is an output, so azd has AZURE_KEY_VAULT_NAME on the next run; the secret names match.
        Assert.Equal("[reference(extensionResourceId(format('/subscriptions/{0}/resourceGroups/{1}', subscription().subscriptionId, if(not(empty(parameters('resourceGroupName'))), parameters('resourceGroupName'), format('{0}{1}', variables('abbrs').resourcesResourceGroups, parameters('environmentName')))), 'Microsoft.Resources/deployments', 'keyvault'), '2025-04-01').outputs.name.value]",
            Bicep.Main.Outputs["AZURE_KEY_VAULT_NAME"]!["value"]!.ToString());
        var secretNames = Bicep.Main.Module("keyvault").OfType("Microsoft.KeyVault/vaults/secrets").Select(s => s.Name).ToList();
        Assert.Contains(secretNames, n => n.EndsWith("'approval-link-signing-key')]", StringComparison.Ordinal));
        Assert.Contains(secretNames, n => n.EndsWith("'pseudonym-key')]", StringComparison.Ordinal));
        Assert.Contains(secretNames, n => n.EndsWith("'taxii-cursor-key')]", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_azd_value_the_hooks_read_is_an_output_of_main()
    {
        var outputs = Bicep.Main.Outputs;
        var read = Directory.GetFiles(HooksDirectory)
            .SelectMany(f => AzureVariable().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Name: m.Value)))
            .Distinct()
            .ToList();

        Assert.NotEmpty(read);
        var missing = read.Where(r => !outputs.ContainsKey(r.Name)).Select(r => $"{r.Name} ({r.File})").ToList();
        Assert.True(missing.Count == 0, $"hooks read values main.bicep does not output: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_postprovision_hook_writes_local_settings_the_app_reads_with_fresh_keys()
    {
        var root = Directory.CreateTempSubdirectory("infra-hook-");
        try
        {
            var hooks = Directory.CreateDirectory(Path.Combine(root.FullName, "infra", "hooks"));
            File.Copy(Path.Combine(HooksDirectory, "postprovision.sh"), Path.Combine(hooks.FullName, "postprovision.sh"));
            var app = Directory.CreateDirectory(Path.Combine(root.FullName, "functions", "CyberPartnerships.Functions"));
            var target = Path.Combine(app.FullName, "local.settings.json");
            File.WriteAllText(target, "{\"Values\":{\"Storage__ConnectionString\":\"UseDevelopmentStorage=true\"}}");

            var first = RunHook(hooks.FullName, target);
            Assert.Contains("UseDevelopmentStorage", File.ReadAllText(target + ".bak"), StringComparison.Ordinal);
            var second = RunHook(hooks.FullName, target);

            var names = first.Select(p => p.Key).ToList();
            var bicepSettings = AppSettingsTests.AppSettings;
            var unknown = names.Where(n => n != "FUNCTIONS_WORKER_RUNTIME" && !bicepSettings.ContainsKey(n)).ToList();
            Assert.True(unknown.Count == 0, $"local settings the deployment does not know: {string.Join(", ", unknown)}");
            Assert.Equal("https://stexample.blob.core.windows.net/", first["Storage__BlobServiceUri"]!.ToString());
            Assert.Equal("https://stexample.table.core.windows.net/", first["AzureWebJobsStorage__tableServiceUri"]!.ToString());
            Assert.DoesNotContain(names, n => n.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase));

            // The PowerShell twin writes the same settings.
            var powershell = PowerShellSetting().Matches(File.ReadAllText(Path.Combine(HooksDirectory, "postprovision.ps1")))
                .Select(m => m.Groups["name"].Value);
            Assert.Equal(names.Order(StringComparer.Ordinal), powershell.Order(StringComparer.Ordinal));

            // Local keys are random per run (never the Key Vault keys) and decode to 32 bytes.
            Assert.Equal(32, Convert.FromBase64String(first["Approvals__CurrentKey"]!.ToString()).Length);
            Assert.NotEqual(first["Approvals__CurrentKey"]!.ToString(), second["Approvals__CurrentKey"]!.ToString());
            Assert.NotEqual(first["Approvals__CurrentKey"]!.ToString(), first["Redaction__PseudonymKey"]!.ToString());
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static JsonObject RunHook(string hooks, string target)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(hooks, "postprovision.sh"));
        start.Environment["AZURE_STORAGE_BLOB_ENDPOINT"] = "https://stexample.blob.core.windows.net/";
        start.Environment["AZURE_STORAGE_QUEUE_ENDPOINT"] = "https://stexample.queue.core.windows.net/";
        start.Environment["AZURE_STORAGE_TABLE_ENDPOINT"] = "https://stexample.table.core.windows.net/";
        start.Environment["AZURE_EMAIL_ENDPOINT"] = "https://acs-example.europe.communication.azure.com";
        start.Environment["AZURE_EMAIL_SENDER_ADDRESS"] = "DoNotReply@example.azurecomm.net";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the hook hung");
        Assert.True(process.ExitCode == 0, $"postprovision.sh failed: {stderr}{stdout.Result}");
        return (JsonObject)JsonNode.Parse(File.ReadAllText(target))!["Values"]!;
    }

    [GeneratedRegex(@"^services:\s*\n  (?<name>[\w-]+):\s*\n(?<body>(?:    .*\n)+)", RegexOptions.Multiline)]
    private static partial Regex ServiceBlock();

    [GeneratedRegex(@"project:\s*(?<path>\S+)")]
    private static partial Regex ProjectLine();

    [GeneratedRegex(@"^\s+run:\s*(?<path>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex RunLine();

    [GeneratedRegex(@"^\s+'(?<name>\w+)'\s+=", RegexOptions.Multiline)]
    private static partial Regex PowerShellSetting();

    [GeneratedRegex(@"\bAZURE_[A-Z_]+[A-Z]\b")]
    private static partial Regex AzureVariable();
}
