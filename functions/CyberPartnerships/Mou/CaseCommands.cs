namespace CyberPartnerships.Mou;

public enum CaseEmailKind
{
    AnalysisRequest,
    ApprovalRequest,
    Reminder,
    Escalation,
    Overdue,
    EnforcementRequest,
    Closed,
}

/// <summary>Send one kind of e-mail to these people (one message each; approval requests carry their own links).</summary>
public sealed record SendEmailCommand(CaseEmailKind Kind, IReadOnlyList<string> Recipients, string? Note = null)
{
    /// <summary>The same e-mail as one command per person (duplicates, in any case, once): what the orchestration
    /// sends as one activity each, so a recipient the relay refuses neither holds up nor repeats the others'.</summary>
    public IEnumerable<SendEmailCommand> PerRecipient() =>
        Recipients.Distinct(StringComparer.OrdinalIgnoreCase).Select(r => this with { Recipients = [r] });
}

/// <summary>What the caller of the rules carries out, in this order: record (projection + audit), e-mails, share,
/// then either complete or wait for the next event until <see cref="WaitUntil"/> (no deadline: wait without a timer).</summary>
public sealed record CaseCommands
{
    public bool Record { get; init; }

    public IReadOnlyList<CaseHistoryEntry> Audit { get; init; } = [];

    public IReadOnlyList<SendEmailCommand> Emails { get; init; } = [];

    /// <summary>Share the case's outcome with its parties (through the redacting sharing pipeline).</summary>
    public bool Share { get; init; }

    public bool Complete { get; init; }

    public DateTimeOffset? WaitUntil { get; init; }
}

/// <summary>The rules' answer to an event: the new state, the commands, and whether the event was refused (then the
/// state is unchanged but for the audit of the refusal).</summary>
public sealed record CaseTransition(CaseState State, CaseCommands Commands, string? Refusal = null)
{
    public bool Accepted => Refusal is null;
}
