using CyberPartnerships.Functions.Mou;
using CyberPartnerships.Mou;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Moq;

namespace CyberPartnerships.Functions.Tests.Mou;

/// <summary>Activities that still fail after their retries (an e-mail or storage outage), with a mocked
/// <see cref="TaskOrchestrationContext"/>: the case goes on, the failure is noted and retried hourly.</summary>
public sealed class CaseOrchestrationFailureTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly CaseRules _rules = new(CaseDeadlines.Default);
    private readonly List<(string Name, object? Input)> _calls = [];
    private readonly List<DateTime> _firedTimers = [];
    private readonly List<CaseProgress> _statuses = [];
    private readonly List<string> _logs = [];
    private DateTime _now = T0.UtcDateTime;
    private CaseExecutions _executions = null!;

    private Mock<TaskOrchestrationContext> Context(CaseState input, Queue<CaseEvent> events, Func<DateTime, bool> fires, Func<string, object?, bool> fails, string error = "Service unavailable")
    {
        var context = new Mock<TaskOrchestrationContext>(MockBehavior.Loose) { DefaultValue = DefaultValue.Mock };
        var logger = new Mock<ILogger>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        logger.Setup(l => l.Log(It.IsAny<LogLevel>(), It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()))
            .Callback(new InvocationAction(i => _logs.Add($"{i.Arguments[2]}")));
        context.Setup(c => c.CreateReplaySafeLogger<CaseOrchestration>()).Returns(logger.Object);
        context.Setup(c => c.CreateReplaySafeLogger<CaseCommandRunner>()).Returns(logger.Object);
        _executions = new CaseExecutions(context, input);
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(() => _now);
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Returns((DateTime fireAt, CancellationToken token) =>
            {
                if (!fires(fireAt))
                {
                    return Task.Delay(Timeout.Infinite, token);
                }

                _firedTimers.Add(fireAt);
                _now = fireAt;
                return Task.CompletedTask;
            });
        context.Setup(c => c.WaitForExternalEvent<CaseEvent>(CaseEvent.EventName, It.IsAny<CancellationToken>()))
            .Returns(() => events.TryDequeue(out var e) ? Task.FromResult(e) : new TaskCompletionSource<CaseEvent>().Task);
        context.Setup(c => c.CallActivityAsync<bool>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName name, object? input, TaskOptions? _) =>
            {
                _calls.Add((name.Name, input));
                return fails(name.Name, input)
                    ? Task.FromException<bool>(new TaskFailedException(name.Name, _calls.Count, new TaskFailureDetails("Azure.RequestFailedException", error, null, null, null)))
                    : Task.FromResult(true);
            });
        context.Setup(c => c.SetCustomStatus(It.IsAny<object?>())).Callback((object? status) => _statuses.Add((CaseProgress)status!));
        return context;
    }

    private IEnumerable<CaseEmailKind> EmailsSent(CaseEmailKind kind) =>
        _calls.Select(c => c.Input).OfType<SendCaseEmailInput>().Select(e => e.Email.Kind).Where(k => k == kind);

    private List<CaseHistoryEntry> Recorded() => _calls.Select(c => c.Input).OfType<RecordCaseInput>().SelectMany(r => r.Audit).ToList();

    private static CaseEvent Approve(string approver) =>
        new() { Kind = CaseEventKind.Decision, At = T0, Actor = approver, StepKey = "joint-review-2", Decision = CaseDecision.Approve };

    private static Queue<CaseEvent> AnalysisAndBothApprovals() => new(
    [
        new CaseEvent { Kind = CaseEventKind.AnalysisNotNeeded, At = T0, Actor = "microsoft-dcu", PartnerId = "microsoft-dcu" },
        Approve("legal@europol.example"),
        Approve("legal@microsoft-dcu.example"),
    ]);

    [Fact]
    public async Task An_email_that_still_fails_is_noted_in_the_audit_and_sent_an_hour_later_while_the_case_goes_on()
    {
        var failures = 0;
        var context = Context(CaseTestData.Open(_rules, T0), new Queue<CaseEvent>(), _ => true, (name, input) =>
            input is SendCaseEmailInput { Email.Kind: CaseEmailKind.AnalysisRequest } && failures++ == 0);

        var outcome = await _executions.RunAsync(context.Object, _rules);

        Assert.Equal(CaseOutcome.Expired, outcome); // the case lived on: reminder, then expiry
        Assert.Equal([T0.UtcDateTime.AddHours(1), T0.UtcDateTime.AddDays(2), T0.UtcDateTime.AddDays(10)], _firedTimers);
        Assert.Equal(3, EmailsSent(CaseEmailKind.AnalysisRequest).Count()); // the first recipient's twice, the other's once
        Assert.Equal(2, EmailsSent(CaseEmailKind.Reminder).Count());
        var failed = Assert.Single(Recorded(), a => a.Action == "command-failed");
        Assert.Equal("e-mail AnalysisRequest to europol analyst bb9f5448dfba45f6: Azure.RequestFailedException: Service unavailable; retried every 1 h", failed.Detail);
        Assert.Equal(T0, failed.At);
        var recovered = Assert.Single(Recorded(), a => a.Action == "command-recovered");
        Assert.Equal(T0.AddHours(1), recovered.At);
        var degraded = _statuses.First(s => s.Problems is not null);
        Assert.Equal(new CaseProblem("e-mail AnalysisRequest to europol analyst bb9f5448dfba45f6", "Azure.RequestFailedException: Service unavailable", T0, 0, false), Assert.Single(degraded.Problems!));
        Assert.Equal(T0.AddHours(1), degraded.RetryAt);
        Assert.Null(_statuses[^1].Problems);
    }

    [Fact]
    public async Task Sharing_that_fails_for_a_day_is_given_up_and_noted_and_the_closed_case_completes()
    {
        var context = Context(CaseTestData.Open(_rules, T0), AnalysisAndBothApprovals(), at => at <= T0.UtcDateTime.AddDays(1), (name, _) => name == nameof(CaseActivityFunctions.ShareCase));

        var outcome = await _executions.RunAsync(context.Object, _rules);

        Assert.Equal(CaseOutcome.Approved, outcome);
        Assert.Equal(1 + CaseCommandRunner.MaxRounds, _calls.Count(c => c.Name == nameof(CaseActivityFunctions.ShareCase)));
        Assert.Equal(Enumerable.Range(1, 24).Select(h => T0.UtcDateTime.AddHours(h)), _firedTimers);
        Assert.Equal(4, EmailsSent(CaseEmailKind.Closed).Count()); // the legal approver and analyst of both partners
        Assert.Equal(["closed", "command-failed", "command-abandoned"], Recorded().Select(a => a.Action).Where(a => a is "closed" || a.StartsWith("command-", StringComparison.Ordinal)));
        Assert.Equal("share the outcome: Azure.RequestFailedException: Service unavailable; gave up after 24 hourly rounds", Recorded()[^1].Detail);
        var last = _statuses[^1];
        Assert.Equal("closed", last.Step);
        Assert.Equal(new CaseProblem("share the outcome", "Azure.RequestFailedException: Service unavailable", T0, 24, true), Assert.Single(last.Problems!));
        Assert.Null(last.RetryAt);
    }

    [Fact]
    public async Task An_approval_request_that_could_not_be_sent_is_not_retried_once_its_step_has_ended()
    {
        var context = Context(CaseTestData.Open(_rules, T0), AnalysisAndBothApprovals(), _ => false, (_, input) =>
            input is SendCaseEmailInput { Email.Kind: CaseEmailKind.ApprovalRequest });

        var outcome = await _executions.RunAsync(context.Object, _rules);

        Assert.Equal(CaseOutcome.Approved, outcome);
        Assert.Equal(2, EmailsSent(CaseEmailKind.ApprovalRequest).Count()); // one per approver, neither retried
        Assert.Contains(_calls, c => c.Name == nameof(CaseActivityFunctions.ShareCase));
        Assert.Single(Recorded(), a => a.Action == "command-failed");
        Assert.DoesNotContain(Recorded(), a => a.Action is "command-recovered" or "command-abandoned");
        Assert.Null(_statuses[^1].Problems);
        Assert.Empty(_firedTimers);
    }

    [Fact]
    public async Task A_failing_record_is_retried_with_its_own_audit_entries_and_decisions_still_count()
    {
        var failures = 0;
        var context = Context(CaseTestData.Open(_rules, T0), AnalysisAndBothApprovals(), at => at <= T0.UtcDateTime.AddDays(1), (name, input) =>
            input is RecordCaseInput { State.StepKey: "joint-review-2" } r && r.Audit.Any(a => a.Action == "step-started") && failures++ == 0);

        var outcome = await _executions.RunAsync(context.Object, _rules);

        Assert.Equal(CaseOutcome.Approved, outcome);
        var records = _calls.Select(c => c.Input).OfType<RecordCaseInput>().Where(r => r.Audit.Any(a => a.Action == "step-started" && r.State.StepKey == "joint-review-2")).ToList();
        Assert.Equal(2, records.Count); // failed, then retried an hour after the case closed
        Assert.Same(records[0], records[1]);
        Assert.Equal([T0.UtcDateTime.AddHours(1)], _firedTimers);
        Assert.Equal(["command-failed", "command-recovered"], Recorded().Select(a => a.Action).Where(a => a.StartsWith("command-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_refused_recipient_is_named_by_partner_role_and_hash_in_the_history_the_status_and_the_logs()
    {
        var context = Context(CaseTestData.Open(_rules, T0), new Queue<CaseEvent>(), _ => true, (_, input) => input is SendCaseEmailInput { Email.Kind: CaseEmailKind.AnalysisRequest } e && e.Email.Recipients.Contains("analyst@europol.example"),
            "550 5.1.1 <Analyst@Europol.example>: Recipient address rejected");

        var outcome = await _executions.RunAsync(context.Object, _rules);

        Assert.Equal(CaseOutcome.Expired, outcome);
        Assert.Equal(
            "e-mail AnalysisRequest to europol analyst bb9f5448dfba45f6: Azure.RequestFailedException: 550 5.1.1 <europol analyst bb9f5448dfba45f6>: Recipient address rejected; retried every 1 h",
            Assert.Single(Recorded(), a => a.Action == "command-failed").Detail);
        Assert.Single(Recorded(), a => a.Action == "command-abandoned");
        Assert.Contains(Recorded(), a => a.Action == "reminder");
        Assert.All(Recorded(), a => Assert.DoesNotContain("@", a.Actor + a.Detail, StringComparison.Ordinal));
        Assert.All(_statuses.SelectMany(s => s.Problems ?? []), p => Assert.DoesNotContain("@", p.Command + p.Error, StringComparison.Ordinal));
        Assert.Contains(_logs, l => l.Contains("europol analyst bb9f5448dfba45f6", StringComparison.Ordinal));
        Assert.All(_logs, l => Assert.DoesNotContain("@", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_recipient_the_relay_refuses_is_set_aside_alone_and_the_others_are_sent_once()
    {
        var europol = CaseTestData.Party("europol") with { Analysts = ["analyst@europol.example", "analyst2@europol.example"] };
        var open = CaseTestData.Open(_rules, T0, "analysis", europol, CaseTestData.Party("microsoft-dcu"));
        var context = Context(open, new Queue<CaseEvent>(), _ => true, (_, input) =>
            input is SendCaseEmailInput e && e.Email.Recipients.Contains("analyst2@europol.example"), "550 5.1.1 <analyst2@europol.example>: Mailbox unavailable");

        var outcome = await _executions.RunAsync(context.Object, _rules);

        Assert.Equal(CaseOutcome.Expired, outcome);
        int Sent(CaseEmailKind kind, string to) =>
            _calls.Select(c => c.Input).OfType<SendCaseEmailInput>().Count(e => e.Email.Kind == kind && e.Email.Recipients.Contains(to));
        Assert.Equal(1, Sent(CaseEmailKind.AnalysisRequest, "analyst@europol.example"));
        Assert.Equal(1, Sent(CaseEmailKind.AnalysisRequest, "analyst@microsoft-dcu.example"));
        Assert.Equal(1 + CaseCommandRunner.MaxRounds, Sent(CaseEmailKind.AnalysisRequest, "analyst2@europol.example"));
        Assert.Equal(1, Sent(CaseEmailKind.Reminder, "analyst@microsoft-dcu.example"));
        Assert.Equal(
            "e-mail AnalysisRequest to europol analyst 4a506f11a8468be4: Azure.RequestFailedException: 550 5.1.1 <europol analyst 4a506f11a8468be4>: Mailbox unavailable; retried every 1 h",
            Recorded().First(a => a.Action == "command-failed").Detail);
        Assert.StartsWith("e-mail AnalysisRequest to europol analyst 4a506f11a8468be4: ", Recorded().First(a => a.Action == "command-abandoned").Detail, StringComparison.Ordinal);
    }
}
