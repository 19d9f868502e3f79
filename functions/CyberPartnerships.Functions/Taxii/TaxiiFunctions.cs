using CyberPartnerships.Taxii;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Taxii;

/// <summary>The TAXII 2.1 server's routes (under the host's <c>api</c> prefix: discovery is <c>/api/taxii2/</c>); every
/// rule is in the core's <see cref="TaxiiEndpoints"/>.</summary>
public sealed class TaxiiFunctions(TaxiiEndpoints endpoints, TaxiiInbox inbox)
{
    private const string Root = "taxii2/" + TaxiiEndpoints.ApiRootName + "/";
    private const string Collection = Root + "collections/{collectionId}/";

    [Function(nameof(TaxiiDiscovery))]
    public Task<IResult> TaxiiDiscovery(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "taxii2/")] HttpRequest request, CancellationToken cancellationToken) =>
        endpoints.DiscoveryAsync(request, cancellationToken);

    [Function(nameof(TaxiiApiRoot))]
    public Task<IResult> TaxiiApiRoot(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Root)] HttpRequest request, CancellationToken cancellationToken) =>
        endpoints.ApiRootAsync(request, cancellationToken);

    [Function(nameof(TaxiiCollections))]
    public Task<IResult> TaxiiCollections(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Root + "collections/")] HttpRequest request, CancellationToken cancellationToken) =>
        endpoints.CollectionsAsync(request, cancellationToken);

    [Function(nameof(TaxiiCollection))]
    public Task<IResult> TaxiiCollection(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Collection)] HttpRequest request, string collectionId, CancellationToken cancellationToken) =>
        endpoints.CollectionAsync(request, collectionId, cancellationToken);

    [Function(nameof(TaxiiObjects))]
    public Task<IResult> TaxiiObjects(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Collection + "objects/")] HttpRequest request, string collectionId, CancellationToken cancellationToken) =>
        endpoints.ObjectsAsync(request, collectionId, cancellationToken);

    [Function(nameof(TaxiiObject))]
    public Task<IResult> TaxiiObject(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Collection + "objects/{objectId}/")] HttpRequest request, string collectionId, string objectId, CancellationToken cancellationToken) =>
        endpoints.ObjectAsync(request, collectionId, objectId, cancellationToken);

    [Function(nameof(TaxiiObjectVersions))]
    public Task<IResult> TaxiiObjectVersions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Collection + "objects/{objectId}/versions/")] HttpRequest request, string collectionId, string objectId, CancellationToken cancellationToken) =>
        endpoints.VersionsAsync(request, collectionId, objectId, cancellationToken);

    [Function(nameof(TaxiiAddObjects))]
    public Task<IResult> TaxiiAddObjects(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Collection + "objects/")] HttpRequest request, string collectionId, CancellationToken cancellationToken) =>
        inbox.AddObjectsAsync(request, collectionId, cancellationToken);

    [Function(nameof(TaxiiStatus))]
    public Task<IResult> TaxiiStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Root + "status/{statusId}/")] HttpRequest request, string statusId, CancellationToken cancellationToken) =>
        inbox.StatusAsync(request, statusId, cancellationToken);

    [Function(nameof(TaxiiManifest))]
    public Task<IResult> TaxiiManifest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Collection + "manifest/")] HttpRequest request, string collectionId, CancellationToken cancellationToken) =>
        endpoints.ManifestAsync(request, collectionId, cancellationToken);
}
