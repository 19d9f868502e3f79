using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CyberPartnerships.Mou;

namespace CyberPartnerships.Cli.Cases;

/// <summary><c>cyberpartners case audit &lt;id&gt; [--json]</c>: a case's append-only audit trail, oldest first.</summary>
public static class CaseCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("case", "Inspect MoU cases.");
        command.Subcommands.Add(Audit(context));
        return command;
    }

    private static Command Audit(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The case id (also the orchestration instance id), e.g. case-01jd…" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("audit", "Print a case's audit trail: every request, decision, reminder, escalation and state change.") { id, json };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var caseId = parse.GetRequiredValue(id);
            var records = await new CaseAuditLog(context.Storage(parse).Tables).ListAsync(caseId, ct).ConfigureAwait(false);
            if (records.Count == 0)
            {
                throw new CliInputException($"No audit entries for case '{caseId}'.");
            }

            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(records, Json.Options)).ConfigureAwait(false);
                return;
            }

            await context.Output.WriteLineAsync($"{"WHEN (UTC)",-20} {"STEP",-24} {"ACTOR",-32} {"ACTION",-22} DETAIL").ConfigureAwait(false);
            foreach (var r in records)
            {
                var when = r.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                await context.Output.WriteLineAsync($"{when,-20} {r.StepKey,-24} {r.Actor,-32} {r.Action,-22} {r.Detail}").ConfigureAwait(false);
            }
        }));
        return command;
    }
}
