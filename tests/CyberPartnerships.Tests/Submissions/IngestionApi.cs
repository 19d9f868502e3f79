using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberPartnerships.Indicators;
using CyberPartnerships.Partners;
using CyberPartnerships.Storage;
using CyberPartnerships.Submissions;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Partners;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>The partner API with submissions and indicators on TestServer against Azurite, and helpers to call it as a partner.</summary>
public sealed class IngestionApi : IAsyncDisposable
{
    private IngestionApi(ApiHost host) => Host = host;

    public ApiHost Host { get; }

    public static async Task<IngestionApi> StartAsync(AzuriteFixture storage, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null) =>
        new(await ApiHost.StartAsync(
            storage,
            services =>
            {
                services.AddStorage().AddPartners().AddSubmissions().AddIndicators();
                configure?.Invoke(services);
            },
            app => app.MapPartnersApi().MapSubmissionsApi().MapIndicatorsApi(),
            settings));

    /// <summary>A new partner with a live key.</summary>
    public async Task<(Partner Partner, string Key)> NewPartnerAsync(string prefix = "sub", Tlp clearance = Tlp.Amber)
    {
        var registry = Host.Services.GetRequiredService<PartnerRegistry>();
        var partner = await registry.AddAsync(PartnerTestData.NewPartner(prefix, clearance));
        var key = await registry.IssueKeyAsync(partner.Id);
        return (partner, key.Key);
    }

    public Task<HttpResponseMessage> PostAsync(string key, JsonNode body, string contentType = "application/stix+json;version=2.1", string? idempotencyKey = null) =>
        PostRawAsync(key, Encoding.UTF8.GetBytes(body.ToJsonString()), contentType, idempotencyKey);

    public async Task<HttpResponseMessage> PostRawAsync(string key, byte[] body, string contentType, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add("x-api-key", key);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await Host.Client.SendAsync(request);
    }

    /// <summary><c>POST /api/attachments?fileName=…</c> with <paramref name="content"/> as the body.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string key, string fileName, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/attachments?fileName={Uri.EscapeDataString(fileName)}") { Content = content };
        request.Headers.Add("x-api-key", key);
        return await Host.Client.SendAsync(request);
    }

    /// <summary>Uploads <paramref name="bytes"/> and returns the name a referral lists.</summary>
    public async Task<string> UploadedNameAsync(string key, string fileName, byte[] bytes)
    {
        using var response = await UploadAsync(key, fileName, new ByteArrayContent(bytes));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("name").GetString()!;
    }

    public async Task<HttpResponseMessage> GetAsync(string key, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-api-key", key);
        return await Host.Client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
