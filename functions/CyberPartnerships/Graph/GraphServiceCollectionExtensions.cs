using CyberPartnerships.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CyberPartnerships.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>The correlation graph, kept by ingestion and case opening (needs <c>AddStorage()</c> and <c>AddPartners()</c>).</summary>
    public static IServiceCollection AddGraph(this IServiceCollection services)
    {
        services.AddIngestion();
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section);
        services.TryAddSingleton<GraphWriter>();
        services.TryAddSingleton<GraphStore>();
        services.TryAddSingleton(sp => new GraphStixObjects(
            sp.GetRequiredService<Azure.Data.Tables.TableServiceClient>(), sp.GetRequiredService<PayloadStore>(), sp.GetService<Taxii.TaxiiStore>()));
        services.TryAddSingleton<GraphEndpoints>();
        return services;
    }

    /// <summary>The graph routes; the Functions shell declares the same routes on its HTTP triggers.</summary>
    public static IEndpointRouteBuilder MapGraphApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/graph", (HttpRequest request, GraphEndpoints endpoints, CancellationToken ct) => endpoints.GetAsync(request, ct));
        app.MapGet("/api/map", (HttpRequest request, GraphEndpoints endpoints, CancellationToken ct) => endpoints.PageAsync(request, ct));
        app.MapGet("/api/map/{file}", (HttpRequest request, string file) => GraphEndpoints.Script(request, file));
        return app;
    }
}
