using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CyberPartnerships.Feeds;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Storage;
using CyberPartnerships.Taxii;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Partners;
using CyberPartnerships.Tests.Sharing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Taxii;

/// <summary>
/// Federation: our own feed pull (<see cref="FeedPuller"/>, its real HTTP client with the resilience pipeline and the
/// address checks) pulls from our own TAXII server on Kestrel (loopback), as one partnership running this app pulls
/// from another. The serving instance shares through its sharing pipeline; the pulling instance stores into its
/// ingestion tables (the same Azurite, under its own partner id).
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class TaxiiFederationTests(AzuriteFixture storage) : IAsyncLifetime
{
    private WebApplication _server = null!;
    private ServiceProvider _puller = null!;
    private Partner _subscriber = null!;
    private FeedRegistration _feed = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(TaxiiTestHost.Settings()) { ["Storage:ConnectionString"] = storage.ConnectionString });
        builder.Services.AddStorage().AddPartners().AddSharing().AddTaxiiServer();
        _server = builder.Build();
        _server.MapTaxiiApi();
        await _server.StartAsync();
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // At the serving partnership: the pulling partnership is a partner with a key.
        var registry = _server.Services.GetRequiredService<PartnerRegistry>();
        _subscriber = await registry.AddAsync(PartnerTestData.NewPartner("fed", Tlp.Amber));
        var key = await registry.IssueKeyAsync(_subscriber.Id);

        // At the pulling partnership: the serving partnership is a partner with a feed.
        _puller = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = storage.ConnectionString,
                ["Feeds:AllowPrivateAddresses"] = "true",
                ["Feeds:PageSize"] = "7",
                ["Feeds:RetryBaseDelay"] = "00:00:00.050",
            }).Build())
            .AddLogging()
            .AddStorage().AddPartners().AddFeeds()
            .BuildServiceProvider();
        var origin = await _puller.GetRequiredService<PartnerRegistry>().AddAsync(PartnerTestData.NewPartner("origin"));
        var secret = $"FEEDSECRET_FED_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(secret, key.Key);
        _feed = await _puller.GetRequiredService<FeedRegistry>().AddAsync(new FeedRegistration
        {
            PartnerId = origin.Id,
            FeedId = "federation",
            ApiRoot = new Uri(address.TrimEnd('/') + TaxiiServiceCollectionExtensions.Root),
            CollectionId = TaxiiCollections.For(Tlp.Amber).Id,
            Username = _subscriber.Id,
            PasswordRef = $"env:{secret}",
        });
    }

    public async Task DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
        await _puller.DisposeAsync();
    }

    private async Task ShareAsync(IEnumerable<JsonNode> objects)
    {
        var caseId = SharingTestSupport.NewCaseId();
        await storage.UploadRawAsync($"{caseId}/bundle.json", Bundle([.. objects]).ToJsonString(), SharingTestSupport.Metadata("AMBER", _subscriber.Id));
        Assert.Equal(SharingOutcome.Shared, (await _server.Services.GetRequiredService<SharingPipeline>().ProcessAsync($"{caseId}/bundle.json")).Outcome);
    }

    private List<(string Id, string Modified)> Stored() =>
        [.. storage.Clients.Tables.GetTableClient(IngestWriter.ObjectsTable)
            .Query<TableEntity>(TableClient.CreateQueryFilter($"PartnerId eq {_feed.PartnerId}"), select: ["StixId", "Modified"])
            .Select(e => (e.GetString("StixId")!, e.GetString("Modified")!))];

    private async Task<FeedPullResult> PullAsync() =>
        await _puller.GetRequiredService<FeedPuller>().PullAsync((await _puller.GetRequiredService<FeedRegistry>().GetAsync(_feed.PartnerId, _feed.FeedId))!);

    [Fact]
    public async Task Feed_pull_from_our_own_taxii_server_takes_every_object_once_over_many_pages_then_only_what_is_new()
    {
        var first = TaxiiTestHost.Indicators(30);
        var id = NewId("indicator");
        first.Add(Indicator("[ipv4-addr:value = '198.18.7.7']", id));
        first.Add(Indicator("[ipv4-addr:value = '198.18.7.7']", id, modified: "2026-11-30T00:00:00.000Z"));
        await ShareAsync(first);

        var run1 = await PullAsync();
        var afterRun1 = Stored();
        var later = TaxiiTestHost.Indicators(5);
        await ShareAsync(later);
        var run2 = await PullAsync();
        var afterRun2 = Stored();
        var checkpoint = await _puller.GetRequiredService<FeedRegistry>().GetAsync(_feed.PartnerId, _feed.FeedId);

        Assert.True(run1.Succeeded, run1.Error);
        Assert.Equal(5, run1.Pages);
        Assert.Equal(31, run1.Stored);
        var servedFirst = first.Select(o => (o["id"]!.GetValue<string>(), o["modified"]!.GetValue<string>())).Where(v => v != (id, Created)).ToHashSet();
        Assert.Equal(servedFirst, afterRun1.ToHashSet());
        Assert.Equal(afterRun1.Count, afterRun1.Distinct().Count());

        Assert.True(run2.Succeeded, run2.Error);
        Assert.Equal(5, run2.Stored);
        Assert.True(run2.Duplicates <= 1, $"the second run read {run2.Duplicates} objects again; at most the one at the resume boundary is read twice");
        Assert.Equal(1, run2.Pages);
        Assert.NotNull(checkpoint!.AddedAfter);
        Assert.Equal(servedFirst.Union(later.Select(o => (o["id"]!.GetValue<string>(), o["modified"]!.GetValue<string>()))).ToHashSet(), afterRun2.ToHashSet());
        Assert.Equal(36, afterRun2.Count);
    }
}
