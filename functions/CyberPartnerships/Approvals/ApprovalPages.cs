using System.Globalization;
using System.Text;
using CyberPartnerships.Mou;
using CyberPartnerships.Redaction;
using static System.Net.WebUtility;

namespace CyberPartnerships.Approvals;

/// <summary>The approval pages: plain HTML forms, no JavaScript, one column that reads on a phone.</summary>
public static class ApprovalPages
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:0;padding:1rem;line-height:1.5;color:#1b1b1b;background:#f6f7f9}" +
        "main{max-width:40rem;margin:0 auto;overflow-wrap:anywhere;background:#fff;padding:1rem 1.25rem;border-radius:.5rem;box-shadow:0 1px 3px #0002}" +
        "h1{font-size:1.4rem;margin:.2rem 0 1rem}dt{font-weight:600}dd{margin:0 0 .75rem}" +
        "fieldset{border:1px solid #ccc;border-radius:.4rem;margin:1rem 0}label{display:block;padding:.5rem 0;font-size:1.1rem}" +
        "input[type=radio]{width:1.2rem;height:1.2rem;vertical-align:middle;margin-right:.5rem}" +
        "textarea{width:100%;box-sizing:border-box;min-height:6rem;font:inherit}" +
        "button{width:100%;padding:.9rem;font-size:1.1rem;border:0;border-radius:.4rem;background:#0b5cad;color:#fff;margin-top:1rem}" +
        ".note{color:#555;font-size:.95rem}.error{color:#a40000;font-weight:600}";

    public static string Confirmation(CaseState state, ApprovalToken token, DateTimeOffset decideBy, string? preselected, string? error = null)
    {
        var summary = new TextRedactor().Redact(state.Source.Summary, new RedactionCounts());
        var title = new TextRedactor().Redact(state.Source.Title, new RedactionCounts());
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlEncode(CaseSteps.Title(state.Step))}: your decision</h1>");
        if (error is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" role=\"alert\">{HtmlEncode(error)}</p>");
        }

        body.Append("<dl>");
        Item(body, "Case", $"{title} ({state.CaseId})");
        Item(body, "Summary", summary);
        Item(body, "TLP", state.Source.Tlp.ToLabel());
        Item(body, "Step", CaseSteps.Title(state.Step));
        Item(body, "Deciding as", token.Approver);
        Item(body, "Please decide by", decideBy.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
        var decided = state.Decisions.Where(d => d.StepKey == state.StepKey)
            .Select(d => $"{state.Party(d.PartnerId)?.DisplayName ?? d.PartnerId}: {Label(d.Decision)}").ToList();
        Item(body, "Decided so far", decided.Count == 0 ? "nobody yet" : string.Join("; ", decided));
        Item(body, "Still awaited", string.Join(", ", state.AwaitedPartners.Select(p => state.Party(p)?.DisplayName ?? p)));
        body.Append("</dl>");

        body.Append("<form method=\"post\"><fieldset><legend>Decision</legend>");
        var choices = state.Step == CaseStep.JointReview
            ? new[] { CaseDecision.Approve, CaseDecision.Reject, CaseDecision.RequestChanges }
            : [CaseDecision.Approve, CaseDecision.Reject];
        foreach (var choice in choices)
        {
            var value = CaseRules.DecisionLabel(choice);
            var isChecked = string.Equals(preselected, value, StringComparison.OrdinalIgnoreCase) ? " checked" : string.Empty;
            body.Append(CultureInfo.InvariantCulture, $"<label><input type=\"radio\" name=\"decision\" value=\"{value}\" required{isChecked}>{Label(choice)}</label>");
        }

        body.Append("</fieldset><label for=\"comment\">Comment (optional; required context when requesting changes)</label>");
        body.Append("<textarea id=\"comment\" name=\"comment\" maxlength=\"2000\"></textarea>");
        body.Append("<button type=\"submit\">Confirm decision</button></form>");
        body.Append("<p class=\"note\">Nothing is decided until you press the button. This link works once.</p>");
        return Layout("Confirm your decision", body.ToString());
    }

    public static string Recorded(CaseState state, CaseDecision decision) => Layout(
        "Decision recorded",
        $"<h1>Decision recorded</h1><p>Your decision <strong>{HtmlEncode(Label(decision))}</strong> on " +
        $"<strong>{HtmlEncode(CaseSteps.Title(state.Step))}</strong> of case {HtmlEncode(state.CaseId)} has been recorded.</p>" +
        "<p class=\"note\">The partners are told by e-mail when the case moves on. This link cannot be used again.</p>");

    public static string Refused(string heading, string message) => Layout(
        heading,
        $"<h1>{HtmlEncode(heading)}</h1><p>{HtmlEncode(message)}</p><p class=\"note\">Nothing was changed.</p>");

    public static string Label(CaseDecision decision) => decision switch
    {
        CaseDecision.Approve => "Approve",
        CaseDecision.Reject => "Reject",
        _ => "Request changes",
    };

    private static void Item(StringBuilder body, string term, string value) =>
        body.Append(CultureInfo.InvariantCulture, $"<dt>{HtmlEncode(term)}</dt><dd>{HtmlEncode(value)}</dd>");

    private static string Layout(string title, string body) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">" +
        $"<title>{HtmlEncode(title)} · CyberPartnerships</title><style>{Style}</style></head><body><main>{body}</main></body></html>";
}
