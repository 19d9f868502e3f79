using CyberPartnerships.Partners;

namespace CyberPartnerships.Sharing;

/// <summary>Who receives a document: the recipients, the named partners left out (with why), or a refusal.</summary>
public sealed record RoutingDecision(IReadOnlyList<Partner> Recipients, IReadOnlyList<(string PartnerId, string Reason)> Skipped, string? Refusal, string? RefusalDetail)
{
    public bool Refused => Refusal is not null;

    public static RoutingDecision Refuse(string reason, string detail) => new([], [], reason, detail);
}

/// <summary>
/// TLP 2.0 routing of a shared document. Every recipient must be active and cleared for the marking
/// (<see cref="TlpLevels.Allows"/>).
/// <list type="table">
/// <item><term>RED</term><description>never shared (quarantined with reason <c>tlp-red</c>).</description></item>
/// <item><term>AMBER+STRICT</term><description>only the submitting partner's organisation (<c>submitter</c>, required);
/// other targets are left out.</description></item>
/// <item><term>AMBER, GREEN</term><description>the named participants (<c>targets</c>, required; every id must be a
/// known partner) whose clearance allows it.</description></item>
/// <item><term>CLEAR</term><description>every active partner; <c>targets</c> is ignored (CLEAR information is
/// unrestricted, so naming a subset would not protect anything).</description></item>
/// </list>
/// </summary>
public static class TlpRouting
{
    public const string RedReason = "tlp-red";
    public const string MetadataReason = "invalid-metadata";

    public static RoutingDecision Decide(OutboundMetadata metadata, IReadOnlyList<Partner> partners)
    {
        var byId = partners.ToDictionary(p => p.Id, StringComparer.Ordinal);
        IEnumerable<string> named;
        var skipped = new List<(string, string)>();
        switch (metadata.Tlp)
        {
            case Tlp.Red:
                return RoutingDecision.Refuse(RedReason, "TLP:RED is never shared.");
            case Tlp.AmberStrict:
                if (metadata.Submitter is null)
                {
                    return RoutingDecision.Refuse(MetadataReason, "TLP:AMBER+STRICT is shared only with the submitting partner: the 'submitter' metadata is required.");
                }

                named = [metadata.Submitter];
                skipped.AddRange(metadata.Targets.Where(t => t != metadata.Submitter).Select(t => (t, "amber-strict-submitter-only")));
                break;
            case Tlp.Amber or Tlp.Green:
                if (metadata.Targets.Count == 0)
                {
                    return RoutingDecision.Refuse(MetadataReason, $"TLP:{metadata.Tlp.ToLabel()} is shared with the case's participants: the 'targets' metadata is required.");
                }

                named = metadata.Targets;
                break;
            default:
                return new RoutingDecision(partners.Where(p => p.Status == PartnerStatus.Active).OrderBy(p => p.Id, StringComparer.Ordinal).ToList(), [], null, null);
        }

        var recipients = new List<Partner>();
        foreach (var id in named)
        {
            if (!byId.TryGetValue(id, out var partner))
            {
                return RoutingDecision.Refuse(MetadataReason, $"'{id}' is not a partner of the partnership.");
            }

            if (partner.Status != PartnerStatus.Active)
            {
                skipped.Add((id, "suspended"));
            }
            else if (!partner.TlpClearance.Allows(metadata.Tlp))
            {
                skipped.Add((id, $"clearance-{partner.TlpClearance.ToLabel()}"));
            }
            else
            {
                recipients.Add(partner);
            }
        }

        return new RoutingDecision(recipients.OrderBy(p => p.Id, StringComparer.Ordinal).ToList(), skipped, null, null);
    }
}
