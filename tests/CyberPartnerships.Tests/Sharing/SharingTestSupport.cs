using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Storage;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Partners;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Sharing;

/// <summary>A host with storage, partners and sharing against the collection's Azurite, and helpers to stage blobs.</summary>
public static class SharingTestSupport
{
    public const string KeyId = "test-key-1";
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)(i * 7 + 3)).ToArray());

    public static Dictionary<string, string?> Settings(bool withKey = true) => new()
    {
        ["Redaction:Mode"] = "Pseudonym",
        ["Redaction:PseudonymKeyId"] = withKey ? KeyId : null,
        ["Redaction:PseudonymKey"] = withKey ? Key : null,
    };

    public static Task<ApiHost> StartAsync(AzuriteFixture storage, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        ApiHost.StartAsync(
            storage,
            s =>
            {
                s.AddStorage().AddPartners().AddSharing();
                services?.Invoke(s);
            },
            app => app.MapSharingApi(),
            settings ?? Settings());

    public static string NewCaseId() => $"CASE-{Guid.NewGuid():N}"[..21];

    public static async Task<Partner> AddPartnerAsync(this ApiHost host, string prefix, Tlp clearance, PartnerStatus status = PartnerStatus.Active)
    {
        var registry = host.Services.GetRequiredService<PartnerRegistry>();
        var partner = await registry.AddAsync(PartnerTestData.NewPartner(prefix, clearance));
        return status == PartnerStatus.Active ? partner : await registry.SetStatusAsync(partner.Id, status);
    }

    public static async Task UploadRawAsync(this AzuriteFixture storage, string blobName, string content, IDictionary<string, string> metadata)
    {
        var container = storage.Clients.Blobs.GetBlobContainerClient(SharingOptions.RawContainer);
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(content), new BlobUploadOptions { Metadata = metadata });
    }

    public static Dictionary<string, string> Metadata(string? tlp, string? targets = null, string? submitter = null)
    {
        var metadata = new Dictionary<string, string>();
        if (tlp is not null)
        {
            metadata["tlp"] = tlp;
        }

        if (targets is not null)
        {
            metadata["targets"] = targets;
        }

        if (submitter is not null)
        {
            metadata["submitter"] = submitter;
        }

        return metadata;
    }

    public static BlobContainerClient Container(this AzuriteFixture storage, string name) => storage.Clients.Blobs.GetBlobContainerClient(name);

    /// <summary>Every blob in <c>outbound-shared</c> for the case in a partner's folder, with its ETag.</summary>
    public static async Task<SortedDictionary<string, string>> SharedForCaseAsync(this AzuriteFixture storage, string caseId)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var container = storage.Container(SharingOptions.SharedContainer);
        if (!await container.ExistsAsync())
        {
            return result;
        }

        await foreach (var blob in container.GetBlobsAsync())
        {
            if (blob.Name.Contains($"/{caseId}/", StringComparison.Ordinal) && !blob.Name.StartsWith(SharedOutputs.RecipientsFolder + "/", StringComparison.Ordinal))
            {
                result[blob.Name] = blob.Properties.ETag!.Value.ToString();
            }
        }

        return result;
    }

    public static async Task<string> ReadTextAsync(this BlobContainerClient container, string name) =>
        (await container.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString();
}
