using Azure;
using Azure.Storage.Blobs;
using CyberPartnerships.Http;
using CyberPartnerships.Partners;
using CyberPartnerships.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Mou;

/// <summary>HTTP handlers of the case workflow (partner-authenticated). The host passes the workflow's starter and
/// event sink (the shell's talk to Durable Functions).</summary>
public sealed partial class CaseEndpoints(
    PartnerAuthenticator authenticator,
    PartnerRegistry registry,
    CaseStore store,
    CaseOpener opener,
    CaseRules rules,
    ICaseSourceLookup sources,
    BlobServiceClient blobs,
    IOptions<MouOptions> options,
    TimeProvider time,
    ILogger<CaseEndpoints> logger,
    Graph.GraphWriter? graph = null)
{
    public const string ReportsContainer = CaseReports.Container;

    /// <summary><c>POST /api/cases</c> <c>{ "submissionId": …, "participants": [ … ] }</c>: a DCU analyst opens a case.</summary>
    public async Task<IResult> OpenAsync(HttpRequest request, ICaseWorkflowStarter starter, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return auth.Failure!;
        }

        if (auth.Partner!.Id != options.Value.DcuPartnerId)
        {
            return Problems.Forbidden("Only Microsoft DCU's analysts open cases by hand; cases open automatically from submissions asking for analysis or enforcement.");
        }

        var (body, error) = await CaseInput.ReadAsync<OpenCaseRequest>(request, cancellationToken).ConfigureAwait(false);
        if (error is not null || string.IsNullOrWhiteSpace(body?.SubmissionId))
        {
            return error ?? Problems.BadRequest("submissionId is required.");
        }

        CaseSource? source;
        CaseState state;
        bool created;
        try
        {
            source = await sources.FindAsync(body.SubmissionId, cancellationToken).ConfigureAwait(false);
            if (source is null)
            {
                return Problems.NotFound($"No submission '{body.SubmissionId}'.");
            }

            // A STIX bundle cannot name participants: the analyst opening its case can (added to the referral's own).
            var named = body.Participants ?? [];
            if (named.Count > ParticipantCheck.MaxParticipants || named.Any(p => !PartnerValidation.IsValidPartnerId(p)))
            {
                return Problems.BadRequest($"participants is a list of at most {ParticipantCheck.MaxParticipants} partner ids.", "invalid-case");
            }

            var (participants, refused) = await ParticipantCheck.CheckAsync(registry, source.SubmittingPartnerId, source.Tlp, named, "/participants", cancellationToken).ConfigureAwait(false);
            if (refused.Count > 0)
            {
                return Problems.BadRequest("Some participants cannot take part in this case.", "invalid-case", new Dictionary<string, object?> { ["errors"] = refused });
            }

            source = source with { Participants = [.. source.Participants.Union(participants, StringComparer.Ordinal)] };

            (state, created) = await opener.OpenAsync(source, auth.Partner.Id, starter, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RequestFailedException or CaseStartException)
        {
            // Opening is idempotent: the same request again completes a case stored half-way (index, workflow).
            LogOpenFailed(logger, ex, body.SubmissionId);
            return Problems.Unavailable("The case could not be opened right now; send the same request again.");
        }

        if (!created)
        {
            return Problems.Create(StatusCodes.Status409Conflict, "Conflict", $"Submission '{source.SubmissionId}' already has case '{state.CaseId}'.", "case-exists", new Dictionary<string, object?> { ["caseId"] = state.CaseId });
        }

        request.HttpContext.Response.Headers.Location = $"/api/cases/{state.CaseId}";
        return TypedResults.Json(CaseView.For(state, auth.Partner.Id, rules), Json.Options, statusCode: StatusCodes.Status201Created);
    }

    /// <summary><c>GET /api/cases/{id}</c>: the case, for a partner taking part in it (others: 404).</summary>
    public async Task<IResult> GetAsync(string id, HttpRequest request, CancellationToken cancellationToken = default)
    {
        var (partner, state, failure) = await FindAsync(id, request, cancellationToken).ConfigureAwait(false);
        return failure ?? TypedResults.Json(CaseView.For(state!, partner!.Id, rules), Json.Options);
    }

    /// <summary><c>GET /api/cases</c>: a page of the caller's cases (<see cref="CasePaging"/>).</summary>
    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return auth.Failure!;
        }

        var (pageSize, after, invalid) = CasePaging.Read(request);
        if (invalid is not null)
        {
            return invalid;
        }

        CasePage page;
        try
        {
            page = await store.ListForPartnerAsync(auth.Partner!.Id, pageSize, after, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            LogStoreUnavailable(logger, ex, auth.Partner!.Id);
            return Unavailable;
        }

        return TypedResults.Json(new CaseList([.. page.Cases.Select(c => CaseView.For(c, auth.Partner.Id, rules))], CasePaging.Token(page.LastCaseId)), Json.Options);
    }

    /// <summary><c>POST /api/cases/{id}/analysis</c>: attach the analysis report and findings, or (DCU) mark it not needed.</summary>
    public async Task<IResult> AttachAnalysisAsync(string id, HttpRequest request, ICaseEventSink events, CancellationToken cancellationToken = default)
    {
        var (partner, state, failure) = await FindAsync(id, request, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var (body, error) = await CaseInput.ReadAsync<AnalysisRequest>(request, cancellationToken).ConfigureAwait(false);
        if (error is not null || body is null)
        {
            return error ?? Problems.BadRequest("A JSON body is required.");
        }

        if (CaseInput.Check(body) is { Count: > 0 } invalid)
        {
            return CaseInput.Invalid(invalid);
        }

        var e = new CaseEvent
        {
            Kind = body.NotNeeded ? CaseEventKind.AnalysisNotNeeded : CaseEventKind.AnalysisAttached,
            At = time.GetUtcNow(),
            Actor = partner!.Id,
            PartnerId = partner.Id,
            Findings = body.Findings?.Where(f => !string.IsNullOrWhiteSpace(f)).ToList() ?? [],
            Comment = body.Comment,
        };
        if (Refusal(state!, e, CaseStep.Analysis) is { } refused)
        {
            return refused;
        }

        if (!body.NotNeeded)
        {
            try
            {
                e = e with { ReportBlob = await CaseReports.StoreAsync(blobs, state!, partner.Id, body.Report!, cancellationToken).ConfigureAwait(false) };
            }
            catch (RequestFailedException ex)
            {
                LogStoreUnavailable(logger, ex, partner.Id);
                return Problems.Unavailable("The report could not be stored right now; nothing was recorded. Send the same request again.");
            }
        }

        return await RaiseAsync(events, state!, e, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST /api/cases/{id}/enforcement</c>: record the approved action (action taken, date, outcome).</summary>
    public async Task<IResult> RecordEnforcementAsync(string id, HttpRequest request, ICaseEventSink events, CancellationToken cancellationToken = default)
    {
        var (partner, state, failure) = await FindAsync(id, request, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var (body, error) = await CaseInput.ReadAsync<EnforcementRequest>(request, cancellationToken).ConfigureAwait(false);
        if (error is not null || body is null || string.IsNullOrWhiteSpace(body.ActionTaken) || body.Date is null || string.IsNullOrWhiteSpace(body.Outcome))
        {
            return error ?? Problems.BadRequest("actionTaken, date (yyyy-MM-dd) and outcome are required.");
        }

        if (CaseInput.Check(body) is { Count: > 0 } invalid)
        {
            return CaseInput.Invalid(invalid);
        }

        var e = new CaseEvent
        {
            Kind = CaseEventKind.EnforcementRecorded,
            At = time.GetUtcNow(),
            Actor = partner!.Id,
            PartnerId = partner.Id,
            ActionTaken = body.ActionTaken.Trim(),
            ActionDate = body.Date,
            ActionOutcome = body.Outcome.Trim(),
        };
        if (Refusal(state!, e, CaseStep.Enforcement) is { } refused)
        {
            return refused;
        }

        return await RaiseAsync(events, state!, e, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Raises the event: <c>202</c>, or <c>503</c> when the workflow could not be reached (nothing recorded; the
    /// same request again raises it).</summary>
    private async Task<IResult> RaiseAsync(ICaseEventSink events, CaseState state, CaseEvent e, CancellationToken cancellationToken)
    {
        var caseId = state.CaseId;
        try
        {
            await events.RaiseAsync(caseId, e, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRaiseFailed(logger, ex, e.Kind, caseId);
            return Problems.Unavailable("The case's workflow could not take this right now; nothing was recorded. Send the same request again.");
        }

        // The record's indicators join the case in the graph (its parties alone see them). The record itself is kept
        // by now: a graph fault is logged, and the same request again writes the same rows.
        if (graph is not null && Graph.GraphCaseRecords.Of(e) is { Nodes.Count: > 0 } record)
        {
            try
            {
                await graph.LinkCaseRecordAsync(caseId, record.Record, record.Relation, e.PartnerId ?? e.Actor, state.Source.Tlp, state.PartnerIds, record.Nodes, e.At, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex)
            {
                LogStoreUnavailable(logger, ex, e.Actor);
            }
        }

        return TypedResults.Accepted($"/api/cases/{caseId}");
    }

    private IResult? Refusal(CaseState state, CaseEvent e, CaseStep step)
    {
        if (state.Step != step)
        {
            return Problems.Create(StatusCodes.Status409Conflict, "Conflict", $"The case is at step '{CaseSteps.Slug(state.Step)}', not '{CaseSteps.Slug(step)}'.", "wrong-step");
        }

        return rules.Apply(state, e).Refusal is { } reason ? Problems.Forbidden(reason) : null;
    }

    private async Task<(Partner? Partner, CaseState? State, IResult? Failure)> FindAsync(string id, HttpRequest request, CancellationToken cancellationToken)
    {
        // A GET of a case also takes the map page's Basic credentials (the page links to the case); writes never do.
        var auth = await authenticator.AuthenticateBrowserReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return (null, null, auth.Failure);
        }

        (CaseState State, Azure.ETag ETag)? found;
        try
        {
            found = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            LogStoreUnavailable(logger, ex, auth.Partner!.Id);
            return (auth.Partner, null, Unavailable);
        }

        if (found is null || !found.Value.State.PartnerIds.Contains(auth.Partner!.Id))
        {
            return (auth.Partner, null, Problems.NotFound($"No case '{id}'."));
        }

        return (auth.Partner, found.Value.State, null);
    }

    private static IResult Unavailable => Problems.Unavailable("Cases cannot be read right now; retry later.");

    [LoggerMessage(Level = LogLevel.Error, Message = "Case storage unavailable for a request of partner {PartnerId}")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception, string partnerId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {Kind} could not be raised to case {CaseId}; the same request again raises it")]
    private static partial void LogRaiseFailed(ILogger logger, Exception exception, CaseEventKind kind, string caseId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The case of submission {SubmissionId} could not be opened; the same request again completes it")]
    private static partial void LogOpenFailed(ILogger logger, Exception exception, string submissionId);
}
