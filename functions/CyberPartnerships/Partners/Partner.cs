namespace CyberPartnerships.Partners;

public enum PartnerKind
{
    LawEnforcement,
    Intergovernmental,
    PrivateSector,
}

public enum PartnerStatus
{
    Active,
    Suspended,
}

/// <summary>A member of the partnership (Europol EC3, OAS, FIS, Microsoft DCU, ...).</summary>
public sealed record Partner
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public required PartnerKind Kind { get; init; }

    /// <summary>The highest TLP 2.0 level the partner may receive.</summary>
    public required Tlp TlpClearance { get; init; }

    public PartnerStatus Status { get; init; } = PartnerStatus.Active;

    /// <summary>The TLP the objects of a STIX submission take when the bundle references no TLP marking at all (set at
    /// onboarding, as feeds have theirs); null: such a bundle is refused (400).</summary>
    public Tlp? UnmarkedTlp { get; init; }

    /// <summary>Legal approvers who decide MoU steps for this partner.</summary>
    public IReadOnlyList<string> LegalApprovers { get; init; } = [];

    /// <summary>Approvers a step is escalated to when the legal approvers do not decide in time.</summary>
    public IReadOnlyList<string> AlternateApprovers { get; init; } = [];

    public IReadOnlyList<string> Analysts { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What is stored of an API key: never the key itself, only its SHA-256 hash.</summary>
public sealed record ApiKeyInfo(
    string KeyId,
    string PartnerId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt)
{
    public bool IsLive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

/// <summary>A freshly issued key: <see cref="Key"/> is shown once and never stored.</summary>
public sealed record IssuedApiKey(ApiKeyInfo Info, string Key);
