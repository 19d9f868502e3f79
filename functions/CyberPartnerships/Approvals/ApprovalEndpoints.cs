using CyberPartnerships.Http;
using CyberPartnerships.Mou;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Approvals;

/// <summary>
/// <c>GET /api/approvals/{token}</c> renders the confirmation page and decides nothing (mail scanners follow links);
/// <c>POST /api/approvals/{token}</c> decides. Authorised by the token only: signature (constant time), expiry, step
/// still open, approver still listed, then the token's nonce is consumed once and the decision raised to the case
/// through the <see cref="ICaseEventSink"/> the host passes (the shell's raises it to the orchestration).
/// </summary>
public sealed partial class ApprovalEndpoints(
    ApprovalTokens tokens,
    ApprovalNonceStore nonces,
    CaseStore cases,
    CaseAuditLog audit,
    CaseRules rules,
    TimeProvider time,
    ILogger<ApprovalEndpoints> logger)
{
    public async Task<IResult> GetAsync(string token, HttpRequest request, CancellationToken cancellationToken = default)
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
            var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            decision = ParseDecision(form["decision"].ToString());
            comment = form["comment"].ToString() is { Length: > 0 } c ? c[..Math.Min(c.Length, 2000)] : null;
        }

        var (checkedToken, state, refusal) = await CheckAsync(token, decision, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return Respond(request, refusal);
        }

        if (decision is null)
        {
            return Page(request, StatusCodes.Status400BadRequest, ApprovalPages.Confirmation(state!, checkedToken!, rules.DecideBy(state!), null, "Choose Approve, Reject or Request changes."));
        }

        var now = time.GetUtcNow();
        if (!await nonces.TryConsumeAsync(checkedToken!, now, cancellationToken).ConfigureAwait(false))
        {
            return Respond(request, await RefuseAsync(checkedToken!, state!, StatusCodes.Status409Conflict, "replayed", "This link has already been used", "A decision was already made with this link.", cancellationToken).ConfigureAwait(false));
        }

        await events.RaiseAsync(
            checkedToken!.CaseId,
            new CaseEvent { Kind = CaseEventKind.Decision, At = now, Actor = checkedToken.Approver, StepKey = checkedToken.StepKey, Decision = decision, Comment = comment },
            cancellationToken).ConfigureAwait(false);
        LogDecided(logger, checkedToken.CaseId, checkedToken.StepKey, CaseRules.DecisionLabel(decision.Value));
        return Page(request, StatusCodes.Status200OK, ApprovalPages.Recorded(state!, decision.Value));
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

        return (token, state, null);
    }

    private async Task<Refusal> RefuseAsync(ApprovalToken token, CaseState state, int status, string why, string heading, string message, CancellationToken cancellationToken)
    {
        LogRefused(logger, why, token.CaseId, token.StepKey);
        await audit.AppendAsync(token.CaseId, time.GetUtcNow(), state.StepKey, token.Approver, "approval-link-refused", $"{why} (link for {token.StepKey})", cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision {Decision} raised for case {CaseId} step {StepKey}")]
    private static partial void LogDecided(ILogger logger, string caseId, string stepKey, string decision);
}
