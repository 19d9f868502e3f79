using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CyberPartnerships.Http;
using Microsoft.AspNetCore.Http;

namespace CyberPartnerships.Mou;

/// <summary>A page of <c>GET /api/cases</c>, shaped as <c>GET /api/shared</c>'s.</summary>
/// <param name="ContinuationToken">Present when there is more: pass it back as <c>?continuationToken=</c>.</param>
public sealed record CaseList(IReadOnlyList<CaseView> Items, string? ContinuationToken);

/// <summary>One page of the cases a partner takes part in, in case id order; <paramref name="LastCaseId"/> is set when more follow.</summary>
public sealed record CasePage(IReadOnlyList<CaseState> Cases, string? LastCaseId);

/// <summary><c>?pageSize=</c> (1-200, default 50) and <c>?continuationToken=</c> of <c>GET /api/cases</c>. The token is
/// opaque to partners: the last case id of the previous page, base64url-encoded.</summary>
public static class CasePaging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static (int PageSize, string? AfterCaseId, IResult? Error) Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pageSizeText = request.Query["pageSize"].ToString();
        var pageSize = DefaultPageSize;
        if (pageSizeText.Length > 0 && (!int.TryParse(pageSizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return (0, null, Problems.BadRequest($"pageSize must be a whole number from 1 to {MaxPageSize}."));
        }

        var token = request.Query["continuationToken"].ToString();
        if (token.Length == 0)
        {
            return (pageSize, null, null);
        }

        var after = token.Length <= 400 && Base64Url.IsValid(token) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)) : null;
        return CaseStore.IsValidKey(after)
            ? (pageSize, after, null)
            : (0, null, Problems.BadRequest("continuationToken is not valid; start again without it."));
    }

    public static string? Token(string? lastCaseId) =>
        lastCaseId is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastCaseId));
}
