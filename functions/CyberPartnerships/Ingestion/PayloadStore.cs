using Azure.Storage.Blobs;

namespace CyberPartnerships.Ingestion;

/// <summary>
/// Blob Storage for what does not fit a table entity (1 MB per entity, 64 KB per property): the entity keeps the blob
/// name in a <c>...Blob</c> property instead of the value. Container: <c>payloads</c>. Blob names are deterministic,
/// so a retried write overwrites the same blob instead of leaving a second one.
/// </summary>
public sealed class PayloadStore(BlobServiceClient blobs)
{
    public const string ContainerName = "payloads";

    /// <summary>Strings up to this many characters stay in the entity (UTF-16: 60 KB, under the 64 KB property limit).</summary>
    public const int InlineLimit = 30_000;

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(ContainerName);
    private volatile bool _ready;

    public async Task PutAsync(string blobName, string content, CancellationToken cancellationToken = default)
    {
        if (!_ready)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _ready = true;
        }

        await _container.GetBlobClient(blobName).UploadAsync(BinaryData.FromString(content), overwrite: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a blob written for a row that turned out to exist already.</summary>
    public Task DeleteIfExistsAsync(string blobName, CancellationToken cancellationToken = default) =>
        _container.GetBlobClient(blobName).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    public async Task<string> GetAsync(string blobName, CancellationToken cancellationToken = default)
    {
        var result = await _container.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return result.Value.Content.ToString();
    }

    /// <summary>Reads a string property that may have overflowed to a blob (<c>{name}</c> or <c>{name}Blob</c>).</summary>
    public async Task<string?> ReadPropertyAsync(Azure.Data.Tables.TableEntity entity, string name, CancellationToken cancellationToken = default) =>
        entity.GetString(name) ?? (entity.GetString(name + "Blob") is { } blob ? await GetAsync(blob, cancellationToken).ConfigureAwait(false) : null);

    /// <summary>Puts <paramref name="value"/> into the entity, or into a blob the entity names when it is too large.</summary>
    public async Task SetPropertyAsync(Azure.Data.Tables.TableEntity entity, string name, string value, string blobName, CancellationToken cancellationToken = default)
    {
        if (Place(entity, name, value, blobName))
        {
            await PutAsync(blobName, value, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Puts <paramref name="value"/> into the entity, or names <paramref name="blobName"/> there when it is too
    /// large; true when the caller must then upload it there (<see cref="PutAsync"/>) before the entity is written.</summary>
    public static bool Place(Azure.Data.Tables.TableEntity entity, string name, string value, string blobName)
    {
        if (value.Length <= InlineLimit)
        {
            entity[name] = value;
            return false;
        }

        entity[name + "Blob"] = blobName;
        return true;
    }
}
