using System.Globalization;
using CyberPartnerships.Http;
using CyberPartnerships.Partners;
using Microsoft.AspNetCore.Http;

namespace CyberPartnerships.Graph;

/// <summary><c>GET /api/graph?node=…&amp;depth=1..3&amp;limit=…&amp;format=json|stix</c>: a node's neighbourhood as
/// the calling partner may see it; <c>GET /api/map</c> and its scripts: the page that draws it.</summary>
public sealed class GraphEndpoints(PartnerAuthenticator authenticator, GraphStore store, TimeProvider time)
{
    public const int DefaultLimit = 200;

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var auth = await authenticator.AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return auth.Failure!;
        }

        var query = request.Query;
        if (!GraphNode.TryParse(query["node"], out var node, out var error))
        {
            return Problems.BadRequest(error, "invalid-node");
        }

        if (!Whole(query["depth"], 1, 1, GraphStore.MaxDepth, out var depth))
        {
            return Problems.BadRequest($"depth is a whole number from 1 to {GraphStore.MaxDepth}.", "invalid-graph-query");
        }

        if (!Whole(query["limit"], DefaultLimit, 1, GraphStore.MaxLimit, out var limit))
        {
            return Problems.BadRequest($"limit is a whole number from 1 to {GraphStore.MaxLimit}.", "invalid-graph-query");
        }

        var format = query["format"].ToString();
        if (format is not ("" or "json" or "stix"))
        {
            return Problems.BadRequest("format is json (the default) or stix (a STIX 2.1 bundle with a grouping).", "invalid-graph-query");
        }

        GraphView? view;
        try
        {
            view = await store.GetAsync(node, depth, limit, auth.Partner!.Id, auth.Partner.TlpClearance, cancellationToken).ConfigureAwait(false);
        }
        catch (Azure.RequestFailedException)
        {
            return Problems.StorageUnavailable();
        }

        request.HttpContext.Response.Headers.CacheControl = "no-store";
        if (view is null)
        {
            return Problems.NotFound($"No node {node} visible to this partner.");
        }

        return format == "stix"
            ? TypedResults.Text(GraphStix.Bundle(view, time.GetUtcNow()).ToJsonString(), "application/stix+json;version=2.1")
            : TypedResults.Json(view, Json.Options);
    }

    /// <summary>The map page. It holds no data: every request it makes is the partner API's, with the key the partner types in.</summary>
    public static IResult Page(HttpRequest request) => GraphPage.Serve(request, "map.html");

    /// <summary>The page's scripts: its own and cytoscape's, from the app (no CDN).</summary>
    public static IResult Script(HttpRequest request, string file) => GraphPage.Serve(request, file);

    private static bool Whole(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        return string.IsNullOrEmpty(text) || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }
}
