using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Sharing;

/// <summary><c>GET /api/shared</c> and <c>GET /api/shared/{caseId}/{file}</c>: authenticated, each partner sees only its own.</summary>
[Collection(StorageCollection.Name)]
public sealed class SharedApiTests(AzuriteFixture storage) : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await SharingTestSupport.StartAsync(storage);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<(Partner Partner, string Key)> PartnerWithKeyAsync(string prefix, Tlp clearance)
    {
        var partner = await _host.AddPartnerAsync(prefix, clearance);
        var key = await _host.Services.GetRequiredService<PartnerRegistry>().IssueKeyAsync(partner.Id);
        return (partner, key.Key);
    }

    private async Task<string> ShareAsync(string file, string content, string tlp, params Partner[] targets)
    {
        var caseId = SharingTestSupport.NewCaseId();
        await storage.UploadRawAsync($"{caseId}/{file}", content, SharingTestSupport.Metadata(tlp, string.Join(',', targets.Select(t => t.Id))));
        var result = await _host.Services.GetRequiredService<SharingPipeline>().ProcessAsync($"{caseId}/{file}");
        Assert.Equal(SharingOutcome.Shared, result.Outcome);
        return caseId;
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Add(PartnerAuthenticator.HeaderName, key);
        }

        return _host.Client.SendAsync(request);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Partner_lists_what_was_shared_with_it_and_nothing_else()
    {
        var (europol, europolKey) = await PartnerWithKeyAsync("ec3", Tlp.Amber);
        var (_, oasKey) = await PartnerWithKeyAsync("oas", Tlp.Amber);
        var caseId = await ShareAsync("bundle.json", SampleDocuments.StixBundle, "AMBER", europol);

        using var response = await GetAsync("/api/shared", europolKey);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        var item = Assert.Single(items);
        Assert.Equal(caseId, item.GetProperty("caseId").GetString());
        Assert.Equal("bundle.json", item.GetProperty("file").GetString());
        Assert.Equal("AMBER", item.GetProperty("tlp").GetString());
        Assert.True(item.GetProperty("size").GetInt64() > 100);
        Assert.True(item.GetProperty("sharedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal($"/api/shared/{caseId}/bundle.json", item.GetProperty("href").GetString());
        Assert.Equal($"/api/shared/{caseId}/bundle.json.manifest.json", item.GetProperty("manifest").GetString());

        using var other = await GetAsync("/api/shared", oasKey);
        Assert.Empty((await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Listing_filters_by_case()
    {
        var (partner, key) = await PartnerWithKeyAsync("flt", Tlp.Amber);
        var first = await ShareAsync("a.txt", "one", "AMBER", partner);
        await ShareAsync("b.txt", "two", "AMBER", partner);

        using var response = await GetAsync($"/api/shared?caseId={first}", key);

        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([first], items.Select(i => i.GetProperty("caseId").GetString()));
        await AssertProblemAsync(await GetAsync("/api/shared?caseId=..%2Fx", key), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Listing_pages_with_a_continuation_token()
    {
        var (partner, key) = await PartnerWithKeyAsync("page", Tlp.Amber);
        var cases = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            cases.Add(await ShareAsync($"n{i}.txt", "x", "AMBER", partner));
        }

        var seen = new List<string?>();
        string? token = null;
        var pages = 0;
        do
        {
            using var response = await GetAsync($"/api/shared?pageSize=2{(token is null ? "" : "&continuationToken=" + Uri.EscapeDataString(token))}", key);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            seen.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseId").GetString()));
            token = body.TryGetProperty("continuationToken", out var t) ? t.GetString() : null;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(cases.Order(StringComparer.Ordinal), seen);
        Assert.True(pages >= 3);
        await AssertProblemAsync(await GetAsync("/api/shared?pageSize=0", key), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await GetAsync("/api/shared?pageSize=1001", key), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Partner_downloads_its_redacted_item_and_manifest()
    {
        var (partner, key) = await PartnerWithKeyAsync("dl", Tlp.Green);
        var caseId = await ShareAsync("victims.csv", SampleDocuments.Csv, "GREEN", partner);
        var stored = await storage.Container(SharingOptions.SharedContainer).ReadTextAsync($"{partner.Id}/{caseId}/victims.csv");

        using var response = await GetAsync($"/api/shared/{caseId}/victims.csv", key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(stored), response.Content.Headers.ContentLength);
        Assert.Equal("victims.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(stored, body);
        Assert.DoesNotContain(SampleDocuments.VictimEmail, body, StringComparison.Ordinal);

        using var manifest = await GetAsync($"/api/shared/{caseId}/victims.csv.manifest.json", key);
        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Equal(partner.Id, (await manifest.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("targetPartner").GetString());
    }

    [Fact]
    public async Task Another_partners_item_is_not_found()
    {
        var (owner, _) = await PartnerWithKeyAsync("own", Tlp.Amber);
        var (_, otherKey) = await PartnerWithKeyAsync("oth", Tlp.Red);
        var caseId = await ShareAsync("note.txt", "mail ana@example.org", "AMBER", owner);

        await AssertProblemAsync(await GetAsync($"/api/shared/{caseId}/note.txt", otherKey), HttpStatusCode.NotFound);
        await AssertProblemAsync(await GetAsync($"/api/shared/{caseId}/note.txt.manifest.json", otherKey), HttpStatusCode.NotFound);
        await AssertProblemAsync(await GetAsync($"/api/shared/{caseId}/missing.txt", otherKey), HttpStatusCode.NotFound);
        await AssertProblemAsync(await GetAsync($"/api/shared/{caseId}/bad%20name.txt", otherKey), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Items_above_the_partners_current_clearance_are_hidden()
    {
        // As if the partner's clearance was lowered after the item was shared with it.
        var (partner, key) = await PartnerWithKeyAsync("low", Tlp.Green);
        var caseId = SharingTestSupport.NewCaseId();
        await storage.Container(SharingOptions.SharedContainer).GetBlobClient($"{partner.Id}/{caseId}/old.txt").UploadAsync(
            BinaryData.FromString("x"), new Azure.Storage.Blobs.Models.BlobUploadOptions { Metadata = new Dictionary<string, string> { ["tlp"] = "AMBER" } });

        using var list = await GetAsync($"/api/shared?caseId={caseId}", key);

        Assert.Empty((await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        await AssertProblemAsync(await GetAsync($"/api/shared/{caseId}/old.txt", key), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Shared_routes_need_a_valid_key()
    {
        var (owner, _) = await PartnerWithKeyAsync("auth", Tlp.Amber);
        var caseId = await ShareAsync("note.txt", "x", "AMBER", owner);

        await AssertProblemAsync(await GetAsync("/api/shared", null), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await GetAsync($"/api/shared/{caseId}/note.txt", null), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await GetAsync($"/api/shared/{caseId}/note.txt", "cpk_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), HttpStatusCode.Unauthorized);
    }
}
