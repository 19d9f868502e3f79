using Azure.Data.Tables;

namespace CyberPartnerships.Storage;

/// <summary>
/// Creates what a store needs (its tables, containers) the first time it is used, and never asks again: the stores
/// are singletons, so that is one round trip per process. Two first calls at once may both create; creating is
/// idempotent (<c>CreateIfNotExists</c>).
/// </summary>
public sealed class CreateOnce(Func<CancellationToken, Task> create)
{
    private volatile bool _done;

    public static CreateOnce Tables(TableServiceClient service, params string[] tableNames) => new(async cancellationToken =>
    {
        foreach (var name in tableNames)
        {
            await service.CreateTableIfNotExistsAsync(name, cancellationToken).ConfigureAwait(false);
        }
    });

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (_done)
        {
            return;
        }

        await create(cancellationToken).ConfigureAwait(false);
        _done = true;
    }
}
