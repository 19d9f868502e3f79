using System.Diagnostics;

namespace CyberPartnerships.Infra.Tests;

/// <summary>
/// infra/hooks/postdeploy.sh run against a stand-in <c>az</c> on PATH that records its arguments and answers like
/// the Azure CLI: what the hook asks Azure for and the Event Grid subscription it makes.
/// </summary>
public sealed class PostdeployHookTests : IDisposable
{
    private const string FakeAz = """
        #!/bin/sh
        printf '%s\037' "$@" >> "$AZ_LOG"
        echo >> "$AZ_LOG"
        case "$1 $2" in
          "functionapp function") printf '%s\n' "$FAKE_FUNCTION" ;;
          "functionapp keys") echo "blobkey-123" ;;
          "functionapp show") echo "func-api-tok.azurewebsites.net" ;;
        esac
        exit 0
        """;

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("infra-postdeploy-");

    private string Log => Path.Combine(directory.FullName, "az.log");

    public void Dispose() => directory.Delete(recursive: true);

    /// <summary>Runs the hook; each call to az is the list of its arguments.</summary>
    private (int ExitCode, string Output, List<string[]> Calls) Run(string function)
    {
        var az = Path.Combine(directory.FullName, "az");
        File.WriteAllText(az, FakeAz.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Bicep.InfraDirectory, "hooks", "postdeploy.sh"));
        start.Environment["PATH"] = $"{directory.FullName}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["AZ_LOG"] = Log;
        start.Environment["FAKE_FUNCTION"] = function;
        start.Environment["AZURE_RESOURCE_GROUP"] = "rg-test";
        start.Environment["AZURE_FUNCTION_NAME"] = "func-api-tok";
        start.Environment["AZURE_STORAGE_SYSTEM_TOPIC_NAME"] = "evgst-storage-tok";
        start.Environment.Remove("BLOB_TRIGGER_FUNCTION_NAME");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "the hook hung");
        var calls = (File.Exists(Log) ? File.ReadAllLines(Log) : []).Select(line => line.TrimEnd('\x1f').Split('\x1f')).ToList();
        return (process.ExitCode, stdout + stderr.Result, calls);
    }

    [Fact]
    public void It_subscribes_the_blob_triggered_function_to_blob_created_events_of_outbound_raw()
    {
        var (exitCode, output, calls) = Run("func-api-tok/RedactOutbound");

        Assert.True(exitCode == 0, output);
        var list = Arguments(Assert.Single(calls, c => c[..3].SequenceEqual(["functionapp", "function", "list"])));
        Assert.Equal("[?config.bindings[?type=='blobTrigger' && starts_with(path, 'outbound-raw/')]].name | [0]", list["--query"]);
        Assert.Equal("func-api-tok", list["--name"]);
        var keys = Arguments(Assert.Single(calls, c => c[..3].SequenceEqual(["functionapp", "keys", "list"])));
        Assert.Equal("systemKeys.blobs_extension", keys["--query"]);

        var arguments = Arguments(Assert.Single(calls, c => c[..4].SequenceEqual(["eventgrid", "system-topic", "event-subscription", "create"])));
        Assert.Equal("outbound-raw-blob-created", arguments["--name"]);
        Assert.Equal("rg-test", arguments["--resource-group"]);
        Assert.Equal("evgst-storage-tok", arguments["--system-topic-name"]);
        Assert.Equal("webhook", arguments["--endpoint-type"]);
        Assert.Equal("https://func-api-tok.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.RedactOutbound&code=blobkey-123", arguments["--endpoint"]);
        Assert.Equal("Microsoft.Storage.BlobCreated", arguments["--included-event-types"]);
        Assert.Equal("/blobServices/default/containers/outbound-raw/", arguments["--subject-begins-with"]);
    }

    [Fact]
    public void Without_a_blob_triggered_function_it_says_so_and_subscribes_nothing()
    {
        var (exitCode, output, calls) = Run(function: "");

        Assert.Equal(0, exitCode);
        Assert.Contains("no deployed function has a blob trigger on outbound-raw/", output, StringComparison.Ordinal);
        Assert.Single(calls);
        Assert.Equal(["functionapp", "function", "list"], calls[0][..3]);
    }

    [Fact]
    public void The_powershell_twin_makes_the_same_subscription()
    {
        var powershell = File.ReadAllText(Path.Combine(Bicep.InfraDirectory, "hooks", "postdeploy.ps1"));
        var shell = File.ReadAllText(Path.Combine(Bicep.InfraDirectory, "hooks", "postdeploy.sh"));
        foreach (var same in new[]
                 {
                     "'outbound-raw'", "'outbound-raw-blob-created'", "systemKeys.blobs_extension", "Microsoft.Storage.BlobCreated",
                     "/blobServices/default/containers/$container/", "/runtime/webhooks/blobs?functionName=Host.Functions.",
                     "[?config.bindings[?type=='blobTrigger' && starts_with(path, '$container/')]].name | [0]",
                 })
        {
            var inShell = same.Trim('\'');
            Assert.Contains(inShell, shell, StringComparison.Ordinal);
            Assert.Contains(same, powershell, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Arguments(string[] parts)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (parts[i].StartsWith("--", StringComparison.Ordinal) && !parts[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                arguments[parts[i]] = parts[i + 1];
            }
        }

        return arguments;
    }
}
