using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>One <see cref="TableServiceClient"/>, <see cref="BlobServiceClient"/> and <see cref="QueueServiceClient"/> for the app.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Validate(o => o.IsConfigured, "Storage is not configured: set Storage__ConnectionString (Azurite) or Storage__TableServiceUri and Storage__BlobServiceUri (Azure).")
            .ValidateOnStart();
        services.AddSingleton(sp => StorageClients.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton(sp => sp.GetRequiredService<StorageClients>().Tables);
        services.AddSingleton(sp => sp.GetRequiredService<StorageClients>().Blobs);
        services.AddSingleton(sp => sp.GetRequiredService<StorageClients>().Queues);
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}

/// <summary>The three storage service clients, made once from <see cref="StorageOptions"/>.</summary>
public sealed record StorageClients(TableServiceClient Tables, BlobServiceClient Blobs, QueueServiceClient Queues)
{
    public static StorageClients Create(StorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return FromConnectionString(options.ConnectionString);
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ClientId)
            ? new DefaultAzureCredential()
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ClientId });
        return FromServiceUris(options, credential);
    }

    /// <param name="connectionString">Azurite's or a test account's connection string.</param>
    /// <param name="maxRetries">Fewer retries for interactive tools, so an unreachable account fails fast.</param>
    public static StorageClients FromConnectionString(string connectionString, int? maxRetries = null)
    {
        var tableOptions = new TableClientOptions();
        var blobOptions = new BlobClientOptions();
        var queueOptions = new QueueClientOptions();
        if (maxRetries is { } retries)
        {
            foreach (var options in new Azure.Core.ClientOptions[] { tableOptions, blobOptions, queueOptions })
            {
                options.Retry.MaxRetries = retries;
                options.Retry.Delay = TimeSpan.FromMilliseconds(200);
                options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
            }
        }

        return new(
            new TableServiceClient(connectionString, tableOptions),
            new BlobServiceClient(connectionString, blobOptions),
            new QueueServiceClient(connectionString, queueOptions));
    }

    public static StorageClients FromServiceUris(StorageOptions options, TokenCredential credential)
    {
        var blob = options.BlobServiceUri ?? throw new InvalidOperationException("Storage:BlobServiceUri is not set.");
        var table = options.TableServiceUri ?? throw new InvalidOperationException("Storage:TableServiceUri is not set.");
        var queue = options.QueueServiceUri ?? new Uri(blob.ToString().Replace(".blob.", ".queue.", StringComparison.Ordinal));
        return new(new TableServiceClient(table, credential), new BlobServiceClient(blob, credential), new QueueServiceClient(queue, credential));
    }

    /// <summary>For the CLI's <c>--account NAME</c>: the public Azure endpoints of that account, signed in with the default credential chain.</summary>
    public static StorageClients ForAccount(string accountName, TokenCredential credential) => FromServiceUris(
        new StorageOptions
        {
            BlobServiceUri = new Uri($"https://{accountName}.blob.core.windows.net"),
            QueueServiceUri = new Uri($"https://{accountName}.queue.core.windows.net"),
            TableServiceUri = new Uri($"https://{accountName}.table.core.windows.net"),
        },
        credential);
}
