using System.Net;
using System.Text.Json.Nodes;
using CyberPartnerships.Graph;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Graph;

/// <summary>The correlation graph kept by ingestion, read through <c>GET /api/graph</c>, against Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed class GraphTests(AzuriteFixture storage) : IAsyncLifetime
{
    private GraphApi _api = null!;

    public async Task InitializeAsync() => _api = await GraphApi.StartAsync(storage);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Same_value_from_two_partners_in_defanged_and_other_notations_is_one_node_with_a_source_each()
    {
        var (a, keyA) = await _api.NewPartnerAsync("ga");
        var (b, keyB) = await _api.NewPartnerAsync("gb");
        var domain = NewDomain();
        var ip = NewIp();
        await _api.SubmitAsync(keyA, Bundle(Indicator($"[domain-name:value = '{domain.ToUpperInvariant()}'] OR [ipv4-addr:value = '{ip}']")));
        await _api.SubmitAsync(keyB, GraphApi.Referral("GREEN", ("domain", domain.Replace(".", "[.]", StringComparison.Ordinal) + "."), ("ip", ip.Replace(".", "[.]", StringComparison.Ordinal))), "application/json");

        var (status, graph, _) = await _api.GraphAsync(keyA, $"domain:{domain.Replace(".example", "(.)EXAMPLE", StringComparison.Ordinal)}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(GraphApi.NodeIds(graph), id => id == $"domain:{domain}");
        var node = GraphApi.Node(graph, $"domain:{domain}");
        Assert.Equal(new[] { a.Id, b.Id }.Order(StringComparer.Ordinal), node.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("partnerId").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("GREEN", node.GetProperty("tlp").GetString());
        var (_, byIp, _) = await _api.GraphAsync(keyB, $"ipv4:{ip}");
        Assert.Equal(2, GraphApi.Node(byIp, $"ipv4:{ip}").GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Objects_sharing_a_value_are_two_hops_apart_and_relationships_are_edges()
    {
        var (_, keyA) = await _api.NewPartnerAsync("ga");
        var (_, keyB) = await _api.NewPartnerAsync("gb");
        var domain = NewDomain();
        var ip = NewIp();
        var indicatorA = Indicator($"[domain-name:value = '{domain}']");
        var malware = Malware("GraphBot");
        var indicates = Sdo("relationship", null, StixMarkings.Amber, Created, new JsonObject
        {
            ["relationship_type"] = "indicates",
            ["source_ref"] = indicatorA["id"]!.GetValue<string>(),
            ["target_ref"] = malware["id"]!.GetValue<string>(),
        });
        await _api.SubmitAsync(keyA, Bundle(indicatorA, malware, indicates));
        var indicatorB = Indicator($"[domain-name:value = '{domain}'] AND [ipv4-addr:value = '{ip}']");
        await _api.SubmitAsync(keyB, Bundle(indicatorB));
        var idA = $"stix:{indicatorA["id"]}";
        var idB = $"stix:{indicatorB["id"]}";
        var malwareId = $"stix:{malware["id"]}";

        var (_, one, _) = await _api.GraphAsync(keyA, idA);
        var (_, two, _) = await _api.GraphAsync(keyA, idA, depth: 2);

        Assert.Equal(new[] { idA, $"domain:{domain}", malwareId }.Order(StringComparer.Ordinal), GraphApi.NodeIds(one).Order(StringComparer.Ordinal));
        Assert.Contains(one.GetProperty("edges").EnumerateArray(), e => e.GetProperty("source").GetString() == idA && e.GetProperty("target").GetString() == malwareId && e.GetProperty("relation").GetString() == "indicates");
        Assert.Equal("GraphBot", GraphApi.Node(one, malwareId).GetProperty("label").GetString());
        Assert.Equal("malware", GraphApi.Node(one, malwareId).GetProperty("kind").GetString());

        // The nodes at the depth edge (few here) are read too: whole sources, no node beyond the depth.
        Assert.True(GraphApi.Node(one, $"domain:{domain}").GetProperty("complete").GetBoolean());
        Assert.Equal(2, GraphApi.Node(one, $"domain:{domain}").GetProperty("sources").GetArrayLength());
        Assert.Contains(idB, GraphApi.NodeIds(two));
        Assert.Equal(2, GraphApi.Node(two, idB).GetProperty("distance").GetInt32());
        Assert.True(GraphApi.Node(two, idB).GetProperty("complete").GetBoolean());
        Assert.DoesNotContain($"ipv4:{ip}", GraphApi.NodeIds(two));
        var (_, three, _) = await _api.GraphAsync(keyA, idA, depth: 3);
        Assert.Contains($"ipv4:{ip}", GraphApi.NodeIds(three));
    }

    [Fact]
    public async Task Another_partners_strict_and_red_data_leave_no_trace_in_the_answer()
    {
        var (_, keyA) = await _api.NewPartnerAsync("ga");
        var (_, keyB) = await _api.NewPartnerAsync("gb");
        var shared = NewDomain();
        var hiddenIp = NewIp();
        var hiddenDomain = NewDomain();
        await _api.SubmitAsync(keyB, Bundle(Indicator($"[domain-name:value = '{shared}']")));
        var strict = Indicator($"[domain-name:value = '{shared}'] AND [ipv4-addr:value = '{hiddenIp}']", marking: StixMarkings.AmberStrict);
        var red = Indicator($"[domain-name:value = '{shared}'] AND [domain-name:value = '{hiddenDomain}']", marking: StixMarkings.Red);
        await _api.SubmitAsync(keyA, Bundle(strict, red));

        var (status, graph, text) = await _api.GraphAsync(keyB, $"domain:{shared}", depth: 3);
        var (ownStatus, own, _) = await _api.GraphAsync(keyA, $"domain:{shared}", depth: 2);

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var hidden in new[] { hiddenIp, hiddenDomain, strict["id"]!.GetValue<string>(), red["id"]!.GetValue<string>() })
        {
            Assert.DoesNotContain(hidden, text, StringComparison.Ordinal);
        }

        Assert.Equal(2, graph.GetProperty("nodes").GetArrayLength());
        Assert.False(graph.GetProperty("truncated").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GraphAsync(keyB, $"ipv4:{hiddenIp}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GraphAsync(keyB, $"ipv4:{NewIp()}")).Status);
        Assert.Equal(HttpStatusCode.OK, ownStatus);
        Assert.Contains($"ipv4:{hiddenIp}", GraphApi.NodeIds(own));
        Assert.Contains($"domain:{hiddenDomain}", GraphApi.NodeIds(own));
    }

    [Fact]
    public async Task A_case_is_a_node_its_parties_see_and_others_do_not()
    {
        var (a, keyA) = await _api.NewPartnerAsync("ga");
        var (c, keyC) = await _api.NewPartnerAsync("gc");
        var (_, keyB) = await _api.NewPartnerAsync("gb");
        var domain = NewDomain();
        await _api.SubmitAsync(keyA, GraphApi.Referral("GREEN", ("domain", domain)), "application/json");
        var caseId = $"case-{Guid.NewGuid():N}";
        IndicatorKey.TryCreate("domain", domain, out var key, out _);
        await _api.Services.GetRequiredService<GraphWriter>().LinkCaseAsync(caseId, a.Id, Tlp.Green, [c.Id], [key], DateTimeOffset.UtcNow);

        var (_, seenByC, _) = await _api.GraphAsync(keyC, $"domain:{domain}");
        var (_, seenByB, textB) = await _api.GraphAsync(keyB, $"domain:{domain}");
        var (caseStatus, caseGraph, _) = await _api.GraphAsync(keyC, $"case:{caseId}");

        Assert.Contains($"case:{caseId}", GraphApi.NodeIds(seenByC));
        Assert.Equal($"/api/cases/{caseId}", GraphApi.Node(seenByC, $"case:{caseId}").GetProperty("link").GetString());
        Assert.Equal(new[] { $"domain:{domain}" }, GraphApi.NodeIds(seenByB));
        Assert.DoesNotContain(caseId, textB, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, caseStatus);
        Assert.Contains($"domain:{domain}", GraphApi.NodeIds(caseGraph));
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GraphAsync(keyB, $"case:{caseId}")).Status);
    }

    [Fact]
    public async Task Victims_and_bare_email_observables_never_become_nodes()
    {
        var (_, keyA) = await _api.NewPartnerAsync("ga");
        var domain = NewDomain();
        var indicator = Indicator($"[domain-name:value = '{domain}'] AND [email-addr:value = 'phisher@{domain}']");
        var victim = Sdo("identity", null, StixMarkings.Amber, Created, new JsonObject { ["name"] = "Jan Kowalski", ["identity_class"] = "individual" });
        var victimMail = Observable("email-addr", "jan.kowalski@example.org");
        var targets = Sdo("relationship", null, StixMarkings.Amber, Created, new JsonObject
        {
            ["relationship_type"] = "targets",
            ["source_ref"] = indicator["id"]!.GetValue<string>(),
            ["target_ref"] = victim["id"]!.GetValue<string>(),
        });
        await _api.SubmitAsync(keyA, Bundle(indicator, victim, victimMail, targets));

        var (_, graph, text) = await _api.GraphAsync(keyA, $"stix:{indicator["id"]}", depth: 3);

        Assert.Contains($"email:phisher@{domain}", GraphApi.NodeIds(graph));
        Assert.DoesNotContain("kowalski", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(victim["id"]!.GetValue<string>(), text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GraphAsync(keyA, "email:jan.kowalski@example.org")).Status);
    }

    [Fact]
    public async Task Stix_format_is_a_self_contained_bundle_with_a_grouping_of_the_nodes_and_edges()
    {
        var (_, keyA) = await _api.NewPartnerAsync("ga");
        var (_, keyB) = await _api.NewPartnerAsync("gb");
        var ip = NewIp();
        var indicator = Indicator($"[ipv4-addr:value = '{ip}']");
        var others = Indicator($"[ipv4-addr:value = '{ip}']");
        await _api.SubmitAsync(keyA, Bundle(indicator));
        await _api.SubmitAsync(keyB, Bundle(others));

        using var response = await _api.GetAsync(keyA, $"/api/graph?node=stix:{indicator["id"]}&depth=2&format=stix");
        var bundle = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/stix+json; version=2.1", response.Content.Headers.ContentType!.ToString().Replace(";version", "; version", StringComparison.Ordinal));
        Assert.Equal("bundle", bundle["type"]!.GetValue<string>());
        var objects = bundle["objects"]!.AsArray();
        var grouping = objects.Single(o => o!["type"]!.GetValue<string>() == "grouping")!;
        Assert.Equal("suspicious-activity", grouping["context"]!.GetValue<string>());
        var ipId = $"ipv4-addr--{GraphStix.Uuid5(new Guid("00abedb4-aa42-466c-9c01-fed23315a9b7"), $"{{\"value\":\"{ip}\"}}")}";
        var refs = grouping["object_refs"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Contains(ipId, refs);
        Assert.Contains(indicator["id"]!.GetValue<string>(), refs);
        Assert.Contains(objects, o => o!["id"]!.GetValue<string>() == ipId && o["value"]!.GetValue<string>() == ip);

        // The caller's own indicator is in the bundle as it stored it; the other partner's (not shared with it here) is not, nor its edge.
        var own = objects.Single(o => o!["id"]!.GetValue<string>() == indicator["id"]!.GetValue<string>())!;
        Assert.Equal(indicator["pattern"]!.GetValue<string>(), own["pattern"]!.GetValue<string>());
        Assert.DoesNotContain(others["id"]!.GetValue<string>(), bundle.ToJsonString(), StringComparison.Ordinal);
        var relationship = objects.Single(o => o!["type"]!.GetValue<string>() == "relationship")!;
        Assert.Equal(indicator["id"]!.GetValue<string>(), relationship["source_ref"]!.GetValue<string>());
        Assert.Equal(ipId, relationship["target_ref"]!.GetValue<string>());
        Assert.Equal(StixMarkings.Amber, grouping["object_marking_refs"]![0]!.GetValue<string>());
        Assert.Contains(objects, o => o!["type"]!.GetValue<string>() == "marking-definition" && o["id"]!.GetValue<string>() == StixMarkings.Amber);

        // Self-contained: every reference, at any depth, names an object of the bundle.
        var ids = objects.Select(o => o!["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        Assert.All(References(bundle), r => Assert.Contains(r, ids));
        Assert.NotEmpty(References(bundle));
    }

    private static List<string> References(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Key.EndsWith("_ref", StringComparison.Ordinal) && p.Value is JsonValue v ? [v.GetValue<string>()]
            : p.Key.EndsWith("_refs", StringComparison.Ordinal) && p.Value is JsonArray list ? list.Select(i => i!.GetValue<string>())
            : References(p.Value)).ToList(),
        JsonArray array => array.SelectMany(References).ToList(),
        _ => [],
    };

    [Theory]
    [InlineData("node=ipv4:999.1.1.1")]
    [InlineData("node=nonsense")]
    [InlineData("node=ipv4:1.2.3.4&depth=4")]
    [InlineData("node=ipv4:1.2.3.4&depth=0")]
    [InlineData("node=ipv4:1.2.3.4&limit=0")]
    [InlineData("node=ipv4:1.2.3.4&format=xml")]
    public async Task Bad_queries_are_400_problems(string query)
    {
        var (_, key) = await _api.NewPartnerAsync("ga");

        using var response = await _api.GetAsync(key, "/api/graph?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_graph_and_the_map_page_need_the_partners_key_and_cytoscape_is_served_by_the_app()
    {
        var (_, key) = await _api.NewPartnerAsync("page");
        using var anonymous = await _api.GetAsync(null, "/api/graph?node=ipv4:1.2.3.4");
        using var refused = await _api.GetAsync(null, "/api/map");
        using var wrong = await SendAsync(HttpMethod.Get, "/api/map", Basic("cpk_0000000000000000_" + new string('A', 43)));
        using var page = await SendAsync(HttpMethod.Get, "/api/map", Basic(key));
        using var byHeader = await _api.GetAsync(key, "/api/map");
        using var script = await _api.GetAsync(null, "/api/map/cytoscape.min.js");
        using var unknown = await _api.GetAsync(null, "/api/map/other.js");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        foreach (var response in new[] { refused, wrong })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.StartsWith("Basic realm=", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("cytoscape", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("map/cytoscape.min.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("3.34.4", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Basic_credentials_read_the_graph_but_never_write()
    {
        var (_, key) = await _api.NewPartnerAsync("basic");
        var domain = NewDomain();
        await _api.SubmitAsync(key, GraphApi.Referral("GREEN", ("domain", domain)), "application/json");

        using var read = await SendAsync(HttpMethod.Get, $"/api/graph?node=domain:{domain}", Basic(key));
        using var write = await SendAsync(HttpMethod.Post, "/api/submissions", Basic(key), new StringContent(GraphApi.Referral("GREEN", ("domain", NewDomain())).ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }

    private static System.Net.Http.Headers.AuthenticationHeaderValue Basic(string key) =>
        new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("partner:" + key)));

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, System.Net.Http.Headers.AuthenticationHeaderValue authorization, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = authorization;
        return await _api.Client.SendAsync(request);
    }
}
