using System.Net;
using System.Text.Json.Nodes;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Partners;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>Bundles as producers publish them: marked with the STIX 2.1 specification's own TLP 1.0 marking
/// definitions (stix2 libraries emit these, with the definition object in the bundle), read as TLP 2.0; or not marked
/// at all (ATT&amp;CK), taking the partner's TLP for unmarked submissions when it has one. Each object's outcome says
/// what TLP it got and from where.</summary>
[Collection(StorageCollection.Name)]
public sealed class TlpMarkingTests(AzuriteFixture storage)
{
    /// <summary>The TLP:GREEN marking definition exactly as the STIX 2.1 specification (7.2.1.4) prints it.</summary>
    private static JsonObject Tlp1GreenDefinition() => new()
    {
        ["type"] = "marking-definition",
        ["spec_version"] = "2.1",
        ["id"] = StixMarkings.V1Green,
        ["created"] = "2017-01-20T00:00:00.000Z",
        ["definition_type"] = "tlp",
        ["name"] = "TLP:GREEN",
        ["definition"] = new JsonObject { ["tlp"] = "green" },
    };

    [Theory]
    [InlineData(StixMarkings.V1White, "CLEAR")]
    [InlineData(StixMarkings.V1Green, "GREEN")]
    [InlineData(StixMarkings.V1Amber, "AMBER")]
    [InlineData(StixMarkings.V1Red, "RED")]
    public async Task A_bundle_marked_with_a_tlp_1_0_id_is_stored_at_its_tlp_2_0_level(string marking, string level)
    {
        await using var api = await IngestionApi.StartAsync(storage);
        var (_, key) = await api.NewPartnerAsync("tlp1", CyberPartnerships.Tlp.Red);

        using var response = await api.PostAsync(key, StixTestData.Bundle(StixTestData.Malware("Emotet", marking: marking)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await IngestionApi.JsonAsync(response);
        Assert.Equal(level, record.GetProperty("tlp").GetString());
        Assert.Equal(1, record.GetProperty("counts").GetProperty("stored").GetInt32());
    }

    [Fact]
    public async Task A_stix2_style_bundle_with_the_tlp_1_0_definition_object_is_stored_whole()
    {
        await using var api = await IngestionApi.StartAsync(storage);
        var (_, key) = await api.NewPartnerAsync("tlp1");

        using var response = await api.PostAsync(key, StixTestData.Bundle(
            Tlp1GreenDefinition(),
            StixTestData.Indicator($"[ipv4-addr:value = '{StixTestData.NewIp()}']", marking: StixMarkings.V1Green)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await IngestionApi.JsonAsync(response);
        Assert.Equal("GREEN", record.GetProperty("tlp").GetString());
        Assert.Equal(0, record.GetProperty("counts").GetProperty("rejected").GetInt32());
    }

    private static async Task<string> PartnerKeyAsync(IngestionApi api, Tlp? unmarked)
    {
        var registry = api.Host.Services.GetRequiredService<PartnerRegistry>();
        var partner = await registry.AddAsync(PartnerTestData.NewPartner("unmarked") with { UnmarkedTlp = unmarked });
        Assert.Equal(unmarked, (await registry.GetAsync(partner.Id))!.UnmarkedTlp);
        return (await registry.IssueKeyAsync(partner.Id)).Key;
    }

    [Fact]
    public async Task An_unmarked_bundle_takes_the_partners_tlp_for_unmarked_submissions_and_each_outcome_says_so()
    {
        await using var api = await IngestionApi.StartAsync(storage);
        var key = await PartnerKeyAsync(api, Tlp.Green);

        using var response = await api.PostAsync(key, StixTestData.Bundle(StixTestData.Malware("Emotet", marking: null), StixTestData.Malware("Qakbot", marking: null)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await IngestionApi.JsonAsync(response);
        Assert.Equal("GREEN", record.GetProperty("tlp").GetString());
        Assert.All(record.GetProperty("objects").EnumerateArray(), o =>
        {
            Assert.Equal("GREEN", o.GetProperty("tlp").GetString());
            Assert.Equal(TlpSources.PartnerDefault, o.GetProperty("tlpFrom").GetString());
        });
    }

    [Fact]
    public async Task An_unmarked_bundle_from_a_partner_that_rejects_unmarked_submissions_is_refused()
    {
        await using var api = await IngestionApi.StartAsync(storage);
        var key = await PartnerKeyAsync(api, null);

        using var response = await api.PostAsync(key, StixTestData.Bundle(StixTestData.Malware("Emotet", marking: null)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("No TLP marking", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_object_outcome_names_its_tlp_and_whether_it_was_marked_mapped_or_took_the_bundles()
    {
        await using var api = await IngestionApi.StartAsync(storage);
        var key = await PartnerKeyAsync(api, Tlp.Clear);

        using var response = await api.PostAsync(key, StixTestData.Bundle(
            StixTestData.Malware("A", marking: StixMarkings.Amber),
            StixTestData.Malware("B", marking: StixMarkings.V1Green),
            StixTestData.Malware("C", marking: null)));

        var objects = (await IngestionApi.JsonAsync(response)).GetProperty("objects").EnumerateArray()
            .Select(o => (o.GetProperty("tlp").GetString(), o.GetProperty("tlpFrom").GetString())).ToList();
        // The partner's TLP is for bundles with no marking at all: an unmarked object among marked ones takes the bundle's.
        Assert.Equal([("AMBER", TlpSources.Marking), ("GREEN", TlpSources.Tlp1Marking), ("AMBER", TlpSources.Bundle)], objects);
    }
}
