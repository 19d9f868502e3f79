using Azure;

namespace CyberPartnerships.Mou;

/// <summary>
/// Runs a case's workflow without Durable Functions: an event is applied to the rules at once and the new state is
/// written with optimistic concurrency (ETag). No durable timers: deadlines are applied by raising
/// <see cref="CaseEventKind.DeadlineReached"/>. For the tests and local tooling; the Functions app uses the orchestration.
/// </summary>
public sealed class DirectCaseWorkflow(CaseRules rules, CaseStore store, CaseActivities activities) : ICaseEventSink, ICaseWorkflowStarter
{
    public Task StartAsync(CaseState state, CancellationToken cancellationToken = default) =>
        activities.ExecuteAsync(rules.Start(state), null, cancellationToken);

    public async Task RaiseAsync(string caseId, CaseEvent caseEvent, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = await store.GetAsync(caseId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"No case {caseId}.");
            var transition = rules.Apply(found.State, caseEvent);
            try
            {
                await activities.ExecuteAsync(transition, found.ETag, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < 5)
            {
                // Another event changed the case meanwhile: apply this one to the new state.
            }
        }
    }
}
