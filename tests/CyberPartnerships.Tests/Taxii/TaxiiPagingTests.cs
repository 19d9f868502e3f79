using System.Net;
using System.Text;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Taxii;

/// <summary>Sorting (3.3) and pagination (3.5): date added ascending, ties by id; <c>limit</c> bounded by the server;
/// <c>next</c> tokens that cannot be forged or reused elsewhere; nothing skipped or repeated as shares arrive.</summary>
[Collection(StorageCollection.Name)]
public sealed class TaxiiPagingTests(AzuriteFixture storage) : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await TaxiiTestHost.StartAsync(storage);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string Objects => TaxiiTestHost.CollectionPath(Tlp.Amber) + "objects/";

    [Fact]
    public async Task Section_3_5_limit_pages_through_every_object_once_with_more_next_and_the_date_added_headers()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("page");
        var shared = TaxiiTestHost.Indicators(25);
        await _host.ShareAsync(storage, Tlp.Amber, shared, partner);

        var (objects, pages) = await _host.PageThroughAsync(Objects + "?limit=10", key);
        var (first, body) = await _host.GetAsync(Objects + "?limit=10", key);
        var (_, manifest) = await _host.GetAsync(TaxiiTestHost.CollectionPath(Tlp.Amber) + "manifest/?limit=10", key);

        Assert.Equal([10, 10, 5], pages);
        Assert.Equal(shared.Select(o => o["id"]!.GetValue<string>()).Order(), objects.Select(o => o.Id()).Order());
        Assert.True(body.GetProperty("more").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("next").GetString()));
        var dates = manifest.GetProperty("objects").EnumerateArray().Select(r => r.GetProperty("date_added").GetString()!).ToList();
        Assert.Equal(dates[0], first.Headers.GetValues("X-TAXII-Date-Added-First").Single());
        Assert.Equal(dates[^1], first.Headers.GetValues("X-TAXII-Date-Added-Last").Single());
    }

    [Fact]
    public async Task Section_3_3_objects_are_sorted_by_date_added_ascending_with_ties_broken_by_id()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("sort");
        await _host.ShareAsync(storage, Tlp.Amber, TaxiiTestHost.Indicators(7), partner);
        await _host.ShareAsync(storage, Tlp.Amber, TaxiiTestHost.Indicators(7), partner);

        var (records, _) = await _host.PageThroughAsync(TaxiiTestHost.CollectionPath(Tlp.Amber) + "manifest/?limit=3", key);

        var keys = records.Select(r => (Date: DateTimeOffset.Parse(r.GetProperty("date_added").GetString()!, System.Globalization.CultureInfo.InvariantCulture), Id: r.Id())).ToList();
        Assert.Equal(14, keys.Count);
        Assert.Equal(keys.OrderBy(k => k.Date).ThenBy(k => k.Id, StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task Section_3_5_the_server_bounds_the_page_size_whatever_limit_asks()
    {
        await using var small = await TaxiiTestHost.StartAsync(storage, new Dictionary<string, string?> { ["Taxii:MaxPageSize"] = "4", ["Taxii:DefaultPageSize"] = "3" });
        var (partner, key) = await small.PartnerWithKeyAsync("bound");
        await small.ShareAsync(storage, Tlp.Amber, TaxiiTestHost.Indicators(9), partner);

        var (_, capped) = await small.GetAsync(Objects + "?limit=1000", key);
        var (_, byDefault) = await small.GetAsync(Objects, key);

        Assert.Equal(4, capped.GetProperty("objects").GetArrayLength());
        Assert.True(capped.GetProperty("more").GetBoolean());
        Assert.Equal(3, byDefault.GetProperty("objects").GetArrayLength());
    }

    [Fact]
    public async Task Section_3_5_shares_arriving_between_pages_are_neither_skipped_nor_repeated()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("live");
        var before = TaxiiTestHost.Indicators(12);
        await _host.ShareAsync(storage, Tlp.Amber, before, partner);

        var (_, page1) = await _host.GetAsync(Objects + "?limit=5", key);
        var later = TaxiiTestHost.Indicators(6);
        await _host.ShareAsync(storage, Tlp.Amber, later, partner);
        var seen = page1.GetProperty("objects").EnumerateArray().Select(o => o.Id()).ToList();
        var next = page1.GetProperty("next").GetString();
        string? last = null;
        while (next is not null)
        {
            var (response, page) = await _host.GetAsync(Objects + "?limit=5&next=" + Uri.EscapeDataString(next), key);
            seen.AddRange(page.GetProperty("objects").EnumerateArray().Select(o => o.Id()));
            last = response.Headers.TryGetValues("X-TAXII-Date-Added-Last", out var v) ? v.Single() : last;
            next = page.GetProperty("more").GetBoolean() ? page.GetProperty("next").GetString() : null;
        }

        var (rest, _) = await _host.PageThroughAsync(Objects + "?limit=5&added_after=" + Uri.EscapeDataString(last!), key);
        seen.AddRange(rest.Select(o => o.Id()));

        Assert.Equal(before.Concat(later).Select(o => o["id"]!.GetValue<string>()).Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Section_3_5_a_next_token_altered_from_another_partner_or_with_other_filters_is_400()
    {
        var (a, keyA) = await _host.PartnerWithKeyAsync("toka");
        var (_, keyB) = await _host.PartnerWithKeyAsync("tokb");
        await _host.ShareAsync(storage, Tlp.Amber, TaxiiTestHost.Indicators(4), a);
        var (_, page) = await _host.GetAsync(Objects + "?limit=2", keyA);
        var next = page.GetProperty("next").GetString()!;
        var dot = next.IndexOf('.', StringComparison.Ordinal);
        var payload = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(next.AsSpan(0, dot)));
        var forged = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.Replace(a.Id, "someone-else", StringComparison.Ordinal))) + next[dot..];

        var (ok, _) = await _host.GetAsync(Objects + "?limit=2&next=" + Uri.EscapeDataString(next), keyA);
        var (altered, error) = await _host.GetAsync(Objects + "?limit=2&next=" + Uri.EscapeDataString(forged), keyA);
        var (otherPartner, _) = await _host.GetAsync(Objects + "?limit=2&next=" + Uri.EscapeDataString(next), keyB);
        var (otherFilter, _) = await _host.GetAsync(Objects + "?limit=2&match[type]=malware&next=" + Uri.EscapeDataString(next), keyA);
        var (garbage, _) = await _host.GetAsync(Objects + "?next=not-a-token", keyA);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, altered.StatusCode);
        Assert.Equal("400", error.GetProperty("http_status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, otherPartner.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherFilter.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Fact]
    public async Task Section_3_5_a_share_is_listed_only_once_the_commit_lag_has_passed()
    {
        await using var lagging = await TaxiiTestHost.StartAsync(storage, new Dictionary<string, string?> { ["Taxii:CommitLag"] = "00:00:02" });
        var (partner, key) = await lagging.PartnerWithKeyAsync("lag");
        await lagging.ShareAsync(storage, Tlp.Amber, TaxiiTestHost.Indicators(2), partner);

        var (_, early) = await lagging.GetAsync(Objects, key);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var (_, settled) = await lagging.GetAsync(Objects, key);

        Assert.False(early.TryGetProperty("objects", out _));
        Assert.Equal(2, settled.GetProperty("objects").GetArrayLength());
    }
}
