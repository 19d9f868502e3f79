using CyberPartnerships.Configuration;
using Microsoft.Extensions.Configuration;

namespace CyberPartnerships.Infra.Tests;

/// <summary>How the options reader names the settings of an options class, on sample classes shaped like real ones.</summary>
public class OptionsSettingsTests
{
    public sealed class SampleOptions
    {
        public const string Section = "Sample";

        public string? Endpoint { get; set; }

        public TimeSpan Deadline { get; init; } = TimeSpan.FromDays(5);

        [OptionalSetting]
        public int MaxBytes { get; set; } = 8 * 1024 * 1024;

        [LocalOnly]
        public string? ConnectionString { get; set; }

        [ConfigurationKeyName("Sender")]
        public string? SenderAddress { get; set; }

        public Dictionary<string, string> Keys { get; } = [];

        public NestedOptions Retry { get; set; } = new();

        public SmtpOptions Smtp { get; } = new();

        public bool IsConfigured => Endpoint is not null;

        public IReadOnlyList<string> KeyIds => [.. Keys.Keys];
    }

    public sealed class NestedOptions
    {
        public int Attempts { get; set; }

        [OptionalSetting]
        public TimeSpan Delay { get; set; }
    }

    [LocalOnly]
    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; }
    }

    private static Dictionary<string, OptionsSetting> Settings =>
        OptionsSettings.For(typeof(SampleOptions)).ToDictionary(s => s.Name);

    [Fact]
    public void Each_settable_property_is_a_section_setting_and_computed_ones_are_not()
    {
        Assert.Equal(
            ["Sample__ConnectionString", "Sample__Deadline", "Sample__Endpoint", "Sample__Keys", "Sample__MaxBytes", "Sample__Retry__Attempts",
                "Sample__Retry__Delay", "Sample__Sender", "Sample__Smtp__Host", "Sample__Smtp__Port"],
            Settings.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Attributes_on_properties_and_classes_decide_what_the_deployment_must_set()
    {
        var settings = Settings;
        Assert.True(settings["Sample__Endpoint"].Required);
        Assert.True(settings["Sample__Deadline"].Required);
        Assert.True(settings["Sample__Retry__Attempts"].Required);
        Assert.False(settings["Sample__MaxBytes"].Required);
        Assert.True(settings["Sample__MaxBytes"].Optional);
        Assert.False(settings["Sample__Retry__Delay"].Required);
        Assert.True(settings["Sample__ConnectionString"].LocalOnly);
        Assert.True(settings["Sample__Smtp__Host"].LocalOnly);
        Assert.True(settings["Sample__Smtp__Port"].LocalOnly);
    }

    [Fact]
    public void The_configuration_binder_fills_the_properties_from_exactly_those_names()
    {
        // App settings arrive as environment variables: "__" is the section separator.
        var values = Settings.Values.ToDictionary(
            s => s.IsPrefix ? $"{s.Name}__k2" : s.Name,
            s => s.Name.EndsWith("Deadline", StringComparison.Ordinal) || s.Name.EndsWith("Delay", StringComparison.Ordinal) ? "00:00:42"
                : s.Name.EndsWith("Port", StringComparison.Ordinal) || s.Name.EndsWith("Bytes", StringComparison.Ordinal) || s.Name.EndsWith("Attempts", StringComparison.Ordinal) ? "42"
                : "set");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(values.ToDictionary(v => v.Key.Replace("__", ":", StringComparison.Ordinal), v => (string?)v.Value))
            .Build();

        var options = configuration.GetSection(SampleOptions.Section).Get<SampleOptions>()!;

        Assert.Equal("set", options.Endpoint);
        Assert.Equal("set", options.SenderAddress);
        Assert.Equal("set", options.ConnectionString);
        Assert.Equal(TimeSpan.FromSeconds(42), options.Deadline);
        Assert.Equal(42, options.MaxBytes);
        Assert.Equal(42, options.Retry.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(42), options.Retry.Delay);
        Assert.Equal("set", options.Smtp.Host);
        Assert.Equal(42, options.Smtp.Port);
        Assert.Equal("set", options.Keys["k2"]);
    }

    [Fact]
    public void A_dictionary_reads_every_setting_under_its_name_case_insensitively()
    {
        var keys = Settings["Sample__Keys"];

        Assert.True(keys.IsPrefix);
        Assert.True(keys.Reads("Sample__Keys__k1"));
        Assert.True(keys.Reads("sample__keys__K2"));
        Assert.False(keys.Reads("Sample__Keys"));
        Assert.False(keys.Reads("Sample__KeysExtra__k1"));
        Assert.True(Settings["Sample__Endpoint"].Reads("SAMPLE__ENDPOINT"));
        Assert.False(Settings["Sample__Endpoint"].Reads("Sample__Endpoints"));
    }
}
