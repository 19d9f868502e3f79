using System.Text.Json;
using CyberPartnerships.Redaction;
using static CyberPartnerships.Tests.Redaction.SampleDocuments;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>The native JSON case referral, redacted by field.</summary>
public sealed class ReferralRedactionTests
{
    private const string Cpf = "123.456.789-09";
    private const string Phone = "+55 11 98765-4321";

    private static (JsonElement Referral, RedactedDocument Document) RedactReferral(string? referral = null)
    {
        var document = new DocumentRedactor().Redact("referral.json", Utf8(referral ?? Referral), new TextRedactor());
        return (JsonDocument.Parse(document.Content).RootElement, document);
    }

    [Fact]
    public void Referral_keeps_indicators_and_case_facts_and_redacts_free_text()
    {
        var (referral, document) = RedactReferral();

        Assert.Equal(DocumentRedactor.ReferralFormat, document.Format);
        Assert.Equal("Phishing wave against [EMAIL]", referral.GetProperty("title").GetString());
        Assert.Equal("The victim [EMAIL] received an Emotet loader from c2.badnet.example.", referral.GetProperty("summary").GetString());
        var original = JsonDocument.Parse(Referral).RootElement;
        foreach (var kept in new[] { "indicators", "category", "tlp", "estimatedVictims", "jurisdictions", "requestedAction" })
        {
            Assert.Equal(original.GetProperty(kept).GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal),
                referral.GetProperty(kept).GetRawText());
        }

        // An e-mail indicator (the phishing sender) is an indicator, not personal data.
        Assert.Equal("sender@badnet.example", referral.GetProperty("indicators")[1].GetProperty("value").GetString());
    }

    [Fact]
    public void Victim_details_are_redacted()
    {
        var (referral, document) = RedactReferral();

        var victim = referral.GetProperty("victims")[0];
        Assert.Equal("[EMAIL]", victim.GetProperty("email").GetString());
        Assert.Equal("also [EMAIL]", victim.GetProperty("notes").GetString());
        Assert.Equal(4, document.Counts[PiiType.Email]);
        Assert.DoesNotContain(VictimEmail, System.Text.Encoding.UTF8.GetString(document.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Victim_name_ip_and_phone_are_replaced_whole_by_field_name()
    {
        var (referral, _) = RedactReferral();

        var victim = referral.GetProperty("victims")[0];
        Assert.Equal("[PERSON]", victim.GetProperty("name").GetString());
        Assert.Equal("[IP_ADDRESS]", victim.GetProperty("ip").GetString());
        Assert.Equal("[PHONE]", victim.GetProperty("phone").GetString());
        Assert.Equal(C2Ip, referral.GetProperty("indicators")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Ids_and_numbers_nested_in_victim_details_are_redacted()
    {
        var (referral, document) = RedactReferral($$"""
            { "tlp": "AMBER", "victims": [ { "name": "Ana Souza", "id": "{{Cpf}}", "phone": { "number": "{{Phone}}", "type": "mobile" },
              "account": { "summary": "{{VictimEmail}}", "count": 3 } } ] }
            """);

        var victim = referral.GetProperty("victims")[0];
        Assert.Equal("[PERSON]", victim.GetProperty("name").GetString());
        Assert.Equal("[NATIONAL_ID]", victim.GetProperty("id").GetString());
        // Inside a field named as personal everything is replaced whole, whatever its key.
        Assert.Equal("[PHONE]", victim.GetProperty("phone").GetProperty("number").GetString());
        Assert.Equal("[PHONE]", victim.GetProperty("phone").GetProperty("type").GetString());
        Assert.Equal("[USERNAME]", victim.GetProperty("account").GetProperty("summary").GetString());
        Assert.Equal(3, victim.GetProperty("account").GetProperty("count").GetInt32());
        var text = System.Text.Encoding.UTF8.GetString(document.Content);
        Assert.DoesNotContain(Cpf, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Phone, text, StringComparison.Ordinal);
        Assert.DoesNotContain(VictimEmail, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_keep_their_type_and_value_and_anything_else_in_a_kept_field_is_redacted()
    {
        var (referral, _) = RedactReferral($$"""
            { "tlp": "AMBER", "category": "fraud", "jurisdictions": [ "BR", { "contact": { "id": "{{Cpf}}" } } ],
              "indicators": [ { "type": "ipv4", "value": "{{C2Ip}}", "reportedBy": { "name": "Ana Souza", "number": "{{Phone}}" } },
                              { "type": "sha256", "value": "{{Sha256}}", "comment": "mailed to {{VictimEmail}}" } ] }
            """);

        var indicators = referral.GetProperty("indicators");
        Assert.Equal("ipv4", indicators[0].GetProperty("type").GetString());
        Assert.Equal(C2Ip, indicators[0].GetProperty("value").GetString());
        Assert.Equal(Sha256, indicators[1].GetProperty("value").GetString());
        Assert.Equal("[PERSON]", indicators[0].GetProperty("reportedBy").GetProperty("name").GetString());
        Assert.DoesNotContain(Phone, indicators[0].GetProperty("reportedBy").GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal("mailed to [EMAIL]", indicators[1].GetProperty("comment").GetString());
        Assert.Equal("fraud", referral.GetProperty("category").GetString());
        Assert.Equal("BR", referral.GetProperty("jurisdictions")[0].GetString());
        Assert.Equal("[NATIONAL_ID]", referral.GetProperty("jurisdictions")[1].GetProperty("contact").GetProperty("id").GetString());
    }
}
