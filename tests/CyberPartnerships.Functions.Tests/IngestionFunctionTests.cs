using System.Reflection;
using CyberPartnerships.Functions.Feeds;
using CyberPartnerships.Functions.Indicators;
using CyberPartnerships.Functions.Submissions;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Tests;

/// <summary>The ingestion functions declare the routes the core's handlers are tested on, and the feed timer reads its schedule from an app setting.</summary>
public sealed class IngestionFunctionTests
{
    [Fact]
    public void Submission_and_indicator_functions_are_served_at_the_documented_routes()
    {
        var functions = RouteTests.HttpFunctions().ToList();
        Assert.Contains((nameof(SubmissionsFunctions.ReceiveSubmission), "POST", "/api/submissions"), functions);
        Assert.Contains((nameof(SubmissionsFunctions.GetSubmission), "GET", "/api/submissions/{id}"), functions);
        Assert.Contains((nameof(SubmissionsFunctions.UploadAttachment), "POST", "/api/attachments"), functions);
        Assert.Contains((nameof(SubmissionsFunctions.GetAttachment), "GET", "/api/attachments/{id}"), functions);
        Assert.Contains((nameof(IndicatorsFunctions.GetIndicator), "GET", "/api/indicators/{type}/{*value}"), functions);
    }

    [Fact]
    public void Feed_pull_timer_takes_its_schedule_from_the_feeds_schedule_setting()
    {
        var trigger = typeof(FeedPullFunction).GetMethod(nameof(FeedPullFunction.PullFeeds))!
            .GetParameters().Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()).Single(a => a is not null)!;
        Assert.Equal("%Feeds:Schedule%", trigger.Schedule);
    }
}
