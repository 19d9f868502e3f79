using CyberPartnerships.Configuration;

namespace CyberPartnerships.Mou;

/// <summary>The MoU workflow's settings (section <c>Mou</c>: <c>Mou__DecideWithin</c>, ...). Durations are
/// TimeSpans (<c>5.00:00:00</c>), counted from the start of each step.</summary>
public sealed class MouOptions
{
    public const string Section = "Mou";

    /// <summary>The date the e-mails ask for a decision by; when it passes, an overdue notice goes out.</summary>
    [OptionalSetting]
    public TimeSpan DecideWithin { get; set; } = TimeSpan.FromDays(5);

    [OptionalSetting]
    public TimeSpan RemindAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>After this the partner's alternate approvers are asked too (and may decide).</summary>
    [OptionalSetting]
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromDays(4);

    /// <summary>A step without a decision this long closes the case as expired.</summary>
    [OptionalSetting]
    public TimeSpan ExpireAfter { get; set; } = TimeSpan.FromDays(10);

    /// <summary>Microsoft DCU's partner id: its analysts and legal approvers take part in every case.</summary>
    [OptionalSetting]
    public string DcuPartnerId { get; set; } = "microsoft-dcu";

    public CaseDeadlines ToDeadlines() => new(DecideWithin, RemindAfter, EscalateAfter, ExpireAfter);
}

public sealed record CaseDeadlines(TimeSpan DecideWithin, TimeSpan RemindAfter, TimeSpan EscalateAfter, TimeSpan ExpireAfter)
{
    public static CaseDeadlines Default { get; } = new MouOptions().ToDeadlines();
}
