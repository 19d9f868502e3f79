using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Mou;

namespace CyberPartnerships.Tests.Submissions;

/// <summary>Bytes that are not UTF-8 inside a JSON string (0xFF, a truncated sequence, an encoded surrogate) parse, but
/// no string can be read from them (found by the fuzzer, bench/fuzz.sh): wherever they stand in a body the API reads,
/// the answer is a 400 problem that points at them, never a 500, and nothing is stored.</summary>
[Collection(MailCollection.Name)]
public sealed class InvalidUtf8Tests(AzuriteFixture storage, MailDevFixture mail)
{
    private const string BundleId = "bundle--6a1b7c2d-0e3f-4a5b-8c6d-7e8f9a0b1c2d";

    /// <summary>The body with <c>§</c> replaced by the given bytes.</summary>
    private static byte[] With(string body, params byte[] bad)
    {
        var at = body.IndexOf('§', StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(body[..at]), .. bad, .. Encoding.UTF8.GetBytes(body[(at + 1)..])];
    }

    public static TheoryData<string, string, byte[]> Bodies() => new()
    {
        { "/id", "application/stix+json;version=2.1", With("""{"type":"bundle","id":"bundle--6a1b7c2d-0e3f-4a5b-8c6d-7e8f9a0b1c2§","objects":[]}""", 0xFF) },
        { "/objects/0/name", "application/json", With($$"""{"type":"bundle","id":"{{BundleId}}","objects":[{"type":"malware","spec_version":"2.1","id":"malware--0b6f3c1e-2d4a-4b5c-9d6e-7f8a9b0c1d2e","created":"2026-11-20T08:30:00Z","modified":"2026-11-20T08:30:00Z","name":"X§","is_family":true,"object_marking_refs":["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"]}]}""", 0xC3) },
        { "/objects/0/3", "application/json", With($$"""{"type":"bundle","id":"{{BundleId}}","objects":[{"type":"x-custom","spec_version":"2.1","id":"x-custom--0b6f3c1e-2d4a-4b5c-9d6e-7f8a9b0c1d2e","a§":1}]}""", 0xED, 0xA0, 0x80) },
        { "/title", "application/json", With("""{"title":"Botnet §","summary":"s","tlp":"AMBER","indicators":[{"type":"ipv4-addr","value":"203.0.113.9"}]}""", 0x80) },
        { "/indicators/0/value", "application/json", With("""{"title":"Botnet","summary":"s","tlp":"AMBER","indicators":[{"type":"ipv4-addr","value":"203.0.113.9§"}]}""", 0xF8, 0x88, 0x80, 0x80, 0x80) },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Bytes_that_are_not_utf8_in_a_submission_are_a_400_problem_pointing_at_them(string pointer, string contentType, byte[] body)
    {
        await using var api = await IngestionApi.StartAsync(storage);
        var (_, key) = await api.NewPartnerAsync();

        using var response = await api.PostRawAsync(key, body, contentType);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{pointer}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("not UTF-8", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(pointer, problem.GetProperty("pointer").GetString());
    }

    [Theory]
    [InlineData("/api/cases", """{"submissionId":"sub-§"}""")]
    [InlineData("/api/cases/{case}/analysis", """{"report":"§","findings":["f"]}""")]
    [InlineData("/api/cases/{case}/enforcement", """{"actionTaken":"x§","date":"2026-11-24","outcome":"y"}""")]
    public async Task Bytes_that_are_not_utf8_in_a_case_body_are_a_400_problem(string path, string body)
    {
        await using var host = await MouTestHost.StartAsync(storage, mail);
        var opened = await host.OpenCaseAsync();
        var content = new ByteArrayContent(With(body, 0xFF));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path.Replace("{case}", opened.CaseId, StringComparison.Ordinal)) { Content = content };
        request.Headers.Add("x-api-key", path.EndsWith("/analysis", StringComparison.Ordinal) ? host.SubmitterKey : host.DcuKey);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
