using System.Net;
using System.Net.Sockets;
using CyberPartnerships.Feeds;
using CyberPartnerships.Partners;
using CyberPartnerships.Storage;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Partners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Tests.Feeds;

/// <summary>What a feed pull may reach and read: public addresses only, no redirects, pages of a bounded size.</summary>
[Collection(StorageCollection.Name)]
public sealed class FeedNetworkTests(AzuriteFixture storage) : IAsyncLifetime
{
    private readonly List<ServiceProvider> _providers = [];
    private readonly LogCollector _logs = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }
    }

    /// <summary>The feed services with short timeouts, <c>Feeds:AllowPrivateAddresses</c> as given, and <paramref name="settings"/>.</summary>
    private ServiceProvider Services(bool allowPrivateAddresses, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Feeds:AllowPrivateAddresses"] = allowPrivateAddresses ? "true" : "false",
            ["Feeds:PageSize"] = "5",
            ["Feeds:RetryBaseDelay"] = "00:00:00.050",
            ["Feeds:MaxRetryAttempts"] = "1",
            ["Feeds:AttemptTimeout"] = "00:00:02",
            ["Feeds:TotalRequestTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddLogging(l => l.AddProvider(_logs))
            .AddStorage().AddPartners().AddFeeds()
            .BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    /// <summary>A feed of a new partner, registered as local runs may (private addresses allowed).</summary>
    private async Task<FeedRegistration> NewFeedAsync(IServiceProvider services, Uri apiRoot, string? tokenRef = null)
    {
        var partner = await services.GetRequiredService<PartnerRegistry>().AddAsync(PartnerTestData.NewPartner("net"));
        var feed = new FeedRegistration { PartnerId = partner.Id, FeedId = "c2", ApiRoot = apiRoot, CollectionId = TaxiiTestServer.CollectionId, TokenRef = tokenRef };
        return await new FeedRegistry(storage.Clients.Tables, Options.Create(new FeedOptions { AllowPrivateAddresses = true })).AddAsync(feed);
    }

    private static TcpListener Listen()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    [Fact]
    public async Task Api_root_resolving_to_loopback_is_refused_before_connecting_when_private_addresses_are_not_allowed()
    {
        var services = Services(allowPrivateAddresses: false);
        var listener = Listen();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var feed = await NewFeedAsync(services, new Uri($"https://localhost:{port}/api1/"));

            var result = await services.GetRequiredService<FeedPuller>().PullAsync(feed);

            Assert.False(result.Succeeded);
            Assert.Contains("not a public address", result.Error, StringComparison.Ordinal);
            Assert.False(listener.Pending(), "a connection reached the loopback listener");
            var stored = (await services.GetRequiredService<FeedRegistry>().GetAsync(feed.PartnerId, feed.FeedId))!;
            Assert.Equal(1, stored.ConsecutiveFailures);
            Assert.Equal(result.Error, stored.LastError);
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>
    /// With private addresses not allowed the loopback test server cannot be reached at all, so the server is let
    /// through here: the redirect's target, a loopback listener, would then be reachable if a redirect were followed.
    /// </summary>
    [Fact]
    public async Task Redirect_is_a_recorded_failure_of_the_feed_and_its_target_is_never_fetched()
    {
        var services = Services(allowPrivateAddresses: true);
        await using var taxii = await TaxiiTestServer.StartAsync();
        var listener = Listen();
        try
        {
            taxii.RedirectTo = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/latest/meta-data/");
            var variable = $"FEEDSECRET_TEST_{Guid.NewGuid():N}";
            Environment.SetEnvironmentVariable(variable, taxii.Token);
            var feed = await NewFeedAsync(services, taxii.ApiRoot, $"env:{variable}");

            var result = await services.GetRequiredService<FeedPuller>().PullAsync(feed);

            Assert.False(result.Succeeded);
            Assert.Contains("redirect", result.Error, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("not followed", result.Error, StringComparison.Ordinal);
            Assert.False(listener.Pending(), "the redirect was followed");
            Assert.Equal(1, taxii.Requests);
            Assert.Equal(result.Error, (await services.GetRequiredService<FeedRegistry>().GetAsync(feed.PartnerId, feed.FeedId))!.LastError);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Page_larger_than_the_cap_is_a_recorded_failure_and_stores_nothing()
    {
        var services = Services(allowPrivateAddresses: true, ("Feeds:MaxPageBytes", "65536"));
        await using var taxii = await TaxiiTestServer.StartAsync();
        taxii.ObjectsPadding = 1_000_000;
        var variable = $"FEEDSECRET_TEST_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, taxii.Token);
        var feed = await NewFeedAsync(services, taxii.ApiRoot, $"env:{variable}");

        var result = await services.GetRequiredService<FeedPuller>().PullAsync(feed);

        Assert.False(result.Succeeded);
        Assert.Contains("Feeds:MaxPageBytes", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, result.Pages);
        var stored = (await services.GetRequiredService<FeedRegistry>().GetAsync(feed.PartnerId, feed.FeedId))!;
        Assert.Equal(result.Error, stored.LastError);
        Assert.Equal(0, stored.ObjectsStored);
        Assert.Null(stored.Next);
        Assert.Null(stored.AddedAfter);
    }

    [Fact]
    public async Task Credentials_are_not_sent_over_http_when_private_addresses_are_not_allowed()
    {
        var services = Services(allowPrivateAddresses: false);
        await using var taxii = await TaxiiTestServer.StartAsync();
        var variable = $"FEEDSECRET_TEST_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, taxii.Token);
        var feed = await NewFeedAsync(services, taxii.ApiRoot, $"env:{variable}");

        var result = await services.GetRequiredService<FeedPuller>().PullAsync(feed);

        Assert.False(result.Succeeded);
        Assert.Contains("only over https", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, taxii.Requests);
    }
}
