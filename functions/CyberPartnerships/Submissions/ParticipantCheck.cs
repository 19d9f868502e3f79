using CyberPartnerships.Ingestion;
using CyberPartnerships.Partners;

namespace CyberPartnerships.Submissions;

/// <summary>
/// The partners a submission names as participants of its case (their legal approvers decide the enforcement action).
/// Each must be an active partner cleared for the submission's TLP; under AMBER+STRICT and RED the information stays
/// with the submitting organisation, so no other partner can be named.
/// </summary>
public static class ParticipantCheck
{
    public const int MaxParticipants = 20;

    /// <returns>The participants to keep (the submitter itself dropped, each once), and one error per name refused,
    /// pointing at <c>{pointerBase}/{i}</c>.</returns>
    public static async Task<(IReadOnlyList<string> Participants, IReadOnlyList<InputError> Errors)> CheckAsync(
        PartnerRegistry registry, string submitterId, Tlp tlp, IReadOnlyList<string> names, string pointerBase, CancellationToken cancellationToken = default)
    {
        var kept = new List<string>();
        var errors = new List<InputError>();
        for (var i = 0; i < names.Count; i++)
        {
            var id = names[i];
            if (id == submitterId || kept.Contains(id, StringComparer.Ordinal))
            {
                continue;
            }

            var pointer = $"{pointerBase}/{i}";
            if (tlp >= Tlp.AmberStrict)
            {
                errors.Add(new(pointer, $"TLP:{tlp.ToLabel()} stays with your organisation: a case under it cannot name other partners."));
                continue;
            }

            var partner = PartnerValidation.IsValidPartnerId(id) ? await registry.GetAsync(id, cancellationToken).ConfigureAwait(false) : null;
            if (partner is null)
            {
                errors.Add(new(pointer, $"'{id}' is not a partner of the partnership."));
            }
            else if (partner.Status != PartnerStatus.Active)
            {
                errors.Add(new(pointer, $"'{id}' is not an active partner."));
            }
            else if (!partner.TlpClearance.Allows(tlp))
            {
                errors.Add(new(pointer, $"'{id}' is not cleared for TLP:{tlp.ToLabel()}."));
            }
            else
            {
                kept.Add(id);
            }
        }

        return (kept, errors);
    }
}
