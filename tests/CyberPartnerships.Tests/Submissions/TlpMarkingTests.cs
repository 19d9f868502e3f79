using System.Net;
using System.Text.Json.Nodes;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>Bundles as producers publish them: marked with the STIX 2.1 specification's own TLP 1.0 marking
/// definitions (stix2 libraries emit these, with the definition object in the bundle), read as TLP 2.0.</summary>
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
}
