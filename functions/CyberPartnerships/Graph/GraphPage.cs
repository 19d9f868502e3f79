using System.Reflection;
using CyberPartnerships.Http;
using Microsoft.AspNetCore.Http;

namespace CyberPartnerships.Graph;

/// <summary>Serves the map page's files, embedded in the assembly: <c>map.html</c>, <c>map.js</c>, and
/// <c>cytoscape.min.js</c> (cytoscape from npm, copied in at build from <c>node_modules/cytoscape/dist</c>).</summary>
public static class GraphPage
{
    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Files = new(StringComparer.Ordinal)
    {
        ["map.html"] = ("text/html; charset=utf-8", Load("map.html")),
        ["map.js"] = ("text/javascript; charset=utf-8", Load("map.js")),
        ["cytoscape.min.js"] = ("text/javascript; charset=utf-8", Load("cytoscape.min.js")),
    };

    public static IResult Serve(HttpRequest request, string file)
    {
        if (!Files.TryGetValue(file, out var content) || (file == "map.html") != (request.Path.Value?.EndsWith("/map", StringComparison.Ordinal) ?? false))
        {
            return Problems.NotFound($"No file {file} on the map page.");
        }

        var headers = request.HttpContext.Response.Headers;
        headers.CacheControl = file == "map.html" ? "no-store" : "public, max-age=3600";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers["X-Content-Type-Options"] = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'";
        return TypedResults.Bytes(content.Bytes, content.ContentType);
    }

    private static byte[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CyberPartnerships.Graph.Page." + name)
            ?? throw new InvalidOperationException($"The map page's {name} is not embedded (is node_modules installed? run npm ci).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
