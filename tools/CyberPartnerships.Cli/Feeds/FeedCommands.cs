using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CyberPartnerships.Feeds;
using CyberPartnerships.Partners;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Cli.Feeds;

/// <summary><c>cyberpartners feed add|list|pull|pause|resume|remove</c>: the partners' TAXII 2.1 feeds the app pulls.</summary>
public static class FeedCommands
{
    private const string AllowPrivateAddressesVariable = "Feeds__AllowPrivateAddresses";

    public static Command Create(CliContext context)
    {
        var feed = new Command("feed", "Manage the partners' TAXII 2.1 feeds pulled on a timer.");
        feed.Subcommands.Add(Add(context));
        feed.Subcommands.Add(List(context));
        feed.Subcommands.Add(Pull(context));
        feed.Subcommands.Add(SetActive(context, "pause", active: false, "Stop pulling a feed (its checkpoint is kept)."));
        feed.Subcommands.Add(SetActive(context, "resume", active: true, "Pull a paused feed again, from its checkpoint."));
        feed.Subcommands.Add(Remove(context));
        return feed;
    }

    private static Command Add(CliContext context)
    {
        var partner = new Argument<string>("partner") { Description = "Partner id (the feed's objects are attributed to it)." };
        var apiRoot = new Option<string>("--api-root")
        {
            Description = $"TAXII 2.1 API root URL on a public host, e.g. https://taxii.partner.example/api1/ (http and private addresses only with {AllowPrivateAddressesVariable}=true in the environment, for local testing).",
            Required = true,
        };
        var collection = new Option<string>("--collection") { Description = "Collection id.", Required = true };
        var id = new Option<string>("--id") { Description = "Feed id, unique per partner.", DefaultValueFactory = _ => "default" };
        var username = new Option<string?>("--username") { Description = "HTTP Basic user name." };
        var password = new Option<string?>("--password") { Description = "Reference to the password: env:FEEDSECRET_<NAME>, an app setting holding only this secret (never the password itself)." };
        var token = new Option<string?>("--token") { Description = "Reference to a bearer token: env:FEEDSECRET_<NAME>, an app setting holding only this secret (never the token itself)." };
        var tlp = new Option<string>("--tlp") { Description = "TLP of objects without a TLP 2.0 marking.", DefaultValueFactory = _ => "AMBER" };
        var command = new Command("add", "Register a partner's TAXII 2.1 collection (https). Secrets are given as references to app settings named FEEDSECRET_<NAME>, set aside for feed secrets (in Azure, a Key Vault reference: @Microsoft.KeyVault(SecretUri=...)); credentials are sent over https only.")
        {
            partner, apiRoot, collection, id, username, password, token, tlp,
        };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var partnerId = parse.GetRequiredValue(partner);
            var storage = context.Storage(parse);
            _ = await new PartnerRegistry(storage.Tables, TimeProvider.System).GetAsync(partnerId, ct).ConfigureAwait(false)
                ?? throw new CliInputException($"No partner with id '{partnerId}'.");
            if (!Uri.TryCreate(parse.GetRequiredValue(apiRoot), UriKind.Absolute, out var root))
            {
                throw new CliInputException($"--api-root '{parse.GetValue(apiRoot)}' is not an absolute URL.");
            }

            var feed = new FeedRegistration
            {
                PartnerId = partnerId,
                FeedId = parse.GetRequiredValue(id),
                ApiRoot = root,
                CollectionId = parse.GetRequiredValue(collection),
                Username = parse.GetValue(username),
                PasswordRef = parse.GetValue(password),
                TokenRef = parse.GetValue(token),
                DefaultTlp = TlpLevels.TryParse(parse.GetValue(tlp), out var level) ? level : throw new CliInputException($"--tlp '{parse.GetValue(tlp)}' is not a TLP 2.0 level."),
            };
            await Guard(() => new FeedRegistry(storage.Tables, Options.Create(new FeedOptions { AllowPrivateAddresses = AllowPrivateAddresses() })).AddAsync(feed, ct)).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"added feed {feed.PartnerId}/{feed.FeedId}: {feed.ApiRoot} collection {feed.CollectionId}").ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>One pull of one feed now, by the app's own <see cref="FeedPuller"/> (the same checkpoint, health and
    /// storage as the timer's); <c>Feeds__*</c> settings come from the environment, as in the app.</summary>
    private static Command Pull(CliContext context)
    {
        var partner = new Argument<string>("partner") { Description = "Partner id." };
        var id = new Option<string>("--id") { Description = "Feed id.", DefaultValueFactory = _ => "default" };
        var command = new Command("pull", "Pull a feed now, as the timer does (from its checkpoint; it moves on), and print what was stored. Feeds__* settings are read from the environment.")
        {
            partner, id,
        };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var storage = context.Storage(parse);
            await using var services = new ServiceCollection()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build())
                .AddLogging()
                .AddSingleton(storage).AddSingleton(storage.Tables).AddSingleton(storage.Blobs).AddSingleton(storage.Queues)
                .AddSingleton(TimeProvider.System)
                .AddPartners()
                .AddFeeds()
                .BuildServiceProvider();
            var partnerId = parse.GetRequiredValue(partner);
            var feedId = parse.GetRequiredValue(id);
            var feed = await services.GetRequiredService<FeedRegistry>().GetAsync(partnerId, feedId, ct).ConfigureAwait(false)
                ?? throw new CliInputException($"No feed {partnerId}/{feedId}.");
            var result = await services.GetRequiredService<FeedPuller>().PullAsync(feed, ct).ConfigureAwait(false);
            var counts = $"{result.Pages} pages, {result.Stored} stored, {result.Duplicates} duplicates, {result.Rejected} rejected";
            if (!result.Succeeded)
            {
                throw new CliInputException($"pulling {partnerId}/{feedId} failed after {counts}: {result.Error}");
            }

