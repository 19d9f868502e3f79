using System.Net.Http.Json;
using System.Text.Json;

namespace CyberPartnerships.Tests.Infrastructure;

/// <summary>maildev from node_modules on free loopback ports: an SMTP server that catches mail and a REST API to read it.</summary>
public sealed class MailDevFixture : IAsyncLifetime
{
    private ToolProcess? _maildev;

    public int SmtpPort { get; private set; }

    public int WebPort { get; private set; }

    public HttpClient Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        SmtpPort = ToolProcess.FreePort();
        WebPort = ToolProcess.FreePort();
        _maildev = await ToolProcess.StartAsync("maildev", ["--smtp", $"{SmtpPort}", "--web", $"{WebPort}", "--ip", "127.0.0.1", "--silent"], [SmtpPort, WebPort]);
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/") };
    }

    /// <summary>All caught messages, as maildev's <c>GET /email</c> returns them.</summary>
    public async Task<IReadOnlyList<JsonElement>> GetMessagesAsync()
    {
        var messages = await Api.GetFromJsonAsync<List<JsonElement>>("email");
        return messages ?? [];
    }

    /// <summary>Waits until a message to <paramref name="recipient"/> matching <paramref name="predicate"/> arrives.</summary>
    public async Task<JsonElement> WaitForMessageAsync(string recipient, Func<JsonElement, bool>? predicate = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            foreach (var message in await GetMessagesAsync())
            {
                var to = message.GetProperty("to").EnumerateArray().Select(t => t.GetProperty("address").GetString());
                if (to.Contains(recipient, StringComparer.OrdinalIgnoreCase) && (predicate is null || predicate(message)))
                {
                    return message;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No e-mail to {recipient} arrived at maildev.");
            }

            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (_maildev is not null)
        {
            await _maildev.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class MailCollection : ICollectionFixture<AzuriteFixture>, ICollectionFixture<MailDevFixture>
{
    public const string Name = "storage+mail";
}
