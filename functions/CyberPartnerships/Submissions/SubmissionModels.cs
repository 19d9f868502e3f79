using CyberPartnerships.Ingestion;
using Microsoft.AspNetCore.Http;

namespace CyberPartnerships.Submissions;

public enum SubmissionFormat
{
    Stix,
    Native,
}

public enum SubmissionCategory
{
    Malware,
    Botnet,
    Fraud,
    Intrusion,
    Other,
}

/// <summary>What the submitting partner asks the partnership to do: the MoU steps start from here.</summary>
public enum RequestedAction
{
    Analysis,
    Enforcement,
}

public sealed record OutcomeCounts(int Stored, int Duplicate, int Rejected);

/// <summary>A stored submission as its partner (or a DCU analyst) sees it: the summary and every object's outcome.</summary>
public sealed record SubmissionRecord
{
    public required string Id { get; init; }

    public required string PartnerId { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public required SubmissionFormat Format { get; init; }

    public required Tlp Tlp { get; init; }

    /// <summary>The STIX bundle id, for a STIX submission.</summary>
    public string? BundleId { get; init; }

    public string? Title { get; init; }

    public string? Summary { get; init; }

    public SubmissionCategory? Category { get; init; }

    public RequestedAction? RequestedAction { get; init; }

    public IReadOnlyList<string> Jurisdictions { get; init; } = [];

    public long? EstimatedVictims { get; init; }

    /// <summary>Names of blobs the partner uploaded beforehand.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];

    /// <summary>Partners named as participants of the case (native referrals): their legal approvers decide the enforcement action.</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>Distinct indicators the submission mentions.</summary>
    public int IndicatorCount { get; init; }

    /// <summary>The normalised indicators the submission mentions (what a case opened on it is linked to).</summary>
    public IReadOnlyList<IndicatorKey> Indicators { get; init; } = [];

    public required OutcomeCounts Counts { get; init; }

    public required IReadOnlyList<ObjectOutcome> Objects { get; init; }
}

/// <summary>The domain fact of a received submission, for whoever acts on it (the MoU workflow opens a case when an
/// action is requested). <see cref="Replayed"/> is true when the request repeated an earlier one: nothing new was stored.</summary>
public sealed record SubmissionReceipt(
    string SubmissionId,
    string PartnerId,
    RequestedAction? RequestedAction,
    string? Title,
    string? Summary,
    Tlp Tlp,
    bool Replayed);

/// <summary>The HTTP result of <c>POST /api/submissions</c> and, when a submission was stored (or replayed), its receipt.</summary>
public sealed record SubmissionOutcome(IResult Result, SubmissionReceipt? Receipt);
