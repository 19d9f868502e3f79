using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Storage;
using CyberPartnerships.Submissions;
using CyberPartnerships.Taxii;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Sharing;
using Microsoft.Extensions.DependencyInjection;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Taxii;

/// <summary>The TAXII server with sharing on the test server against Azurite, partners with keys, and the sharing
/// pipeline to share bundles through (nothing is written to the index but by the pipeline).</summary>
public static class TaxiiTestHost
{
    public const string Accept = "application/taxii+json;version=2.1";
    public const string Root = TaxiiServiceCollectionExtensions.Root;

    public static string CollectionPath(Tlp tlp) => $"{Root}collections/{TaxiiCollections.For(tlp).Id}/";

    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var settings = SharingTestSupport.Settings();
        settings["Taxii:CommitLag"] = "00:00:00";
        settings["Taxii:CursorKey"] = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 11 + 1)).ToArray());
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[name] = value;
        }

        return settings;
    }

    public static Task<ApiHost> StartAsync(AzuriteFixture storage, IDictionary<string, string?>? settings = null) =>
        ApiHost.StartAsync(
            storage,
            s => s.AddStorage().AddPartners().AddSubmissions().AddSharing().AddTaxiiServer(),
            app => app.MapTaxiiApi(),
            Settings(settings));

    public static async Task<(Partner Partner, string Key)> PartnerWithKeyAsync(this ApiHost host, string prefix, Tlp clearance = Tlp.Amber)
    {
        var partner = await host.AddPartnerAsync(prefix, clearance);
        var key = await host.Services.GetRequiredService<PartnerRegistry>().IssueKeyAsync(partner.Id);
        return (partner, key.Key);
    }

    /// <summary>Shares a bundle of <paramref name="objects"/> through the sharing pipeline; returns the case id.</summary>
    public static async Task<string> ShareAsync(this ApiHost host, AzuriteFixture storage, Tlp tlp, IEnumerable<JsonNode> objects, params Partner[] targets)
    {
        var caseId = SharingTestSupport.NewCaseId();
        var metadata = SharingTestSupport.Metadata(tlp.ToLabel(), string.Join(',', targets.Select(t => t.Id)), tlp == Tlp.AmberStrict ? targets[0].Id : null);
        await storage.UploadRawAsync($"{caseId}/bundle.json", Bundle([.. objects]).ToJsonString(), metadata);
        var result = await host.Services.GetRequiredService<SharingPipeline>().ProcessAsync($"{caseId}/bundle.json");
        Assert.Equal(SharingOutcome.Shared, result.Outcome);
        return caseId;
    }

    public static List<JsonNode> Indicators(int count, string marking = Ingestion.StixMarkings.Amber) =>
        [.. Enumerable.Range(0, count).Select(_ => (JsonNode)Indicator($"[domain-name:value = '{NewDomain()}']", marking: marking))];

    public static HttpRequestMessage Request(string path, string? key, string? accept = Accept, string scheme = "Basic")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (key is not null)
        {
            request.Headers.Authorization = scheme == "Basic"
                ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"partner:{key}")))
                : new AuthenticationHeaderValue(scheme, key);
        }

        return request;
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> GetAsync(this ApiHost host, string path, string? key, string? accept = Accept, string scheme = "Basic")
    {
        using var request = Request(path, key, accept, scheme);
        var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>Every object of a listing, following <c>next</c> while <c>more</c>; the pages' sizes too.</summary>
    public static async Task<(List<JsonElement> Objects, List<int> Pages)> PageThroughAsync(this ApiHost host, string path, string key, string kind = "objects")
    {
        var objects = new List<JsonElement>();
        var pages = new List<int>();
        string? next = null;
        do
        {
            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var (response, body) = await host.GetAsync(next is null ? path : $"{path}{separator}next={Uri.EscapeDataString(next)}", key);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var page = body.TryGetProperty(kind, out var items) ? items.EnumerateArray().ToList() : [];
            objects.AddRange(page);
            pages.Add(page.Count);
            next = body.GetProperty("more").GetBoolean() ? body.GetProperty("next").GetString() : null;
        }
        while (next is not null);
        return (objects, pages);
    }

    public static string Id(this JsonElement o) => o.GetProperty("id").GetString()!;
}
