using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;

namespace CyberPartnerships.Mou;

/// <summary>The analysis reports of cases, in the <c>case-reports</c> container.</summary>
public static class CaseReports
{
    public const string Container = "case-reports";

    /// <summary>
    /// Writes the report under a name of its own, <c>{case}/{step key}-{partner}-{content hash}.txt</c>, never over
    /// another: the case view the handler checked may lag behind the workflow, so a second post can still be accepted
    /// there and then refused by the workflow, and must not have replaced the report the case already names. The same
    /// report posted again has the same name and content.
    /// </summary>
    /// <returns>The blob, as <c>case-reports/{name}</c>.</returns>
    public static async Task<string> StoreAsync(BlobServiceClient blobs, CaseState state, string partnerId, string report, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(report);
        var name = $"{state.CaseId}/{state.StepKey}-{partnerId}-{Convert.ToHexStringLower(SHA256.HashData(bytes), 0, 16)}.txt";
        var container = blobs.GetBlobContainerClient(Container);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(bytes), overwrite: false, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already there: the same report, posted again.
        }

        return $"{Container}/{name}";
    }
}
