using CyberPartnerships.Indicators;
using CyberPartnerships.Partners;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Mou;

/// <summary>Opens a case from a submission: automatically (ingestion calls it when the requested action is analysis or
/// enforcement) or through <c>POST /api/cases</c>. One submission opens at most one case (conditional insert on the
/// case id derived from the submission id).</summary>
/// <remarks>When the indicator store is registered, the case is linked to every indicator of its submission, so that
/// <c>GET /api/indicators/{type}/{value}</c> shows it; when the graph is, the case becomes a node linked to them, seen by its parties.</remarks>
public sealed class CaseOpener(PartnerRegistry registry, CaseStore store, CaseRules rules, IOptions<MouOptions> options, TimeProvider time, IndicatorStore? indicators = null, Graph.GraphWriter? graph = null)
{
    /// <returns>The case, and whether this call created it (false: the submission already had one).</returns>
    public async Task<(CaseState State, bool Created)> OpenAsync(CaseSource source, string openedBy, ICaseWorkflowStarter starter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(starter);
        var dcu = options.Value.DcuPartnerId;
        var parties = new List<CaseParty>();
        foreach (var id in new[] { source.SubmittingPartnerId, dcu }.Concat(source.Participants).Distinct(StringComparer.Ordinal))
        {
            if (await registry.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } p)
            {
                parties.Add(new CaseParty(p.Id, p.DisplayName, p.LegalApprovers, p.AlternateApprovers, p.Analysts));
            }
        }

        var state = rules.Open(source, parties, dcu, openedBy, time.GetUtcNow());
        if (await store.TryCreateAsync(state, cancellationToken).ConfigureAwait(false))
        {
            await LinkIndicatorsAsync(state, source, cancellationToken).ConfigureAwait(false);
            await StartAsync(starter, state, cancellationToken).ConfigureAwait(false);
            return (state, true);
        }

        var existing = (await store.GetAsync(state.CaseId, cancellationToken).ConfigureAwait(false))!.Value.State;
        if (existing.History.Count == 0)
        {
            // Stored but its workflow never started (the start failed): link and start it now. The indicators come from
            // the source given, never from the stored case, which does not keep them.
            await LinkIndicatorsAsync(existing, source, cancellationToken).ConfigureAwait(false);
            await StartAsync(starter, existing, cancellationToken).ConfigureAwait(false);
        }

        return (existing, false);
    }

    /// <exception cref="CaseStartException">The workflow could not be started (the Durable client fails with its own
    /// exceptions, not storage's); the case is stored, and opening it again starts it.</exception>
    private static async Task StartAsync(ICaseWorkflowStarter starter, CaseState state, CancellationToken cancellationToken)
    {
        try
        {
            await starter.StartAsync(state, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not Azure.RequestFailedException)
        {
            throw new CaseStartException($"The workflow of case {state.CaseId} could not be started; the case is stored.", ex);
        }
    }

    private async Task LinkIndicatorsAsync(CaseState state, CaseSource source, CancellationToken cancellationToken)
    {
        if (source.Indicators.Count == 0)
        {
            return;
        }

        if (indicators is not null)
        {
            await indicators.LinkCaseAsync(state.CaseId, source.SubmittingPartnerId, source.Tlp, source.Indicators, cancellationToken).ConfigureAwait(false);
        }

        if (graph is not null)
        {
            await graph.LinkCaseAsync(state.CaseId, source.SubmittingPartnerId, source.Tlp, state.PartnerIds, source.Indicators, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>A stored case whose workflow could not be started: opening the case again (the same submission or the same
/// <c>POST /api/cases</c>) starts it.</summary>
public sealed class CaseStartException : Exception
{
    public CaseStartException()
    {
    }

    public CaseStartException(string message)
        : base(message)
    {
    }

    public CaseStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
