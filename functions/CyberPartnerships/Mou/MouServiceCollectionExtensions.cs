using CyberPartnerships.Approvals;
using CyberPartnerships.Email;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Mou;

public static class MouServiceCollectionExtensions
{
    /// <summary>The case workflow (rules, store, audit, e-mails, handlers) and its approval links. Cases come from the
    /// submission store (<see cref="SubmissionCaseSources"/>); the host passes its <see cref="ICaseWorkflowStarter"/> / <see cref="ICaseEventSink"/>.</summary>
    public static IServiceCollection AddMou(this IServiceCollection services)
    {
        services.AddOptions<MouOptions>().BindConfiguration(MouOptions.Section);
        services.AddSingleton(sp => new CaseRules(sp.GetRequiredService<IOptions<MouOptions>>().Value.ToDeadlines()));
        services.AddSingleton<CaseStore>();
        services.AddSingleton<CaseAuditLog>();
        services.AddSingleton<CaseMailer>();
        services.AddSingleton<CaseActivities>();
        services.AddSingleton<CaseOpener>();
        services.AddSingleton<CaseEndpoints>();
        services.AddSingleton<ICaseSourceLookup, SubmissionCaseSources>();
        services.AddSingleton<CaseIntake>();
        services.AddEmail();
        services.AddApprovals();
        return services;
    }

    /// <summary>Runs the workflow in process (<see cref="DirectCaseWorkflow"/>), for hosts without Durable Functions.</summary>
    public static IServiceCollection AddDirectCaseWorkflow(this IServiceCollection services)
    {
        services.AddSingleton<DirectCaseWorkflow>();
        services.AddSingleton<ICaseEventSink>(sp => sp.GetRequiredService<DirectCaseWorkflow>());
        services.AddSingleton<ICaseWorkflowStarter>(sp => sp.GetRequiredService<DirectCaseWorkflow>());
        return services;
    }

    /// <summary>The case routes on an ASP.NET Core host (tests, local tooling); the shell declares the same on its triggers.</summary>
    public static IEndpointRouteBuilder MapMouApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/cases", (HttpRequest r, CaseEndpoints e, ICaseWorkflowStarter s, CancellationToken ct) => e.OpenAsync(r, s, ct));
        app.MapGet("/api/cases", (HttpRequest r, CaseEndpoints e, CancellationToken ct) => e.ListAsync(r, ct));
        app.MapGet("/api/cases/{id}", (string id, HttpRequest r, CaseEndpoints e, CancellationToken ct) => e.GetAsync(id, r, ct));
        app.MapPost("/api/cases/{id}/analysis", (string id, HttpRequest r, CaseEndpoints e, ICaseEventSink s, CancellationToken ct) => e.AttachAnalysisAsync(id, r, s, ct));
        app.MapPost("/api/cases/{id}/enforcement", (string id, HttpRequest r, CaseEndpoints e, ICaseEventSink s, CancellationToken ct) => e.RecordEnforcementAsync(id, r, s, ct));
        app.MapApprovalsApi();
        return app;
    }
}
