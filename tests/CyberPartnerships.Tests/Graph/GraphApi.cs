using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberPartnerships.Graph;
using CyberPartnerships.Indicators;
using CyberPartnerships.Partners;
using CyberPartnerships.Storage;
using CyberPartnerships.Submissions;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Partners;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Graph;

/// <summary>Submissions, indicators and the graph on TestServer (or Kestrel on 127.0.0.1 for the browser) against Azurite.</summary>
public sealed class GraphApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphApi(WebApplication app, HttpClient client, Uri baseAddress)
    {
        _app = app;
        Client = client;
        BaseAddress = baseAddress;
    }

    public HttpClient Client { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<GraphApi> StartAsync(AzuriteFixture storage, bool kestrel = false, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var baseUrl = kestrel ? $"http://127.0.0.1:{ToolProcess.FreePort()}" : "http://localhost";
        if (kestrel)
        {
            builder.WebHost.UseKestrel().UseUrls(baseUrl);
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = storage.ConnectionString });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddStorage().AddPartners().AddSubmissions().AddIndicators().AddGraph();
        var app = builder.Build();
        app.MapPartnersApi().MapSubmissionsApi().MapIndicatorsApi().MapGraphApi();
        await app.StartAsync();
        var client = kestrel ? new HttpClient { BaseAddress = new Uri(baseUrl) } : app.GetTestClient();
        return new GraphApi(app, client, new Uri(baseUrl));
    }

    public async Task<(Partner Partner, string Key)> NewPartnerAsync(string prefix = "g", Tlp clearance = Tlp.Amber)
    {
        var registry = Services.GetRequiredService<PartnerRegistry>();
        var partner = await registry.AddAsync(PartnerTestData.NewPartner(prefix, clearance));
        return (partner, (await registry.IssueKeyAsync(partner.Id)).Key);
    }

    /// <summary>Submits a STIX bundle (or, with <c>application/json</c>, a native referral) and expects it stored.</summary>
    public async Task SubmitAsync(string key, JsonNode body, string contentType = "application/stix+json;version=2.1")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToJsonString())) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("x-api-key", key);
        using var response = await Client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    public async Task<HttpResponseMessage> GetAsync(string? key, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add("x-api-key", key);
        }

        return await Client.SendAsync(request);
    }

    /// <summary><c>GET /api/graph</c>; the parsed body (a problem for an error status).</summary>
    public async Task<(System.Net.HttpStatusCode Status, JsonElement Body, string Text)> GraphAsync(string key, string node, int depth = 1, string extra = "")
    {
        using var response = await GetAsync(key, $"/api/graph?node={Uri.EscapeDataString(node)}&depth={depth}{extra}");
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement, text);
    }

    public static string[] NodeIds(JsonElement graph) => graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToArray();

    public static JsonElement Node(JsonElement graph, string id) => graph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == id);

    public static JsonObject Referral(string tlp, params (string Type, string Value)[] indicators) => new()
    {
        ["tlp"] = tlp,
        ["title"] = "Referral",
        ["summary"] = "Seen in our telemetry.",
        ["category"] = "malware",
        ["indicators"] = new JsonArray(indicators.Select(i => (JsonNode)new JsonObject { ["type"] = i.Type, ["value"] = i.Value }).ToArray()),
    };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
