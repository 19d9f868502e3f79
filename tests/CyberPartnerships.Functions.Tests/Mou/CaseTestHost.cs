using CyberPartnerships.Functions.Mou;
using CyberPartnerships.Mou;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;

namespace CyberPartnerships.Functions.Tests.Mou;

/// <summary>What the case's activities do in a test: each gets the activity's input.</summary>
internal sealed record CaseTestActivities(
    Func<RecordCaseInput, Task<bool>> Record,
    Func<SendCaseEmailInput, Task<bool>> SendEmail,
    Func<CaseState, Task<bool>> Share)
{
    public static CaseTestActivities Succeeding { get; } = new(_ => Task.FromResult(true), _ => Task.FromResult(true), _ => Task.FromResult(true));
}

/// <summary>The case orchestrator under the real Durable Task engine (the in-process test host: the worker, the gRPC
/// sidecar and the in-memory orchestration service), its activities registered once here under their shell names.</summary>
internal static class CaseTestHost
{
    public static Task<DurableTaskTestHost> StartAsync(CaseRules rules, CaseTestActivities activities, DurableTaskTestHostOptions? options = null) =>
        DurableTaskTestHost.StartAsync(
            tasks =>
            {
                tasks.AddOrchestratorFunc<CaseRun, CaseOutcome>(nameof(CaseOrchestration.CaseOrchestrator), (context, _) => CaseOrchestration.RunAsync(context, rules));
                tasks.AddActivityFunc<RecordCaseInput, bool>(nameof(CaseActivityFunctions.RecordCase), (_, input) => activities.Record(input));
                tasks.AddActivityFunc<SendCaseEmailInput, bool>(nameof(CaseActivityFunctions.SendCaseEmail), (_, input) => activities.SendEmail(input));
                tasks.AddActivityFunc<CaseState, bool>(nameof(CaseActivityFunctions.ShareCase), (_, state) => activities.Share(state));
            },
            options);

    /// <summary>Starts the case as the shell does (<see cref="DurableCaseWorkflow"/>).</summary>
    public static async Task StartCaseAsync(DurableTaskTestHost host, CaseState state, CancellationToken cancellationToken)
    {
        await new DurableCaseWorkflow(host.Client).StartAsync(state, cancellationToken);
        await host.Client.WaitForInstanceStartAsync(state.CaseId, cancellationToken);
    }

    public static Task RaiseAsync(DurableTaskTestHost host, string caseId, CaseEvent e, CancellationToken cancellationToken) =>
        new DurableCaseWorkflow(host.Client).RaiseAsync(caseId, e, cancellationToken);

    /// <summary>The custom status once <paramref name="until"/> holds for it.</summary>
    public static async Task<CaseProgress> WaitForProgressAsync(DurableTaskTestHost host, string caseId, Func<CaseProgress, bool> until, CancellationToken cancellationToken)
    {
        while (true)
        {
            var instance = await host.Client.GetInstanceAsync(caseId, getInputsAndOutputs: true, cancellationToken);
            if (instance?.ReadCustomStatusAs<CaseProgress>() is { } progress && until(progress))
            {
                return progress;
            }

            await Task.Delay(100, cancellationToken);
        }
    }
}
