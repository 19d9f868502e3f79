using System.Net;
using CyberPartnerships.Partners;
using CyberPartnerships.Taxii;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Taxii;

/// <summary>TAXII 2.1 server discovery (4.1), API root information (4.2), content negotiation and authentication,
/// against the real HTTP pipeline and Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed class TaxiiDiscoveryTests(AzuriteFixture storage) : IAsyncLifetime
{
    private ApiHost _host = null!;

    public async Task InitializeAsync() => _host = await TaxiiTestHost.StartAsync(storage);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Section_4_1_discovery_has_a_title_and_lists_the_one_api_root_as_default()
    {
        var (_, key) = await _host.PartnerWithKeyAsync("disc");

        var (response, body) = await _host.GetAsync("/api/taxii2/", key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TaxiiTestHost.Accept, response.Content.Headers.ContentType!.ToString().Replace(" ", "", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        var root = Assert.Single(body.GetProperty("api_roots").EnumerateArray()).GetString()!;
        Assert.Equal(root, body.GetProperty("default").GetString());
        Assert.True(Uri.TryCreate(root, UriKind.Absolute, out var uri));
        Assert.Equal(TaxiiTestHost.Root, uri!.AbsolutePath);
    }

    [Fact]
    public async Task Section_4_1_discovery_names_the_api_root_under_the_configured_public_base_url()
    {
        await using var host = await TaxiiTestHost.StartAsync(storage, new Dictionary<string, string?> { ["Taxii:PublicBaseUrl"] = "https://taxii.partnership.example" });
        var (_, key) = await host.PartnerWithKeyAsync("pub");

        var (_, body) = await host.GetAsync("/api/taxii2/", key);

        Assert.Equal("https://taxii.partnership.example/api/taxii2/shared/", body.GetProperty("default").GetString());
    }

    [Fact]
    public async Task Section_4_2_api_root_lists_taxii_2_1_in_versions_and_a_max_content_length()
    {
        var (_, key) = await _host.PartnerWithKeyAsync("root");

        var (response, body) = await _host.GetAsync(TaxiiTestHost.Root, key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        Assert.Contains(TaxiiTestHost.Accept, body.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Number, body.GetProperty("max_content_length").ValueKind);
    }

    [Theory]
    [InlineData("application/taxii+json;version=2.1")]
    [InlineData("application/taxii+json")]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task Media_types_a_taxii_2_1_accept_or_none_is_answered_in_taxii_json_2_1(string? accept)
    {
        var (_, key) = await _host.PartnerWithKeyAsync("mt");

        var (response, _) = await _host.GetAsync(TaxiiTestHost.Root, key, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/taxii+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(response.Content.Headers.ContentType.Parameters, p => p.Name == "version" && p.Value == "2.1");
    }

    [Theory]
    [InlineData("application/taxii+json;version=2.0")]
    [InlineData("application/json")]
    [InlineData("text/html")]
    public async Task Media_types_any_other_accept_is_406_with_a_taxii_error(string accept)
    {
        var (_, key) = await _host.PartnerWithKeyAsync("mt406");

        var (response, body) = await _host.GetAsync(TaxiiTestHost.Root, key, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("406", body.GetProperty("http_status").GetString());
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("Bearer")]
    [InlineData("ApiKey")]
    public async Task Authentication_http_basic_with_the_key_as_password_bearer_and_api_key_are_accepted(string scheme)
    {
        var (_, key) = await _host.PartnerWithKeyAsync("auth");

        var (response, _) = await _host.GetAsync("/api/taxii2/", key, scheme: scheme);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Authentication_no_credentials_is_401_with_a_www_authenticate_challenge_on_every_endpoint()
    {
        foreach (var path in new[] { "/api/taxii2/", TaxiiTestHost.Root, TaxiiTestHost.Root + "collections/", TaxiiTestHost.CollectionPath(Tlp.Green), TaxiiTestHost.CollectionPath(Tlp.Green) + "objects/", TaxiiTestHost.CollectionPath(Tlp.Green) + "manifest/" })
        {
            var (response, body) = await _host.GetAsync(path, key: null);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
            Assert.Equal("401", body.GetProperty("http_status").GetString());
        }
    }

    [Fact]
    public async Task Authentication_a_wrong_key_is_401_and_a_suspended_partner_is_403()
    {
        var (partner, key) = await _host.PartnerWithKeyAsync("susp");

        var (wrong, _) = await _host.GetAsync("/api/taxii2/", key[..^4] + "AAAA");
        await _host.Services.GetRequiredService<PartnerRegistry>().SetStatusAsync(partner.Id, PartnerStatus.Suspended);
        var (suspended, body) = await _host.GetAsync("/api/taxii2/", key);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, suspended.StatusCode);
        Assert.Equal("403", body.GetProperty("http_status").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
    }
}
