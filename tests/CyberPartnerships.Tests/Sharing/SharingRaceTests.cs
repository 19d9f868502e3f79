using System.Text;
using Azure.Storage.Blobs.Specialized;
using CyberPartnerships.Partners;
using CyberPartnerships.Redaction;
using CyberPartnerships.Sharing;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Sharing;

/// <summary>Events for two versions of one raw blob that overlap, and a run that dies between its writes.</summary>
[Collection(StorageCollection.Name)]
public sealed class SharingRaceTests(AzuriteFixture storage)
{
    /// <summary>Redacts normally, but holds any document containing <see cref="Marker"/> until released.</summary>
    private sealed class SlowDocumentRedactor : DocumentRedactor
    {
        public const string Marker = "slow-version";

        public ManualResetEventSlim Entered { get; } = new();

        public ManualResetEventSlim Release { get; } = new();

        public override RedactedDocument Redact(string fileName, ReadOnlySpan<byte> content, TextRedactor redactor)
        {
            if (Encoding.UTF8.GetString(content).Contains(Marker, StringComparison.Ordinal))
            {
                Entered.Set();
                Release.Wait(TimeSpan.FromSeconds(60));
            }

            return base.Redact(fileName, content, redactor);
        }
    }

    private async Task<string[]> RecipientsRecordAsync(string name) =>
        (await storage.Container(SharingOptions.SharedContainer).GetBlobClient($"{SharedOutputs.RecipientsFolder}/{name}.json").DownloadContentAsync())
            .Value.Content.ToObjectFromJson<string[]>()!;

    [Fact]
    public async Task Slow_event_for_an_older_version_finishing_last_does_not_restore_a_withdrawn_copy()
    {
        var slow = new SlowDocumentRedactor();
        await using var host = await SharingTestSupport.StartAsync(storage, services: s => s.AddSingleton<DocumentRedactor>(slow));
        var pipeline = host.Services.GetRequiredService<SharingPipeline>();
        var kept = await host.AddPartnerAsync("kept", Tlp.Red);
        var dropped = await host.AddPartnerAsync("drop", Tlp.Red);
        var name = $"{SharingTestSupport.NewCaseId()}/note.txt";
        await storage.UploadRawAsync(name, $"{SlowDocumentRedactor.Marker} mail ana@example.org", SharingTestSupport.Metadata("GREEN", $"{kept.Id},{dropped.Id}"));

        var older = Task.Run(() => pipeline.ProcessAsync(name));
        Assert.True(slow.Entered.Wait(TimeSpan.FromSeconds(30)));
        await storage.UploadRawAsync(name, "newer mail ana@example.org", SharingTestSupport.Metadata("AMBER+STRICT", $"{kept.Id},{dropped.Id}", kept.Id));
        var newer = await pipeline.ProcessAsync(name);
        slow.Release.Set();
        var late = await older;

        Assert.Equal([kept.Id], newer.Recipients);
        Assert.Equal([$"{kept.Id}/{name}", $"{kept.Id}/{name}.manifest.json"], (await storage.SharedForCaseAsync(name.Split('/')[0])).Keys);
        var shared = storage.Container(SharingOptions.SharedContainer);
        Assert.StartsWith("newer ", await shared.ReadTextAsync($"{kept.Id}/{name}"), StringComparison.Ordinal);
        Assert.Equal("AMBER+STRICT", (await shared.GetBlobClient($"{kept.Id}/{name}").GetPropertiesAsync()).Value.Metadata["tlp"]);
        Assert.Equal([kept.Id], await RecipientsRecordAsync(name));
        Assert.Equal(SharingOutcome.NotFound, late.Outcome);
    }

    [Fact]
    public async Task Copies_written_by_a_run_that_died_before_recording_them_are_withdrawn_by_a_later_upload()
    {
        await using var host = await SharingTestSupport.StartAsync(storage);
        var pipeline = host.Services.GetRequiredService<SharingPipeline>();
        var kept = await host.AddPartnerAsync("kept", Tlp.Red);
        var dropped = await host.AddPartnerAsync("drop", Tlp.Red);
        var name = $"{SharingTestSupport.NewCaseId()}/note.txt";
        var shared = storage.Container(SharingOptions.SharedContainer);
        await shared.CreateIfNotExistsAsync();

        // Copies are written in partner id order ("drop-…" before "kept-…"); the last one, kept's manifest, is held
        // by someone else's lease, so the run fails after dropped's copies and kept's document are written.
        var blocked = shared.GetBlobClient($"{kept.Id}/{name}.manifest.json");
        await blocked.UploadAsync(BinaryData.FromString("{}"));
        var lease = blocked.GetBlobLeaseClient();
        await lease.AcquireAsync(TimeSpan.FromSeconds(60));
        await storage.UploadRawAsync(name, "mail ana@example.org", SharingTestSupport.Metadata("GREEN", $"{kept.Id},{dropped.Id}"));
        await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => pipeline.ProcessAsync(name));
        Assert.True(await shared.GetBlobClient($"{dropped.Id}/{name}").ExistsAsync());
        await lease.ReleaseAsync();

        await storage.UploadRawAsync(name, "mail ana@example.org", SharingTestSupport.Metadata("AMBER+STRICT", $"{kept.Id},{dropped.Id}", kept.Id));
        var result = await pipeline.ProcessAsync(name);

        Assert.Equal(SharingOutcome.Shared, result.Outcome);
        Assert.Equal([$"{kept.Id}/{name}", $"{kept.Id}/{name}.manifest.json"], (await storage.SharedForCaseAsync(name.Split('/')[0])).Keys);
        Assert.Equal([kept.Id], await RecipientsRecordAsync(name));
    }
}
