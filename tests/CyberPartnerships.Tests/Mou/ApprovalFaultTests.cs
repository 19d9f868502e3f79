using System.Net;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Mou;

/// <summary>Approval links when raising the decision to the workflow fails or two approvers of one partner race.</summary>
[Collection(MailCollection.Name)]
public sealed class ApprovalFaultTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private MouTestHost _host = null!;

    private ScriptedEventSink Sink => _host.Services.GetRequiredService<ScriptedEventSink>();

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail, services: s => s
        .AddSingleton<ScriptedEventSink>()
        .AddSingleton<ICaseEventSink>(sp => sp.GetRequiredService<ScriptedEventSink>()));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_decision_the_workflow_could_not_take_is_not_recorded_and_the_same_link_works_again()
    {
        var opened = await _host.OpenCaseAsync("enforcement");
        await _host.AttachAnalysisAsync(opened.CaseId);
        var review = await _host.GetStateAsync(opened.CaseId);
        var link = await _host.ApprovalLinkAsync(_host.Submitter.LegalApprovers[0], review.StepKey);

        Sink.FailNext();
        using (var failed = await _host.DecideAsync(link, "approve", "fine by us"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
            Assert.Equal("text/html", failed.Content.Headers.ContentType?.MediaType);
            Assert.Contains("not recorded", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Sink.FailNext();
        using (var asJson = new HttpRequestMessage(HttpMethod.Post, new Uri(link).PathAndQuery))
        {
            asJson.Headers.Accept.ParseAdd("application/json");
            asJson.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "approve" });
            using var problem = await _host.Client.SendAsync(asJson);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, problem.StatusCode);
            Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        }

        Assert.Empty((await _host.GetStateAsync(opened.CaseId)).Decisions);
        using (var page = await _host.Client.GetAsync(new Uri(link).PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        using (var retried = await _host.DecideAsync(link, "approve", "fine by us"))
        {
            Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
            Assert.Contains("Decision recorded", await retried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var decision = Assert.Single((await _host.GetStateAsync(opened.CaseId)).Decisions);
        Assert.Equal(_host.Submitter.LegalApprovers[0], decision.Approver);
        Assert.Equal("fine by us", decision.Comment);
        using var again = await _host.DecideAsync(link, "approve");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already been used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_approvers_of_one_partner_deciding_together_one_is_recorded_and_the_other_is_told_so()
    {
        var second = await _host.AddPartnerAsync("oas", legalApprovers: 2);
        var opened = await _host.OpenCaseAsync("enforcement", second.Id);
        await _host.AttachAnalysisAsync(opened.CaseId);
        var review = await _host.GetStateAsync(opened.CaseId);
        foreach (var approver in new[] { _host.Submitter.LegalApprovers[0], _host.Dcu.LegalApprovers[0] })
        {
            using var ok = await _host.DecideAsync(await _host.ApprovalLinkAsync(approver, review.StepKey), "approve");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        var approval = await _host.GetStateAsync(opened.CaseId);
        Assert.Equal(CaseStep.EnforcementApproval, approval.Step);
        var first = await _host.ApprovalLinkAsync(second.LegalApprovers[0], approval.StepKey);
        var other = await _host.ApprovalLinkAsync(second.LegalApprovers[1], approval.StepKey, "reject");

        // The first decision is held inside the workflow while the second approver posts theirs.
        var (entered, release) = Sink.HoldNext();
        var pending = _host.DecideAsync(first, "approve");
        await entered.WaitAsync(TimeSpan.FromSeconds(30));
        HttpResponseMessage late;
        try
        {
            late = await _host.DecideAsync(other, "reject");
        }
        finally
        {
            release.SetResult();
        }

        using (late)
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Contains("organisation has already decided", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var early = await pending)
        {
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
            Assert.Contains("Decision recorded", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var after = await _host.GetStateAsync(opened.CaseId);
        Assert.Equal(CaseStep.Enforcement, after.Step);
        var decided = Assert.Single(after.Decisions, d => d.StepKey == approval.StepKey);
        Assert.Equal(second.LegalApprovers[0], decided.Approver);
        Assert.Equal(CaseDecision.Approve, decided.Decision);
    }

    /// <summary>The in-process workflow behind a script: the next raise can be made to fail, or held until released.</summary>
    private sealed class ScriptedEventSink(DirectCaseWorkflow workflow) : ICaseEventSink
    {
        private Func<Task>? _next;

        public void FailNext() => _next = () => throw new InvalidOperationException("Injected: the workflow could not be reached.");

        public (Task Entered, TaskCompletionSource Release) HoldNext()
        {
            var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _next = async () =>
            {
                entered.SetResult();
                await release.Task;
            };
            return (entered.Task, release);
        }

        public async Task RaiseAsync(string caseId, CaseEvent caseEvent, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _next, null) is { } script)
            {
                await script();
            }

            await workflow.RaiseAsync(caseId, caseEvent, cancellationToken);
        }
    }
}
