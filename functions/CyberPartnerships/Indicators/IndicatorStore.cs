using Azure.Data.Tables;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Storage;

namespace CyberPartnerships.Indicators;

/// <summary>Which partner reported an indicator: first and last seen, and in how many submissions or feed pages.</summary>
public sealed record PartnerSighting(string PartnerId, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int Count);

/// <summary>One submission or feed page an indicator appeared in. <see cref="SourceId"/> (the submission or feed page
/// id) is given for the caller's own reports only: another partner's is its internal handle, not part of what its TLP
/// shares, and would let callers link that partner's reports to each other.</summary>
public sealed record IndicatorAppearance(string? SourceId, SourceKind Kind, string PartnerId, Tlp Tlp, DateTimeOffset SeenAt, IReadOnlyList<string> StixIds);

/// <summary>A case of the MoU workflow an indicator is part of.</summary>
public sealed record IndicatorCase(string CaseId, string PartnerId, Tlp Tlp);

/// <summary>The indicator as a caller sees it: its own reports, and other partners' up to AMBER as its TLP clearance allows.</summary>
public sealed record IndicatorView(
    string Type,
    string Value,
    IReadOnlyList<PartnerSighting> Partners,
    IReadOnlyList<IndicatorAppearance> Submissions,
    IReadOnlyList<IndicatorCase> Cases);

/// <summary>
/// Reads the <c>Indicators</c> table written by <see cref="IngestWriter"/>: the indicator and all its mention rows are
/// in one partition under one row-key prefix, so an indicator is one range query.
/// </summary>
public sealed class IndicatorStore(TableServiceClient tables)
{
    private readonly TableClient _table = tables.GetTableClient(IngestWriter.IndicatorsTable);
    private readonly CreateOnce _created = CreateOnce.Tables(tables, IngestWriter.IndicatorsTable);

    /// <summary>The indicator as <paramref name="callerId"/> with <paramref name="clearance"/> may see it; null when it
    /// is unknown or nothing about it is visible to the caller (an invisible indicator is indistinguishable from none).</summary>
    public async Task<IndicatorView?> GetAsync(IndicatorKey key, string callerId, Tlp clearance, CancellationToken cancellationToken = default)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var hash = key.Hash;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {IngestWriter.IndicatorPartition(key)} and RowKey ge {hash} and RowKey lt {hash + "~"}");
        var appearances = new List<IndicatorAppearance>();
        var cases = new List<IndicatorCase>();
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var tlp = TlpLevels.TryParse(row.GetString("Tlp"), out var t) ? t : Tlp.Red;
            var partner = row.GetString("PartnerId") ?? string.Empty;
            var visible = partner == callerId || tlp.ShowsToOtherPartner(clearance);
            if (row.RowKey.StartsWith(hash + "|s|", StringComparison.Ordinal) && visible)
            {
                appearances.Add(new(
                    partner == callerId ? row.GetString("SourceId") ?? string.Empty : null,
                    Enum.TryParse<SourceKind>(row.GetString("SourceKind"), out var kind) ? kind : SourceKind.Submission,
                    partner,
                    tlp,
                    row.GetDateTimeOffset("SeenAt") ?? DateTimeOffset.MinValue,
                    (row.GetString("StixIds") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)));
            }
            else if (row.RowKey.StartsWith(hash + "|c|", StringComparison.Ordinal) && visible)
            {
                cases.Add(new(row.GetString("CaseId") ?? string.Empty, partner, tlp));
            }
        }

        if (appearances.Count == 0)
        {
            return null;
        }

        var partners = appearances
            .GroupBy(a => a.PartnerId, StringComparer.Ordinal)
            .Select(g => new PartnerSighting(g.Key, g.Min(a => a.SeenAt), g.Max(a => a.SeenAt), g.Count()))
            .OrderBy(p => p.FirstSeen)
            .ToList();
        return new IndicatorView(key.Type, key.Value, partners, appearances.OrderBy(a => a.SeenAt).ToList(), cases);
    }

    /// <summary>Records that a case of the MoU workflow was opened on a submission: every indicator it mentions
    /// shows the case (visible under the submission's TLP). Idempotent.</summary>
    public Task LinkCaseAsync(string caseId, Submissions.SubmissionRecord submission, CancellationToken cancellationToken = default) =>
        LinkCaseAsync(caseId, submission.PartnerId, submission.Tlp, submission.Indicators, cancellationToken);

    /// <summary>Records that a case of the MoU workflow concerns these indicators (idempotent).</summary>
    public async Task LinkCaseAsync(string caseId, string partnerId, Tlp tlp, IEnumerable<IndicatorKey> keys, CancellationToken cancellationToken = default)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var actions = keys.Distinct().Select(k => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(IngestWriter.IndicatorPartition(k), $"{k.Hash}|c|{caseId}")
        {
            ["CaseId"] = caseId,
            ["PartnerId"] = partnerId,
            ["Tlp"] = tlp.ToLabel(),
        }));
        await TableBatches.SubmitAsync(_table, actions, 4, cancellationToken).ConfigureAwait(false);
    }
}
