using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using CyberPartnerships.Submissions;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Submissions;

/// <summary><c>POST /api/attachments</c>, <c>GET /api/attachments/{id}</c> and the referral's check of the names it lists, against Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed class AttachmentTests(AzuriteFixture storage) : IAsyncLifetime
{
    private const int Limit = 64 * 1024;
    private IngestionApi _api = null!;

    public async Task InitializeAsync() => _api = await IngestionApi.StartAsync(storage, settings: new Dictionary<string, string?>
    {
        ["Submissions:MaxAttachmentBytes"] = $"{Limit}",
    });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private BlobContainerClient Container => _api.Host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(AttachmentStore.ContainerName);

    [Fact]
    public async Task Upload_is_stored_whole_with_its_hash_and_its_sender_can_read_its_details()
    {
        var (partner, key) = await _api.NewPartnerAsync("att");
        var bytes = RandomNumberGenerator.GetBytes(Limit - 10);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.tcpdump.pcap");

        using var response = await _api.UploadAsync(key, "capture 1.pcap", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var info = await IngestionApi.JsonAsync(response);
        var id = info.GetProperty("id").GetString()!;
        var name = info.GetProperty("name").GetString()!;
        Assert.Equal($"{partner.Id}/{id}/capture 1.pcap", name);
        Assert.Equal($"/api/attachments/{id}", response.Headers.Location?.ToString());
        Assert.Equal(bytes.Length, info.GetProperty("size").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), info.GetProperty("sha256").GetString());
        Assert.Equal(bytes, (await Container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToArray());

        using var get = await _api.GetAsync(key, $"/api/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var read = await IngestionApi.JsonAsync(get);
        Assert.Equal(name, read.GetProperty("name").GetString());
        Assert.Equal("application/vnd.tcpdump.pcap", read.GetProperty("contentType").GetString());
        Assert.Equal(info.GetProperty("sha256").GetString(), read.GetProperty("sha256").GetString());

        var (_, otherKey) = await _api.NewPartnerAsync("att");
        using var foreign = await _api.GetAsync(otherKey, $"/api/attachments/{id}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task Upload_over_the_limit_gets_413_and_leaves_nothing_whether_or_not_it_announces_its_length()
    {
        var (partner, key) = await _api.NewPartnerAsync("att");

        using var announced = await _api.UploadAsync(key, "big.bin", new ByteArrayContent(new byte[Limit + 1]));
        using var streamed = await _api.UploadAsync(key, "big.bin", new StreamContent(new UnknownLengthStream(new byte[Limit * 3])));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, announced.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal("application/problem+json", streamed.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await Container.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = partner.Id + "/" }).ToListAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("dir/file.pcap")]
    [InlineData("..")]
    [InlineData(" padded.txt")]
    [InlineData("invoice\u202Egpj.exe")]
    public async Task Upload_without_a_plain_file_name_gets_400(string fileName)
    {
        var (_, key) = await _api.NewPartnerAsync("att");

        using var response = await _api.UploadAsync(key, fileName, new ByteArrayContent([1, 2, 3]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.EndsWith("/bad-file-name", (await IngestionApi.JsonAsync(response)).GetProperty("type").GetString());
    }

    [Fact]
    public void Kestrel_lets_a_body_one_byte_over_the_largest_accepted_reach_the_handlers()
    {
        var kestrel = _api.Host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value;

        Assert.Equal(Math.Max(Limit, new SubmissionOptions().MaxBodyBytes) + 1, kestrel.Limits.MaxRequestBodySize);
    }

    [Fact]
    public async Task Upload_whose_name_has_two_dots_can_be_named_by_a_referral()
    {
        var (_, key) = await _api.NewPartnerAsync("att");
        var name = await _api.UploadedNameAsync(key, "dump..pcap", [1, 2, 3]);

        using var response = await _api.PostAsync(key, Referral(name), "application/json");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Upload_without_a_key_gets_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/attachments?fileName=a.bin") { Content = new ByteArrayContent([1]) };

        using var response = await _api.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Referral_naming_a_missing_or_another_partners_upload_gets_400_pointing_at_it_and_stores_nothing()
    {
        var (partner, key) = await _api.NewPartnerAsync("att");
        var (_, otherKey) = await _api.NewPartnerAsync("att");
        var mine = await _api.UploadedNameAsync(key, "sample.bin", [1, 2, 3]);
        var theirs = await _api.UploadedNameAsync(otherKey, "sample.bin", [4, 5, 6]);
        var missing = $"{partner.Id}/att-{new string('0', 24)}/sample.bin";

        var idempotencyKey = Guid.NewGuid().ToString();

        using var refused = await _api.PostAsync(key, Referral(mine, theirs, missing), "application/json", idempotencyKey);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await IngestionApi.JsonAsync(refused);
        Assert.Equal(["/attachments/1", "/attachments/2"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()));

        // Nothing was stored under the key: the corrected referral is a first submission, not a replay nor a 409.
        using var accepted = await _api.PostAsync(key, Referral(mine), "application/json", idempotencyKey);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.False(accepted.Headers.Contains(SubmissionEndpoints.ReplayedHeader));
    }

    private static JsonObject Referral(params string[] attachments) => new()
    {
        ["tlp"] = "AMBER",
        ["title"] = "Loader samples",
        ["summary"] = "Samples of the loader dropped by the campaign.",
        ["category"] = "malware",
        ["attachments"] = new JsonArray(attachments.Select(a => (JsonNode?)a).ToArray()),
        ["indicators"] = new JsonArray(new JsonObject { ["type"] = "sha256", ["value"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)) }),
    };
}
