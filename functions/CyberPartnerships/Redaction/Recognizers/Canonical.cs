using System.Text;

namespace CyberPartnerships.Redaction;

/// <summary>The canonical form of a found value, hashed for pseudonyms so that "+33 6 37 95 48 25" and
/// "+33637954825", or "Grace  Hughes" and "grace hughes", get the same pseudonym.</summary>
internal static class Canonical
{
    public static string Of(PiiType type, ReadOnlySpan<char> value)
    {
        var sb = new StringBuilder(value.Length);
        switch (type)
        {
            case PiiType.Phone:
            case PiiType.CreditCard:
            case PiiType.DateOfBirth:
                foreach (var c in value)
                {
                    if (char.IsAsciiDigit(c))
                    {
                        sb.Append(c);
                    }
                }

                break;
            case PiiType.Iban:
            case PiiType.NationalId:
                foreach (var c in value)
                {
                    if (char.IsLetterOrDigit(c))
                    {
                        sb.Append(char.ToUpperInvariant(c));
                    }
                }

                break;
            case PiiType.Password:
                sb.Append(value);
                break;
            default:
                var space = false;
                foreach (var c in value)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        space = sb.Length > 0;
                        continue;
                    }

                    if (space)
                    {
                        sb.Append(' ');
                        space = false;
                    }

                    sb.Append(char.ToLowerInvariant(c));
                }

                break;
        }

        return sb.ToString();
    }
}
