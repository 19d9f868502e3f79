using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Submissions;
using Microsoft.Extensions.DependencyInjection;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Indicators;

/// <summary>The same indicator from different partners is one indicator with a sighting per partner.</summary>
[Collection(StorageCollection.Name)]
public sealed class IndicatorCorrelationTests(AzuriteFixture storage) : IAsyncLifetime
{
    private IngestionApi _api = null!;

    public async Task InitializeAsync() => _api = await IngestionApi.StartAsync(storage);

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static JsonObject Referral(string tlp, params (string Type, string Value)[] indicators) => new()
    {
        ["tlp"] = tlp,
        ["title"] = "Referral",
        ["summary"] = "Seen in our telemetry.",
        ["category"] = "malware",
        ["indicators"] = new JsonArray(indicators.Select(i => (JsonNode)new JsonObject { ["type"] = i.Type, ["value"] = i.Value }).ToArray()),
    };

    private async Task<JsonElement> GetIndicatorAsync(string key, string type, string value, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await _api.GetAsync(key, $"/api/indicators/{type}/{Uri.EscapeDataString(value)}");
        Assert.Equal(expected, response.StatusCode);
        return await IngestionApi.JsonAsync(response);
    }

    private static string[] PartnerIds(JsonElement view) =>
        view.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("partnerId").GetString()!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Same_value_in_different_notations_from_two_partners_is_one_indicator()
    {
        var (a, keyA) = await _api.NewPartnerAsync("a");
        var (b, keyB) = await _api.NewPartnerAsync("b");
        var domain = NewDomain();
        var suffix = Random.Shared.Next(1, 0xffff).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        var hash = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

        using var stix = await _api.PostAsync(keyA, Bundle(
            Indicator($"[domain-name:value = '{domain.ToUpperInvariant()}']"),
            Observable("ipv6-addr", $"2001:DB8:0:0:0:0:0:{suffix.ToUpperInvariant()}"),
            Sdo("file", null, StixMarkings.Amber, Created, new JsonObject { ["hashes"] = new JsonObject { ["SHA-256"] = hash } })));
        using var native = await _api.PostAsync(keyB, Referral("GREEN", ("domain", domain + "."), ("ipv6", $"2001:db8::{suffix}"), ("sha256", hash.ToLowerInvariant())), "application/json");
        Assert.Equal(HttpStatusCode.Created, stix.StatusCode);
        Assert.Equal(HttpStatusCode.Created, native.StatusCode);

        foreach (var (type, value) in new[] { ("domain", domain), ("ipv6", $"2001:db8::{suffix}"), ("sha256", hash) })
        {
            var view = await GetIndicatorAsync(keyA, type, value);
            Assert.Equal(new[] { a.Id, b.Id }.Order(StringComparer.Ordinal), PartnerIds(view));
            Assert.All(view.GetProperty("partners").EnumerateArray(), p => Assert.Equal(1, p.GetProperty("count").GetInt32()));
            Assert.Equal(2, view.GetProperty("submissions").GetArrayLength());
        }
    }

    [Fact]
    public async Task Same_stix_id_from_two_partners_is_one_indicator()
    {
        var (a, keyA) = await _api.NewPartnerAsync("a");
        var (b, keyB) = await _api.NewPartnerAsync("b");
        var malware = Malware("LockBit");

        await _api.PostAsync(keyA, Bundle(malware));
        await _api.PostAsync(keyB, Bundle(malware.DeepClone()));

        var view = await GetIndicatorAsync(keyB, "stix", malware["id"]!.GetValue<string>());
        Assert.Equal(new[] { a.Id, b.Id }.Order(StringComparer.Ordinal), PartnerIds(view));
    }

    [Fact]
    public async Task Sightings_count_each_submission_and_keep_first_and_last_seen()
    {
        var (_, key) = await _api.NewPartnerAsync();
        var url = $"https://{NewDomain()}/gate.php?id=7";

        await _api.PostAsync(key, Referral("AMBER", ("url", url)), "application/json");
        await _api.PostAsync(key, Referral("AMBER", ("url", url), ("url", url)), "application/json", idempotencyKey: Guid.NewGuid().ToString());

        var sighting = (await GetIndicatorAsync(key, "url", url)).GetProperty("partners").EnumerateArray().Single();
        Assert.Equal(2, sighting.GetProperty("count").GetInt32());
        Assert.True(sighting.GetProperty("lastSeen").GetDateTimeOffset() >= sighting.GetProperty("firstSeen").GetDateTimeOffset());
    }

    [Fact]
    public async Task Callers_see_only_what_their_tlp_clearance_allows_and_their_own_reports()
    {
        var (red, keyRed) = await _api.NewPartnerAsync("red", Tlp.Red);
        var (green, keyGreen) = await _api.NewPartnerAsync("green", Tlp.Green);
        var (_, keyAmber) = await _api.NewPartnerAsync("amber", Tlp.Amber);
        var onlyRed = NewIp();
        var both = NewDomain();

        await _api.PostAsync(keyRed, Referral("RED", ("ipv4", onlyRed), ("domain", both)), "application/json");
        await _api.PostAsync(keyGreen, Referral("GREEN", ("domain", both)), "application/json");

        await GetIndicatorAsync(keyAmber, "ipv4", onlyRed, HttpStatusCode.NotFound);
        Assert.Equal([red.Id], PartnerIds(await GetIndicatorAsync(keyRed, "ipv4", onlyRed)));
        Assert.Equal([green.Id], PartnerIds(await GetIndicatorAsync(keyAmber, "domain", both)));
        Assert.Equal([green.Id], PartnerIds(await GetIndicatorAsync(keyGreen, "domain", both)));
        var all = PartnerIds(await GetIndicatorAsync(keyRed, "domain", both));
        Assert.Equal(2, all.Length);
    }

