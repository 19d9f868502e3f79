using Azure;
using CyberPartnerships.Partners;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Taxii;

/// <summary>What every TAXII request passes first: content negotiation (406), the partner's key (401/403), and
/// storage faults of the handler as 503.</summary>
public sealed partial class TaxiiGate(PartnerAuthenticator authenticator, ILogger<TaxiiGate> logger)
{
    public delegate Task<IResult> Handler(Partner partner, CancellationToken cancellationToken);

    public async Task<IResult> RunAsync(HttpRequest request, Handler handler, CancellationToken cancellationToken)
    {
        if (!TaxiiResponses.Accepts(request))
        {
            return TaxiiResponses.Error(StatusCodes.Status406NotAcceptable, "Not acceptable", $"This server answers {TaxiiResponses.MediaType}.");
        }

        var auth = await authenticator.AuthenticateKeyAsync(TaxiiResponses.ReadKey(request), cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            return TaxiiResponses.Refusal(request, auth);
        }

        try
        {
            return await handler(auth.Partner!, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            LogStoreUnavailable(logger, ex, auth.Partner!.Id);
            return TaxiiResponses.Unavailable();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage unavailable while serving TAXII to {PartnerId}")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception, string partnerId);
}
