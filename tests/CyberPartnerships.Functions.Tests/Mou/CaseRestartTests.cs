using System.Collections.Concurrent;
using CyberPartnerships.Functions.Mou;
using CyberPartnerships.Mou;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Functions.Tests.Mou;

/// <summary>Long cases under the real Durable Task engine: many transitions in one step, deadlines firing, the
/// orchestration continuing as new several times, events arriving in bursts; and what a replayed case logs.</summary>
public sealed class CaseRestartTests
{
    private static readonly TimeSpan Long = TimeSpan.FromHours(1);
    private readonly ConcurrentQueue<SendEmailCommand> _emails = new();
    private readonly ConcurrentQueue<string> _logs = new();

    private Task<DurableTaskTestHost> StartHostAsync(CaseRules rules, ILoggerFactory? logs = null) =>
        CaseTestHost.StartAsync(
            rules,
            CaseTestActivities.Succeeding with
            {
                SendEmail = input =>
                {
                    _emails.Enqueue(input.Email);
                    return Task.FromResult(true);
                },
            },
            logs is null ? null : new DurableTaskTestHostOptions { LoggerFactory = logs });

    private static CaseEvent Analysis() =>
        new() { Kind = CaseEventKind.AnalysisNotNeeded, At = DateTimeOffset.UtcNow, Actor = "microsoft-dcu", PartnerId = "microsoft-dcu" };

    private static CaseEvent Decision(string approver, string stepKey, CaseDecision decision = CaseDecision.Approve) =>
        new() { Kind = CaseEventKind.Decision, At = DateTimeOffset.UtcNow, Actor = approver, StepKey = stepKey, Decision = decision };

    /// <summary>Opens a case and has DCU mark the analysis not needed: the case is in the joint review.</summary>
    private static async Task<CaseState> InJointReviewAsync(DurableTaskTestHost host, CaseRules rules, CancellationToken cancellationToken)
    {
        var state = CaseTestData.Open(rules, DateTimeOffset.UtcNow);
        await CaseTestHost.StartCaseAsync(host, state, cancellationToken);
        await CaseTestHost.RaiseAsync(host, state.CaseId, Analysis(), cancellationToken);
        await CaseTestHost.WaitForProgressAsync(host, state.CaseId, p => p.StepKey == "joint-review-2", cancellationToken);
        return state;
    }

    private int Sent(CaseEmailKind kind, string recipient) => _emails.Count(e => e.Kind == kind && e.Recipients.Contains(recipient));

    [Fact]
    public async Task A_case_with_forty_refused_events_and_every_deadline_firing_continues_as_new_and_still_ends_approved()
    {
        var rules = new CaseRules(new CaseDeadlines(DecideWithin: TimeSpan.FromSeconds(3), RemindAfter: TimeSpan.FromSeconds(1), EscalateAfter: TimeSpan.FromSeconds(2), ExpireAfter: Long));
        await using var host = await StartHostAsync(rules);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var state = await InJointReviewAsync(host, rules, timeout.Token);

        // A burst of stale decisions (for the analysis step, or by someone who is not an approver): each is refused.
        for (var i = 0; i < 40; i++)
        {
            var stale = i % 2 == 0 ? Decision("legal@europol.example", "analysis-1") : Decision($"someone{i}@elsewhere.example", "joint-review-2");
            await CaseTestHost.RaiseAsync(host, state.CaseId, stale, timeout.Token);
        }

        // The reminder, the escalation and the overdue notice all fire (3 s), then both partners approve.
        await CaseTestHost.WaitForProgressAsync(host, state.CaseId, _ => Sent(CaseEmailKind.Overdue, "legal@europol.example") > 0, timeout.Token);
        await CaseTestHost.RaiseAsync(host, state.CaseId, Decision("legal@europol.example", "joint-review-2"), timeout.Token);
        await CaseTestHost.RaiseAsync(host, state.CaseId, Decision("alt@microsoft-dcu.example", "joint-review-2"), timeout.Token);
        var result = await host.Client.WaitForInstanceCompletionAsync(state.CaseId, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(CaseOutcome.Approved, result.ReadOutputAs<CaseOutcome>());
        var progress = result.ReadCustomStatusAs<CaseProgress>()!;
        // One restart into the review, then one every 16 transitions within it: 40 refusals and 3 deadlines.
        Assert.True(progress.Execution >= 4, $"continued as new within the review step (execution {progress.Execution})");
        foreach (var legal in new[] { "legal@europol.example", "legal@microsoft-dcu.example" })
        {
            Assert.Equal(1, Sent(CaseEmailKind.ApprovalRequest, legal));
            Assert.Equal(1, Sent(CaseEmailKind.Reminder, legal));
            Assert.Equal(1, Sent(CaseEmailKind.Overdue, legal));
        }

        Assert.Equal(1, Sent(CaseEmailKind.Escalation, "alt@europol.example"));
        Assert.Equal(1, Sent(CaseEmailKind.Escalation, "alt@microsoft-dcu.example"));
    }

    [Fact]
    public async Task A_replayed_case_writes_each_of_its_log_lines_once()
    {
        using var logs = LoggerFactory.Create(b => b.AddProvider(new QueueLoggerProvider(_logs)).SetMinimumLevel(LogLevel.Information));
        var rules = new CaseRules(CaseDeadlines.Default);
        await using var host = await StartHostAsync(rules, logs);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var state = await InJointReviewAsync(host, rules, timeout.Token);
        for (var i = 0; i < 3; i++)
        {
            await CaseTestHost.RaiseAsync(host, state.CaseId, Decision("legal@europol.example", "analysis-1"), timeout.Token);
        }

        await CaseTestHost.RaiseAsync(host, state.CaseId, Decision("legal@europol.example", "joint-review-2"), timeout.Token);
        await CaseTestHost.RaiseAsync(host, state.CaseId, Decision("legal@microsoft-dcu.example", "joint-review-2"), timeout.Token);
        var result = await host.Client.WaitForInstanceCompletionAsync(state.CaseId, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(CaseOutcome.Approved, result.ReadOutputAs<CaseOutcome>());
        var ours = _logs.Where(l => l.Contains(state.CaseId, StringComparison.Ordinal)).ToList();
        Assert.Single(ours, l => l.Contains($"continues as new at joint-review-2 (execution 2)", StringComparison.Ordinal));
        Assert.Single(ours, l => l.Contains("closed: Approved", StringComparison.Ordinal));
        Assert.Equal(3, ours.Count(l => l.Contains("event refused", StringComparison.Ordinal)));
        Assert.Equal(ours.Count, ours.Distinct().Count() + 2); // the three refusals read alike; every other line is written once
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => categoryName.StartsWith("CyberPartnerships", StringComparison.Ordinal) ? new QueueLogger(lines) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class QueueLogger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
        }
    }
}
