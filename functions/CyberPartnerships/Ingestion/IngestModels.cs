using System.Text.Json.Serialization;

namespace CyberPartnerships.Ingestion;

public enum ObjectStatus
{
    Stored,
    Duplicate,
    Rejected,
}

/// <summary>What happened to one object of a submission or feed page. Nothing is dropped without being named here.</summary>
public sealed record ObjectOutcome
{
    /// <summary>Position in the submission: the index in the bundle's <c>objects</c>, or in the referral's <c>indicators</c>.</summary>
    public required int Index { get; init; }

    /// <summary>The STIX id, or for a native indicator its normalised <c>type:value</c>.</summary>
    public string? Id { get; init; }

    public string? Type { get; init; }

    public required ObjectStatus Status { get; init; }

    /// <summary>For a duplicate: the source (submission or feed page) that stored it first.</summary>
    public string? ExistingSource { get; init; }

    /// <summary>For a duplicate: the id of the stored object or indicator.</summary>
    public string? ExistingId { get; init; }

    /// <summary>For a rejected object: why, and the JSON pointer of the offending property.</summary>
    public string? Reason { get; init; }

    public string? Pointer { get; init; }

    /// <summary>The TLP the object was stored at, and where it came from (<see cref="TlpSources"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Tlp? Tlp { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TlpFrom { get; init; }

    /// <summary>True when the object's type is not one the app understands: it is stored as opaque JSON.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Opaque { get; init; }

    /// <summary>Stored by an earlier attempt of the same source (a retried request, a feed page read again): nothing new was written.</summary>
    [JsonIgnore]
    public bool AlreadyStored { get; init; }

    public static ObjectOutcome Rejected(int index, string? id, string? type, string reason, string pointer) =>
        new() { Index = index, Id = id, Type = type, Status = ObjectStatus.Rejected, Reason = reason, Pointer = pointer };
}

/// <summary>A valid STIX object ready to store, deduplicated on (<see cref="StixId"/>, <see cref="Modified"/>).</summary>
/// <param name="Modified">The <c>modified</c> timestamp exactly as received (full precision); empty for SCOs.</param>
public sealed record IngestObject(
    int Index,
    string StixId,
    string Type,
    string Modified,
    string Json,
    Tlp Tlp,
    IReadOnlyList<IndicatorKey> Indicators,
    bool Opaque = false)
{
    /// <summary>Where <see cref="Tlp"/> came from (<see cref="TlpSources"/>).</summary>
    public string TlpFrom { get; init; } = TlpSources.Marking;

    /// <summary>The properties the graph reads, taken when the object was read; null when the object was made
    /// elsewhere (then they are read from <see cref="Json"/>).</summary>
    public StixSummary? Summary { get; init; }
}

/// <summary>An object's <c>name</c> and links: a relationship's type, <c>source_ref</c> and <c>target_ref</c>, a
/// sighting's <c>sighting_of_ref</c> (as <see cref="SourceRef"/>).</summary>
public sealed record StixSummary(string? Name, string? Relation = null, string? SourceRef = null, string? TargetRef = null);

/// <summary>How an object got its TLP, as its outcome says.</summary>
public static class TlpSources
{
    /// <summary>A TLP 2.0 marking in its <c>object_marking_refs</c>.</summary>
    public const string Marking = "marking";

    /// <summary>A STIX 2.1 TLP 1.0 marking, read as its TLP 2.0 level.</summary>
    public const string Tlp1Marking = "tlp1-marking";

    /// <summary>Unmarked, in a bundle whose other objects are marked: the most restrictive of their TLPs.</summary>
    public const string Bundle = "bundle";

    /// <summary>Unmarked, from a feed: the feed's default TLP.</summary>
    public const string FeedDefault = "feed-default";

    /// <summary>Nothing in the bundle is marked: the submitting partner's <c>UnmarkedTlp</c>.</summary>
    public const string PartnerDefault = "partner-default";
}

public enum SourceKind
{
    Submission,
    Feed,
}

/// <summary>Where a batch of objects came from: a partner's submission, or one page of a partner's TAXII feed.</summary>
public sealed record IngestSource(string SourceId, string PartnerId, SourceKind Kind, DateTimeOffset SeenAt);

/// <summary>An indicator seen in a source, with the TLP of what it was seen in.</summary>
public sealed record IndicatorMention(IndicatorKey Key, Tlp Tlp, string? StixId = null);
