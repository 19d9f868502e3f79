using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CyberPartnerships.Email;

/// <summary>Sends through an SMTP relay with MailKit (maildev locally). The message's id goes into the Message-ID
/// header, so a message re-sent by a retried activity is the same message to the receiving side.</summary>
public sealed partial class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var o = options.Value;
        using var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(o.FromName, o.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.MessageId = message.MessageId.Trim('<', '>');
        mime.Body = new BodyBuilder { TextBody = message.PlainText, HtmlBody = message.Html }.ToMessageBody();

        using var client = new SmtpClient();
        await client.ConnectAsync(o.SmtpHost, o.SmtpPort, o.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(o.SmtpUserName))
        {
            await client.AuthenticateAsync(o.SmtpUserName, o.SmtpPassword ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
        LogSent(logger, message.MessageId);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {MessageId} sent by SMTP")]
    private static partial void LogSent(ILogger logger, string messageId);
}
