using Azure.Data.Tables;
using CyberPartnerships.Graph;
using CyberPartnerships.Partners;
using CyberPartnerships.Storage;
using CyberPartnerships.Submissions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Bench;

/// <summary>
/// The storage one measurement of <c>ingest</c> runs on: an Azurite of its own, empty (Azurite inserts more slowly into
/// a table that holds more rows, so each pass, the project's and the raw ceiling's alike, starts from the same empty
/// emulator), or the account <c>CYBERPARTNERS_BENCH_STORAGE</c> names (shared by all passes). The app composed twice on
/// it, with the correlation graph (the app's default) and without, tables created and connections opened.
/// </summary>
internal sealed class IngestBenchStorage : IAsyncDisposable
{
    private readonly AzuriteLauncher? _azurite;

    private IngestBenchStorage(AzuriteLauncher? azurite, string connectionString, ServiceProvider services, ServiceProvider withoutGraph)
    {
        _azurite = azurite;
        ConnectionString = connectionString;
        Services = services;
        WithoutGraph = withoutGraph;
    }

    public string ConnectionString { get; }

    public ServiceProvider Services { get; }

    public ServiceProvider WithoutGraph { get; }

    public TableServiceClient Tables => Services.GetRequiredService<TableServiceClient>();

    public static async Task<IngestBenchStorage> StartAsync(string parallelism, int objects, CancellationToken cancellationToken)
    {
        var external = Environment.GetEnvironmentVariable("CYBERPARTNERS_BENCH_STORAGE");
        var azurite = string.IsNullOrEmpty(external) ? await AzuriteLauncher.StartAsync().ConfigureAwait(false) : null;
        var connectionString = azurite?.ConnectionString ?? external!;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Ingest:WriteParallelism"] = parallelism,
            // The bench stores bundles larger than one request may be (100,000 objects is past the 8 MiB body limit).
            ["Submissions:MaxObjects"] = $"{Math.Max(objects, 50_000)}",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddStorage().AddPartners().AddSubmissions().AddGraph().BuildServiceProvider();
        var withoutGraph = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddStorage().AddPartners().AddSubmissions().BuildServiceProvider();
        var storage = new IngestBenchStorage(azurite, connectionString, services, withoutGraph);

        // Warm-up (JIT, connections, tables), not measured.
        var warm = Math.Min(500, objects);
        await IngestBenchmark.BatchAsync(services.GetRequiredService<SubmissionIngestor>(), IngestBundles.Simple(warm), cancellationToken).ConfigureAwait(false);
        await IngestBenchmark.BatchAsync(withoutGraph.GetRequiredService<SubmissionIngestor>(), IngestBundles.Simple(warm), cancellationToken).ConfigureAwait(false);
        await RawCeiling.RunAsync(storage.Tables, IngestBenchmark.Plan(services, IngestBundles.Simple(warm)), 8, cancellationToken).ConfigureAwait(false);
        return storage;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync().ConfigureAwait(false);
        await WithoutGraph.DisposeAsync().ConfigureAwait(false);
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync().ConfigureAwait(false);
        }
    }
}
