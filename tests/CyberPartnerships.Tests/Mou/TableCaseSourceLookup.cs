using System.Text.Json;
using Azure.Data.Tables;
using CyberPartnerships.Mou;

namespace CyberPartnerships.Tests.Mou;

/// <summary>A small real <see cref="ICaseSourceLookup"/> over an Azurite table, standing in for the submission store
/// (built on another branch) in these tests.</summary>
public sealed class TableCaseSourceLookup(TableServiceClient tables) : ICaseSourceLookup
{
    private readonly TableClient _table = tables.GetTableClient("TestCaseSources");

    public async Task AddAsync(CaseSource source)
    {
        await _table.CreateIfNotExistsAsync();
        await _table.AddEntityAsync(new TableEntity(source.SubmissionId, "source") { ["Json"] = JsonSerializer.Serialize(source, Json.Options) });
    }

    public async Task<CaseSource?> FindAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        await _table.CreateIfNotExistsAsync(cancellationToken);
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(submissionId, "source", cancellationToken: cancellationToken);
        return found.HasValue ? JsonSerializer.Deserialize<CaseSource>(found.Value!.GetString("Json"), Json.Options) : null;
    }
}
