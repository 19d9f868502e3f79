using System.CommandLine;
using Azure.Identity;
using CyberPartnerships.Storage;

namespace CyberPartnerships.Cli;

/// <summary>What every command needs: where to read and write, and the storage account chosen by the global options.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, TextReader? input = null)
{
    public const string StorageVariable = "CYBERPARTNERS_STORAGE";

    public static readonly Option<string?> StorageOption = new("--storage")
    {
        Description = $"Storage connection string (Azurite or a test account). Default: the {StorageVariable} environment variable.",
        Recursive = true,
    };

    public static readonly Option<string?> AccountOption = new("--account")
    {
        Description = "Azure storage account name: use its Azure endpoints, signed in with DefaultAzureCredential (az login, managed identity).",
        Recursive = true,
    };

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Standard input (commands that read a stream, e.g. <c>redact --jsonl</c>); the console's by default.</summary>
    public TextReader Input { get; } = input ?? Console.In;

    public StorageClients Storage(ParseResult parse)
    {
        var account = parse.GetValue(AccountOption);
        if (!string.IsNullOrWhiteSpace(account))
        {
            return StorageClients.ForAccount(account, new DefaultAzureCredential());
        }

        var connection = parse.GetValue(StorageOption) ?? Environment.GetEnvironmentVariable(StorageVariable);
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new CliInputException($"No storage given: pass --storage <connection string> or --account <name>, or set {StorageVariable}.");
        }

        try
        {
            return StorageClients.FromConnectionString(connection, maxRetries: 1);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new CliInputException($"The storage connection string is not valid: {ex.Message}");
        }
    }
}
