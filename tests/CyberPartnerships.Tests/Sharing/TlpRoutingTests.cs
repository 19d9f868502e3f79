using CyberPartnerships.Partners;
using CyberPartnerships.Sharing;
using CyberPartnerships.Tests.Partners;

namespace CyberPartnerships.Tests.Sharing;

/// <summary>The TLP 2.0 routing table, level by level.</summary>
public sealed class TlpRoutingTests
{
    private static readonly Partner Strict = PartnerTestData.NewPartner("strict", Tlp.AmberStrict);
    private static readonly Partner Amber = PartnerTestData.NewPartner("amber", Tlp.Amber);
    private static readonly Partner Green = PartnerTestData.NewPartner("green", Tlp.Green);
    private static readonly Partner Clear = PartnerTestData.NewPartner("clear", Tlp.Clear);
    private static readonly Partner RedCleared = PartnerTestData.NewPartner("red", Tlp.Red);
    private static readonly Partner Suspended = PartnerTestData.NewPartner("susp", Tlp.Red) with { Status = PartnerStatus.Suspended };
    private static readonly Partner[] All = [Strict, Amber, Green, Clear, RedCleared, Suspended];

    private static RoutingDecision Decide(Tlp tlp, IEnumerable<Partner> targets, Partner? submitter = null) =>
        TlpRouting.Decide(new OutboundMetadata(tlp, targets.Select(p => p.Id).ToList(), submitter?.Id), All);

    private static IEnumerable<string> Ids(params Partner[] partners) => partners.Select(p => p.Id).Order(StringComparer.Ordinal);

    [Fact]
    public void Red_is_never_shared_even_with_partners_cleared_for_red()
    {
        var decision = Decide(Tlp.Red, [RedCleared], RedCleared);

        Assert.True(decision.Refused);
        Assert.Equal(TlpRouting.RedReason, decision.Refusal);
        Assert.Empty(decision.Recipients);
    }

    [Fact]
    public void Amber_strict_goes_only_to_the_submitting_partner()
    {
        var decision = Decide(Tlp.AmberStrict, [Strict, Amber, RedCleared], Strict);

        Assert.Equal(Ids(Strict), decision.Recipients.Select(p => p.Id));
        Assert.Equal(Ids(Amber, RedCleared), decision.Skipped.Select(s => s.PartnerId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Amber_strict_without_a_submitter_is_refused()
    {
        Assert.Equal(TlpRouting.MetadataReason, Decide(Tlp.AmberStrict, [Strict]).Refusal);
    }

    [Fact]
    public void Amber_strict_submitter_without_the_clearance_gets_nothing()
    {
        var decision = Decide(Tlp.AmberStrict, [], Amber);

        Assert.False(decision.Refused);
        Assert.Empty(decision.Recipients);
    }

    [Fact]
    public void Amber_goes_to_named_participants_cleared_for_amber()
    {
        var decision = Decide(Tlp.Amber, [Amber, Green, Strict, Suspended]);

        Assert.Equal(Ids(Amber, Strict), decision.Recipients.Select(p => p.Id));
        Assert.Contains(decision.Skipped, s => s.PartnerId == Green.Id && s.Reason == "clearance-GREEN");
        Assert.Contains(decision.Skipped, s => s.PartnerId == Suspended.Id && s.Reason == "suspended");
    }

    [Fact]
    public void Green_goes_to_named_participants_cleared_for_green_only()
    {
        var decision = Decide(Tlp.Green, [Green, Clear]);

        Assert.Equal(Ids(Green), decision.Recipients.Select(p => p.Id));
        Assert.DoesNotContain(decision.Recipients, p => p.Id == Amber.Id);
    }

    [Theory]
    [InlineData(Tlp.Amber)]
    [InlineData(Tlp.Green)]
    public void Amber_and_green_need_targets_that_are_partners(Tlp tlp)
    {
        Assert.Equal(TlpRouting.MetadataReason, Decide(tlp, []).Refusal);
        var unknown = TlpRouting.Decide(new OutboundMetadata(tlp, [Amber.Id, "no-such-partner"], null), All);
        Assert.Equal(TlpRouting.MetadataReason, unknown.Refusal);
    }

    [Fact]
    public void Clear_goes_to_every_active_partner_whatever_the_targets()
    {
        var decision = Decide(Tlp.Clear, [Amber]);

        Assert.Equal(Ids(Strict, Amber, Green, Clear, RedCleared), decision.Recipients.Select(p => p.Id));
    }

    [Theory]
    [InlineData("AMBER", "a-1, b-2,a-1", null, Tlp.Amber, 2)]
    [InlineData("amber+strict", null, "a-1", Tlp.AmberStrict, 0)]
    [InlineData("TLP:CLEAR", "", null, Tlp.Clear, 0)]
    public void Metadata_is_parsed(string tlp, string? targets, string? submitter, Tlp expected, int targetCount)
    {
        var metadata = OutboundMetadata.TryParse(SharingTestSupport.Metadata(tlp, targets, submitter), out var error);

        Assert.Null(error);
        Assert.Equal(expected, metadata!.Tlp);
        Assert.Equal(targetCount, metadata.Targets.Count);
        Assert.Equal(submitter, metadata.Submitter);
    }

    [Theory]
    [InlineData(null, "a-1", null)]
    [InlineData("PURPLE", "a-1", null)]
    [InlineData("AMBER", "Not A Partner", null)]
    [InlineData("AMBER+STRICT", null, "../x")]
    public void Invalid_metadata_is_refused(string? tlp, string? targets, string? submitter)
    {
        Assert.Null(OutboundMetadata.TryParse(SharingTestSupport.Metadata(tlp, targets, submitter), out var error));
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("CASE-1/report.json", true)]
    [InlineData("CASE-1/victims.csv", true)]
    [InlineData("report.json", false)]
    [InlineData("CASE-1/sub/report.json", false)]
    [InlineData("CASE-1/report.json.manifest.json", false)]
    [InlineData("CASE-1/..json", false)]
    [InlineData("/report.json", false)]
    public void Blob_names_are_case_id_slash_file(string name, bool valid)
    {
        Assert.Equal(valid, OutboundMetadata.TryParseName(name, out _, out _));
    }
}
