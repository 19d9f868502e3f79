using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CyberPartnerships.Partners;
using CyberPartnerships.Storage;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CyberPartnerships.Tests.Partners;

/// <summary>The authenticator through <c>GET /api/partners/me</c>, hosted on TestServer against Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed class PartnerAuthenticationTests(AzuriteFixture storage) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private ApiHost _host = null!;

    private PartnerRegistry Registry => _host.Services.GetRequiredService<PartnerRegistry>();

    public async Task InitializeAsync() => _host = await ApiHost.StartAsync(
        storage,
        services => services.AddStorage().AddPartners().AddSingleton<TimeProvider>(_time),
        app => app.MapPartnersApi());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<HttpResponseMessage> GetMeAsync(string? key, bool useAuthorizationHeader = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/partners/me");
        if (key is not null)
        {
            if (useAuthorizationHeader)
            {
                request.Headers.TryAddWithoutValidation("Authorization", $"ApiKey {key}");
            }
            else
            {
                request.Headers.Add("x-api-key", key);
            }
        }

        return await _host.Client.SendAsync(request);
    }

    private static async Task AssertUnauthorizedProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Valid_key_returns_the_partners_profile_without_key_material()
    {
        var partner = await Registry.AddAsync(PartnerTestData.NewPartner("me", Tlp.Green));
        var issued = await Registry.IssueKeyAsync(partner.Id);

        foreach (var viaAuthorization in new[] { true, false })
        {
            using var response = await GetMeAsync(issued.Key, viaAuthorization);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            var profile = JsonDocument.Parse(body).RootElement;
            Assert.Equal(partner.Id, profile.GetProperty("id").GetString());
            Assert.Equal("GREEN", profile.GetProperty("tlpClearance").GetString());
            Assert.Equal("law-enforcement", profile.GetProperty("kind").GetString());
            Assert.Equal(issued.Info.KeyId, profile.GetProperty("apiKeys")[0].GetProperty("keyId").GetString());
            Assert.DoesNotContain(issued.Key, body, StringComparison.Ordinal);
            Assert.DoesNotContain(ApiKeys.Hash(issued.Key), body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("cpk_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Missing_malformed_or_unknown_key_gets_401_problem(string? key)
    {
        using var response = await GetMeAsync(key);
        await AssertUnauthorizedProblemAsync(response);
    }

    [Fact]
    public async Task Key_with_a_wrong_secret_is_refused()
    {
        var partner = await Registry.AddAsync(PartnerTestData.NewPartner("wrong"));
        var issued = await Registry.IssueKeyAsync(partner.Id);
        var forged = issued.Key[..^4] + (issued.Key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var response = await GetMeAsync(forged);

        await AssertUnauthorizedProblemAsync(response);
    }

    [Fact]
    public async Task Rotation_old_and_new_keys_work_until_the_old_is_revoked()
    {
        var partner = await Registry.AddAsync(PartnerTestData.NewPartner("rot"));
        var oldKey = await Registry.IssueKeyAsync(partner.Id);
        var newKey = await Registry.IssueKeyAsync(partner.Id);

        Assert.Equal(HttpStatusCode.OK, (await GetMeAsync(oldKey.Key)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetMeAsync(newKey.Key)).StatusCode);

        await Registry.RevokeKeyAsync(partner.Id, oldKey.Info.KeyId);

        await AssertUnauthorizedProblemAsync(await GetMeAsync(oldKey.Key));
        Assert.Equal(HttpStatusCode.OK, (await GetMeAsync(newKey.Key)).StatusCode);
    }

    [Fact]
    public async Task Expired_key_is_refused()
    {
        var partner = await Registry.AddAsync(PartnerTestData.NewPartner("exp"));
        var issued = await Registry.IssueKeyAsync(partner.Id, TimeSpan.FromDays(90));
        Assert.Equal(HttpStatusCode.OK, (await GetMeAsync(issued.Key)).StatusCode);

        _time.Advance(TimeSpan.FromDays(90) + TimeSpan.FromSeconds(1));

        await AssertUnauthorizedProblemAsync(await GetMeAsync(issued.Key));
    }

    [Fact]
    public async Task Suspended_partner_is_refused_and_resumed_partner_accepted()
    {
        var partner = await Registry.AddAsync(PartnerTestData.NewPartner("sus"));
        var issued = await Registry.IssueKeyAsync(partner.Id);

        await Registry.SetStatusAsync(partner.Id, PartnerStatus.Suspended);
        await AssertUnauthorizedProblemAsync(await GetMeAsync(issued.Key));

        await Registry.SetStatusAsync(partner.Id, PartnerStatus.Active);
        Assert.Equal(HttpStatusCode.OK, (await GetMeAsync(issued.Key)).StatusCode);
    }
}
