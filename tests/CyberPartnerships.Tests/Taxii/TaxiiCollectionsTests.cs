using System.Net;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Taxii;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Taxii;

/// <summary>Get Collections (5.1) and Get a Collection (5.2): a partner sees the collections its clearance allows and
/// nothing else; the others do not exist for it.</summary>
[Collection(StorageCollection.Name)]
public sealed class TaxiiCollectionsTests(AzuriteFixture storage) : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await TaxiiTestHost.StartAsync(storage);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Section_5_1_collections_lists_only_what_the_clearance_allows_with_the_required_properties()
    {
        var (_, green) = await _host.PartnerWithKeyAsync("green", Tlp.Green);
        var (_, strict) = await _host.PartnerWithKeyAsync("strict", Tlp.AmberStrict);

        var (response, body) = await _host.GetAsync(TaxiiTestHost.Root + "collections/", green);
        var (_, all) = await _host.GetAsync(TaxiiTestHost.Root + "collections/", strict);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var collections = body.GetProperty("collections").EnumerateArray().Where(c => c.GetProperty("alias").GetString() != "submissions").ToList();
        Assert.Equal(["tlp-clear", "tlp-green"], collections.Select(c => c.GetProperty("alias").GetString()));
        Assert.All(collections, c =>
        {
            Assert.True(Guid.TryParse(c.GetProperty("id").GetString(), out _));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("title").GetString()));
            Assert.True(c.GetProperty("can_read").GetBoolean());
            Assert.False(c.GetProperty("can_write").GetBoolean());
            Assert.Contains("application/stix+json;version=2.1", c.GetProperty("media_types").EnumerateArray().Select(m => m.GetString()));
        });
        Assert.Equal(5, all.GetProperty("collections").GetArrayLength());
        Assert.DoesNotContain(all.GetProperty("collections").EnumerateArray(), c => c.GetProperty("alias").GetString() == "tlp-red");
    }

    [Fact]
    public async Task Section_5_2_a_collection_is_served_by_id_and_one_above_the_clearance_is_404_everywhere()
    {
        var (_, green) = await _host.PartnerWithKeyAsync("green2", Tlp.Green);
        var amber = TaxiiTestHost.CollectionPath(Tlp.Amber);

        var (ok, body) = await _host.GetAsync(TaxiiTestHost.CollectionPath(Tlp.Green), green);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(TaxiiCollections.For(Tlp.Green).Id, body.GetProperty("id").GetString());
        foreach (var path in new[] { amber, amber + "objects/", amber + "manifest/", amber + $"objects/indicator--{Guid.NewGuid()}/", amber + $"objects/indicator--{Guid.NewGuid()}/versions/" })
        {
            var (response, error) = await _host.GetAsync(path, green);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("404", error.GetProperty("http_status").GetString());
        }

        var (unknown, _) = await _host.GetAsync($"{TaxiiTestHost.Root}collections/{Guid.NewGuid()}/", green);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Section_5_2_a_clearance_lowered_after_sharing_hides_the_collection_and_its_objects()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("lower", Tlp.Amber);
        await _host.ShareAsync(storage, Tlp.Amber, TaxiiTestHost.Indicators(2), partner);
        var (before, _) = await _host.PageThroughAsync(TaxiiTestHost.CollectionPath(Tlp.Amber) + "objects/", key);

        // The registry has no clearance change yet: the partner's row is changed as an operator would.
        await storage.Clients.Tables.GetTableClient(CyberPartnerships.Partners.PartnerRegistry.PartnersTable).UpdateEntityAsync(
            new Azure.Data.Tables.TableEntity(partner.Id, "profile") { ["TlpClearance"] = "GREEN" }, Azure.ETag.All, Azure.Data.Tables.TableUpdateMode.Merge);
        var (after, _) = await _host.GetAsync(TaxiiTestHost.CollectionPath(Tlp.Amber) + "objects/", key);

        Assert.Equal(2, before.Count);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Tlp_routing_an_amber_strict_share_reaches_only_the_submitter_and_red_never_reaches_anyone()
    {
        var (submitter, submitterKey) = await _host.PartnerWithKeyAsync("sub", Tlp.AmberStrict);
        var (other, otherKey) = await _host.PartnerWithKeyAsync("oth", Tlp.AmberStrict);
        await _host.ShareAsync(storage, Tlp.AmberStrict, TaxiiTestHost.Indicators(3, StixMarkings.AmberStrict), submitter, other);

        var (mine, _) = await _host.PageThroughAsync(TaxiiTestHost.CollectionPath(Tlp.AmberStrict) + "objects/", submitterKey);
        var (theirs, _) = await _host.PageThroughAsync(TaxiiTestHost.CollectionPath(Tlp.AmberStrict) + "objects/", otherKey);

        Assert.Equal(3, mine.Count(o => o.GetProperty("type").GetString() == "indicator"));
        Assert.Empty(theirs);
        _ = other;
    }
}
