using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Submissions;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Submissions;

/// <summary><c>POST /api/submissions</c> and <c>GET /api/submissions/{id}</c> on TestServer against Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed class SubmissionTests(AzuriteFixture storage) : IAsyncLifetime
{
    private IngestionApi _api = null!;

    public async Task InitializeAsync() => _api = await IngestionApi.StartAsync(storage);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static string[] Statuses(JsonElement record) =>
        record.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("status").GetString()!).ToArray();

    [Fact]
    public async Task Stix_bundle_is_stored_and_every_object_is_named_with_its_outcome()
    {
        var (_, key) = await _api.NewPartnerAsync();
        var invalid = Indicator("[ipv4-addr:value = '198.51.100.7']");
        invalid.Remove("created");
        var custom = new JsonObject { ["type"] = "x-acme-botnet-panel", ["id"] = NewId("x-acme-botnet-panel"), ["panel"] = "hxxp://panel" };
        var bundle = Bundle(
            Indicator($"[ipv4-addr:value = '{NewIp()}']"),
            Malware("Emotet"),
            invalid,
            custom,
            Observable("domain-name", NewDomain()));

        using var response = await _api.PostAsync(key, bundle);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await IngestionApi.JsonAsync(response);
        var id = record.GetProperty("id").GetString()!;
        Assert.Equal($"/api/submissions/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("AMBER", record.GetProperty("tlp").GetString());
        Assert.Equal(["stored", "stored", "rejected", "stored", "stored"], Statuses(record));
        var rejected = record.GetProperty("objects")[2];
        Assert.Equal("/objects/2/created", rejected.GetProperty("pointer").GetString());
        Assert.Contains("created", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(record.GetProperty("objects")[3].GetProperty("opaque").GetBoolean());
        Assert.Equal(3, record.GetProperty("counts").GetProperty("stored").GetInt32() - 1);

        using var get = await _api.GetAsync(key, $"/api/submissions/{id}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(Statuses(record), Statuses(await IngestionApi.JsonAsync(get)));
    }

    [Fact]
    public async Task Native_referral_is_stored_with_each_indicators_outcome()
    {
        var (partner, key) = await _api.NewPartnerAsync();
        var ip = NewIp();
        var pcap = await _api.UploadedNameAsync(key, "pcap-1.pcap", [0xd4, 0xc3, 0xb2, 0xa1]);
        var referral = new JsonObject
        {
            ["tlp"] = "GREEN",
            ["title"] = "Botnet C2 in two countries",
            ["summary"] = "Operators rotate C2 weekly.",
            ["category"] = "botnet",
            ["requestedAction"] = "enforcement",
            ["estimatedVictims"] = 12000,
            ["jurisdictions"] = new JsonArray("de", "US"),
            ["attachments"] = new JsonArray(pcap),
            ["indicators"] = new JsonArray(
                new JsonObject { ["type"] = "ipv4", ["value"] = ip },
                new JsonObject { ["type"] = "domain", ["value"] = "Evil-" + NewDomain().ToUpperInvariant() + "." },
                new JsonObject { ["type"] = "ipv4", ["value"] = ip },
                new JsonObject { ["type"] = "sha256", ["value"] = "not-a-hash" }),
        };

        using var response = await _api.PostAsync(key, referral, "application/json");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await IngestionApi.JsonAsync(response);
        Assert.Equal("native", record.GetProperty("format").GetString());
        Assert.Equal(partner.Id, record.GetProperty("partnerId").GetString());
        Assert.Equal("enforcement", record.GetProperty("requestedAction").GetString());
        Assert.Equal(["DE", "US"], record.GetProperty("jurisdictions").EnumerateArray().Select(j => j.GetString()));
        Assert.Equal(["stored", "stored", "duplicate", "rejected"], Statuses(record));
        var domain = record.GetProperty("objects")[1].GetProperty("id").GetString()!;
        Assert.StartsWith("domain:evil-c2-", domain, StringComparison.Ordinal);
        Assert.False(domain.EndsWith('.'));
        Assert.Equal("/indicators/3/value", record.GetProperty("objects")[3].GetProperty("pointer").GetString());
        Assert.Equal(2, record.GetProperty("indicatorCount").GetInt32());
        Assert.Equal([pcap], record.GetProperty("attachments").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Submission_without_a_tlp_marking_gets_400()
    {
        var (_, key) = await _api.NewPartnerAsync();

        using var stix = await _api.PostAsync(key, Bundle(Malware("Qakbot", marking: null)));
        using var native = await _api.PostAsync(key, new JsonObject { ["title"] = "t", ["summary"] = "s", ["category"] = "fraud" }, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, stix.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, native.StatusCode);
        Assert.Contains((await IngestionApi.JsonAsync(native)).GetProperty("errors").EnumerateArray(), e => e.GetProperty("pointer").GetString() == "/tlp");
    }

    [Fact]
    public async Task Same_bundle_twice_returns_the_first_result_and_stores_nothing_twice()
    {
        var (_, key) = await _api.NewPartnerAsync();
        var bundle = Bundle(Indicator($"[ipv4-addr:value = '{NewIp()}']"), Malware("TrickBot"));

        using var first = await _api.PostAsync(key, bundle);
        using var second = await _api.PostAsync(key, bundle);

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(["stored", "stored"], Statuses(await IngestionApi.JsonAsync(second)));
    }

    [Fact]
    public async Task Idempotency_key_replays_the_first_result_and_refuses_a_different_body()
    {
        var (_, key) = await _api.NewPartnerAsync();
        var idempotencyKey = Guid.NewGuid().ToString();
        var referral = new JsonObject { ["tlp"] = "AMBER", ["title"] = "Fraud ring", ["summary"] = "s", ["category"] = "fraud" };

        using var first = await _api.PostAsync(key, referral, "application/json", idempotencyKey);
        using var again = await _api.PostAsync(key, referral, "application/json", idempotencyKey);
        referral["title"] = "Changed";
        using var changed = await _api.PostAsync(key, referral, "application/json", idempotencyKey);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
    }

    [Fact]
    public async Task Object_already_sent_by_another_partner_is_stored_as_this_partners_own_copy_and_names_no_other_source()
    {
        var (_, keyA) = await _api.NewPartnerAsync("a");
        var (_, keyB) = await _api.NewPartnerAsync("b");
        var shared = Malware("Conti");

        using var a = await _api.PostAsync(keyA, Bundle(shared));
        using var b = await _api.PostAsync(keyB, Bundle(shared.DeepClone(), Malware("Other")));
        using var again = await _api.PostAsync(keyA, Bundle(shared.DeepClone(), Malware("Third")));

        var first = (await IngestionApi.JsonAsync(a)).GetProperty("id").GetString();
        var outcome = (await IngestionApi.JsonAsync(b)).GetProperty("objects")[0];
        Assert.Equal("stored", outcome.GetProperty("status").GetString());
        Assert.False(outcome.TryGetProperty("existingSource", out var source) && source.ValueKind != System.Text.Json.JsonValueKind.Null);
        Assert.DoesNotContain(first!, await b.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The partner's own earlier copy is a duplicate, and may be named to it.
        var own = (await IngestionApi.JsonAsync(again)).GetProperty("objects")[0];
        Assert.Equal("duplicate", own.GetProperty("status").GetString());
        Assert.Equal(first, own.GetProperty("existingSource").GetString());
        Assert.Equal(shared["id"]!.GetValue<string>(), own.GetProperty("existingId").GetString());
    }

    [Fact]
    public async Task An_observable_another_partner_reported_as_red_is_stored_at_green_for_the_partner_sending_it_green()
    {
        var (_, keyRed) = await _api.NewPartnerAsync("red", Tlp.Red);
        var (_, keyGreen) = await _api.NewPartnerAsync("green");
        var ip = NewIp();
        JsonObject Ipv4(string marking)
        {
            var sco = Observable("ipv4-addr", ip);
            sco["id"] = $"ipv4-addr--{DeterministicScoId(ip)}";
            sco["object_marking_refs"] = new JsonArray(marking);
            return sco;
        }

        using var red = await _api.PostAsync(keyRed, Bundle(Ipv4(StixMarkings.Red)));
        using var green = await _api.PostAsync(keyGreen, Bundle(Ipv4(StixMarkings.Green)));

        Assert.Equal(["stored"], Statuses(await IngestionApi.JsonAsync(red)));
        Assert.Equal(["stored"], Statuses(await IngestionApi.JsonAsync(green)));
        var id = $"ipv4-addr--{DeterministicScoId(ip)}";
        var rows = storage.Clients.Tables.GetTableClient(IngestWriter.ObjectsTable)
            .Query<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == IngestWriter.ObjectPartition(id)).Where(e => e.GetString("StixId") == id).ToList();
        Assert.Equal(["GREEN", "RED"], rows.Select(r => r.GetString("Tlp")).Order(StringComparer.Ordinal));
    }

    /// <summary>A fixed UUID per value, as STIX 2.1 derives SCO ids (UUIDv5 of the value): every partner sends the same id.</summary>
    private static string DeterministicScoId(string value)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(value));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    [Fact]
    public async Task New_version_of_an_object_is_stored_and_the_same_version_in_one_bundle_is_a_duplicate()
    {
        var (_, key) = await _api.NewPartnerAsync();
        var id = NewId("indicator");
        var pattern = $"[ipv4-addr:value = '{NewIp()}']";
        using var v1 = await _api.PostAsync(key, Bundle(Indicator(pattern, id)));
        using var v2 = await _api.PostAsync(key, Bundle(Indicator(pattern, id, modified: "2026-11-21T00:00:00.000000001Z"), Indicator(pattern, id, modified: "2026-11-21T00:00:00.000000001Z")));

        Assert.Equal(["stored"], Statuses(await IngestionApi.JsonAsync(v1)));
        Assert.Equal(["stored", "duplicate"], Statuses(await IngestionApi.JsonAsync(v2)));
    }

    [Fact]
    public async Task Another_partner_cannot_read_a_submission()
    {
        var (_, keyA) = await _api.NewPartnerAsync("a");
        var (_, keyB) = await _api.NewPartnerAsync("b");
        using var posted = await _api.PostAsync(keyA, Bundle(Malware("Dridex")));

        using var other = await _api.GetAsync(keyB, posted.Headers.Location!.OriginalString);
        using var unknown = await _api.GetAsync(keyA, "/api/submissions/sub-does-not-exist");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Large_object_is_kept_whole_through_blob_storage()
    {
        var (_, key) = await _api.NewPartnerAsync();
        var note = Sdo("note", null, StixMarkings.Green, Created, new JsonObject
        {
            ["content"] = new string('x', 200_000),
            ["object_refs"] = new JsonArray(NewId("malware")),
        });

        using var response = await _api.PostAsync(key, Bundle(note));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = storage.Clients.Tables.GetTableClient(IngestWriter.ObjectsTable)
            .Query<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == IngestWriter.ObjectPartition(note["id"]!.GetValue<string>())).Single(e => e.GetString("StixId") == note["id"]!.GetValue<string>());
        Assert.Null(stored.GetString("Json"));
        var blob = storage.Clients.Blobs.GetBlobContainerClient(PayloadStore.ContainerName).GetBlobClient(stored.GetString("JsonBlob"));
        var json = JsonNode.Parse((await blob.DownloadContentAsync()).Value.Content.ToString())!;
        Assert.Equal(200_000, json["content"]!.GetValue<string>().Length);
    }

    [Fact]
    public async Task Large_object_sent_again_by_another_partner_is_its_own_copy_and_leaves_the_first_partners_json_in_place()
    {
        var (_, firstKey) = await _api.NewPartnerAsync();
        var (_, secondKey) = await _api.NewPartnerAsync();
        var id = NewId("note");
        JsonObject Note(char fill) => Sdo("note", id, StixMarkings.Green, Created, new JsonObject
        {
            ["content"] = new string(fill, 100_000),
            ["object_refs"] = new JsonArray(NewId("malware")),
        });

        using var first = await _api.PostAsync(firstKey, Bundle(Note('a')));
        using var second = await _api.PostAsync(secondKey, Bundle(Note('b')));

        Assert.Equal(["stored"], Statuses(await IngestionApi.JsonAsync(second)));
        var rows = storage.Clients.Tables.GetTableClient(IngestWriter.ObjectsTable)
            .Query<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == IngestWriter.ObjectPartition(id)).Where(e => e.GetString("StixId") == id).ToList();
        Assert.Equal(2, rows.Count);
        var container = storage.Clients.Blobs.GetBlobContainerClient(PayloadStore.ContainerName);
        var contents = new List<string>();
        foreach (var row in rows)
        {
            var json = JsonNode.Parse((await container.GetBlobClient(row.GetString("JsonBlob")).DownloadContentAsync()).Value.Content.ToString())!;
            contents.Add(json["content"]!.GetValue<string>()[..3]);
        }

        Assert.Equal(["aaa", "bbb"], contents.Order(StringComparer.Ordinal));
        var blobs = await container.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"objects/{id}/" }).ToListAsync();
        Assert.Equal(rows.Select(r => r.GetString("JsonBlob")).Order(StringComparer.Ordinal), blobs.Select(b => b.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Receive_returns_a_receipt_with_the_requested_action_and_marks_a_repeat_as_replayed()
    {
        var (partner, key) = await _api.NewPartnerAsync();
        var endpoints = _api.Host.Services.GetRequiredService<SubmissionEndpoints>();
        var body = new JsonObject { ["tlp"] = "RED", ["title"] = "Ransomware payouts", ["summary"] = "Wallet cluster.", ["category"] = "fraud", ["requestedAction"] = "analysis" }.ToJsonString();
        HttpRequest Request()
        {
            var context = new DefaultHttpContext { RequestServices = _api.Host.Services };
            context.Request.Method = "POST";
            context.Request.ContentType = "application/json";
            context.Request.Headers["x-api-key"] = key;
            context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));
            return context.Request;
        }

        var first = await endpoints.ReceiveAsync(Request());
        var again = await endpoints.ReceiveAsync(Request());

        Assert.NotNull(first.Receipt);
        Assert.Equal(partner.Id, first.Receipt.PartnerId);
        Assert.Equal(RequestedAction.Analysis, first.Receipt.RequestedAction);
        Assert.Equal("Ransomware payouts", first.Receipt.Title);
        Assert.Equal(Tlp.Red, first.Receipt.Tlp);
        Assert.False(first.Receipt.Replayed);
        Assert.True(again.Receipt!.Replayed);
        Assert.Equal(first.Receipt.SubmissionId, again.Receipt.SubmissionId);
        var stored = await _api.Host.Services.GetRequiredService<SubmissionStore>().GetAsync(partner.Id, first.Receipt.SubmissionId);
        Assert.Equal(RequestedAction.Analysis, stored!.RequestedAction);
        Assert.Null(await _api.Host.Services.GetRequiredService<SubmissionStore>().GetAsync("someone-else", first.Receipt.SubmissionId));
    }
}
