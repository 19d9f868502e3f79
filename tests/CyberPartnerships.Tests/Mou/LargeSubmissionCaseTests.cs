using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Mou;
using CyberPartnerships.Submissions;
using CyberPartnerships.Tests.Infrastructure;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Mou;

/// <summary>Submissions at the size limits still get their case: the case row holds no indicator list and a capped title.</summary>
[Collection(MailCollection.Name)]
public sealed class LargeSubmissionCaseTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private MouTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail, fromSubmissions: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_referral_with_fifteen_thousand_indicators_asking_for_analysis_gets_its_case()
    {
        var prefix = Random.Shared.Next(1, 223);
        var indicators = Enumerable.Range(0, 15_000)
            .Select(i => new { type = "ipv4", value = $"{prefix}.{Random.Shared.Next(256)}.{i / 250}.{(i % 250) + 1}" })
            .ToList();
        var referral = new Dictionary<string, object?>
        {
            ["tlp"] = "AMBER",
            ["title"] = "Proxy botnet exit nodes",
            ["summary"] = "Exit nodes of a residential proxy botnet.",
            ["category"] = "botnet",
            ["requestedAction"] = "analysis",
            ["indicators"] = indicators,
        };

        using var response = await _host.SendAsync(HttpMethod.Post, "/api/submissions", _host.SubmitterKey, referral);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var caseId = Assert.Single(response.Headers.GetValues("X-Case-Id"));
        using var view = await _host.SendAsync(HttpMethod.Get, $"/api/cases/{caseId}", _host.DcuKey);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Equal("Proxy botnet exit nodes", (await view.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        // The indicators are linked from the submission, not from the case row.
        using var indicator = await _host.SendAsync(HttpMethod.Get, $"/api/indicators/ipv4/{indicators[^1].value}", _host.SubmitterKey);
        Assert.Equal(HttpStatusCode.OK, indicator.StatusCode);
        Assert.Equal(caseId, (await indicator.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cases")[0].GetProperty("caseId").GetString());
    }

    [Fact]
    public async Task A_stix_report_with_a_huge_name_gets_its_case_with_the_title_cut_short()
    {
        var name = "Loader campaign " + new string('x', 600_000);
        var bundle = Bundle(
            Indicator($"[domain-name:value = '{NewDomain()}']"),
            Sdo("report", null, StixMarkings.Amber, Created, new JsonObject { ["name"] = name, ["published"] = Created, ["object_refs"] = new JsonArray(NewId("malware")) }));
        using var submitted = await _host.SendAsync(HttpMethod.Post, "/api/submissions", _host.SubmitterKey, bundle);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var submissionId = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        using var opened = await _host.SendAsync(HttpMethod.Post, "/api/cases", _host.DcuKey, new { submissionId });

        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var title = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString()!;
        Assert.StartsWith("Loader campaign xxx", title, StringComparison.Ordinal);
        Assert.True(title.Length <= NativeReferralReader.MaxTitle, $"title has {title.Length} characters");
    }
}
