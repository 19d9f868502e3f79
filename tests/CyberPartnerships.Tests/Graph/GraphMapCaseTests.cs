using CyberPartnerships.Graph;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Mou;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CyberPartnerships.Tests.Graph;

/// <summary>The map page's case link in a real browser: a case opened on a referral is a node its parties see and
/// open from the page (the case API takes the page's Basic credentials for a GET); a partner outside the case finds
/// neither the case nor a trace of it next to the indicator it shares.</summary>
[Collection(MailCollection.Name)]
public sealed class GraphMapCaseTests(AzuriteFixture storage, MailDevFixture mail)
{
    [Fact]
    public async Task A_party_opens_the_case_from_the_map_and_an_outsider_sees_no_case()
    {
        Assert.True(File.Exists(ApprovalBrowserTests.Chromium), $"{ApprovalBrowserTests.Chromium} is missing: .ci/run installs it (apt-get install chromium).");
        await using var host = await MouTestHost.StartAsync(storage, mail, kestrel: true, fromSubmissions: true, services: s => s.AddGraph());
        var outsider = await host.AddPartnerAsync("out");
        var outsiderKey = (await host.Services.GetRequiredService<CyberPartnerships.Partners.PartnerRegistry>().IssueKeyAsync(outsider.Id)).Key;
        IndicatorKey.TryCreate("domain", $"c2-{Guid.NewGuid():N}.example", out var domain, out _);
        var referral = new Dictionary<string, object?>
        {
            ["tlp"] = "GREEN", ["title"] = "Botnet Y", ["summary"] = "C2 of botnet Y.", ["category"] = "botnet",
            ["requestedAction"] = "analysis", ["indicators"] = new[] { new { type = "domain", value = domain.Value } },
        };
        using var submitted = await host.SendAsync(HttpMethod.Post, "/api/submissions", host.SubmitterKey, referral);
        Assert.Equal(System.Net.HttpStatusCode.Created, submitted.StatusCode);
        var caseId = Assert.Single(submitted.Headers.GetValues("X-Case-Id"));
        var map = new Uri(host.BaseAddress, "/api/map").ToString();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await GraphBrowserTests.LaunchAsync(playwright);
        var errors = new List<string>();
        var page = await GraphBrowserTests.NewPageAsync(browser, host.SubmitterKey);
        page.PageError += (_, e) => errors.Add(e);
        Assert.Equal(200, (await page.GotoAsync(map))!.Status);
        await page.GetByLabel("Indicator or case").FillAsync(domain.ToString());
        await page.GetByLabel("Depth").SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator($"#nodes li[data-node='case:{caseId}']")).ToHaveCountAsync(1);

        await GraphBrowserTests.ClickNodeAsync(page, $"case:{caseId}");
        var link = page.GetByRole(AriaRole.Link, new() { Name = $"Open case {caseId}" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"/api/cases/{caseId}");
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("#case")).ToContainTextAsync($"\"id\": \"{caseId}\"");

        // The link itself, followed as a navigation with the same credentials, is the case API's answer.
        var opened = await page.Context.NewPageAsync();
        var direct = await opened.GotoAsync(new Uri(host.BaseAddress, $"/api/cases/{caseId}").ToString());
        Assert.Equal(200, direct!.Status);
        Assert.Contains(caseId, await direct.TextAsync(), StringComparison.Ordinal);

        var other = await GraphBrowserTests.NewPageAsync(browser, outsiderKey);
        other.PageError += (_, e) => errors.Add(e);
        Assert.Equal(200, (await other.GotoAsync(map))!.Status);
        await other.GetByLabel("Indicator or case").FillAsync($"case:{caseId}");
        await other.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(other.Locator("#status")).ToHaveClassAsync("error");
        await Assertions.Expect(other.Locator("#nodes li")).ToHaveCountAsync(0);
        await other.GetByLabel("Indicator or case").FillAsync(domain.ToString());
        await other.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(other.Locator($"#nodes li[data-node='{domain}']")).ToHaveCountAsync(1);
        await Assertions.Expect(other.Locator($"#nodes li[data-node='case:{caseId}']")).ToHaveCountAsync(0);
        Assert.DoesNotContain(caseId, await other.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(404, (await (await other.Context.NewPageAsync()).GotoAsync(new Uri(host.BaseAddress, $"/api/cases/{caseId}").ToString()))!.Status);
        Assert.Empty(errors);
    }
}
