using CyberPartnerships.Graph;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Graph;

public sealed class GraphFunctions(GraphEndpoints endpoints)
{
    /// <summary><c>GET /api/graph?node=…&amp;depth=…&amp;limit=…&amp;format=json|stix</c>: a node's neighbourhood as the caller may see it.</summary>
    [Function(nameof(GetGraph))]
    public Task<IResult> GetGraph(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "graph")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.GetAsync(request, cancellationToken);

    /// <summary><c>GET /api/map</c>: the page that draws the graph, to an authenticated partner (its data comes from <c>/api/graph</c> with the same credentials).</summary>
    [Function(nameof(GetMap))]
    public Task<IResult> GetMap(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "map")] HttpRequest request,
        CancellationToken cancellationToken) =>
        endpoints.PageAsync(request, cancellationToken);

    /// <summary><c>GET /api/map/{file}</c>: the page's scripts (its own, and cytoscape).</summary>
    [Function(nameof(GetMapFile))]
    public IResult GetMapFile([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "map/{file}")] HttpRequest request, string file) => GraphEndpoints.Script(request, file);
}
