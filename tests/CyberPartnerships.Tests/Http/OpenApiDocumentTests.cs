using System.Text.Json;
using System.Text.RegularExpressions;
using CyberPartnerships.Graph;
using CyberPartnerships.Indicators;
using CyberPartnerships.Mou;
using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Storage;
using CyberPartnerships.Submissions;
using CyberPartnerships.Taxii;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Http;

/// <summary>docs/openapi.json documents exactly the routes the core maps: every path and method, no more, no less.</summary>
[Collection(StorageCollection.Name)]
public sealed partial class OpenApiDocumentTests(AzuriteFixture storage)
{
    /// <summary>Every feature's services. A feature with an API adds its <c>AddXxx()</c> here…</summary>
    private static void AddAllFeatures(IServiceCollection services) =>
        services.AddStorage().AddPartners().AddSubmissions().AddIndicators().AddMou().AddDirectCaseWorkflow().AddSharing().AddTaxiiServer().AddGraph();

    /// <summary>…and its <c>MapXxxApi()</c> here, and its routes to docs/openapi.json.</summary>
    private static void MapAllApis(WebApplication app) =>
        app.MapPartnersApi().MapSubmissionsApi().MapIndicatorsApi().MapMouApi().MapSharingApi().MapTaxiiApi().MapGraphApi();

    /// <summary>The settings the features validate at start.</summary>
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Approvals:PublicBaseUrl"] = "http://localhost",
        ["Approvals:CurrentKeyId"] = "k1",
        ["Approvals:CurrentKey"] = Convert.ToBase64String(new byte[32]),
    };

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();

    /// <summary><c>{*value}</c>, <c>{id:guid}</c> and <c>{id?}</c> are all <c>{value}</c> / <c>{id}</c> in OpenAPI.</summary>
    private static string Normalise(string route) => Parameter().Replace("/" + route.TrimStart('/'), "{$1}");

    [Fact]
    public async Task Openapi_document_lists_exactly_the_mapped_routes()
    {
        await using var host = await ApiHost.StartAsync(storage, AddAllFeatures, MapAllApis, Settings);
        var mapped = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m.ToUpperInvariant()} {Normalise(e.RoutePattern.RawText!)}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "docs", "openapi.json")));
        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "patch" or "delete" or "head" or "options")
                .Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(mapped);
        Assert.Contains("GET /api/partners/me", mapped);
        Assert.Equal(mapped, documented);
    }

    [Fact]
    public void Openapi_document_is_openapi_3_with_every_reference_resolved()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "openapi.json"));
        using var document = JsonDocument.Parse(text);
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        foreach (Match reference in Regex.Matches(text, "\"\\$ref\": \"#/([^\"]+)\""))
        {
            var node = document.RootElement;
            foreach (var part in reference.Groups[1].Value.Split('/'))
            {
                Assert.True(node.TryGetProperty(part, out node), $"Unresolved $ref #/{reference.Groups[1].Value}");
            }
        }
    }
}
