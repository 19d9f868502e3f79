using Azure.Data.Tables;
using CyberPartnerships.Feeds;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using CyberPartnerships.Storage;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Partners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Feeds;

/// <summary>Feed pulls against the TAXII 2.1 test server (Kestrel, loopback), storing into Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed class FeedPullTests(AzuriteFixture storage) : IAsyncLifetime
{
    private readonly LogCollector _logs = new();
    private ServiceProvider _services = null!;
    private TaxiiTestServer _taxii = null!;
    private FeedRegistration _feed = null!;

    private FeedPuller Puller => _services.GetRequiredService<FeedPuller>();

    private FeedRegistry Feeds => _services.GetRequiredService<FeedRegistry>();

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Feeds:AllowPrivateAddresses"] = "true",
            ["Feeds:PageSize"] = "5",
            ["Feeds:RetryBaseDelay"] = "00:00:00.050",
            ["Feeds:MaxRetryAttempts"] = "3",
            ["Feeds:AttemptTimeout"] = "00:00:05",
            ["Feeds:TotalRequestTimeout"] = "00:00:20",
        }).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.AddProvider(_logs))
            .AddStorage().AddPartners().AddFeeds()
            .BuildServiceProvider();
        _taxii = await TaxiiTestServer.StartAsync();
        var partner = await _services.GetRequiredService<PartnerRegistry>().AddAsync(PartnerTestData.NewPartner("feed"));
        var tokenVariable = $"FEEDSECRET_TEST_TOKEN_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(tokenVariable, _taxii.Token);
        _feed = await Feeds.AddAsync(new FeedRegistration
        {
            PartnerId = partner.Id,
            FeedId = "c2",
            ApiRoot = _taxii.ApiRoot,
            CollectionId = TaxiiTestServer.CollectionId,
            TokenRef = $"env:{tokenVariable}",
        });
    }

    public async Task DisposeAsync()
    {
        await _taxii.DisposeAsync();
        await _services.DisposeAsync();
    }

    private HashSet<(string Id, string Modified)> StoredSet() =>
        storage.Clients.Tables.GetTableClient(IngestWriter.ObjectsTable)
            .Query<TableEntity>(TableClient.CreateQueryFilter($"PartnerId eq {_feed.PartnerId}"), select: ["StixId", "Modified"])
            .Select(e => (e.GetString("StixId")!, e.GetString("Modified")!))
            .ToHashSet();

    private int StoredRowCount() =>
        storage.Clients.Tables.GetTableClient(IngestWriter.ObjectsTable)
            .Query<TableEntity>(TableClient.CreateQueryFilter($"PartnerId eq {_feed.PartnerId}"), select: ["StixId"]).Count();

    private async Task<FeedRegistration> CurrentAsync() => (await Feeds.GetAsync(_feed.PartnerId, _feed.FeedId))!;

    [Fact]
    public async Task Pull_with_next_paging_a_429_and_a_death_mid_page_stores_exactly_the_served_set_after_a_rerun()
    {
        _taxii.TooManyRequestsAt = 2;
        _taxii.DieFrom = 4;

        var first = await Puller.PullAsync(await CurrentAsync());

        Assert.False(first.Succeeded);
        Assert.Equal(1, _taxii.TooManyRequestsServed);
        var checkpoint = await CurrentAsync();
        Assert.Equal("10", checkpoint.Next);
        Assert.Equal(10, StoredRowCount());

        _taxii.DieFrom = 0;
        var rerun = await Puller.PullAsync(checkpoint);

        Assert.True(rerun.Succeeded, rerun.Error);
        Assert.Equal(_taxii.Served, StoredSet());
        Assert.Equal(_taxii.Served.Count, StoredRowCount());
        Assert.Null((await CurrentAsync()).Next);
        Assert.Equal(_taxii.Served.Count, (await CurrentAsync()).ObjectsStored);
    }

    [Fact]
    public async Task Pull_with_added_after_only_keeps_objects_added_at_the_same_instant_across_a_page_boundary()
    {
        _taxii.AddedAfterOnly = true;
        _taxii.DieFrom = 3;

        var first = await Puller.PullAsync(await CurrentAsync());
        _taxii.DieFrom = 0;
        var rerun = await Puller.PullAsync(await CurrentAsync());

        Assert.False(first.Succeeded);
        Assert.True(rerun.Succeeded, rerun.Error);
        Assert.Equal(_taxii.Served, StoredSet());
        Assert.Equal(_taxii.Served.Count, StoredRowCount());
        Assert.Contains(StoredSet(), s => s.Modified.EndsWith(".987654321Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Against_a_server_that_keeps_one_next_token_for_a_listing_every_page_is_read_in_one_run()
    {
        _taxii.MedallionLike = true;

        var run = await Puller.PullAsync(await CurrentAsync());

        Assert.True(run.Succeeded, run.Error);
        Assert.Equal(5, run.Pages);
        Assert.Equal(_taxii.Served, StoredSet());
    }

    [Fact]
    public async Task A_next_token_the_server_no_longer_knows_falls_back_to_added_after_and_the_feed_recovers()
    {
        _taxii.MedallionLike = true;
        _taxii.DieFrom = 3;
        var first = await Puller.PullAsync(await CurrentAsync());
        Assert.False(first.Succeeded);
        Assert.NotNull((await CurrentAsync()).Next);

        _taxii.DieFrom = 0;
        _taxii.ForgetTokens();
        var rerun = await Puller.PullAsync(await CurrentAsync());
        var again = await Puller.PullAsync(await CurrentAsync());

        Assert.True(rerun.Succeeded, rerun.Error);
        Assert.True(again.Succeeded, again.Error);
        Assert.Equal(_taxii.Served, StoredSet());
        Assert.Equal(FeedHealth.Healthy, (await CurrentAsync()).Health);
        Assert.Contains(_logs.Entries, e => e.Message.Contains("is not valid or has expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Incremental_pulls_send_added_after_with_no_more_fractional_digits_than_the_server_gave()
    {
        _taxii.MedallionLike = true;
        var first = await Puller.PullAsync(await CurrentAsync());
        _taxii.Objects.Add((Indicator($"[domain-name:value = '{NewDomain()}']"), "2026-11-22T00:00:00.500000Z"));

        var second = await Puller.PullAsync(await CurrentAsync());

        Assert.True(first.Succeeded, first.Error);
        Assert.True(second.Succeeded, second.Error);
        Assert.Equal(1, second.Stored);
        var sent = _taxii.AddedAfterSeen.Where(a => a.Length > 0).ToList();
        Assert.NotEmpty(sent);
        Assert.All(sent, a => Assert.True(a.Length - a.IndexOf('.', StringComparison.Ordinal) - 2 <= 6, a));
    }

    [Fact]
    public async Task A_page_with_a_lone_surrogate_escape_fails_that_run_saying_where_and_stores_nothing()
    {
        _taxii.PageText = json => json.Replace("{\"more\"", "{\"x_note\":\"\\ud800\",\"more\"", StringComparison.Ordinal);

        var run = await Puller.PullAsync(await CurrentAsync());

        Assert.False(run.Succeeded);
        Assert.Contains("/x_note", run.Error, StringComparison.Ordinal);
        Assert.Contains("surrogate", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, run.Stored);
        Assert.Null((await CurrentAsync()).Next);
    }

    [Fact]
    public async Task Pages_read_twice_store_nothing_twice()
    {
        var first = await Puller.PullAsync(await CurrentAsync());
        await Feeds.UpdateAsync(_feed.PartnerId, _feed.FeedId, f => f with { Next = null, AddedAfter = null });
        var again = await Puller.PullAsync(await CurrentAsync());

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(_taxii.Served.Count, first.Stored);
        Assert.Equal(0, again.Stored);
        Assert.Equal(_taxii.Served.Count, StoredRowCount());
    }

    [Fact]
    public async Task Feed_that_keeps_failing_is_marked_unhealthy_and_logged_once()
    {
        _taxii.AlwaysFail = true;

        for (var run = 0; run < 5; run++)
        {
            Assert.False((await Puller.PullAsync(await CurrentAsync())).Succeeded);
        }

        var feed = await CurrentAsync();
        Assert.Equal(FeedHealth.Unhealthy, feed.Health);
        Assert.Equal(5, feed.ConsecutiveFailures);
        Assert.Contains("503", feed.LastError, StringComparison.Ordinal);
        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(feed.PartnerId, StringComparison.Ordinal));

        _taxii.AlwaysFail = false;
        Assert.True((await Puller.PullAsync(await CurrentAsync())).Succeeded);
        Assert.Equal(FeedHealth.Healthy, (await CurrentAsync()).Health);
    }

    [Fact]
    public async Task Pull_with_basic_authentication_reads_the_password_from_the_referenced_setting()
    {
        var passwordVariable = $"FEEDSECRET_TEST_PASSWORD_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(passwordVariable, _taxii.Token);
        var feed = await Feeds.UpdateAsync(_feed.PartnerId, _feed.FeedId, f => f with { TokenRef = null, Username = "puller", PasswordRef = $"env:{passwordVariable}" });

        var result = await Puller.PullAsync(feed);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(_taxii.Served, StoredSet());
    }

    [Fact]
    public async Task Puller_refuses_to_send_a_credential_read_from_a_setting_that_is_not_a_dedicated_feed_secret()
    {
        // A feed registered before references were restricted, naming any app setting.
        var variable = $"CP_TEST_SETTING_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, _taxii.Token);
        var feed = await Feeds.UpdateAsync(_feed.PartnerId, _feed.FeedId, f => f with { TokenRef = $"env:{variable}" });

        var result = await Puller.PullAsync(feed);

        Assert.False(result.Succeeded);
        Assert.Contains("FEEDSECRET_", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _taxii.Requests);
        Assert.Equal(result.Error, (await CurrentAsync()).LastError);
    }

    [Theory]
    [InlineData("{\"versions\":\"x\"}", null)]
    [InlineData("[\"application/taxii+json;version=2.1\"]", null)]
    [InlineData("{\"versions\":[1]}", null)]
    [InlineData(null, "[true]")]
    [InlineData(null, "\"can_read\"")]
    public async Task Feed_answering_discovery_with_the_wrong_json_shape_fails_alone_and_the_other_feeds_are_still_pulled(string? apiRoot, string? collection)
    {
        await using var broken = await TaxiiTestServer.StartAsync();
        broken.ApiRootBody = apiRoot;
        broken.CollectionBody = collection;
        var tokenVariable = $"FEEDSECRET_TEST_TOKEN_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(tokenVariable, broken.Token);

        // "a-broken" sorts before "c2" of the same partner: it is pulled first.
        await Feeds.AddAsync(new FeedRegistration
        {
            PartnerId = _feed.PartnerId,
            FeedId = "a-broken",
            ApiRoot = broken.ApiRoot,
            CollectionId = TaxiiTestServer.CollectionId,
            TokenRef = $"env:{tokenVariable}",
        });

        IReadOnlyList<FeedPullResult> results = [];
        for (var run = 0; run < new FeedOptions().UnhealthyAfter; run++)
        {
            results = await Puller.PullAllAsync();
        }

        Assert.Equal(_taxii.Served, StoredSet());
        Assert.True(Assert.Single(results, r => r.PartnerId == _feed.PartnerId && r.FeedId == _feed.FeedId).Succeeded);
        var failed = Assert.Single(results, r => r.PartnerId == _feed.PartnerId && r.FeedId == "a-broken");
        Assert.False(failed.Succeeded);
        Assert.StartsWith(nameof(TaxiiException), failed.Error, StringComparison.Ordinal);
        var feed = (await Feeds.GetAsync(_feed.PartnerId, "a-broken"))!;
        Assert.Equal(FeedHealth.Unhealthy, feed.Health);
        Assert.Equal(failed.Error, feed.LastError);
    }

    [Fact]
    public async Task Feeds_of_a_suspended_partner_are_not_pulled_keep_their_state_and_are_logged_once_per_run()
    {
        await Feeds.AddAsync(_feed with { FeedId = "c3" });
        var partners = _services.GetRequiredService<PartnerRegistry>();
        await partners.SetStatusAsync(_feed.PartnerId, PartnerStatus.Suspended);
        var before = await CurrentAsync();

        var results = await Puller.PullAllAsync();

        Assert.DoesNotContain(results, r => r.PartnerId == _feed.PartnerId);
        Assert.Equal(0, _taxii.Requests);
        Assert.Equal(before, await CurrentAsync());
        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains(_feed.PartnerId, StringComparison.Ordinal));

        await partners.SetStatusAsync(_feed.PartnerId, PartnerStatus.Active);
        var resumed = await Puller.PullAllAsync();

        Assert.Equal(2, resumed.Count(r => r.PartnerId == _feed.PartnerId && r.Succeeded));
    }

    [Fact]
    public async Task Pull_all_pulls_active_feeds_only()
    {
        await Feeds.UpdateAsync(_feed.PartnerId, _feed.FeedId, f => f with { Active = false });

        var results = await Puller.PullAllAsync();

        Assert.DoesNotContain(results, r => r.PartnerId == _feed.PartnerId);
        Assert.Equal(0, _taxii.ObjectRequests);
    }
}

/// <summary>Keeps every log entry, to check what was logged and how often.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToList();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner._entries)
            {
                owner._entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
