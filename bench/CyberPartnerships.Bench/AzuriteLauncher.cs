using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Bench;

/// <summary>Azurite from the repository's node_modules, in memory, on free loopback ports, for one benchmark run.</summary>
public sealed class AzuriteLauncher : IAsyncDisposable
{
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly ToolProcess _azurite;

    private AzuriteLauncher(ToolProcess azurite, string connectionString)
    {
        _azurite = azurite;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteLauncher> StartAsync()
    {
        int blob = ToolProcess.FreePort(), table = ToolProcess.FreePort();
        var azurite = await ToolProcess.StartAsync(
            "azurite",
            ["--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl", "--blobHost", "127.0.0.1",
             "--blobPort", $"{blob}", "--tableHost", "127.0.0.1", "--tablePort", $"{table}", "--queuePort", $"{ToolProcess.FreePort()}"],
            [blob, table]).ConfigureAwait(false);
        return new AzuriteLauncher(azurite, $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;");
    }

    public ValueTask DisposeAsync() => _azurite.DisposeAsync();
}
