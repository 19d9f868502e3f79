using CyberPartnerships.Redaction;

namespace CyberPartnerships.Tests.Redaction;

internal static class RedactionAssert
{
    private static readonly TextRedactor Redactor = new();

    public static string Redact(string text, FieldHint hint = FieldHint.FreeText) => Redactor.Redact(text, new RedactionCounts(), hint);

    /// <summary>The value is gone from the output and replaced by the type's label.</summary>
    public static void Redacted(string text, string value, string label)
    {
        var output = Redact(text);
        Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        Assert.Contains($"[{label}]", output, StringComparison.Ordinal);
    }

    /// <summary>The value survives untouched.</summary>
    public static void Kept(string text, string value)
    {
        var output = Redact(text);
        Assert.Contains(value, output, StringComparison.Ordinal);
    }
}
