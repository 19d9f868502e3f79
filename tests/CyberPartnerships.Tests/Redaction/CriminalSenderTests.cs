using static CyberPartnerships.Tests.Redaction.RedactionAssert;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>The sender policy: an address keeps its clear form only on evidence bound to it, never on a free-mail domain.</summary>
public sealed class CriminalSenderTests
{
    [Theory]
    [InlineData("Phishing sender: billing@paypa1-secure.example")]
    [InlineData("The malspam came from the phishing address billing@paypa1-secure.example yesterday.")]
    [InlineData("Mail from billing@paypa1-secure.example linked to https://paypa1-secure.example/login.php")]
    [InlineData("| Malicious sender | Subject |\n|---|---|\n| billing@paypa1-secure.example | Your invoice |\n| billing@paypa1-secure.example | Reminder |")]
    [InlineData("El correo vino de billing@paypa1-secure.example; el dominio paypa1-secure.example está controlado por los atacantes.")]
    [InlineData("Użyto nadawcy billing@paypa1-secure.example (domena przestępcza paypa1-secure.example).")]
    [InlineData("Sample QakBot praat met C2 5.191.160.106 en paypa1-secure.example. De mail kwam van billing@paypa1-secure.example.")]
    public void A_sender_on_a_domain_the_text_marks_as_criminal_is_kept(string text)
    {
        Kept(text, "billing@paypa1-secure.example");
    }

    [Theory]
    [InlineData("Phishing sender: anna.kowalska1985@gmail.com")]
    [InlineData("The phishing mail was sent to jan.devries@example.nl and two colleagues.")]
    [InlineData("Operators contacted jan.devries@example.nl from 185.220.101.4 (C2).")]
    [InlineData("Seen near c2.badnet.example: jan.devries@example.nl reported it.")]
    [InlineData("The victim jan.devries@example.nl wrote to us; the attackers targeted example.nl.")]
    [InlineData("Contact jan.devries@example.nl about it. example.nl is the victim's employer; the C2 is elsewhere.")]
    public void A_free_mail_sender_a_recipient_or_an_address_near_an_indicator_is_redacted(string text)
    {
        var output = Redact(text);

        Assert.DoesNotContain("anna.kowalska1985@gmail.com", output, StringComparison.Ordinal);
        Assert.DoesNotContain("jan.devries@example.nl", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> Remetente do malspam (domínio criminoso): support@rimborsologin.info", "support@rimborsologin.info")]
    [InlineData("o Expéditeur du malspam (domaine malveillant) : billing@paketpaket49.sbs", "billing@paketpaket49.sbs")]
    public void A_sender_whose_label_calls_its_domain_criminal_is_kept(string text, string sender) =>
        Kept(text, sender);

    [Theory]
    [InlineData("Le indicaron que enviara los bitcoins a la dirección 16DTfLgHScKchqMjnz2gh7LGyDjLtpLxyQ, controlada por los autores.", "16DTfLgHScKchqMjnz2gh7LGyDjLtpLxyQ")]
    [InlineData("o Bitcoin-Adresse aus Erpresserschreiben: bc1qlw99as679ptdyh59dcnqz2cnkn58e6cka3al96", "bc1qlw99as679ptdyh59dcnqz2cnkn58e6cka3al96")]
    public void A_wallet_after_a_word_meaning_address_is_kept(string text, string wallet) =>
        Kept(text, wallet);
}
