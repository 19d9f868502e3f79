using CyberPartnerships.Mou;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace CyberPartnerships.Functions.Mou;

/// <summary>The core's workflow abstractions on Durable Functions: a case starts an orchestration whose instance id is
/// the case id, and events are raised to it.</summary>
public sealed class DurableCaseWorkflow(DurableTaskClient client) : ICaseWorkflowStarter, ICaseEventSink
{
    public async Task StartAsync(CaseState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (await client.GetInstanceAsync(state.CaseId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(CaseOrchestration.CaseOrchestrator),
            new CaseRun(state),
            new StartOrchestrationOptions { InstanceId = state.CaseId },
            cancellationToken).ConfigureAwait(false);
    }

    public Task RaiseAsync(string caseId, CaseEvent caseEvent, CancellationToken cancellationToken = default) =>
        client.RaiseEventAsync(caseId, CaseEvent.EventName, caseEvent, cancellationToken);
}
