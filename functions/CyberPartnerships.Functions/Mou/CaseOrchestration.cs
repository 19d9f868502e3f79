using CyberPartnerships.Mou;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Functions.Mou;

/// <summary>The custom status of a running case: the step and who is still awaited; commands that failed after their
/// retries (<see cref="CaseCommandRunner"/>) and when they are tried again; <paramref name="Execution"/>: 1 for the
/// execution the case opened in, one more at each ContinueAsNew.</summary>
public sealed record CaseProgress(
    string Step,
    string StepKey,
    IReadOnlyList<string> AwaitedPartners,
    IReadOnlyList<string> AwaitedPeople,
    DateTimeOffset? NextDeadline,
    CaseOutcome Outcome,
    IReadOnlyList<CaseProblem>? Problems = null,
    DateTimeOffset? RetryAt = null,
    int Execution = 1);

/// <summary>The orchestration's input: the opened case (<see cref="Resume"/> null), or the case carried into a new
/// execution by ContinueAsNew.</summary>
public sealed record CaseRun(CaseState State)
{
    public CaseResume? Resume { get; init; }
}

/// <summary>Where a case that continued as new picks up: the deadline it was waiting for, its set-aside commands, the
/// events that had reached it and were not yet applied (in order), and the number of this execution.</summary>
public sealed record CaseResume(DateTimeOffset? WaitUntil, CaseCommandCarry Commands, IReadOnlyList<CaseEvent> Events, int Execution);

/// <summary>
/// The case orchestration (instance id = case id, input = <see cref="CaseRun"/>): a short loop that asks
/// <see cref="CaseRules"/> what to do and does it. Replay-safe: no I/O, time only from
/// <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>, the rules are deterministic, the activities idempotent.
/// Each wait is a durable timer (the next deadline, or the retry of a failed command) raced against the
/// <see cref="CaseEvent.EventName"/> external event. A timer that loses is cancelled; an event wait that loses stays
/// open into the next wait (<see cref="CaseEventWait"/>): a cancelled wait would still be handed the next event by
/// Microsoft.DurableTask.Worker 1.25 and the event lost. A command that keeps failing does not end the case
/// (<see cref="CaseCommandRunner"/>); a closed case completes once its commands are done or given up.
/// History is bounded: when the case enters a new step, or after <see cref="MaxTransitionsPerExecution"/> transitions
/// within one step (refused events, reminders), the orchestration continues as new with the state, the deadline, the
/// set-aside commands and every event that has reached it and is not yet applied (<see cref="CaseResume"/>,
/// <see cref="CaseEventWait.TakeArrived"/>), in the order they came; events that come later reach the new execution
/// (and <c>preserveUnprocessedEvents</c> asks the runtime to carry over any it still holds).
/// </summary>
public sealed partial class CaseOrchestration(CaseRules rules)
{
    /// <summary>Activities are retried: 5 attempts, 5 s doubling up to 5 min.</summary>
    public static readonly TaskOptions ActivityRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(5), 2.0, TimeSpan.FromMinutes(5)));

    /// <summary>Transitions one execution takes within a step before it continues as new.</summary>
    public const int MaxTransitionsPerExecution = 16;

    [Function(nameof(CaseOrchestrator))]
    public Task<CaseOutcome> CaseOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) => RunAsync(context, rules);

    public static async Task<CaseOutcome> RunAsync(TaskOrchestrationContext context, CaseRules rules)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(rules);
        var logger = context.CreateReplaySafeLogger<CaseOrchestration>();
        var run = context.GetInput<CaseRun>() ?? throw new InvalidOperationException("The case orchestration needs the opened case as input.");
        var state = run.State ?? throw new InvalidOperationException("The case orchestration needs the opened case as input.");
        var resume = run.Resume;
        var execution = resume?.Execution ?? 1;
        var events = new CaseEventWait(context);
        var commands = new CaseCommandRunner(context, rules, resume?.Commands);
        var deadline = resume?.WaitUntil;
        var arrived = new Queue<CaseEvent>(resume?.Events ?? []);
        var next = resume is null ? rules.Start(state) : null;
        var stepKey = state.StepKey;
        var transitions = 0;
        if (resume is not null)
        {
            ShowProgress(context, state, deadline, commands, execution);
        }

        while (true)
        {
            if (next is null)
            {
                next = arrived.TryDequeue(out var e) ? rules.Apply(state, e) : await NextTransitionAsync(context, rules, events, commands, state, deadline, execution);
            }

            if (next.Refusal is { } refusal)
            {
                LogRefused(logger, state.CaseId, refusal);
            }

            state = await commands.CarryOutAsync(next.State, next.Commands);
            deadline = next.Commands.WaitUntil;
            ShowProgress(context, state, deadline, commands, execution);
            if (next.Commands.Complete)
            {
                while (commands.RetryAt is { } retryAt)
                {
                    await context.CreateTimer(retryAt.UtcDateTime, CancellationToken.None);
                    state = await commands.RetryAsync(state);
                    ShowProgress(context, state, null, commands, execution);
                }

                LogClosed(logger, state.CaseId, state.Outcome);
                return state.Outcome;
            }

            next = null;
            if (state.StepKey != stepKey || ++transitions >= MaxTransitionsPerExecution)
            {
                LogContinued(logger, state.CaseId, state.StepKey, execution + 1);
                var carried = new CaseResume(deadline, commands.Carry(), [.. arrived, .. events.TakeArrived()], execution + 1);
                context.ContinueAsNew(new CaseRun(state) { Resume = carried }, preserveUnprocessedEvents: true);
                return state.Outcome;
            }
        }
    }

    /// <summary>Waits for the next event or deadline, trying set-aside commands again when their time comes.</summary>
    private static async Task<CaseTransition> NextTransitionAsync(TaskOrchestrationContext context, CaseRules rules, CaseEventWait events, CaseCommandRunner commands, CaseState state, DateTimeOffset? deadline, int execution)
    {
        while (true)
        {
            if (await NextEventAsync(context, events, Earliest(deadline, commands.RetryAt)) is { } e)
            {
                return rules.Apply(state, e);
            }

            var now = Now(context);
            if (commands.RetryAt <= now)
            {
                // The retry round's history entries are part of the state the next transition starts from.
                state = await commands.RetryAsync(state);
                ShowProgress(context, state, deadline, commands, execution);
            }

            if (deadline <= now)
            {
                return rules.Apply(state, CaseEvent.Deadline(now));
            }
        }
    }

    private static void ShowProgress(TaskOrchestrationContext context, CaseState state, DateTimeOffset? deadline, CaseCommandRunner commands, int execution) =>
        context.SetCustomStatus(new CaseProgress(
            CaseSteps.Slug(state.Step),
            state.StepKey,
            state.AwaitedPartners,
            state.AwaitedPeople(),
            deadline,
            state.Outcome,
            commands.Problems.Count > 0 ? commands.Problems : null,
            commands.RetryAt,
            execution));

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} continues as new at {StepKey} (execution {Execution})")]
    private static partial void LogContinued(ILogger logger, string caseId, string stepKey, int execution);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId} closed: {Outcome}")]
    private static partial void LogClosed(ILogger logger, string caseId, CaseOutcome outcome);
}
