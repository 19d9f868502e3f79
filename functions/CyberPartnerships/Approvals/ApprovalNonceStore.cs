using Azure;
using Azure.Data.Tables;
using CyberPartnerships.Storage;

namespace CyberPartnerships.Approvals;

/// <summary>Used approval tokens (<c>ApprovalNonces</c>: PartitionKey = nonce, RowKey = <c>used</c>): a token is
/// consumed by a conditional insert, so it decides exactly once even when two requests race.</summary>
public sealed class ApprovalNonceStore(TableServiceClient tables)
{
    public const string TableName = "ApprovalNonces";
    private readonly TableClient _table = tables.GetTableClient(TableName);
    private readonly CreateOnce _created = CreateOnce.Tables(tables, TableName);

    public async Task<bool> TryConsumeAsync(ApprovalToken token, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.AddEntityAsync(
                new TableEntity(token.Nonce, "used") { ["CaseId"] = token.CaseId, ["StepKey"] = token.StepKey, ["UsedAt"] = now, ["ExpiresAt"] = token.ExpiresAt },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<bool> IsUsedAsync(ApprovalToken token, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(token.Nonce, "used", select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue;
    }

    private Task EnsureAsync(CancellationToken cancellationToken) => _created.EnsureAsync(cancellationToken);
}
