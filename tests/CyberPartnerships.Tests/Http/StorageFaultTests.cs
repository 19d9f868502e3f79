using System.Net;
using Azure.Core;
using Azure.Data.Tables;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Http;

/// <summary>A storage fault on a read of the partner API is a 503 problem that says to repeat the request, never a 500.</summary>
[Collection(StorageCollection.Name)]
public sealed class StorageFaultTests(AzuriteFixture storage)
{
    private async Task<(IngestionApi Api, string Key)> StartFailingAsync(string table)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        var failing = false;
        options.AddPolicy(new FailNthRequestPolicy(m => Volatile.Read(ref failing) && m.Request.Uri.Path.Contains($"/{table}", StringComparison.Ordinal), 1), HttpPipelinePosition.PerCall);
        var api = await IngestionApi.StartAsync(storage, services => services.AddSingleton(new TableServiceClient(storage.ConnectionString, options)));
        var (_, key) = await api.NewPartnerAsync("fault");
        using (await api.GetAsync(key, $"/api/indicators/domain/{StixTestData.NewDomain()}"))
        {
            // Tables created and clients warm before the fault is armed.
        }

        Volatile.Write(ref failing, true);
        return (api, key);
    }

    [Theory]
    [InlineData(PartnerRegistry.PartnersTable, "/api/partners/me")]
    [InlineData(PartnerRegistry.ApiKeysTable, "/api/partners/me")]
    [InlineData(IngestWriter.IndicatorsTable, "/api/indicators/domain/c2.example")]
    public async Task Storage_fault_while_reading_is_a_503_problem(string table, string path)
    {
        var (api, key) = await StartFailingAsync(table);
        await using var _ = api;

        using var failed = await api.GetAsync(key, path);
        using var again = await api.GetAsync(key, path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        Assert.True(again.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{again.StatusCode} after the fault");
    }
}
