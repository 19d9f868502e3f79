using CyberPartnerships.Mou;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Functions.Mou;

/// <summary>The custom status of a running case: the step and who is still awaited; commands that failed after their
/// retries (<see cref="CaseCommandRunner"/>) and when they are tried again.</summary>
public sealed record CaseProgress(
    string Step,
    string StepKey,
    IReadOnlyList<string> AwaitedPartners,
    IReadOnlyList<string> AwaitedPeople,
    DateTimeOffset? NextDeadline,
    CaseOutcome Outcome,
    IReadOnlyList<CaseProblem>? Problems = null,
    DateTimeOffset? RetryAt = null);

/// <summary>
/// The case orchestration (instance id = case id, input = the opened <see cref="CaseState"/>): a short loop that asks
/// <see cref="CaseRules"/> what to do and does it. Replay-safe: no I/O, time only from
/// <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>, the rules are deterministic, the activities idempotent.
/// Each wait is a durable timer (the next deadline, or the retry of a failed command) raced against the
/// <see cref="CaseEvent.EventName"/> external event. A timer that loses is cancelled; an event wait that loses stays
/// open into the next wait (<see cref="CaseEventWait"/>): a cancelled wait would still be handed the next event by
/// Microsoft.DurableTask.Worker 1.25 and the event lost. A command that keeps failing does not end the case
/// (<see cref="CaseCommandRunner"/>); a closed case completes once its commands are done or given up.
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
        var commands = new CaseCommandRunner(context, rules, logger);
        var transition = rules.Start(state);
        while (true)
        {
            if (transition.Refusal is { } refusal)
            {
                LogRefused(logger, state.CaseId, refusal);
            }

            state = await commands.CarryOutAsync(transition.State, transition.Commands);
            var deadline = transition.Commands.WaitUntil;
            ShowProgress(context, state, deadline, commands);
            if (transition.Commands.Complete)
            {
                while (commands.RetryAt is { } retryAt)
                {
                    await context.CreateTimer(retryAt.UtcDateTime, CancellationToken.None);
                    state = await commands.RetryAsync(state);
                    ShowProgress(context, state, null, commands);
                }

                LogClosed(logger, state.CaseId, state.Outcome);
                return state.Outcome;
            }

            CaseTransition? next = null;
            while (next is null)
            {
                if (await NextEventAsync(context, events, Earliest(deadline, commands.RetryAt)) is { } e)
                {
                    next = rules.Apply(state, e);
                    continue;
                }

                var now = Now(context);
                if (commands.RetryAt <= now)
                {
                    state = await commands.RetryAsync(state);
                    ShowProgress(context, state, deadline, commands);
                }

                if (deadline <= now)
                {
                    next = rules.Apply(state, CaseEvent.Deadline(now));
                }
            }

            transition = next;
        }
    }

    private static void ShowProgress(TaskOrchestrationContext context, CaseState state, DateTimeOffset? deadline, CaseCommandRunner commands) =>
        context.SetCustomStatus(new CaseProgress(
            CaseSteps.Slug(state.Step),
            state.StepKey,
            state.AwaitedPartners,
            state.AwaitedPeople(),
            deadline,
            state.Outcome,
            commands.Problems.Count > 0 ? commands.Problems : null,
            commands.RetryAt));

    private static DateTimeOffset Now(TaskOrchestrationContext context) => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    /// <summary>The next external event, or null when the durable timer (<paramref name="until"/>) fires first.</summary>
    private static async Task<CaseEvent?> NextEventAsync(TaskOrchestrationContext context, CaseEventWait events, DateTimeOffset? until)
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

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: event refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string caseId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} closed: {Outcome}")]
    private static partial void LogClosed(ILogger logger, string caseId, CaseOutcome outcome);
}
