using System.Reflection;
using CyberPartnerships.Functions.Sharing;
using CyberPartnerships.Sharing;
using Microsoft.Azure.Functions.Worker;

namespace CyberPartnerships.Functions.Tests;

/// <summary>The sharing functions declare the routes and the Event Grid blob trigger the core is tested for.</summary>
public sealed class SharingFunctionsTests
{
    [Fact]
    public void Shared_items_are_served_at_the_documented_routes()
    {
        var functions = RouteTests.HttpFunctions().ToList();

        Assert.Contains((nameof(SharingFunctions.ListSharedItems), "GET", "/api/shared"), functions);
        Assert.Contains((nameof(SharingFunctions.DownloadSharedItem), "GET", "/api/shared/{caseId}/{file}"), functions);
    }

    [Fact]
    public void Outbound_blobs_trigger_the_pipeline_through_event_grid()
    {
        var method = typeof(SharingFunctions).GetMethod(nameof(SharingFunctions.ShareOutboundBlob))!;
        var trigger = method.GetParameters().Select(p => p.GetCustomAttribute<BlobTriggerAttribute>()).Single(a => a is not null)!;

        Assert.Equal(nameof(SharingFunctions.ShareOutboundBlob), method.GetCustomAttribute<FunctionAttribute>()!.Name);
        Assert.Equal($"{SharingOptions.RawContainer}/{{name}}", trigger.BlobPath);
        Assert.Equal(BlobTriggerSource.EventGrid, trigger.Source);
        Assert.Equal(SharingFunctions.BlobConnection, trigger.Connection);
    }
}
