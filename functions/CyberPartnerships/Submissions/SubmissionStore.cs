using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Storage;

namespace CyberPartnerships.Submissions;

/// <summary>
/// The <c>Submissions</c> table: PartitionKey = submission id, RowKey = partner id. The row is written last, after
/// every object and indicator row of the submission: it is the commit marker, so a submission without it was never
/// answered 201, and a retry completes it. A partner reads its own submission with one point read (another
/// partner's key finds nothing); analysts read by id alone within the one partition. The full record is kept as
/// JSON (in the <c>payloads</c> container when it is too large for the entity).
/// </summary>
public sealed class SubmissionStore(TableServiceClient tables, PayloadStore payloads)
{
    public const string TableName = "Submissions";

    private readonly TableClient _table = tables.GetTableClient(TableName);
    private readonly CreateOnce _created = CreateOnce.Tables(tables, TableName);

    public Task EnsureTableAsync(CancellationToken cancellationToken = default) => _created.EnsureAsync(cancellationToken);

    public async Task CommitAsync(SubmissionRecord record, string bodyHash, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(record.Id, record.PartnerId)
        {
            ["ReceivedAt"] = record.ReceivedAt,
            ["Format"] = record.Format.ToString(),
            ["Tlp"] = record.Tlp.ToLabel(),
            ["RequestedAction"] = record.RequestedAction?.ToString(),
            ["BodyHash"] = bodyHash,
        };
        await payloads.SetPropertyAsync(entity, "Document", JsonSerializer.Serialize(record, Json.Options), $"submissions/{record.Id}.json", cancellationToken).ConfigureAwait(false);
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims <paramref name="submissionId"/> for the body <paramref name="bodyHash"/> before anything of it is stored
    /// (an insert that only the first request wins, so concurrent requests with one Idempotency-Key cannot both go
    /// on); returns the body hash that holds the claim: <paramref name="bodyHash"/> when this body has it. Claims are
    /// rows of their own partition (<c>claim-{submission id}</c>), never read as submissions.
    /// </summary>
    public async Task<string> ClaimAsync(string partnerId, string submissionId, string bodyHash, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.AddEntityAsync(new TableEntity(ClaimPartition(submissionId), partnerId) { ["BodyHash"] = bodyHash }, cancellationToken).ConfigureAwait(false);
            return bodyHash;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var held = await _table.GetEntityIfExistsAsync<TableEntity>(ClaimPartition(submissionId), partnerId, cancellationToken: cancellationToken).ConfigureAwait(false);
            return held.HasValue ? held.Value!.GetString("BodyHash") ?? string.Empty : await ClaimAsync(partnerId, submissionId, bodyHash, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gives up this body's claim (its submission was refused as invalid): the key may then carry a corrected body.</summary>
    public async Task ReleaseClaimAsync(string partnerId, string submissionId, string bodyHash, CancellationToken cancellationToken = default)
    {
        var held = await _table.GetEntityIfExistsAsync<TableEntity>(ClaimPartition(submissionId), partnerId, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (held.HasValue && held.Value!.GetString("BodyHash") == bodyHash)
        {
            try
            {
                await _table.DeleteEntityAsync(held.Value, held.Value.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Released or taken over meanwhile: nothing of ours is left to release.
            }
        }
    }

    private static string ClaimPartition(string submissionId) => "claim-" + submissionId;

    /// <summary>The submission, when <paramref name="partnerId"/> sent it; null otherwise.</summary>
    public async Task<SubmissionRecord?> GetAsync(string partnerId, string submissionId, CancellationToken cancellationToken = default) =>
        (await GetWithHashAsync(partnerId, submissionId, cancellationToken).ConfigureAwait(false))?.Record;

    /// <summary>The submission by id alone, whoever sent it (for the partnership's analysts).</summary>
    public async Task<SubmissionRecord?> GetByIdAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var entity in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {submissionId}"), maxPerPage: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return await ReadAsync(entity, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    internal async Task<(SubmissionRecord Record, string BodyHash)?> GetWithHashAsync(string partnerId, string submissionId, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(submissionId, partnerId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue
            ? (await ReadAsync(response.Value!, cancellationToken).ConfigureAwait(false), response.Value!.GetString("BodyHash") ?? string.Empty)
            : null;
    }

    private async Task<SubmissionRecord> ReadAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        var json = await payloads.ReadPropertyAsync(entity, "Document", cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"Submission {entity.PartitionKey} has no document.");
        return JsonSerializer.Deserialize<SubmissionRecord>(json, Json.Options)!;
    }
}
