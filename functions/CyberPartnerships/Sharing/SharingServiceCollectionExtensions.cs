using CyberPartnerships.Redaction;
using CyberPartnerships.Taxii;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CyberPartnerships.Sharing;

public static class SharingServiceCollectionExtensions
{
    /// <summary>The sharing pipeline and the partner sharing endpoints (and the redaction they need). Needs
    /// <c>AddStorage()</c> and <c>AddPartners()</c>.</summary>
    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.AddRedaction();
        services.AddOptions<SharingOptions>()
            .BindConfiguration(SharingOptions.Section)
            .Validate(o => o.MaxDocumentBytes > 0, "Sharing__MaxDocumentBytes must be positive.")
            .ValidateOnStart();
        services.AddTaxiiIndex();
        services.TryAddSingleton<SharedOutputs>();
        services.TryAddSingleton<SharingPipeline>();
        services.TryAddSingleton<SharingEndpoints>();
        return services;
    }

    /// <summary>The sharing routes on an ASP.NET Core host (tests, local tooling). The Functions shell declares the
    /// same routes on its HTTP triggers.</summary>
    public static IEndpointRouteBuilder MapSharingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/shared", (HttpRequest request, SharingEndpoints endpoints, CancellationToken ct) => endpoints.ListAsync(request, ct));
        app.MapGet("/api/shared/{caseId}/{file}", (HttpRequest request, string caseId, string file, SharingEndpoints endpoints, CancellationToken ct) =>
            endpoints.DownloadAsync(request, caseId, file, ct));
        return app;
    }
}
