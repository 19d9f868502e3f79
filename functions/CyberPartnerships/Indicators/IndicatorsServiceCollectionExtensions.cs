using CyberPartnerships.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Indicators;

public static class IndicatorsServiceCollectionExtensions
{
    /// <summary>Indicator correlation across partners (needs <c>AddStorage()</c> and <c>AddPartners()</c>).</summary>
    public static IServiceCollection AddIndicators(this IServiceCollection services)
    {
        services.AddIngestion();
        services.AddSingleton<IndicatorStore>();
        services.AddSingleton<IndicatorEndpoints>();
        return services;
    }

    /// <summary>The indicator route; the Functions shell declares the same route on its HTTP trigger.</summary>
    public static IEndpointRouteBuilder MapIndicatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/indicators/{type}/{*value}", (HttpRequest request, string type, string value, IndicatorEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetAsync(request, type, value, ct));
        return app;
    }
}
