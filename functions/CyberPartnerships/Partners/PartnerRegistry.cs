using Azure;
using Azure.Data.Tables;
using CyberPartnerships.Storage;

namespace CyberPartnerships.Partners;

/// <summary>
/// Partners and their API keys in Table Storage.
/// <list type="bullet">
/// <item><c>Partners</c>: PartitionKey = partner id, RowKey = <c>profile</c>.</item>
/// <item><c>ApiKeys</c>: PartitionKey = key id, RowKey = <c>key</c>, with PartnerId and the SHA-256 hash; a key is
/// found by one point read, never by scanning.</item>
/// </list>
/// </summary>
public sealed class PartnerRegistry(TableServiceClient tables, TimeProvider time)
{
    public const string PartnersTable = "Partners";
    public const string ApiKeysTable = "ApiKeys";
    private const string ProfileRow = "profile";
    private const string KeyRow = "key";

    private readonly TableClient _partners = tables.GetTableClient(PartnersTable);
    private readonly TableClient _keys = tables.GetTableClient(ApiKeysTable);
    private readonly CreateOnce _created = CreateOnce.Tables(tables, PartnersTable, ApiKeysTable);

    public Task EnsureTablesAsync(CancellationToken cancellationToken = default) => _created.EnsureAsync(cancellationToken);

