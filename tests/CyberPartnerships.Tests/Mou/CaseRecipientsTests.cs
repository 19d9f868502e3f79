using CyberPartnerships.Email;
using CyberPartnerships.Mou;

namespace CyberPartnerships.Tests.Mou;

public sealed class CaseRecipientsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly CaseState _case = new CaseRules(CaseDeadlines.Default).Open(CaseRulesTests.Source("analysis"), [CaseRulesTests.Party("europol"), CaseRulesTests.Party("microsoft-dcu")], "microsoft-dcu", "europol", T0);

    [Fact]
    public void A_recipient_is_named_by_partner_role_and_the_hash_of_its_message_id()
    {
        Assert.Equal("europol legal approver a8cfd0409c7dfce1", CaseRecipients.Describe(_case, "legal@europol.example"));
        Assert.Equal("microsoft-dcu analyst 2631eef233ba3e0d", CaseRecipients.Describe(_case, " Analyst@Microsoft-DCU.example "));
        Assert.Equal("<case-1.analysis-1.approvalrequest.a8cfd0409c7dfce1@cyberpartnerships>", EmailMessage.CreateId("legal@europol.example", "case-1", "analysis-1", "approvalrequest"));
    }

    [Fact]
    public void Someone_no_party_lists_is_named_by_hash_only()
    {
        Assert.Equal($"recipient {EmailMessage.RecipientHash("someone@elsewhere.example")}", CaseRecipients.Describe(_case, "someone@elsewhere.example"));
    }

    [Fact]
    public void A_relay_error_quoting_the_address_is_redacted()
    {
        var error = CaseRecipients.Redact(_case, "550 5.1.1 <LEGAL@europol.example>: Recipient address rejected", ["legal@europol.example", "alt@europol.example"]);

        Assert.Equal("550 5.1.1 <europol legal approver a8cfd0409c7dfce1>: Recipient address rejected", error);
    }

    [Fact]
    public void An_email_command_splits_into_one_command_per_distinct_recipient()
    {
        var command = new SendEmailCommand(CaseEmailKind.AnalysisRequest, ["a@x.example", "b@x.example", "A@X.example", "c@x.example"], "add the C2 list");

        var each = command.PerRecipient().ToList();

        Assert.Equal(["a@x.example", "b@x.example", "c@x.example"], each.Select(c => Assert.Single(c.Recipients)));
        Assert.All(each, c => Assert.Equal((CaseEmailKind.AnalysisRequest, "add the C2 list"), (c.Kind, c.Note)));
    }
}
