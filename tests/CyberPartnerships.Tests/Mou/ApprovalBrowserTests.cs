using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CyberPartnerships.Tests.Mou;

/// <summary>A legal approver in a real browser (headless Chromium): the link from the e-mail in maildev, the
/// confirmation page, approve, the result; the link again says it was already used. Served by real Kestrel.</summary>
[Collection(MailCollection.Name)]
public sealed class ApprovalBrowserTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private MouTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail, kestrel: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Approver_opens_the_emailed_link_in_a_browser_approves_and_the_link_then_shows_it_was_used()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: .ci/run installs it (apt-get install chromium).");
        var opened = await _host.OpenCaseAsync("enforcement");
        await _host.AttachAnalysisAsync(opened.CaseId);
        var review = await _host.GetStateAsync(opened.CaseId);
        var approver = _host.Dcu.LegalApprovers[0];
        var link = await _host.ApprovalLinkAsync(approver, review.StepKey);
        Assert.StartsWith(_host.BaseAddress.ToString().TrimEnd('/'), link, StringComparison.Ordinal);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
        });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(link);
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Joint review: your decision" })).ToBeVisibleAsync();
        Assert.Contains("[EMAIL]", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.True(await page.GetByLabel("Approve").IsCheckedAsync());
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is wider than a phone ({width}px)");
        Assert.Empty((await _host.GetStateAsync(opened.CaseId)).Decisions);

        await page.GetByLabel("Comment").FillAsync("Approved by DCU legal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm decision" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Decision recorded" })).ToBeVisibleAsync();

        var decision = Assert.Single((await _host.GetStateAsync(opened.CaseId)).Decisions);
        Assert.Equal(approver, decision.Approver);
        Assert.Equal(CaseDecision.Approve, decision.Decision);
        Assert.Equal("Approved by DCU legal", decision.Comment);

        var again = await page.GotoAsync(link);
        Assert.Equal(409, again!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This link has already been used" })).ToBeVisibleAsync();
        Assert.Single((await _host.GetStateAsync(opened.CaseId)).Decisions);
    }
}
