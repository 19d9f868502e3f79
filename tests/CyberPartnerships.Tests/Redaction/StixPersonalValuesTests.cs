using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CyberPartnerships.Redaction;
using static CyberPartnerships.Tests.Redaction.SampleDocuments;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>STIX bundles: a victim's login and name, once known from their own objects, are personal wherever they
/// appear in the bundle's text (home directories, directory paths, group lists, notes); the path around them and the
/// indicators stay.</summary>
public sealed partial class StixPersonalValuesTests
{
    private static readonly PseudonymKey Key = new("k2026a", Encoding.UTF8.GetBytes("partnership-key-a-0123456789abcdef"));

    private static string AccountBundle => $$"""
        { "type": "bundle", "id": "bundle--1", "objects": [
          { "type": "user-account", "spec_version": "2.1", "id": "user-account--1", "user_id": "1001", "account_login": "asouza",
            "display_name": "Ana Souza", "account_type": "unix",
            "extensions": { "unix-account-ext": { "gid": 1001, "groups": ["asouza", "sudo"], "home_dir": "/home/asouza", "shell": "/bin/bash" } } },
          { "type": "directory", "spec_version": "2.1", "id": "directory--1", "path": "/home/ASouza/Downloads" },
          { "type": "directory", "spec_version": "2.1", "id": "directory--2", "path": "C:\\Users\\asouza\\AppData\\Roaming" },
          { "type": "file", "spec_version": "2.1", "id": "file--1", "name": "invoice.xlsm", "parent_directory_ref": "directory--1",
            "hashes": { "SHA-256": "{{Sha256}}" } },
          { "type": "note", "spec_version": "2.1", "id": "note--1", "object_refs": ["user-account--1"],
            "content": "asouza opened invoice.xlsm, which fetched https://c2.badnet.example/asouza/gate.php and asouza.badnet.example." } ] }
        """;

    private static (JsonElement Bundle, string Text) RedactBundle(string bundle, TextRedactor? redactor = null)
    {
        var document = new DocumentRedactor().Redact("case.json", Utf8(bundle), redactor ?? new TextRedactor());
        var text = Encoding.UTF8.GetString(document.Content);
        return (JsonDocument.Parse(text).RootElement, text);
    }

    private static JsonElement Object(JsonElement bundle, string id) =>
        bundle.GetProperty("objects").EnumerateArray().Single(o => o.GetProperty("id").GetString() == id);

    [GeneratedRegex(@"\[USERNAME:([0-9a-f]{8})\]")]
    private static partial Regex UsernamePseudonym();

