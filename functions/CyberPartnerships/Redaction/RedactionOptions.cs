using CyberPartnerships.Configuration;

namespace CyberPartnerships.Redaction;

/// <summary>
/// How documents are redacted before they are shared. Configuration section <c>Redaction</c>: app settings
/// <c>Redaction__Mode</c>, <c>Redaction__PseudonymKeyId</c> and <c>Redaction__PseudonymKey</c> (in Azure a Key Vault
/// reference, never a literal key).
/// </summary>
public sealed class RedactionOptions
{
    public const string Section = "Redaction";

    /// <summary>The shortest pseudonym key accepted, in bytes (HMAC-SHA256: a 256-bit key).</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary><see cref="RedactionMode.Pseudonym"/> by default, so partners can correlate victims across reports.</summary>
    [OptionalSetting]
    public RedactionMode Mode { get; set; } = RedactionMode.Pseudonym;

    /// <summary>The id of the pseudonym key (written to every manifest; rotation by key id).</summary>
    public string? PseudonymKeyId { get; set; }

    /// <summary>The pseudonym key, base64, at least <see cref="MinimumKeyBytes"/> bytes.</summary>
    public string? PseudonymKey { get; set; }
}

/// <summary>The redaction settings are unusable (e.g. pseudonym mode without a key): nothing may be shared.</summary>
public sealed class RedactionConfigurationException(string reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public const string MissingKey = "missing-pseudonym-key";
    public const string InvalidSettings = "invalid-redaction-settings";

    /// <summary><see cref="MissingKey"/> or <see cref="InvalidSettings"/>.</summary>
    public string Reason { get; } = reason;
}

/// <summary>Makes the <see cref="TextRedactor"/> the configuration asks for, or refuses when it is incomplete.</summary>
public sealed class TextRedactorFactory(Microsoft.Extensions.Options.IOptionsMonitor<RedactionOptions> options)
{
    /// <exception cref="RedactionConfigurationException">Pseudonym mode with a missing or unusable key.</exception>
    public TextRedactor Create()
    {
        RedactionOptions current;
        try
        {
            current = options.CurrentValue;
        }
        catch (InvalidOperationException ex)
        {
            // e.g. Redaction__Mode is not a mode name: the binder cannot convert it.
            throw new RedactionConfigurationException(RedactionConfigurationException.InvalidSettings, $"The {RedactionOptions.Section} settings are invalid: {ex.Message}", ex);
        }

        if (current.Mode != RedactionMode.Pseudonym)
        {
            return new TextRedactor(current.Mode);
        }

        if (string.IsNullOrWhiteSpace(current.PseudonymKeyId) || string.IsNullOrWhiteSpace(current.PseudonymKey))
        {
            throw new RedactionConfigurationException(
                RedactionConfigurationException.MissingKey,
                $"Pseudonym mode needs a key: set {RedactionOptions.Section}__PseudonymKeyId and {RedactionOptions.Section}__PseudonymKey.");
        }

        switch (KeyMaterial.TryDecode(current.PseudonymKey, RedactionOptions.MinimumKeyBytes, out var key))
        {
            case KeyProblem.NotBase64:
                throw new RedactionConfigurationException(RedactionConfigurationException.MissingKey, $"{RedactionOptions.Section}__PseudonymKey is not base64.");
            case KeyProblem.TooShort:
                throw new RedactionConfigurationException(
                    RedactionConfigurationException.MissingKey,
                    $"{RedactionOptions.Section}__PseudonymKey is shorter than {RedactionOptions.MinimumKeyBytes} bytes.");
        }

        return new TextRedactor(RedactionMode.Pseudonym, new PseudonymKey(current.PseudonymKeyId.Trim(), key));
    }
}
