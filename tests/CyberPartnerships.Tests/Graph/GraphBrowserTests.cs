using System.Text.Json.Nodes;
using CyberPartnerships.Graph;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Mou;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Graph;

/// <summary>The map page in a real browser (headless Chromium) on real Kestrel: refused without credentials, then, with
/// the partner's key as HTTP Basic credentials, search an indicator, expand a node by clicking it, read its sources; a
/// partner that must not see a node never gets it, the one that reported it does.</summary>
[Collection(StorageCollection.Name)]
public sealed class GraphBrowserTests(AzuriteFixture storage) : IAsyncLifetime
{
    private GraphApi _api = null!;

    public async Task InitializeAsync() => _api = await GraphApi.StartAsync(storage, kestrel: true);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Partner_searches_an_indicator_expands_a_node_and_never_sees_another_partners_strict_node()
    {
        Assert.True(File.Exists(ApprovalBrowserTests.Chromium), $"{ApprovalBrowserTests.Chromium} is missing: .ci/run installs it (apt-get install chromium).");
        var (a, keyA) = await _api.NewPartnerAsync("ma");
        var (b, keyB) = await _api.NewPartnerAsync("mb");
        var domain = NewDomain();
        var ip = NewIp();
        var hiddenIp = NewIp();
        var indicatorA = Indicator($"[domain-name:value = '{domain}']");
        var strict = Indicator($"[domain-name:value = '{domain}'] AND [ipv4-addr:value = '{hiddenIp}']", marking: StixMarkings.AmberStrict);
        await _api.SubmitAsync(keyA, Bundle(indicatorA, strict));
        var indicatorB = Indicator($"[domain-name:value = '{domain}'] AND [ipv4-addr:value = '{ip}']");
        await _api.SubmitAsync(keyB, Bundle(indicatorB));
        var caseId = $"case-{Guid.NewGuid():N}";
        IndicatorKey.TryCreate("domain", domain, out var key, out _);
        await _api.Services.GetRequiredService<GraphWriter>().LinkCaseAsync(caseId, b.Id, Tlp.Amber, [], [key], DateTimeOffset.UtcNow);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var map = new Uri(_api.BaseAddress, "/api/map").ToString();

        // No credentials: a 401 problem with a Basic challenge, and no page (Chromium, with nothing to answer the
        // challenge with, stops the navigation).
        var anonymous = await browser.NewContextAsync();
        var refused = await anonymous.APIRequest.GetAsync(map);
        Assert.Equal(401, refused.Status);
        Assert.StartsWith("application/problem+json", refused.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("Basic realm=", refused.Headers["www-authenticate"], StringComparison.Ordinal);
        Assert.Equal(401, (await anonymous.APIRequest.GetAsync(map.Replace("/map", "/graph?node=domain:" + domain, StringComparison.Ordinal))).Status);
        var blank = await anonymous.NewPageAsync();
        var stopped = await Assert.ThrowsAsync<PlaywrightException>(() => blank.GotoAsync(map));
        Assert.Contains("ERR_INVALID_AUTH_CREDENTIALS", stopped.Message, StringComparison.Ordinal);

        var page = await NewPageAsync(browser, keyB);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        var response = await page.GotoAsync(map);
        Assert.Equal(200, response!.Status);
        await page.GetByLabel("Indicator or case").FillAsync($"domain:{domain.Replace(".", "[.]", StringComparison.Ordinal)}");
        await page.GetByLabel("Depth").SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        var idA = $"stix:{indicatorA["id"]}";
        var idB = $"stix:{indicatorB["id"]}";
        await Assertions.Expect(page.Locator("#nodes li")).ToHaveCountAsync(4);
        foreach (var id in new[] { $"domain:{domain}", idA, idB, $"case:{caseId}" })
        {
            await Assertions.Expect(page.Locator($"#nodes li[data-node='{id}']")).ToHaveCountAsync(1);
        }

        Assert.Equal(["#ffbf00"], await page.EvaluateAsync<string[]>($"() => [mapGraph.getElementById('{idB}').data('tlpColour')]"));

        await ClickNodeAsync(page, idB);
        await Assertions.Expect(page.Locator($"#nodes li[data-node='ipv4:{ip}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#details .sources li")).ToContainTextAsync(b.Id);
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync("First seen");

        await ClickNodeAsync(page, $"case:{caseId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Open case {caseId}" })).ToHaveAttributeAsync("href", $"/api/cases/{caseId}");

        await ClickNodeAsync(page, $"domain:{domain}");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("Expanded");
        var shown = string.Join("\n", await page.Locator("#nodes li").AllInnerTextsAsync());
        Assert.DoesNotContain(strict["id"]!.GetValue<string>(), shown, StringComparison.Ordinal);
        Assert.DoesNotContain(hiddenIp, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(hiddenIp, await page.ContentAsync(), StringComparison.Ordinal);

        // The partner that reported it sees it, in a browser holding its own credentials; the case is not its.
        var pageA = await NewPageAsync(browser, keyA);
        pageA.PageError += (_, e) => errors.Add(e);
        Assert.Equal(200, (await pageA.GotoAsync(map))!.Status);
        await pageA.GetByLabel("Indicator or case").FillAsync($"domain:{domain}");
        await pageA.GetByLabel("Depth").SelectOptionAsync("1");
        await pageA.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(pageA.Locator($"#nodes li[data-node='stix:{strict["id"]}']")).ToHaveCountAsync(1);
        await Assertions.Expect(pageA.Locator($"#nodes li[data-node='case:{caseId}']")).ToHaveCountAsync(0);
        Assert.Empty(errors);
        _ = a;
    }

    internal static async Task<IBrowser> LaunchAsync(IPlaywright playwright) => await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ApprovalBrowserTests.Chromium,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
    });

    /// <summary>A page in a browser context of its own that answers the map's Basic challenge with the partner's key.</summary>
    internal static async Task<IPage> NewPageAsync(IBrowser browser, string key) => await (await browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        HttpCredentials = new HttpCredentials { Username = "partner", Password = key },
    })).NewPageAsync();

    /// <summary>Clicks a node where cytoscape drew it on the canvas.</summary>
    internal static async Task ClickNodeAsync(IPage page, string id)
    {
        var at = await page.EvaluateAsync<double[]>(
            "id => { const n = mapGraph.getElementById(id); const p = n.renderedPosition(); const r = mapGraph.container().getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }", id);
        await page.Mouse.ClickAsync((float)at[0], (float)at[1]);
        await Assertions.Expect(page.Locator("#details")).ToContainTextAsync(id);
    }
}
