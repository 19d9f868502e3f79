using System.Net;
using Azure.Core;
using Azure.Data.Tables;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>A storage fault injected into the table pipeline half-way through a submission, then the same request again.</summary>
[Collection(StorageCollection.Name)]
public sealed class SubmissionFaultTests(AzuriteFixture storage)
{
    [Theory]
    [InlineData("$batch", 3)]
    [InlineData("Submissions", 1)]
    public async Task Storage_fault_mid_way_then_retry_stores_everything_once(string urlPart, int failOn)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.AddPolicy(new FailNthRequestPolicy(m => m.Request.Uri.ToString().Contains(urlPart, StringComparison.Ordinal) && m.Request.Method != RequestMethod.Get, failOn), HttpPipelinePosition.PerCall);
        var faultyTables = new TableServiceClient(storage.ConnectionString, options);
        await using var api = await IngestionApi.StartAsync(storage, services => services.AddSingleton(faultyTables));
        var (partner, key) = await api.NewPartnerAsync("fault");
        var ip = NewIp();
        var objects = Enumerable.Range(0, 300).Select(i => (System.Text.Json.Nodes.JsonNode)Indicator(i == 0 ? $"[ipv4-addr:value = '{ip}']" : $"[domain-name:value = '{NewDomain()}']")).ToArray();
        var bundle = Bundle(objects);

        using var failed = await api.PostAsync(key, bundle);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);

        using var retried = await api.PostAsync(key, bundle);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        var record = await IngestionApi.JsonAsync(retried);
        Assert.All(record.GetProperty("objects").EnumerateArray(), o => Assert.Equal("stored", o.GetProperty("status").GetString()));
        var submissionId = record.GetProperty("id").GetString()!;

        var rows = storage.Clients.Tables.GetTableClient(IngestWriter.ObjectsTable)
            .Query<TableEntity>(TableClient.CreateQueryFilter($"SourceId eq {submissionId}"), select: ["StixId"]).ToList();
        Assert.Equal(300, rows.Count);
        Assert.Equal(300, rows.Select(r => r.GetString("StixId")).Distinct().Count());

        using var indicator = await api.GetAsync(key, $"/api/indicators/ipv4/{ip}");
        var sightings = (await IngestionApi.JsonAsync(indicator)).GetProperty("partners");
        Assert.Equal(partner.Id, sightings.EnumerateArray().Single().GetProperty("partnerId").GetString());
        Assert.Equal(1, sightings[0].GetProperty("count").GetInt32());
    }
}
