using CyberPartnerships.Functions.Mou;
using CyberPartnerships.Mou;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;

namespace CyberPartnerships.Functions.Tests.Mou;

/// <summary>Events that arrive while the orchestrator is busy after a deadline fired (sending the reminder) under the
/// in-process test host, with a 2-second reminder: they must reach the case, not a cancelled wait.</summary>
public sealed class CaseOrchestrationEventTests
{
    private static readonly TimeSpan Long = TimeSpan.FromHours(1);
    private readonly CaseRules _rules = new(new CaseDeadlines(DecideWithin: Long, RemindAfter: TimeSpan.FromSeconds(2), EscalateAfter: Long, ExpireAfter: Long));
    private readonly TaskCompletionSource _reminderSending = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _reminderMaySend = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _reminders;

    private Task<DurableTaskTestHost> StartHostAsync() =>
        CaseTestHost.StartAsync(_rules, CaseTestActivities.Succeeding with { SendEmail = input => SendAsync(input.Email) });

    /// <summary>The first reminder e-mail is held until the test lets it go.</summary>
    private async Task<bool> SendAsync(SendEmailCommand email)
    {
        if (email.Kind == CaseEmailKind.Reminder && Interlocked.Increment(ref _reminders) == 1)
        {
            _reminderSending.TrySetResult();
            await _reminderMaySend.Task;
        }

        return true;
    }

    private static CaseEvent Decision(string approver) =>
        new() { Kind = CaseEventKind.Decision, At = DateTimeOffset.UtcNow, Actor = approver, StepKey = "joint-review-2", Decision = CaseDecision.Approve };

    [Fact]
    public async Task Analysis_raised_while_the_reminder_is_sent_and_two_decisions_after_it_all_reach_the_case()
    {
        await using var host = await StartHostAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(45));
        var state = CaseTestData.Open(_rules, DateTimeOffset.UtcNow);
        await CaseTestHost.StartCaseAsync(host, state, timeout.Token);

        // The 2-second reminder fired and its e-mail is being sent: the analysis arrives now.
        await _reminderSending.Task.WaitAsync(timeout.Token);
        var analysis = new CaseEvent { Kind = CaseEventKind.AnalysisNotNeeded, At = DateTimeOffset.UtcNow, Actor = "microsoft-dcu", PartnerId = "microsoft-dcu" };
        await host.Client.RaiseEventAsync(state.CaseId, CaseEvent.EventName, analysis, timeout.Token);
        await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
        _reminderMaySend.TrySetResult();

        await host.Client.RaiseEventAsync(state.CaseId, CaseEvent.EventName, Decision("legal@europol.example"), timeout.Token);
        await host.Client.RaiseEventAsync(state.CaseId, CaseEvent.EventName, Decision("legal@microsoft-dcu.example"), timeout.Token);
        var result = await host.Client.WaitForInstanceCompletionAsync(state.CaseId, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(CaseOutcome.Approved, result.ReadOutputAs<CaseOutcome>());
    }
}
