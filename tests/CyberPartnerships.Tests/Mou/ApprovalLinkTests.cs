using System.Net;
using CyberPartnerships.Approvals;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Mou;

/// <summary>Approval links end to end: e-mail from maildev, GET renders, POST decides once; bad links change nothing.</summary>
[Collection(MailCollection.Name)]
public sealed class ApprovalLinkTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private MouTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<CaseState> InJointReviewAsync(string action = "enforcement")
    {
        var opened = await _host.OpenCaseAsync(action);
        await _host.AttachAnalysisAsync(opened.CaseId);
        var state = await _host.GetStateAsync(opened.CaseId);
        Assert.Equal(CaseStep.JointReview, state.Step);
        return state;
    }

    private Task<HttpResponseMessage> DecideAsync(string link, string decision, string? comment = null) => _host.DecideAsync(link, decision, comment);

    private static string Path(string link) => new Uri(link).PathAndQuery;

    private async Task AssertUnchangedAsync(CaseState before)
    {
        var after = await _host.GetStateAsync(before.CaseId);
        Assert.Equal(before.StepKey, after.StepKey);
        Assert.Equal(before.Decisions.Count, after.Decisions.Count);
        Assert.Equal(before.Outcome, after.Outcome);
    }

    [Fact]
    public async Task Valid_link_shows_a_confirmation_page_that_decides_nothing_then_decides_once()
    {
        var state = await InJointReviewAsync();
        var link = await _host.ApprovalLinkAsync(_host.Submitter.LegalApprovers[0], state.StepKey);

        using var page = await _host.Client.GetAsync(Path(link));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", page.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Joint review", html, StringComparison.Ordinal);
        Assert.Contains("value=\"approve\" required checked", html, StringComparison.Ordinal);
        Assert.Contains("[EMAIL]", html, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe@victim.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        await AssertUnchangedAsync(state);

        using var decided = await DecideAsync(link, "approve", "fine by us");
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("Decision recorded", await decided.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await _host.GetStateAsync(state.CaseId);
        var decision = Assert.Single(after.Decisions);
        Assert.Equal(CaseDecision.Approve, decision.Decision);
        Assert.Equal(_host.Submitter.Id, decision.PartnerId);
        Assert.Equal("fine by us", decision.Comment);
        Assert.Equal([_host.Dcu.Id], after.AwaitedPartners);

        using var again = await DecideAsync(link, "reject");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already been used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var reopened = await _host.Client.GetAsync(Path(link));
        Assert.Equal(HttpStatusCode.Conflict, reopened.StatusCode);
        await AssertUnchangedAsync(after);
    }

    [Fact]
    public async Task Forged_signature_is_refused_and_changes_nothing()
    {
        var state = await InJointReviewAsync();
        var link = await _host.ApprovalLinkAsync(_host.Submitter.LegalApprovers[0], state.StepKey);
        var path = Path(link);
        var dot = path.LastIndexOf('.');
        var forged = path[..(dot + 1)] + (path[dot + 1] == 'A' ? 'B' : 'A') + path[(dot + 2)..];
        using var get = await _host.Client.GetAsync(forged);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        using var post = await DecideAsync("http://localhost" + forged, "approve");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Contains("not valid", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A client asking for JSON gets RFC 9457 problem details instead of the page.
        using var asJson = new HttpRequestMessage(HttpMethod.Get, forged);
        asJson.Headers.Accept.ParseAdd("application/json");
        using var problem = await _host.Client.SendAsync(asJson);
        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);

        // A token signed with a key the app does not hold is forged too.
        var otherKey = new ApprovalTokens(Microsoft.Extensions.Options.Options.Create(new ApprovalOptions
        {
            PublicBaseUrl = new Uri("http://localhost"),
            CurrentKeyId = "k1",
            SigningKeys = { ["k1"] = Convert.ToBase64String(new byte[32]) },
        }));
        using var foreign = await DecideAsync("http://localhost/api/approvals/" + otherKey.Create(state.CaseId, state.StepKey, _host.Submitter.LegalApprovers[0], DateTimeOffset.UtcNow.AddDays(1)), "approve");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        await AssertUnchangedAsync(state);
    }

    [Fact]
    public async Task A_used_link_opened_again_and_again_is_audited_once_per_reason()
    {
        var state = await InJointReviewAsync();
        var link = await _host.ApprovalLinkAsync(_host.Submitter.LegalApprovers[0], state.StepKey);
        using (var decided = await DecideAsync(link, "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        for (var i = 0; i < 5; i++)
        {
            // What a mail scanner's prefetch does.
            using var again = await _host.Client.GetAsync(Path(link));
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        _host.Time.Advance(TimeSpan.FromDays(11));
        using (var expired = await _host.Client.GetAsync(Path(link)))
        using (var expiredAgain = await _host.Client.GetAsync(Path(link)))
        {
            Assert.Equal(HttpStatusCode.Gone, expiredAgain.StatusCode);
        }

        var refused = (await _host.Services.GetRequiredService<CaseAuditLog>().ListAsync(state.CaseId)).Where(a => a.Action == "approval-link-refused").ToList();
        Assert.Single(refused, a => a.Detail!.StartsWith("replayed", StringComparison.Ordinal));
        Assert.Single(refused, a => a.Detail!.StartsWith("expired", StringComparison.Ordinal));
        Assert.Equal(2, refused.Count);
    }

    [Fact]
    public async Task Expired_link_is_refused_and_changes_nothing()
    {
        var state = await InJointReviewAsync();
        var link = await _host.ApprovalLinkAsync(_host.Dcu.LegalApprovers[0], state.StepKey);
        _host.Time.Advance(TimeSpan.FromDays(11));
        using var get = await _host.Client.GetAsync(Path(link));
        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        using var post = await DecideAsync(link, "approve");
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Contains("expired", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUnchangedAsync(state);
        var audit = await _host.Services.GetRequiredService<CaseAuditLog>().ListAsync(state.CaseId);
        Assert.Contains(audit, a => a.Action == "approval-link-refused" && a.Detail!.StartsWith("expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Link_for_a_step_that_has_moved_on_is_refused_and_changes_nothing()
    {
        var second = await _host.AddPartnerAsync("oas", legalApprovers: 2);
        var opened = await _host.OpenCaseAsync("enforcement", second.Id);
        await _host.AttachAnalysisAsync(opened.CaseId);
        var review = await _host.GetStateAsync(opened.CaseId);
        using (var a = await DecideAsync(await _host.ApprovalLinkAsync(_host.Submitter.LegalApprovers[0], review.StepKey), "approve"))
        using (var b = await DecideAsync(await _host.ApprovalLinkAsync(_host.Dcu.LegalApprovers[0], review.StepKey), "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        }

        var approval = await _host.GetStateAsync(opened.CaseId);
        Assert.Equal(CaseStep.EnforcementApproval, approval.Step);
        Assert.Equal([second.Id], approval.AwaitedPartners);

        // The participant's approvers got links for the enforcement approval; one decides, the other's link is now closed.
        var first = await _host.ApprovalLinkAsync(second.LegalApprovers[0], approval.StepKey);
        var other = await _host.ApprovalLinkAsync(second.LegalApprovers[1], approval.StepKey, "reject");
        using (var ok = await DecideAsync(first, "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var enforcement = await _host.GetStateAsync(opened.CaseId);
        Assert.Equal(CaseStep.Enforcement, enforcement.Step);
        using var stale = await DecideAsync(other, "reject");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("step is closed", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertUnchangedAsync(enforcement);
    }

    [Fact]
    public async Task Request_changes_through_the_link_sends_the_case_back_to_analysis()
    {
        var state = await InJointReviewAsync();
        var link = await _host.ApprovalLinkAsync(_host.Dcu.LegalApprovers[0], state.StepKey, "request-changes");
        using var decided = await DecideAsync(link, "request-changes", "add the sinkhole data");
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var after = await _host.GetStateAsync(state.CaseId);
        Assert.Equal(CaseStep.Analysis, after.Step);
        Assert.Equal("add the sinkhole data", after.ChangesRequested);
        await mail.WaitForMessageAsync(_host.Submitter.Analysts[0], m => m.GetProperty("text").GetString()!.Contains("add the sinkhole data", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_without_a_decision_shows_the_form_again_and_consumes_nothing()
    {
        var state = await InJointReviewAsync();
        var link = await _host.ApprovalLinkAsync(_host.Dcu.LegalApprovers[0], state.StepKey);
        using var empty = await _host.Client.PostAsync(Path(link), new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using var ok = await DecideAsync(link, "reject");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(CaseOutcome.Rejected, (await _host.GetStateAsync(state.CaseId)).Outcome);
    }

    [Fact]
    public async Task Oversized_form_gets_413_and_consumes_nothing_whether_or_not_it_announces_its_length()
    {
        var state = await InJointReviewAsync();
        var link = await _host.ApprovalLinkAsync(_host.Dcu.LegalApprovers[0], state.StepKey);
        var huge = "decision=approve&comment=" + new string('x', 1_000_000);

        using var announced = await _host.Client.PostAsync(Path(link), new StringContent(huge, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
        using var chunked = new StreamContent(new UnknownLengthStream(System.Text.Encoding.ASCII.GetBytes(huge)));
        chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var streamed = await _host.Client.PostAsync(Path(link), chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, announced.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        using var ok = await DecideAsync(link, "approve");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }
}
