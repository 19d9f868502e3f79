using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Tests.Infrastructure;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>
/// Every property of one valid object of each STIX type, and of a referral, replaced by a value of every other JSON kind:
/// the answer is a 201 or a 400, never a 5xx, and a 400 names where.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class SubmissionShapeTests(AzuriteFixture storage) : IAsyncLifetime
{
    private static readonly Func<JsonNode?>[] OtherKinds = [() => 42, () => "x", () => new JsonArray(), () => new JsonObject(), () => true, () => null];
    private IngestionApi _api = null!;
    private string _key = null!;

    public async Task InitializeAsync()
    {
        _api = await IngestionApi.StartAsync(storage);
        (_, _key) = await _api.NewPartnerAsync("shape");
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Stix_object_with_any_property_of_the_wrong_kind_gets_201_or_400_never_a_5xx()
    {
        foreach (var template in Objects())
        {
            foreach (var mutated in Mutations(template))
            {
                await AssertAnsweredAsync(Bundle(mutated).ToJsonString(), "application/stix+json;version=2.1");
            }
        }
    }

    [Fact]
    public async Task Referral_with_any_field_of_the_wrong_kind_gets_201_or_400_never_a_5xx()
    {
        var referral = new JsonObject
        {
            ["tlp"] = "AMBER",
            ["title"] = "Loader",
            ["summary"] = "A loader.",
            ["category"] = "malware",
            ["requestedAction"] = "analysis",
            ["estimatedVictims"] = 3,
            ["jurisdictions"] = new JsonArray("DE"),
            ["attachments"] = new JsonArray(),
            ["indicators"] = new JsonArray(new JsonObject { ["type"] = "domain", ["value"] = NewDomain() }),
        };

        foreach (var mutated in Mutations(referral))
        {
            await AssertAnsweredAsync(mutated.ToJsonString(), "application/json");
        }
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"bundle\"")]
    [InlineData("null")]
    public async Task Stix_content_type_with_a_body_that_is_not_an_object_gets_400(string body)
    {
        using var response = await _api.PostRawAsync(_key, Encoding.UTF8.GetBytes(body), "application/stix+json;version=2.1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task AssertAnsweredAsync(string body, string contentType)
    {
        using var response = await _api.PostRawAsync(_key, Encoding.UTF8.GetBytes(body), contentType);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {body}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>The object with one property (top level, or one level into an array or object) replaced by each other kind.</summary>
    private static IEnumerable<JsonObject> Mutations(JsonObject template)
    {
        foreach (var (name, value) in template.ToList())
        {
            foreach (var other in OtherKinds)
            {
                var copy = (JsonObject)template.DeepClone();
                copy[name] = other();
                yield return copy;
            }

            var children = value switch
            {
                JsonArray array when array.Count > 0 => [0],
                JsonObject inner => inner.Select(p => p.Key).ToList<object>(),
                _ => [],
            };
            foreach (var child in children)
            {
                foreach (var other in OtherKinds)
                {
                    var copy = (JsonObject)template.DeepClone();
                    if (child is int index)
                    {
                        copy[name]!.AsArray()[index] = other();
                    }
                    else
                    {
                        copy[name]!.AsObject()[(string)child] = other();
                    }

                    yield return copy;
                }
            }
        }
    }

    private static IEnumerable<JsonObject> Objects()
    {
        var malware = NewId("malware");
        yield return Indicator($"[domain-name:value = '{NewDomain()}']");
        yield return Malware("loader");
        yield return Sdo("malware-analysis", null, StixMarkings.Amber, Created, new JsonObject { ["product"] = "sandbox", ["result"] = "malicious", ["sample_ref"] = NewId("file") });
        yield return Sdo("infrastructure", null, StixMarkings.Amber, Created, new JsonObject { ["name"] = "C2", ["infrastructure_types"] = new JsonArray("command-and-control") });
        yield return Sdo("observed-data", null, StixMarkings.Amber, Created, new JsonObject
        {
            ["first_observed"] = Created, ["last_observed"] = Created, ["number_observed"] = 2, ["object_refs"] = new JsonArray(NewId("ipv4-addr")),
        });
        yield return Sdo("sighting", null, StixMarkings.Amber, Created, new JsonObject { ["sighting_of_ref"] = NewId("indicator"), ["count"] = 3 });
        yield return Sdo("relationship", null, StixMarkings.Amber, Created, new JsonObject { ["relationship_type"] = "uses", ["source_ref"] = malware, ["target_ref"] = NewId("infrastructure") });
        yield return Sdo("identity", null, StixMarkings.Amber, Created, new JsonObject { ["name"] = "CERT", ["identity_class"] = "organization" });
        yield return Sdo("report", null, StixMarkings.Amber, Created, new JsonObject { ["name"] = "Loader report", ["published"] = Created, ["object_refs"] = new JsonArray(malware) });
        yield return Sdo("note", null, StixMarkings.Amber, Created, new JsonObject { ["content"] = "Seen twice.", ["object_refs"] = new JsonArray(malware) });
        yield return new JsonObject
        {
            ["type"] = "file", ["spec_version"] = "2.1", ["id"] = NewId("file"), ["name"] = "a.exe",
            ["hashes"] = new JsonObject { ["SHA-256"] = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) },
        };
        yield return Observable("ipv4-addr", NewIp());
        yield return Observable("ipv6-addr", "2001:db8::7");
        yield return Observable("domain-name", NewDomain());
        yield return Observable("url", $"http://{NewDomain()}/gate.php");
        yield return Observable("email-addr", $"ops@{NewDomain()}");
        yield return new JsonObject
        {
            ["type"] = "network-traffic", ["spec_version"] = "2.1", ["id"] = NewId("network-traffic"),
            ["protocols"] = new JsonArray("tcp"), ["dst_ref"] = NewId("ipv4-addr"), ["dst_port"] = 443,
        };
        yield return new JsonObject
        {
            ["type"] = "x509-certificate", ["spec_version"] = "2.1", ["id"] = NewId("x509-certificate"),
            ["serial_number"] = "01", ["hashes"] = new JsonObject { ["SHA-1"] = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(20)) },
        };
        yield return Sdo("x-partner-note", null, StixMarkings.Amber, Created, new JsonObject { ["text"] = "opaque" });
    }
}
