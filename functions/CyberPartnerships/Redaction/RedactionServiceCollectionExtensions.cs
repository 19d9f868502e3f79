using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CyberPartnerships.Redaction;

public static class RedactionServiceCollectionExtensions
{
    /// <summary>The redaction options and the redactors. A missing pseudonym key does not stop the app from starting:
    /// the sharing pipeline refuses (quarantines) each document instead, so nothing leaves unredacted.</summary>
    public static IServiceCollection AddRedaction(this IServiceCollection services)
    {
        services.AddOptions<RedactionOptions>().BindConfiguration(RedactionOptions.Section);
        services.TryAddSingleton<TextRedactorFactory>();
        services.TryAddSingleton<DocumentRedactor>();
        return services;
    }
}
