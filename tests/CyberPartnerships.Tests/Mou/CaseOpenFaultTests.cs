using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Azure.Data.Tables;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Mou;

/// <summary>A storage fault half-way through opening a case, then the same request again.</summary>
[Collection(MailCollection.Name)]
public sealed class CaseOpenFaultTests(AzuriteFixture storage, MailDevFixture mail)
{
    [Fact]
    public async Task A_case_whose_partner_index_write_failed_is_listed_for_every_partner_after_a_retry()
    {
        // The second CasePartners write (DCU's row; the submitter's went through) fails once.
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.AddPolicy(
            new FailNthRequestPolicy(m => m.Request.Uri.ToString().Contains($"/{CaseStore.CasePartnersTable}(", StringComparison.Ordinal) && m.Request.Method != RequestMethod.Get, 2),
            HttpPipelinePosition.PerCall);
        var faultyTables = new TableServiceClient(storage.ConnectionString, options);
        await using var host = await MouTestHost.StartAsync(storage, mail, services: s => s.AddSingleton(faultyTables));
        var submissionId = $"sub-{Guid.NewGuid():N}";
        await host.Services.GetRequiredService<TableCaseSourceLookup>().AddAsync(new CaseSource(
            submissionId, host.Submitter.Id, "Botnet Y", "C2 servers of botnet Y", "analysis", [], Tlp.Green));
        var caseId = CaseRules.CaseIdFor(submissionId);

        using (var failed = await host.SendAsync(HttpMethod.Post, "/api/cases", host.DcuKey, new { submissionId }))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
            Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        }

        using (var retried = await host.SendAsync(HttpMethod.Post, "/api/cases", host.DcuKey, new { submissionId }))
        {
            Assert.Equal(HttpStatusCode.Conflict, retried.StatusCode);
            Assert.Equal(caseId, (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseId").GetString());
        }

        foreach (var key in new[] { host.DcuKey, host.SubmitterKey })
        {
            using var list = await host.SendAsync(HttpMethod.Get, "/api/cases", key);
            Assert.Equal(HttpStatusCode.OK, list.StatusCode);
            var cases = await list.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(cases.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetString() == caseId);
        }

        // The workflow started on the retry: the analysts were asked for the analysis.
        Assert.NotEmpty((await host.GetStateAsync(caseId)).History);
        await mail.WaitForMessageAsync(host.Submitter.Analysts[0], m => MouTestHost.MessageId(m).Contains(caseId, StringComparison.Ordinal));
    }
}
