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
    public const string OutboundContainer = "outbound-raw";

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
        await container.GetBlobClient($"cases/{state.CaseId}/outcome.json").UploadAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(document, Json.Options)),
            new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                Metadata = new Dictionary<string, string> { ["tlp"] = state.Source.Tlp.ToLabel(), ["recipients"] = string.Join(',', state.PartnerIds), ["caseId"] = state.CaseId },
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
