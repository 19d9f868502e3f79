using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Partners;

public static class PartnersServiceCollectionExtensions
{
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.AddSingleton<PartnerRegistry>();
        services.AddSingleton<PartnerAuthenticator>();
        services.AddSingleton<PartnerEndpoints>();
        return services;
    }

    /// <summary>The routes of the partner registry on an ASP.NET Core host (tests, local tooling). The Functions
    /// shell declares the same routes on its HTTP triggers.</summary>
    public static IEndpointRouteBuilder MapPartnersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/partners/me", (HttpRequest request, PartnerEndpoints endpoints, CancellationToken ct) => endpoints.GetMeAsync(request, ct));
        return app;
    }
}
