using CyberPartnerships.Functions.Mou;
using CyberPartnerships.Mou;
using CyberPartnerships.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace CyberPartnerships.Functions.Submissions;

public sealed class SubmissionsFunctions(SubmissionEndpoints endpoints, CaseIntake intake)
{
    /// <summary><c>POST /api/submissions</c>: a STIX 2.1 bundle or a native case referral; one asking for analysis or
    /// enforcement opens its case (an orchestration whose instance id is the case id).</summary>
    [Function(nameof(ReceiveSubmission))]
    public Task<IResult> ReceiveSubmission(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "submissions")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken) =>
        intake.ReceiveSubmissionAsync(request, new DurableCaseWorkflow(client), cancellationToken);

    /// <summary><c>GET /api/submissions/{id}</c>: the stored submission and its per-object outcomes, to its sender.</summary>
    [Function(nameof(GetSubmission))]
    public Task<IResult> GetSubmission(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        endpoints.GetAsync(request, id, cancellationToken);
}
