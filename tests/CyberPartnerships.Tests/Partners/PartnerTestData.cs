using CyberPartnerships.Partners;

namespace CyberPartnerships.Tests.Partners;

public static class PartnerTestData
{
    /// <summary>A partner with a unique id, so tests sharing one Azurite never collide.</summary>
    public static Partner NewPartner(string prefix = "p", Tlp tlp = Tlp.Amber, PartnerKind kind = PartnerKind.LawEnforcement) => new()
    {
        Id = $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(40, prefix.Length + 33)],
        DisplayName = $"Partner {prefix}",
        Kind = kind,
        TlpClearance = tlp,
        LegalApprovers = [$"legal-{prefix}@example.org"],
        AlternateApprovers = [$"alt-{prefix}@example.org"],
        Analysts = [$"analyst-{prefix}@example.org"],
    };
}
