using CyberPartnerships.Approvals;
using CyberPartnerships.Mou;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace CyberPartnerships.Functions.Mou;

/// <summary>The case and approval routes: HTTP triggers over the core's handlers, with the Durable client as the
/// workflow's starter and event sink.</summary>
public sealed class CasesFunctions(CaseEndpoints cases, ApprovalEndpoints approvals)
{
    [Function(nameof(OpenCase))]
    public Task<IResult> OpenCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        cases.OpenAsync(request, new DurableCaseWorkflow(client), cancellationToken);

    [Function(nameof(ListCases))]
    public Task<IResult> ListCases(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases")] HttpRequest request,
        CancellationToken cancellationToken) =>
        cases.ListAsync(request, cancellationToken);

    [Function(nameof(GetCase))]
    public Task<IResult> GetCase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        cases.GetAsync(id, request, cancellationToken);

    [Function(nameof(AttachAnalysis))]
    public Task<IResult> AttachAnalysis(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases/{id}/analysis")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        cases.AttachAnalysisAsync(id, request, new DurableCaseWorkflow(client), cancellationToken);

    [Function(nameof(RecordEnforcement))]
    public Task<IResult> RecordEnforcement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases/{id}/enforcement")] HttpRequest request,
        string id,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        cases.RecordEnforcementAsync(id, request, new DurableCaseWorkflow(client), cancellationToken);

    /// <summary>Renders the confirmation page only: mail scanners that follow the link decide nothing.</summary>
    [Function(nameof(ShowApproval))]
    public Task<IResult> ShowApproval(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "approvals/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken) =>
        approvals.GetAsync(token, request, cancellationToken);

    [Function(nameof(DecideApproval))]
    public Task<IResult> DecideApproval(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "approvals/{token}")] HttpRequest request,
        string token,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        approvals.PostAsync(token, request, new DurableCaseWorkflow(client), cancellationToken);
}
