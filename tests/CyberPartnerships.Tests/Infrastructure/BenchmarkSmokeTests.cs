using System.Diagnostics;

namespace CyberPartnerships.Tests.Infrastructure;

/// <summary>The benchmarks still run end to end (tiny inputs against the tests' Azurite): they compose the same
/// services as the app, so a new dependency must reach them too. Speed is not checked here.</summary>
[Collection(StorageCollection.Name)]
public sealed class BenchmarkSmokeTests(AzuriteFixture storage)
{
    [Fact]
    public async Task Ingest_benchmark_runs_and_prints_its_result_line()
    {
        var output = await RunAsync("ingest", "--objects", "40");

        Assert.Matches(@"raw objects=40 entities=\d+ transactions=\d+ parallelism=32 seconds=[\d.]+ rate=\d+/s", output);
        Assert.Matches(@"ingest objects=40 entities=\d+ project=\d+/s raw=\d+/s of_raw=[\d.]+\s*$", output);
        Assert.Matches(@"memory bundle_bytes=\d+ objects=\d+ json_bytes_per_object=\d+ alloc_bytes_per_object=\d+ alloc_per_json_byte=[\d.]+ peak_heap_mb=[\d.]+", output);
        Assert.Matches(@"feed objects=40 entities=\d+ project=\d+/s raw=\d+/s of_raw=[\d.]+", output);
    }

    [Fact]
    public async Task Taxii_benchmark_runs_and_prints_its_result_line()
    {
        var output = await RunAsync("taxii", "--objects", "30");

        Assert.Matches(@"taxii objects=30 served=\d+/s raw=\d+/s of_raw=[\d.]+\s*$", output);
    }

    /// <summary>Runs the bench built beside the tests (same configuration) against the tests' Azurite; its output.</summary>
    private async Task<string> RunAsync(params string[] arguments)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)))!;
        var dll = Path.Combine(RepoPaths.Root, "bench", "CyberPartnerships.Bench", "bin", configuration, "net10.0", "CyberPartnerships.Bench.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CYBERPARTNERS_BENCH_STORAGE"] = storage.ConnectionString;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));

        Assert.True(process.ExitCode == 0, output + await error);
        return output;
    }

    [Fact]
    public async Task Graph_benchmark_runs_and_prints_its_result_line()
    {
        var output = await RunAsync("graph", "--indicators", "300", "--partners", "3", "--cases", "6", "--queries", "10");

        Assert.Matches(@"graph indicators=\d+ build=\d+/s p50_ms=[\d.]+ p95_ms=[\d.]+\s*$", output);
    }
}
