using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Mou;

/// <summary><c>GET /api/cases</c> pages: <c>pageSize</c> and the <c>continuationToken</c> the previous page returned.</summary>
[Collection(MailCollection.Name)]
public sealed class CaseListTests(AzuriteFixture storage, MailDevFixture mail) : IAsyncLifetime
{
    private MouTestHost _host = null!;

    public async Task InitializeAsync() => _host = await MouTestHost.StartAsync(storage, mail);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Cases_are_listed_a_page_at_a_time_and_the_continuation_token_reads_the_rest()
    {
        var opened = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            opened.Add((await _host.OpenCaseAsync("analysis")).CaseId);
        }

        var (first, token) = await PageAsync("/api/cases?pageSize=2");
        Assert.Equal(2, first.Count);
        Assert.NotNull(token);
        var (second, end) = await PageAsync($"/api/cases?pageSize=2&continuationToken={Uri.EscapeDataString(token)}");
        Assert.Single(second);
        Assert.Null(end);
        Assert.Equal(opened.Order(StringComparer.Ordinal), first.Concat(second).Select(c => c.GetProperty("id").GetString()!));
        Assert.All(first.Concat(second), c => Assert.Equal("analysis", c.GetProperty("step").GetString()));

        var (all, none) = await PageAsync("/api/cases");
        Assert.Equal(3, all.Count);
        Assert.Null(none);
    }

    [Theory]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=201")]
    [InlineData("pageSize=ten")]
    [InlineData("continuationToken=not*a*token")]
    public async Task A_page_size_out_of_range_or_a_foreign_token_is_400(string query)
    {
        using var response = await _host.SendAsync(HttpMethod.Get, $"/api/cases?{query}", _host.SubmitterKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(List<JsonElement> Items, string? Token)> PageAsync(string path)
    {
        using var response = await _host.SendAsync(HttpMethod.Get, path, _host.SubmitterKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. page.GetProperty("items").EnumerateArray()], page.TryGetProperty("continuationToken", out var t) ? t.GetString() : null);
    }
}
