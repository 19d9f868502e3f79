using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CyberPartnerships.Redaction;

/// <summary>
/// Finds and replaces personal data in text. Public surface (used by the structure-aware redactors and the sharing
/// pipeline): the constructor, <see cref="Version"/>, <see cref="Mode"/>, <see cref="KeyId"/> and <see cref="Redact"/>.
/// This first version recognises e-mail addresses only; the recognizers for the other types follow.
/// </summary>
public sealed partial class TextRedactor
{
    public const string Version = "0.1.0";
    private readonly PseudonymKey? _key;

    public TextRedactor(RedactionMode mode = RedactionMode.TypeLabel, PseudonymKey? key = null)
    {
        if (mode == RedactionMode.Pseudonym && key is null)
        {
            throw new ArgumentException("Pseudonym mode needs a pseudonym key.", nameof(key));
        }

        Mode = mode;
        _key = key;
    }

    public RedactionMode Mode { get; }

    public string? KeyId => _key?.KeyId;

    /// <summary>Returns <paramref name="text"/> with its personal data replaced; adds what it replaced to <paramref name="counts"/>.</summary>
    public string Redact(string text, RedactionCounts counts, FieldHint hint = FieldHint.FreeText)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(counts);
        if (hint == FieldHint.Indicator || text.Length == 0)
        {
            return text;
        }

        return EmailPattern().Replace(text, m =>
        {
            counts.Add(PiiType.Email);
            return Replacement(PiiType.Email, m.Value.ToLowerInvariant());
        });
    }

    private string Replacement(PiiType type, string canonical)
    {
        var label = type.ToString().ToUpperInvariant();
        if (Mode == RedactionMode.TypeLabel)
        {
            return $"[{label}]";
        }

        var mac = HMACSHA256.HashData(_key!.Key, Encoding.UTF8.GetBytes($"{label}:{canonical}"));
        return $"[{label}:{Convert.ToHexStringLower(mac.AsSpan(0, 4))}]";
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
