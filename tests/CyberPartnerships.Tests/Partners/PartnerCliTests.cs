using System.Text.Json;
using System.Text.RegularExpressions;
using CyberPartnerships.Cli;
using CyberPartnerships.Partners;
using CyberPartnerships.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace CyberPartnerships.Tests.Partners;

/// <summary>The <c>cyberpartners partner</c> commands against Azurite, and a round trip through the authenticator.</summary>
[Collection(StorageCollection.Name)]
public sealed partial class PartnerCliTests(AzuriteFixture storage)
{
    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--storage", storage.ConnectionString], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private async Task<PartnerAuthentication> AuthenticateAsync(string key)
    {
        var registry = new PartnerRegistry(storage.Clients.Tables, TimeProvider.System);
        var authenticator = new PartnerAuthenticator(registry, TimeProvider.System, NullLogger<PartnerAuthenticator>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = $"ApiKey {key}";
        return await authenticator.AuthenticateAsync(context.Request);
    }

    [GeneratedRegex(@"api key: (\S+)")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"key id:\s+(\S+)")]
    private static partial Regex KeyIdLine();

    [Theory]
    [InlineData("99999999d")]
    [InlineData("3651d")]
    [InlineData("2147483647m")]
    public async Task Key_lifetime_beyond_ten_years_is_refused_with_a_message_not_a_stack_trace(string lifetime)
    {
        var id = $"fis-{Guid.NewGuid():N}"[..20];
        Assert.Equal(0, (await RunAsync("partner", "add", id, "--name", "FIS", "--kind", "private-sector", "--tlp", "amber", "--legal", "l1@fis.example")).Exit);

        var issue = await RunAsync("partner", "key", "issue", id, "--expires", lifetime);

        Assert.Equal(1, issue.Exit);
        Assert.Contains("at most 3650d", issue.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", issue.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_issue_authenticate_revoke_refused()
    {
        var id = $"fis-{Guid.NewGuid():N}"[..20];
        var add = await RunAsync("partner", "add", id, "--name", "FIS", "--kind", "private-sector", "--tlp", "amber+strict", "--legal", "l1@fis.example,l2@fis.example", "--analysts", "a@fis.example");
        Assert.Equal(0, add.Exit);
        Assert.Contains($"added partner {id}", add.Out, StringComparison.Ordinal);

        var issue = await RunAsync("partner", "key", "issue", id, "--expires", "90d");
        Assert.Equal(0, issue.Exit);
        var key = KeyLine().Match(issue.Out).Groups[1].Value;
        var keyId = KeyIdLine().Match(issue.Out).Groups[1].Value;
        Assert.StartsWith(ApiKeys.Prefix, key, StringComparison.Ordinal);

        var auth = await AuthenticateAsync(key);
        Assert.True(auth.Succeeded);
        Assert.Equal(id, auth.Partner!.Id);
        Assert.Equal(Tlp.AmberStrict, auth.Partner.TlpClearance);

        var revoke = await RunAsync("partner", "key", "revoke", id, keyId);
        Assert.Equal(0, revoke.Exit);

        var refused = await AuthenticateAsync(key);
        Assert.False(refused.Succeeded);
        Assert.IsAssignableFrom<IStatusCodeHttpResult>(refused.Failure);
        Assert.Equal(401, ((IStatusCodeHttpResult)refused.Failure!).StatusCode);
    }

    [Fact]
    public async Task Partner_add_sets_the_tlp_for_unmarked_submissions_or_refuses_them_by_default()
    {
        var green = $"mitre-{Guid.NewGuid():N}"[..20];
        var strict = $"ec3-{Guid.NewGuid():N}"[..20];
        var add = await RunAsync("partner", "add", green, "--name", "MITRE", "--kind", "private-sector", "--tlp", "GREEN", "--unmarked-tlp", "green");
        Assert.Equal(0, add.Exit);
        Assert.Contains("unmarked submissions GREEN", add.Out, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("partner", "add", strict, "--name", "EC3", "--kind", "law-enforcement", "--tlp", "RED")).Exit);
        var bad = await RunAsync("partner", "add", $"x-{Guid.NewGuid():N}"[..20], "--name", "X", "--kind", "private-sector", "--tlp", "GREEN", "--unmarked-tlp", "purple");
        Assert.Equal(1, bad.Exit);
        Assert.Contains("--unmarked-tlp", bad.Err, StringComparison.Ordinal);

        var list = JsonDocument.Parse((await RunAsync("partner", "list", "--json")).Out).RootElement.EnumerateArray().ToList();
        Assert.Equal("GREEN", list.Single(p => p.GetProperty("id").GetString() == green).GetProperty("unmarkedTlp").GetString());
        var refused = list.Single(p => p.GetProperty("id").GetString() == strict);
        Assert.False(refused.TryGetProperty("unmarkedTlp", out var none) && none.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task List_json_and_suspend_resume()
    {
        var id = $"oas-{Guid.NewGuid():N}"[..20];
        Assert.Equal(0, (await RunAsync("partner", "add", id, "--name", "OAS", "--kind", "intergovernmental", "--tlp", "GREEN")).Exit);

        var suspend = await RunAsync("partner", "suspend", id);
        Assert.Equal(0, suspend.Exit);

        var list = await RunAsync("partner", "list", "--json");
        Assert.Equal(0, list.Exit);
        var listed = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);
        Assert.Equal("suspended", listed.GetProperty("status").GetString());
        Assert.Equal("GREEN", listed.GetProperty("tlpClearance").GetString());

        Assert.Equal(0, (await RunAsync("partner", "resume", id)).Exit);
        var table = await RunAsync("partner", "list");
        Assert.Matches($@"{id}\s+Active\s+intergovernmental\s+GREEN\s+OAS", table.Out);
    }

    [Fact]
    public async Task Errors_are_clear_with_non_zero_exit()
    {
        var id = $"dup-{Guid.NewGuid():N}"[..20];
        Assert.Equal(0, (await RunAsync("partner", "add", id, "--name", "X", "--kind", "law-enforcement", "--tlp", "RED")).Exit);

        var duplicate = await RunAsync("partner", "add", id, "--name", "X", "--kind", "law-enforcement", "--tlp", "RED");
        Assert.Equal(CliApp.Refused, duplicate.Exit);
        Assert.Contains("already exists", duplicate.Err, StringComparison.Ordinal);

        var badEmail = await RunAsync("partner", "add", "other-" + id, "--name", "X", "--kind", "law-enforcement", "--tlp", "RED", "--legal", "nope");
        Assert.Equal(CliApp.Refused, badEmail.Exit);
        Assert.Contains("'nope' is not a valid legal approver e-mail address", badEmail.Err, StringComparison.Ordinal);

        var unknown = await RunAsync("partner", "suspend", "no-such-partner");
        Assert.Equal(CliApp.Refused, unknown.Exit);
        Assert.Contains("No partner with id 'no-such-partner'", unknown.Err, StringComparison.Ordinal);

        var badTlp = await RunAsync("partner", "add", "tlp-" + id, "--name", "X", "--kind", "law-enforcement", "--tlp", "PURPLE");
        Assert.Equal(CliApp.Refused, badTlp.Exit);
    }

    [Fact]
    public async Task Unreachable_storage_fails_with_its_own_exit_code()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var port = ToolProcess.FreePort();
        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

        var exit = await CliApp.RunAsync(["partner", "list", "--storage", connection], output, error);

        Assert.Equal(CliApp.StorageUnreachable, exit);
        Assert.Contains("storage unreachable", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_available_on_every_command()
    {
        foreach (var args in new[] { new[] { "--help" }, ["partner", "--help"], ["partner", "key", "issue", "--help"] })
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(args, output, error));
            Assert.Contains("Usage:", output.ToString(), StringComparison.Ordinal);
        }
    }
}
