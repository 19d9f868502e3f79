using System.Net;
using CyberPartnerships.Tests.Infrastructure;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Taxii;

/// <summary>Filtering (3.4): <c>added_after</c>, <c>match[id]</c>, <c>match[type]</c>, <c>match[version]</c>,
/// <c>match[spec_version]</c>, on the objects and manifest endpoints.</summary>
[Collection(StorageCollection.Name)]
public sealed class TaxiiFilteringTests(AzuriteFixture storage) : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await TaxiiTestHost.StartAsync(storage);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Objects => TaxiiTestHost.CollectionPath(Tlp.Amber) + "objects/";

    private static List<string> Ids(System.Text.Json.JsonElement body) =>
        body.TryGetProperty("objects", out var o) ? [.. o.EnumerateArray().Select(x => x.Id()).Order(StringComparer.Ordinal)] : [];

    [Fact]
    public async Task Section_3_4_match_type_and_match_id_take_comma_separated_alternatives()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("flt");
        var indicators = TaxiiTestHost.Indicators(3);
        var malware = Malware("Emotet");
        await _host.ShareAsync(storage, Tlp.Amber, [.. indicators, malware], partner);
        var id0 = indicators[0]["id"]!.GetValue<string>();
        var id1 = indicators[1]["id"]!.GetValue<string>();

        var (_, types) = await _host.GetAsync(Objects + "?match[type]=malware", key);
        var (_, both) = await _host.GetAsync(Objects + "?match[type]=malware,indicator", key);
        var (_, ids) = await _host.GetAsync(Objects + $"?match[id]={id0},{id1}", key);
        var (_, manifest) = await _host.GetAsync(TaxiiTestHost.CollectionPath(Tlp.Amber) + "manifest/?match[type]=indicator", key);

        Assert.Equal([malware["id"]!.GetValue<string>()], Ids(types));
        Assert.Equal(4, Ids(both).Count);
        Assert.Equal(new[] { id0, id1 }.Order(StringComparer.Ordinal), Ids(ids));
        Assert.Equal(3, Ids(manifest).Count);
    }

    [Fact]
    public async Task Section_3_4_added_after_is_exclusive_of_the_date_given()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("aft");
        await _host.ShareAsync(storage, Tlp.Amber, TaxiiTestHost.Indicators(3), partner);
        var (_, manifest) = await _host.GetAsync(TaxiiTestHost.CollectionPath(Tlp.Amber) + "manifest/", key);
        var records = manifest.GetProperty("objects").EnumerateArray().ToList();

        var (_, after) = await _host.GetAsync(Objects + "?added_after=" + Uri.EscapeDataString(records[0].GetProperty("date_added").GetString()!), key);
        var (_, none) = await _host.GetAsync(Objects + "?added_after=" + Uri.EscapeDataString(records[^1].GetProperty("date_added").GetString()!), key);

        Assert.Equal(records.Skip(1).Select(r => r.Id()).Order(StringComparer.Ordinal), Ids(after));
        Assert.Empty(Ids(none));
    }

    [Fact]
    public async Task Section_3_4_match_version_by_timestamp_and_match_spec_version_select_versions()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("ver");
        var id = NewId("indicator");
        await _host.ShareAsync(storage, Tlp.Amber, [Indicator("[ipv4-addr:value = '198.18.1.1']", id), Indicator("[ipv4-addr:value = '198.18.1.1']", id, modified: "2026-12-02T00:00:00.000Z")], partner);

        var (_, exact) = await _host.GetAsync(Objects + "?match[version]=" + Created, key);
        var (_, spec21) = await _host.GetAsync(Objects + "?match[spec_version]=2.1", key);
        var (_, spec20) = await _host.GetAsync(Objects + "?match[spec_version]=2.0", key);

        Assert.Equal(Created, Assert.Single(exact.GetProperty("objects").EnumerateArray()).GetProperty("modified").GetString());
        Assert.Single(Ids(spec21));
        Assert.Empty(Ids(spec20));
    }

    [Theory]
    [InlineData("added_after=yesterday")]
    [InlineData("limit=0")]
    [InlineData("limit=ten")]
    [InlineData("match[id]=not-an-id")]
    [InlineData("match[type]=Not_A_Type")]
    [InlineData("match[version]=latest")]
    [InlineData("match[spec_version]=two")]
    public async Task Section_3_6_a_filter_that_is_not_valid_is_400_with_a_taxii_error_message(string query)
    {
        var (_, key) = await _host.PartnerWithKeyAsync("bad");

        var (response, error) = await _host.GetAsync(Objects + "?" + query, key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/taxii+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("400", error.GetProperty("http_status").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("description").GetString()));
    }
}
