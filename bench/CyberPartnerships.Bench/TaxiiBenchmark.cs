using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Storage;
using CyberPartnerships.Taxii;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Bench;

/// <summary>
/// <c>taxii --objects N</c>: indexes N shared STIX objects for one partner in Azurite (or the account
/// <c>CYBERPARTNERS_BENCH_STORAGE</c> names) through <see cref="TaxiiIndex"/>, as the sharing pipeline does, then pages
/// through the collection over HTTP (the app's TAXII routes on Kestrel, loopback, the largest page size, following
/// <c>next</c>, each page parsed as a client would) and, over the same rows, the raw Table Storage read: a query loop
/// with continuation tokens and no TAXII work (and, for comparison, that read by row-key ranges as the listing queries).
/// Best of two rounds each. Last line:
/// <c>taxii objects=N served=S/s raw=R/s of_raw=X</c>.
/// </summary>
public sealed class TaxiiBenchmark : IBenchmark
{
    public string Name => "taxii";

    public string Description => "TAXII objects paging over HTTP vs the raw Table Storage read of the same rows (--objects N, default 100000)";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var objects = 100_000;
        var at = Array.IndexOf(args, "--objects");
        if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out objects) || objects < 1))
        {
            await Console.Error.WriteLineAsync("usage: taxii [--objects N]").ConfigureAwait(false);
            return 2;
        }

        var external = Environment.GetEnvironmentVariable("CYBERPARTNERS_BENCH_STORAGE");
        await using var azurite = string.IsNullOrEmpty(external) ? await AzuriteLauncher.StartAsync().ConfigureAwait(false) : null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite?.ConnectionString ?? external,
            ["Taxii:CommitLag"] = "00:00:00",
        });
        builder.Services.AddStorage().AddPartners().AddSharing().AddTaxiiServer();
        await using var app = builder.Build();
        app.MapTaxiiApi();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        var registry = app.Services.GetRequiredService<PartnerRegistry>();
        var partner = await registry.AddAsync(new Partner { Id = $"bench-{Guid.NewGuid():N}"[..20], DisplayName = "Bench", Kind = PartnerKind.LawEnforcement, TlpClearance = Tlp.Amber }, cancellationToken).ConfigureAwait(false);
        var key = (await registry.IssueKeyAsync(partner.Id, cancellationToken: cancellationToken).ConfigureAwait(false)).Key;

        var seed = Stopwatch.StartNew();
        await SeedAsync(app.Services.GetRequiredService<TaxiiIndex>(), partner.Id, objects, cancellationToken).ConfigureAwait(false);
        seed.Stop();

        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{partner.Id}:{key}")));
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", TaxiiResponses.MediaType);
        var objectsPath = $"{TaxiiServiceCollectionExtensions.Root}collections/{TaxiiCollections.For(Tlp.Amber).Id}/objects/";
        var table = app.Services.GetRequiredService<TableServiceClient>().GetTableClient(TaxiiEntry.Table);
        var partition = TaxiiEntry.ObjectsPartition(partner.Id, TaxiiCollections.For(Tlp.Amber));

        // Warm-up (JIT, connections), not measured: one page each.
        await ServedAsync(http, objectsPath, onePage: true, cancellationToken).ConfigureAwait(false);
        await RawAsync(table, partition, onePage: true, cancellationToken).ConfigureAwait(false);

        double servedBest = double.MaxValue, rawBest = double.MaxValue, rangeBest = double.MaxValue;
        int pages = 0;
        for (var round = 0; round < 2; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            var (served, servedPages) = await ServedAsync(http, objectsPath, onePage: false, cancellationToken).ConfigureAwait(false);
            servedBest = Math.Min(servedBest, stopwatch.Elapsed.TotalSeconds);
            stopwatch.Restart();
            var raw = await RawAsync(table, partition, onePage: false, cancellationToken).ConfigureAwait(false);
            rawBest = Math.Min(rawBest, stopwatch.Elapsed.TotalSeconds);
            stopwatch.Restart();
            var range = await RangeAsync(table, partition, cancellationToken).ConfigureAwait(false);
            rangeBest = Math.Min(rangeBest, stopwatch.Elapsed.TotalSeconds);
            if (served != objects || raw != objects || range != objects)
            {
                throw new InvalidOperationException($"Served {served}, read {raw} and {range} rows of {objects}.");
            }

            pages = servedPages;
        }

        await app.StopAsync(cancellationToken).ConfigureAwait(false);
        double servedRate = objects / servedBest, rawRate = objects / rawBest;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"objects={objects} pages={pages} page_size=1000 seed_seconds={seed.Elapsed.TotalSeconds:F1} served_seconds={servedBest:F2} raw_seconds={rawBest:F2} raw_by_row_key={objects / rangeBest:F0}/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"taxii objects={objects} served={servedRate:F0}/s raw={rawRate:F0}/s of_raw={servedRate / rawRate:F2}"));
        return 0;
    }

    /// <summary>Pages through the collection as a TAXII client does: <c>limit=1000</c>, then <c>next</c> while <c>more</c>.</summary>
    private static async Task<(int Objects, int Pages)> ServedAsync(HttpClient http, string path, bool onePage, CancellationToken cancellationToken)
    {
        int count = 0, pages = 0;
        string? next = null;
        do
        {
            var uri = next is null ? $"{path}?limit=1000" : $"{path}?limit=1000&next={Uri.EscapeDataString(next)}";
            using var response = await http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            using var page = JsonDocument.Parse(bytes);
            count += page.RootElement.TryGetProperty("objects", out var items) ? items.GetArrayLength() : 0;
            pages++;
            next = page.RootElement.GetProperty("more").GetBoolean() ? page.RootElement.GetProperty("next").GetString() : null;
        }
        while (next is not null && !onePage);
        return (count, pages);
    }

    /// <summary>The same rows, read straight from the table: a query loop with continuation tokens, nothing else.</summary>
    private static async Task<int> RawAsync(TableClient table, string partition, bool onePage, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var page in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), maxPerPage: 1000, cancellationToken: cancellationToken)
            .AsPages().ConfigureAwait(false))
        {
            count += page.Values.Count;
            if (onePage)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>For comparison only (not the headline): the same rows read the way the TAXII listing asks for them, one
    /// query per 1,000 rows from the last row key on, still with no TAXII work.</summary>
    private static async Task<int> RangeAsync(TableClient table, string partition, CancellationToken cancellationToken)
    {
        int count = 0, got;
        var after = string.Empty;
        do
        {
            got = 0;
            await foreach (var page in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {after}"), maxPerPage: 1000, cancellationToken: cancellationToken)
                .AsPages().ConfigureAwait(false))
            {
                got = page.Values.Count;
                after = got > 0 ? page.Values[^1].RowKey : after;
                break;
            }

            count += got;
        }
        while (got == 1000);
        return count;
    }

    /// <summary>N objects in documents of up to 10,000, indexed four documents at a time.</summary>
    private static async Task SeedAsync(TaxiiIndex index, string partnerId, int objects, CancellationToken cancellationToken)
    {
        const int perDocument = 10_000;
        var documents = Enumerable.Range(0, (objects + perDocument - 1) / perDocument)
            .Select(d => (File: $"bundle-{d}.json", Count: Math.Min(perDocument, objects - d * perDocument)));
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (doc, ct) =>
            await index.IndexAsync(partnerId, "CASE-BENCH", doc.File, Tlp.Amber, Bundle(doc.Count), ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static byte[] Bundle(int count)
    {
        var json = new StringBuilder(count * 450);
        json.Append(CultureInfo.InvariantCulture, $"{{\"type\":\"bundle\",\"id\":\"bundle--{Guid.NewGuid()}\",\"objects\":[");
        const string common = "\"spec_version\":\"2.1\",\"created\":\"2026-11-20T08:30:00.123Z\",\"modified\":\"2026-11-20T08:30:00.123Z\",\"object_marking_refs\":[\"" + StixMarkings.Amber + "\"]";
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            json.Append(i > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture,
                $"{{\"type\":\"indicator\",\"id\":\"indicator--{id}\",{common},\"pattern\":\"[domain-name:value = 'c2-{id:N}.example']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-11-20T08:30:00Z\",\"name\":\"C2 domain\",\"indicator_types\":[\"malicious-activity\"]}}");
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }
}
