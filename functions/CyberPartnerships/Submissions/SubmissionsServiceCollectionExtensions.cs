using CyberPartnerships.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Submissions;

public static class SubmissionsServiceCollectionExtensions
{
    /// <summary>Partner submissions (needs <c>AddStorage()</c> and <c>AddPartners()</c>).</summary>
    public static IServiceCollection AddSubmissions(this IServiceCollection services)
    {
        services.AddOptions<SubmissionOptions>().BindConfiguration(SubmissionOptions.Section);
        services.AddIngestion();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<SubmissionIngestor>();
        services.AddSingleton<SubmissionEndpoints>();
        return services;
    }

    /// <summary>The submission routes; the Functions shell declares the same routes on its HTTP triggers.</summary>
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/submissions", async (HttpRequest request, SubmissionEndpoints endpoints, CancellationToken ct) =>
            (await endpoints.ReceiveAsync(request, ct).ConfigureAwait(false)).Result);
        app.MapGet("/api/submissions/{id}", (HttpRequest request, string id, SubmissionEndpoints endpoints, CancellationToken ct) => endpoints.GetAsync(request, id, ct));
        return app;
    }
}
