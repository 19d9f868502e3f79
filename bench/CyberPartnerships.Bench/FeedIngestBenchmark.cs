using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using CyberPartnerships.Feeds;
using CyberPartnerships.Graph;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using CyberPartnerships.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Bench;

/// <summary>
/// The feed half of <c>ingest</c>: a TAXII 2.1 collection of N objects on Kestrel (loopback, in this process, pages
/// of <see cref="FeedOptions.PageSize"/> with <c>next</c>), pulled by <see cref="FeedPuller"/> (discovery, pages,
/// read, validate, write, checkpoint after each page) with the graph on, against the raw ceiling: the transactions the
/// writer sends for those pages, built before the clock, submitted at 4/8/16/32 in flight.
/// </summary>
internal static class FeedIngestBenchmark
{
    private const string CollectionId = "5a0d5b27-9b7e-4c43-9f21-46a7b0a0f7c1";

    public static async Task RunAsync(string connectionString, int count, string parallelism, CancellationToken cancellationToken)
    {
        var objects = IngestBundles.SimpleObjects(count);
        var start = new DateTime(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);
        var dates = Enumerable.Range(0, count).Select(i => start.AddMilliseconds(i).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).ToArray();
        await using var server = await StartServerAsync(objects, dates, cancellationToken).ConfigureAwait(false);
        var apiRoot = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/api1/");

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Ingest:WriteParallelism"] = parallelism,
            ["Feeds:AllowPrivateAddresses"] = "true",
            ["Feeds:MaxPagesPerRun"] = "100000",
        }).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging()
            .AddStorage().AddPartners().AddFeeds().AddGraph().BuildServiceProvider();
        var pageSize = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<FeedOptions>>().Value.PageSize;
        var partner = await services.GetRequiredService<PartnerRegistry>().AddAsync(new Partner
        {
            Id = $"feedbench-{Guid.NewGuid():N}"[..24],
            DisplayName = "Feed bench",
            Kind = PartnerKind.LawEnforcement,
            TlpClearance = Tlp.Amber,
            LegalApprovers = ["legal@example.org"],
            AlternateApprovers = ["alt@example.org"],
            Analysts = ["analyst@example.org"],
        }, cancellationToken).ConfigureAwait(false);
        Environment.SetEnvironmentVariable("FEEDSECRET_INGEST_BENCH", "bench-token");
        var registry = services.GetRequiredService<FeedRegistry>();
        var feed = await registry.AddAsync(new FeedRegistration { PartnerId = partner.Id, FeedId = "bench", ApiRoot = apiRoot, CollectionId = CollectionId, TokenRef = "env:FEEDSECRET_INGEST_BENCH" }, cancellationToken).ConfigureAwait(false);

        var stopwatch = Stopwatch.StartNew();
        var result = await services.GetRequiredService<FeedPuller>().PullAsync(feed, cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();
        if (!result.Succeeded || result.Stored != count)
        {
            throw new InvalidOperationException($"The feed was not stored whole: {result}");
        }

        // The same pages as the writer plans them (a page's source id differs, its rows do not in number or size).
        var writer = services.GetRequiredService<IngestWriter>();
        var plan = new List<PlannedTransaction>();
        for (var page = 0; page * pageSize < count; page++)
        {
            using var document = JsonDocument.Parse($"[{string.Join(',', objects.Skip(page * pageSize).Take(pageSize))}]");
            var read = StixBundleReader.ReadObjects(document.RootElement, "/objects", Tlp.Amber);
            plan.AddRange(writer.Plan(new IngestSource($"feed-raw-{page}", partner.Id, SourceKind.Feed, DateTimeOffset.UtcNow), read.Objects, []));
        }

        var entities = IngestPlan.Entities(plan);
        var rate = entities / stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"feed_project objects={count} pages={result.Pages} page_size={pageSize} entities={entities} seconds={stopwatch.Elapsed.TotalSeconds:F2} rate={rate:F0}/s"));
        var raw = await RawCeiling.SweepAsync(services.GetRequiredService<TableServiceClient>(), plan, "feed_raw", count, cancellationToken).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"feed objects={count} entities={entities} project={rate:F0}/s raw={raw:F0}/s of_raw={rate / raw:F2}"));
    }

    /// <summary>API root, collection and its objects, pages chosen by <c>limit</c> and a <c>next</c> that is the offset.</summary>
    private static async Task<WebApplication> StartServerAsync(List<string> objects, string[] dates, CancellationToken cancellationToken)
    {
        const string media = "application/taxii+json;version=2.1";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/api1/", () => Results.Text("{\"title\":\"bench\",\"versions\":[\"" + media + "\"],\"max_content_length\":104857600}", media));
        app.MapGet("/api1/collections/{id}/", (string id) => Results.Text($"{{\"id\":\"{id}\",\"title\":\"bench\",\"can_read\":true,\"can_write\":false}}", media));
        app.MapGet("/api1/collections/{id}/objects/", (HttpContext context) =>
        {
            var limit = int.TryParse(context.Request.Query["limit"], CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, 1000) : 100;
            var from = int.TryParse(context.Request.Query["next"], CultureInfo.InvariantCulture, out var n) ? n : 0;
            var to = Math.Min(objects.Count, from + limit);
            if (to > from)
            {
                context.Response.Headers["X-TAXII-Date-Added-First"] = dates[from];
                context.Response.Headers["X-TAXII-Date-Added-Last"] = dates[to - 1];
            }

            var more = to < objects.Count;
            var body = $"{{\"more\":{(more ? "true" : "false")}{(more ? $",\"next\":\"{to}\"" : string.Empty)},\"objects\":[{string.Join(',', objects.Skip(from).Take(to - from))}]}}";
            return Results.Text(body, media);
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return app;
    }
}
