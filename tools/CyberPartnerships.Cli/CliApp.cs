using System.CommandLine;
using Azure;
using CyberPartnerships.Cli.Cases;
using CyberPartnerships.Cli.Partners;
using CyberPartnerships.Cli.Redaction;
using CyberPartnerships.Partners;

namespace CyberPartnerships.Cli;

/// <summary>The <c>cyberpartners</c> command tree. Exit codes: 0 done, 1 bad input or refused, 3 storage unreachable.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int StorageUnreachable = 3;

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, Console.In, output, error, cancellationToken);

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error, input);
        var root = new RootCommand("CyberPartnerships operator tool: partners, API keys, feeds and cases.");
        root.Options.Add(CliContext.StorageOption);
        root.Options.Add(CliContext.AccountOption);
        root.Subcommands.Add(PartnerCommands.Create(context));
        root.Subcommands.Add(Feeds.FeedCommands.Create(context));
        root.Subcommands.Add(CaseCommands.Create(context));
        root.Subcommands.Add(RedactCommands.Create(context));

        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a command body and turns the errors an operator can act on into a message and an exit code.</summary>
    internal static async Task<int> GuardAsync(CliContext context, Func<Task> body)
    {
        try
        {
            await body().ConfigureAwait(false);
            return Ok;
        }
        catch (PartnerRegistryException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return Refused;
        }
        catch (CliInputException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return Refused;
        }
        catch (RequestFailedException ex) when (ex.Status is 0 or 401 or 403 or >= 500)
        {
            await context.Error.WriteLineAsync($"error: storage unreachable or access denied ({(ex.Status == 0 ? ex.InnerException?.Message ?? ex.Message : $"HTTP {ex.Status}")}). Check --storage/--account and your sign-in.").ConfigureAwait(false);
            return StorageUnreachable;
        }
        catch (RequestFailedException ex)
        {
            // 404/409/412 and the like: someone changed the same record meanwhile, or it went away. Nothing half-done.
            await context.Error.WriteLineAsync($"error: storage refused the change (HTTP {ex.Status} {ex.ErrorCode}): the record changed or went away meanwhile; list it and try again.").ConfigureAwait(false);
            return Refused;
        }
        catch (Exception ex) when (ex is AggregateException or HttpRequestException or Azure.Identity.AuthenticationFailedException or Azure.Identity.CredentialUnavailableException)
        {
            await context.Error.WriteLineAsync($"error: storage unreachable or sign-in failed ({ex.Message.Split('\n')[0]}). Check --storage/--account and your sign-in.").ConfigureAwait(false);
            return StorageUnreachable;
        }
    }
}

public sealed class CliInputException(string message) : Exception(message);
