using CyberPartnerships.Configuration;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CyberPartnerships.Redaction;

namespace CyberPartnerships.Cli.Redaction;

/// <summary><c>cyberpartners redact --jsonl</c>: lines <c>{"id", "text"}</c> on standard input, lines
/// <c>{"id", "redacted"}</c> on standard output.</summary>
public static class RedactCommands
{
    public const string DefaultKeyVariable = "CYBERPARTNERS_PSEUDONYM_KEY";

    private static readonly JsonSerializerOptions ExplainOptions = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context)
    {
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON lines {\"id\", \"text\"} and write {\"id\", \"redacted\"} (the only input format for now).", Required = true };
        var pseudonym = new Option<bool>("--pseudonym") { Description = "Replace with keyed pseudonyms [TYPE:hmac] instead of type labels." };
        var keyVariable = new Option<string>("--key-env") { Description = $"Environment variable holding the pseudonym key (base64, at least {RedactionOptions.MinimumKeyBytes} bytes, as the sharing pipeline requires). Default: {DefaultKeyVariable}.", DefaultValueFactory = _ => DefaultKeyVariable };
        var keyId = new Option<string>("--key-id") { Description = "Key id recorded with pseudonyms (rotation).", DefaultValueFactory = _ => "k1" };
        var counts = new Option<bool>("--counts") { Description = "Print the counts per type, mode, key id and redactor version to standard error at the end." };
        var explain = new Option<bool>("--explain") { Description = "Add \"decisions\" to each output line: every value replaced or kept, with the stage that decided (structure, token rules) and its evidence (column header, label, question, cue word, checksum)." };
        var command = new Command("redact", "Redact victims' personal data from text, keeping indicators of compromise.") { jsonl, pseudonym, keyVariable, keyId, counts, explain };
        command.SetAction((parse, ct) => CliApp.GuardAsync(context, async () =>
        {
            var redactor = parse.GetValue(pseudonym)
                ? new TextRedactor(RedactionMode.Pseudonym, ReadKey(parse.GetRequiredValue(keyVariable), parse.GetRequiredValue(keyId)))
                : new TextRedactor();
            var total = await RunJsonLinesAsync(redactor, context.Input, context.Output, ct, parse.GetValue(explain)).ConfigureAwait(false);
            if (parse.GetValue(counts))
            {
                var manifest = new
                {
                    version = TextRedactor.Version,
                    mode = redactor.Mode.ToString(),
                    keyId = redactor.KeyId,
                    counts = total.ToDictionary().ToDictionary(kv => TextRedactor.Label(kv.Key), kv => kv.Value),
                };
                await context.Error.WriteLineAsync(JsonSerializer.Serialize(manifest)).ConfigureAwait(false);
            }
        }));
        return command;
    }

    public static async Task<RedactionCounts> RunJsonLinesAsync(TextRedactor redactor, TextReader input, TextWriter output, CancellationToken ct, bool explain = false)
    {
        var total = new RedactionCounts();
        var buffer = new MemoryStream();
        var lineNumber = 0;
        while (await input.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement id;
            string text;
            try
            {
                using var doc = JsonDocument.Parse(line);
                id = doc.RootElement.GetProperty("id").Clone();
                text = doc.RootElement.GetProperty("text").GetString() ?? "";
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new CliInputException($"line {lineNumber}: expected a JSON object with \"id\" and \"text\" ({ex.Message})");
            }

            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartObject();
                writer.WritePropertyName("id");
                id.WriteTo(writer);
                writer.WriteString("redacted", redactor.Redact(text, total));
                if (explain)
                {
                    writer.WritePropertyName("decisions");
                    JsonSerializer.Serialize(writer, redactor.Explain(text), ExplainOptions);
                }

                writer.WriteEndObject();
            }

            await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).ConfigureAwait(false);
        }

        await output.FlushAsync(ct).ConfigureAwait(false);
        return total;
    }

    private static PseudonymKey ReadKey(string variable, string keyId)
    {
        return KeyMaterial.TryDecode(Environment.GetEnvironmentVariable(variable), RedactionOptions.MinimumKeyBytes, out var key) switch
        {
            KeyProblem.None => new PseudonymKey(keyId, key),
            KeyProblem.Missing => throw new CliInputException($"Pseudonym mode needs a key: set {variable} to a base64 key of at least {RedactionOptions.MinimumKeyBytes} bytes."),
            KeyProblem.TooShort => throw new CliInputException($"The key in {variable} is shorter than {RedactionOptions.MinimumKeyBytes} bytes (the sharing pipeline's minimum)."),
            _ => throw new CliInputException($"The key in {variable} is not base64."),
        };
    }
}
