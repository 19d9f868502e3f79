using System.Net;
using CyberPartnerships.Partners;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Mou;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Approvals;

/// <summary>Suspending a partner stops its approvers' decisions, not only its API keys.</summary>
[Collection(MailCollection.Name)]
public sealed class ApprovalSuspensionTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private MouTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Approver_of_a_suspended_partner_is_refused_with_a_403_until_the_partner_is_resumed()
    {
        var opened = await _host.OpenCaseAsync("enforcement");
        await _host.AttachAnalysisAsync(opened.CaseId);
        var state = await _host.GetStateAsync(opened.CaseId);
        var link = await _host.ApprovalLinkAsync(_host.Submitter.LegalApprovers[0], state.StepKey);
        var path = new Uri(link).PathAndQuery;
        var partners = _host.Services.GetRequiredService<PartnerRegistry>();
        await partners.SetStatusAsync(_host.Submitter.Id, PartnerStatus.Suspended);

        using var page = await _host.Client.GetAsync(path);
        using var post = await _host.DecideAsync(link, "approve");
        using var asJson = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "approve" }) };
        asJson.Headers.Accept.ParseAdd("application/json");
        using var problem = await _host.Client.SendAsync(asJson);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("your organisation is suspended in the partnership", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("your organisation is suspended in the partnership", await post.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        Assert.Contains("suspended", await problem.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await _host.GetStateAsync(state.CaseId);
        Assert.Empty(after.Decisions);
        Assert.Contains(_host.Submitter.Id, after.AwaitedPartners);

        await partners.SetStatusAsync(_host.Submitter.Id, PartnerStatus.Active);
        using var decided = await _host.DecideAsync(link, "approve");

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(_host.Submitter.Id, Assert.Single((await _host.GetStateAsync(state.CaseId)).Decisions).PartnerId);
    }
}