            await context.Output.WriteLineAsync($"pulled {partnerId}/{feedId}: {counts}").ConfigureAwait(false);
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("list", "List feeds with their state, health, checkpoint and last error.") { json };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var feeds = await new FeedRegistry(context.Storage(parse).Tables).ListAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(feeds, Json.Options)).ConfigureAwait(false);
                return;
            }

            await context.Output.WriteLineAsync($"{"PARTNER/FEED",-40} {"STATE",-7} {"HEALTH",-10} {"STORED",8} {"LAST SUCCESS",-20} LAST ERROR").ConfigureAwait(false);
            foreach (var f in feeds)
            {
                var success = f.LastSuccessAt?.ToString("u", CultureInfo.InvariantCulture) ?? "never";
                var error = f.Health == FeedHealth.Unhealthy || f.ConsecutiveFailures > 0 ? f.LastError : null;
                await context.Output.WriteLineAsync(
                    $"{f.PartnerId + "/" + f.FeedId,-40} {(f.Active ? "active" : "paused"),-7} {f.Health.ToString().ToLowerInvariant(),-10} {f.ObjectsStored,8} {success,-20} {error}").ConfigureAwait(false);
            }
        }));
        return command;
    }

    private static Command SetActive(CliContext context, string verb, bool active, string description)
    {
        var partner = new Argument<string>("partner") { Description = "Partner id." };
        var id = new Option<string>("--id") { Description = "Feed id.", DefaultValueFactory = _ => "default" };
        var command = new Command(verb, description) { partner, id };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var feed = await Guard(() => new FeedRegistry(context.Storage(parse).Tables).UpdateAsync(parse.GetRequiredValue(partner), parse.GetRequiredValue(id), f => f with { Active = active }, ct)).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"feed {feed.PartnerId}/{feed.FeedId} is now {(active ? "active" : "paused")}").ConfigureAwait(false);
        }));
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var partner = new Argument<string>("partner") { Description = "Partner id." };
        var id = new Option<string>("--id") { Description = "Feed id.", DefaultValueFactory = _ => "default" };
        var command = new Command("remove", "Forget a feed (objects already stored stay).") { partner, id };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            await Guard(async () =>
            {
                await new FeedRegistry(context.Storage(parse).Tables).RemoveAsync(parse.GetRequiredValue(partner), parse.GetRequiredValue(id), ct).ConfigureAwait(false);
                return true;
            }).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"removed feed {parse.GetValue(partner)}/{parse.GetValue(id)}").ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>The app's own opt-in, read from the environment: a local run registering the loopback test server.</summary>
    private static bool AllowPrivateAddresses() =>
        bool.TryParse(Environment.GetEnvironmentVariable(AllowPrivateAddressesVariable), out var allow) && allow;

    private static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (FeedRegistryException ex)
        {
            throw new CliInputException(ex.Message);
        }
    }
}
