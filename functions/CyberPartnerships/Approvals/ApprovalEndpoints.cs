using Azure;
using CyberPartnerships.Http;
using CyberPartnerships.Mou;
using CyberPartnerships.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Approvals;

/// <summary>
/// <c>GET /api/approvals/{token}</c> renders the confirmation page and decides nothing (mail scanners follow links);
/// <c>POST /api/approvals/{token}</c> decides. Authorised by the token only: signature (constant time), expiry, link not
/// used, step still open, approver still listed, the approver's partner not suspended. Then the approver's partner's decision on the step is claimed for this
/// link (one conditional insert: of two approvers of one partner posting together, one is told at once that their
/// organisation has decided), the decision is raised to the case through the <see cref="ICaseEventSink"/> the host passes
/// (the shell's raises it to the orchestration), and only then is the link marked used. A raise that fails releases
/// the claim and says the decision was not recorded: the same link works again.
/// </summary>
public sealed partial class ApprovalEndpoints(
    ApprovalTokens tokens,
    ApprovalNonceStore nonces,
    CaseStore cases,
    CaseAuditLog audit,
    CaseRules rules,
    PartnerRegistry partners,
    TimeProvider time,
    ILogger<ApprovalEndpoints> logger)
{
    private static readonly Refusal NotRecorded = new(
        StatusCodes.Status503ServiceUnavailable,
        "unavailable",
        "Your decision was not recorded",
        "The case could not take your decision just now. Try again in a few minutes with the same link.");

    private const int MaxFormBytes = 64 * 1024;

    private static readonly Refusal FormTooLarge = new(
        StatusCodes.Status413PayloadTooLarge,
        "form-too-large",
        "Your decision was not recorded",
        "The form sent was larger than the approval page's form can be. Open the link again and use the page's buttons.");

    public async Task<IResult> GetAsync(string token, HttpRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ShowAsync(token, request, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            LogStoreUnavailable(logger, ex);
            return Respond(request, NotRecorded with { Heading = "This page is not available", Message = "The case could not be read just now. Try again in a few minutes with the same link." });
        }
    }

    private async Task<IResult> ShowAsync(string token, HttpRequest request, CancellationToken cancellationToken)
    {
        var (checkedToken, state, refusal) = await CheckAsync(token, null, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return Respond(request, refusal);
        }

        var preselected = request.Query["decision"].ToString();
        return Page(request, StatusCodes.Status200OK, ApprovalPages.Confirmation(state!, checkedToken!, rules.DecideBy(state!), preselected));
    }

    public async Task<IResult> PostAsync(string token, HttpRequest request, ICaseEventSink events, CancellationToken cancellationToken = default)
    {
        CaseDecision? decision = null;
        string? comment = null;
        if (request.HasFormContentType)
        {
            // The page's form is a decision and a comment of at most 2,000 characters: anything far larger is not it.
            if (request.ContentLength > MaxFormBytes)
            {
                return Respond(request, FormTooLarge);
            }

            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { BufferBodyLengthLimit = MaxFormBytes, ValueLengthLimit = MaxFormBytes, MultipartBodyLengthLimit = MaxFormBytes }, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException)
            {
                return Respond(request, FormTooLarge);
            }

            decision = ParseDecision(form["decision"].ToString());
            comment = form["comment"].ToString() is { Length: > 0 } c ? c[..Math.Min(c.Length, 2000)] : null;
        }

        try
        {
            return await DecideAsync(token, request, decision, comment, events, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            LogStoreUnavailable(logger, ex);
            return Respond(request, NotRecorded);
        }
    }

    private async Task<IResult> DecideAsync(string token, HttpRequest request, CaseDecision? decision, string? comment, ICaseEventSink events, CancellationToken cancellationToken)
    {
        var (checkedToken, state, refusal) = await CheckAsync(token, decision, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return Respond(request, refusal);
        }

        if (decision is null)
        {
            return Page(request, StatusCodes.Status400BadRequest, ApprovalPages.Confirmation(state!, checkedToken!, rules.DecideBy(state!), null, "Choose Approve, Reject or Request changes."));
        }

        var approver = checkedToken!;
        var partnerId = state!.AwaitedPartners.First(p => state.ApproversOf(p).Contains(approver.Approver, StringComparer.OrdinalIgnoreCase));
        var now = time.GetUtcNow();
        var claim = await nonces.ClaimAsync(approver, partnerId, decision.Value, now, cancellationToken).ConfigureAwait(false);
        if (!claim.IsNew && claim.Nonce != approver.Nonce)
        {
            return Respond(request, await RefuseAsync(approver, state, StatusCodes.Status409Conflict, "out-of-step", "This decision is not open", "Your organisation has already decided this step.", cancellationToken).ConfigureAwait(false));
        }

        if (!claim.IsNew && claim.Decision != decision)
        {
            return Respond(request, await RefuseAsync(approver, state, StatusCodes.Status409Conflict, "replayed", "This link has already been used", "A decision was already made with this link.", cancellationToken).ConfigureAwait(false));
        }

        // A claim this link already held for this decision is an earlier request whose raise may or may not have gone
        // through (it failed and could not be released, or the host stopped): raising again is safe, the rules refuse a
        // second decision by the same approver.
        try
        {
            await events.RaiseAsync(
                approver.CaseId,
                new CaseEvent { Kind = CaseEventKind.Decision, At = now, Actor = approver.Approver, StepKey = approver.StepKey, Decision = decision, Comment = comment },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRaiseFailed(logger, ex, approver.CaseId, approver.StepKey);
            await nonces.ReleaseAsync(approver, partnerId, claim, cancellationToken).ConfigureAwait(false);
            return Respond(request, NotRecorded);
        }

        try
        {
            await nonces.TryConsumeAsync(approver, now, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            // The decision was raised: it is recorded. The claim still stands for the partner; the link alone stays open
            // and a second post of it raises a decision the rules refuse.
            LogNotMarkedUsed(logger, ex, approver.CaseId, approver.StepKey);
        }

        LogDecided(logger, approver.CaseId, approver.StepKey, CaseRules.DecisionLabel(decision.Value));
        return Page(request, StatusCodes.Status200OK, ApprovalPages.Recorded(state, decision.Value));
    }

    private async Task<(ApprovalToken? Token, CaseState? State, Refusal? Refusal)> CheckAsync(string raw, CaseDecision? decision, CancellationToken cancellationToken)
    {
        var token = tokens.Read(raw);
        var found = token is null ? null : await cases.GetAsync(token.CaseId, cancellationToken).ConfigureAwait(false);
        if (token is null || found is null)
        {
            LogForged(logger);
            return (null, null, new Refusal(StatusCodes.Status404NotFound, "forged", "This link is not valid", "The approval link is not valid. Use the link from the most recent e-mail, unchanged."));
        }

        var state = found.Value.State;
        if (token.ExpiresAt <= time.GetUtcNow())
        {
            return (token, state, await RefuseAsync(token, state, StatusCodes.Status410Gone, "expired", "This link has expired", "The approval link has expired.", cancellationToken).ConfigureAwait(false));
        }

        if (await nonces.IsUsedAsync(token, cancellationToken).ConfigureAwait(false))
        {
            return (token, state, await RefuseAsync(token, state, StatusCodes.Status409Conflict, "replayed", "This link has already been used", "A decision was already made with this link.", cancellationToken).ConfigureAwait(false));
        }

        if (CaseRules.CheckDecision(state, token.StepKey, token.Approver, decision) is { } reason)
        {
            return (token, state, await RefuseAsync(token, state, StatusCodes.Status409Conflict, "out-of-step", "This decision is not open", reason, cancellationToken).ConfigureAwait(false));
        }

        // The case lists the approver's partner as it was when the case opened; whether it may still decide is now.
        var partnerId = state.AwaitedPartners.First(p => state.ApproversOf(p).Contains(token.Approver, StringComparer.OrdinalIgnoreCase));
        if (await partners.GetAsync(partnerId, cancellationToken).ConfigureAwait(false) is { Status: PartnerStatus.Suspended })
        {
            return (token, state, await RefuseAsync(token, state, StatusCodes.Status403Forbidden, "suspended", "Your organisation is suspended",
                "Your organisation is suspended in the partnership, so it cannot decide case steps. Your link works again once the partnership resumes it.", cancellationToken).ConfigureAwait(false));
        }

        return (token, state, null);
    }

    private async Task<Refusal> RefuseAsync(ApprovalToken token, CaseState state, int status, string why, string heading, string message, CancellationToken cancellationToken)
    {
        LogRefused(logger, why, token.CaseId, token.StepKey);
        var now = time.GetUtcNow();
        if (await nonces.FirstRefusalAsync(token, why, now, cancellationToken).ConfigureAwait(false))
        {
            await audit.AppendAsync(token.CaseId, now, state.StepKey, token.Approver, "approval-link-refused", $"{why} (link for {token.StepKey})", cancellationToken).ConfigureAwait(false);
        }

        return new Refusal(status, why, heading, message);
    }

    private static CaseDecision? ParseDecision(string value) => value.Trim().ToLowerInvariant() switch
    {
        "approve" => CaseDecision.Approve,
        "reject" => CaseDecision.Reject,
        "request-changes" => CaseDecision.RequestChanges,
        _ => null,
    };

    /// <summary>A refusal as a page, or as RFC 9457 problem details for a client that asks for JSON rather than HTML.</summary>
    private static IResult Respond(HttpRequest request, Refusal refusal)
    {
        var accept = request.Headers.Accept.ToString();
        if (accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            request.HttpContext.Response.Headers.CacheControl = "no-store";
            return Problems.Create(refusal.Status, refusal.Heading, refusal.Message, "approval-link-" + refusal.Why);
        }

        return Page(request, refusal.Status, ApprovalPages.Refused(refusal.Heading, refusal.Message));
    }

    private static IResult Page(HttpRequest request, int status, string html)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers["X-Content-Type-Options"] = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
        return TypedResults.Content(html, "text/html; charset=utf-8", null, status);
    }

    private sealed record Refusal(int Status, string Why, string Heading, string Message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Approval link refused: not valid (forged, malformed or unknown key)")]
    private static partial void LogForged(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Approval link refused: {Reason} for case {CaseId} step {StepKey}")]
    private static partial void LogRefused(ILogger logger, string reason, string caseId, string stepKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "The decision for case {CaseId} step {StepKey} could not be raised; its link was left unused")]
    private static partial void LogRaiseFailed(ILogger logger, Exception exception, string caseId, string stepKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The decision for case {CaseId} step {StepKey} was raised but its link could not be marked used")]
    private static partial void LogNotMarkedUsed(ILogger logger, Exception exception, string caseId, string stepKey);

    [LoggerMessage(Level = LogLevel.Error, Message = "Approval link not served: storage unavailable")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision {Decision} raised for case {CaseId} step {StepKey}")]
    private static partial void LogDecided(ILogger logger, string caseId, string stepKey, string decision);
}
