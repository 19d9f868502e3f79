using System.Text.Json;
using CyberPartnerships.Partners;
using CyberPartnerships.Redaction;
using CyberPartnerships.Sharing;
using CyberPartnerships.Tests.Infrastructure;
using CyberPartnerships.Tests.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace CyberPartnerships.Tests.Sharing;

/// <summary>The pipeline against Azurite: TLP routing, redacted outputs and manifests, redelivery.</summary>
[Collection(StorageCollection.Name)]
public sealed class SharingPipelineTests(AzuriteFixture storage) : IAsyncLifetime
{
    private ApiHost _host = null!;

    private SharingPipeline Pipeline => _host.Services.GetRequiredService<SharingPipeline>();

    public async Task InitializeAsync() => _host = await SharingTestSupport.StartAsync(storage);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Amber_bundle_is_redacted_and_shared_with_each_cleared_target_with_its_manifest()
    {
        var amber = await _host.AddPartnerAsync("ec3", Tlp.Amber);
        var red = await _host.AddPartnerAsync("dcu", Tlp.Red);
        var green = await _host.AddPartnerAsync("oas", Tlp.Green);
        var caseId = SharingTestSupport.NewCaseId();
        await storage.UploadRawAsync($"{caseId}/bundle.json", SampleDocuments.StixBundle, SharingTestSupport.Metadata("AMBER", $"{amber.Id},{red.Id},{green.Id}"));

        var result = await Pipeline.ProcessAsync($"{caseId}/bundle.json");

        Assert.Equal(SharingOutcome.Shared, result.Outcome);
        Assert.Equal(new[] { amber.Id, red.Id }.Order(StringComparer.Ordinal), result.Recipients);
        var shared = await storage.SharedForCaseAsync(caseId);
        Assert.Equal(
            new[] { amber.Id, red.Id }.SelectMany(p => new[] { $"{p}/{caseId}/bundle.json", $"{p}/{caseId}/bundle.json.manifest.json" }).Order(StringComparer.Ordinal),
            shared.Keys);

        var container = storage.Container(SharingOptions.SharedContainer);
        var document = await container.ReadTextAsync($"{amber.Id}/{caseId}/bundle.json");
        Assert.DoesNotContain(SampleDocuments.VictimEmail, document, StringComparison.Ordinal);
        Assert.Matches(@"\[EMAIL:[0-9a-f]{8}\]", document);
        Assert.Contains(SampleDocuments.Pattern, JsonDocument.Parse(document).RootElement.GetProperty("objects")[1].GetProperty("pattern").GetString(), StringComparison.Ordinal);
        var properties = (await container.GetBlobClient($"{amber.Id}/{caseId}/bundle.json").GetPropertiesAsync()).Value;
        Assert.Equal("application/stix+json;version=2.1", properties.ContentType);
        Assert.Equal("AMBER", properties.Metadata["tlp"]);

        var manifest = JsonDocument.Parse(await container.ReadTextAsync($"{amber.Id}/{caseId}/bundle.json.manifest.json")).RootElement;
        Assert.Equal($"outbound-raw/{caseId}/bundle.json", manifest.GetProperty("source").GetString());
        Assert.Equal(amber.Id, manifest.GetProperty("targetPartner").GetString());
        Assert.Equal(caseId, manifest.GetProperty("caseId").GetString());
        Assert.Equal("AMBER", manifest.GetProperty("tlp").GetString());
        Assert.Equal("pseudonym", manifest.GetProperty("mode").GetString());
        Assert.Equal(SharingTestSupport.KeyId, manifest.GetProperty("keyId").GetString());
        Assert.Equal(TextRedactor.Version, manifest.GetProperty("redactorVersion").GetString());
        Assert.Equal("stix-bundle", manifest.GetProperty("format").GetString());
        Assert.Equal(7, manifest.GetProperty("counts").GetProperty("email").GetInt32());
        var redManifest = JsonDocument.Parse(await container.ReadTextAsync($"{red.Id}/{caseId}/bundle.json.manifest.json")).RootElement;
        Assert.Equal(red.Id, redManifest.GetProperty("targetPartner").GetString());
    }

