using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CyberPartnerships.Infra.Tests;

/// <summary>A resource of a compiled template, with the (nested) template that declares it.</summary>
internal sealed record ArmResource(JsonObject Json, ArmTemplate Template)
{
    public string Type => (string)Json["type"]!;

    public string Name => Json["name"]?.ToString() ?? "";

    public JsonObject Properties => Json["properties"] as JsonObject ?? [];

    /// <summary>The ARM condition, or null when the resource is unconditional.</summary>
    public string? Condition => Json["condition"]?.ToString();
}

/// <summary>
/// A compiled ARM template (main or a module's nested template): its resources, its modules, and just enough
/// expression reading to follow <c>variables('x')</c> and <c>variables('x').y</c> in the tests.
/// </summary>
internal sealed partial class ArmTemplate(JsonObject json, string name)
{
    public JsonObject Json { get; } = json;

    /// <summary>"main", or the module's deployment name.</summary>
    public string Name { get; } = name;

    public JsonObject Variables => Json["variables"] as JsonObject ?? [];

    public JsonObject Parameters => Json["parameters"] as JsonObject ?? [];

    public JsonObject Outputs => Json["outputs"] as JsonObject ?? [];

    public IEnumerable<ArmResource> Resources =>
        Json["resources"] switch
        {
            JsonArray array => array.Select(r => new ArmResource((JsonObject)r!, this)),
            JsonObject symbolic => symbolic.Select(p => new ArmResource((JsonObject)p.Value!, this)),
            _ => [],
        };

    /// <summary>This template's resources and those of every module under it.</summary>
    public IEnumerable<ArmResource> AllResources =>
        Resources.SelectMany(r => r.Type == "Microsoft.Resources/deployments"
            ? new[] { r }.Concat(ModuleTemplate(r).AllResources)
            : [r]);

    public IEnumerable<ArmResource> OfType(string type) =>
        AllResources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase));

    public ArmResource Single(string type)
    {
        var found = OfType(type).ToList();
        Assert.True(found.Count == 1, $"expected one {type}, found {found.Count}");
        return found[0];
    }

    /// <summary>The module (nested deployment) of main with this deployment name.</summary>
    public ArmResource ModuleDeployment(string deploymentName) =>
        Resources.Single(r => r.Type == "Microsoft.Resources/deployments" && r.Name == deploymentName);

    public ArmTemplate Module(string deploymentName) => ModuleTemplate(ModuleDeployment(deploymentName));

    /// <summary>The expression (or literal) main passes to a module parameter.</summary>
    public string ModuleArgument(string deploymentName, string parameter) =>
        ModuleDeployment(deploymentName).Properties["parameters"]?[parameter]?["value"]?.ToString()
        ?? throw new InvalidOperationException($"module {deploymentName} gets no parameter {parameter}");

    private static ArmTemplate ModuleTemplate(ArmResource deployment) =>
        new((JsonObject)deployment.Properties["template"]!, deployment.Name);

    /// <summary>
    /// The literal values an expression can take: a literal is itself; <c>[variables('x')]</c> and
    /// <c>[variables('x').y]</c> are looked up; <c>variables('x')[copyIndex()]</c> is every element of the array x.
    /// Anything else (parameters, references) stays as the expression text.
    /// </summary>
    public IReadOnlyList<string> Resolve(string expression)
    {
        var indexed = IndexedVariable().Match(expression);
        if (indexed.Success)
        {
            var array = (JsonArray)Variables[indexed.Groups["name"].Value]!;
            return array.SelectMany(e => Resolve(e!.ToString())).ToList();
        }

        var member = VariableMember().Match(expression);
        if (member.Success)
        {
            var value = Variables[member.Groups["name"].Value]![member.Groups["member"].Value]!;
            return Resolve(value.ToString());
        }

        var whole = WholeVariable().Match(expression);
        if (whole.Success)
        {
            return Resolve(Variables[whole.Groups["name"].Value]!.ToString());
        }

        return [expression];
    }

    [GeneratedRegex(@"variables\('(?<name>\w+)'\)\[copyIndex\(\)\]")]
    private static partial Regex IndexedVariable();

    [GeneratedRegex(@"variables\('(?<name>\w+)'\)\.(?<member>\w+)")]
    private static partial Regex VariableMember();

    [GeneratedRegex(@"^\[variables\('(?<name>\w+)'\)\]$")]
    private static partial Regex WholeVariable();
}
