using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using CyberPartnerships.Storage;

namespace CyberPartnerships.Mou;

public sealed record CaseAuditRecord(string CaseId, string RowKey, DateTimeOffset At, string StepKey, string Actor, string Action, string? Detail);

/// <summary>
/// The append-only audit of every case (<c>CaseAudit</c>: PartitionKey = case id, RowKey = UTC ticks (19 digits) + a
/// suffix, so rows sort by time and never collide). Entries are only ever inserted, never updated. The workflow's own
/// entries use their history sequence as suffix, so a retried activity inserts nothing twice; other entries (refused
/// approval links) use a random suffix.
/// </summary>
public sealed class CaseAuditLog(TableServiceClient tables)
{
    public const string TableName = "CaseAudit";
    private readonly TableClient _table = tables.GetTableClient(TableName);
    private readonly CreateOnce _created = CreateOnce.Tables(tables, TableName);

    public async Task AppendAsync(string caseId, IEnumerable<CaseHistoryEntry> entries, CancellationToken cancellationToken = default)
    {
        foreach (var entry in entries)
        {
            await InsertAsync(caseId, $"{entry.At.UtcTicks:D19}-{entry.Sequence:D6}", entry.At, entry.StepKey, entry.Actor, entry.Action, entry.Detail, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task AppendAsync(string caseId, DateTimeOffset at, string stepKey, string actor, string action, string? detail, CancellationToken cancellationToken = default) =>
        InsertAsync(caseId, $"{at.UtcTicks:D19}-x{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}", at, stepKey, actor, action, detail, cancellationToken);

    public async Task<IReadOnlyList<CaseAuditRecord>> ListAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<CaseAuditRecord>();
        await foreach (var e in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {caseId}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            result.Add(new CaseAuditRecord(caseId, e.RowKey, e.GetDateTimeOffset("At") ?? default, e.GetString("StepKey") ?? string.Empty, e.GetString("Actor") ?? string.Empty, e.GetString("Action") ?? string.Empty, e.GetString("Detail")));
        }

        return result.OrderBy(r => r.RowKey, StringComparer.Ordinal).ToList();
    }

    private async Task InsertAsync(string caseId, string rowKey, DateTimeOffset at, string stepKey, string actor, string action, string? detail, CancellationToken cancellationToken)
    {
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.AddEntityAsync(
                new TableEntity(caseId, rowKey) { ["At"] = at, ["StepKey"] = stepKey, ["Actor"] = actor, ["Action"] = action, ["Detail"] = detail },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already appended by an earlier attempt of the same activity.
        }
    }

    private Task EnsureAsync(CancellationToken cancellationToken) => _created.EnsureAsync(cancellationToken);
}
