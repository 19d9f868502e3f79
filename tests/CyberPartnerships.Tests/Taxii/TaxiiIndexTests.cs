using System.Net;
using CyberPartnerships.Sharing;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Sharing;
using Microsoft.Extensions.DependencyInjection;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Taxii;

/// <summary>The index follows what <c>outbound-shared</c> holds for the partner as documents are uploaded again.</summary>
[Collection(StorageCollection.Name)]
public sealed class TaxiiIndexTests(AzuriteFixture storage) : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await TaxiiTestHost.StartAsync(storage);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task ReuploadAsync(string caseId, string tlp, string targets, IEnumerable<System.Text.Json.Nodes.JsonNode> objects)
    {
        await storage.UploadRawAsync($"{caseId}/bundle.json", Bundle([.. objects.Select(o => o.DeepClone())]).ToJsonString(), SharingTestSupport.Metadata(tlp, targets));
        Assert.Equal(SharingOutcome.Shared, (await _host.Services.GetRequiredService<SharingPipeline>().ProcessAsync($"{caseId}/bundle.json")).Outcome);
    }

    [Fact]
    public async Task A_reupload_without_some_objects_drops_them_and_keeps_the_date_added_of_the_rest()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("drop");
        var objects = TaxiiTestHost.Indicators(4);
        var caseId = await _host.ShareAsync(storage, Tlp.Amber, objects, partner);
        var manifest = TaxiiTestHost.CollectionPath(Tlp.Amber) + "manifest/";
        var (before, _) = await _host.PageThroughAsync(manifest, key);

        await ReuploadAsync(caseId, "AMBER", partner.Id, objects.Take(2));
        var (after, _) = await _host.PageThroughAsync(manifest, key);

        Assert.Equal(before.Take(2).Select(r => r.GetRawText()), after.Select(r => r.GetRawText()));
        var (gone, _) = await _host.GetAsync(TaxiiTestHost.CollectionPath(Tlp.Amber) + "objects/" + objects[3]["id"]!.GetValue<string>() + "/", key);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_reupload_at_another_tlp_moves_the_objects_to_that_collection()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("move");
        var objects = TaxiiTestHost.Indicators(3, Ingestion.StixMarkings.Green);
        var caseId = await _host.ShareAsync(storage, Tlp.Amber, objects, partner);

        await ReuploadAsync(caseId, "GREEN", partner.Id, objects);
        var (amber, _) = await _host.PageThroughAsync(TaxiiTestHost.CollectionPath(Tlp.Amber) + "objects/", key);
        var (green, _) = await _host.PageThroughAsync(TaxiiTestHost.CollectionPath(Tlp.Green) + "objects/", key);

        Assert.Empty(amber);
        Assert.Equal(objects.Select(o => o["id"]!.GetValue<string>()).Order(), green.Select(o => o.Id()).Order());
    }

    [Fact]
    public async Task A_run_that_died_between_claiming_an_id_and_writing_its_row_is_completed_at_a_new_date()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("crash");
        var objects = TaxiiTestHost.Indicators(2);
        var caseId = await _host.ShareAsync(storage, Tlp.Amber, objects, partner);
        var manifest = TaxiiTestHost.CollectionPath(Tlp.Amber) + "manifest/";
        var (before, _) = await _host.PageThroughAsync(manifest, key);

        // As if the run had stopped after the ids transaction: no object row for the second object, no document row.
        var table = storage.Clients.Tables.GetTableClient(CyberPartnerships.Taxii.TaxiiEntry.Table);
        var lost = table.Query<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == partner.Id + "~tlp-amber" && (string)e["StixId"] == before[1].Id()).Single();
        await table.DeleteEntityAsync(lost.PartitionKey, lost.RowKey);
        await table.DeleteEntityAsync(partner.Id + "~doc", $"{caseId}~bundle.json");
        await _host.Services.GetRequiredService<SharingPipeline>().ProcessAsync($"{caseId}/bundle.json");
        var (after, _) = await _host.PageThroughAsync(manifest, key);

        Assert.Equal(before.Select(r => r.Id()).Order(), after.Select(r => r.Id()).Order());
        var restored = after.Single(r => r.Id() == before[1].Id()).GetProperty("date_added").GetString()!;
        Assert.True(string.CompareOrdinal(restored, before[1].GetProperty("date_added").GetString()) > 0);
        Assert.Equal(before[0].GetRawText(), after.Single(r => r.Id() == before[0].Id()).GetRawText());
    }

    [Fact]
    public async Task Section_5_8_versions_page_with_limit_and_next()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("vpage");
        var id = NewId("indicator");
        string[] modified = ["2026-11-20T00:00:00.000Z", "2026-11-21T00:00:00.000Z", "2026-11-22T00:00:00.000Z"];
        await _host.ShareAsync(storage, Tlp.Amber, [.. modified.Select(m => (System.Text.Json.Nodes.JsonNode)Indicator("[ipv4-addr:value = '198.18.3.3']", id, modified: m))], partner);

        var (versions, pages) = await _host.PageThroughAsync(TaxiiTestHost.CollectionPath(Tlp.Amber) + $"objects/{id}/versions/?limit=2", key, "versions");

        Assert.Equal([2, 1], pages);
        Assert.Equal(modified, versions.Select(v => v.GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_red_document_is_never_indexed()
    {
        var index = _host.Services.GetRequiredService<CyberPartnerships.Taxii.TaxiiIndex>();
        var bundle = System.Text.Encoding.UTF8.GetBytes(Bundle([.. TaxiiTestHost.Indicators(2)]).ToJsonString());

        Assert.Equal(0, await index.IndexAsync("red-partner", "case-red", "bundle.json", Tlp.Red, bundle));
    }
}
