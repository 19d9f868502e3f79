using System.Text.Json;
using CyberPartnerships.Feeds;
using CyberPartnerships.Ingestion;
using CyberPartnerships.Redaction;
using CyberPartnerships.Submissions;
using Microsoft.AspNetCore.Http;

namespace CyberPartnerships.Fuzz;

/// <summary>
/// What the app reads from outside, driven with arbitrary bytes. Each target takes the path the real request takes
/// and accepts only the outcome the app documents for bad input (a problem result for a submission, a
/// <see cref="TaxiiException"/> for a feed page, a <see cref="DocumentRedactionException"/> for a shared file); any other
/// exception escapes and is a finding. Linked into the test project, which replays every committed finding.
/// </summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["stix"] = bytes => Submission(bytes, "application/stix+json;version=2.1"),
        ["referral"] = bytes => Submission(bytes, "application/json"),
        ["taxii"] = TaxiiPageOf,
        ["redact"] = Redact,
    };

    // Made on first use, not in the static constructor: under AFL no code of the instrumented core may run before
    // SharpFuzz has set up the shared coverage map (it crashes the fork server otherwise).
    private static SubmissionOptions? s_options;
    private static TextRedactor? s_redactor;
    private static DocumentRedactor? s_documents;

    private static SubmissionOptions Options => s_options ??= new();

    private static TextRedactor Redactor => s_redactor ??= new();

    private static DocumentRedactor Documents => s_documents ??= new();

    /// <summary>A partner's POST: the body read within the limits, then the bundle or referral reader and what the
    /// ingestor reads of the result before storing it (the report's title, the indicators).</summary>
    private static void Submission(byte[] bytes, string contentType)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes, writable: false);
        var (body, problem) = SubmissionBody.ReadAsync(context.Request, Options, CancellationToken.None).GetAwaiter().GetResult();
        if (body is null)
        {
            _ = problem ?? throw new InvalidOperationException("Neither a body nor a problem.");
            return;
        }

        using (body)
        {
            if (body.Format == SubmissionFormat.Stix)
            {
                var bundle = StixBundleReader.ReadBundle(body.Document.RootElement, unmarkedTlp: Tlp.Green);
                if (bundle.IsValid && bundle.Objects.FirstOrDefault(o => o.Type == "report") is { } report)
                {
                    using var json = JsonDocument.Parse(report.Json);
                    _ = json.RootElement.GetProperty("name").GetString();
                }

                _ = bundle.Objects.SelectMany(o => o.Indicators).Distinct().Count();
                _ = bundle.Objects.Select(IngestWriter.ObjectKey).Count();
            }
            else
            {
                var referral = NativeReferralReader.Read(body.Document.RootElement, Options.MaxObjects);
                _ = referral.Indicators.Select(i => i.Key.ToString()).Count();
            }
        }
    }

    /// <summary>A feed page: the first line is the server's <c>X-TAXII-Date-Added-Last</c> header (empty for none), the
    /// rest its body; then what the feed pull reads of it: the objects, the next token and the date to resume from.</summary>
    private static void TaxiiPageOf(byte[] bytes)
    {
        var newline = Array.IndexOf(bytes, (byte)'\n');
        var header = newline < 0 ? null : System.Text.Encoding.UTF8.GetString(bytes, 0, newline);
        var body = newline < 0 ? bytes : bytes[(newline + 1)..];
        TaxiiPage page;
        try
        {
            page = TaxiiClient.ParsePage(body, "/collections/fuzz/objects/", string.IsNullOrEmpty(header) ? null : header);
        }
        catch (TaxiiException)
        {
            return;
        }

        using (page)
        {
            var read = StixBundleReader.ReadObjects(page.Objects, "/objects", Tlp.Green);
            _ = read.Objects.Select(IngestWriter.ObjectKey).Count();
            if (page.DateAddedLast is { } last)
            {
                _ = FeedPuller.JustBefore(last);
            }
        }
    }

    /// <summary>A file to share: the first byte picks the format (JSON, CSV, text), the rest is the file.</summary>
    private static void Redact(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return;
        }

        var name = (bytes[0] % 3) switch { 0 => "case.json", 1 => "case.csv", _ => "case.txt" };
        try
        {
            Documents.Redact(name, bytes.AsSpan(1), Redactor);
        }
        catch (DocumentRedactionException ex) when (ex.Reason != DocumentRedactionException.RedactorError)
        {
            // Refused as not what it claims to be: quarantined, never shared. A redactor error is a finding.
        }
    }
}
