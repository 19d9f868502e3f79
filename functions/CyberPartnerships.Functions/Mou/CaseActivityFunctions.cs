using CyberPartnerships.Mou;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Mou;

public sealed record RecordCaseInput(CaseState State, IReadOnlyList<CaseHistoryEntry> Audit);

public sealed record SendCaseEmailInput(CaseState State, SendEmailCommand Email);

/// <summary>The orchestration's activities: each calls the core's idempotent <see cref="CaseActivities"/>.</summary>
public sealed class CaseActivityFunctions(CaseActivities activities)
{
    [Function(nameof(RecordCase))]
    public async Task<bool> RecordCase([ActivityTrigger] RecordCaseInput input, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        await activities.RecordAsync(input.State, input.Audit, null, context.CancellationToken).ConfigureAwait(false);
        return true;
    }

    [Function(nameof(SendCaseEmail))]
    public async Task<bool> SendCaseEmail([ActivityTrigger] SendCaseEmailInput input, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        await activities.SendEmailAsync(input.State, input.Email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }

    [Function(nameof(ShareCase))]
    public async Task<bool> ShareCase([ActivityTrigger] CaseState state, FunctionContext context)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        await activities.ShareAsync(state, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
