using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberPartnerships.Submissions;
using CyberPartnerships.Taxii;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Taxii;

/// <summary>Add Objects (5.5) on the inbox collection and Get Status (4.3): the envelope is a submission, with the
/// limits, validation and per-object outcomes of <c>POST /api/submissions</c>.</summary>
[Collection(StorageCollection.Name)]
public sealed class TaxiiInboxTests(AzuriteFixture storage) : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await TaxiiTestHost.StartAsync(storage, new Dictionary<string, string?> { ["Submissions:MaxBodyBytes"] = "20000" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Inbox => $"{TaxiiTestHost.Root}collections/{TaxiiCollections.InboxId}/";

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string path, string key, string body, string contentType = TaxiiTestHost.Accept)
    {
        using var request = TaxiiTestHost.Request(path, key);
        request.Method = HttpMethod.Post;
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var response = await _host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string Envelope(params JsonNode[] objects) => new JsonObject { ["objects"] = new JsonArray(objects) }.ToJsonString();

    [Fact]
    public async Task Section_5_5_an_envelope_posted_to_the_inbox_is_a_submission_with_a_complete_status_per_object()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("post");
        var good = Indicator($"[domain-name:value = '{NewDomain()}']");
        var bad = Indicator($"[domain-name:value = '{NewDomain()}']");
        bad["created"] = "yesterday";

        var (response, status) = await PostAsync(Inbox + "objects/", key, Envelope(good, bad));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("application/taxii+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("complete", status.GetProperty("status").GetString());
        Assert.Equal(2, status.GetProperty("total_count").GetInt32());
        Assert.Equal(1, status.GetProperty("success_count").GetInt32());
        Assert.Equal(1, status.GetProperty("failure_count").GetInt32());
        Assert.Equal(0, status.GetProperty("pending_count").GetInt32());
        var success = Assert.Single(status.GetProperty("successes").EnumerateArray());
        Assert.Equal(good["id"]!.GetValue<string>(), success.Id());
        Assert.Equal(Created, success.GetProperty("version").GetString());
        Assert.Equal(bad["id"]!.GetValue<string>(), Assert.Single(status.GetProperty("failures").EnumerateArray()).Id());

        var record = await _host.Services.GetRequiredService<SubmissionStore>().GetAsync(partner.Id, status.Id());
        Assert.NotNull(record);
        Assert.Equal(1, record!.Counts.Stored);
        Assert.Equal(1, record.Counts.Rejected);

        var (got, again) = await _host.GetAsync($"{TaxiiTestHost.Root}status/{status.Id()}/", key);
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        Assert.Equal(status.Id(), again.Id());
        Assert.Equal(1, again.GetProperty("success_count").GetInt32());
    }

    [Fact]
    public async Task Section_5_5_the_same_envelope_posted_again_stores_nothing_twice_and_answers_the_same_status()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("again");
        var body = Envelope(Indicator($"[domain-name:value = '{NewDomain()}']"));

        var (_, first) = await PostAsync(Inbox + "objects/", key, body);
        var (second, repeat) = await PostAsync(Inbox + "objects/", key, body);

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(first.Id(), repeat.Id());
        Assert.Equal(1, repeat.GetProperty("success_count").GetInt32());
        var record = await _host.Services.GetRequiredService<SubmissionStore>().GetAsync(partner.Id, first.Id());
        Assert.Equal(1, record!.Counts.Stored);
    }

    [Fact]
    public async Task Section_5_5_wrong_media_type_is_415_too_large_is_413_no_objects_is_422_and_a_read_collection_is_403()
    {
        var (_, key) = await _host.PartnerWithKeyAsync("lim");
        var body = Envelope(Indicator($"[domain-name:value = '{NewDomain()}']"));

        var (json, _) = await PostAsync(Inbox + "objects/", key, body, "application/json");
        var (large, _) = await PostAsync(Inbox + "objects/", key, Envelope([.. TaxiiTestHost.Indicators(80)]));
        var (empty, error) = await PostAsync(Inbox + "objects/", key, "{\"objects\":[]}");
        var (notJson, _) = await PostAsync(Inbox + "objects/", key, "{\"objects\":");
        var (readOnly, _) = await PostAsync(TaxiiTestHost.CollectionPath(Tlp.Green) + "objects/", key, body);
        var (read, _) = await _host.GetAsync(Inbox + "objects/", key);
        var (noKey, _) = await PostAsync(Inbox + "objects/", key[..^4] + "AAAA", body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal("422", error.GetProperty("http_status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
    }

    [Fact]
    public async Task Section_4_2_and_5_2_the_api_root_gives_the_submission_limit_and_the_inbox_is_write_only()
    {
        var (_, key) = await _host.PartnerWithKeyAsync("inbox");

        var (_, root) = await _host.GetAsync(TaxiiTestHost.Root, key);
        var (_, inbox) = await _host.GetAsync(Inbox, key);
        var (_, status) = await _host.GetAsync($"{TaxiiTestHost.Root}status/sub-{Guid.NewGuid():N}/", key);

        Assert.Equal(20000, root.GetProperty("max_content_length").GetInt32());
        Assert.False(inbox.GetProperty("can_read").GetBoolean());
        Assert.True(inbox.GetProperty("can_write").GetBoolean());
        Assert.Equal("404", status.GetProperty("http_status").GetString());
    }
}
