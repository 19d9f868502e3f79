using System.Text.Json.Nodes;

namespace CyberPartnerships.Infra.Tests;

/// <summary>The Function App's settings in infra/app/api.bicep: keyless, and the same names the core's options read.</summary>
public class AppSettingsTests
{
    /// <summary>Read by the Functions host, the Azure SDK or the platform, not by the core's options.</summary>
    private static readonly string[] HostSettingPrefixes = ["AzureWebJobs", "FUNCTIONS_", "APPLICATIONINSIGHTS_", "WEBSITE_", "AZURE_"];

    /// <summary>
    /// Settings the bicep already sets for options classes that other features are still writing. Each entry must
    /// still be unread by the core (a test below fails when its options class lands: then delete the entry here,
    /// and the two comparison tests hold the bicep and the class to the same names).
    /// </summary>
    private static readonly Dictionary<string, string> AwaitingOptions = new(StringComparer.OrdinalIgnoreCase)
    {
    };

    internal static JsonObject AppSettings =>
        Bicep.Main.Module("api").Resources
            .Single(r => r.Type == "Microsoft.Web/sites/config" && r.Name.Contains("'appsettings'", StringComparison.Ordinal))
            .Properties;

    private static IEnumerable<string> AppSettingNames => AppSettings.Select(p => p.Key);

    private static bool IsHostSetting(string name) =>
        HostSettingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static string Value(string name) => AppSettings[name]?.ToString() ?? throw new Xunit.Sdk.XunitException($"{name} is not set");

    [Fact]
    public void Every_app_setting_the_bicep_sets_is_a_host_setting_or_read_by_an_options_property()
    {
        var options = OptionsSettings.All;
        var unread = AppSettingNames
            .Where(name => !IsHostSetting(name) && !AwaitingOptions.ContainsKey(name))
            .Where(name => !options.Any(o => o.Reads(name)))
            .ToList();

        Assert.True(unread.Count == 0,
            $"app settings no options property reads (misspelt, or the options class is missing): {string.Join(", ", unread)}");
    }

    [Fact]
    public void Every_required_options_setting_is_set_by_the_bicep()
    {
        var missing = OptionsSettings.All
            .Where(o => o.Required && !AppSettingNames.Any(o.Reads))
            .Select(o => $"{o.Name}{(o.IsPrefix ? "__*" : "")} ({o.Source})")
            .ToList();

        Assert.True(missing.Count == 0,
            "options settings infra/app/api.bicep does not set; set them there, or mark the property [OptionalSetting] "
            + $"(it has a good default) or [LocalOnly] (never in Azure): {string.Join(", ", missing)}");
    }

    [Fact]
    public void No_local_only_setting_is_set_by_the_bicep()
    {
        var localOnly = OptionsSettings.All.Where(o => o.LocalOnly).ToList();
        Assert.Contains(localOnly, o => o.Name == "Storage__ConnectionString");
        Assert.Contains(localOnly, o => o.Name == "Feeds__AllowPrivateAddresses");

        var set = AppSettingNames.Where(name => localOnly.Any(o => o.Reads(name))).ToList();
        Assert.True(set.Count == 0, $"local-only settings set in Azure: {string.Join(", ", set)}");
    }

    [Fact]
    public void Settings_awaiting_their_options_class_are_still_unread_and_still_set()
    {
        var options = OptionsSettings.All;
        foreach (var (name, what) in AwaitingOptions)
        {
            Assert.True(AppSettings.ContainsKey(name), $"{name} ({what}) is no longer set by the bicep: remove it from AwaitingOptions");
            var reader = options.FirstOrDefault(o => o.Reads(name));
            Assert.True(reader is null, $"{name} is now read by {reader?.Source}: remove it from AwaitingOptions in {nameof(AppSettingsTests)}");
        }
    }

