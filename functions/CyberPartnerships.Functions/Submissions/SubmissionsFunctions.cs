using CyberPartnerships.Functions.Mou;
using CyberPartnerships.Mou;
using CyberPartnerships.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace CyberPartnerships.Functions.Submissions;

public sealed class SubmissionsFunctions(SubmissionEndpoints endpoints, AttachmentEndpoints attachments, CaseIntake intake)
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

    /// <summary><c>POST /api/attachments?fileName=…</c>: an evidence file a referral then names in <c>attachments</c>.</summary>
    [Function(nameof(UploadAttachment))]
    public Task<IResult> UploadAttachment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "attachments")] HttpRequest request,
        CancellationToken cancellationToken) =>
        attachments.UploadAsync(request, cancellationToken);

    /// <summary><c>GET /api/attachments/{id}</c>: an upload's name, size and SHA-256, to its sender.</summary>
    [Function(nameof(GetAttachment))]
    public Task<IResult> GetAttachment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "attachments/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        attachments.GetAsync(request, id, cancellationToken);
}
