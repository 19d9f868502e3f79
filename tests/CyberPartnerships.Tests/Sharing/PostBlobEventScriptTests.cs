using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Sharing;

/// <summary>scripts/post-blob-event.sh posts the event the blobs extension webhook expects, to a local listener.</summary>
public sealed class PostBlobEventScriptTests
{
    [Fact]
    public async Task Script_posts_a_blob_created_notification_to_the_blobs_webhook()
    {
        var port = ToolProcess.FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var received = listener.GetContextAsync();

        var run = RunScriptAsync("CASE-42/bundle.json", "--host", $"http://127.0.0.1:{port}", "--blob-endpoint", "http://127.0.0.1:10000/devstoreaccount1");
        var context = await received.WaitAsync(TimeSpan.FromSeconds(30));
        string body;
        using (var reader = new StreamReader(context.Request.InputStream))
        {
            body = await reader.ReadToEndAsync();
        }

        var (method, path, query, eventType) = (context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.QueryString["functionName"], context.Request.Headers["aeg-event-type"]);
        context.Response.StatusCode = 202;
        context.Response.Close();
        var (exitCode, output) = await run;

        Assert.Equal(0, exitCode);
        Assert.Contains("HTTP 202", output, StringComparison.Ordinal);
        Assert.Equal("POST", method);
        Assert.Equal("/runtime/webhooks/blobs", path);
        Assert.Equal("Host.Functions.ShareOutboundBlob", query);
        Assert.Equal("Notification", eventType);
        var events = JsonDocument.Parse(body).RootElement;
        var e = Assert.Single(events.EnumerateArray());
        Assert.Equal("Microsoft.Storage.BlobCreated", e.GetProperty("eventType").GetString());
        Assert.Equal("/blobServices/default/containers/outbound-raw/blobs/CASE-42/bundle.json", e.GetProperty("subject").GetString());
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/outbound-raw/CASE-42/bundle.json", e.GetProperty("data").GetProperty("url").GetString());
        Assert.Equal("BlockBlob", e.GetProperty("data").GetProperty("blobType").GetString());
        Assert.True(Guid.TryParse(e.GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task Script_without_a_blob_name_prints_its_usage_and_fails()
    {
        var (exitCode, output) = await RunScriptAsync();

        Assert.Equal(2, exitCode);
        Assert.Contains("usage:", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunScriptAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "post-blob-event.sh"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }
}
