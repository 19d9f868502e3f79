using System.Reflection;
using CyberPartnerships.Functions.Partners;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Tests;

/// <summary>The shell's HTTP triggers declare the routes the core's handlers are tested on.</summary>
public sealed class RouteTests
{
    public static IEnumerable<(string Function, string Method, string Route)> HttpFunctions() =>
        from type in typeof(PartnersFunctions).Assembly.GetTypes()
        from method in type.GetMethods()
        let function = method.GetCustomAttribute<FunctionAttribute>()
        where function is not null
        from parameter in method.GetParameters()
        let trigger = parameter.GetCustomAttribute<HttpTriggerAttribute>()
        where trigger is not null
        from verb in trigger.Methods ?? []
        select (function.Name, verb.ToUpperInvariant(), "/api/" + trigger.Route);

    [Fact]
    public void Partner_profile_is_served_at_the_documented_route()
    {
        Assert.Contains((nameof(PartnersFunctions.GetMyPartnerProfile), "GET", "/api/partners/me"), HttpFunctions());
    }

    [Fact]
    public void Every_route_in_the_openapi_document_has_an_http_function_and_every_http_function_is_documented()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "docs", "openapi.json")))
        {
            directory = directory.Parent;
        }

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.FullName, "docs", "openapi.json")));
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(op => op.Name is "get" or "post" or "put" or "patch" or "delete").Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal);
        var served = HttpFunctions().Select(f => $"{f.Method} {f.Route.Replace("{*", "{", StringComparison.Ordinal)}").Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(documented, served);
    }

    [Fact]
    public void Every_http_function_is_anonymous_at_the_host_and_authenticated_by_the_core()
    {
        var levels =
            from type in typeof(PartnersFunctions).Assembly.GetTypes()
            from method in type.GetMethods()
            from parameter in method.GetParameters()
            let trigger = parameter.GetCustomAttribute<HttpTriggerAttribute>()
            where trigger is not null
            select trigger.AuthLevel;
        Assert.All(levels, level => Assert.Equal(AuthorizationLevel.Anonymous, level));
    }
}
