using CyberPartnerships.Mou;
using Microsoft.DurableTask;

namespace CyberPartnerships.Functions.Mou;

/// <summary>
/// The orchestration's one wait for the <see cref="CaseEvent.EventName"/> external event, kept open across the loop:
/// a new wait is created only once the previous one has delivered its event, and it is never cancelled. In
/// Microsoft.DurableTask.Worker up to 1.25 a cancelled wait stays registered and an event arriving while no newer
/// wait exists (e.g. while the reminder e-mails go out after a deadline fired) is handed to it and lost
/// (microsoft/durabletask-dotnet#508, fixed by #801); an open wait simply receives it.
/// </summary>
internal sealed class CaseEventWait(TaskOrchestrationContext context)
{
    private Task<CaseEvent>? _pending;

    /// <summary>The open wait (created if none is open). It may complete while the orchestrator does something else.</summary>
    public Task<CaseEvent> Pending => _pending ??= context.WaitForExternalEvent<CaseEvent>(CaseEvent.EventName, CancellationToken.None);

    /// <summary>The next event; the wait that delivered it is done, the next call opens a new one.</summary>
    public async Task<CaseEvent> TakeAsync()
    {
        var e = await Pending;
        _pending = null;
        return e;
    }

    /// <summary>Every event that has reached the orchestration and not yet been given out, in the order they came:
    /// the one the open wait was handed, then those the runtime buffered while no wait was open (a new wait on a
    /// buffered event completes at once). Taken before a ContinueAsNew, so that they travel in the new execution's
    /// input rather than depend on the runtime carrying unprocessed events over. The wait left open afterwards is
    /// not completed and is never used again.</summary>
    public IReadOnlyList<CaseEvent> TakeArrived()
    {
        var arrived = new List<CaseEvent>();
        while (Pending.IsCompletedSuccessfully)
        {
            arrived.Add(Pending.Result);
            _pending = null;
        }

        return arrived;
    }
}
