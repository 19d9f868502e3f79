using System.Text.Json;
using CyberPartnerships.Cli;
using CyberPartnerships.Mou;
using CyberPartnerships.Tests.Infrastructure;

namespace CyberPartnerships.Tests.Mou;

/// <summary><c>cyberpartners case audit</c> against Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed class CaseCliTests(AzuriteFixture storage)
{
    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--storage", storage.ConnectionString], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Case_audit_prints_the_trail_oldest_first_and_as_json()
    {
        var rules = new CaseRules(CaseDeadlines.Default);
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var parties = new[] { "europol", "microsoft-dcu" }.Select(CaseRulesTests.Party).ToList();
        var source = CaseRulesTests.Source("analysis") with { SubmissionId = $"sub-{Guid.NewGuid():N}" };
        var t = rules.Start(rules.Open(source, parties, "microsoft-dcu", "microsoft-dcu", at));
        t = rules.Apply(t.State, new CaseEvent { Kind = CaseEventKind.AnalysisNotNeeded, At = at.AddHours(1), Actor = "microsoft-dcu", PartnerId = "microsoft-dcu" });
        var log = new CaseAuditLog(storage.Clients.Tables);
        await log.AppendAsync(t.State.CaseId, t.State.History);
        await log.AppendAsync(t.State.CaseId, t.State.History); // a retried activity appends nothing twice

        var (exit, output, _) = await RunAsync("case", "audit", t.State.CaseId);
        Assert.Equal(CliApp.Ok, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + t.State.History.Count, lines.Length);
        Assert.Contains("opened", lines[1], StringComparison.Ordinal);
        Assert.Contains("2026-11-23 09:00:00", lines[1], StringComparison.Ordinal);
        Assert.Contains("analysis-not-needed", output, StringComparison.Ordinal);

        var (jsonExit, json, _) = await RunAsync("case", "audit", t.State.CaseId, "--json");
        Assert.Equal(CliApp.Ok, jsonExit);
        Assert.Equal(t.State.History.Count, JsonDocument.Parse(json).RootElement.GetArrayLength());

        var (missing, _, err) = await RunAsync("case", "audit", "case-nothing-here");
        Assert.Equal(CliApp.Refused, missing);
        Assert.Contains("No audit entries", err, StringComparison.Ordinal);
    }
}
