using CyberPartnerships.Redaction;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Names as reports write them: surnames in capitals, hyphenated first names, "Surname, First name", after a
/// greeting, as a chat's speaker.</summary>
public sealed class NamesAsWrittenTests
{
    private static string Redact(string text) => new TextRedactor().Redact(text, new RedactionCounts());

    [Theory]
    [InlineData("Slachtoffer: PIETER HENDRIKS, Molenlaan 57.", "HENDRIKS")]
    [InlineData("The customer, BROWN Siobhan, reported unauthorised transfers.", "BROWN")]
    [InlineData("Słup Katarzyna NOWAK otrzymał przelew.", "NOWAK")]
    [InlineData("FELIX MEIER-LINDNER | 4111 1111 1111 1111 | 9620,04 €", "MEIER-LINDNER")]
    [InlineData("Bonjour Anne-Sophie Leroy, merci.", "Anne-Sophie")]
    [InlineData("Reported by Fernández, Isabel on Monday.", "Isabel")]
    public void A_name_written_in_capitals_hyphenated_or_surname_first_is_replaced(string text, string part)
    {
        Assert.DoesNotContain(part, Redact(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Shared as TLP:AMBER via SMS and OLX by CERT-PL.")]
    [InlineData("MARTIN was the name of the loader; see the AMBER report.")]
    public void A_word_in_capitals_alone_is_not_a_name(string text)
    {
        Assert.Equal(text, Redact(text));
    }

    [Theory]
    [InlineData("Hola Begoña:\nEl dinero fue a la cuenta.", "Begoña")]
    [InlineData("Ciao Niccolò,\nGrazie.", "Niccolò")]
    [InlineData("Agent (Connor) 09:01\nCan I help?", "Connor")]
    [InlineData("Siobhan Fitzgerald 09:04\nsomeone emptied my account", "Fitzgerald")]
    public void A_name_after_a_greeting_or_as_a_chat_speaker_is_replaced(string text, string name)
    {
        Assert.DoesNotContain(name, Redact(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dear colleagues,\nplease block the domain.")]
    [InlineData("Customer 09:02\nok thanks")]
    [InlineData("Dzień dobry,\nproszę o blokadę.")]
    public void A_greeting_or_speaker_without_a_name_keeps_its_words(string text)
    {
        Assert.Equal(text, Redact(text));
    }

    [Theory]
    [InlineData("Mit freundlichen Grüßen\nLena Hoffmann\nlena@bank.example\n0160/3179264\n", "0160/3179264")]
    [InlineData("Un saluto,\nMario Rossi\nT: 3919702093\n", "3919702093")]
    [InlineData("Dziękuję,\nJan Nowak\nAnalityk | bank.pl\n640-828-393\n", "640-828-393")]
    [InlineData("Mit  freundlichen  Grüßen\nLena Hoffmann\n0160/3179264\n", "0160/3179264")]
    public void A_phone_number_in_the_signature_under_the_name_is_replaced(string text, string phone)
    {
        Assert.DoesNotContain(phone, Redact(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_closing_formula_after_another_is_not_a_name()
    {
        Assert.Contains("Mit freundlichen Grüßen", Redact("Thanks.\n\nMit freundlichen Grüßen\nLena Hoffmann\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Środki przelano na rachunek należący do Michała Lewandowskiego, działającego jako słup.", "Michała Lewandowskiego")]
    [InlineData("Środki przelano na rachunek należący do Marka Kaczmarka.", "Marka Kaczmarka")]
    [InlineData("Rozmawiałem z Anną Nowak o przelewie.", "Anną")]
    [InlineData("Obecni:\n- P. Kowalczyk (CISO)\n- S. Gallagher (Fraud)", "Kowalczyk")]
    [InlineData("Cerrada por A. Cárdenas Castaño.", "Cárdenas Castaño")]
    public void Names_in_their_case_forms_and_after_an_initial_are_redacted(string text, string name) =>
        Assert.DoesNotContain(name, Redact(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("The C2 panel of W. Emotet clones moved.")]
    [InlineData("See section A. Windows hosts were hit first.")]
    public void An_initial_before_a_word_that_is_no_surname_is_kept(string text) =>
        Assert.Equal(text, Redact(text));
}
