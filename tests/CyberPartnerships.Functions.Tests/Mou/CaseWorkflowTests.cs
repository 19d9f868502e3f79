using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using CyberPartnerships.Functions.Mou;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Mou;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Functions.Tests.Mou;

/// <summary>
/// Whole cases: the case API and the approval pages of the core (<see cref="MouTestHost"/>, on Azurite and maildev),
/// with <see cref="DurableCaseWorkflow"/> as the workflow, so every case runs as the real orchestration under the
/// Durable Task engine, its activities the core's <see cref="CaseActivities"/> (the projection and audit in Azurite,
/// the e-mails through maildev). Each decision is made through the link in the e-mail the approver received.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class CaseWorkflowTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromHours(1);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(120));
    private DurableTaskTestHost _durable = null!;
    private MouTestHost _api = null!;
    private CaseDeadlines _deadlines = new(Long, Long, Long, Long);

    private CancellationToken Timeout => _timeout.Token;

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task StartAsync(CaseDeadlines? deadlines = null)
    {
        _deadlines = deadlines ?? _deadlines;
        CaseActivities Activities() => _api.Services.GetRequiredService<CaseActivities>();
        _durable = await CaseTestHost.StartAsync(new CaseRules(_deadlines), new CaseTestActivities(
            async input =>
            {
                await Activities().RecordAsync(input.State, input.Audit, null, Timeout);
                return true;
            },
            async input =>
            {
                await Activities().SendEmailAsync(input.State, input.Email, Timeout);
                return true;
            },
            async state =>
            {
                await Activities().ShareAsync(state, Timeout);
                return true;
            }));
        var workflow = new DurableCaseWorkflow(_durable.Client);
        _api = await MouTestHost.StartAsync(storage, mail, services: s => s
            .AddSingleton<ICaseWorkflowStarter>(workflow)
            .AddSingleton<ICaseEventSink>(workflow)
            .Configure<MouOptions>(o =>
            {
                o.DecideWithin = _deadlines.DecideWithin;
                o.RemindAfter = _deadlines.RemindAfter;
                o.EscalateAfter = _deadlines.EscalateAfter;
                o.ExpireAfter = _deadlines.ExpireAfter;
            }));
    }

    public async Task DisposeAsync()
    {
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_durable is not null)
        {
            await _durable.DisposeAsync();
        }

        _timeout.Dispose();
    }

    /// <summary>The case as the projection shows it once <paramref name="until"/> holds (the orchestration records it).</summary>
    private async Task<CaseState> WaitForCaseAsync(string caseId, Func<CaseState, bool> until)
    {
        while (true)
        {
            var state = await _api.GetStateAsync(caseId);
            if (until(state))
            {
                return state;
            }

            await Task.Delay(100, Timeout);
        }
    }

    /// <summary>Every awaited partner's first legal approver decides through the link in their e-mail.</summary>
    private async Task DecideStepAsync(CaseState state, string decision)
    {
        foreach (var partner in state.AwaitedPartners)
        {
            var approver = state.Party(partner)!.LegalApprovers[0];
            var link = await _api.ApprovalLinkAsync(approver, state.StepKey, decision);
            using var page = await _api.Client.GetAsync(new Uri(link).PathAndQuery, Timeout);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            using var decided = await _api.DecideAsync(link, decision);
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }
    }

    private async Task<OrchestrationMetadata> CompletionAsync(string caseId) =>
        await _durable.Client.WaitForInstanceCompletionAsync(caseId, getInputsAndOutputs: true, Timeout);

    private async Task<IReadOnlyList<string>> SubjectsToAsync(string recipient, string caseId) =>
        [.. (await mail.GetMessagesAsync())
            .Where(m => m.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetProperty("address").GetString(), recipient, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.GetProperty("subject").GetString()!)
            .Where(s => s.Contains(caseId, StringComparison.Ordinal))];

    [Fact]
    public async Task Enforcement_case_runs_from_open_to_enforcement_with_every_decision_made_through_its_emailed_link()
    {
        await StartAsync();
        var opened = await _api.OpenCaseAsync("enforcement");
        await _api.AttachAnalysisAsync(opened.CaseId);

        var review = await WaitForCaseAsync(opened.CaseId, s => s.Step == CaseStep.JointReview);
        await DecideStepAsync(review, "approve");
        var approval = await WaitForCaseAsync(opened.CaseId, s => s.Step == CaseStep.EnforcementApproval);
        await DecideStepAsync(approval, "approve");
        await WaitForCaseAsync(opened.CaseId, s => s.Step == CaseStep.Enforcement);
        using (var recorded = await _api.SendAsync(HttpMethod.Post, $"/api/cases/{opened.CaseId}/enforcement", _api.DcuKey, new { actionTaken = "Sinkholed 12 C2 domains", date = "2026-11-24", outcome = "Botnet disrupted" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        var result = await CompletionAsync(opened.CaseId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(CaseOutcome.Enforced, result.ReadOutputAs<CaseOutcome>());
        var progress = result.ReadCustomStatusAs<CaseProgress>()!;
        Assert.Equal("closed", progress.Step);
        Assert.True(progress.Execution >= 4, $"the case continued as new at each step (execution {progress.Execution})");
        var closed = await WaitForCaseAsync(opened.CaseId, s => s.IsClosed);
        Assert.Equal(CaseOutcome.Enforced, closed.Outcome);
        Assert.Equal(4, closed.Decisions.Count);
        var outcome = new BlobServiceClient(storage.ConnectionString).GetBlobContainerClient("outbound-raw").GetBlobClient($"{opened.CaseId}/outcome.json");
        Assert.True((await outcome.ExistsAsync(Timeout)).Value, "the outcome went to outbound-raw/ for redaction and sharing");
        Assert.Contains(await SubjectsToAsync(_api.Dcu.LegalApprovers[0], opened.CaseId), s => s.Contains("Case closed (enforced)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejection_through_the_link_closes_the_case_rejected_and_shares_nothing()
    {
        await StartAsync();
        var opened = await _api.OpenCaseAsync("enforcement");
        await _api.AttachAnalysisAsync(opened.CaseId);
        var review = await WaitForCaseAsync(opened.CaseId, s => s.Step == CaseStep.JointReview);

        var approver = review.Party(review.AwaitedPartners[0])!.LegalApprovers[0];
        using (var decided = await _api.DecideAsync(await _api.ApprovalLinkAsync(approver, review.StepKey, "reject"), "reject"))
        {
            Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        }

        var result = await CompletionAsync(opened.CaseId);
        Assert.Equal(CaseOutcome.Rejected, result.ReadOutputAs<CaseOutcome>());
        Assert.Equal(CaseOutcome.Rejected, (await WaitForCaseAsync(opened.CaseId, s => s.IsClosed)).Outcome);
        var outcome = new BlobServiceClient(storage.ConnectionString).GetBlobContainerClient("outbound-raw").GetBlobClient($"{opened.CaseId}/outcome.json");
        Assert.False((await outcome.ExistsAsync(Timeout)).Value);
    }

    [Fact]
    public async Task Without_decisions_the_reminder_escalation_and_overdue_mails_go_out_and_the_case_expires()
    {
        await StartAsync(new CaseDeadlines(DecideWithin: TimeSpan.FromSeconds(6), RemindAfter: TimeSpan.FromSeconds(2), EscalateAfter: TimeSpan.FromSeconds(4), ExpireAfter: TimeSpan.FromSeconds(8)));
        var opened = await _api.OpenCaseAsync("enforcement");
        await _api.AttachAnalysisAsync(opened.CaseId);
        var review = await WaitForCaseAsync(opened.CaseId, s => s.Step == CaseStep.JointReview);

        var result = await CompletionAsync(opened.CaseId);

        Assert.Equal(CaseOutcome.Expired, result.ReadOutputAs<CaseOutcome>());
        var expired = await WaitForCaseAsync(opened.CaseId, s => s.IsClosed);
        Assert.Equal(CaseOutcome.Expired, expired.Outcome);
        foreach (var partner in review.AwaitedPartners.Select(p => review.Party(p)!))
        {
            var legal = await SubjectsToAsync(partner.LegalApprovers[0], opened.CaseId);
            Assert.Single(legal, s => s.Contains("Decision requested: Joint review", StringComparison.Ordinal));
            Assert.Single(legal, s => s.Contains("Reminder: Joint review", StringComparison.Ordinal));
            Assert.Single(legal, s => s.Contains("Overdue: Joint review", StringComparison.Ordinal));
            Assert.Single(legal, s => s.Contains("Case closed (expired)", StringComparison.Ordinal));
            var alternate = await SubjectsToAsync(partner.AlternateApprovers[0], opened.CaseId);
            Assert.Single(alternate, s => s.Contains("Escalated to you: Joint review", StringComparison.Ordinal));
        }

        Assert.Contains(expired.History, h => h.Action == "expired" || h.Detail?.Contains("expired", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task Changes_requested_twice_send_the_case_back_to_analysis_and_it_still_ends_approved_after_every_restart()
    {
        await StartAsync();
        var opened = await _api.OpenCaseAsync("analysis");
        for (var round = 1; round <= 3; round++)
        {
            await _api.AttachAnalysisAsync(opened.CaseId);
            var review = await WaitForCaseAsync(opened.CaseId, s => s.Step == CaseStep.JointReview && s.StepSequence == 2 * round);
            if (round < 3)
            {
                var dcuApprover = review.Party(_api.Dcu.Id)!.LegalApprovers[0];
                using var changes = await _api.DecideAsync(await _api.ApprovalLinkAsync(dcuApprover, review.StepKey, "request-changes"), "request-changes", $"round {round}: more on the C2");
                Assert.Equal(HttpStatusCode.OK, changes.StatusCode);
                await WaitForCaseAsync(opened.CaseId, s => s.Step == CaseStep.Analysis && s.StepSequence == (2 * round) + 1);
            }
            else
            {
                await DecideStepAsync(review, "approve");
            }
        }

        var result = await CompletionAsync(opened.CaseId);
        Assert.Equal(CaseOutcome.Approved, result.ReadOutputAs<CaseOutcome>());
        Assert.True(result.ReadCustomStatusAs<CaseProgress>()!.Execution >= 6);
        var closed = await WaitForCaseAsync(opened.CaseId, s => s.IsClosed);
        Assert.Equal(CaseOutcome.Approved, closed.Outcome);
        Assert.Equal(2, closed.Decisions.Count(d => d.Decision == CaseDecision.RequestChanges));
        Assert.Equal(2, closed.Decisions.Count(d => d.Decision == CaseDecision.Approve));
    }
}
