using CyberPartnerships.Feeds;

namespace CyberPartnerships.Tests.Feeds;

/// <summary>What a feed registration must be before it is stored.</summary>
public sealed class FeedValidationTests
{
    private static FeedRegistration Feed(string apiRoot, string? tokenRef = "env:FEEDSECRET_PARTNER_TAXII") => new()
    {
        PartnerId = "europol-ec3",
        FeedId = "default",
        ApiRoot = new Uri(apiRoot),
        CollectionId = "c-1",
        TokenRef = tokenRef,
    };

    [Fact]
    public void Https_api_root_on_a_public_name_is_accepted()
    {
        Assert.Empty(FeedValidation.Validate(Feed("https://taxii.partner.example/api1/")));
    }

    [Theory]
    [InlineData("http://taxii.partner.example/api1/")]
    [InlineData("ftp://taxii.partner.example/api1/")]
    public void Api_root_that_is_not_https_is_refused(string apiRoot)
    {
        var errors = FeedValidation.Validate(Feed(apiRoot));

        Assert.Contains(errors, e => e.Contains("https", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://127.0.0.1/api1/")]
    [InlineData("https://localhost:9443/api1/")]
    [InlineData("https://169.254.169.254/latest/")]
    [InlineData("https://10.0.0.5/api1/")]
    [InlineData("https://[::1]/api1/")]
    [InlineData("https://[::ffff:127.0.0.1]/api1/")]
    public void Api_root_on_a_loopback_or_private_address_is_refused(string apiRoot)
    {
        var errors = FeedValidation.Validate(Feed(apiRoot));

        Assert.Contains(errors, e => e.Contains("public", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/api1/")]
    [InlineData("https://localhost:9443/api1/")]
    public void With_private_addresses_allowed_a_local_http_api_root_is_accepted(string apiRoot)
    {
        Assert.Empty(FeedValidation.Validate(Feed(apiRoot), allowPrivateAddresses: true));
    }

    [Theory]
    [InlineData("env:Approvals__CurrentKey")]
    [InlineData("env:AzureWebJobsStorage")]
    [InlineData("env:Redaction__PseudonymKey")]
    [InlineData("env:PARTNER_TAXII_TOKEN")]
    [InlineData("env:FEEDSECRET_")]
    [InlineData("env:feedsecret_partner")]
    [InlineData("s3cr3t-token-value")]
    public void Secret_reference_to_anything_but_a_dedicated_feed_secret_setting_is_refused(string reference)
    {
        var token = FeedValidation.Validate(Feed("https://taxii.partner.example/api1/", reference));
        var password = FeedValidation.Validate(Feed("https://taxii.partner.example/api1/", null) with { Username = "puller", PasswordRef = reference });

        Assert.Contains(token, e => e.Contains("env:FEEDSECRET_", StringComparison.Ordinal));
        Assert.Contains(password, e => e.Contains("env:FEEDSECRET_", StringComparison.Ordinal));
    }

    [Fact]
    public void Secret_reference_to_a_dedicated_feed_secret_setting_is_accepted()
    {
        Assert.Empty(FeedValidation.Validate(Feed("https://taxii.partner.example/api1/", null) with { Username = "puller", PasswordRef = "env:FEEDSECRET_EUROPOL_TAXII_PASSWORD" }));
    }
}