    [Fact]
    public async Task Amber_strict_and_red_reports_stay_with_their_partner_even_for_a_caller_cleared_red()
    {
        var (strict, keyStrict) = await _api.NewPartnerAsync("strict", Tlp.Red);
        var (red, keyRed) = await _api.NewPartnerAsync("red", Tlp.Red);
        var (amber, keyAmber) = await _api.NewPartnerAsync("amber", Tlp.Amber);
        var (_, keyReader) = await _api.NewPartnerAsync("reader", Tlp.Red);
        var domain = NewDomain();

        await _api.PostAsync(keyStrict, Referral("AMBER+STRICT", ("domain", domain)), "application/json");
        await _api.PostAsync(keyRed, Referral("RED", ("domain", domain)), "application/json");
        await _api.PostAsync(keyAmber, Referral("AMBER", ("domain", domain)), "application/json");

        Assert.Equal([amber.Id], PartnerIds(await GetIndicatorAsync(keyReader, "domain", domain)));
        Assert.Equal(new[] { amber.Id, strict.Id }.Order(StringComparer.Ordinal), PartnerIds(await GetIndicatorAsync(keyStrict, "domain", domain)));
        Assert.Equal(new[] { amber.Id, red.Id }.Order(StringComparer.Ordinal), PartnerIds(await GetIndicatorAsync(keyRed, "domain", domain)));
    }

    [Fact]
    public async Task Another_partners_report_shows_its_partner_and_tlp_but_not_its_submission_id()
    {
        var (a, keyA) = await _api.NewPartnerAsync("a");
        var (b, keyB) = await _api.NewPartnerAsync("b");
        var domain = NewDomain();

        using var fromA = await _api.PostAsync(keyA, Referral("GREEN", ("domain", domain)), "application/json");
        using var fromB = await _api.PostAsync(keyB, Referral("AMBER", ("domain", domain)), "application/json");
        var idA = (await IngestionApi.JsonAsync(fromA)).GetProperty("id").GetString();
        var idB = (await IngestionApi.JsonAsync(fromB)).GetProperty("id").GetString();

        var seenByB = (await GetIndicatorAsync(keyB, "domain", domain)).GetProperty("submissions").EnumerateArray().ToList();
        var ofA = seenByB.Single(s => s.GetProperty("partnerId").GetString() == a.Id);
        var ofB = seenByB.Single(s => s.GetProperty("partnerId").GetString() == b.Id);
        Assert.Equal("GREEN", ofA.GetProperty("tlp").GetString());
        Assert.False(ofA.TryGetProperty("sourceId", out _));
        Assert.DoesNotContain(idA!, seenByB.Select(s => s.GetRawText()).Aggregate(string.Empty, string.Concat), StringComparison.Ordinal);
        Assert.Equal(idB, ofB.GetProperty("sourceId").GetString());
    }

    [Fact]
    public async Task An_indicator_only_another_partner_reported_as_red_answers_exactly_as_one_nobody_reported()
    {
        var (_, keyRed) = await _api.NewPartnerAsync("red", Tlp.Red);
        var (_, keyReader) = await _api.NewPartnerAsync("reader", Tlp.Red);
        var reported = NewDomain();
        var never = NewDomain();
        using (var posted = await _api.PostAsync(keyRed, Referral("RED", ("domain", reported)), "application/json"))
        {
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        using var hidden = await _api.GetAsync(keyReader, $"/api/indicators/domain/{reported}");
        using var unknown = await _api.GetAsync(keyReader, $"/api/indicators/domain/{never}");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(unknown.StatusCode, hidden.StatusCode);
        // The same problem, but for the value itself: nothing in the answer tells the two apart.
        Assert.Equal(
            (await unknown.Content.ReadAsStringAsync()).Replace(never, "{value}", StringComparison.Ordinal),
            (await hidden.Content.ReadAsStringAsync()).Replace(reported, "{value}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_or_malformed_indicator_is_refused_with_a_problem()
    {
        var (_, key) = await _api.NewPartnerAsync();

        await GetIndicatorAsync(key, "ipv4", NewIp(), HttpStatusCode.NotFound);
        var problem = await GetIndicatorAsync(key, "ipv4", "999.1.1.1", HttpStatusCode.BadRequest);
        Assert.Contains("ipv4", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await GetIndicatorAsync(key, "carrier-pigeon", "x", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Case_opened_on_a_submission_appears_on_its_indicators()
    {
        var (partner, key) = await _api.NewPartnerAsync();
        var domain = NewDomain();
        using var posted = await _api.PostAsync(key, Referral("AMBER", ("domain", domain)), "application/json");
        var submissionId = (await IngestionApi.JsonAsync(posted)).GetProperty("id").GetString()!;
        var store = _api.Host.Services.GetRequiredService<CyberPartnerships.Submissions.SubmissionStore>();
        var submission = (await store.GetByIdAsync(submissionId))!;
        var caseId = $"case-{Guid.NewGuid():N}";

        await _api.Host.Services.GetRequiredService<CyberPartnerships.Indicators.IndicatorStore>().LinkCaseAsync(caseId, submission);

        Assert.Equal(partner.Id, submission.PartnerId);
        var cases = (await GetIndicatorAsync(key, "domain", domain)).GetProperty("cases");
        Assert.Equal(caseId, cases.EnumerateArray().Single().GetProperty("caseId").GetString());
    }
}
