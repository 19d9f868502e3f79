using CyberPartnerships.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Submissions;

public sealed class SubmissionsFunctions(SubmissionEndpoints endpoints)
{
    /// <summary><c>POST /api/submissions</c>: a STIX 2.1 bundle or a native case referral.</summary>
    [Function(nameof(ReceiveSubmission))]
    public async Task<IResult> ReceiveSubmission(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "submissions")] HttpRequest request,
        CancellationToken cancellationToken) =>
        (await endpoints.ReceiveAsync(request, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary><c>GET /api/submissions/{id}</c>: the stored submission and its per-object outcomes, to its sender.</summary>
    [Function(nameof(GetSubmission))]
    public Task<IResult> GetSubmission(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "submissions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        endpoints.GetAsync(request, id, cancellationToken);
}
