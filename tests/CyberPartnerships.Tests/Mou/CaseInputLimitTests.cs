using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Mou;

/// <summary>The case routes' limits: what the case row (one Table entity, at most 1 MB) can hold is checked at the door.</summary>
[Collection(MailCollection.Name)]
public sealed class CaseInputLimitTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private MouTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static async Task<List<string>> PointersAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()!).ToList();
    }

    [Fact]
    public async Task Too_many_or_too_long_findings_are_refused_with_pointers_and_change_nothing()
    {
        var state = await _host.OpenCaseAsync();
        var path = $"/api/cases/{state.CaseId}/analysis";

        // 500 findings of 3,000 characters: more than a Table entity holds once stored in the case.
        using (var huge = await _host.SendAsync(HttpMethod.Post, path, _host.SubmitterKey, new { report = "r", findings = Enumerable.Repeat(new string('f', 3000), 500) }))
        {
            Assert.Contains("/findings", await PointersAsync(huge));
        }

        using (var many = await _host.SendAsync(HttpMethod.Post, path, _host.SubmitterKey, new { report = "r", findings = Enumerable.Range(0, 101).Select(i => $"finding {i}") }))
        {
            Assert.Equal(["/findings"], await PointersAsync(many));
        }

        var findings = new[] { "C2 at 203.0.113.9", "ok", new string('x', 1001) };
        using (var tooLong = await _host.SendAsync(HttpMethod.Post, path, _host.SubmitterKey, new { report = "r", findings, comment = new string('c', 2001) }))
        {
            Assert.Equal(["/findings/2", "/comment"], await PointersAsync(tooLong));
        }

        using (var enforcement = await _host.SendAsync(HttpMethod.Post, $"/api/cases/{state.CaseId}/enforcement", _host.DcuKey, new { actionTaken = new string('a', 2001), date = "2026-11-24", outcome = "ok" }))
        {
            Assert.Equal(["/actionTaken"], await PointersAsync(enforcement));
        }

        Assert.Equal(CaseStep.Analysis, (await _host.GetStateAsync(state.CaseId)).Step);

        // At the limits it is accepted.
        using var atLimit = await _host.SendAsync(HttpMethod.Post, path, _host.SubmitterKey, new { report = "r", findings = Enumerable.Range(0, 100).Select(i => $"{i:000} " + new string('y', 196)) });
        Assert.Equal(HttpStatusCode.Accepted, atLimit.StatusCode);
        Assert.Equal(100, (await _host.GetStateAsync(state.CaseId)).Analysis!.Findings.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_size_limit_is_413_problem_details_whether_or_not_it_gives_its_length(bool withLength)
    {
        var state = await _host.OpenCaseAsync();
        var json = Encoding.UTF8.GetBytes($"{{\"report\":\"{new string('r', 5 * 1024 * 1024)}\",\"findings\":[]}}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{state.CaseId}/analysis");
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", _host.SubmitterKey);
        request.Content = withLength ? new ByteArrayContent(json) : new StreamContent(new UnknownLengthStream(json));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(CaseStep.Analysis, (await _host.GetStateAsync(state.CaseId)).Step);
    }

    /// <summary>A body sent without Content-Length (chunked): the limit has to be found while reading.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
