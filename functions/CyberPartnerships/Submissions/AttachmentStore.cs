using System.Globalization;
using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CyberPartnerships.Ingestion;

namespace CyberPartnerships.Submissions;

/// <summary>What a partner uploaded: <see cref="Name"/> is what a case referral lists in <c>attachments</c>.</summary>
public sealed record AttachmentInfo(string Id, string Name, string FileName, string ContentType, long Size, string? Sha256, DateTimeOffset? UploadedAt);

/// <summary>
/// Evidence files partners upload before referring a case (pcaps, samples, logs). Container <c>attachments</c>, blob
/// <c>{partnerId}/{id}/{fileName}</c>: the partner's own prefix, so a referral can name only its sender's uploads.
/// They stay internal: nothing here is ever shared with other partners (only <c>outbound-raw</c> is, after redaction).
/// </summary>
public sealed class AttachmentStore(BlobServiceClient blobs, TimeProvider time)
{
    public const string ContainerName = "attachments";

    private const string IdPrefix = "att-";
    private const int IdHexDigits = 24;
    private const string Sha256Key = "sha256";
    private const string UploadedAtKey = "uploadedat";

    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(ContainerName);
    private volatile bool _ready;

    /// <summary>A file name an upload may carry: 1–200 characters, no path, no control characters.</summary>
    public static bool IsValidFileName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= 200 && name.Trim() == name && name is not ("." or "..")
        && !name.Any(c => char.IsControl(c) || IsFormat(c) || c is '/' or '\\' or '?' or '#' or '%');

    /// <summary>An upload's id as <see cref="UploadAsync"/> makes it: <c>att-</c> and 24 lowercase hex digits.</summary>
    public static bool IsId(string id) =>
        id.Length == IdPrefix.Length + IdHexDigits && id.StartsWith(IdPrefix, StringComparison.Ordinal) && id[IdPrefix.Length..].All(char.IsAsciiHexDigitLower);

    /// <summary>What a referral may list: path segments of plain names (an upload's name is <c>{partner}/{id}/{file}</c>);
    /// <see cref="CheckAsync"/> then says whether it is one of the sender's uploads.</summary>
    public static bool IsPlausibleName(string name) =>
        name.Length <= 1024 && name.Split('/').All(segment => segment.Length > 0 && IsValidFileName(segment));

    /// <summary>Invisible formatting characters (e.g. U+202E right-to-left override) that make a name read as another.</summary>
    private static bool IsFormat(char c) => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    /// <summary>Streams <paramref name="content"/> into a new blob, hashing it on the way.</summary>
    /// <exception cref="AttachmentTooLargeException">The stream ran past <paramref name="maxBytes"/>; nothing was kept.</exception>
    public async Task<AttachmentInfo> UploadAsync(string partnerId, string fileName, string contentType, Stream content, long maxBytes, CancellationToken cancellationToken = default)
    {
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var id = IdPrefix + RandomNumberGenerator.GetHexString(IdHexDigits, lowercase: true);
        var blob = _container.GetBlobClient($"{partnerId}/{id}/{fileName}");
        using var hashing = new HashingLimitStream(content, maxBytes);
        var uploadedAt = time.GetUtcNow();
        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },

            // Blocks of 4 MiB, two at a time: memory stays bounded whatever the file's size.
            TransferOptions = new Azure.Storage.StorageTransferOptions { InitialTransferSize = 4 << 20, MaximumTransferSize = 4 << 20, MaximumConcurrency = 2 },
        };
        await blob.UploadAsync(hashing, upload, cancellationToken).ConfigureAwait(false);

        // The hash is known once the stream is read; it goes on as metadata, which the upload could not carry.
        var sha256 = hashing.Sha256();
        await blob.SetMetadataAsync(
            new Dictionary<string, string> { [Sha256Key] = sha256, [UploadedAtKey] = uploadedAt.ToString("O", CultureInfo.InvariantCulture) },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return new AttachmentInfo(id, blob.Name, fileName, contentType, hashing.Length, sha256, uploadedAt);
    }

    /// <summary>The partner's upload with this id, or null (unknown, or another partner's).</summary>
    public async Task<AttachmentInfo?> GetAsync(string partnerId, string id, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var item in _container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata, Prefix = $"{partnerId}/{id}/" }, cancellationToken).ConfigureAwait(false))
            {
                return Info(id, item.Name, item.Properties.ContentType, item.Properties.ContentLength ?? 0, item.Metadata);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No upload yet at all: the container does not exist.
        }

        return null;
    }

    /// <summary>Checks the names a referral lists: each must be one of this partner's uploads and exist.</summary>
    /// <returns>One error per name that is not, pointing at <c>/attachments/{i}</c>.</returns>
    public async Task<IReadOnlyList<InputError>> CheckAsync(string partnerId, IReadOnlyList<string> names, CancellationToken cancellationToken = default)
    {
        var errors = new List<InputError>();
        if (names.Count == 0)
        {
            return errors;
        }

        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < names.Count; i++)
        {
            var parts = names[i].Split('/');
            if (parts.Length != 3 || parts[0] != partnerId || !IsId(parts[1]))
            {
                errors.Add(new($"/attachments/{i}", $"'{names[i]}' is not one of your uploads: list the name POST /api/attachments returned ({partnerId}/att-…/file)."));
            }
            else if (!(await _container.GetBlobClient(names[i]).ExistsAsync(cancellationToken).ConfigureAwait(false)).Value)
            {
                errors.Add(new($"/attachments/{i}", $"No upload named '{names[i]}': upload the file with POST /api/attachments first."));
            }
        }

        return errors;
    }

    private static AttachmentInfo Info(string id, string name, string? contentType, long size, IDictionary<string, string> metadata) => new(
        id,
        name,
        name[(name.LastIndexOf('/') + 1)..],
        contentType ?? "application/octet-stream",
        size,
        metadata.TryGetValue(Sha256Key, out var sha) ? sha : null,
        metadata.TryGetValue(UploadedAtKey, out var at) && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when) ? when : null);

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            try
            {
                await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 403)
            {
                // Deployed, the container exists (infra) and the app's identity may not create containers.
            }

            _ready = true;
        }
    }
}

/// <summary>The upload was larger than the configured maximum.</summary>
public sealed class AttachmentTooLargeException(long maxBytes) : IOException($"The upload is larger than {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}

/// <summary>Reads through to the request body, counting and hashing, and stops past the limit.</summary>
internal sealed class HashingLimitStream(Stream inner, long maxBytes) : Stream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _read;

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public string Sha256() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    public override int Read(byte[] buffer, int offset, int count) => Count(buffer.AsSpan(offset, inner.Read(buffer, offset, count)));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Count(buffer.Span[..n]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(ReadOnlySpan<byte> read)
    {
        _read += read.Length;
        if (_read > maxBytes)
        {
            throw new AttachmentTooLargeException(maxBytes);
        }

        _hash.AppendData(read);
        return read.Length;
    }
}
