using CyberPartnerships.Configuration;

namespace CyberPartnerships.Email;

public enum EmailProvider
{
    Smtp,
    Acs,
}

/// <summary>E-mail settings (section <c>Email</c>: <c>Email__Provider</c>, <c>Email__From</c>, <c>Email__SmtpHost</c>, ...).</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailProvider Provider { get; set; } = EmailProvider.Smtp;

    /// <summary>The sender address (for ACS: a MailFrom address of a domain connected to the resource).</summary>
    public string From { get; set; } = "cases@cyberpartnerships.example";

    [OptionalSetting]
    public string FromName { get; set; } = "CyberPartnerships";

    [LocalOnly]
    public string SmtpHost { get; set; } = "localhost";

    [LocalOnly]
    public int SmtpPort { get; set; } = 1025;

    /// <summary>Require STARTTLS (any real relay); off for a local maildev.</summary>
    [LocalOnly]
    public bool SmtpUseStartTls { get; set; }

    [LocalOnly]
    public string? SmtpUserName { get; set; }

    [LocalOnly]
    public string? SmtpPassword { get; set; }

    /// <summary>The Communication Services endpoint, e.g. <c>https://my-acs.europe.communication.azure.com</c>.</summary>
    public Uri? AcsEndpoint { get; set; }

    /// <summary>Client id of the user-assigned managed identity used for ACS; empty uses the default credential chain.</summary>
    public string? AcsClientId { get; set; }
}
