using CyberPartnerships.Mou;
using System.Text.Json.Serialization;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Functions.Mou;

/// <summary>A command that still failed after its activity retries: what, the last error, when it first failed, how
/// many hourly rounds it has failed since, and whether the orchestration gave up on it.</summary>
public sealed record CaseProblem(string Command, string Error, DateTimeOffset FailedAt, int Rounds, bool GaveUp);

/// <summary>One activity call of a command, as data (it crosses a ContinueAsNew with the set-aside commands): exactly
/// one of <paramref name="Record"/>, <paramref name="Email"/> and <paramref name="Share"/> is set, the input of
/// <paramref name="Activity"/>; <paramref name="StepKey"/>: the step it was made for.</summary>
public sealed record CaseCall(string Activity, string What, string StepKey, RecordCaseInput? Record = null, SendCaseEmailInput? Email = null, CaseState? Share = null)
{
    [JsonIgnore]
    public object Input => (object?)Record ?? (object?)Email ?? Share ?? throw new InvalidOperationException($"The call {What} has no input.");
}

/// <summary>A set-aside command: the call and its problem so far.</summary>
public sealed record CaseSetAside(CaseCall Call, CaseProblem Problem);

/// <summary>What <see cref="CaseCommandRunner"/> carries into the next execution of a case that continues as new.</summary>
public sealed record CaseCommandCarry(IReadOnlyList<CaseSetAside> SetAside, IReadOnlyList<CaseProblem> GaveUp, DateTimeOffset? RetryAt);

/// <summary>
/// Carries out a transition's commands as activities (each with <see cref="CaseOrchestration.ActivityRetry"/>; an e-mail
/// is one activity per recipient, <see cref="SendEmailCommand.PerRecipient"/>). A command
/// that still fails (an e-mail or storage outage) does not fail the orchestration: it is set aside, noted in the case's
/// history and audit (<c>command-failed</c>), shown in the custom status, and retried every <see cref="RetryEvery"/>
/// while the case goes on taking events and deadlines; <c>command-recovered</c> once it succeeds. An e-mail set aside
/// for a step that has since ended is dropped. After <see cref="MaxRounds"/> failed rounds it is given up
/// (<c>command-abandoned</c>, an error log): an operator has to act. Fixed values, not settings: the orchestration
/// replays with them.
/// Each method that logs takes its logger from <see cref="TaskOrchestrationContext.CreateReplaySafeLogger{T}"/> where it
/// logs, so a replay writes nothing twice (and the Durable Task analyzers can see it).
/// </summary>
internal sealed partial class CaseCommandRunner(TaskOrchestrationContext context, CaseRules rules, CaseCommandCarry? carried = null)
{
    public static readonly TimeSpan RetryEvery = TimeSpan.FromHours(1);
    public const int MaxRounds = 24;

    private List<CaseSetAside> _setAside = carried?.SetAside.ToList() ?? [];
    private readonly List<CaseProblem> _gaveUp = carried?.GaveUp.ToList() ?? [];

    /// <summary>When the set-aside commands are tried again (null: none).</summary>
    public DateTimeOffset? RetryAt { get; private set; } = carried?.RetryAt;

    /// <summary>The set-aside and given-up commands, for the next execution of the case.</summary>
    public CaseCommandCarry Carry() => new([.. _setAside], [.. _gaveUp], RetryAt);

    public bool HasSetAside => _setAside.Count > 0;

    public IReadOnlyList<CaseProblem> Problems => [.. _setAside.Select(s => s.Problem), .. _gaveUp];

