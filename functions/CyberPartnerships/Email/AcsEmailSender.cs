using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace CyberPartnerships.Email;

/// <summary>Options of <see cref="AcsEmailSender"/>: the Azure SDK client options (retries, transport, diagnostics).</summary>
public sealed class AcsEmailClientOptions : ClientOptions
{
    public const string ApiVersion = "2023-03-31";
}

/// <summary>
/// Sends through Azure Communication Services Email's REST API (<c>POST {endpoint}/emails:send?api-version=2023-03-31</c>)
/// on an Azure.Core pipeline signed in with a <see cref="TokenCredential"/> (scope
/// <c>https://communication.azure.com//.default</c>). The message id becomes the <c>Operation-Id</c> and the
/// repeatability request id, so a retried send is the same operation to the service.
/// </summary>
public sealed partial class AcsEmailSender : IEmailSender
{
    public const string Scope = "https://communication.azure.com//.default";
    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly string _sender;
    private readonly TimeProvider _time;
    private readonly ILogger<AcsEmailSender> _logger;

    public AcsEmailSender(Uri endpoint, string senderAddress, TokenCredential credential, AcsEmailClientOptions? options, TimeProvider time, ILogger<AcsEmailSender> logger)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(senderAddress);
        ArgumentNullException.ThrowIfNull(credential);
        _endpoint = endpoint;
        _sender = senderAddress;
        _time = time;
        _logger = logger;
        _pipeline = HttpPipelineBuilder.Build(options ?? new AcsEmailClientOptions(), new BearerTokenAuthenticationPolicy(credential, Scope));
    }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var request = _pipeline.CreateRequest();
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath("/emails:send", escape: false);
        request.Uri.AppendQuery("api-version", AcsEmailClientOptions.ApiVersion);
        var operationId = message.OperationId.ToString();
        request.Headers.Add("Operation-Id", operationId);
        request.Headers.Add("repeatability-request-id", operationId);
        request.Headers.Add("repeatability-first-sent", _time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
        request.Headers.Add(HttpHeader.Common.JsonContentType);
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(new
        {
            senderAddress = _sender,
            recipients = new { to = new[] { new { address = message.To } } },
            content = new { subject = message.Subject, plainText = message.PlainText, html = message.Html },
            userEngagementTrackingDisabled = true,
        }));

        using var response = await _pipeline.SendRequestAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Status != 202)
        {
            throw new RequestFailedException(response);
        }

        LogSent(_logger, message.MessageId, operationId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {MessageId} accepted by ACS (operation {OperationId})")]
    private static partial void LogSent(ILogger logger, string messageId, string operationId);
}
