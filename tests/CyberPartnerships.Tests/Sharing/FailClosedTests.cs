using CyberPartnerships.Redaction;
using CyberPartnerships.Sharing;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Sharing;

/// <summary>Every refusal moves the blob to quarantine/ with its reason and writes nothing to outbound-shared.</summary>
[Collection(StorageCollection.Name)]
public sealed class FailClosedTests(AzuriteFixture storage)
{
    /// <summary>A redactor that fails the way a bug would.</summary>
    private sealed class BrokenDocumentRedactor : DocumentRedactor
    {
        public override RedactedDocument Redact(string fileName, ReadOnlySpan<byte> content, TextRedactor redactor) =>
            throw new InvalidOperationException("boom");
    }

    private async Task<(SharingResult Result, string CaseId)> ShareAsync(
        string file, string content, Func<string, Dictionary<string, string>> metadata, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, string? blobName = null)
    {
        await using var host = await SharingTestSupport.StartAsync(storage, settings, services);
        var partner = await host.AddPartnerAsync("fc", Tlp.Red);
        var caseId = SharingTestSupport.NewCaseId();
        var name = blobName?.Replace("{case}", caseId, StringComparison.Ordinal) ?? $"{caseId}/{file}";
        await storage.UploadRawAsync(name, content, metadata(partner.Id));
        var result = await host.Services.GetRequiredService<SharingPipeline>().ProcessAsync(name);
        return (result, caseId);
    }

