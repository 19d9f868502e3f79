using System.Globalization;
using CyberPartnerships.Http;
using CyberPartnerships.Partners;
using Microsoft.AspNetCore.Http;

namespace CyberPartnerships.Graph;

/// <summary><c>GET /api/graph?node=…&amp;depth=1..3&amp;limit=…&amp;format=json|stix</c>: a node's neighbourhood as
/// the calling partner may see it; <c>GET /api/map</c> and its scripts: the page that draws it. The page and the
/// graph take the partner's key as the API does, or as the password of HTTP Basic (what a browser sends once it has
/// asked for it on the page's 401; see <see cref="PartnerAuthenticator.AuthenticateBrowserReadAsync"/>).</summary>
public sealed class GraphEndpoints(PartnerAuthenticator authenticator, GraphStore store, GraphStixObjects stixObjects, TimeProvider time)
{
    public const int DefaultLimit = 200;
    public const string Realm = "CyberPartnerships map";

    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var auth = await AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
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
        IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonObject> objects = new Dictionary<string, System.Text.Json.Nodes.JsonObject>();
        try
        {
            view = await store.GetAsync(node, depth, limit, auth.Partner!.Id, auth.Partner.TlpClearance, cancellationToken).ConfigureAwait(false);
            if (view is not null && format == "stix")
            {
                objects = await stixObjects.GetAsync(view.Nodes.Where(n => n.Type == "stix").Select(n => n.Value), auth.Partner.Id, auth.Partner.TlpClearance, cancellationToken).ConfigureAwait(false);
            }
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
            ? TypedResults.Text(GraphStix.Bundle(view, objects, time.GetUtcNow()).ToJsonString(), "application/stix+json;version=2.1")
            : TypedResults.Json(view, Json.Options);
    }

    /// <summary>The map page, to an authenticated partner only (a 401 problem with a Basic challenge otherwise, so the
    /// browser asks for the key). It holds no data: the graph and cases come from the API with the same credentials.</summary>
    public async Task<IResult> PageAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var auth = await AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        return auth.Succeeded ? GraphPage.Serve(request, "map.html") : auth.Failure!;
    }

    /// <summary>The page's scripts: its own and cytoscape's, from the app (no CDN). Static code, no data: served to anyone.</summary>
    public static IResult Script(HttpRequest request, string file) => GraphPage.Serve(request, file);

    private async Task<PartnerAuthentication> AuthenticateAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var auth = await authenticator.AuthenticateBrowserReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded && auth.Reason != "unavailable")
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = $"Basic realm=\"{Realm}\", charset=\"UTF-8\"";
        }

        return auth;
    }

    private static bool Whole(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        return string.IsNullOrEmpty(text) || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max);
    }
}
