using CyberPartnerships.Cli;
using CyberPartnerships.Feeds;
using CyberPartnerships.Partners;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Partners;

namespace CyberPartnerships.Tests.Feeds;

/// <summary>The <c>cyberpartners feed</c> commands against Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed class FeedCliTests(AzuriteFixture storage)
{
    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--storage", storage.ConnectionString], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<string> NewPartnerAsync() =>
        (await new PartnerRegistry(storage.Clients.Tables, TimeProvider.System).AddAsync(PartnerTestData.NewPartner("cli"))).Id;

    [Fact]
    public async Task Add_stores_secret_references_and_list_shows_the_feed()
    {
        var partner = await NewPartnerAsync();

        var add = await RunAsync("feed", "add", partner, "--api-root", "https://taxii.partner.example/api1/", "--collection", "c-1", "--username", "puller", "--password", "env:FEEDSECRET_PARTNER_TAXII_PASSWORD");
        var list = await RunAsync("feed", "list");

        Assert.Equal(0, add.Exit);
        Assert.Equal(0, list.Exit);
        Assert.Matches($@"{partner}/default\s+active\s+healthy", list.Out);
        var stored = await new FeedRegistry(storage.Clients.Tables).GetAsync(partner, "default");
        Assert.Equal("env:FEEDSECRET_PARTNER_TAXII_PASSWORD", stored!.PasswordRef);
    }

    [Theory]
    [InlineData("--token", "s3cr3t-token-value")]
    [InlineData("--password", "hunter2")]
    [InlineData("--token", "env:Approvals__CurrentKey")]
    [InlineData("--password", "env:AzureWebJobsStorage")]
    public async Task Secret_given_as_a_value_or_as_a_setting_that_is_not_a_feed_secret_is_refused(string option, string value)
    {
        var partner = await NewPartnerAsync();
        string[] args = option == "--password"
            ? ["feed", "add", partner, "--api-root", "https://t.example/api1/", "--collection", "c", "--username", "u", option, value]
            : ["feed", "add", partner, "--api-root", "https://t.example/api1/", "--collection", "c", option, value];

        var add = await RunAsync(args);

        Assert.Equal(CliApp.Refused, add.Exit);
        Assert.Contains("env:FEEDSECRET_", add.Err, StringComparison.Ordinal);
        Assert.Null(await new FeedRegistry(storage.Clients.Tables).GetAsync(partner, "default"));
    }

    [Theory]
    [InlineData("http://taxii.partner.example/api1/", "https")]
    [InlineData("https://169.254.169.254/latest/", "public")]
    public async Task Api_root_that_is_not_https_or_not_public_is_refused(string apiRoot, string says)
    {
        var partner = await NewPartnerAsync();

        var add = await RunAsync("feed", "add", partner, "--api-root", apiRoot, "--collection", "c");

        Assert.Equal(CliApp.Refused, add.Exit);
        Assert.Contains(says, add.Err, StringComparison.Ordinal);
        Assert.Null(await new FeedRegistry(storage.Clients.Tables).GetAsync(partner, "default"));
    }

    [Fact]
    public async Task Unknown_partner_is_refused()
    {
        var add = await RunAsync("feed", "add", "no-such-partner-x", "--api-root", "https://t.example/api1/", "--collection", "c", "--token", "env:FEEDSECRET_T");

        Assert.Equal(CliApp.Refused, add.Exit);
    }

    [Fact]
    public async Task List_shows_an_unhealthy_feed_with_its_last_error_and_pause_resume_remove_work()
    {
        var partner = await NewPartnerAsync();
        await RunAsync("feed", "add", partner, "--id", "c2", "--api-root", "https://t.example/api1/", "--collection", "c", "--token", "env:FEEDSECRET_T");
        await new FeedRegistry(storage.Clients.Tables).UpdateAsync(partner, "c2", f => f with { Health = FeedHealth.Unhealthy, ConsecutiveFailures = 3, LastError = "TaxiiException: GET /api1/ answered 503" });

        var list = await RunAsync("feed", "list");
        Assert.Matches($@"{partner}/c2\s+active\s+unhealthy.*answered 503", list.Out);

        Assert.Equal(0, (await RunAsync("feed", "pause", partner, "--id", "c2")).Exit);
        Assert.Matches($@"{partner}/c2\s+paused", (await RunAsync("feed", "list")).Out);
        Assert.Equal(0, (await RunAsync("feed", "resume", partner, "--id", "c2")).Exit);
        Assert.Equal(0, (await RunAsync("feed", "remove", partner, "--id", "c2")).Exit);
        Assert.DoesNotContain(partner, (await RunAsync("feed", "list")).Out, StringComparison.Ordinal);
        Assert.Equal(CliApp.Refused, (await RunAsync("feed", "remove", partner, "--id", "c2")).Exit);
    }

    [Fact]
    public async Task Feed_pull_pulls_one_feed_now_from_its_checkpoint_and_says_what_it_stored()
    {
        await using var taxii = await TaxiiTestServer.StartAsync();
        var partner = await NewPartnerAsync();
        var token = $"FEEDSECRET_CLI_{Guid.NewGuid():N}".ToUpperInvariant();
        Environment.SetEnvironmentVariable(token, taxii.Token);
        Environment.SetEnvironmentVariable("Feeds__AllowPrivateAddresses", "true");
        Environment.SetEnvironmentVariable("Feeds__MaxRetryAttempts", "1");
        Environment.SetEnvironmentVariable("Feeds__RetryBaseDelay", "00:00:00.050");
        try
        {
            Assert.Equal(0, (await RunAsync("feed", "add", partner, "--api-root", taxii.ApiRoot.AbsoluteUri, "--collection", TaxiiTestServer.CollectionId, "--token", $"env:{token}")).Exit);

            var first = await RunAsync("feed", "pull", partner);
            var again = await RunAsync("feed", "pull", partner);
            taxii.AlwaysFail = true;
            var failing = await RunAsync("feed", "pull", partner);
            var unknown = await RunAsync("feed", "pull", partner, "--id", "nope");

            Assert.Equal(0, first.Exit);
            Assert.Contains($"pulled {partner}/default: 1 pages, {taxii.Served.Count} stored", first.Out, StringComparison.Ordinal);
            Assert.Equal(0, again.Exit);
            Assert.Contains(", 0 stored", again.Out, StringComparison.Ordinal);
            Assert.Equal(CliApp.Refused, failing.Exit);
            Assert.Contains("503", failing.Err, StringComparison.Ordinal);
            Assert.Equal(CliApp.Refused, unknown.Exit);
            Assert.Contains($"No feed {partner}/nope", unknown.Err, StringComparison.Ordinal);
            Assert.Equal(taxii.Served.Count, (await new FeedRegistry(storage.Clients.Tables).GetAsync(partner, "default"))!.ObjectsStored);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Feeds__AllowPrivateAddresses", null);
            Environment.SetEnvironmentVariable("Feeds__MaxRetryAttempts", null);
            Environment.SetEnvironmentVariable("Feeds__RetryBaseDelay", null);
            Environment.SetEnvironmentVariable(token, null);
        }
    }
}
