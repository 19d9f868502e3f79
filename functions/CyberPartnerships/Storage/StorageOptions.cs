using CyberPartnerships.Configuration;

namespace CyberPartnerships.Storage;

/// <summary>
/// Where the app keeps its tables and blobs. In Azure the service URIs are set and the app signs in with its
/// managed identity (keyless); a connection string is only for Azurite. Configuration section: <c>Storage</c>
/// (app settings <c>Storage__TableServiceUri</c>, ...).
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Connection string, for Azurite or a test account only (e.g. <c>UseDevelopmentStorage=true</c>).</summary>
    [LocalOnly]
    public string? ConnectionString { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>Client id of the user-assigned managed identity; empty uses the default credential chain.</summary>
    public string? ClientId { get; set; }

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ConnectionString) || (BlobServiceUri is not null && TableServiceUri is not null);
}
