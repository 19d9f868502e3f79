using System.Text.RegularExpressions;
using CyberPartnerships.Ingestion;
using Microsoft.AspNetCore.Http;

namespace CyberPartnerships.Taxii;

/// <summary>
/// The filters of a TAXII request (section 3.4): <c>added_after</c>, <c>limit</c>, <c>next</c>, <c>match[id]</c>,
/// <c>match[type]</c>, <c>match[version]</c> (<c>last</c> by default, <c>first</c>, <c>all</c> or a timestamp) and
/// <c>match[spec_version]</c>; each <c>match</c> takes a comma-separated list, any of which may match.
/// </summary>
public sealed partial record TaxiiQuery(
    long? AddedAfter, int Limit, string? Next, IReadOnlyList<string> Ids, IReadOnlyList<string> Types, IReadOnlyList<string> Versions, IReadOnlyList<string> SpecVersions)
{
    /// <summary>What a <c>next</c> token is bound to: every filter but <c>limit</c> and <c>next</c>.</summary>
    public string Canonical => string.Join('|', AddedAfter?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",
        string.Join(',', Ids), string.Join(',', Types), string.Join(',', Versions), string.Join(',', SpecVersions));

    public bool AllVersions => Versions.Contains("all");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,249}$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,249}--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    public static partial Regex StixId();

    [GeneratedRegex(@"^\d+\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex SpecVersion();

    /// <summary>Reads the query; <paramref name="error"/> says what is wrong (a 400).</summary>
    public static TaxiiQuery? Parse(IQueryCollection query, TaxiiOptions options, out string error)
    {
        error = string.Empty;
        long? addedAfter = null;
        if (query.TryGetValue("added_after", out var after))
        {
            if (!StixPatterns.TryParseTimestamp(after.ToString(), out var at))
            {
                error = "added_after must be a timestamp such as 2026-01-31T12:00:00.000Z.";
                return null;
            }

            addedAfter = at.UtcTicks;
        }

        var limit = options.DefaultPageSize;
        if (query.TryGetValue("limit", out var limitText))
        {
            if (!int.TryParse(limitText.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit < 1)
            {
                error = "limit must be a positive whole number.";
                return null;
            }

            limit = Math.Min(limit, options.MaxPageSize);
        }

        var next = query.TryGetValue("next", out var nextText) ? nextText.ToString() : null;
        var ids = List(query, "match[id]");
        var types = List(query, "match[type]");
        var versions = List(query, "match[version]");
        var specs = List(query, "match[spec_version]");
        if (ids.FirstOrDefault(i => !StixId().IsMatch(i)) is { } badId)
        {
            error = $"match[id] '{badId}' is not a STIX identifier (type--UUID).";
        }
        else if (types.FirstOrDefault(t => !TypeName().IsMatch(t)) is { } badType)
        {
            error = $"match[type] '{badType}' is not a STIX type name.";
        }
        else if (versions.FirstOrDefault(v => v is not ("first" or "last" or "all") && !StixPatterns.TryParseTimestamp(v, out _)) is { } badVersion)
        {
            error = $"match[version] '{badVersion}' must be first, last, all or a timestamp.";
        }
        else if (specs.FirstOrDefault(s => !SpecVersion().IsMatch(s)) is { } badSpec)
        {
            error = $"match[spec_version] '{badSpec}' must be a version such as 2.1.";
        }

        return error.Length > 0 ? null : new TaxiiQuery(addedAfter, limit, string.IsNullOrEmpty(next) ? null : next, ids, types, versions.Count == 0 ? ["last"] : versions, specs);
    }

    private static List<string> List(IQueryCollection query, string name) =>
        [.. query[name].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Whether an entry passes the filters other than the date (applied by the row keys).</summary>
    public bool Matches(TaxiiEntry entry) =>
        (Ids.Count == 0 || Ids.Contains(entry.StixId))
        && (Types.Count == 0 || Types.Contains(entry.Type))
        && (SpecVersions.Count == 0 || SpecVersions.Contains(entry.SpecVersion))
        && (AllVersions || Versions.Any(v => v switch
        {
            "first" => entry.First,
            "last" => entry.Last,
            _ => StixPatterns.TryParseTimestamp(v, out var at) && at.UtcTicks == entry.VersionTicks,
        }));

    /// <summary>The same filters as an OData filter on the index rows (besides partition and row key range).</summary>
    public string? ODataFilter()
    {
        var clauses = new List<string>();
        Add(clauses, Ids.Select(i => Azure.Data.Tables.TableClient.CreateQueryFilter($"StixId eq {i}")));
        Add(clauses, Types.Select(t => Azure.Data.Tables.TableClient.CreateQueryFilter($"Type eq {t}")));
        Add(clauses, SpecVersions.Select(s => Azure.Data.Tables.TableClient.CreateQueryFilter($"SpecVersion eq {s}")));
        if (!AllVersions)
        {
            Add(clauses, Versions.Select(v => v switch
            {
                "first" => "First eq true",
                "last" => "Last eq true",
                _ => Azure.Data.Tables.TableClient.CreateQueryFilter($"VersionTicks eq {(StixPatterns.TryParseTimestamp(v, out var at) ? at.UtcTicks : -1)}"),
            }));
        }

        return clauses.Count == 0 ? null : string.Join(" and ", clauses);
    }

    private static void Add(List<string> clauses, IEnumerable<string> alternatives)
    {
        var any = alternatives.ToList();
        if (any.Count > 0)
        {
            clauses.Add("(" + string.Join(" or ", any) + ")");
        }
    }
}