    [Fact]
    public async Task Green_csv_goes_only_to_named_targets_cleared_for_green()
    {
        var green = await _host.AddPartnerAsync("fis", Tlp.Green);
        var clearOnly = await _host.AddPartnerAsync("pub", Tlp.Clear);
        var notNamed = await _host.AddPartnerAsync("other", Tlp.Red);
        var caseId = SharingTestSupport.NewCaseId();
        await storage.UploadRawAsync($"{caseId}/victims.csv", SampleDocuments.Csv, SharingTestSupport.Metadata("GREEN", $"{green.Id},{clearOnly.Id}"));

        var result = await Pipeline.ProcessAsync($"{caseId}/victims.csv");

        Assert.Equal([green.Id], result.Recipients);
        var shared = await storage.SharedForCaseAsync(caseId);
        Assert.All(shared.Keys, name => Assert.StartsWith(green.Id + "/", name, StringComparison.Ordinal));
        Assert.DoesNotContain(shared.Keys, name => name.StartsWith(notNamed.Id, StringComparison.Ordinal));
        var csv = await storage.Container(SharingOptions.SharedContainer).ReadTextAsync($"{green.Id}/{caseId}/victims.csv");
        Assert.StartsWith("name,email,\"notes, free\",sha256,c2_ip\r\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleDocuments.VictimEmail, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Amber_strict_goes_only_to_the_submitting_partner()
    {
        var submitter = await _host.AddPartnerAsync("sub", Tlp.AmberStrict);
        var participant = await _host.AddPartnerAsync("part", Tlp.Red);
        var caseId = SharingTestSupport.NewCaseId();
        await storage.UploadRawAsync($"{caseId}/referral.json", SampleDocuments.Referral, SharingTestSupport.Metadata("AMBER+STRICT", $"{participant.Id},{submitter.Id}", submitter.Id));

        var result = await Pipeline.ProcessAsync($"{caseId}/referral.json");

        Assert.Equal([submitter.Id], result.Recipients);
        Assert.Equal([$"{submitter.Id}/{caseId}/referral.json", $"{submitter.Id}/{caseId}/referral.json.manifest.json"], (await storage.SharedForCaseAsync(caseId)).Keys);
    }

    [Fact]
    public async Task Clear_goes_to_every_active_partner_and_not_to_suspended_ones()
    {
        var active = await _host.AddPartnerAsync("act", Tlp.Clear);
        var suspended = await _host.AddPartnerAsync("sus", Tlp.Red, PartnerStatus.Suspended);
        var caseId = SharingTestSupport.NewCaseId();
        await storage.UploadRawAsync($"{caseId}/advisory.txt", "Contact cert@example.org about c2.badnet.example.", SharingTestSupport.Metadata("CLEAR", "someone-else"));

        var result = await Pipeline.ProcessAsync($"{caseId}/advisory.txt");

        Assert.Contains(active.Id, result.Recipients);
        Assert.DoesNotContain(suspended.Id, result.Recipients);
        var shared = await storage.SharedForCaseAsync(caseId);
        Assert.Contains($"{active.Id}/{caseId}/advisory.txt", shared.Keys);
        Assert.DoesNotContain(shared.Keys, name => name.StartsWith(suspended.Id, StringComparison.Ordinal));
        var text = await storage.Container(SharingOptions.SharedContainer).ReadTextAsync($"{active.Id}/{caseId}/advisory.txt");
        Assert.Matches(@"^Contact \[EMAIL:[0-9a-f]{8}\] about c2\.badnet\.example\.$", text);
    }

    [Fact]
    public async Task Redelivered_event_writes_nothing_new_and_leaves_the_same_blobs()
    {
        var partner = await _host.AddPartnerAsync("redo", Tlp.Amber);
        var caseId = SharingTestSupport.NewCaseId();
        await storage.UploadRawAsync($"{caseId}/bundle.json", SampleDocuments.StixBundle, SharingTestSupport.Metadata("AMBER", partner.Id));

        var first = await Pipeline.ProcessAsync($"{caseId}/bundle.json");
        var afterFirst = await storage.SharedForCaseAsync(caseId);
        var content = await storage.Container(SharingOptions.SharedContainer).ReadTextAsync($"{partner.Id}/{caseId}/bundle.json");
        var second = await Pipeline.ProcessAsync($"{caseId}/bundle.json");
        var afterSecond = await storage.SharedForCaseAsync(caseId);

        Assert.Equal(2, first.Written.Count);
        Assert.Equal(SharingOutcome.Shared, second.Outcome);
        Assert.Empty(second.Written);
        Assert.Equal(afterFirst, afterSecond); // same names, same ETags: not rewritten, no duplicates
        Assert.Equal(content, await storage.Container(SharingOptions.SharedContainer).ReadTextAsync($"{partner.Id}/{caseId}/bundle.json"));
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_event_leave_one_copy()
    {
        var partner = await _host.AddPartnerAsync("conc", Tlp.Amber);
        var caseId = SharingTestSupport.NewCaseId();
        await storage.UploadRawAsync($"{caseId}/note.txt", "mail ana@example.org", SharingTestSupport.Metadata("AMBER", partner.Id));

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Pipeline.ProcessAsync($"{caseId}/note.txt")));

        Assert.All(results, r => Assert.Equal(SharingOutcome.Shared, r.Outcome));
        Assert.Equal(2, (await storage.SharedForCaseAsync(caseId)).Count);
    }

    [Fact]
    public async Task Replaced_raw_document_replaces_the_shared_copy()
    {
        var partner = await _host.AddPartnerAsync("repl", Tlp.Amber);
        var caseId = SharingTestSupport.NewCaseId();
        var name = $"{caseId}/note.txt";
        await storage.UploadRawAsync(name, "first ana@example.org", SharingTestSupport.Metadata("AMBER", partner.Id));
        await Pipeline.ProcessAsync(name);

        await storage.UploadRawAsync(name, "second ana@example.org", SharingTestSupport.Metadata("AMBER", partner.Id));
        var result = await Pipeline.ProcessAsync(name);

        Assert.Equal(2, result.Written.Count);
        Assert.StartsWith("second [EMAIL:", await storage.Container(SharingOptions.SharedContainer).ReadTextAsync($"{partner.Id}/{name}"), StringComparison.Ordinal);
        Assert.Equal(2, (await storage.SharedForCaseAsync(caseId)).Count);
    }

    [Fact]
    public async Task Re_upload_with_fewer_targets_or_a_stricter_tlp_withdraws_earlier_copies()
    {
        var kept = await _host.AddPartnerAsync("kept", Tlp.Red);
        var dropped = await _host.AddPartnerAsync("drop", Tlp.Red);
        var caseId = SharingTestSupport.NewCaseId();
        var name = $"{caseId}/note.txt";
        await storage.UploadRawAsync(name, "mail ana@example.org", SharingTestSupport.Metadata("GREEN", $"{kept.Id},{dropped.Id}"));
        await Pipeline.ProcessAsync(name);
        Assert.Equal(4, (await storage.SharedForCaseAsync(caseId)).Count);

        await storage.UploadRawAsync(name, "mail ana@example.org", SharingTestSupport.Metadata("AMBER+STRICT", $"{kept.Id},{dropped.Id}", kept.Id));
        var result = await Pipeline.ProcessAsync(name);

        Assert.Equal([$"{dropped.Id}/{name}", $"{dropped.Id}/{name}.manifest.json"], result.Revoked);
        Assert.Equal([$"{kept.Id}/{name}", $"{kept.Id}/{name}.manifest.json"], (await storage.SharedForCaseAsync(caseId)).Keys);
        var properties = (await storage.Container(SharingOptions.SharedContainer).GetBlobClient($"{kept.Id}/{name}").GetPropertiesAsync()).Value;
        Assert.Equal("AMBER+STRICT", properties.Metadata["tlp"]);
    }

    [Fact]
    public async Task Missing_blob_is_nothing_to_do()
    {
        var result = await Pipeline.ProcessAsync($"{SharingTestSupport.NewCaseId()}/gone.json");

        Assert.Equal(SharingOutcome.NotFound, result.Outcome);
    }
}
