using CyberPartnerships.Email;

namespace CyberPartnerships.Mou;

/// <summary>How a case's history and logs name the people it writes to: by partner and role, with the recipient hash
/// of the message id (<see cref="EmailMessage.RecipientHash"/>), never by address.</summary>
public static class CaseRecipients
{
    /// <summary><c>europol legal approver 1f2e3d4c5b6a7980</c>; <c>recipient {hash}</c> for someone no party lists.</summary>
    public static string Describe(CaseState state, string address)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(address);
        var hash = EmailMessage.RecipientHash(address);
        foreach (var p in state.Parties)
        {
            if (Role(p, address) is { } role)
            {
                return $"{p.PartnerId} {role} {hash}";
            }
        }

        return $"recipient {hash}";
    }

    /// <summary>The <see cref="Describe"/> of each, comma-separated.</summary>
    public static string Describe(CaseState state, IEnumerable<string> addresses) =>
        string.Join(", ", addresses.Select(a => Describe(state, a)));

    /// <summary>Replaces each of <paramref name="addresses"/> in <paramref name="text"/> (an error from the mail relay,
    /// which may quote the address it refused) by its <see cref="Describe"/>.</summary>
    public static string Redact(CaseState state, string text, IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var a in addresses.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            text = text.Replace(a.Trim(), Describe(state, a), StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    private static string? Role(CaseParty party, string address)
    {
        bool In(IReadOnlyList<string> list) => list.Contains(address.Trim(), StringComparer.OrdinalIgnoreCase);
        return In(party.LegalApprovers) ? "legal approver" : In(party.AlternateApprovers) ? "alternate approver" : In(party.Analysts) ? "analyst" : null;
    }
}
