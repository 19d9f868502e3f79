using CyberPartnerships.Storage;

namespace CyberPartnerships.Tests.Infrastructure;

/// <summary>
/// Storage for the tests: Azurite from node_modules, in memory, on free loopback ports; started once per test
/// collection and stopped after it. When <c>CYBERPARTNERS_TEST_STORAGE</c> names a real storage account's connection
/// string, the tests run against that account instead.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string RealStorageVariable = "CYBERPARTNERS_TEST_STORAGE";
    private const string DevAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private ToolProcess? _azurite;

    public string ConnectionString { get; private set; } = string.Empty;

    public bool IsAzurite => _azurite is not null;

    public StorageClients Clients { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var real = Environment.GetEnvironmentVariable(RealStorageVariable);
        if (!string.IsNullOrWhiteSpace(real))
        {
            ConnectionString = real;
        }
        else
        {
            int blob = ToolProcess.FreePort(), queue = ToolProcess.FreePort(), table = ToolProcess.FreePort();
            _azurite = await ToolProcess.StartAsync(
                "azurite",
                ["--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
                 "--blobHost", "127.0.0.1", "--blobPort", $"{blob}",
                 "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
                 "--tableHost", "127.0.0.1", "--tablePort", $"{table}"],
                [blob, queue, table]);
            ConnectionString =
                $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
                $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;" +
                $"QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
                $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
        }

        Clients = StorageClients.FromConnectionString(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "storage";
}
