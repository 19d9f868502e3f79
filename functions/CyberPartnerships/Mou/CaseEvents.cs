namespace CyberPartnerships.Mou;

public enum CaseEventKind
{
    AnalysisAttached,
    AnalysisNotNeeded,
    Decision,
    EnforcementRecorded,

    /// <summary>A durable timer fired: the rules work out which deadline (reminder, escalation, expiry) is due.</summary>
    DeadlineReached,
}

/// <summary>Something that happened to a case: the external event raised to the orchestration (one flat shape, so it
/// serializes the same everywhere).</summary>
public sealed record CaseEvent
{
    /// <summary>The name of the orchestration's external event.</summary>
    public const string EventName = "CaseEvent";

    public required CaseEventKind Kind { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>Who: an e-mail address (approver) or an analyst's partner id.</summary>
    public string Actor { get; init; } = "system";

    public string? PartnerId { get; init; }

    /// <summary>For a decision: the step key the approval token was issued for.</summary>
    public string? StepKey { get; init; }

    public CaseDecision? Decision { get; init; }

    public string? Comment { get; init; }

    public string? ReportBlob { get; init; }

    public IReadOnlyList<string>? Findings { get; init; }

    public string? ActionTaken { get; init; }

    public DateOnly? ActionDate { get; init; }

    public string? ActionOutcome { get; init; }

    public static CaseEvent Deadline(DateTimeOffset now) => new() { Kind = CaseEventKind.DeadlineReached, At = now };
}

/// <summary>Raises an event to a case's workflow: the Functions shell raises it to the orchestration
/// (<c>DurableTaskClient.RaiseEventAsync</c>); <see cref="DirectCaseWorkflow"/> applies it at once.</summary>
public interface ICaseEventSink
{
    Task RaiseAsync(string caseId, CaseEvent caseEvent, CancellationToken cancellationToken = default);
}

/// <summary>Starts a case's workflow once the case is stored (the shell schedules the orchestration, instance id = case id).</summary>
public interface ICaseWorkflowStarter
{
    Task StartAsync(CaseState state, CancellationToken cancellationToken = default);
}
