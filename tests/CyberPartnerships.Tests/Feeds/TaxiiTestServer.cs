using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Feeds;

/// <summary>
/// A TAXII 2.1 server on Kestrel, loopback, free port: an API root and one collection of STIX objects with
/// <c>date_added</c> at nanosecond precision. It pages with <c>next</c> (or, in <see cref="AddedAfterOnly"/> mode, with
/// <c>added_after</c> only), serves two objects with the same <c>date_added</c> across a page boundary, can answer 429
/// with Retry-After once, die mid-page, or fail every request.
/// </summary>
public sealed class TaxiiTestServer : IAsyncDisposable
{
    public const string CollectionId = "91a7b528-80eb-42ed-a74d-c6fbd5a26116";
    private readonly WebApplication _app;
    private int _objectRequests;
    private int _requests;

    private TaxiiTestServer(WebApplication app, string token, List<(JsonObject Object, string DateAdded)> objects)
    {
        _app = app;
        Token = token;
        Objects = objects;
    }

    /// <summary>The bearer token, and the password of the user <c>puller</c>.</summary>
    public string Token { get; }

    public List<(JsonObject Object, string DateAdded)> Objects { get; }

    public Uri ApiRoot { get; private set; } = null!;

    public bool AddedAfterOnly { get; set; }

    /// <summary>The objects request (1-based) answered 429 with Retry-After: 1; 0 for none.</summary>
    public int TooManyRequestsAt { get; set; }

    /// <summary>From this objects request (1-based) on, every response is cut off half-way through the body, until
    /// it is set back to 0; retries cannot get through, so the run fails there.</summary>
    public int DieFrom { get; set; }

    public bool AlwaysFail { get; set; }

    /// <summary>When set, the API root answers this body (as TAXII JSON) instead of a valid API root.</summary>
    public string? ApiRootBody { get; set; }

    /// <summary>When set, the collection answers this body (as TAXII JSON) instead of a readable collection.</summary>
    public string? CollectionBody { get; set; }

    /// <summary>Characters of padding added to every objects page (a page too large to read).</summary>
    public int ObjectsPadding { get; set; }

    /// <summary>
    /// Behaves as medallion 3.0.0 does: one <c>next</c> token for a whole listing (a server-side cursor that moves on
    /// with each request), dates in the headers with 6 fractional digits, an <c>added_after</c> with more than 6
    /// fractional digits answered 500, and a token it no longer knows (<see cref="ForgetTokens"/>) answered 400, each
    /// error with a TAXII error body (title, description).
    /// </summary>
    public bool MedallionLike { get; set; }

    /// <summary>Tokens handed out so far expire (medallion's live 30 s): requests naming one get 400.</summary>
    public void ForgetTokens() => _cursors.Clear();

    /// <summary>The <c>added_after</c> values the objects endpoint was asked for, in order.</summary>
    public List<string> AddedAfterSeen { get; } = [];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _cursors = new();

    /// <summary>Rewrites each objects page's JSON text before it is sent (bodies a serializer would not write).</summary>
    public Func<string, string>? PageText { get; set; }

    /// <summary>When set, the API root answers 302 Found with this Location.</summary>
    public Uri? RedirectTo { get; set; }

    public int ObjectRequests => _objectRequests;

    /// <summary>Every request the server received, whatever the route.</summary>
    public int Requests => _requests;

    public int TooManyRequestsServed { get; private set; }

    /// <summary>What the server serves: every (id, modified) exactly as sent.</summary>
    public IReadOnlySet<(string Id, string Modified)> Served =>
        Objects.Select(o => (o.Object["id"]!.GetValue<string>(), o.Object["modified"]!.GetValue<string>())).ToHashSet();

    /// <summary>
    /// <paramref name="count"/> indicators; objects 4 and 5 share a date_added (the boundary of pages of 5), and the
    /// last object is a second version (new modified) of object 2.
    /// </summary>
    public static async Task<TaxiiTestServer> StartAsync(int count = 23)
    {
        var start = new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);
        var objects = new List<(JsonObject, string)>();
        for (var i = 0; i < count - 1; i++)
        {
            var second = i == 5 ? 4 : i;
            var modified = $"{start.AddMinutes(i):yyyy-MM-dd'T'HH:mm:ss}.{100000001 + i}Z";
            objects.Add((Indicator($"[domain-name:value = '{NewDomain()}']", modified: modified), $"{start.AddSeconds(second):yyyy-MM-dd'T'HH:mm:ss}.123456789Z"));
        }

