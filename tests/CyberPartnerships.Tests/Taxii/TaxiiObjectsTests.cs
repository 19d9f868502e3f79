using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Sharing;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Taxii;

/// <summary>Get Objects (5.4), Get Object Manifests (5.3), Get an Object (5.6) and Get Object Versions (5.8) on what
/// the sharing pipeline shared; the STIX 2.1 served is checked against the specification's required properties.</summary>
[Collection(StorageCollection.Name)]
public sealed partial class TaxiiObjectsTests(AzuriteFixture storage) : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await TaxiiTestHost.StartAsync(storage);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Objects(Tlp tlp = Tlp.Amber) => TaxiiTestHost.CollectionPath(tlp) + "objects/";

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex StixIdentifier();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3,9}Z$")]
    private static partial Regex Timestamp();

    [Fact]
    public async Task Section_5_4_objects_serves_an_envelope_of_exactly_what_was_shared_with_the_partner()
    {
        var (europol, key) = await _host.PartnerWithKeyAsync("ec3");
        var (oas, oasKey) = await _host.PartnerWithKeyAsync("oas");
        var shared = TaxiiTestHost.Indicators(4);
        await _host.ShareAsync(storage, Tlp.Amber, shared, europol);
        await _host.ShareAsync(storage, Tlp.Amber, TaxiiTestHost.Indicators(2), oas);

        var (response, body) = await _host.GetAsync(Objects(), key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/taxii+json", response.Content.Headers.ContentType!.MediaType);
        Assert.False(body.GetProperty("more").GetBoolean());
        Assert.Equal(shared.Select(o => o["id"]!.GetValue<string>()).Order(), body.GetProperty("objects").EnumerateArray().Select(o => o.Id()).Order());
        var (_, theirs) = await _host.GetAsync(Objects(), oasKey);
        Assert.Equal(2, theirs.GetProperty("objects").GetArrayLength());
    }

    [Fact]
    public async Task Section_5_4_objects_served_are_the_redacted_copies_not_the_raw_upload()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("red");
        var indicator = Indicator($"[domain-name:value = '{NewDomain()}']");
        indicator["description"] = "Reported by ana.souza@example.org, +55 11 98765-4321.";
        await _host.ShareAsync(storage, Tlp.Amber, [indicator], partner);

        var (_, body) = await _host.GetAsync(Objects(), key);

        var served = Assert.Single(body.GetProperty("objects").EnumerateArray());
        Assert.DoesNotContain("ana.souza@example.org", served.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("98765-4321", served.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Section_5_4_stix_served_has_the_required_properties_formats_and_standard_tlp_marking_ids()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("stix", Tlp.Green);
        await _host.ShareAsync(storage, Tlp.Green, TaxiiTestHost.Indicators(3, StixMarkings.Green), partner);

        var (objects, _) = await _host.PageThroughAsync(Objects(Tlp.Green), key);

        Assert.Equal(3, objects.Count);
        Assert.All(objects, o =>
        {
            Assert.Matches(StixIdentifier(), o.Id());
            Assert.StartsWith(o.GetProperty("type").GetString() + "--", o.Id(), StringComparison.Ordinal);
            Assert.Equal("2.1", o.GetProperty("spec_version").GetString());
            Assert.Matches(Timestamp(), o.GetProperty("created").GetString()!);
            Assert.Matches(Timestamp(), o.GetProperty("modified").GetString()!);
            Assert.Equal([StixMarkings.Green], o.GetProperty("object_marking_refs").EnumerateArray().Select(m => m.GetString()));
        });
    }

    [Fact]
    public async Task Section_5_3_manifest_gives_id_date_added_version_and_media_type_per_object()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("man");
        var shared = TaxiiTestHost.Indicators(3);
        await _host.ShareAsync(storage, Tlp.Amber, shared, partner);

        var (response, body) = await _host.GetAsync(TaxiiTestHost.CollectionPath(Tlp.Amber) + "manifest/", key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var records = body.GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal(shared.Select(o => o["id"]!.GetValue<string>()).Order(), records.Select(r => r.Id()).Order());
        Assert.All(records, r =>
        {
            Assert.Matches(Timestamp(), r.GetProperty("date_added").GetString()!);
            Assert.Equal(Created, r.GetProperty("version").GetString());
            Assert.Equal("application/stix+json;version=2.1", r.GetProperty("media_type").GetString());
        });
        Assert.Equal(records[0].GetProperty("date_added").GetString(), response.Headers.GetValues("X-TAXII-Date-Added-First").Single());
        Assert.Equal(records[^1].GetProperty("date_added").GetString(), response.Headers.GetValues("X-TAXII-Date-Added-Last").Single());
    }

    [Fact]
    public async Task Section_5_6_and_5_8_an_object_is_served_by_id_at_its_last_version_and_all_its_versions_are_listed()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("ver");
        var id = NewId("indicator");
        const string v2 = "2026-11-22T09:00:00.000Z";
        await _host.ShareAsync(storage, Tlp.Amber, [Indicator("[ipv4-addr:value = '198.18.0.7']", id)], partner);
        await _host.ShareAsync(storage, Tlp.Amber, [Indicator("[ipv4-addr:value = '198.18.0.8']", id, modified: v2)], partner);

        var (one, body) = await _host.GetAsync(Objects() + id + "/", key);
        var (_, all) = await _host.GetAsync(Objects() + id + "/?match[version]=all", key);
        var (_, first) = await _host.GetAsync(Objects() + id + "/?match[version]=first", key);
        var (versions, list) = await _host.GetAsync(Objects() + id + "/versions/", key);
        var (missing, _) = await _host.GetAsync(Objects() + NewId("indicator") + "/", key);

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(v2, Assert.Single(body.GetProperty("objects").EnumerateArray()).GetProperty("modified").GetString());
        Assert.Equal([Created, v2], all.GetProperty("objects").EnumerateArray().Select(o => o.GetProperty("modified").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(Created, Assert.Single(first.GetProperty("objects").EnumerateArray()).GetProperty("modified").GetString());
        Assert.Equal(HttpStatusCode.OK, versions.StatusCode);
        Assert.Equal([Created, v2], list.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Section_5_4_by_default_only_the_last_version_of_each_object_is_listed()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("last");
        var id = NewId("indicator");
        await _host.ShareAsync(storage, Tlp.Amber, [Indicator("[ipv4-addr:value = '198.18.0.9']", id)], partner);
        await _host.ShareAsync(storage, Tlp.Amber, [Indicator("[ipv4-addr:value = '198.18.0.9']", id, modified: "2026-12-01T00:00:00.000Z")], partner);

        var (last, _) = await _host.PageThroughAsync(Objects(), key);
        var (all, _) = await _host.PageThroughAsync(Objects() + "?match[version]=all", key);

        Assert.Equal("2026-12-01T00:00:00.000Z", Assert.Single(last).GetProperty("modified").GetString());
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task A_withdrawn_share_leaves_the_partners_collection_and_a_redelivered_one_adds_nothing()
    {
        var (a, keyA) = await _host.PartnerWithKeyAsync("wa");
        var (b, keyB) = await _host.PartnerWithKeyAsync("wb");
        var objects = TaxiiTestHost.Indicators(3);
        var caseId = await _host.ShareAsync(storage, Tlp.Amber, objects, a, b);
        var pipeline = _host.Services.GetService(typeof(CyberPartnerships.Sharing.SharingPipeline)) as CyberPartnerships.Sharing.SharingPipeline;
        await pipeline!.ProcessAsync($"{caseId}/bundle.json");
        var (firstA, _) = await _host.PageThroughAsync(Objects(), keyA);

        // The same document again, now for A only: B's copy is withdrawn, and with it B's objects.
        await storage.UploadRawAsync($"{caseId}/bundle.json", Bundle([.. objects.Select(o => o.DeepClone())]).ToJsonString(), SharingTestSupport.Metadata("AMBER", a.Id));
        await pipeline.ProcessAsync($"{caseId}/bundle.json");
        var (againA, _) = await _host.PageThroughAsync(Objects(), keyA);
        var (nowB, _) = await _host.PageThroughAsync(Objects(), keyB);

        Assert.Equal(3, firstA.Count);
        Assert.Equal(firstA.Select(o => o.GetRawText()), againA.Select(o => o.GetRawText()));
        Assert.Empty(nowB);
        _ = b;
    }

    [Fact]
    public async Task Section_5_6_another_partners_object_is_404_by_id_and_by_versions()
    {
        var (a, _) = await _host.PartnerWithKeyAsync("owna");
        var (_, keyB) = await _host.PartnerWithKeyAsync("ownb");
        var shared = TaxiiTestHost.Indicators(1);
        await _host.ShareAsync(storage, Tlp.Amber, shared, a);
        var id = shared[0]["id"]!.GetValue<string>();

        var (one, _) = await _host.GetAsync(Objects() + id + "/", keyB);
        var (versions, _) = await _host.GetAsync(Objects() + id + "/versions/", keyB);
        var (filtered, body) = await _host.GetAsync(Objects() + "?match[id]=" + id, keyB);

        Assert.Equal(HttpStatusCode.NotFound, one.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, versions.StatusCode);
        Assert.Equal(HttpStatusCode.OK, filtered.StatusCode);
        Assert.False(body.TryGetProperty("objects", out _));
    }

    [Fact]
    public async Task Tlp_an_object_marked_above_its_documents_tlp_is_not_served()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("mark");
        var amber = Indicator($"[domain-name:value = '{NewDomain()}']");
        var red = Indicator($"[domain-name:value = '{NewDomain()}']", marking: StixMarkings.Red);
        var strict = Indicator($"[domain-name:value = '{NewDomain()}']", marking: StixMarkings.AmberStrict);
        await _host.ShareAsync(storage, Tlp.Amber, [amber, red, strict], partner);

        var (objects, _) = await _host.PageThroughAsync(Objects(), key);

        Assert.Equal([amber["id"]!.GetValue<string>()], objects.Select(o => o.Id()));
    }

    [Fact]
    public async Task Objects_of_a_text_or_csv_share_are_not_served_over_taxii()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("txt");
        var caseId = SharingTestSupport.NewCaseId();
        await storage.UploadRawAsync($"{caseId}/note.txt", "C2 at 198.18.0.1", SharingTestSupport.Metadata("AMBER", partner.Id));
        await (_host.Services.GetService(typeof(CyberPartnerships.Sharing.SharingPipeline)) as CyberPartnerships.Sharing.SharingPipeline)!.ProcessAsync($"{caseId}/note.txt");

        var (_, body) = await _host.GetAsync(Objects(), key);

        Assert.False(body.TryGetProperty("objects", out _));
        Assert.Equal(JsonValueKind.False, body.GetProperty("more").ValueKind);
    }
}
