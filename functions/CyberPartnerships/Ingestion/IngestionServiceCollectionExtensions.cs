using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CyberPartnerships.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>The shared write path of submissions and feed pulls (safe to call more than once).</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section);
        services.TryAddSingleton<PayloadStore>();
        services.TryAddSingleton<IngestWriter>();
        return services;
    }
}
