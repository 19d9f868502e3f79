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
            return Page(request, refusal.Value.Status, refusal.Value.Html);
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
            return Page(request, refusal.Value.Status, refusal.Value.Html);
        }

        if (decision is null)
        {
            return Page(request, StatusCodes.Status400BadRequest, ApprovalPages.Confirmation(state!, checkedToken!, rules.DecideBy(state!), null, "Choose Approve, Reject or Request changes."));
        }

        var now = time.GetUtcNow();
        if (!await nonces.TryConsumeAsync(checkedToken!, now, cancellationToken).ConfigureAwait(false))
        {
            return Page(request, StatusCodes.Status409Conflict, await RefuseAsync(checkedToken!, state!, "replayed", "This link has already been used", "A decision was already made with this link.", cancellationToken).ConfigureAwait(false));
        }

        await events.RaiseAsync(
            checkedToken!.CaseId,
            new CaseEvent { Kind = CaseEventKind.Decision, At = now, Actor = checkedToken.Approver, StepKey = checkedToken.StepKey, Decision = decision, Comment = comment },
            cancellationToken).ConfigureAwait(false);
        LogDecided(logger, checkedToken.CaseId, checkedToken.StepKey, CaseRules.DecisionLabel(decision.Value));
        return Page(request, StatusCodes.Status200OK, ApprovalPages.Recorded(state!, decision.Value));
    }

    private async Task<(ApprovalToken? Token, CaseState? State, (int Status, string Html)? Refusal)> CheckAsync(string raw, CaseDecision? decision, CancellationToken cancellationToken)
    {
        var token = tokens.Read(raw);
        var found = token is null ? null : await cases.GetAsync(token.CaseId, cancellationToken).ConfigureAwait(false);
        if (token is null || found is null)
        {
            LogForged(logger);
            return (null, null, (StatusCodes.Status404NotFound, ApprovalPages.Refused("This link is not valid", "The approval link is not valid. Use the link from the most recent e-mail, unchanged.")));
        }

        var state = found.Value.State;
        if (token.ExpiresAt <= time.GetUtcNow())
        {
            return (token, state, (StatusCodes.Status410Gone, await RefuseAsync(token, state, "expired", "This link has expired", "The approval link has expired.", cancellationToken).ConfigureAwait(false)));
        }

        if (await nonces.IsUsedAsync(token, cancellationToken).ConfigureAwait(false))
        {
            return (token, state, (StatusCodes.Status409Conflict, await RefuseAsync(token, state, "replayed", "This link has already been used", "A decision was already made with this link.", cancellationToken).ConfigureAwait(false)));
        }

        if (CaseRules.CheckDecision(state, token.StepKey, token.Approver, decision) is { } reason)
        {
            return (token, state, (StatusCodes.Status409Conflict, await RefuseAsync(token, state, "out-of-step", "This decision is not open", reason, cancellationToken).ConfigureAwait(false)));
        }

        return (token, state, null);
    }

    private async Task<string> RefuseAsync(ApprovalToken token, CaseState state, string why, string heading, string message, CancellationToken cancellationToken)
    {
        LogRefused(logger, why, token.CaseId, token.StepKey);
        await audit.AppendAsync(token.CaseId, time.GetUtcNow(), state.StepKey, token.Approver, "approval-link-refused", $"{why} (link for {token.StepKey})", cancellationToken).ConfigureAwait(false);
        return ApprovalPages.Refused(heading, message);
    }

    private static CaseDecision? ParseDecision(string value) => value.Trim().ToLowerInvariant() switch
    {
        "approve" => CaseDecision.Approve,
        "reject" => CaseDecision.Reject,
        "request-changes" => CaseDecision.RequestChanges,
        _ => null,
    };

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Approval link refused: not valid (forged, malformed or unknown key)")]
    private static partial void LogForged(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Approval link refused: {Reason} for case {CaseId} step {StepKey}")]
    private static partial void LogRefused(ILogger logger, string reason, string caseId, string stepKey);

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision {Decision} raised for case {CaseId} step {StepKey}")]
    private static partial void LogDecided(ILogger logger, string caseId, string stepKey, string decision);
}
