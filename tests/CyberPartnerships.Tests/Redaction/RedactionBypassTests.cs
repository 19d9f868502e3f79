using System.Text;
using System.Text.Json.Nodes;
using CyberPartnerships.Redaction;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>The outside probe's redaction bypasses: personal data in JSON member names and CSV headers, right before a
/// control character, and in JSON numbers; text files holding NUL.</summary>
public sealed class RedactionBypassTests
{
    private const string Victim = "jane.doe@victim.example";

    private static string Redact(string file, string content) =>
        Encoding.UTF8.GetString(new DocumentRedactor().Redact(file, Encoding.UTF8.GetBytes(content), new TextRedactor()).Content);

    private static string Bundle(string objectJson) =>
        $$"""{"type":"bundle","id":"bundle--5f3e0c1e-9d0b-4b8e-8f37-2f0a3c1d7e11","objects":[{{objectJson}}]}""";

    [Fact]
    public void A_referral_member_named_by_an_email_address_is_renamed_and_keeps_its_value()
    {
        var output = JsonNode.Parse(Redact("referral.json", $$$"""{"title":"Botnet X","victims":{"{{{Victim}}}":1,"bob@victim.example":2,"count":3}}"""))!;

        var victims = output["victims"]!.AsObject();
        Assert.DoesNotContain(Victim, output.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("bob@victim.example", output.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["[EMAIL]", "[EMAIL] (2)", "count"], victims.Select(p => p.Key));
        Assert.Equal([1, 2, 3], victims.Select(p => p.Value!.GetValue<int>()));
    }

    [Fact]
    public void A_custom_stix_property_keyed_by_an_email_address_is_renamed_while_defined_properties_keep_their_names()
    {
        var note = "{\"type\":\"note\",\"spec_version\":\"2.1\",\"id\":\"note--0c6f1a52-4b1e-4c55-a2b8-2b8e3c8f3a01\",\"created\":\"2026-11-20T08:30:00Z\","
            + "\"modified\":\"2026-11-20T08:30:00Z\",\"content\":\"C2 at 203.0.113.9\",\"object_refs\":[\"note--0c6f1a52-4b1e-4c55-a2b8-2b8e3c8f3a01\"],"
            + $"\"{Victim}\":\"seen\",\"x_contacts\":{{\"{Victim}\":{{\"role\":\"victim\"}}}}}}";
        var output = Redact("bundle.json", Bundle(note));

        Assert.DoesNotContain(Victim, output, StringComparison.Ordinal);
        var redacted = JsonNode.Parse(output)!["objects"]![0]!.AsObject();
        Assert.Contains("[EMAIL]", redacted.Select(p => p.Key));
        Assert.Equal("victim", redacted["x_contacts"]!["[EMAIL]"]!["role"]!.GetValue<string>());
        Assert.Equal("C2 at 203.0.113.9", redacted["content"]!.GetValue<string>());
        Assert.Equal(["type", "spec_version", "id", "created", "modified", "content", "object_refs"], redacted.Select(p => p.Key).Take(7));
    }

    [Fact]
    public void A_csv_header_cell_holding_an_email_address_is_redacted_and_the_columns_keep_their_types()
    {
        var output = Redact("victims.csv", $"email,{Victim},c2_ip\r\nbob@victim.example,yes,203.0.113.9\r\n");

        Assert.Equal("email,[EMAIL],c2_ip\r\n[EMAIL],yes,203.0.113.9\r\n", output);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("\u0001")]
    [InlineData("\u001b")]
    [InlineData("\u007f")]
    [InlineData("\u0085")]
    public void A_control_character_right_after_a_value_does_not_stop_its_recognition(string control)
    {
        var referral = new JsonObject { ["title"] = "Botnet X", ["summary"] = $"Reported by {Victim}{control} and 4111 1111 1111 1111{control}." };

        var output = JsonNode.Parse(Redact("referral.json", referral.ToJsonString()))!;

        var summary = output["summary"]!.GetValue<string>();
        Assert.DoesNotContain(Victim, summary, StringComparison.Ordinal);
        Assert.DoesNotContain("4111 1111 1111 1111", summary, StringComparison.Ordinal);
        Assert.Equal($"Reported by [EMAIL]{control} and [CREDIT_CARD]{control}.", summary);
    }

    [Theory]
    [InlineData("note.txt")]
    [InlineData("victims.csv")]
    public void A_text_file_holding_nul_characters_is_not_shared(string file)
    {
        var ex = Assert.Throws<DocumentRedactionException>(() => new DocumentRedactor().Redact(file, Encoding.UTF8.GetBytes($"contact {Victim}\0\0\0"), new TextRedactor()));

        Assert.Equal(DocumentRedactionException.ParseError, ex.Reason);
        Assert.DoesNotContain(Victim, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_numbers_holding_a_phone_or_card_number_are_replaced_and_other_numbers_stay_numbers()
    {
        var output = JsonNode.Parse(Redact("referral.json", """{"title":"Botnet X","victim":{"phone":12025550143,"card":4111111111111111,"notes":"paid 250"},"estimatedVictims":1200}"""))!;

        Assert.Equal("[PHONE]", output["victim"]!["phone"]!.GetValue<string>());
        Assert.Equal("[CREDIT_CARD]", output["victim"]!["card"]!.GetValue<string>());
        Assert.Equal(1200, output["estimatedVictims"]!.GetValue<int>());
        Assert.DoesNotContain("12025550143", output.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("4111111111111111", output.ToJsonString(), StringComparison.Ordinal);
    }
}
