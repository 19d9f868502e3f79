using CyberPartnerships.Configuration;

namespace CyberPartnerships.Feeds;

/// <summary>Feed pulls. Configuration section <c>Feeds</c> (e.g. <c>Feeds__Schedule</c>, <c>Feeds__UnhealthyAfter</c>).</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>NCRONTAB schedule of the timer trigger (read by the Functions host as <c>%Feeds:Schedule%</c>).</summary>
    public string Schedule { get; set; } = "0 */15 * * * *";

    /// <summary>Objects asked for per page (<c>limit</c>).</summary>
    [OptionalSetting]
    public int PageSize { get; set; } = 500;

    /// <summary>Pages read per feed per run at most; the next run continues from the checkpoint.</summary>
    [OptionalSetting]
    public int MaxPagesPerRun { get; set; } = 200;

    /// <summary>Failed runs in a row after which a feed is marked unhealthy.</summary>
    [OptionalSetting]
    public int UnhealthyAfter { get; set; } = 3;

    /// <summary>Retries of one request (429, 5xx, timeouts), with exponential backoff and Retry-After honoured.</summary>
    [OptionalSetting]
    public int MaxRetryAttempts { get; set; } = 4;

    [OptionalSetting]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [OptionalSetting]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [OptionalSetting]
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The largest answer read from a feed's server (a page of objects, discovery), counted while reading;
    /// a larger one is that feed's failure.</summary>
    [OptionalSetting]
    public int MaxPageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Lets pulls reach loopback, link-local, private and other non-public addresses (and feeds be registered
    /// with an <c>http</c> API root): the TAXII test server on loopback, local runs. Never in Azure.</summary>
    [LocalOnly]
    public bool AllowPrivateAddresses { get; set; }
}
