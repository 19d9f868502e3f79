using CyberPartnerships.Functions.Mou;
using CyberPartnerships.Mou;
using Microsoft.DurableTask;
using Moq;

namespace CyberPartnerships.Functions.Tests.Mou;

/// <summary>Timeout, reminder and escalation with a mocked <see cref="TaskOrchestrationContext"/>: the durable timer
/// (CreateTimer(DateTime, CancellationToken)) and the event wait (WaitForExternalEvent&lt;T&gt;(name, CancellationToken)).</summary>
public sealed class CaseOrchestrationTimerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CaseDeadlines Changed = new(TimeSpan.FromDays(3), TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(6));
    private readonly CaseRules _rules = new(CaseDeadlines.Default);
    private readonly List<DateTime> _timers = [];
    private readonly List<CancellationToken> _timerTokens = [];
    private readonly List<CancellationToken> _eventTokens = [];
    private readonly List<object?> _activities = [];
    private readonly List<CaseProgress> _statuses = [];
    private DateTime _now = T0.UtcDateTime;
    private CaseExecutions _executions = null!;
    private int _timersThatLose;

    private Mock<TaskOrchestrationContext> Context(CaseState input, Func<int, Task<CaseEvent>> nextEvent)
    {
        var context = new Mock<TaskOrchestrationContext>(MockBehavior.Loose) { DefaultValue = DefaultValue.Mock };
        _executions = new CaseExecutions(context, input);
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(() => _now);
        context.SetupGet(c => c.InstanceId).Returns(input.CaseId);
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Returns((DateTime fireAt, CancellationToken token) =>
            {
                _timers.Add(fireAt);
                _timerTokens.Add(token);
                if (_timers.Count <= _timersThatLose)
                {
                    return Task.Delay(Timeout.Infinite, token);
                }

                _now = fireAt;
                return Task.CompletedTask;
            });
        context.Setup(c => c.WaitForExternalEvent<CaseEvent>(CaseEvent.EventName, It.IsAny<CancellationToken>()))
            .Returns((string _, CancellationToken token) =>
            {
                _eventTokens.Add(token);
                return nextEvent(_eventTokens.Count);
            });
        context.Setup(c => c.CallActivityAsync<bool>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName _, object? input, TaskOptions? _) =>
            {
                _activities.Add(input);
                return Task.FromResult(true);
            });
        context.Setup(c => c.SetCustomStatus(It.IsAny<object?>())).Callback((object? status) => _statuses.Add((CaseProgress)status!));
        return context;
    }

    private static Task<CaseEvent> Never() => new TaskCompletionSource<CaseEvent>().Task;

    private IEnumerable<CaseEmailKind> EmailKinds() => _activities.OfType<SendCaseEmailInput>().Select(e => e.Email.Kind);

    [Fact]
    public async Task Without_decisions_the_timers_fire_reminder_escalation_overdue_and_the_case_expires()
    {
        var review = _rules.Apply(CaseTestData.Open(_rules, T0), new CaseEvent { Kind = CaseEventKind.AnalysisNotNeeded, At = T0, Actor = "microsoft-dcu", PartnerId = "microsoft-dcu" });
        // The first wait gets the analysis (its timer loses), then nothing comes: every later timer fires.
        _timersThatLose = 1;
        var context = Context(CaseTestData.Open(_rules, T0), n => n == 1 ? Task.FromResult(new CaseEvent { Kind = CaseEventKind.AnalysisNotNeeded, At = T0, Actor = "microsoft-dcu", PartnerId = "microsoft-dcu" }) : Never());

        var outcome = await _executions.RunAsync(context.Object, _rules);

        Assert.Equal(CaseOutcome.Expired, outcome);
        var start = review.State.StepStartedAt.UtcDateTime;
        Assert.Equal([T0.UtcDateTime.AddDays(2), start.AddDays(2), start.AddDays(4), start.AddDays(5), start.AddDays(10)], _timers);
        Assert.Equal(
            [CaseEmailKind.AnalysisRequest, CaseEmailKind.ApprovalRequest, CaseEmailKind.Reminder, CaseEmailKind.Escalation, CaseEmailKind.Overdue, CaseEmailKind.Closed],
            EmailKinds().Distinct());
        var escalations = _activities.OfType<SendCaseEmailInput>().Where(e => e.Email.Kind == CaseEmailKind.Escalation);
        Assert.Equal(["alt@europol.example", "alt@microsoft-dcu.example"], escalations.Select(e => Assert.Single(e.Email.Recipients)));
        Assert.True(_timerTokens[0].IsCancellationRequested, "the timer that lost to the event is cancelled");
        // The wait that took the analysis; the one opened at the ContinueAsNew into the review to take any event that had
        // arrived (none: left behind with the first execution); the review's, open through all four timers.
        Assert.Equal(3, _eventTokens.Count);
        Assert.Equal(2, Assert.Single(_executions.Continued).Resume!.Execution);
        Assert.All(_eventTokens, t => Assert.False(t.CanBeCanceled, "event waits are never cancelled"));
        Assert.Equal("closed", _statuses[^1].Step);
        Assert.Contains(_statuses, s => s.Step == "joint-review" && s.AwaitedPeople.SequenceEqual(["legal@europol.example", "legal@microsoft-dcu.example"]));
    }

    [Fact]
    public async Task Running_case_keeps_the_deadlines_it_opened_with_after_the_settings_change()
    {
        var opened = CaseTestData.Open(_rules, T0); // reminder after 2 days, expiry after 10

        var context = Context(opened, _ => Never());
        var outcome = await _executions.RunAsync(context.Object, new CaseRules(Changed));

        Assert.Equal(CaseOutcome.Expired, outcome);
        Assert.Equal([T0.UtcDateTime.AddDays(2), T0.UtcDateTime.AddDays(10)], _timers);
    }

    [Fact]
    public async Task Case_started_before_deadlines_were_captured_follows_the_current_settings()
    {
        var older = CaseTestData.Open(_rules, T0) with { Deadlines = null };

        var context = Context(older, _ => Never());
        var outcome = await _executions.RunAsync(context.Object, new CaseRules(Changed));

        Assert.Equal(CaseOutcome.Expired, outcome);
        Assert.Equal([T0.UtcDateTime.AddDays(1), T0.UtcDateTime.AddDays(6)], _timers);
    }

    [Fact]
    public async Task Decision_arriving_while_the_reminder_is_sent_reaches_the_wait_left_open_when_the_timer_fired()
    {
        var state = CaseTestData.Open(_rules, T0);
        var analysisAt = T0.AddHours(1);
        var duringReminder = new TaskCompletionSource<CaseEvent>();
        var events = new Queue<Func<Task<CaseEvent>>>(
        [
            () => Task.FromResult(new CaseEvent { Kind = CaseEventKind.AnalysisNotNeeded, At = analysisAt, Actor = "microsoft-dcu", PartnerId = "microsoft-dcu" }),
            () => Task.FromResult(new CaseEvent { Kind = CaseEventKind.Decision, At = analysisAt.AddHours(1), Actor = "legal@europol.example", StepKey = "joint-review-2", Decision = CaseDecision.Approve }),
            () => duringReminder.Task, // open when the reminder timer wins; the decision comes while the reminder goes out
        ]);
        // The decision has arrived when the case continues as new into the review (it travels in the new input); the
        // reject comes later, to whichever wait is open then, as the runtime hands an event to the current execution.
        var context = Context(state, _ => events.TryDequeue(out var next) ? next() : duringReminder.Task);
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Returns((DateTime fireAt, CancellationToken token) =>
            {
                _timers.Add(fireAt);
                _timerTokens.Add(token);
                if (_timers.Count == 2)
                {
                    _now = fireAt;
                    return Task.CompletedTask;
                }

                return Task.Delay(Timeout.Infinite, token);
            });
        context.Setup(c => c.CallActivityAsync<bool>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName _, object? input, TaskOptions? _) =>
            {
                _activities.Add(input);
                if (input is SendCaseEmailInput { Email.Kind: CaseEmailKind.Reminder })
                {
                    duringReminder.SetResult(new CaseEvent { Kind = CaseEventKind.Decision, At = analysisAt.AddDays(3), Actor = "legal@microsoft-dcu.example", StepKey = "joint-review-2", Decision = CaseDecision.Reject });
                }

                return Task.FromResult(true);
            });

        var outcome = await _executions.RunAsync(context.Object, _rules);

        Assert.Equal(CaseOutcome.Rejected, outcome);
        var reminder = _activities.OfType<SendCaseEmailInput>().Single(e => e.Email.Kind == CaseEmailKind.Reminder);
        Assert.Equal(["legal@microsoft-dcu.example"], reminder.Email.Recipients);
        Assert.DoesNotContain(CaseEmailKind.Escalation, EmailKinds());
        // Analysis; the arrived decision and the wait left behind at the ContinueAsNew; the review's wait, which the
        // reminder timer did not replace: it got the reject.
        Assert.Equal(4, _eventTokens.Count);
        Assert.All(_eventTokens, t => Assert.False(t.CanBeCanceled, "event waits are never cancelled"));
        Assert.Equal(3, _timers.Count); // the decision carried into the review is applied without a wait
        Assert.True(_timerTokens[0].IsCancellationRequested && _timerTokens[2].IsCancellationRequested, "timers that lost to an event are cancelled");
        Assert.Equal("legal@europol.example", Assert.Single(Assert.Single(_executions.Continued).Resume!.Events).Actor);
    }
}