        var v2 = (JsonObject)objects[2].Item1.DeepClone();
        v2["modified"] = $"{start.AddDays(1):yyyy-MM-dd'T'HH:mm:ss}.987654321Z";
        objects.Add((v2, $"{start.AddSeconds(count):yyyy-MM-dd'T'HH:mm:ss}.123456789Z"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new TaxiiTestServer(app, Guid.NewGuid().ToString("N"), objects);
        app.Use((context, next) =>
        {
            Interlocked.Increment(ref server._requests);
            return next(context);
        });
        app.MapGet("/api1/", server.ApiRootAsync);
        app.MapGet("/api1/collections/{id}/", server.CollectionAsync);
        app.MapGet("/api1/collections/{id}/objects/", server.ObjectsAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ApiRoot = new Uri(address.TrimEnd('/') + "/api1/");
        return server;
    }

    private bool Refuse(HttpContext context, out IResult? refusal)
    {
        refusal = null;
        if (!context.Request.Headers.Accept.ToString().Contains("application/taxii+json;version=2.1", StringComparison.Ordinal))
        {
            refusal = Results.StatusCode(StatusCodes.Status406NotAcceptable);
        }
        else if (context.Request.Headers.Authorization.ToString() is var auth
            && auth != $"Bearer {Token}" && auth != $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"puller:{Token}"))}")
        {
            refusal = Results.StatusCode(StatusCodes.Status401Unauthorized);
        }
        else if (AlwaysFail)
        {
            refusal = Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return refusal is not null;
    }

    private IResult ApiRootAsync(HttpContext context) => Refuse(context, out var refusal)
        ? refusal!
        : RedirectTo is not null
            ? Results.Redirect(RedirectTo.AbsoluteUri)
            : ApiRootBody is not null
            ? Results.Text(ApiRootBody, "application/taxii+json;version=2.1")
            : Taxii(new JsonObject { ["title"] = "Test API root", ["versions"] = new JsonArray("application/taxii+json;version=2.1"), ["max_content_length"] = 10_000_000 });

    private IResult CollectionAsync(HttpContext context, string id) => Refuse(context, out var refusal)
        ? refusal!
        : id != CollectionId
            ? Results.NotFound()
            : CollectionBody is not null
                ? Results.Text(CollectionBody, "application/taxii+json;version=2.1")
                : Taxii(new JsonObject { ["id"] = CollectionId, ["title"] = "botnet c2", ["can_read"] = true, ["can_write"] = false });

    private async Task ObjectsAsync(HttpContext context, string id)
    {
        if (Refuse(context, out var refusal) || id != CollectionId)
        {
            await (refusal ?? Results.NotFound()).ExecuteAsync(context);
            return;
        }

        var request = Interlocked.Increment(ref _objectRequests);
        if (request == TooManyRequestsAt)
        {
            TooManyRequestsServed++;
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "1";
            return;
        }

        var limit = int.TryParse(context.Request.Query["limit"], out var l) ? Math.Clamp(l, 1, 1000) : 100;
        var addedAfter = context.Request.Query["added_after"].ToString();
        var next = context.Request.Query["next"].ToString();
        lock (AddedAfterSeen)
        {
            AddedAfterSeen.Add(addedAfter);
        }

        if (MedallionLike && addedAfter.Length > 0 && FractionDigits(addedAfter) > 6)
        {
            await TaxiiErrorAsync(context, StatusCodes.Status500InternalServerError, "ProcessingError", "time data does not match format '%Y-%m-%dT%H:%M:%S.%fZ'");
            return;
        }

        if (MedallionLike && next.Length > 0 && !_cursors.ContainsKey(next))
        {
            await TaxiiErrorAsync(context, StatusCodes.Status400BadRequest, "The server did not understand the request", $"The next token {next} is not valid or has expired");
            return;
        }

        var candidates = Enumerable.Range(0, Objects.Count)
            .Where(i => addedAfter.Length == 0 || Canonical(Objects[i].DateAdded).CompareTo(Canonical(addedAfter)) > 0)
            .ToList();
        var offset = MedallionLike ? (next.Length > 0 ? _cursors[next] : 0) : !AddedAfterOnly && int.TryParse(next, out var n) ? n : 0;

        var page = candidates.Skip(offset).Take(limit).ToList();
        var more = candidates.Count > offset + limit;
        var envelope = new JsonObject { ["more"] = more, ["objects"] = new JsonArray(page.Select(i => Objects[i].Object.DeepClone()).ToArray()) };
        if (ObjectsPadding > 0)
        {
            envelope["padding"] = new string('x', ObjectsPadding);
        }

        if (more && MedallionLike)
        {
            // One token for the whole listing: the cursor behind it moves on.
            var token = next.Length > 0 ? next : Guid.NewGuid().ToString();
            _cursors[token] = offset + limit;
            envelope["next"] = token;
        }
        else if (more && !AddedAfterOnly)
        {
            envelope["next"] = (offset + limit).ToString(CultureInfo.InvariantCulture);
        }

        if (page.Count > 0)
        {
            context.Response.Headers["X-TAXII-Date-Added-First"] = AsServed(Objects[page[0]].DateAdded);
            context.Response.Headers["X-TAXII-Date-Added-Last"] = AsServed(Objects[page[^1]].DateAdded);
        }

        var json = envelope.ToJsonString();
        var body = Encoding.UTF8.GetBytes(PageText is null ? json : PageText(json));
        context.Response.ContentType = "application/taxii+json;version=2.1";
        if (DieFrom > 0 && request >= DieFrom)
        {
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
            return;
        }

        await context.Response.Body.WriteAsync(body);
    }

    /// <summary>A date as the server writes it: medallion keeps microseconds (6 digits).</summary>
    private string AsServed(string dateAdded) => MedallionLike && FractionDigits(dateAdded) > 6 ? dateAdded[..(dateAdded.IndexOf('.', StringComparison.Ordinal) + 7)] + "Z" : dateAdded;

    private static int FractionDigits(string timestamp)
    {
        var dot = timestamp.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : timestamp.Length - dot - 2;
    }

    private static async Task TaxiiErrorAsync(HttpContext context, int status, string title, string description)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/taxii+json;version=2.1";
        await context.Response.WriteAsync(new JsonObject { ["title"] = title, ["description"] = description, ["http_status"] = $"{status}" }.ToJsonString());
    }

    /// <summary>A timestamp with its fraction padded to 9 digits: ordinal order is time order.</summary>
    private static string Canonical(string timestamp)
    {
        var dot = timestamp.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? timestamp[..^1] : timestamp[..dot];
        var fraction = dot < 0 ? string.Empty : timestamp[(dot + 1)..^1];
        return $"{whole}.{fraction.PadRight(9, '0')}";
    }

    private static IResult Taxii(JsonObject body) => Results.Text(body.ToJsonString(), "application/taxii+json;version=2.1");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
