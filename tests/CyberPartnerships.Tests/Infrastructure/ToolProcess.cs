using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CyberPartnerships.Tests.Infrastructure;

/// <summary>A dev tool from node_modules (Azurite, maildev) started for the tests on free loopback ports.</summary>
public sealed class ToolProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ToolProcess(Process process)
    {
        _process = process;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<ToolProcess> StartAsync(string tool, IEnumerable<string> arguments, IReadOnlyList<int> waitForPorts)
    {
        var path = RepoPaths.NodeBin(tool);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: run 'npm ci' at the repository root (the README's test command does).");
        }

        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var tool_ = new ToolProcess(process);
        process.OutputDataReceived += (_, e) => tool_.Append(e.Data);
        process.ErrorDataReceived += (_, e) => tool_.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in waitForPorts)
        {
            while (!await IsListeningAsync(port).ConfigureAwait(false))
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    await tool_.DisposeAsync().ConfigureAwait(false);
                    throw new InvalidOperationException($"{tool} did not start listening on port {port}. Output:\n{tool_.Output}");
                }

                await Task.Delay(100).ConfigureAwait(false);
            }
        }

        return tool_;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
