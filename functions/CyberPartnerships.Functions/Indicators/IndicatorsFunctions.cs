using CyberPartnerships.Indicators;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Indicators;

public sealed class IndicatorsFunctions(IndicatorEndpoints endpoints)
{
    /// <summary><c>GET /api/indicators/{type}/{value}</c>: the indicator, the partners that reported it, where it appears.</summary>
    [Function(nameof(GetIndicator))]
    public Task<IResult> GetIndicator(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "indicators/{type}/{*value}")] HttpRequest request,
        string type,
        string value,
        CancellationToken cancellationToken) =>
        endpoints.GetAsync(request, type, value, cancellationToken);
}
