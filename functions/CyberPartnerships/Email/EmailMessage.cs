using System.Security.Cryptography;
using System.Text;

namespace CyberPartnerships.Email;

/// <summary>One e-mail to one recipient. <see cref="MessageId"/> is derived from what the message is about (case, step,
/// kind, recipient), so a retried send is recognisable as the same message.</summary>
public sealed record EmailMessage(string MessageId, string To, string Subject, string PlainText, string Html)
{
    /// <summary>A stable message id: <c>&lt;{parts}.{hash of recipient}@cyberpartnerships&gt;</c> (no address in clear).</summary>
    public static string CreateId(string recipient, params string[] parts) =>
        $"<{string.Join('.', parts)}.{RecipientHash(recipient)}@cyberpartnerships>";

    /// <summary>The recipient's part of the message id: 16 hex digits of SHA-256 of the trimmed, lower-cased address
    /// (how logs and the case history name a recipient).</summary>
    public static string RecipientHash(string recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipient.Trim().ToLowerInvariant())).AsSpan(0, 8));
    }

    /// <summary>The message id as a GUID (the operation id / repeatability id of the ACS Email API).</summary>
    public Guid OperationId => new(SHA256.HashData(Encoding.UTF8.GetBytes(MessageId)).AsSpan(0, 16));
}

/// <summary>Sends one e-mail. Implementations: <see cref="SmtpEmailSender"/> (MailKit) and <see cref="AcsEmailSender"/> (ACS REST).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
