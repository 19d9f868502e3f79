using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using CyberPartnerships.Functions.Partners;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Functions.Tests;

/// <summary>
/// The app's real host, built by the same <see cref="Program.CreateBuilder"/> the worker runs, with the sample local
/// settings (functions/CyberPartnerships.Functions/local.settings.sample.json) pointed at Azurite, and scope
/// validation on; and the <c>functions.metadata</c> the SDK generated at build, against README's table of functions.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class AppStartupTests(AzuriteFixture storage)
{
    private static readonly Assembly App = typeof(PartnersFunctions).Assembly;

    /// <summary>The sample's values as the host's command line (the same keys <c>func</c> sets as environment
    /// variables): storage is Azurite, the signing key one made here (as scripts/start-local.sh makes it).</summary>
    private string[] SampleSettings(params (string Key, string? Value)[] overrides)
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "functions", "CyberPartnerships.Functions", "local.settings.sample.json")));
        var values = sample.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => (string?)p.Value.GetString());
        Assert.Equal("UseDevelopmentStorage=true", values["Storage__ConnectionString"]);
        values["Storage__ConnectionString"] = storage.ConnectionString;
        values["AzureWebJobsStorage"] = storage.ConnectionString;
        values["Approvals__CurrentKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        foreach (var (key, value) in overrides)
        {
            values[key] = value;
        }

        return [.. values.Where(v => v.Value is not null).Select(v => $"--{v.Key.Replace("__", ":", StringComparison.Ordinal)}={v.Value}")];
    }

    private IHost BuildHost(params (string Key, string? Value)[] overrides)
    {
        var builder = Program.CreateBuilder(SampleSettings(overrides));
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        return builder.Build();
    }

    private static IEnumerable<Type> FunctionClasses() =>
        App.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null));

    [Fact]
    public void Every_function_class_resolves_from_the_apps_container_with_scope_validation()
    {
        using var host = BuildHost();
        var classes = FunctionClasses().ToList();

        Assert.Equal(10, classes.Count);
        foreach (var type in classes)
        {
            using var scope = host.Services.CreateScope();
            var instance = ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            Assert.IsType(type, instance);
        }
    }

    /// <summary>Every options class of the core that the app registers binds from the sample settings and passes its
    /// validation (the ones with ValidateOnStart are validated again by the host at start).</summary>
    [Fact]
    public void Every_options_class_binds_and_validates_from_the_sample_settings()
    {
        using var host = BuildHost();
        var optionTypes = OptionTypes(host).ToList();

        Assert.Superset(
            new HashSet<string> { "StorageOptions", "SubmissionOptions", "IngestOptions", "FeedOptions", "MouOptions", "ApprovalOptions", "EmailOptions", "SharingOptions", "RedactionOptions" },
            optionTypes.Select(t => t.Name).ToHashSet());
        foreach (var type in optionTypes)
        {
            var options = host.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
            Assert.NotNull(options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options));
        }

        Assert.Equal("0 */15 * * * *", host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Feeds:Schedule"]);
    }

    /// <summary>What the host runs first when it starts (the ValidateOnStart options); starting the worker itself
    /// needs the Functions host's gRPC endpoint.</summary>
    [Fact]
    public void A_host_without_its_signing_key_refuses_to_start_and_names_the_setting()
    {
        using var valid = BuildHost();
        valid.Services.GetRequiredService<IStartupValidator>().Validate();
        using var host = BuildHost(("Approvals__CurrentKey", null));

        var error = Assert.ThrowsAny<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Approvals", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The core's options classes that the app configures (bound from configuration).</summary>
    private static IEnumerable<Type> OptionTypes(IHost host)
    {
        var coreAssembly = typeof(CyberPartnerships.Storage.StorageOptions).Assembly;
        return coreAssembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Where(t => host.Services.GetService(typeof(IConfigureOptions<>).MakeGenericType(t)) is not null);
    }

    [Fact]
    public void The_generated_functions_metadata_lists_exactly_the_functions_readme_documents()
    {
        var metadataPath = Path.Combine(AppContext.BaseDirectory, "functions.metadata");
        using var metadata = JsonDocument.Parse(File.ReadAllText(metadataPath));
        var generated = metadata.RootElement.EnumerateArray().Select(Row).Order(StringComparer.Ordinal).ToList();
        var documented = ReadmeFunctionRows().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(34, generated.Count);
        Assert.Equal(documented, generated);
        Assert.Contains(generated, r => r.StartsWith("ShareOutboundBlob|SharingFunctions|blobTrigger|outbound-raw/{name}|||source=EventGrid, connection=AzureWebJobsStorage", StringComparison.Ordinal));
        Assert.Contains("PullFeeds|FeedPullFunction|timerTrigger|%Feeds:Schedule%|||", generated);
        Assert.All(metadata.RootElement.EnumerateArray(), f => Assert.Equal("CyberPartnerships.Functions.dll", f.GetProperty("scriptFile").GetString()));
    }

    /// <summary>One function as README's table shows it: name|class|trigger|route, path or schedule|methods|auth|other bindings.</summary>
    private static string Row(JsonElement function)
    {
        var bindings = function.GetProperty("bindings").EnumerateArray().ToList();
        var trigger = bindings.Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
        string? Get(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var where = Get(trigger, "route") ?? Get(trigger, "path") ?? Get(trigger, "schedule") ?? string.Empty;
        var methods = trigger.TryGetProperty("methods", out var m) ? string.Join(',', m.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant())) : string.Empty;
        var auth = Get(trigger, "authLevel")?.ToLowerInvariant() ?? string.Empty;
        var details = new List<string>();
        if (Get(trigger, "source") is { } source)
        {
            details.Add($"source={source}");
        }

        if (Get(trigger, "connection") is { } connection)
        {
            details.Add($"connection={connection}");
        }

        details.AddRange(bindings.Where(b => !b.Equals(trigger) && b.GetProperty("type").GetString() != "http").Select(b => b.GetProperty("type").GetString()!));
        var entryPoint = function.GetProperty("entryPoint").GetString()!.Split('.');
        return string.Join('|', function.GetProperty("name").GetString(), entryPoint[^2], trigger.GetProperty("type").GetString(), where, methods, auth, string.Join(", ", details));
    }

    private static IEnumerable<string> ReadmeFunctionRows()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("\n## Functions\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has a '## Functions' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        foreach (var line in readme[start..end].Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray();
            Assert.Equal(7, cells.Length);
            yield return string.Join('|', cells);
        }
    }
}
