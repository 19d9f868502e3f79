using CyberPartnerships.Mou;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Functions.Mou;

/// <summary>The custom status of a running case: the step and who is still awaited.</summary>
public sealed record CaseProgress(string Step, string StepKey, IReadOnlyList<string> AwaitedPartners, IReadOnlyList<string> AwaitedPeople, DateTimeOffset? NextDeadline, CaseOutcome Outcome);

/// <summary>
/// The case orchestration (instance id = case id, input = the opened <see cref="CaseState"/>): a short loop that asks
/// <see cref="CaseRules"/> what to do and does it. Replay-safe: no I/O, time only from
/// <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>, the rules are deterministic, the activities idempotent.
/// Each wait is a durable timer (the next deadline) raced against the <see cref="CaseEvent.EventName"/> external event.
/// A timer that loses is cancelled; an event wait that loses stays open into the next wait (<see cref="CaseEventWait"/>):
/// a cancelled wait would still be handed the next event by Microsoft.DurableTask.Worker 1.25 and the event lost.
/// </summary>
public sealed partial class CaseOrchestration(CaseRules rules)
{
    /// <summary>Activities are retried: 5 attempts, 5 s doubling up to 5 min.</summary>
    public static readonly TaskOptions ActivityRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(5), 2.0, TimeSpan.FromMinutes(5)));

    [Function(nameof(CaseOrchestrator))]
    public Task<CaseOutcome> CaseOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) => RunAsync(context, rules);

    public static async Task<CaseOutcome> RunAsync(TaskOrchestrationContext context, CaseRules rules)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rules);
        var logger = context.CreateReplaySafeLogger<CaseOrchestration>();
        var state = context.GetInput<CaseState>() ?? throw new InvalidOperationException("The case orchestration needs the opened case as input.");
        var events = new CaseEventWait(context);
        var transition = rules.Start(state);
        while (true)
        {
            if (transition.Refusal is { } refusal)
            {
                LogRefused(logger, state.CaseId, refusal);
            }

            state = transition.State;
            await CarryOutAsync(context, transition);
            var wait = transition.Commands.WaitUntil;
            context.SetCustomStatus(new CaseProgress(CaseSteps.Slug(state.Step), state.StepKey, state.AwaitedPartners, state.AwaitedPeople(), wait, state.Outcome));
            if (transition.Commands.Complete)
            {
                LogClosed(logger, state.CaseId, state.Outcome);
                return state.Outcome;
            }

            transition = rules.Apply(state, await NextEventAsync(context, events, wait));
        }
    }

    private static async Task CarryOutAsync(TaskOrchestrationContext context, CaseTransition transition)
    {
        var state = transition.State;
        if (transition.Commands.Record)
        {
            await context.CallActivityAsync<bool>(nameof(CaseActivityFunctions.RecordCase), new RecordCaseInput(state, transition.Commands.Audit), ActivityRetry);
        }

        foreach (var email in transition.Commands.Emails)
        {
            await context.CallActivityAsync<bool>(nameof(CaseActivityFunctions.SendCaseEmail), new SendCaseEmailInput(state, email), ActivityRetry);
        }

        if (transition.Commands.Share)
        {
            await context.CallActivityAsync<bool>(nameof(CaseActivityFunctions.ShareCase), state, ActivityRetry);
        }
    }

    /// <summary>The next event: an external one, or a deadline when the durable timer fires first.</summary>
    private static async Task<CaseEvent> NextEventAsync(TaskOrchestrationContext context, CaseEventWait events, DateTimeOffset? until)
    {
        if (until is null)
        {
            return await events.TakeAsync();
        }

        using var timerCancellation = new CancellationTokenSource();
        var timer = context.CreateTimer(until.Value.UtcDateTime, timerCancellation.Token);
        if (await Task.WhenAny(timer, events.Pending) != timer)
        {
            timerCancellation.Cancel();
            return await events.TakeAsync();
        }

        return CaseEvent.Deadline(new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: event refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string caseId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} closed: {Outcome}")]
    private static partial void LogClosed(ILogger logger, string caseId, CaseOutcome outcome);
}
