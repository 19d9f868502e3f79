using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CyberPartnerships.Submissions;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>What is a replay: a byte-identical body, or a repeated Idempotency-Key with the same body. Bundle ids are
/// not unique in the wild; a key reused with another body is a 409, even when the requests race.</summary>
[Collection(StorageCollection.Name)]
public sealed class IdempotencyTests(AzuriteFixture storage) : IAsyncLifetime
{
    private IngestionApi _api = null!;
    private string _key = null!;

    public async Task InitializeAsync()
    {
        _api = await IngestionApi.StartAsync(storage);
        _key = (await _api.NewPartnerAsync("idem")).Key;
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static JsonObject BundleWithId(string bundleId, params JsonNode[] objects)
    {
        var bundle = StixTestData.Bundle(objects);
        bundle["id"] = bundleId;
        return bundle;
    }

    private static JsonObject Malware() => StixTestData.Malware($"Family {Guid.NewGuid():N}");

    private static bool Replayed(HttpResponseMessage response) =>
        response.Headers.TryGetValues(SubmissionEndpoints.ReplayedHeader, out var values) && values.Contains("true");

    [Fact]
    public async Task Two_different_bundles_with_one_bundle_id_are_two_submissions_and_both_are_stored()
    {
        var bundleId = StixTestData.NewId("bundle");
        using var first = await _api.PostAsync(_key, BundleWithId(bundleId, Malware(), Malware()));
        using var second = await _api.PostAsync(_key, BundleWithId(bundleId, Malware()));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(Replayed(second));
        var a = await IngestionApi.JsonAsync(first);
        var b = await IngestionApi.JsonAsync(second);
        Assert.NotEqual(a.GetProperty("id").GetString(), b.GetProperty("id").GetString());
        Assert.Equal(2, a.GetProperty("counts").GetProperty("stored").GetInt32());
        Assert.Equal(1, b.GetProperty("counts").GetProperty("stored").GetInt32());
    }

    [Fact]
    public async Task An_invalid_body_under_a_seen_bundle_id_is_refused_not_replayed()
    {
        var bundleId = StixTestData.NewId("bundle");
        using var first = await _api.PostAsync(_key, BundleWithId(bundleId, Malware()));
        var invalid = BundleWithId(bundleId, new JsonObject { ["type"] = "malware", ["id"] = "not-an-id" });

        using var second = await _api.PostAsync(_key, invalid);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Fact]
    public async Task A_byte_identical_body_is_a_replay_of_the_first()
    {
        var body = Encoding.UTF8.GetBytes(StixTestData.Bundle(Malware()).ToJsonString());
        using var first = await _api.PostRawAsync(_key, body, "application/stix+json;version=2.1");
        using var again = await _api.PostRawAsync(_key, body, "application/stix+json;version=2.1");

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True(Replayed(again));
        Assert.Equal((await IngestionApi.JsonAsync(first)).GetProperty("id").GetString(), (await IngestionApi.JsonAsync(again)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Concurrent_posts_with_one_idempotency_key_and_different_bodies_store_one_body_and_refuse_the_others()
    {
        var key = $"idem-{Guid.NewGuid():N}";
        var bodies = Enumerable.Range(0, 6).Select(_ => Encoding.UTF8.GetBytes(StixTestData.Bundle(Malware()).ToJsonString())).ToList();

        var responses = await Task.WhenAll(bodies.Select(b => _api.PostRawAsync(_key, b, "application/stix+json;version=2.1", key)));

        try
        {
            var created = responses.Where(r => r.StatusCode == HttpStatusCode.Created).ToList();
            Assert.Single(created);
            Assert.All(responses.Except(created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
            var winner = bodies[Array.IndexOf(responses, created[0])];
            using var replay = await _api.PostRawAsync(_key, winner, "application/stix+json;version=2.1", key);
            Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
            Assert.True(Replayed(replay));
            using var other = await _api.PostRawAsync(_key, bodies.First(b => b != winner), "application/stix+json;version=2.1", key);
            Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        }
        finally
        {
            foreach (var r in responses)
            {
                r.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_key_whose_body_was_refused_as_invalid_may_carry_a_corrected_body()
    {
        var key = $"idem-{Guid.NewGuid():N}";
        var invalid = StixTestData.Bundle(new JsonObject { ["type"] = "malware", ["id"] = "not-an-id" });

        using var refused = await _api.PostAsync(_key, invalid, idempotencyKey: key);
        using var corrected = await _api.PostAsync(_key, StixTestData.Bundle(Malware()), idempotencyKey: key);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.False(Replayed(corrected));
    }
}
