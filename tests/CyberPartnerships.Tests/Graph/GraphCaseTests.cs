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

    [Fact]
    public async Task An_analysis_reports_findings_join_its_case_for_the_cases_parties_only()
    {
        await using var host = await MouTestHost.StartAsync(storage, mail, fromSubmissions: true, services: s => s.AddGraph());
        var outsider = await host.AddPartnerAsync("out");
        var c2 = $"c2-{Guid.NewGuid():N}.example";
        var referral = new Dictionary<string, object?>
        {
            ["tlp"] = "GREEN", ["title"] = "Botnet Z", ["summary"] = "C2 of botnet Z.", ["category"] = "botnet",
            ["requestedAction"] = "analysis", ["indicators"] = new[] { new { type = "domain", value = $"seed-{Guid.NewGuid():N}.example" } },
        };
        using var submitted = await host.SendAsync(HttpMethod.Post, "/api/submissions", host.SubmitterKey, referral);
        var caseId = Assert.Single(submitted.Headers.GetValues("X-Case-Id"));

        using var analysis = await host.SendAsync(HttpMethod.Post, $"/api/cases/{caseId}/analysis", host.SubmitterKey, new
        {
            report = "Analysis of botnet Z",
            findings = new[] { $"C2 at domain:{c2.Replace(".", "[.]", StringComparison.Ordinal)}.", "Mails came from email:victim@example.org and 203.0.113.77" },
        });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, analysis.StatusCode);
        var store = host.Services.GetRequiredService<GraphStore>();

        var bySubmitter = await store.GetAsync(GraphNode.Case(caseId), 1, 50, host.Submitter.Id, Tlp.Amber);
        var byOutsider = await store.GetAsync(new GraphNode("domain", c2), 1, 50, outsider.Id, Tlp.Amber);

        Assert.NotNull(bySubmitter);
        Assert.Contains(bySubmitter.Edges, e => e.Source == $"case:{caseId}" && e.Target == $"domain:{c2}" && e.Relation == "analysis-finding");
        Assert.DoesNotContain(bySubmitter.Nodes, n => n.Type == "email" || n.Value.Contains("203.0.113.77", StringComparison.Ordinal));
        Assert.Null(byOutsider);
    }

    [Fact]
    public void A_records_nodes_are_its_words_in_node_notation_never_an_email_address()
    {
        var nodes = GraphCaseRecords.Nodes(["Seized domain:EVIL[.]example. and (ipv4:203.0.113.9)", "from email:a@b.example, case:x, malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b", "prose 198.51.100.1"]);

        Assert.Equal(["domain:evil.example", "ipv4:203.0.113.9", "stix:malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b"], nodes.Select(n => n.ToString()));
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
