using CyberPartnerships.Ingestion;
using Microsoft.Extensions.Options;

namespace CyberPartnerships.Submissions;

/// <summary>
/// Turns a parsed submission into stored rows: objects and indicator mentions first (idempotent writes under
/// deterministic keys), the <c>Submissions</c> row last as the commit marker.
/// </summary>
public sealed class SubmissionIngestor(
    IngestWriter writer, SubmissionStore store, AttachmentStore attachments, Partners.PartnerRegistry partners, TimeProvider time, IOptions<SubmissionOptions> options)
{
    /// <returns>The stored record, or null with the errors (JSON pointers) and a summary for the 400.</returns>
    public async Task<(SubmissionRecord? Record, IReadOnlyList<InputError> Errors, string Detail)> IngestAsync(
        string partnerId, string submissionId, SubmissionBody body, Tlp? unmarkedTlp = null, CancellationToken cancellationToken = default)
    {
        var source = new IngestSource(submissionId, partnerId, SourceKind.Submission, time.GetUtcNow());
        return body.Format == SubmissionFormat.Stix
            ? await IngestStixAsync(source, body, unmarkedTlp, cancellationToken).ConfigureAwait(false)
            : await IngestNativeAsync(source, body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(SubmissionRecord?, IReadOnlyList<InputError>, string)> IngestStixAsync(IngestSource source, SubmissionBody body, Tlp? unmarkedTlp, CancellationToken cancellationToken)
    {
        var bundle = StixBundleReader.ReadBundle(body.Document.RootElement, unmarkedTlp: unmarkedTlp);
        if (!bundle.IsValid)
        {
            return (null, bundle.Errors, "The STIX bundle is not valid.");
        }

        if (bundle.Objects.Count + bundle.Rejected.Count > options.Value.MaxObjects)
        {
            return (null, [new("/objects", $"At most {options.Value.MaxObjects} objects per submission.")], "The bundle has too many objects.");
        }

        if (bundle.Objects.Count == 0)
        {
            var errors = bundle.Rejected.Select(r => new InputError(r.Pointer!, r.Reason!)).ToList();
            return (null, errors.Count > 0 ? errors : [new("/objects", "The bundle has no objects.")], "No object of the bundle is valid STIX 2.1.");
        }

        var outcomes = await writer.WriteAsync(source, bundle.Objects, [], cancellationToken).ConfigureAwait(false);
        var all = outcomes.Concat(bundle.Rejected).OrderBy(o => o.Index).ToList();
        var report = bundle.Objects.FirstOrDefault(o => o.Type == "report");
        var indicators = bundle.Objects.SelectMany(o => o.Indicators).Distinct().ToList();
        var record = new SubmissionRecord
        {
            Id = source.SourceId,
            PartnerId = source.PartnerId,
            ReceivedAt = source.SeenAt,
            Format = SubmissionFormat.Stix,
            Tlp = bundle.Tlp!.Value,
            BundleId = bundle.BundleId,
            Title = report?.Summary is { } summary ? summary.Name : report is null ? null : System.Text.Json.JsonDocument.Parse(report.Json).RootElement.GetProperty("name").GetString(),
            IndicatorCount = indicators.Count,
            Indicators = indicators,
            Counts = Count(all),
            Objects = all,
        };
        await store.CommitAsync(record, body.Sha256, cancellationToken).ConfigureAwait(false);
        return (record, [], string.Empty);
    }

    private async Task<(SubmissionRecord?, IReadOnlyList<InputError>, string)> IngestNativeAsync(IngestSource source, SubmissionBody body, CancellationToken cancellationToken)
    {
        var referral = NativeReferralReader.Read(body.Document.RootElement, options.Value.MaxObjects);
        if (referral.Errors.Count > 0)
        {
            return (null, referral.Errors, "The case referral is not valid.");
        }

        var missing = await attachments.CheckAsync(source.PartnerId, referral.Attachments, cancellationToken).ConfigureAwait(false);
        if (missing.Count > 0)
        {
            return (null, missing, "The referral names attachments that are not among this partner's uploads.");
        }

        var (participants, refused) = await ParticipantCheck.CheckAsync(partners, source.PartnerId, referral.Tlp!.Value, referral.Participants, "/participants", cancellationToken).ConfigureAwait(false);
        if (refused.Count > 0)
        {
            return (null, refused, "The referral names participants that cannot take part in its case.");
        }

        var outcomes = new List<ObjectOutcome>(referral.Rejected);
        var seen = new HashSet<IndicatorKey>();
        foreach (var (index, key) in referral.Indicators)
        {
            var first = seen.Add(key);
            outcomes.Add(new ObjectOutcome
            {
                Index = index,
                Id = key.ToString(),
                Type = key.Type,
                Status = first ? ObjectStatus.Stored : ObjectStatus.Duplicate,
                ExistingSource = first ? null : source.SourceId,
                ExistingId = first ? null : key.ToString(),
            });
        }

        var tlp = referral.Tlp!.Value;
        await writer.WriteAsync(source, [], seen.Select(k => new IndicatorMention(k, tlp)).ToList(), cancellationToken).ConfigureAwait(false);
        outcomes.Sort((a, b) => a.Index.CompareTo(b.Index));
        var record = new SubmissionRecord
        {
            Id = source.SourceId,
            PartnerId = source.PartnerId,
            ReceivedAt = source.SeenAt,
            Format = SubmissionFormat.Native,
            Tlp = tlp,
            Title = referral.Title,
            Summary = referral.Summary,
            Category = referral.Category,
            RequestedAction = referral.RequestedAction,
            Jurisdictions = referral.Jurisdictions,
            EstimatedVictims = referral.EstimatedVictims,
            Attachments = referral.Attachments,
            Participants = participants,
            IndicatorCount = seen.Count,
            Indicators = [.. seen],
            Counts = Count(outcomes),
            Objects = outcomes,
        };
        await store.CommitAsync(record, body.Sha256, cancellationToken).ConfigureAwait(false);
        return (record, [], string.Empty);
    }

    private static OutcomeCounts Count(IReadOnlyCollection<ObjectOutcome> outcomes) => new(
        outcomes.Count(o => o.Status == ObjectStatus.Stored),
        outcomes.Count(o => o.Status == ObjectStatus.Duplicate),
        outcomes.Count(o => o.Status == ObjectStatus.Rejected));
}