    private DateTimeOffset Now => new(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));

    /// <summary>Carries out the commands of the transition that led to <paramref name="state"/>.</summary>
    /// <returns>The state, with a <c>command-failed</c> entry in its history when a command was set aside.</returns>
    public async Task<CaseState> CarryOutAsync(CaseState state, CaseCommands commands)
    {
        DropEndedSteps(state);
        var failed = new List<CaseSetAside>();
        foreach (var call in Calls(state, commands))
        {
            if (await TryAsync(call) is { } error)
            {
                failed.Add(new CaseSetAside(call, new CaseProblem(call.What, error, Now, 0, false)));
            }
        }

        if (failed.Count == 0)
        {
            return state;
        }

        _setAside.AddRange(failed);
        RetryAt ??= Now + RetryEvery;
        var logger = context.CreateReplaySafeLogger<CaseCommandRunner>();
        foreach (var f in failed)
        {
            LogSetAside(logger, state.CaseId, f.Problem.Command, RetryAt.Value, f.Problem.Error);
        }

        return await NoteAsync(state, "command-failed", $"{Describe(failed)}; retried every {RetryEvery.TotalHours:0} h");
    }

    /// <summary>One round: tries every set-aside command again.</summary>
    public async Task<CaseState> RetryAsync(CaseState state)
    {
        DropEndedSteps(state);
        var round = _setAside;
        _setAside = [];
        var recovered = new List<CaseSetAside>();
        var abandoned = new List<CaseSetAside>();
        foreach (var s in round)
        {
            if (await TryAsync(s.Call) is not { } error)
            {
                recovered.Add(s);
                continue;
            }

            var problem = s.Problem with { Error = error, Rounds = s.Problem.Rounds + 1 };
            if (problem.Rounds >= MaxRounds)
            {
                abandoned.Add(s with { Problem = problem with { GaveUp = true } });
            }
            else
            {
                _setAside.Add(s with { Problem = problem });
            }
        }

        RetryAt = _setAside.Count > 0 ? Now + RetryEvery : null;
        if (recovered.Count > 0)
        {
            state = await NoteAsync(state, "command-recovered", Describe(recovered, errors: false));
        }

        if (abandoned.Count > 0)
        {
            var logger = context.CreateReplaySafeLogger<CaseCommandRunner>();
            _gaveUp.AddRange(abandoned.Select(a => a.Problem));
            foreach (var a in abandoned)
            {
                LogGaveUp(logger, state.CaseId, a.Problem.Command, a.Problem.Rounds, a.Problem.Error);
            }

            state = await NoteAsync(state, "command-abandoned", $"{Describe(abandoned)}; gave up after {MaxRounds} hourly rounds", setAsideIfFailing: false);
        }

        return state;
    }

    /// <summary>Records a history entry (projection and audit); if that fails too it waits with the rest.</summary>
    private async Task<CaseState> NoteAsync(CaseState state, string action, string detail, bool setAsideIfFailing = true)
    {
        var note = rules.Note(state, Now, action, detail);
        var call = Record(note.State, note.Commands.Audit);
        if (await TryAsync(call) is { } error)
        {
            LogNoteFailed(context.CreateReplaySafeLogger<CaseCommandRunner>(), state.CaseId, action, error);
            if (setAsideIfFailing)
            {
                _setAside.Add(new CaseSetAside(call, new CaseProblem(call.What, error, Now, 0, false)));
                RetryAt ??= Now + RetryEvery;
            }
        }

        return note.State;
    }

    /// <summary>E-mails of a step that has ended (approval links, reminders) are no use any more.</summary>
    private void DropEndedSteps(CaseState state)
    {
        var logger = context.CreateReplaySafeLogger<CaseCommandRunner>();
        foreach (var s in _setAside.Where(s => s.Call.Activity == nameof(CaseActivityFunctions.SendCaseEmail) && s.Call.StepKey != state.StepKey))
        {
            LogDropped(logger, state.CaseId, s.Problem.Command, s.Call.StepKey);
        }

        _setAside = _setAside.Where(s => s.Call.Activity != nameof(CaseActivityFunctions.SendCaseEmail) || s.Call.StepKey == state.StepKey).ToList();
        if (_setAside.Count == 0)
        {
            RetryAt = null;
        }
    }

    private async Task<string?> TryAsync(CaseCall call)
    {
        try
        {
            await context.CallActivityAsync<bool>(call.Activity, call.Input, CaseOrchestration.ActivityRetry);
            return null;
        }
        catch (TaskFailedException ex)
        {
            var error = $"{ex.FailureDetails.ErrorType}: {ex.FailureDetails.ErrorMessage}";
            if (call.Email is { } e)
            {
                // A relay's refusal may quote the address: history and logs name recipients by partner, role and hash.
                error = CaseRecipients.Redact(e.State, error, e.Email.Recipients);
            }

            return error.Length <= 300 ? error : error[..300];
        }
    }

    private static IEnumerable<CaseCall> Calls(CaseState state, CaseCommands commands)
    {
        if (commands.Record)
        {
            yield return Record(state, commands.Audit);
        }

        foreach (var email in commands.Emails.SelectMany(e => e.PerRecipient()))
        {
            yield return new CaseCall(nameof(CaseActivityFunctions.SendCaseEmail), $"e-mail {email.Kind} to {CaseRecipients.Describe(state, email.Recipients)}", state.StepKey, Email: new SendCaseEmailInput(state, email));
        }

        if (commands.Share)
        {
            yield return new CaseCall(nameof(CaseActivityFunctions.ShareCase), "share the outcome", state.StepKey, Share: state);
        }
    }

    private static CaseCall Record(CaseState state, IReadOnlyList<CaseHistoryEntry> audit) =>
        new(nameof(CaseActivityFunctions.RecordCase), $"record {state.StepKey} (history {string.Join(", ", audit.Select(a => a.Sequence))})", state.StepKey, Record: new RecordCaseInput(state, audit));

    private static string Describe(IEnumerable<CaseSetAside> items, bool errors = true) =>
        string.Join("; ", items.Select(s => errors ? $"{s.Problem.Command}: {s.Problem.Error}" : s.Problem.Command));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: {Command} failed after its retries; set aside, tried again at {RetryAt}: {Error}")]
    private static partial void LogSetAside(ILogger logger, string caseId, string command, DateTimeOffset retryAt, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId}: gave up on {Command} after {Rounds} rounds, an operator has to act: {Error}")]
    private static partial void LogGaveUp(ILogger logger, string caseId, string command, int rounds, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseId}: {Command} dropped, its step {StepKey} has ended")]
    private static partial void LogDropped(ILogger logger, string caseId, string command, string stepKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: the {Action} history entry could not be recorded: {Error}")]
    private static partial void LogNoteFailed(ILogger logger, string caseId, string action, string error);
}
