using CyberPartnerships.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>TAXII 2.1 feed pulls (needs <c>AddStorage()</c> and <c>AddPartners()</c>).</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section)
            .Validate(o => o.MaxPageBytes > 0, "Feeds:MaxPageBytes must be a positive number of bytes.");
        services.AddIngestion();
        services.AddSingleton<FeedRegistry>();
        services.AddTransient<FeedPuller>();
        services.AddHttpClient<TaxiiClient>()
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // A partner's server answers for itself: no redirects, no proxy in between, public addresses only.
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = FeedAddresses.Connector(sp.GetRequiredService<IOptions<FeedOptions>>().Value.AllowPrivateAddresses),
            })
            // Bodies are buffered up to this size and no further: a larger answer fails while it is read.
            .ConfigureHttpClient((sp, client) => client.MaxResponseContentBufferSize = sp.GetRequiredService<IOptions<FeedOptions>>().Value.MaxPageBytes)
            .AddStandardResilienceHandler()
            .SelectPipelineByAuthority()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
            {
                var feeds = sp.GetRequiredService<IOptions<FeedOptions>>().Value;
                resilience.Retry.MaxRetryAttempts = feeds.MaxRetryAttempts;
                resilience.Retry.Delay = feeds.RetryBaseDelay;
                resilience.Retry.ShouldRetryAfterHeader = true;
                resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
                    !TaxiiClient.IsRefusedAddress(args.Outcome.Exception) && HttpClientResiliencePredicates.IsTransient(args.Outcome));
                resilience.AttemptTimeout.Timeout = feeds.AttemptTimeout;
                resilience.TotalRequestTimeout.Timeout = feeds.TotalRequestTimeout;
                resilience.CircuitBreaker.SamplingDuration = feeds.AttemptTimeout * 2 > resilience.CircuitBreaker.SamplingDuration
                    ? feeds.AttemptTimeout * 2
                    : resilience.CircuitBreaker.SamplingDuration;
            });
        return services;
    }
}
