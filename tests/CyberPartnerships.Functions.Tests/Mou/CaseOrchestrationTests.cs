using System.Collections.Concurrent;
using CyberPartnerships.Functions.Mou;
using CyberPartnerships.Mou;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;

namespace CyberPartnerships.Functions.Tests.Mou;

/// <summary>The case orchestrator running for real (replaying) under the in-process Durable Task test host, the
/// decisions raised as external events. The activities record what they were asked to do.</summary>
public sealed class CaseOrchestrationTests
{
    private readonly CaseRules _rules = new(CaseDeadlines.Default);
    private readonly ConcurrentQueue<string> _done = new();

    private Task<DurableTaskTestHost> StartHostAsync() => CaseTestHost.StartAsync(_rules, new CaseTestActivities(
        input => Done($"record {input.State.StepKey}"),
        input => Done($"email {input.Email.Kind} {string.Join(',', input.Email.Recipients)}"),
        state => Done($"share {state.Outcome}")));

    private Task<bool> Done(string what)
    {
        _done.Enqueue(what);
        return Task.FromResult(true);
    }

    private static CaseEvent Decision(string approver, string stepKey, CaseDecision decision) =>
        new() { Kind = CaseEventKind.Decision, At = DateTimeOffset.UtcNow, Actor = approver, StepKey = stepKey, Decision = decision };

    private static async Task<OrchestrationMetadata> RunAsync(DurableTaskTestHost host, CaseState state, params CaseEvent[] events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await CaseTestHost.StartCaseAsync(host, state, timeout.Token);
        foreach (var e in events)
        {
            await host.Client.RaiseEventAsync(state.CaseId, CaseEvent.EventName, e, timeout.Token);
        }

        return await host.Client.WaitForInstanceCompletionAsync(state.CaseId, getInputsAndOutputs: true, timeout.Token);
    }

    [Fact]
    public async Task Approve_path_runs_to_completion_with_the_decisions_raised_as_events()
    {
        await using var host = await StartHostAsync();
        var state = CaseTestData.Open(_rules, DateTimeOffset.UtcNow);
        var analysis = new CaseEvent { Kind = CaseEventKind.AnalysisNotNeeded, At = DateTimeOffset.UtcNow, Actor = "microsoft-dcu", PartnerId = "microsoft-dcu" };
        var result = await RunAsync(
            host,
            state,
            analysis,
            Decision("legal@europol.example", "joint-review-2", CaseDecision.Approve),
            Decision("legal@microsoft-dcu.example", "joint-review-2", CaseDecision.Approve));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(CaseOutcome.Approved, result.ReadOutputAs<CaseOutcome>());
        var status = result.ReadCustomStatusAs<CaseProgress>()!;
        Assert.Equal("closed", status.Step);
        Assert.Empty(status.AwaitedPeople);
        Assert.Single(_done, "email AnalysisRequest analyst@europol.example");
        Assert.Single(_done, "email AnalysisRequest analyst@microsoft-dcu.example");
        Assert.Single(_done, "email ApprovalRequest legal@europol.example");
        Assert.Single(_done, "email ApprovalRequest legal@microsoft-dcu.example");
        Assert.Contains("share Approved", _done);
    }

    [Fact]
    public async Task Reject_path_closes_the_case_rejected_and_shares_nothing()
    {
        await using var host = await StartHostAsync();
        var state = CaseTestData.Open(_rules, DateTimeOffset.UtcNow, "enforcement");
        var analysis = new CaseEvent { Kind = CaseEventKind.AnalysisAttached, At = DateTimeOffset.UtcNow, Actor = "europol", PartnerId = "europol", ReportBlob = "case-reports/x", Findings = ["f"] };
        var result = await RunAsync(
            host,
            state,
            analysis,
            Decision("legal@europol.example", "joint-review-2", CaseDecision.Approve),
            Decision("legal@microsoft-dcu.example", "joint-review-2", CaseDecision.Approve),
            Decision("legal@europol.example", "enforcement-approval-3", CaseDecision.Reject));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(CaseOutcome.Rejected, result.ReadOutputAs<CaseOutcome>());
        Assert.Contains(_done, d => d.StartsWith("email Closed", StringComparison.Ordinal));
        Assert.DoesNotContain(_done, d => d.StartsWith("share", StringComparison.Ordinal));
    }

    private static async Task<CaseProgress> FirstProgressAsync(DurableTaskTestHost host, CaseState state, CancellationToken cancellationToken)
    {
        await CaseTestHost.StartCaseAsync(host, state, cancellationToken);
        CaseProgress? progress = null;
        while (progress is null)
        {
            await Task.Delay(100, cancellationToken);
            progress = (await host.Client.GetInstanceAsync(state.CaseId, true, cancellationToken))?.ReadCustomStatusAs<CaseProgress>();
        }

        return progress;
    }

    [Fact]
    public async Task Running_case_shows_its_step_and_who_is_awaited_in_the_custom_status()
    {
        await using var host = await StartHostAsync();
        var state = CaseTestData.Open(_rules, DateTimeOffset.UtcNow);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var progress = await FirstProgressAsync(host, state, timeout.Token);

        Assert.Equal("analysis", progress.Step);
        Assert.Equal(["analyst@europol.example", "analyst@microsoft-dcu.example"], progress.AwaitedPeople);
        Assert.Equal(state.StepStartedAt.AddDays(2), progress.NextDeadline);
        await host.Client.TerminateInstanceAsync(state.CaseId, cancellation: timeout.Token);
    }

    [Fact]
    public async Task Case_opened_under_other_settings_waits_by_the_deadlines_in_its_input()
    {
        await using var host = await StartHostAsync();
        var openedWith = CaseDeadlines.Default with { RemindAfter = TimeSpan.FromDays(3) };
        var state = CaseTestData.Open(new CaseRules(openedWith), DateTimeOffset.UtcNow);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var progress = await FirstProgressAsync(host, state, timeout.Token);

        Assert.Equal(state.StepStartedAt.AddDays(3), progress.NextDeadline);
        await host.Client.TerminateInstanceAsync(state.CaseId, cancellation: timeout.Token);
    }
}
