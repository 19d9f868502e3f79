using CyberPartnerships.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Partners;

public sealed class PartnersFunctions(PartnerEndpoints endpoints)
{
    /// <summary><c>GET /api/partners/me</c>: the authenticated partner's profile.</summary>
    [Function(nameof(GetMyPartnerProfile))]
    public Task<IResult> GetMyPartnerProfile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "partners/me")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.GetMeAsync(request, cancellationToken);
}
