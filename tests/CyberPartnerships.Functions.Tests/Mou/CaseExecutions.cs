using CyberPartnerships.Functions.Mou;
using CyberPartnerships.Mou;
using Microsoft.DurableTask;
using Moq;

namespace CyberPartnerships.Functions.Tests.Mou;

/// <summary>Runs the orchestrator on a mocked context the way the runtime does across ContinueAsNew: each execution
/// gets the input the previous one carried (<see cref="CaseRun"/>), and the run ends when one returns without
/// continuing. The mock's timers, events and activities go on from one execution to the next.</summary>
internal sealed class CaseExecutions
{
    private CaseRun _input;
    private CaseRun? _next;

    public CaseExecutions(Mock<TaskOrchestrationContext> context, CaseState opened)
    {
        _input = new CaseRun(opened);
        context.Setup(c => c.GetInput<CaseRun>()).Returns(() => _input);
        context.Setup(c => c.ContinueAsNew(It.IsAny<object?>(), It.IsAny<bool>()))
            .Callback((object? input, bool preserve) =>
            {
                Assert.True(preserve, "unprocessed events are kept across ContinueAsNew");
                _next = Assert.IsType<CaseRun>(input);
            });
    }

    /// <summary>The inputs of the executions after the first.</summary>
    public List<CaseRun> Continued { get; } = [];

    public async Task<CaseOutcome> RunAsync(TaskOrchestrationContext context, CaseRules rules)
    {
        while (true)
        {
            var outcome = await CaseOrchestration.RunAsync(context, rules);
            if (_next is null)
            {
                return outcome;
            }

            Continued.Add(_next);
            (_input, _next) = (_next, null);
        }
    }
}
