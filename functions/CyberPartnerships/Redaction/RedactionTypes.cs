namespace CyberPartnerships.Redaction;

/// <summary>How a found value is replaced.</summary>
public enum RedactionMode
{
    /// <summary>A type label, e.g. <c>[EMAIL]</c>.</summary>
    TypeLabel,

    /// <summary>A keyed pseudonym, e.g. <c>[EMAIL:9f2c41d0]</c>: HMAC-SHA256 of the canonical value under a partnership key.</summary>
    Pseudonym,
}

/// <summary>The kinds of personal data the redactor removes.</summary>
public enum PiiType
{
    Person,
    Email,
    Phone,
    CreditCard,
    Iban,
    NationalId,
    DateOfBirth,
    IpAddress,
    Username,
    Password,
    PostalAddress,
}

/// <summary>What a caller knows about a piece of text: free text, or the value of a field whose meaning is known
/// (a STIX identity's name, a CSV column "email", ...).</summary>
public enum FieldHint
{
    FreeText,
    PersonName,
    Email,
    Phone,
    Username,
    Password,
    PostalAddress,
    VictimIp,
    DateOfBirth,
    NationalId,

    /// <summary>Prose of public knowledge (an ATT&amp;CK technique, a mitigation, a vendor's malware description and
    /// its citations): only values personal by their own form are replaced (e-mail addresses, phone numbers, payment
    /// cards, IBANs, national ids), and the values the document states as a victim's elsewhere; authors' and
    /// researchers' names, the word after "user" or "login", places and dates are public text there.</summary>
    PublicText,

    /// <summary>An indicator of compromise or other case fact: never redacted.</summary>
    Indicator,
}

/// <summary>A pseudonym key with its id (rotation by key id); never an unsalted hash.</summary>
public sealed record PseudonymKey(string KeyId, byte[] Key);

/// <summary>Counts per type, accumulated over one document (or one run).</summary>
public sealed class RedactionCounts
{
    private readonly int[] _counts = new int[Enum.GetValues<PiiType>().Length];

    public void Add(PiiType type, int count = 1) => _counts[(int)type] += count;

    public int this[PiiType type] => _counts[(int)type];

    public int Total => _counts.Sum();

    public IReadOnlyDictionary<PiiType, int> ToDictionary() =>
        Enum.GetValues<PiiType>().Where(t => _counts[(int)t] > 0).ToDictionary(t => t, t => _counts[(int)t]);
}
