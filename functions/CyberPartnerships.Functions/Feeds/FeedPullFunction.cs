using CyberPartnerships.Feeds;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Feeds;

public sealed class FeedPullFunction(FeedPuller puller)
{
    /// <summary>Pulls every active partner TAXII feed on the schedule in the app setting <c>Feeds__Schedule</c>.</summary>
    [Function(nameof(PullFeeds))]
    public Task PullFeeds([TimerTrigger("%Feeds:Schedule%")] TimerInfo timer, CancellationToken cancellationToken) =>
        puller.PullAllAsync(cancellationToken);
}
