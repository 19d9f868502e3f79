using CyberPartnerships.Configuration;

namespace CyberPartnerships.Submissions;

/// <summary>Limits of <c>POST /api/submissions</c> and <c>POST /api/attachments</c>. Configuration section <c>Submissions</c> (e.g. <c>Submissions__MaxBodyBytes</c>).</summary>
public sealed class SubmissionOptions
{
    public const string Section = "Submissions";

    /// <summary>Largest accepted body; larger gets 413. Default 8 MB.</summary>
    [OptionalSetting]
    public long MaxBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Deepest accepted JSON nesting; deeper gets 400.</summary>
    [OptionalSetting]
    public int MaxDepth { get; set; } = 32;

    /// <summary>Most objects (STIX) or indicators (native) in one submission.</summary>
    [OptionalSetting]
    public int MaxObjects { get; set; } = 50_000;

    /// <summary>Largest accepted attachment upload (<c>POST /api/attachments</c>); larger gets 413. Default 100 MB.</summary>
    [OptionalSetting]
    public long MaxAttachmentBytes { get; set; } = 100 * 1024 * 1024;
}