    [Fact]
    public void A_victims_login_is_redacted_in_home_and_directory_paths_and_the_rest_of_the_path_is_kept()
    {
        var (result, _) = RedactBundle(AccountBundle);

        var unix = Object(result, "user-account--1").GetProperty("extensions").GetProperty("unix-account-ext");
        Assert.Equal("/home/[USERNAME]", unix.GetProperty("home_dir").GetString());
        Assert.Equal("/bin/bash", unix.GetProperty("shell").GetString());
        Assert.Equal(["[USERNAME]", "sudo"], unix.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(1001, unix.GetProperty("gid").GetInt32());
        Assert.Equal("/home/[USERNAME]/Downloads", Object(result, "directory--1").GetProperty("path").GetString());
        Assert.Equal(@"C:\Users\[USERNAME]\AppData\Roaming", Object(result, "directory--2").GetProperty("path").GetString());
    }

    [Fact]
    public void A_victims_login_is_redacted_in_the_bundles_text_but_not_inside_urls_domains_or_file_names()
    {
        var (result, text) = RedactBundle(AccountBundle);

        Assert.Equal(
            "[USERNAME] opened invoice.xlsm, which fetched https://c2.badnet.example/asouza/gate.php and asouza.badnet.example.",
            Object(result, "note--1").GetProperty("content").GetString());
        var file = Object(result, "file--1");
        Assert.Equal("invoice.xlsm", file.GetProperty("name").GetString());
        Assert.Equal(Sha256, file.GetProperty("hashes").GetProperty("SHA-256").GetString());
        Assert.DoesNotContain("\"asouza\"", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/asouza\"", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_login_in_a_path_gets_the_same_pseudonym_as_the_account_itself()
    {
        var (result, _) = RedactBundle(AccountBundle, new TextRedactor(RedactionMode.Pseudonym, Key));

        var account = Object(result, "user-account--1");
        var login = UsernamePseudonym().Match(account.GetProperty("account_login").GetString()!).Value;
        Assert.NotEmpty(login);
        Assert.Equal($"/home/{login}", account.GetProperty("extensions").GetProperty("unix-account-ext").GetProperty("home_dir").GetString());
        Assert.Equal($"/home/{login}/Downloads", Object(result, "directory--1").GetProperty("path").GetString());
    }

    [Fact]
    public void A_system_account_such_as_root_is_not_sought_in_the_rest_of_the_bundle()
    {
        var bundle = """
        { "type": "bundle", "id": "bundle--1", "objects": [
          { "type": "user-account", "spec_version": "2.1", "id": "user-account--1", "account_login": "root",
            "extensions": { "unix-account-ext": { "home_dir": "/root" } } },
          { "type": "note", "spec_version": "2.1", "id": "note--1", "object_refs": ["user-account--1"],
            "content": "The loader needs root and writes to /root/.ssh/authorized_keys." } ] }
        """;

        var (result, _) = RedactBundle(bundle);

        Assert.Equal("[USERNAME]", Object(result, "user-account--1").GetProperty("account_login").GetString());
        Assert.Equal("/root", Object(result, "user-account--1").GetProperty("extensions").GetProperty("unix-account-ext").GetProperty("home_dir").GetString());
        Assert.Equal("The loader needs root and writes to /root/.ssh/authorized_keys.", Object(result, "note--1").GetProperty("content").GetString());
    }

    [Fact]
    public void An_individuals_name_is_redacted_in_the_identitys_own_text_and_elsewhere_in_the_bundle()
    {
        var bundle = """
        { "type": "bundle", "id": "bundle--1", "objects": [
          { "type": "identity", "spec_version": "2.1", "id": "identity--1", "name": "Zorblat Quixmoor", "identity_class": "individual",
            "description": "Quixmoor keeps the shop's books.", "contact_information": "ask for zorblat quixmoor at the front desk" },
          { "type": "directory", "spec_version": "2.1", "id": "directory--1", "path": "C:\\Users\\Zorblat Quixmoor\\Desktop" },
          { "type": "note", "spec_version": "2.1", "id": "note--1", "object_refs": ["identity--1"],
            "content": "Zorblat Quixmoor ran the macro; Quixmoor's laptop beaconed to quixmoor.badnet.example." } ] }
        """;

        var (result, _) = RedactBundle(bundle);

        var identity = Object(result, "identity--1");
        Assert.Equal("[PERSON]", identity.GetProperty("name").GetString());
        Assert.Equal("[PERSON] keeps the shop's books.", identity.GetProperty("description").GetString());
        Assert.Equal("ask for [PERSON] at the front desk", identity.GetProperty("contact_information").GetString());
        Assert.Equal(@"C:\Users\[PERSON]\Desktop", Object(result, "directory--1").GetProperty("path").GetString());
        Assert.Equal("[PERSON] ran the macro; [PERSON]'s laptop beaconed to quixmoor.badnet.example.",
            Object(result, "note--1").GetProperty("content").GetString());
    }

    [Fact]
    public void An_address_the_bundles_indicator_patterns_name_is_kept_in_its_text_and_a_victims_is_not()
    {
        const string bundle = """
            { "type": "bundle", "id": "bundle--1", "objects": [
              { "type": "indicator", "spec_version": "2.1", "id": "indicator--1", "name": "IP address: 219.76.208.163",
                "pattern": "[ipv4-addr:value = '219.76.208.163'] OR [email-message:from_ref.value = 'ops@mailer.example']",
                "pattern_type": "stix", "valid_from": "2026-11-20T08:30:00Z" },
              { "type": "note", "spec_version": "2.1", "id": "note--1", "object_refs": ["indicator--1"],
                "content": "Mail from ops@mailer.example reached the victim at 203.0.113.5; the beacon went to 219.76.208.163. Reply went to ana.souza@victim.example." } ] }
            """;

        var (after, _) = RedactBundle(bundle);

        Assert.Equal("IP address: 219.76.208.163", Object(after, "indicator--1").GetProperty("name").GetString());
        var note = Object(after, "note--1").GetProperty("content").GetString()!;
        Assert.Contains("ops@mailer.example", note, StringComparison.Ordinal);
        Assert.Contains("219.76.208.163", note, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.5", note, StringComparison.Ordinal);
        Assert.DoesNotContain("ana.souza@victim.example", note, StringComparison.Ordinal);
    }
}
