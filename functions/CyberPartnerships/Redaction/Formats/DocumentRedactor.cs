using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CyberPartnerships.Redaction;

/// <summary>Why a document could not be redacted; the sharing pipeline quarantines it with <see cref="Reason"/>.</summary>
public sealed class DocumentRedactionException(string reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public const string Unsupported = "unsupported-file-type";
    public const string ParseError = "parse-error";
    public const string RedactorError = "redactor-error";

    public string Reason { get; } = reason;
}

/// <summary>A redacted document: its bytes (UTF-8), content type, format and what was replaced.</summary>
public sealed record RedactedDocument(byte[] Content, string ContentType, string Format, RedactionCounts Counts)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));

    public RedactionManifest ManifestFor(TextRedactor redactor, string source, string? caseId, string? file, string? targetPartner, Tlp? tlp) => new()
    {
        Source = source,
        CaseId = caseId,
        File = file,
        Format = Format,
        TargetPartner = targetPartner,
        Tlp = tlp,
        Mode = redactor.Mode,
        KeyId = redactor.KeyId,
        RedactorVersion = TextRedactor.Version,
        Counts = RedactionManifest.CountsOf(Counts),
        Total = Counts.Total,
        Sha256 = Sha256,
    };
}

/// <summary>
/// Redacts a whole document by its structure, chosen by file extension: <c>.json</c> (a STIX 2.1 bundle when its root
/// is <c>"type": "bundle"</c>, otherwise a native case referral), <c>.csv</c> (by column and cell) and <c>.txt</c>
/// (plain text). Anything else, invalid UTF-8 or unparsable content throws <see cref="DocumentRedactionException"/>:
/// the caller shares nothing.
/// </summary>
public class DocumentRedactor
{
    public const string StixFormat = "stix-bundle";
    public const string ReferralFormat = "referral-json";
    public const string CsvFormat = "csv";
    public const string TextFormat = "text";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64, AllowDuplicateProperties = false };
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool IsSupported(string fileName) => FormatOf(fileName) is not null;

    public virtual RedactedDocument Redact(string fileName, ReadOnlySpan<byte> content, TextRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(redactor);
        var kind = FormatOf(fileName)
            ?? throw new DocumentRedactionException(DocumentRedactionException.Unsupported, $"'{Path.GetExtension(fileName)}' files are not shared: only .json (STIX 2.1 bundle or case referral), .csv and .txt.");
        var text = Decode(content);
        if (kind != "json" && text.Contains('\0', StringComparison.Ordinal))
        {
            // Text does not hold NUL: such a file is binary (or smuggles data past a reader that stops at NUL).
            throw new DocumentRedactionException(DocumentRedactionException.ParseError, "The document contains NUL characters: it is not text.");
        }

        var counts = new RedactionCounts();
        try
        {
            return kind switch
            {
                "json" => RedactJson(text, redactor, counts),
                CsvFormat => new RedactedDocument(StrictUtf8.GetBytes(CsvRedactor.Redact(text, redactor, counts)), "text/csv; charset=utf-8", CsvFormat, counts),
                _ => new RedactedDocument(StrictUtf8.GetBytes(redactor.Redact(text, counts)), "text/plain; charset=utf-8", TextFormat, counts),
            };
        }
        catch (DocumentRedactionException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentRedactionException(DocumentRedactionException.RedactorError, $"The redactor failed: {ex.GetType().Name}.", ex);
        }
    }

    private static string? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".json" => "json",
        ".csv" => CsvFormat,
        ".txt" => TextFormat,
        _ => null,
    };

    private static string Decode(ReadOnlySpan<byte> content)
    {
        if (content is [0xEF, 0xBB, 0xBF, ..])
        {
            content = content[3..];
        }

        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentRedactionException(DocumentRedactionException.ParseError, "The document is not valid UTF-8.", ex);
        }
    }

    private static RedactedDocument RedactJson(string text, TextRedactor redactor, RedactionCounts counts)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: ParseOptions);
        }
        catch (JsonException ex)
        {
            // Not ex.Message: it can quote the document's text, and the reason is logged and stored.
            throw new DocumentRedactionException(DocumentRedactionException.ParseError, $"The JSON is malformed at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}.", ex);
        }

        if (root is not JsonObject obj)
        {
            throw new DocumentRedactionException(DocumentRedactionException.ParseError, "The JSON document must be an object (a STIX bundle or a case referral).");
        }

        var isBundle = obj["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type == "bundle";
        if (isBundle)
        {
            StixRedactor.Redact(obj, redactor, counts);
        }
        else
        {
            ReferralRedactor.Redact(obj, redactor, counts);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(obj, WriteOptions);
        return isBundle
            ? new RedactedDocument(bytes, "application/stix+json;version=2.1", StixFormat, counts)
            : new RedactedDocument(bytes, "application/json", ReferralFormat, counts);
    }
}
