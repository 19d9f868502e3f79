using System.Net.Mail;
using System.Text.RegularExpressions;

namespace CyberPartnerships.Partners;

public static partial class PartnerValidation
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex PartnerIdPattern();

    /// <summary>Partner ids are lowercase slugs (e.g. <c>europol-ec3</c>): they appear in URLs, blob paths and table keys.</summary>
    public static bool IsValidPartnerId(string? id) => id is not null && PartnerIdPattern().IsMatch(id);

    public static bool IsValidEmail(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Contains(' ', StringComparison.Ordinal) || address.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        return MailAddress.TryCreate(address, out var parsed)
            && parsed.Address == address
            && parsed.Host.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>Returns the problems with a partner, or an empty list when it can be stored.</summary>
    public static IReadOnlyList<string> Validate(Partner partner)
    {
        var errors = new List<string>();
        if (!IsValidPartnerId(partner.Id))
        {
            errors.Add($"Partner id '{partner.Id}' must be 2-63 lowercase letters, digits or hyphens, starting with a letter or digit.");
        }

        if (string.IsNullOrWhiteSpace(partner.DisplayName))
        {
            errors.Add("A display name is required.");
        }

        foreach (var (list, name) in new[] { (partner.LegalApprovers, "legal approver"), (partner.AlternateApprovers, "alternate approver"), (partner.Analysts, "analyst") })
        {
            errors.AddRange(list.Where(a => !IsValidEmail(a)).Select(a => $"'{a}' is not a valid {name} e-mail address."));
        }

        return errors;
    }
}
