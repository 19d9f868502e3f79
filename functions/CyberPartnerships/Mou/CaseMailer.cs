using System.Globalization;
using System.Text;
using CyberPartnerships.Approvals;
using CyberPartnerships.Email;
using CyberPartnerships.Redaction;
using static System.Net.WebUtility;

namespace CyberPartnerships.Mou;

/// <summary>Turns a <see cref="SendEmailCommand"/> into one e-mail per recipient (HTML and plain text) and sends them.
/// Approval e-mails carry a link per decision; the case title and summary are redacted of personal data.</summary>
public sealed class CaseMailer(ApprovalTokens tokens, CaseRules rules, IEmailSender sender)
{
    public async Task SendAsync(CaseState state, SendEmailCommand command, CancellationToken cancellationToken = default)
    {
        foreach (var message in Compose(state, command))
        {
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    public IReadOnlyList<EmailMessage> Compose(CaseState state, SendEmailCommand command)
    {
        var redactor = new TextRedactor();
        var title = redactor.Redact(state.Source.Title, new RedactionCounts());
        var summary = redactor.Redact(state.Source.Summary, new RedactionCounts());
        var withLinks = CaseSteps.IsDecisionStep(state.Step) && command.Kind is CaseEmailKind.ApprovalRequest or CaseEmailKind.Reminder or CaseEmailKind.Escalation or CaseEmailKind.Overdue;
        var subject = $"[TLP:{state.Source.Tlp.ToLabel()}] {Headline(state, command.Kind)}: {title} ({state.CaseId})";
        var messages = new List<EmailMessage>();
        foreach (var recipient in command.Recipients.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var text = new StringBuilder();
            var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;max-width:40rem\">");
            Line(text, html, $"{Headline(state, command.Kind)} — case {state.CaseId}", heading: true);
            Line(text, html, $"Case: {title}");
            Line(text, html, $"Summary: {summary}");
            Line(text, html, $"Step: {CaseSteps.Title(state.Step)}");
            if (command.Note is { } note)
            {
                Line(text, html, $"Changes requested: {note}");
            }

            if (withLinks)
            {
                Line(text, html, $"Please decide by {rules.DecideBy(state).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}. Each link opens a confirmation page; nothing is decided until you confirm there.");
                var token = tokens.Create(state.CaseId, state.StepKey, recipient, rules.StepExpiresAt(state));
                var choices = state.Step == CaseStep.JointReview ? new[] { CaseDecision.Approve, CaseDecision.Reject, CaseDecision.RequestChanges } : [CaseDecision.Approve, CaseDecision.Reject];
                foreach (var choice in choices)
                {
                    var link = tokens.Link(token, CaseRules.DecisionLabel(choice)).AbsoluteUri;
                    text.Append(CultureInfo.InvariantCulture, $"{ApprovalPages.Label(choice)}: {link}\n");
                    html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{HtmlEncode(link)}\" style=\"display:inline-block;padding:.6rem 1rem;background:#0b5cad;color:#fff;text-decoration:none;border-radius:.3rem\">{HtmlEncode(ApprovalPages.Label(choice))}</a></p>");
                }
            }
            else if (command.Kind is CaseEmailKind.AnalysisRequest || (command.Kind == CaseEmailKind.Reminder && state.Step == CaseStep.Analysis))
            {
                Line(text, html, $"Attach the analysis report and findings with POST /api/cases/{state.CaseId}/analysis (DCU analysts may mark it not needed).");
            }
            else if (command.Kind is CaseEmailKind.EnforcementRequest || (command.Kind == CaseEmailKind.Reminder && state.Step == CaseStep.Enforcement))
            {
                Line(text, html, $"Record the action taken with POST /api/cases/{state.CaseId}/enforcement.");
            }
            else if (command.Kind == CaseEmailKind.Closed)
            {
                Line(text, html, $"Outcome: {state.Outcome.ToString().ToLowerInvariant()}" + (state.Enforcement is { } e ? $" — {e.ActionTaken} on {e.Date:yyyy-MM-dd}: {e.Outcome}" : string.Empty));
            }

            html.Append("</body></html>");
            messages.Add(new EmailMessage(
                EmailMessage.CreateId(recipient, state.CaseId, state.StepKey, command.Kind.ToString().ToLowerInvariant()),
                recipient,
                subject,
                text.ToString(),
                html.ToString()));
        }

        return messages;
    }

    private static string Headline(CaseState state, CaseEmailKind kind) => kind switch
    {
        CaseEmailKind.AnalysisRequest => "Analysis requested",
        CaseEmailKind.ApprovalRequest => $"Decision requested: {CaseSteps.Title(state.Step)}",
        CaseEmailKind.Reminder => $"Reminder: {CaseSteps.Title(state.Step)}",
        CaseEmailKind.Escalation => $"Escalated to you: {CaseSteps.Title(state.Step)}",
        CaseEmailKind.Overdue => $"Overdue: {CaseSteps.Title(state.Step)}",
        CaseEmailKind.EnforcementRequest => "Enforcement approved: record the action",
        _ => $"Case closed ({state.Outcome.ToString().ToLowerInvariant()})",
    };

    private static void Line(StringBuilder text, StringBuilder html, string line, bool heading = false)
    {
        text.Append(line).Append('\n');
        html.Append(heading ? "<h2>" : "<p>").Append(HtmlEncode(line)).Append(heading ? "</h2>" : "</p>");
    }
}
