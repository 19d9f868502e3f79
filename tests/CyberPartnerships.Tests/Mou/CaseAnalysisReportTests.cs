using System.Net;
using Azure.Storage.Blobs;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Mou;

/// <summary>Analysis reports posted while the workflow has not yet applied an earlier one.</summary>
[Collection(MailCollection.Name)]
public sealed class CaseAnalysisReportTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private MouTestHost _host = null!;

    private DeferringEventSink Sink => _host.Services.GetRequiredService<DeferringEventSink>();

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail, services: s => s
        .AddSingleton<DeferringEventSink>()
        .AddSingleton<ICaseEventSink>(sp => sp.GetRequiredService<DeferringEventSink>()));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_second_report_posted_before_the_first_is_applied_leaves_the_accepted_report_as_it_was()
    {
        var opened = await _host.OpenCaseAsync("analysis");

        foreach (var report in new[] { "First report: C2 at 203.0.113.9", "Second report: nothing found" })
        {
            using var response = await _host.SendAsync(HttpMethod.Post, $"/api/cases/{opened.CaseId}/analysis", _host.SubmitterKey, new { report, findings = new[] { report } });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        await Sink.ApplyAllAsync();

        var state = await _host.GetStateAsync(opened.CaseId);
        Assert.Equal(CaseStep.JointReview, state.Step);
        var blob = state.Analysis!.ReportBlob!.Split('/', 2);
        var text = (await _host.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(blob[0]).GetBlobClient(blob[1]).DownloadContentAsync()).Value.Content.ToString();
        Assert.Equal("First report: C2 at 203.0.113.9", text);
    }

    /// <summary>Holds the raised events, as a busy orchestration would, until the test applies them in order.</summary>
    private sealed class DeferringEventSink(DirectCaseWorkflow workflow) : ICaseEventSink
    {
        private readonly List<(string CaseId, CaseEvent Event)> _held = [];

        public Task RaiseAsync(string caseId, CaseEvent caseEvent, CancellationToken cancellationToken = default)
        {
            lock (_held)
            {
                _held.Add((caseId, caseEvent));
            }

            return Task.CompletedTask;
        }

        public async Task ApplyAllAsync()
        {
            foreach (var (caseId, e) in _held)
            {
                await workflow.RaiseAsync(caseId, e);
            }
        }
    }
}