    [Fact]
    public void The_options_reader_finds_the_storage_options_and_their_attributes()
    {
        var storage = OptionsSettings.All.Where(o => o.Source.StartsWith("StorageOptions.", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            ["Storage__BlobServiceUri", "Storage__ClientId", "Storage__ConnectionString", "Storage__QueueServiceUri", "Storage__TableServiceUri"],
            storage.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.True(storage.Single(o => o.Name == "Storage__ConnectionString").LocalOnly);
        Assert.All(storage.Where(o => o.Name != "Storage__ConnectionString"), o => Assert.True(o.Required, o.Name));
        Assert.DoesNotContain(storage, o => o.Name.EndsWith("IsConfigured", StringComparison.Ordinal));
    }

    [Fact]
    public void The_host_storage_connection_is_keyless_with_the_managed_identity()
    {
        Assert.Equal("managedidentity", Value("AzureWebJobsStorage__credential"));
        Assert.Equal("[parameters('identityClientId')]", Value("AzureWebJobsStorage__clientId"));
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.EndsWith($".primaryEndpoints.{service}]", Value($"AzureWebJobsStorage__{service}ServiceUri"), StringComparison.Ordinal);
            Assert.EndsWith($".primaryEndpoints.{service}]", Value($"Storage__{char.ToUpperInvariant(service[0])}{service[1..]}ServiceUri"), StringComparison.Ordinal);
        }

        Assert.False(AppSettings.ContainsKey("AzureWebJobsStorage"), "AzureWebJobsStorage (a connection string) must not be set");
        Assert.Equal("[parameters('identityClientId')]", Value("Storage__ClientId"));
        Assert.Equal("[parameters('identityClientId')]", Value("AZURE_CLIENT_ID"));
        Assert.Contains("'identity'", Bicep.Main.ModuleArgument("api", "identityClientId"), StringComparison.Ordinal);
        Assert.EndsWith(".outputs.clientId.value]", Bicep.Main.ModuleArgument("api", "identityClientId"), StringComparison.Ordinal);
    }

    [Fact]
    public void Application_insights_is_reached_with_the_identity()
    {
        Assert.Equal("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]",
            Value("APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
        Assert.StartsWith("[reference(resourceId('Microsoft.Insights/components'", Value("APPLICATIONINSIGHTS_CONNECTION_STRING"), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_keys_are_key_vault_references_read_with_the_user_assigned_identity()
    {
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('approvalLinkSigningKeyUri'))]", Value("Approvals__CurrentKey"));
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('pseudonymKeyUri'))]", Value("Redaction__PseudonymKey"));
        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('taxiiCursorKeyUri'))]", Value("Taxii__CursorKey"));
        Assert.EndsWith("'keyvault'), '2025-04-01').outputs.approvalLinkSigningKeyUri.value]", Bicep.Main.ModuleArgument("api", "approvalLinkSigningKeyUri"), StringComparison.Ordinal);
        Assert.EndsWith("'keyvault'), '2025-04-01').outputs.pseudonymKeyUri.value]", Bicep.Main.ModuleArgument("api", "pseudonymKeyUri"), StringComparison.Ordinal);

        // Versionless secret URIs: the reference follows the newest secret version after a rotation.
        var keyVault = Bicep.Main.Module("keyvault");
        Assert.EndsWith(".secretUri]", keyVault.Outputs["approvalLinkSigningKeyUri"]!["value"]!.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(".secretUri]", keyVault.Outputs["pseudonymKeyUri"]!["value"]!.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(".secretUri]", keyVault.Outputs["taxiiCursorKeyUri"]!["value"]!.ToString(), StringComparison.Ordinal);

        var site = Bicep.Main.Module("api").Single("Microsoft.Web/sites");
        Assert.Equal("[parameters('identityId')]", site.Properties["keyVaultReferenceIdentity"]!.ToString());
    }

    [Fact]
    public void No_app_setting_holds_a_key_or_a_connection_string()
    {
        string[] forbidden = ["listKeys", "AccountKey=", "DefaultEndpointsProtocol", "SharedAccessSignature", "SharedAccessKey", "UseDevelopmentStorage", "InstrumentationKey=", "accesskey"];
        foreach (var (name, value) in AppSettings)
        {
            var text = value!.ToString();
            Assert.DoesNotContain(forbidden, f => text.Contains(f, StringComparison.OrdinalIgnoreCase));
            if (name.Contains("ConnectionString", StringComparison.OrdinalIgnoreCase))
            {
                // Application Insights' connection string carries no secret once local auth is off.
                Assert.Equal("APPLICATIONINSIGHTS_CONNECTION_STRING", name);
            }
        }

        // Nor anywhere in the compiled template: no key is ever read (listKeys, listConnectionStrings, ...).
        var whole = Bicep.Main.Json.ToJsonString();
        Assert.DoesNotContain("listKeys", whole, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listConnectionStrings", whole, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey=", whole, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("DefaultEndpointsProtocol", whole, StringComparison.OrdinalIgnoreCase);
    }
}
