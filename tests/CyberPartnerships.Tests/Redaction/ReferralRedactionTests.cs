using System.Text.Json;
using CyberPartnerships.Redaction;
using static CyberPartnerships.Tests.Redaction.SampleDocuments;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>The native JSON case referral, redacted by field.</summary>
public sealed class ReferralRedactionTests
{
    private static (JsonElement Referral, RedactedDocument Document) RedactReferral()
    {
        var document = new DocumentRedactor().Redact("referral.json", Utf8(Referral), new TextRedactor());
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
}
