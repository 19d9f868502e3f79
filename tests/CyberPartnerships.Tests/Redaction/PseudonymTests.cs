using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CyberPartnerships.Redaction;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Keyed pseudonyms: stable across documents under one key, different under another, never a plain hash.</summary>
public sealed partial class PseudonymTests
{
    private static readonly PseudonymKey KeyA = new("k2026a", Encoding.UTF8.GetBytes("partnership-key-a-0123456789abcdef"));
    private static readonly PseudonymKey KeyB = new("k2026b", Encoding.UTF8.GetBytes("partnership-key-b-0123456789abcdef"));

    [GeneratedRegex(@"\[EMAIL:([0-9a-f]{8})\]")]
    private static partial Regex EmailPseudonym();

    [GeneratedRegex(@"\[PHONE:([0-9a-f]{8})\]")]
    private static partial Regex PhonePseudonym();

    private static string Redact(PseudonymKey key, string text) =>
        new TextRedactor(RedactionMode.Pseudonym, key).Redact(text, new RedactionCounts());

    [Fact]
    public void Same_value_in_two_documents_gets_the_same_pseudonym()
    {
        var first = EmailPseudonym().Match(Redact(KeyA, "contact Grace.Hughes@example.org about the card")).Groups[1].Value;
        var second = EmailPseudonym().Match(Redact(KeyA, "second report: e-mail grace.hughes@example.org")).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{8}$", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_keys_give_different_pseudonyms()
    {
        var a = EmailPseudonym().Match(Redact(KeyA, "grace.hughes@example.org")).Groups[1].Value;
        var b = EmailPseudonym().Match(Redact(KeyB, "grace.hughes@example.org")).Groups[1].Value;
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Different_values_give_different_pseudonyms()
    {
        var a = EmailPseudonym().Match(Redact(KeyA, "grace.hughes@example.org")).Groups[1].Value;
        var b = EmailPseudonym().Match(Redact(KeyA, "emily.clarke@example.org")).Groups[1].Value;
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Phone_pseudonym_ignores_formatting()
    {
        var spaced = PhonePseudonym().Match(Redact(KeyA, "phone +33 6 37 95 48 25")).Groups[1].Value;
        var compact = PhonePseudonym().Match(Redact(KeyA, "phone +33637954825")).Groups[1].Value;
        Assert.Equal(spaced, compact);
    }

    [Fact]
    public void Pseudonym_is_not_an_unsalted_hash_of_the_value()
    {
        const string email = "grace.hughes@example.org";
        var pseudonym = EmailPseudonym().Match(Redact(KeyA, email)).Groups[1].Value;
        foreach (var plain in new[] { email, $"EMAIL:{email}" })
        {
            var bytes = Encoding.UTF8.GetBytes(plain);
            Assert.False(Convert.ToHexStringLower(SHA256.HashData(bytes)).StartsWith(pseudonym, StringComparison.Ordinal));
            Assert.False(Convert.ToHexStringLower(MD5.HashData(bytes)).StartsWith(pseudonym, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Pseudonym_mode_needs_a_key_and_reports_its_id()
    {
        Assert.Throws<ArgumentException>(() => new TextRedactor(RedactionMode.Pseudonym));
        var redactor = new TextRedactor(RedactionMode.Pseudonym, KeyA);
        Assert.Equal("k2026a", redactor.KeyId);
        Assert.Null(new TextRedactor().KeyId);
    }

    [Fact]
    public void Counts_are_per_type()
    {
        var counts = new RedactionCounts();
        new TextRedactor().Redact("Victim: Grace Hughes, e-mail g@h.example, phone +44 7700 900152, other g2@h.example", counts);
        Assert.Equal(1, counts[PiiType.Person]);
        Assert.Equal(2, counts[PiiType.Email]);
        Assert.Equal(1, counts[PiiType.Phone]);
        Assert.Equal(4, counts.Total);
    }
}
