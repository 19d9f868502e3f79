using System.Diagnostics;

namespace CyberPartnerships.Infra.Tests;

/// <summary>
/// infra/hooks/postprovision.sh, copied into a scratch tree (it writes local.settings.json beside its own checkout) and
/// run against a stand-in <c>az</c>: it writes the local settings and puts the FEEDSECRET_ app settings back from Key Vault.
/// </summary>
public sealed class PostprovisionHookTests : IDisposable
{
    private const string FakeAz = """
        #!/bin/sh
        printf '%s\037' "$@" >> "$AZ_LOG"
        echo >> "$AZ_LOG"
        case "$1 $2" in
          "keyvault secret") [ -n "$FAKE_LIST_FAILS" ] && exit 1; printf '%s\n' $FAKE_SECRETS ;;
        esac
        exit 0
        """;

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("infra-postprovision-");

    public void Dispose() => directory.Delete(recursive: true);

    private (int ExitCode, string Output, List<string[]> Calls) Run(string secrets, bool listFails = false)
    {
        var hooks = Directory.CreateDirectory(Path.Combine(directory.FullName, "infra", "hooks"));
        Directory.CreateDirectory(Path.Combine(directory.FullName, "functions", "CyberPartnerships.Functions"));
        File.Copy(Path.Combine(Bicep.InfraDirectory, "hooks", "postprovision.sh"), Path.Combine(hooks.FullName, "postprovision.sh"), overwrite: true);
        var az = Path.Combine(directory.FullName, "az");
        File.WriteAllText(az, FakeAz.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(az, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var log = Path.Combine(directory.FullName, "az.log");

        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(hooks.FullName, "postprovision.sh"));
        start.Environment["PATH"] = $"{directory.FullName}:{Environment.GetEnvironmentVariable("PATH")}";
        start.Environment["AZ_LOG"] = log;
        start.Environment["FAKE_SECRETS"] = secrets;
        start.Environment["FAKE_LIST_FAILS"] = listFails ? "1" : "";
        start.Environment["AZURE_STORAGE_BLOB_ENDPOINT"] = "https://sttok.blob.core.windows.net/";
        start.Environment["AZURE_STORAGE_QUEUE_ENDPOINT"] = "https://sttok.queue.core.windows.net/";
        start.Environment["AZURE_STORAGE_TABLE_ENDPOINT"] = "https://sttok.table.core.windows.net/";
        start.Environment["AZURE_KEY_VAULT_NAME"] = "kv-tok";
        start.Environment["AZURE_KEY_VAULT_ENDPOINT"] = "https://kv-tok.vault.azure.net/";
        start.Environment["AZURE_FUNCTION_NAME"] = "func-api-tok";
        start.Environment["AZURE_RESOURCE_GROUP"] = "rg-test";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the hook hung");
        var calls = (File.Exists(log) ? File.ReadAllLines(log) : []).Select(line => line.TrimEnd('\x1f').Split('\x1f')).ToList();
        return (process.ExitCode, stdout + stderr.Result, calls);
    }

    [Fact]
    public void It_puts_back_one_key_vault_reference_setting_per_feedsecret_secret()
    {
        var (exitCode, output, calls) = Run("feedsecret-europol-taxii-token feedsecret-oas-password");

        Assert.True(exitCode == 0, output);
        Assert.True(File.Exists(Path.Combine(directory.FullName, "functions", "CyberPartnerships.Functions", "local.settings.json")));
        var list = Assert.Single(calls, c => c[..3].SequenceEqual(["keyvault", "secret", "list"]));
        Assert.Contains("[?starts_with(name, 'feedsecret-')].name", list);
        var set = Assert.Single(calls, c => c[..4].SequenceEqual(["functionapp", "config", "appsettings", "set"]));
        Assert.Equal(
            ["FEEDSECRET_EUROPOL_TAXII_TOKEN=@Microsoft.KeyVault(SecretUri=https://kv-tok.vault.azure.net/secrets/feedsecret-europol-taxii-token)",
             "FEEDSECRET_OAS_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-tok.vault.azure.net/secrets/feedsecret-oas-password)"],
            set.SkipWhile(a => a != "--settings").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)));
        Assert.Equal("func-api-tok", set[Array.IndexOf(set, "--name") + 1]);
    }

    [Fact]
    public void Without_feed_secrets_it_sets_nothing_and_when_the_vault_cannot_be_listed_it_warns_and_goes_on()
    {
        var none = Run("");
        Assert.Equal(0, none.ExitCode);
        Assert.DoesNotContain(none.Calls, c => c[0] == "functionapp");

        var failing = Run("feedsecret-x", listFails: true);
        Assert.Equal(0, failing.ExitCode);
        Assert.Contains("FEEDSECRET_ settings were not restored", failing.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(failing.Calls, c => c[0] == "functionapp");
    }

    [Fact]
    public void The_powershell_twin_restores_the_same_settings()
    {
        var powershell = File.ReadAllText(Path.Combine(Bicep.InfraDirectory, "hooks", "postprovision.ps1"));
        foreach (var same in new[] { "[?starts_with(name, 'feedsecret-')].name", "'FEEDSECRET_'", "@Microsoft.KeyVault(SecretUri=", "/secrets/", "appsettings set" })
        {
            Assert.Contains(same, powershell, StringComparison.Ordinal);
        }
    }
}
