using CyberPartnerships.Mou;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Approvals;

public static class ApprovalsServiceCollectionExtensions
{
    public static IServiceCollection AddApprovals(this IServiceCollection services)
    {
        services.AddOptions<ApprovalOptions>()
            .BindConfiguration(ApprovalOptions.Section)
            .Validate(o => o.IsValid(out _), "Approvals are not configured: set Approvals__PublicBaseUrl, Approvals__CurrentKeyId and Approvals__CurrentKey (base64, 32+ bytes).")
            .ValidateOnStart();
        services.AddSingleton<ApprovalTokens>();
        services.AddSingleton<ApprovalNonceStore>();
        services.AddSingleton<ApprovalEndpoints>();
        return services;
    }

    /// <summary><c>GET</c> and <c>POST /api/approvals/{token}</c>: authorised by the token only.</summary>
    public static IEndpointRouteBuilder MapApprovalsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/approvals/{token}", (string token, HttpRequest r, ApprovalEndpoints e, CancellationToken ct) => e.GetAsync(token, r, ct));
        app.MapPost("/api/approvals/{token}", (string token, HttpRequest r, ApprovalEndpoints e, ICaseEventSink s, CancellationToken ct) => e.PostAsync(token, r, s, ct))
            .DisableAntiforgery();
        return app;
    }
}
