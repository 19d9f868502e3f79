using System.Text.Json;
using System.Text.Json.Serialization;

namespace CyberPartnerships;

/// <summary>The JSON settings of the partner API and of stored documents: web defaults, enums as strings.</summary>
public static class Json
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 64,
        };
        options.Converters.Add(new TlpJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class TlpJsonConverter : JsonConverter<Tlp>
    {
        public override Tlp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TlpLevels.TryParse(reader.GetString(), out var tlp)
                ? tlp
                : throw new JsonException("tlp must be one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED.");

        public override void Write(Utf8JsonWriter writer, Tlp value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToLabel());
    }
}
