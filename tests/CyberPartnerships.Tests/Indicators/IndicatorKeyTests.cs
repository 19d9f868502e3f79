using CyberPartnerships.Feeds;
using CyberPartnerships.Ingestion;

namespace CyberPartnerships.Tests.Indicators;

/// <summary>Normalisation: the same fact in different notations is the same indicator key.</summary>
public sealed class IndicatorKeyTests
{
    [Theory]
    [InlineData("domain", "Evil.EXAMPLE.", "domain", "evil.example")]
    [InlineData("domain-name", "bücher.example", "domain", "xn--bcher-kva.example")]
    [InlineData("ipv6", "2001:0DB8:0000:0000:0000:0000:0000:0001", "ipv6", "2001:db8::1")]
    [InlineData("ipv4", " 198.51.100.7 ", "ipv4", "198.51.100.7")]
    [InlineData("sha256", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", "sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("url", "HTTP://C2.Example:80/Gate.php?id=1", "url", "http://c2.example/Gate.php?id=1")]
    [InlineData("email", "Mule@Example.COM", "email", "mule@example.com")]
    [InlineData("btc", "bc1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", "btc", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")]
    [InlineData("btc wallet", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "btc", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT")]
    [InlineData("ipv4", "198.51.100[.]7", "ipv4", "198.51.100.7")]
    [InlineData("ip", "198(.)51(.)100(.)7", "ipv4", "198.51.100.7")]
    [InlineData("domain", "evil[.]EXAMPLE[.]", "domain", "evil.example")]
    [InlineData("domain", "evil[dot]example", "domain", "evil.example")]
    [InlineData("url", "hxxp://c2[.]example/gate.php", "url", "http://c2.example/gate.php")]
    [InlineData("url", "hXXps[:]//c2.example/", "url", "https://c2.example/")]
    [InlineData("email", "phisher[@]evil[.]example", "email", "phisher@evil.example")]
    public void Values_are_normalised(string type, string value, string expectedType, string expectedValue)
    {
        Assert.True(IndicatorKey.TryCreate(type, value, out var key, out var error), error);
        Assert.Equal(new IndicatorKey(expectedType, expectedValue), key);
    }

    [Theory]
    [InlineData("ipv4", "198.51.100")]
    [InlineData("ipv4", "2001:db8::1")]
    [InlineData("ipv6", "198.51.100.7")]
    [InlineData("md5", "abc")]
    [InlineData("domain", "not a domain")]
    [InlineData("url", "javascript:alert(1)")]
    [InlineData("stix", "indicator--123")]
    [InlineData("pigeon", "x")]
    public void Invalid_values_are_refused_with_a_reason(string type, string value)
    {
        Assert.False(IndicatorKey.TryCreate(type, value, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData("2026-11-23T10:00:00.123456789Z", "2026-11-23T10:00:00.1234566Z")]
    [InlineData("2026-11-23T10:00:00.123456Z", "2026-11-23T10:00:00.123455Z")]
    [InlineData("2026-11-23T10:00:00.120Z", "2026-11-23T10:00:00.119Z")]
    [InlineData("2026-11-23T10:00:00Z", "2026-11-23T09:59:59Z")]
    public void Added_after_continues_one_unit_of_the_servers_precision_before_the_last_date_added(string last, string expected)
    {
        Assert.Equal(expected, FeedPuller.JustBefore(last));
        Assert.True(string.CompareOrdinal(expected, last) < 0);
    }

    [Theory]
    [InlineData("2026-11-23T10:00:00Z", true)]
    [InlineData("2026-11-23T10:00:00.123456789012Z", true)]
    [InlineData("2026-11-23T10:00:00.1234567890123Z", false)]
    [InlineData("2026-11-23T10:00:00+01:00", false)]
    [InlineData("2026-02-30T10:00:00Z", false)]
    public void Stix_timestamps_are_utc_with_bounded_precision(string text, bool valid)
    {
        Assert.Equal(valid, StixPatterns.TryParseTimestamp(text, out _));
    }
}
