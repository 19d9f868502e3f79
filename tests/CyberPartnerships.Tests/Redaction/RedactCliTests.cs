using System.Text.Json;
using CyberPartnerships.Cli;

namespace CyberPartnerships.Tests.Redaction;

/// <summary><c>cyberpartners redact --jsonl</c>: JSON lines in, JSON lines out.</summary>
public sealed class RedactCliTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, reader, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Jsonl_round_trip_keeps_ids_and_order()
    {
        var input = """
            {"id": "a-1", "text": "Victim: Grace Hughes. C2 cdn-brejne.su, e-mail grace.hughes47@une.net.co"}
            {"id": 7, "text": "Víctima: María Pérez, contraseña Hunter2!44 — ñ é ü"}

            """;
        var (exit, output, error) = await RunAsync(input, "redact", "--jsonl");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("a-1", lines[0].GetProperty("id").GetString());
        Assert.Equal("Victim: [PERSON]. C2 cdn-brejne.su, e-mail [EMAIL]", lines[0].GetProperty("redacted").GetString());
        Assert.Equal(7, lines[1].GetProperty("id").GetInt32());
        Assert.Equal("Víctima: [PERSON], contraseña [PASSWORD] — ñ é ü", lines[1].GetProperty("redacted").GetString());
    }

    [Fact]
    public async Task Explain_names_the_stage_and_evidence_of_each_value_replaced_or_kept()
    {
        var text = "| Victim IP | C2 server |\n|---|---|\n| 83.24.117.9 | 185.220.101.47 |\n\nPassword: Sloneczko77\nphone 601 234 567\ncard 4111 1111 1111 1111";
        var (exit, output, _) = await RunAsync(JsonSerializer.Serialize(new { id = "e", text }) + "\n", "redact", "--jsonl", "--explain");

        Assert.Equal(0, exit);
        var decisions = JsonDocument.Parse(output).RootElement.GetProperty("decisions").EnumerateArray()
            .ToDictionary(d => d.GetProperty("value").GetString()!, d => (Decision: d.GetProperty("decision").GetString(), Recognizer: d.GetProperty("recognizer").GetString(), Evidence: d.GetProperty("evidence").GetString()));
        Assert.Equal(("redacted", "token rules", "an IP address with no infrastructure evidence bound to it (fail-closed); the structure agrees: column 'Victim IP'"), decisions["83.24.117.9"]);
        Assert.Equal(("kept", "structure", "indicator column 'C2 server'"), decisions["185.220.101.47"]);
        Assert.Equal(("redacted", "token rules", "cue 'Password' (Password); the structure agrees: label 'Password'"), decisions["Sloneczko77"]);
        var (_, named, _) = await RunAsync(JsonSerializer.Serialize(new { id = "n", text = "Nachname:\nBrzęczyszczykiewicz\n" }) + "\n", "redact", "--jsonl", "--explain");
        var decision = JsonDocument.Parse(named).RootElement.GetProperty("decisions")[0];
        Assert.Equal("structure", decision.GetProperty("recognizer").GetString());
        Assert.Equal("label on the line before 'Nachname'", decision.GetProperty("evidence").GetString());
        Assert.Equal("token rules", decisions["601 234 567"].Recognizer);
        Assert.Contains("phone", decisions["601 234 567"].Evidence, StringComparison.Ordinal);
        Assert.Equal("Luhn checksum and card number length; cue 'card'", decisions["4111 1111 1111 1111"].Evidence);
    }

    [Fact]
    public async Task Pseudonym_mode_reads_its_key_from_the_environment()
    {
        const string variable = "CYBERPARTNERS_TEST_PSEUDONYM_KEY";
        Environment.SetEnvironmentVariable(variable, Convert.ToBase64String("0123456789abcdef0123456789abcdef"u8.ToArray()));
        try
        {
            var (exit, output, error) = await RunAsync("{\"id\":\"x\",\"text\":\"mail a@b.example\"}\n", "redact", "--jsonl", "--pseudonym", "--key-env", variable, "--counts");
            Assert.Equal(0, exit);
            Assert.Matches(@"\[EMAIL:[0-9a-f]{8}\]", output);
            Assert.Contains("\"EMAIL\":1", error, StringComparison.Ordinal);
            Assert.Contains("\"keyId\":\"k1\"", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Bad_line_is_refused_with_its_number()
    {
        var (exit, _, error) = await RunAsync("{\"id\":1,\"text\":\"ok\"}\nnot json\n", "redact", "--jsonl");
        Assert.Equal(1, exit);
        Assert.Contains("line 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pseudonym_mode_without_a_key_is_refused()
    {
        var (exit, _, error) = await RunAsync("", "redact", "--jsonl", "--pseudonym", "--key-env", "CYBERPARTNERS_TEST_NO_SUCH_KEY");
        Assert.Equal(1, exit);
        Assert.Contains("needs a key", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pseudonym_key_shorter_than_the_sharing_pipelines_minimum_is_refused()
    {
        const string variable = "CYBERPARTNERS_TEST_SHORT_PSEUDONYM_KEY";
        Environment.SetEnvironmentVariable(variable, Convert.ToBase64String("0123456789abcdef"u8.ToArray()));
        try
        {
            var (exit, _, error) = await RunAsync("", "redact", "--jsonl", "--pseudonym", "--key-env", variable);
            Assert.Equal(1, exit);
            Assert.Contains($"shorter than {CyberPartnerships.Redaction.RedactionOptions.MinimumKeyBytes} bytes", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
