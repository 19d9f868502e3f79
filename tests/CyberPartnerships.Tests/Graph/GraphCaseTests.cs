using CyberPartnerships.Graph;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Mou;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Graph;

/// <summary>Opening a case (here: a referral asking for analysis) links it in the graph to its submission's indicators, for its parties.</summary>
[Collection(MailCollection.Name)]
public sealed class GraphCaseTests(AzuriteFixture storage, MailDevFixture mail)
{
    [Fact]
    public async Task An_opened_case_is_a_node_linked_to_its_indicators_that_only_its_parties_see()
    {
        await using var host = await MouTestHost.StartAsync(storage, mail, fromSubmissions: true, services: s => s.AddGraph());
        var outsider = await host.AddPartnerAsync("out");
        IndicatorKey.TryCreate("domain", $"c2-{Guid.NewGuid():N}.example", out var domain, out _);
        var referral = new Dictionary<string, object?>
        {
            ["tlp"] = "AMBER", ["title"] = "Botnet Y", ["summary"] = "C2 of botnet Y.", ["category"] = "botnet",
            ["requestedAction"] = "analysis", ["indicators"] = new[] { new { type = "domain", value = domain.Value } },
        };

        using var response = await host.SendAsync(HttpMethod.Post, "/api/submissions", host.SubmitterKey, referral);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var caseId = Assert.Single(response.Headers.GetValues("X-Case-Id"));
        var store = host.Services.GetRequiredService<GraphStore>();

        var bySubmitter = await store.GetAsync(GraphNode.Case(caseId), 1, 50, host.Submitter.Id, Tlp.Amber);
        var byDcu = await store.GetAsync(GraphNode.Of(domain), 1, 50, host.Dcu.Id, Tlp.Amber);
        var byOutsider = await store.GetAsync(GraphNode.Case(caseId), 1, 50, outsider.Id, Tlp.Amber);

        Assert.NotNull(bySubmitter);
        Assert.Contains(bySubmitter.Nodes, n => n.Id == domain.ToString());
        Assert.Contains(bySubmitter.Edges, e => e.Source == $"case:{caseId}" && e.Target == domain.ToString() && e.Relation == "case-member");
        Assert.NotNull(byDcu);
        Assert.Contains(byDcu.Nodes, n => n.Id == $"case:{caseId}" && n.Link == $"/api/cases/{caseId}");
        Assert.Null(byOutsider);
    }
}

/// <summary><c>Graph:Enabled=false</c>: ingestion writes no graph rows.</summary>
[Collection(StorageCollection.Name)]
public sealed class GraphOffTests(AzuriteFixture storage)
{
    [Fact]
    public async Task With_the_graph_off_a_submission_writes_no_graph_rows()
    {
        await using var api = await GraphApi.StartAsync(storage, settings: new Dictionary<string, string?> { ["Graph:Enabled"] = "false" });
        var (_, key) = await api.NewPartnerAsync("off");
        var domain = Submissions.StixTestData.NewDomain();
        await api.SubmitAsync(key, GraphApi.Referral("GREEN", ("domain", domain)), "application/json");

        var (status, _, _) = await api.GraphAsync(key, $"domain:{domain}");
        using var indicator = await api.GetAsync(key, $"/api/indicators/domain/{domain}");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, status);
        Assert.Equal(System.Net.HttpStatusCode.OK, indicator.StatusCode);
    }
}
