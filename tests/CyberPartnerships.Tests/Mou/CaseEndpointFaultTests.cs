using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Mou;

/// <summary>The case routes when storage fails once or the workflow cannot be reached: a 503 problem, and the same
/// request again works.</summary>
[Collection(MailCollection.Name)]
public sealed class CaseEndpointFaultTests(AzuriteFixture storage, MailDevFixture mail)
{
    private volatile bool _armed;

    [Theory]
    [InlineData("list")]
    [InlineData("get")]
    [InlineData("enforcement")]
    public async Task A_storage_fault_reading_cases_is_a_503_problem_and_the_same_request_again_works(string route)
    {
        await using var host = await StartAsync(casesTableFault: true);
        var opened = await host.OpenCaseAsync("analysis");
        var (method, path, body) = route switch
        {
            "list" => (HttpMethod.Get, "/api/cases", null),
            "get" => (HttpMethod.Get, $"/api/cases/{opened.CaseId}", null),
            _ => (HttpMethod.Post, $"/api/cases/{opened.CaseId}/enforcement", (object)new { actionTaken = "x", date = "2026-11-24", outcome = "y" }),
        };

        _armed = true;
        await AssertUnavailableAsync(await host.SendAsync(method, path, host.SubmitterKey, body));

        using var again = await host.SendAsync(method, path, host.SubmitterKey, body);
        Assert.Equal(route == "enforcement" ? HttpStatusCode.Conflict : HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task An_analysis_report_storage_could_not_take_is_a_503_and_the_same_post_again_is_accepted()
    {
        await using var host = await StartAsync(reportBlobFault: true);
        var opened = await host.OpenCaseAsync("analysis");

        _armed = true;
        await AssertUnavailableAsync(await host.SendAsync(HttpMethod.Post, $"/api/cases/{opened.CaseId}/analysis", host.SubmitterKey, new { report = "Analysis of botnet X" }));
        Assert.Null((await host.GetStateAsync(opened.CaseId)).Analysis);

        await host.AttachAnalysisAsync(opened.CaseId);
        Assert.Equal(CaseStep.JointReview, (await host.GetStateAsync(opened.CaseId)).Step);
    }

    [Fact]
    public async Task An_analysis_the_workflow_could_not_take_is_a_503_and_the_same_post_again_is_accepted()
    {
        await using var host = await StartAsync(sinkFault: true);
        var opened = await host.OpenCaseAsync("analysis");

        _armed = true;
        await AssertUnavailableAsync(await host.SendAsync(HttpMethod.Post, $"/api/cases/{opened.CaseId}/analysis", host.SubmitterKey, new { report = "Analysis of botnet X", findings = new[] { "C2 at 203.0.113.9" } }));
        Assert.Null((await host.GetStateAsync(opened.CaseId)).Analysis);

        await host.AttachAnalysisAsync(opened.CaseId);
        Assert.Equal(CaseStep.JointReview, (await host.GetStateAsync(opened.CaseId)).Step);
    }

    [Fact]
    public async Task A_submission_whose_case_could_not_start_is_still_201_without_a_case_and_repeating_it_starts_the_case()
    {
        await using var host = await StartAsync(starterFault: true, fromSubmissions: true);
        var referral = new Dictionary<string, object?>
        {
            ["tlp"] = "AMBER", ["title"] = "Botnet Z", ["summary"] = "C2 servers of botnet Z.", ["category"] = "botnet",
            ["requestedAction"] = "analysis", ["indicators"] = new[] { new { type = "domain", value = $"c2-{Guid.NewGuid():N}.example" } },
        };

        _armed = true;
        string submissionId;
        using (var stored = await host.SendAsync(HttpMethod.Post, "/api/submissions", host.SubmitterKey, referral))
        {
            Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
            Assert.False(stored.Headers.Contains("X-Case-Id"));
            submissionId = (await stored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        using var repeated = await host.SendAsync(HttpMethod.Post, "/api/submissions", host.SubmitterKey, referral);
        Assert.Equal(CaseRules.CaseIdFor(submissionId), Assert.Single(repeated.Headers.GetValues("X-Case-Id")));
        Assert.NotEmpty((await host.GetStateAsync(CaseRules.CaseIdFor(submissionId))).History);
    }

    [Fact]
    public async Task A_case_dcu_opens_whose_workflow_could_not_start_is_a_503_and_the_same_request_again_starts_it()
    {
        await using var host = await StartAsync(starterFault: true);
        var submissionId = $"sub-{Guid.NewGuid():N}";
        await host.Services.GetRequiredService<TableCaseSourceLookup>().AddAsync(new CaseSource(submissionId, host.Submitter.Id, "Botnet Z", "C2 servers", "analysis", [], Tlp.Green));

        _armed = true;
        await AssertUnavailableAsync(await host.SendAsync(HttpMethod.Post, "/api/cases", host.DcuKey, new { submissionId }));

        using var again = await host.SendAsync(HttpMethod.Post, "/api/cases", host.DcuKey, new { submissionId });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.NotEmpty((await host.GetStateAsync(CaseRules.CaseIdFor(submissionId))).History);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>A host whose faults fire once each, only once the test arms them (after the case is opened).</summary>
    private Task<MouTestHost> StartAsync(bool casesTableFault = false, bool reportBlobFault = false, bool sinkFault = false, bool starterFault = false, bool fromSubmissions = false) =>
        MouTestHost.StartAsync(storage, mail, fromSubmissions: fromSubmissions, services: s =>
        {
            if (casesTableFault)
            {
                var options = new TableClientOptions();
                options.Retry.MaxRetries = 0;
                options.AddPolicy(new FailNthRequestPolicy(m => _armed && m.Request.Method == RequestMethod.Get && m.Request.Uri.ToString().Contains($"/{CaseStore.CasesTable}(", StringComparison.Ordinal), 1), HttpPipelinePosition.PerCall);
                s.AddSingleton(new TableServiceClient(storage.ConnectionString, options));
            }

            if (reportBlobFault)
            {
                var options = new BlobClientOptions();
                options.Retry.MaxRetries = 0;
                options.AddPolicy(new FailNthRequestPolicy(m => _armed && m.Request.Method == RequestMethod.Put && m.Request.Uri.ToString().Contains($"/{CaseEndpoints.ReportsContainer}/", StringComparison.Ordinal), 1), HttpPipelinePosition.PerCall);
                s.AddSingleton(new BlobServiceClient(storage.ConnectionString, options));
            }

            if (sinkFault)
            {
                s.AddSingleton<ICaseEventSink>(sp => new FailingOnceSink(sp.GetRequiredService<DirectCaseWorkflow>(), () => _armed));
            }

            if (starterFault)
            {
                s.AddSingleton<ICaseWorkflowStarter>(sp => new FailingOnceSink(sp.GetRequiredService<DirectCaseWorkflow>(), () => _armed));
            }
        });

    /// <summary>The in-process workflow, unreachable once when armed (as the Durable client can be: not a storage error).</summary>
    private sealed class FailingOnceSink(DirectCaseWorkflow workflow, Func<bool> armed) : ICaseEventSink, ICaseWorkflowStarter
    {
        private int _failed;

        public Task RaiseAsync(string caseId, CaseEvent caseEvent, CancellationToken cancellationToken = default) =>
            Fails() ? throw Unreachable() : workflow.RaiseAsync(caseId, caseEvent, cancellationToken);

        public Task StartAsync(CaseState state, CancellationToken cancellationToken = default) =>
            Fails() ? throw Unreachable() : workflow.StartAsync(state, cancellationToken);

        private bool Fails() => armed() && Interlocked.Exchange(ref _failed, 1) == 0;

        private static InvalidOperationException Unreachable() => new("Injected: the workflow could not be reached.");
    }
}
