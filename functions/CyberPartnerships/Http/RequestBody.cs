using System.Buffers;

namespace CyberPartnerships.Http;

/// <summary>Reading a request body within a size limit.</summary>
public static class RequestBody
{
    /// <summary>The whole body, or null as soon as it passes <paramref name="max"/> bytes (a lying Content-Length is no help).</summary>
    public static async Task<byte[]?> ReadBoundedAsync(Stream body, long max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }
}
