using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CyberPartnerships.Taxii;

public static class TaxiiServiceCollectionExtensions
{
    public const string Discovery = "/api/taxii2/";
    public const string Root = Discovery + TaxiiEndpoints.ApiRootName + "/";

    /// <summary>The index the sharing pipeline writes (<c>AddSharing()</c> adds it). Needs <c>AddStorage()</c>.</summary>
    public static IServiceCollection AddTaxiiIndex(this IServiceCollection services)
    {
        services.TryAddSingleton<TaxiiIndex>();
        return services;
    }

    /// <summary>The TAXII 2.1 server. Needs <c>AddStorage()</c> and <c>AddPartners()</c>, and for its inbox (POST
    /// objects, status) <c>AddSubmissions()</c>.</summary>
    public static IServiceCollection AddTaxiiServer(this IServiceCollection services)
    {
        services.AddOptions<TaxiiOptions>()
            .BindConfiguration(TaxiiOptions.Section)
            .Validate(o => o.IsValid(out _), "Taxii: MaxPageSize 1-1000, DefaultPageSize 1-MaxPageSize, CommitLag >= 0, CursorKey base64 of 32+ bytes when set.")
            .ValidateOnStart();
        services.AddTaxiiIndex();
        services.TryAddSingleton<TaxiiGate>();
        services.TryAddSingleton<TaxiiInbox>();
        services.TryAddSingleton<TaxiiCursor>();
        services.TryAddSingleton<TaxiiStore>();
        services.TryAddSingleton<TaxiiEndpoints>();
        return services;
    }

    /// <summary>The TAXII routes on an ASP.NET Core host (tests, local tooling). The Functions shell declares the same
    /// routes on its HTTP triggers.</summary>
    public static IEndpointRouteBuilder MapTaxiiApi(this IEndpointRouteBuilder app)
    {
        const string collection = Root + "collections/{collectionId}/";
        app.MapGet(Discovery, (HttpRequest r, TaxiiEndpoints e, CancellationToken ct) => e.DiscoveryAsync(r, ct));
        app.MapGet(Root, (HttpRequest r, TaxiiEndpoints e, CancellationToken ct) => e.ApiRootAsync(r, ct));
        app.MapGet(Root + "collections/", (HttpRequest r, TaxiiEndpoints e, CancellationToken ct) => e.CollectionsAsync(r, ct));
        app.MapGet(collection, (HttpRequest r, string collectionId, TaxiiEndpoints e, CancellationToken ct) => e.CollectionAsync(r, collectionId, ct));
        app.MapGet(collection + "objects/", (HttpRequest r, string collectionId, TaxiiEndpoints e, CancellationToken ct) => e.ObjectsAsync(r, collectionId, ct));
        app.MapGet(collection + "objects/{objectId}/", (HttpRequest r, string collectionId, string objectId, TaxiiEndpoints e, CancellationToken ct) =>
            e.ObjectAsync(r, collectionId, objectId, ct));
        app.MapGet(collection + "objects/{objectId}/versions/", (HttpRequest r, string collectionId, string objectId, TaxiiEndpoints e, CancellationToken ct) =>
            e.VersionsAsync(r, collectionId, objectId, ct));
        app.MapGet(collection + "manifest/", (HttpRequest r, string collectionId, TaxiiEndpoints e, CancellationToken ct) => e.ManifestAsync(r, collectionId, ct));
        app.MapPost(collection + "objects/", (HttpRequest r, string collectionId, TaxiiInbox e, CancellationToken ct) => e.AddObjectsAsync(r, collectionId, ct));
        app.MapGet(Root + "status/{statusId}/", (HttpRequest r, string statusId, TaxiiInbox e, CancellationToken ct) => e.StatusAsync(r, statusId, ct));
        return app;
    }
}