    private async Task AssertQuarantinedAsync(SharingResult result, string caseId, string blobName, string reason, string? content = null)
    {
        Assert.Equal(SharingOutcome.Quarantined, result.Outcome);
        Assert.Equal(reason, result.QuarantineReason);
        Assert.Empty(result.Written);
        Assert.Empty(await storage.SharedForCaseAsync(caseId));
        Assert.False(await storage.Container(SharingOptions.RawContainer).GetBlobClient(blobName).ExistsAsync());

        var quarantine = storage.Container(SharingOptions.QuarantineContainer);
        var moved = (await quarantine.GetBlobClient(blobName).GetPropertiesAsync()).Value;
        Assert.Equal(reason, moved.Metadata[SharingPipeline.QuarantineReasonKey]);
        if (content is not null)
        {
            Assert.Equal(content, await quarantine.ReadTextAsync(blobName));
        }

        var note = await quarantine.ReadTextAsync(blobName + SharingOptions.ReasonSuffix);
        Assert.Contains($"reason: {reason}", note, StringComparison.Ordinal);
        Assert.Contains($"source: outbound-raw/{blobName}", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.pdf", "%PDF-1.7", DocumentRedactionException.Unsupported)]
    [InlineData("bundle.json", """{ "type": "bundle", "id": "bundle--1", "objects": [ """, DocumentRedactionException.ParseError)]
    [InlineData("bundle.json", """{ "type": "bundle", "id": "bundle--1", "objects": [ { "type": "indicator" } ] }""", DocumentRedactionException.ParseError)]
    [InlineData("victims.csv", "name,email\n\"Ana,ana@example.org\n", DocumentRedactionException.ParseError)]
    public async Task Unsupported_or_unparsable_document_is_quarantined(string file, string content, string reason)
    {
        var (result, caseId) = await ShareAsync(file, content, p => SharingTestSupport.Metadata("AMBER", p));

        await AssertQuarantinedAsync(result, caseId, $"{caseId}/{file}", reason, content);
    }

    [Theory]
    [InlineData(null, "{partner}", null, TlpRouting.MetadataReason)]
    [InlineData("PURPLE", "{partner}", null, TlpRouting.MetadataReason)]
    [InlineData("AMBER", null, null, TlpRouting.MetadataReason)]
    [InlineData("GREEN", "{partner},not-a-member-of-the-partnership", null, TlpRouting.MetadataReason)]
    [InlineData("AMBER+STRICT", "{partner}", null, TlpRouting.MetadataReason)]
    [InlineData("RED", "{partner}", "{partner}", TlpRouting.RedReason)]
    public async Task Missing_or_invalid_metadata_and_red_are_quarantined(string? tlp, string? targets, string? submitter, string reason)
    {
        var (result, caseId) = await ShareAsync("note.txt", "mail ana@example.org", p => SharingTestSupport.Metadata(
            tlp, targets?.Replace("{partner}", p, StringComparison.Ordinal), submitter?.Replace("{partner}", p, StringComparison.Ordinal)));

        await AssertQuarantinedAsync(result, caseId, $"{caseId}/note.txt", reason, "mail ana@example.org");
    }

    [Fact]
    public async Task Quarantine_is_logged_as_an_error_with_the_reason_and_no_document_text()
    {
        var logs = new CapturingLoggerProvider();

        var (_, caseId) = await ShareAsync(
            "bundle.json", "{ \"title\": \"ana@example.org\" ", p => SharingTestSupport.Metadata("AMBER", p),
            services: s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));

        var entry = Assert.Single(logs.Entries, e => e.Category == typeof(SharingPipeline).FullName && e.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Contains($"{caseId}/bundle.json", entry.Message, StringComparison.Ordinal);
        Assert.Contains(DocumentRedactionException.ParseError, entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("ana@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_pseudonym_key_quarantines_instead_of_sharing()
    {
        var (result, caseId) = await ShareAsync("note.txt", "mail ana@example.org", p => SharingTestSupport.Metadata("AMBER", p), SharingTestSupport.Settings(withKey: false));

        await AssertQuarantinedAsync(result, caseId, $"{caseId}/note.txt", RedactionConfigurationException.MissingKey);
    }

    [Fact]
    public async Task Too_short_pseudonym_key_quarantines_instead_of_sharing()
    {
        var settings = SharingTestSupport.Settings();
        settings["Redaction:PseudonymKey"] = Convert.ToBase64String(new byte[16]);

        var (result, caseId) = await ShareAsync("note.txt", "mail ana@example.org", p => SharingTestSupport.Metadata("AMBER", p), settings);

        await AssertQuarantinedAsync(result, caseId, $"{caseId}/note.txt", RedactionConfigurationException.MissingKey);
    }

    [Fact]
    public async Task Unknown_redaction_mode_quarantines_instead_of_sharing()
    {
        var settings = SharingTestSupport.Settings();
        settings["Redaction:Mode"] = "Scramble";

        var (result, caseId) = await ShareAsync("note.txt", "mail ana@example.org", p => SharingTestSupport.Metadata("AMBER", p), settings);

        await AssertQuarantinedAsync(result, caseId, $"{caseId}/note.txt", RedactionConfigurationException.InvalidSettings);
    }

    [Fact]
    public async Task Redactor_failure_quarantines_instead_of_sharing()
    {
        var (result, caseId) = await ShareAsync(
            "note.txt", "mail ana@example.org", p => SharingTestSupport.Metadata("AMBER", p),
            services: s => s.AddSingleton<DocumentRedactor, BrokenDocumentRedactor>());

        await AssertQuarantinedAsync(result, caseId, $"{caseId}/note.txt", DocumentRedactionException.RedactorError);
    }

    [Fact]
    public async Task Document_over_the_size_limit_is_quarantined_unread()
    {
        var settings = SharingTestSupport.Settings();
        settings["Sharing:MaxDocumentBytes"] = "10";
        var content = new string('x', 11);

        var (result, caseId) = await ShareAsync("big.txt", content, p => SharingTestSupport.Metadata("AMBER", p), settings);

        await AssertQuarantinedAsync(result, caseId, $"{caseId}/big.txt", "too-large", content);
    }

    [Theory]
    [InlineData("{case}/nested/note.txt")]
    [InlineData("{case}/note.txt.manifest.json")]
    public async Task Blob_outside_the_case_file_layout_is_quarantined(string blobName)
    {
        var (result, caseId) = await ShareAsync("", "mail ana@example.org", p => SharingTestSupport.Metadata("AMBER", p), blobName: blobName);

        await AssertQuarantinedAsync(result, caseId, blobName.Replace("{case}", caseId, StringComparison.Ordinal), "invalid-name");
    }

    [Fact]
    public async Task Redelivered_event_for_a_quarantined_blob_changes_nothing()
    {
        await using var host = await SharingTestSupport.StartAsync(storage);
        var caseId = SharingTestSupport.NewCaseId();
        await storage.UploadRawAsync($"{caseId}/report.pdf", "%PDF", SharingTestSupport.Metadata("CLEAR"));
        var pipeline = host.Services.GetRequiredService<SharingPipeline>();
        await pipeline.ProcessAsync($"{caseId}/report.pdf");
        var etag = (await storage.Container(SharingOptions.QuarantineContainer).GetBlobClient($"{caseId}/report.pdf").GetPropertiesAsync()).Value.ETag;

        var again = await pipeline.ProcessAsync($"{caseId}/report.pdf");

        Assert.Equal(SharingOutcome.NotFound, again.Outcome);
        Assert.Equal(etag, (await storage.Container(SharingOptions.QuarantineContainer).GetBlobClient($"{caseId}/report.pdf").GetPropertiesAsync()).Value.ETag);
        Assert.Empty(await storage.SharedForCaseAsync(caseId));
    }
}
