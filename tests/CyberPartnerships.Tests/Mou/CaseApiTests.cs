using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Mou;

/// <summary>The case routes against Azurite and maildev, the workflow run in process.</summary>
[Collection(MailCollection.Name)]
public sealed class CaseApiTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private MouTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Dcu_opens_a_case_once_per_submission_and_the_analysts_are_mailed()
    {
        var state = await _host.OpenCaseAsync();
        Assert.Equal(CaseStep.Analysis, state.Step);
        var message = await mail.WaitForMessageAsync(_host.Submitter.Analysts[0]);
        Assert.Contains("Analysis requested", message.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains(state.CaseId, MouTestHost.MessageId(message), StringComparison.Ordinal);
        await mail.WaitForMessageAsync(_host.Dcu.Analysts[0]);

        using var again = await _host.SendAsync(HttpMethod.Post, "/api/cases", _host.DcuKey, new { submissionId = state.Source.SubmissionId });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal(state.CaseId, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString());
    }

    [Fact]
    public async Task Only_dcu_opens_cases_by_hand_and_unknown_submissions_are_404()
    {
        using var notDcu = await _host.SendAsync(HttpMethod.Post, "/api/cases", _host.SubmitterKey, new { submissionId = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, notDcu.StatusCode);
        using var unknown = await _host.SendAsync(HttpMethod.Post, "/api/cases", _host.DcuKey, new { submissionId = $"nope-{Guid.NewGuid():N}" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var anonymous = await _host.SendAsync(HttpMethod.Post, "/api/cases", null, new { submissionId = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_case_is_visible_to_its_partners_only_and_listed_for_them()
    {
        var state = await _host.OpenCaseAsync();
        using var own = await _host.SendAsync(HttpMethod.Get, $"/api/cases/{state.CaseId}", _host.SubmitterKey);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var view = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("analysis", view.GetProperty("step").GetString());
        Assert.Equal("AMBER", view.GetProperty("tlp").GetString());

        using var dcuView = await _host.SendAsync(HttpMethod.Get, $"/api/cases/{state.CaseId}", _host.DcuKey);
        Assert.DoesNotContain("jane.doe@victim.example", await dcuView.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var outsider = await _host.AddPartnerAsync("fis");
        var outsiderKey = (await _host.Services.GetRequiredService<CyberPartnerships.Partners.PartnerRegistry>().IssueKeyAsync(outsider.Id)).Key;
        using var hidden = await _host.SendAsync(HttpMethod.Get, $"/api/cases/{state.CaseId}", outsiderKey);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);

        using var list = await _host.SendAsync(HttpMethod.Get, "/api/cases", _host.SubmitterKey);
        var cases = await list.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(cases.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == state.CaseId);
        using var none = await _host.SendAsync(HttpMethod.Get, "/api/cases", outsiderKey);
        Assert.Empty((await none.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Whole_case_through_the_api_ends_enforced_with_an_append_only_audit()
    {
        var state = await _host.OpenCaseAsync("enforcement");
        using (var early = await _host.SendAsync(HttpMethod.Post, $"/api/cases/{state.CaseId}/enforcement", _host.DcuKey, new { actionTaken = "x", date = "2026-11-24", outcome = "y" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        }

        using (var notNeeded = await _host.SendAsync(HttpMethod.Post, $"/api/cases/{state.CaseId}/analysis", _host.SubmitterKey, new { notNeeded = true }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notNeeded.StatusCode);
        }

        await _host.AttachAnalysisAsync(state.CaseId);
        var review = await _host.GetStateAsync(state.CaseId);
        Assert.StartsWith("case-reports/", review.Analysis!.ReportBlob, StringComparison.Ordinal);
        foreach (var step in new[] { CaseStep.JointReview, CaseStep.EnforcementApproval })
        {
            var current = await _host.GetStateAsync(state.CaseId);
            Assert.Equal(step, current.Step);
            foreach (var approver in new[] { _host.Submitter.LegalApprovers[0], _host.Dcu.LegalApprovers[0] })
            {
                using var r = await _host.DecideAsync(await _host.ApprovalLinkAsync(approver, current.StepKey), "approve");
                Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            }
        }

        using (var recorded = await _host.SendAsync(HttpMethod.Post, $"/api/cases/{state.CaseId}/enforcement", _host.DcuKey, new { actionTaken = "Sinkholed 12 C2 domains", date = "2026-11-24", outcome = "Botnet disrupted" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        var closed = await _host.GetStateAsync(state.CaseId);
        Assert.Equal(CaseOutcome.Enforced, closed.Outcome);
        await mail.WaitForMessageAsync(_host.Submitter.LegalApprovers[0], m => m.GetProperty("subject").GetString()!.Contains("Case closed (enforced)", StringComparison.Ordinal));
        var outcome = storage.Clients.Blobs.GetBlobContainerClient(CaseActivities.OutboundContainer).GetBlobClient(CaseActivities.OutcomeBlobName(state.CaseId));
        Assert.True((await outcome.ExistsAsync()).Value);
        Assert.Equal(state.Source.SubmittingPartnerId, (await outcome.GetPropertiesAsync()).Value.Metadata["submitter"]);

        var audit = await _host.Services.GetRequiredService<CaseAuditLog>().ListAsync(state.CaseId);
        Assert.Equal(closed.History.Count, audit.Count);
        Assert.Equal(audit.OrderBy(a => a.At).Select(a => a.Action), audit.Select(a => a.Action));
        Assert.Equal("opened", audit[0].Action);
        Assert.Equal(4, audit.Count(a => a.Action == "decided"));
        Assert.Equal("closed", audit[^1].Action);
    }
}
