using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using CyberPartnerships.Mou;
using CyberPartnerships.Sharing;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Mou;

/// <summary>Submissions and the MoU workflow together: a referral asking for analysis or enforcement opens its case.</summary>
[Collection(MailCollection.Name)]
public sealed class CaseFromSubmissionTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private MouTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail, fromSubmissions: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static object Referral(string requestedAction, string domain) => new Dictionary<string, object?>
    {
        ["tlp"] = "AMBER",
        ["title"] = "Botnet Y command servers",
        ["summary"] = "Victim bob.smith@victim.example reported the dropper.",
        ["category"] = "botnet",
        ["requestedAction"] = requestedAction,
        ["indicators"] = new[] { new { type = "domain", value = domain } },
    };

    [Fact]
    public async Task Referral_asking_for_analysis_opens_its_case_once_and_the_case_shows_on_its_indicators()
    {
        var domain = $"c2-{Guid.NewGuid():N}.example";

        using var response = await _host.SendAsync(HttpMethod.Post, "/api/submissions", _host.SubmitterKey, Referral("analysis", domain));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var submissionId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var caseId = CaseRules.CaseIdFor(submissionId);
        Assert.Equal(caseId, response.Headers.GetValues("X-Case-Id").Single());
        var state = await _host.GetStateAsync(caseId);
        Assert.Equal(CaseStep.Analysis, state.Step);
        Assert.Equal(_host.Submitter.Id, state.Source.SubmittingPartnerId);
        Assert.Equal(CaseIntake.OpenedBy, state.OpenedBy);
        Assert.Equal("Botnet Y command servers", state.Source.Title);
        await mail.WaitForMessageAsync(_host.Submitter.Analysts[0], m => MouTestHost.MessageId(m).Contains(caseId, StringComparison.Ordinal));

        using var caseView = await _host.SendAsync(HttpMethod.Get, $"/api/cases/{caseId}", _host.SubmitterKey);
        Assert.Equal(HttpStatusCode.OK, caseView.StatusCode);

        using var indicator = await _host.SendAsync(HttpMethod.Get, $"/api/indicators/domain/{domain}", _host.SubmitterKey);
        Assert.Equal(HttpStatusCode.OK, indicator.StatusCode);
        var cases = (await indicator.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cases");
        Assert.Equal(caseId, cases.EnumerateArray().Single().GetProperty("caseId").GetString());

        // The partner repeats the request: the first result, and still one case.
        using var again = await _host.SendAsync(HttpMethod.Post, "/api/submissions", _host.SubmitterKey, Referral("analysis", domain));
        Assert.Equal(caseId, again.Headers.GetValues("X-Case-Id").Single());
        using var dcuOpens = await _host.SendAsync(HttpMethod.Post, "/api/cases", _host.DcuKey, new { submissionId });
        Assert.Equal(HttpStatusCode.Conflict, dcuOpens.StatusCode);
    }

    [Fact]
    public async Task Submission_without_a_requested_action_opens_no_case_until_dcu_opens_it()
    {
        var referral = (Dictionary<string, object?>)Referral("analysis", $"c2-{Guid.NewGuid():N}.example");
        referral.Remove("requestedAction");

        using var response = await _host.SendAsync(HttpMethod.Post, "/api/submissions", _host.SubmitterKey, referral);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Case-Id"));
        var submissionId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Null(await _host.Store.GetAsync(CaseRules.CaseIdFor(submissionId)));

        using var opened = await _host.SendAsync(HttpMethod.Post, "/api/cases", _host.DcuKey, new { submissionId });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Equal(_host.Dcu.Id, (await _host.GetStateAsync(CaseRules.CaseIdFor(submissionId))).OpenedBy);
    }

    [Fact]
    public async Task Case_outcome_is_written_where_the_sharing_pipeline_redacts_and_shares_it()
    {
        using var response = await _host.SendAsync(HttpMethod.Post, "/api/submissions", _host.SubmitterKey, Referral("enforcement", $"c2-{Guid.NewGuid():N}.example"));
        var caseId = response.Headers.GetValues("X-Case-Id").Single();
        var state = await _host.GetStateAsync(caseId);

        await _host.Services.GetRequiredService<CaseActivities>().ShareAsync(state);
        var result = await _host.Services.GetRequiredService<SharingPipeline>().ProcessAsync(CaseActivities.OutcomeBlobName(caseId));

        Assert.Equal(SharingOutcome.Shared, result.Outcome);
        Assert.Equal(state.PartnerIds.Order(StringComparer.Ordinal), result.Recipients.Order(StringComparer.Ordinal));
        var shared = _host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(SharingOptions.SharedContainer)
            .GetBlobClient($"{_host.Dcu.Id}/{caseId}/outcome.json");
        var text = (await shared.DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("Botnet Y command servers", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bob.smith@victim.example", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Referral_naming_participants_opens_a_case_whose_enforcement_they_approve()
    {
        var fis = await _host.AddPartnerAsync("fis");
        var oas = await _host.AddPartnerAsync("oas");
        var referral = (Dictionary<string, object?>)Referral("enforcement", $"c2-{Guid.NewGuid():N}.example");
        referral["participants"] = new[] { fis.Id, _host.Submitter.Id, oas.Id, fis.Id };

        using var response = await _host.SendAsync(HttpMethod.Post, "/api/submissions", _host.SubmitterKey, referral);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var record = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal([fis.Id, oas.Id], record.GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        var state = await _host.GetStateAsync(response.Headers.GetValues("X-Case-Id").Single());
        Assert.Equal([_host.Submitter.Id, _host.Dcu.Id, fis.Id, oas.Id], state.PartnerIds);
        Assert.Equal([fis.Id, oas.Id], CaseRules.EnforcementApprovers(state));

        using var seenByParticipant = await _host.SendAsync(HttpMethod.Get, $"/api/cases/{state.CaseId}", (await _host.Services.GetRequiredService<global::CyberPartnerships.Partners.PartnerRegistry>().IssueKeyAsync(oas.Id)).Key);
        Assert.Equal(HttpStatusCode.OK, seenByParticipant.StatusCode);
    }

    [Fact]
    public async Task Referral_naming_a_partner_that_cannot_take_part_gets_400_pointing_at_it_and_opens_nothing()
    {
        var registry = _host.Services.GetRequiredService<global::CyberPartnerships.Partners.PartnerRegistry>();
        var suspended = await _host.AddPartnerAsync("susp");
        await registry.SetStatusAsync(suspended.Id, global::CyberPartnerships.Partners.PartnerStatus.Suspended);
        var green = await registry.AddAsync(Partners.PartnerTestData.NewPartner("green", Tlp.Green));
        var referral = (Dictionary<string, object?>)Referral("enforcement", $"c2-{Guid.NewGuid():N}.example");
        referral["participants"] = new[] { (await _host.AddPartnerAsync("ok")).Id, $"nobody-{Guid.NewGuid():N}"[..30], suspended.Id, green.Id };

        using var refused = await _host.SendAsync(HttpMethod.Post, "/api/submissions", _host.SubmitterKey, referral);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(["/participants/1", "/participants/2", "/participants/3"], errors.Select(e => e.GetProperty("pointer").GetString()));
        Assert.Contains("not cleared for TLP:AMBER", errors[2].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(refused.Headers.Contains("X-Case-Id"));

        referral["tlp"] = "RED";
        referral["participants"] = new[] { (await _host.AddPartnerAsync("red")).Id };
        using var red = await _host.SendAsync(HttpMethod.Post, "/api/submissions", _host.SubmitterKey, referral);
        Assert.Equal(HttpStatusCode.BadRequest, red.StatusCode);
        Assert.Contains("TLP:RED stays with your organisation", await red.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dcu_opening_a_case_by_hand_can_name_participants()
    {
        var referral = (Dictionary<string, object?>)Referral("analysis", $"c2-{Guid.NewGuid():N}.example");
        referral.Remove("requestedAction");
        using var response = await _host.SendAsync(HttpMethod.Post, "/api/submissions", _host.SubmitterKey, referral);
        var submissionId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var fis = await _host.AddPartnerAsync("fis");

        using var unknown = await _host.SendAsync(HttpMethod.Post, "/api/cases", _host.DcuKey, new { submissionId, participants = new[] { "no-such-partner-x" } });
        using var opened = await _host.SendAsync(HttpMethod.Post, "/api/cases", _host.DcuKey, new { submissionId, participants = new[] { fis.Id } });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        Assert.Contains(fis.Id, (await _host.GetStateAsync(CaseRules.CaseIdFor(submissionId))).PartnerIds);
    }
}
