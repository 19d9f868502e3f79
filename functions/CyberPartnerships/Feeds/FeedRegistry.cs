using Azure;
using Azure.Data.Tables;
using CyberPartnerships.Storage;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Feeds;

public sealed class FeedRegistryException(string message) : Exception(message);

/// <summary>
/// The <c>Feeds</c> table: PartitionKey = partner id, RowKey = feed id. One entity holds the registration, the
/// checkpoint and the health; updates are merges guarded by the entity's ETag.
/// </summary>
public sealed class FeedRegistry(TableServiceClient tables, IOptions<FeedOptions>? options = null)
{
    public const string TableName = "Feeds";

    private readonly TableClient _table = tables.GetTableClient(TableName);
    private readonly CreateOnce _created = CreateOnce.Tables(tables, TableName);

    private Task EnsureTableAsync(CancellationToken cancellationToken) => _created.EnsureAsync(cancellationToken);

    public async Task<FeedRegistration> AddAsync(FeedRegistration feed, CancellationToken cancellationToken = default)
    {
        var errors = FeedValidation.Validate(feed, options?.Value.AllowPrivateAddresses ?? false);
        if (errors.Count > 0)
        {
            throw new FeedRegistryException(string.Join(" ", errors));
        }

        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.AddEntityAsync(ToEntity(feed), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            throw new FeedRegistryException($"Partner '{feed.PartnerId}' already has a feed '{feed.FeedId}'.");
        }

        return feed;
    }

    public async Task<IReadOnlyList<FeedRegistration>> ListAsync(CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var feeds = new List<FeedRegistration>();
        await foreach (var entity in _table.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            feeds.Add(FromEntity(entity));
        }

        return feeds.OrderBy(f => f.PartnerId, StringComparer.Ordinal).ThenBy(f => f.FeedId, StringComparer.Ordinal).ToList();
    }

    public async Task<FeedRegistration?> GetAsync(string partnerId, string feedId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(partnerId, feedId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async Task RemoveAsync(string partnerId, string feedId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var response = await _table.DeleteEntityAsync(partnerId, feedId, ETag.All, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            throw new FeedRegistryException($"Partner '{partnerId}' has no feed '{feedId}'.");
        }
    }

    /// <summary>Reads the feed, applies <paramref name="change"/> and merges it back; rereads on an ETag conflict.</summary>
    public async Task<FeedRegistration> UpdateAsync(string partnerId, string feedId, Func<FeedRegistration, FeedRegistration> change, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var response = await _table.GetEntityIfExistsAsync<TableEntity>(partnerId, feedId, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!response.HasValue)
            {
                throw new FeedRegistryException($"Partner '{partnerId}' has no feed '{feedId}'.");
            }

            var updated = change(FromEntity(response.Value!));
            try
            {
                await _table.UpdateEntityAsync(ToEntity(updated), response.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return updated;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < 5)
            {
                // Changed meanwhile (an operator paused it, another run): read again and reapply.
            }
        }
    }

    private static TableEntity ToEntity(FeedRegistration f) => new(f.PartnerId, f.FeedId)
    {
        ["ApiRoot"] = f.ApiRoot.ToString(),
        ["CollectionId"] = f.CollectionId,
        ["Username"] = f.Username,
        ["PasswordRef"] = f.PasswordRef,
        ["TokenRef"] = f.TokenRef,
        ["DefaultTlp"] = f.DefaultTlp.ToLabel(),
        ["Active"] = f.Active,
        ["Health"] = f.Health.ToString(),
        ["LastError"] = f.LastError is { Length: > 1000 } e ? e[..1000] : f.LastError,
        ["ConsecutiveFailures"] = f.ConsecutiveFailures,
        ["LastAttemptAt"] = f.LastAttemptAt,
        ["LastSuccessAt"] = f.LastSuccessAt,
        ["Next"] = f.Next,
        ["AddedAfter"] = f.AddedAfter,
        ["LastDateAdded"] = f.LastDateAdded,
        ["ObjectsStored"] = f.ObjectsStored,
    };

    private static FeedRegistration FromEntity(TableEntity e) => new()
    {
        PartnerId = e.PartitionKey,
        FeedId = e.RowKey,
        ApiRoot = new Uri(e.GetString("ApiRoot")!),
        CollectionId = e.GetString("CollectionId") ?? string.Empty,
        Username = e.GetString("Username"),
        PasswordRef = e.GetString("PasswordRef"),
        TokenRef = e.GetString("TokenRef"),
        DefaultTlp = TlpLevels.TryParse(e.GetString("DefaultTlp"), out var tlp) ? tlp : Tlp.Red,
        Active = e.GetBoolean("Active") ?? false,
        Health = Enum.TryParse<FeedHealth>(e.GetString("Health"), out var health) ? health : FeedHealth.Healthy,
        LastError = e.GetString("LastError"),
        ConsecutiveFailures = e.GetInt32("ConsecutiveFailures") ?? 0,
        LastAttemptAt = e.GetDateTimeOffset("LastAttemptAt"),
        LastSuccessAt = e.GetDateTimeOffset("LastSuccessAt"),
        Next = e.GetString("Next"),
        AddedAfter = e.GetString("AddedAfter"),
        LastDateAdded = e.GetString("LastDateAdded"),
        ObjectsStored = e.GetInt64("ObjectsStored") ?? 0,
    };
}
