using CyberPartnerships.Sharing;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace CyberPartnerships.Mou;

/// <summary>
/// What the workflow's commands do, as idempotent steps: the shell's activities call these, and so does
/// <see cref="DirectCaseWorkflow"/>. Record writes the projection and appends the audit (insert-only, keyed by
/// history sequence); e-mails carry stable message ids; sharing writes the outcome to <c>outbound-raw/</c>, where the
/// redacting sharing pipeline picks it up.
/// </summary>
public sealed class CaseActivities(CaseStore store, CaseAuditLog audit, CaseMailer mailer, BlobServiceClient blobs)
{
    public const string OutboundContainer = SharingOptions.RawContainer;

    /// <summary>Where a case's outcome is written for sharing: <c>outbound-raw/{caseId}/outcome.json</c>.</summary>
    public static string OutcomeBlobName(string caseId) => $"{caseId}/outcome.json";

    public async Task RecordAsync(CaseState state, IReadOnlyList<CaseHistoryEntry> entries, ETag? ifMatch = null, CancellationToken cancellationToken = default)
    {
        await store.SaveAsync(state, ifMatch, cancellationToken).ConfigureAwait(false);
        await audit.AppendAsync(state.CaseId, entries, cancellationToken).ConfigureAwait(false);
    }

    public Task SendEmailAsync(CaseState state, SendEmailCommand command, CancellationToken cancellationToken = default) =>
        mailer.SendAsync(state, command, cancellationToken);

    public async Task ShareAsync(CaseState state, CancellationToken cancellationToken = default)
    {
        var container = blobs.GetBlobContainerClient(OutboundContainer);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var document = new
        {
            kind = "case-outcome",
            state.CaseId,
            state.Source.SubmissionId,
            state.Source.Title,
            state.Source.Summary,
            tlp = state.Source.Tlp,
            outcome = state.Outcome,
            state.Analysis,
            state.Enforcement,
            recipients = state.PartnerIds,
        };
        // The sharing pipeline's contract: outbound-raw/{caseId}/{file}, with the TLP, the target partners and the
        // submitting partner in the metadata; it redacts the document and shares it with each partner the TLP allows.
        await container.GetBlobClient(OutcomeBlobName(state.CaseId)).UploadAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(document, Json.Options)),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                Metadata = new Dictionary<string, string>
                {
                    [OutboundMetadata.TlpKey] = state.Source.Tlp.ToLabel(),
                    [OutboundMetadata.TargetsKey] = string.Join(',', state.PartnerIds),
                    [OutboundMetadata.SubmitterKey] = state.Source.SubmittingPartnerId,
                },
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Carries out a transition's commands in order (not the wait: that is the caller's).</summary>
    public async Task ExecuteAsync(CaseTransition transition, ETag? ifMatch = null, CancellationToken cancellationToken = default)
    {
        var state = transition.State;
        if (transition.Commands.Record)
        {
            await RecordAsync(state, transition.Commands.Audit, ifMatch, cancellationToken).ConfigureAwait(false);
        }

        foreach (var email in transition.Commands.Emails)
        {
            await SendEmailAsync(state, email, cancellationToken).ConfigureAwait(false);
        }

        if (transition.Commands.Share)
        {
            await ShareAsync(state, cancellationToken).ConfigureAwait(false);
        }
    }
}