    public async Task<Partner> AddAsync(Partner partner, CancellationToken cancellationToken = default)
    {
        var errors = PartnerValidation.Validate(partner);
        if (errors.Count > 0)
        {
            throw new PartnerRegistryException(PartnerError.Invalid, string.Join(" ", errors));
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var stored = partner with { CreatedAt = time.GetUtcNow(), Status = partner.Status };
        try
        {
            await _partners.AddEntityAsync(ToEntity(stored), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            throw new PartnerRegistryException(PartnerError.Duplicate, $"A partner with id '{partner.Id}' already exists.");
        }

        return stored;
    }

    public async Task<Partner?> GetAsync(string partnerId, CancellationToken cancellationToken = default)
    {
        if (!PartnerValidation.IsValidPartnerId(partnerId))
        {
            return null;
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var response = await _partners.GetEntityIfExistsAsync<TableEntity>(partnerId, ProfileRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? FromEntity(response.Value!) : null;
    }

    public async Task<Partner> GetRequiredAsync(string partnerId, CancellationToken cancellationToken = default) =>
        await GetAsync(partnerId, cancellationToken).ConfigureAwait(false)
        ?? throw new PartnerRegistryException(PartnerError.NotFound, $"No partner with id '{partnerId}'.");

    public async Task<IReadOnlyList<Partner>> ListAsync(CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<Partner>();
        await foreach (var entity in _partners.QueryAsync<TableEntity>(e => e.RowKey == ProfileRow, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(FromEntity(entity));
        }

        return result.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Suspends or resumes a partner (optimistic concurrency on the entity's ETag).</summary>
    public async Task<Partner> SetStatusAsync(string partnerId, PartnerStatus status, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 0; ; attempt++)
        {
            var response = await _partners.GetEntityIfExistsAsync<TableEntity>(partnerId, ProfileRow, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!response.HasValue)
            {
                throw new PartnerRegistryException(PartnerError.NotFound, $"No partner with id '{partnerId}'.");
            }

            var entity = response.Value!;
            entity["Status"] = status.ToString();
            try
            {
                await _partners.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                return FromEntity(entity);
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < 3)
            {
                // Someone else changed the partner meanwhile: read it again and reapply.
            }
        }
    }

    public async Task<IssuedApiKey> IssueKeyAsync(string partnerId, TimeSpan? lifetime = null, CancellationToken cancellationToken = default)
    {
        await GetRequiredAsync(partnerId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var (keyId, key) = ApiKeys.Generate();
        var info = new ApiKeyInfo(keyId, partnerId, now, lifetime is { } l ? now + l : null, null);
        var entity = new TableEntity(keyId, KeyRow)
        {
            ["PartnerId"] = partnerId,
            ["Hash"] = ApiKeys.Hash(key),
            ["CreatedAt"] = now,
            ["ExpiresAt"] = info.ExpiresAt,
        };
        await _keys.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        return new IssuedApiKey(info, key);
    }

    public async Task<ApiKeyInfo> RevokeKeyAsync(string partnerId, string keyId, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var found = await FindKeyAsync(keyId, cancellationToken).ConfigureAwait(false);
        if (found is null || found.Value.Info.PartnerId != partnerId)
        {
            throw new PartnerRegistryException(PartnerError.NotFound, $"Partner '{partnerId}' has no key '{keyId}'.");
        }

        if (found.Value.Info.RevokedAt is not null)
        {
            return found.Value.Info;
        }

        var revokedAt = time.GetUtcNow();
        var patch = new TableEntity(keyId, KeyRow) { ["RevokedAt"] = revokedAt };
        await _keys.UpdateEntityAsync(patch, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        return found.Value.Info with { RevokedAt = revokedAt };
    }

    public async Task<IReadOnlyList<ApiKeyInfo>> ListKeysAsync(string partnerId, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<ApiKeyInfo>();
        await foreach (var entity in _keys.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartnerId eq {partnerId}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(KeyFromEntity(entity));
        }

        return result.OrderBy(k => k.CreatedAt).ToList();
    }

    /// <summary>One point read by key id; returns the stored hash for the caller to compare in constant time.</summary>
    public async Task<(ApiKeyInfo Info, string Hash)?> FindKeyAsync(string keyId, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var response = await _keys.GetEntityIfExistsAsync<TableEntity>(keyId, KeyRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? (KeyFromEntity(response.Value!), response.Value!.GetString("Hash") ?? string.Empty) : null;
    }

    private static ApiKeyInfo KeyFromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("PartnerId") ?? string.Empty,
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("ExpiresAt"),
        e.GetDateTimeOffset("RevokedAt"));

    private static TableEntity ToEntity(Partner p) => new(p.Id, ProfileRow)
    {
        ["DisplayName"] = p.DisplayName,
        ["Kind"] = p.Kind.ToString(),
        ["TlpClearance"] = p.TlpClearance.ToLabel(),
        ["UnmarkedTlp"] = p.UnmarkedTlp?.ToLabel(),
        ["Status"] = p.Status.ToString(),
        ["LegalApprovers"] = string.Join(',', p.LegalApprovers),
        ["AlternateApprovers"] = string.Join(',', p.AlternateApprovers),
        ["Analysts"] = string.Join(',', p.Analysts),
        ["CreatedAt"] = p.CreatedAt,
    };

    private static Partner FromEntity(TableEntity e) => new()
    {
        Id = e.PartitionKey,
        DisplayName = e.GetString("DisplayName") ?? e.PartitionKey,
        Kind = Enum.TryParse<PartnerKind>(e.GetString("Kind"), out var kind) ? kind : PartnerKind.PrivateSector,
        TlpClearance = TlpLevels.TryParse(e.GetString("TlpClearance"), out var tlp) ? tlp : Tlp.Clear,
        UnmarkedTlp = TlpLevels.TryParse(e.GetString("UnmarkedTlp"), out var unmarked) ? unmarked : null,
        Status = Enum.TryParse<PartnerStatus>(e.GetString("Status"), out var status) ? status : PartnerStatus.Suspended,
        LegalApprovers = Split(e.GetString("LegalApprovers")),
        AlternateApprovers = Split(e.GetString("AlternateApprovers")),
        Analysts = Split(e.GetString("Analysts")),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
    };

    private static string[] Split(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public enum PartnerError
{
    NotFound,
    Duplicate,
    Invalid,
}

public sealed class PartnerRegistryException(PartnerError error, string message) : Exception(message)
{
    public PartnerError Error { get; } = error;
}
