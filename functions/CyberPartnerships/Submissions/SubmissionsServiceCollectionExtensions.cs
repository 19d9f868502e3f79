using CyberPartnerships.Ingestion;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Submissions;

public static class SubmissionsServiceCollectionExtensions
{
    /// <summary>Partner submissions (needs <c>AddStorage()</c> and <c>AddPartners()</c>).</summary>
    public static IServiceCollection AddSubmissions(this IServiceCollection services)
    {
        services.AddOptions<SubmissionOptions>().BindConfiguration(SubmissionOptions.Section);

        // Kestrel (the worker's, behind the Functions host) stops bodies at 30 MB by default; let the largest body these
        // routes accept through, plus one byte so that the handlers see an overflow and answer with problem details.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<SubmissionOptions>>((kestrel, submissions) =>
            kestrel.Limits.MaxRequestBodySize = Math.Max(submissions.Value.MaxAttachmentBytes, submissions.Value.MaxBodyBytes) + 1);
        services.AddIngestion();
        services.AddSingleton<SubmissionStore>();
        services.AddSingleton<SubmissionIngestor>();
        services.AddSingleton<SubmissionEndpoints>();
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<AttachmentEndpoints>();
        return services;
    }

    /// <summary>The submission routes; the Functions shell declares the same routes on its HTTP triggers.</summary>
    public static IEndpointRouteBuilder MapSubmissionsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/submissions", async (HttpRequest request, SubmissionEndpoints endpoints, CancellationToken ct) =>
            (await endpoints.ReceiveAsync(request, ct).ConfigureAwait(false)).Result);
        app.MapGet("/api/submissions/{id}", (HttpRequest request, string id, SubmissionEndpoints endpoints, CancellationToken ct) => endpoints.GetAsync(request, id, ct));
        app.MapPost("/api/attachments", (HttpRequest request, AttachmentEndpoints endpoints, CancellationToken ct) => endpoints.UploadAsync(request, ct));
        app.MapGet("/api/attachments/{id}", (HttpRequest request, string id, AttachmentEndpoints endpoints, CancellationToken ct) => endpoints.GetAsync(request, id, ct));
        return app;
    }
}
