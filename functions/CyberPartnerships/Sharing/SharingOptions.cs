using CyberPartnerships.Configuration;

namespace CyberPartnerships.Sharing;

/// <summary>The sharing pipeline's containers and limits. Configuration section <c>Sharing</c> (<c>Sharing__MaxDocumentBytes</c>).</summary>
public sealed class SharingOptions
{
    public const string Section = "Sharing";

    /// <summary>Where anything to share is written, as <c>{caseId}/{file}</c> with the metadata in <see cref="OutboundMetadata"/>.</summary>
    public const string RawContainer = "outbound-raw";

    /// <summary>The redacted copies, as <c>{partnerId}/{caseId}/{file}</c> and <c>{file}.manifest.json</c>.</summary>
    public const string SharedContainer = "outbound-shared";

    /// <summary>What could not be redacted or may not be shared, as <c>{caseId}/{file}</c> plus <c>{file}.reason.txt</c>.</summary>
    public const string QuarantineContainer = "quarantine";

    public const string ManifestSuffix = ".manifest.json";
    public const string ReasonSuffix = ".reason.txt";

    /// <summary>Documents larger than this are quarantined unread (they are redacted in memory). Default 32 MiB.</summary>
    [OptionalSetting]
    public long MaxDocumentBytes { get; set; } = 32L * 1024 * 1024;
}
