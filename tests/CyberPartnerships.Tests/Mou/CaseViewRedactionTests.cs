using System.Net;
using System.Text.Json;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Mou;

/// <summary>What one participant wrote reaches the others through the redactor in <c>GET /api/cases/{id}</c>: the
/// analysis findings, decision comments, the changes requested, history details and the enforcement record; its
/// author sees it as written.</summary>
[Collection(MailCollection.Name)]
public sealed class CaseViewRedactionTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private const string VictimEmail = "maria.garcia@victim.example";
    private const string VictimPhone = "+34 612 48 93 07";
    private MouTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> ViewAsync(string caseId, string key)
    {
        using var response = await _host.SendAsync(HttpMethod.Get, $"/api/cases/{caseId}", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Findings_written_by_the_submitter_are_redacted_for_dcu_and_shown_as_written_to_the_submitter()
    {
        var opened = await _host.OpenCaseAsync("analysis");
        using (var posted = await _host.SendAsync(HttpMethod.Post, $"/api/cases/{opened.CaseId}/analysis", _host.SubmitterKey,
            new { report = "Analysis of botnet X", findings = new[] { "C2 at 203.0.113.9", $"victim {VictimEmail} paid the ransom" } }))
        {
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }

        var forDcu = JsonDocument.Parse(await ViewAsync(opened.CaseId, _host.DcuKey)).RootElement;
        var forSubmitter = await ViewAsync(opened.CaseId, _host.SubmitterKey);

        var findings = forDcu.GetProperty("analysis").GetProperty("findings").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Equal(["C2 at 203.0.113.9", "victim [EMAIL] paid the ransom"], findings);
        Assert.DoesNotContain(VictimEmail, forDcu.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(VictimEmail, forSubmitter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_requested_by_dcu_with_a_victims_details_are_redacted_for_the_submitter_in_the_comment_the_request_and_the_history()
    {
        var opened = await _host.OpenCaseAsync("analysis");
        await _host.AttachAnalysisAsync(opened.CaseId);
        var review = await _host.GetStateAsync(opened.CaseId);
        var link = await _host.ApprovalLinkAsync(_host.Dcu.LegalApprovers[0], review.StepKey, "request-changes");
        using (var decided = await _host.DecideAsync(link, "request-changes", $"call the victim at {VictimPhone} or {VictimEmail}"))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        var forSubmitter = await ViewAsync(opened.CaseId, _host.SubmitterKey);
        var forDcu = await ViewAsync(opened.CaseId, _host.DcuKey);

        Assert.DoesNotContain(VictimEmail, forSubmitter, StringComparison.Ordinal);
        Assert.DoesNotContain(VictimPhone, forSubmitter, StringComparison.Ordinal);
        var view = JsonDocument.Parse(forSubmitter).RootElement;
        Assert.Equal("call the victim at [PHONE] or [EMAIL]", view.GetProperty("changesRequested").GetString());
        Assert.Contains(view.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("comment").GetString() == "call the victim at [PHONE] or [EMAIL]");
        Assert.Contains(VictimEmail, forDcu, StringComparison.Ordinal);
        Assert.Equal(CaseStep.Analysis, (await _host.GetStateAsync(opened.CaseId)).Step);
    }
}
