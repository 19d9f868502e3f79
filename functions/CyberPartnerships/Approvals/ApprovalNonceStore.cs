using Azure;
using Azure.Data.Tables;
using CyberPartnerships.Mou;
using CyberPartnerships.Storage;

namespace CyberPartnerships.Approvals;

/// <summary>A partner's decision on a step, claimed through one approver's link (see <see cref="ApprovalNonceStore.ClaimAsync"/>).</summary>
/// <param name="IsNew">This call made the claim; otherwise it is the one an earlier request made.</param>
public sealed record DecisionClaim(string Nonce, CaseDecision Decision, ETag ETag, bool IsNew);

/// <summary>
/// The approval links' one-time state, in <c>ApprovalNonces</c>:
/// <list type="bullet">
/// <item>PartitionKey = nonce, RowKey = <c>used</c>: a link whose decision was raised to the workflow; it decides no more.</item>
/// <item>PartitionKey = <c>decision|{case}|{step}|{partner}</c>, RowKey = <c>claimed</c>: which link (nonce) and decision
/// speak for a partner on a step. A conditional insert, so when two approvers of one partner post together exactly one
/// claim wins and the other is told at once; a claim whose raise failed is released again.</item>
/// </list>
/// </summary>
public sealed class ApprovalNonceStore(TableServiceClient tables)
{
    public const string TableName = "ApprovalNonces";
    private const string UsedRow = "used";
    private const string ClaimRow = "claimed";
    private readonly TableClient _table = tables.GetTableClient(TableName);
    private readonly CreateOnce _created = CreateOnce.Tables(tables, TableName);

    /// <summary>Marks the link used (after its decision was raised); false when it already was.</summary>
    public async Task<bool> TryConsumeAsync(ApprovalToken token, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.AddEntityAsync(
                new TableEntity(token.Nonce, UsedRow) { ["CaseId"] = token.CaseId, ["StepKey"] = token.StepKey, ["UsedAt"] = now, ["ExpiresAt"] = token.ExpiresAt },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Notes that the link was refused for <paramref name="why"/>; true the first time only, so the audit keeps
    /// one row per link and reason however often it is opened (mail scanners prefetch used links).</summary>
    public async Task<bool> FirstRefusalAsync(ApprovalToken token, string why, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.AddEntityAsync(
                new TableEntity(token.Nonce, "refused-" + why) { ["CaseId"] = token.CaseId, ["StepKey"] = token.StepKey, ["At"] = now, ["ExpiresAt"] = token.ExpiresAt },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<bool> IsUsedAsync(ApprovalToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(token.Nonce, UsedRow, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue;
    }

    /// <summary>Claims <paramref name="partnerId"/>'s decision on the token's step for this link; returns the claim made, or
    /// the one already there (another approver's, or this link's from an earlier request).</summary>
    public async Task<DecisionClaim> ClaimAsync(ApprovalToken token, string partnerId, CaseDecision decision, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await EnsureAsync(cancellationToken).ConfigureAwait(false);
        var key = ClaimKey(token, partnerId);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var added = await _table.AddEntityAsync(
                    new TableEntity(key, ClaimRow)
                    {
                        ["Nonce"] = token.Nonce,
                        ["Approver"] = token.Approver,
                        ["Decision"] = decision.ToString(),
                        ["ClaimedAt"] = now,
                        ["ExpiresAt"] = token.ExpiresAt,
                    },
                    cancellationToken).ConfigureAwait(false);
                return new DecisionClaim(token.Nonce, decision, added.Headers.ETag ?? ETag.All, IsNew: true);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                var found = await _table.GetEntityIfExistsAsync<TableEntity>(key, ClaimRow, cancellationToken: cancellationToken).ConfigureAwait(false);
                if (found.HasValue && Enum.TryParse<CaseDecision>(found.Value!.GetString("Decision"), out var claimed))
                {
                    return new DecisionClaim(found.Value.GetString("Nonce") ?? string.Empty, claimed, found.Value.ETag, IsNew: false);
                }

                if (attempt >= 2)
                {
                    throw;
                }

                // Released between the insert and the read: claim again.
            }
        }
    }

    /// <summary>Gives a claim up (its decision could not be raised), unless someone else's replaced it meanwhile.</summary>
    public async Task ReleaseAsync(ApprovalToken token, string partnerId, DecisionClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(claim);
        try
        {
            await _table.DeleteEntityAsync(ClaimKey(token, partnerId), ClaimRow, claim.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Gone already, or no longer this claim.
        }
    }

    /// <summary>Case ids, step keys and partner ids hold none of the characters a PartitionKey forbids (/ \ # ?).</summary>
    private static string ClaimKey(ApprovalToken token, string partnerId) => $"decision|{token.CaseId}|{token.StepKey}|{partnerId}";

    private Task EnsureAsync(CancellationToken cancellationToken) => _created.EnsureAsync(cancellationToken);
}
