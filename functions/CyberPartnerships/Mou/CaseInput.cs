using System.Text.Json;
using CyberPartnerships.Http;
using CyberPartnerships.Ingestion;
using Microsoft.AspNetCore.Http;

namespace CyberPartnerships.Mou;

/// <summary>
/// The case routes' JSON bodies and their limits. The analysis report goes to a blob; what else a body carries
/// (findings, comment, the enforcement record) is kept in the case row, one Table entity of at most 1 MB holding the
/// state as JSON in which a non-ASCII character may take six characters (<c>\uXXXX</c>) of two bytes each. The limits
/// keep the worst case far inside that, so the workflow's record step cannot fail for size.
/// </summary>
public static class CaseInput
{
    /// <summary>The largest body (4 MiB): a report at its limit in UTF-8, with its findings.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public const int MaxReportChars = 1_000_000;

    public const int MaxFindings = 100;

    public const int MaxFindingChars = 1_000;

    /// <summary>All findings together.</summary>
    public const int MaxFindingsChars = 20_000;

    /// <summary>A comment, the action taken, the action's outcome.</summary>
    public const int MaxTextChars = 2_000;

    /// <summary>Checks the content type (415) and the size (413), then reads the JSON (400).</summary>
    public static async Task<(T? Body, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, Problems.UnsupportedMediaType("Send application/json."));
        }

        var bytes = request.ContentLength > MaxBodyBytes ? null : await RequestBody.ReadBoundedAsync(request.Body, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return (null, Problems.PayloadTooLarge($"The body is larger than the maximum of {MaxBodyBytes} bytes."));
        }

        try
        {
            return (JsonSerializer.Deserialize<T>(bytes, Json.Options), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.BadRequest($"The JSON body is not valid: {ex.Message}"));
        }
    }

    /// <summary>What is wrong with an analysis body, as JSON pointers into it (empty: nothing).</summary>
    public static IReadOnlyList<InputError> Check(AnalysisRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<InputError>();
        if (!body.NotNeeded && (string.IsNullOrWhiteSpace(body.Report) || body.Report.Length > MaxReportChars))
        {
            errors.Add(new InputError("/report", $"report is required (at most {MaxReportChars} characters), or notNeeded: true."));
        }

        var findings = body.Findings ?? [];
        if (findings.Count > MaxFindings)
        {
            errors.Add(new InputError("/findings", $"At most {MaxFindings} findings; the report holds the detail."));
        }

        for (var i = 0; i < Math.Min(findings.Count, MaxFindings); i++)
        {
            if (findings[i]?.Length > MaxFindingChars)
            {
                errors.Add(new InputError($"/findings/{i}", $"A finding is at most {MaxFindingChars} characters."));
            }
        }

        if (findings.Count <= MaxFindings && findings.Sum(f => f?.Length ?? 0) > MaxFindingsChars)
        {
            errors.Add(new InputError("/findings", $"The findings together are at most {MaxFindingsChars} characters."));
        }

        Text(errors, "/comment", body.Comment);
        return errors;
    }

    /// <summary>What is wrong with an enforcement body, as JSON pointers into it (empty: nothing).</summary>
    public static IReadOnlyList<InputError> Check(EnforcementRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var errors = new List<InputError>();
        Text(errors, "/actionTaken", body.ActionTaken);
        Text(errors, "/outcome", body.Outcome);
        return errors;
    }

    /// <summary>400 problem details listing the errors (<c>errors</c>: pointer and detail each).</summary>
    public static IResult Invalid(IReadOnlyList<InputError> errors) => Problems.BadRequest(
        string.Join(" ", errors.Select(e => e.Detail).Distinct()),
        "invalid-case-input",
        new Dictionary<string, object?> { ["errors"] = errors });

    private static void Text(List<InputError> errors, string pointer, string? value)
    {
        if (value?.Length > MaxTextChars)
        {
            errors.Add(new InputError(pointer, $"{pointer[1..]} is at most {MaxTextChars} characters."));
        }
    }
}
