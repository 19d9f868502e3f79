using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using CyberPartnerships.Storage;

namespace CyberPartnerships.Mou;

/// <summary>
/// The case projection in Table Storage (what <c>GET /api/cases</c> reads; the workflow writes it).
/// <list type="bullet">
/// <item><c>Cases</c>: PartitionKey = case id, RowKey = <c>case</c>: the state as JSON plus a few columns. The case id is
/// derived from the submission id, so the conditional insert refuses a second case for one submission.</item>
/// <item><c>CasePartners</c>: PartitionKey = partner id, RowKey = case id: which cases a partner takes part in.</item>
/// </list>
/// </summary>
public sealed class CaseStore(TableServiceClient tables)
{
    public const string CasesTable = "Cases";
    public const string CasePartnersTable = "CasePartners";
    private const string CaseRow = "case";

    private readonly TableClient _cases = tables.GetTableClient(CasesTable);
    private readonly TableClient _byPartner = tables.GetTableClient(CasePartnersTable);
    private readonly CreateOnce _created = CreateOnce.Tables(tables, CasesTable, CasePartnersTable);

    private Task EnsureTablesAsync(CancellationToken cancellationToken) => _created.EnsureAsync(cancellationToken);

    /// <summary>
    /// Stores a new case and indexes it under each of its partners; false when the submission already has one. Either
    /// way the stored case's <c>CasePartners</c> rows are written (idempotent upserts), so a retry repairs an earlier
    /// attempt that stored the case row but failed before its index rows (the case would never be listed).
    /// </summary>
    public async Task<bool> TryCreateAsync(CaseState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _cases.AddEntityAsync(ToEntity(state), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Indexed from the stored case: its partners, not this attempt's.
            if (await GetAsync(state.CaseId, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                await IndexAsync(stored.State, cancellationToken).ConfigureAwait(false);
            }

            return false;
        }

        await IndexAsync(state, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task IndexAsync(CaseState state, CancellationToken cancellationToken)
    {
        foreach (var partner in state.PartnerIds.Distinct())
        {
            await _byPartner.UpsertEntityAsync(new TableEntity(partner, state.CaseId) { ["OpenedAt"] = state.OpenedAt }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<(CaseState State, ETag ETag)?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        if (!IsValidKey(caseId))
        {
            return null;
        }

        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var response = await _cases.GetEntityIfExistsAsync<TableEntity>(caseId, CaseRow, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            return null;
        }

        var state = JsonSerializer.Deserialize<CaseState>(ReadChunks(response.Value!), Json.Options)
            ?? throw new InvalidOperationException($"Case {caseId} has no state.");
        return (state, response.Value!.ETag);
    }

    /// <summary>
    /// Writes the state. With <paramref name="ifMatch"/> it is an optimistic write (412 → <see cref="RequestFailedException"/>);
    /// without, a state older than the stored one (a retried activity) is ignored, so a retry never goes back in time.
    /// </summary>
    public async Task SaveAsync(CaseState state, ETag? ifMatch = null, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        if (ifMatch is { } etag)
        {
            await _cases.UpdateEntityAsync(ToEntity(state), etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return;
        }

        for (var attempt = 0; ; attempt++)
        {
            var current = await GetAsync(state.CaseId, cancellationToken).ConfigureAwait(false);
            try
            {
                if (current is null)
                {
                    await _cases.AddEntityAsync(ToEntity(state), cancellationToken).ConfigureAwait(false);
                }
                else if (current.Value.State.History.Count <= state.History.Count)
                {
                    await _cases.UpdateEntityAsync(ToEntity(state), current.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < 3)
            {
                // Written meanwhile: read again.
            }
        }
    }

    /// <summary>
    /// One page of the cases <paramref name="partnerId"/> takes part in, after <paramref name="afterCaseId"/>, in case id
    /// order (the <c>CasePartners</c> row key: stable across pages, not by date). The page reads at most
    /// <paramref name="pageSize"/> index rows; it may hold fewer cases (a stray index row is skipped).
    /// </summary>
    public async Task<CasePage> ListForPartnerAsync(string partnerId, int pageSize, string? afterCaseId = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var filter = afterCaseId is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partnerId}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partnerId} and RowKey gt {afterCaseId}");
        var ids = new List<string>(pageSize + 1);
        await foreach (var row in _byPartner.QueryAsync<TableEntity>(filter, maxPerPage: pageSize + 1, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            ids.Add(row.RowKey);
            if (ids.Count > pageSize)
            {
                break;
            }
        }

        var more = ids.Count > pageSize;
        if (more)
        {
            ids.RemoveAt(pageSize);
        }

        // A few reads at a time; the index only points: the case itself says who takes part (as GET /api/cases/{id} checks).
        var states = new CaseState?[ids.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ids.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, ct) => states[i] = await GetAsync(ids[i], ct).ConfigureAwait(false) is { } found && found.State.PartnerIds.Contains(partnerId) ? found.State : null).ConfigureAwait(false);
        return new CasePage(states.OfType<CaseState>().ToList(), more ? ids[^1] : null);
    }

    internal static bool IsValidKey(string? key) =>
        !string.IsNullOrEmpty(key) && key.Length <= 200 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>A string property holds at most 32K characters: the state's JSON is split over <c>State</c>,
    /// <c>State1</c>, ... (an entity holds up to 1 MB).</summary>
    private const int ChunkChars = 30_000;

    private static string ReadChunks(TableEntity entity)
    {
        var json = new System.Text.StringBuilder(entity.GetString("State") ?? "null");
        for (var i = 1; entity.GetString($"State{i}") is { } more; i++)
        {
            json.Append(more);
        }

        return json.ToString();
    }

    private static TableEntity ToEntity(CaseState state)
    {
        var json = JsonSerializer.Serialize(state, Json.Options);
        var entity = Columns(state);
        for (var i = 0; i * ChunkChars < json.Length || i == 0; i++)
        {
            entity[i == 0 ? "State" : $"State{i}"] = json.Substring(i * ChunkChars, Math.Min(ChunkChars, json.Length - (i * ChunkChars)));
        }

        return entity;
    }

    private static TableEntity Columns(CaseState state) => new(state.CaseId, CaseRow)
    {
        ["Step"] = CaseSteps.Slug(state.Step),
        ["StepKey"] = state.StepKey,
        ["Outcome"] = state.Outcome.ToString(),
        ["SubmissionId"] = state.Source.SubmissionId,
        ["SubmittingPartnerId"] = state.Source.SubmittingPartnerId,
        ["OpenedAt"] = state.OpenedAt,
    };
}
