using System.Net;
using System.Text;
using System.Text.Json;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Mou;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>A lone UTF-16 surrogate escape (<c>"\ud800"</c>) is valid JSON syntax but no text: wherever it stands in a
/// body the API reads (a string, a property name; a bundle, a referral, a case body), the answer is a 400 problem that
/// points at it, never a 500, and nothing is stored.</summary>
[Collection(MailCollection.Name)]
public sealed class LoneSurrogateTests(AzuriteFixture storage, MailDevFixture mail)
{
    private const string BundleId = "bundle--6a1b7c2d-0e3f-4a5b-8c6d-7e8f9a0b1c2d";

    public static TheoryData<string, string> Bodies() => new()
    {
        { "/id", $$"""{"type":"bundle","id":"bundle--6a1b7c2d-0e3f-4a5b-8c6d-7e8f9a0b1c2\ud800","objects":[]}""" },
        { "/objects/0/name", $$"""{"type":"bundle","id":"{{BundleId}}","objects":[{"type":"malware","spec_version":"2.1","id":"malware--0b6f3c1e-2d4a-4b5c-9d6e-7f8a9b0c1d2e","created":"2026-11-20T08:30:00Z","modified":"2026-11-20T08:30:00Z","name":"X\ud800","is_family":true,"object_marking_refs":["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"]}]}""" },
        { "/objects/0/3", $$"""{"type":"bundle","id":"{{BundleId}}","objects":[{"type":"x-custom","spec_version":"2.1","id":"x-custom--0b6f3c1e-2d4a-4b5c-9d6e-7f8a9b0c1d2e","\udc00":1}]}""" },
        { "/title", """{"title":"Botnet \ud800","summary":"s","tlp":"AMBER","indicators":[{"type":"ipv4-addr","value":"203.0.113.9"}]}""" },
        { "/indicators/0/value", """{"title":"Botnet","summary":"s","tlp":"AMBER","indicators":[{"type":"ipv4-addr","value":"203.0.113.9\udfff"}]}""" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_lone_surrogate_in_a_submission_is_a_400_problem_pointing_at_it(string pointer, string body)
    {
        await using var api = await IngestionApi.StartAsync(storage);
        var (_, key) = await api.NewPartnerAsync();

        using var response = await api.PostRawAsync(key, Encoding.UTF8.GetBytes(body), "application/json");

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{pointer}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("UTF-16", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(pointer, problem.GetProperty("pointer").GetString());
    }

    [Theory]
    [InlineData("/api/cases", """{"submissionId":"sub-\ud800"}""")]
    [InlineData("/api/cases/{case}/analysis", """{"report":"\ud800","findings":["f"]}""")]
    [InlineData("/api/cases/{case}/enforcement", """{"actionTaken":"x\udc00","date":"2026-11-24","outcome":"y"}""")]
    public async Task A_lone_surrogate_in_a_case_body_is_a_400_problem(string path, string body)
    {
        await using var host = await MouTestHost.StartAsync(storage, mail);
        var opened = await host.OpenCaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, path.Replace("{case}", opened.CaseId, StringComparison.Ordinal))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-api-key", path.EndsWith("/analysis", StringComparison.Ordinal) ? host.SubmitterKey : host.DcuKey);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
