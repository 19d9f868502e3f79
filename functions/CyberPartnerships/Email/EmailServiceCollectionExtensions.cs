using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>The configured <see cref="IEmailSender"/>: SMTP (default) or ACS (keyless, managed identity).</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.Section)
            .Validate(o => o.Provider != EmailProvider.Acs || o.AcsEndpoint is { IsAbsoluteUri: true }, "Email:AcsEndpoint must be set when Email:Provider is Acs.")
            .ValidateOnStart();
        services.AddSingleton<IEmailSender>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<EmailOptions>>();
            if (o.Value.Provider == EmailProvider.Smtp)
            {
                return new SmtpEmailSender(o, sp.GetRequiredService<ILogger<SmtpEmailSender>>());
            }

            var credential = string.IsNullOrWhiteSpace(o.Value.AcsClientId)
                ? new DefaultAzureCredential()
                : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = o.Value.AcsClientId });
            return new AcsEmailSender(o.Value.AcsEndpoint!, o.Value.From, credential, new AcsEmailClientOptions(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AcsEmailSender>>());
        });
        return services;
    }
}
