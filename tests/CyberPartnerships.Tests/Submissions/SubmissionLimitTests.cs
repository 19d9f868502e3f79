using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CyberPartnerships.Tests.Infrastructure;
using static CyberPartnerships.Tests.Submissions.StixTestData;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>Limits and bad input: 413, 415, 400 problem details pointing at the object and property, never a 5xx.</summary>
[Collection(StorageCollection.Name)]
public sealed class SubmissionLimitTests(AzuriteFixture storage) : IAsyncLifetime
{
    private IngestionApi _api = null!;
    private string _key = null!;

    public async Task InitializeAsync()
    {
        _api = await IngestionApi.StartAsync(storage, settings: new Dictionary<string, string?>
        {
            ["Submissions:MaxBodyBytes"] = "65536",
            ["Submissions:MaxDepth"] = "16",
        });
        (_, _key) = await _api.NewPartnerAsync("lim");
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Body_over_the_maximum_gets_413()
    {
        var bundle = Bundle(Sdo("note", null, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", Created, new JsonObject
        {
            ["content"] = new string('x', 70_000),
            ["object_refs"] = new JsonArray(NewId("malware")),
        }));

        using var response = await _api.PostAsync(_key, bundle);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/stix+json;version=2.0")]
    public async Task Wrong_content_type_gets_415(string contentType)
    {
        using var response = await _api.PostRawAsync(_key, Encoding.UTF8.GetBytes(Bundle(Malware("Emotet")).ToJsonString()), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\": \"bundle\", ", "malformed-json")]
    [InlineData("", "malformed-json")]
    [InlineData("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "too-deep")]
    [InlineData("{\"type\": \"bundle\", \"id\": \"bundle--1\", \"objects\": 5}", "invalid-submission")]
    [InlineData("{\"type\": \"bundle\", \"id\": \"bundle--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", \"objects\": [1, \"x\", null]}", "invalid-submission")]
    [InlineData("42", "invalid-submission")]
    [InlineData("{\"type\": \"bundle\", \"id\": \"bundle--6ba7b810-9dad-11d1-80b4-00c04fd430c8\", \"objects\": [{\"type\": \"x/y#?\", \"object_marking_refs\": [\"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421\"]}]}", "invalid-submission")]
    [InlineData("{\"tlp\": \"PURPLE\", \"title\": 5, \"category\": \"spam\", \"indicators\": {}}", "invalid-submission")]
    [InlineData("{\"tlp\": \"AMBER\", \"title\": \"t\", \"summary\": \"s\", \"category\": \"botnet,fraud\"}", "invalid-submission")]
    [InlineData("{\"tlp\": \"AMBER\", \"title\": \"t\", \"summary\": \"s\", \"category\": \"2\"}", "invalid-submission")]
    [InlineData("{\"tlp\": \"AMBER\", \"title\": \"t\", \"summary\": \"s\", \"category\": \"botnet\", \"requestedAction\": \"analysis,enforcement\"}", "invalid-submission")]
    public async Task Bad_input_gets_400_problem_details(string body, string problemType)
    {
        using var response = await _api.PostRawAsync(_key, Encoding.UTF8.GetBytes(body), "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await IngestionApi.JsonAsync(response);
        Assert.EndsWith("/" + problemType, problem.GetProperty("type").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_stix_gets_400_pointing_at_the_object_and_property()
    {
        var indicator = Indicator("[domain-name:value = 'x.example']");
        indicator["id"] = "indicator--not-a-uuid";
        var relationship = Sdo("relationship", null, "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", Created, new JsonObject
        {
            ["relationship_type"] = "uses",
            ["source_ref"] = NewId("malware"),
        });

        using var response = await _api.PostAsync(_key, Bundle(indicator, relationship));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var pointers = (await IngestionApi.JsonAsync(response)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString());
        Assert.Equal(["/objects/0/id", "/objects/1/target_ref"], pointers);
    }

    [Fact]
    public async Task No_input_gets_a_5xx()
    {
        var random = new Random(1234);
        var valid = Encoding.UTF8.GetBytes(Bundle(Indicator("[url:value = 'http://x.example/a']"), Malware("m")).ToJsonString());
        for (var i = 0; i < 60; i++)
        {
            var body = (byte[])valid.Clone();
            for (var flips = 0; flips < 1 + (i % 5); flips++)
            {
                body[random.Next(body.Length)] = (byte)random.Next(32, 127);
            }

            using var response = await _api.PostRawAsync(_key, body, i % 2 == 0 ? "application/json" : "application/stix+json");
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {Encoding.UTF8.GetString(body)}");
        }
    }
}
