using Azure.Storage.Blobs;
using CyberPartnerships.Sharing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Sharing;

/// <summary>The sharing pipeline's blob trigger and the partners' shared-items routes; every rule is in the core.</summary>
public sealed class SharingFunctions(SharingPipeline pipeline, SharingEndpoints endpoints)
{
    /// <summary>The trigger listens on the app's storage account (the same account as <c>Storage__*</c>); in Azure the
    /// Event Grid subscription on <c>outbound-raw/</c> calls the blobs extension webhook.</summary>
    public const string BlobConnection = "AzureWebJobsStorage";

    /// <summary>Redacts a blob written to <c>outbound-raw/{caseId}/{file}</c> and shares it by TLP, or quarantines it.
    /// Event Grid source: Flex Consumption has no polling blob trigger. Storage errors fail the invocation (retried).</summary>
    [Function(nameof(ShareOutboundBlob))]
    public async Task ShareOutboundBlob(
        [BlobTrigger(SharingOptions.RawContainer + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = BlobConnection)] BlobClient blob,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);
        await pipeline.ProcessAsync(blob.Name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET /api/shared</c>: what was shared with the authenticated partner.</summary>
    [Function(nameof(ListSharedItems))]
    public Task<IResult> ListSharedItems(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "shared")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.ListAsync(request, cancellationToken);

    /// <summary><c>GET /api/shared/{caseId}/{file}</c>: one shared item, streamed.</summary>
    [Function(nameof(DownloadSharedItem))]
    public Task<IResult> DownloadSharedItem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "shared/{caseId}/{file}")] HttpRequest request,
        string caseId,
        string file,
        CancellationToken cancellationToken) =>
        endpoints.DownloadAsync(request, caseId, file, cancellationToken);
}
