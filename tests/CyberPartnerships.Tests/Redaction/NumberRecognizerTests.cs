using static CyberPartnerships.Tests.Redaction.RedactionAssert;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Cards, IBANs and national ids: valid check digits are redacted anywhere; invalid ones only where a context
/// word says what they are.</summary>
public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("4111-1111-1111-1111")]
    [InlineData("4111111111111111")]
    [InlineData("3782 822463 10005")]
    public void Luhn_valid_card_is_redacted_without_context(string card) =>
        Redacted($"The fraudsters used {card} twice.", card, "CREDIT_CARD");

    [Fact]
    public void Luhn_invalid_card_is_kept_without_context_and_redacted_after_a_card_word()
    {
        Kept("Sample ran 4111 1111 1111 1112 iterations.", "4111 1111 1111 1112");
        Redacted("tarjeta 4111 1111 1111 1112", "4111 1111 1111 1112", "CREDIT_CARD");
        Redacted("Kreditkarte 4111-1111-1111-1112", "4111-1111-1111-1112", "CREDIT_CARD");
        Redacted("Ze betaalde met haar pas 5168 4412 3456 7890 op een valse site.", "5168 4412 3456 7890", "CREDIT_CARD");
    }

    [Theory]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("DE89370400440532013000")]
    [InlineData("GB82 WEST 1234 5698 7654 32")]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606")]
    public void Mod97_valid_iban_is_redacted_without_context(string iban) =>
        Redacted($"Money went to {iban} yesterday.", iban, "IBAN");

    [Fact]
    public void Mod97_invalid_iban_is_not_an_iban_without_context_but_is_after_an_account_word()
    {
        var output = Redact("reference NL91ABNA0417164301 in the ticket");
        Assert.Contains("NL91ABNA0417164301", output, StringComparison.Ordinal);
        Redacted("rekening NL91ABNA0417164301", "NL91ABNA0417164301", "IBAN");
        Redacted("IBAN: DE89 3704 0044 0532 0130 01", "DE89 3704 0044 0532 0130 01", "IBAN");
    }

    [Theory]
    [InlineData("SSN 123-45-6789", "123-45-6789")]
    [InlineData("paid by 123-45-6789 on file", "123-45-6789")]
    [InlineData("DNI 12345678Z", "12345678Z")]
    [InlineData("con el documento 12345678Z", "12345678Z")]
    [InlineData("NIE X1234567L", "X1234567L")]
    [InlineData("CPF 529.982.247-25", "529.982.247-25")]
    [InlineData("titular 52998224725", "52998224725")]
    [InlineData("BSN 111222333", "111222333")]
    [InlineData("nummer 111222333 van de klant", "111222333")]
    [InlineData("numéro de sécurité sociale 1 84 12 76 451 089 46", "1 84 12 76 451 089 46")]
    [InlineData("NIR 184127645108946", "184127645108946")]
    [InlineData("CURP GODE561231HDFRRN00", "GODE561231HDFRRN00")]
    [InlineData("registro GODE561231HDFRRN00", "GODE561231HDFRRN00")]
    [InlineData("cédula de ciudadanía 1.020.304.050", "1.020.304.050")]
    [InlineData("C.C. 52.123.456", "52.123.456")]
    [InlineData("Ausweisnummer L01X00T47", "L01X00T47")]
    [InlineData("Personalausweis: T22000129", "T22000129")]
    public void National_id_is_redacted(string text, string id) => Redacted(text, id, "NATIONAL_ID");

    [Theory]
    [InlineData("build 12345678A shipped", "12345678A")]
    [InlineData("ticket 529.982.247-26 closed", "529.982.247-26")]
    [InlineData("object 111222334 in the dump", "111222334")]
    [InlineData("counter 000-12-3456 reached", "000-12-3456")]
    [InlineData("ref 184127645108947 only", "184127645108947")]
    public void Invalid_check_digits_are_kept_without_context(string text, string value) => Kept(text, value);

    [Theory]
    [InlineData("DNI 12345678A", "12345678A")]
    [InlineData("CPF 529.982.247-26", "529.982.247-26")]
    [InlineData("BSN 111222334", "111222334")]
    public void Invalid_check_digits_are_redacted_after_an_id_word(string text, string value) => Redacted(text, value, "NATIONAL_ID");

    [Theory]
    [InlineData("phone +33 6 37 95 48 25", "+33 6 37 95 48 25")]
    [InlineData("call (657) 752-4904 after six", "(657) 752-4904")]
    [InlineData("+49 151 9695757 is her number", "+49 151 9695757")]
    [InlineData("teléfono 611 28 23 47", "611 28 23 47")]
    [InlineData("celular (11) 94755-5841", "(11) 94755-5841")]
    [InlineData("bereikbaar via 06-58548448", "06-58548448")]
    [InlineData("joignable au 07.85.92.21.92", "07.85.92.21.92")]
    [InlineData("Telefon 0151 2810652", "0151 2810652")]
    [InlineData("Ihre Handynummer: 0176 23456789.", "0176 23456789")]
    [InlineData("her mobile is 06 12 34 56 78", "06 12 34 56 78")]
    public void Phone_numbers_in_international_and_national_formats_are_redacted(string text, string phone) =>
        Redacted(text, phone, "PHONE");

    [Theory]
    [InlineData("date of birth 21/12/1959", "21/12/1959")]
    [InlineData("DOB: 1959-12-21", "1959-12-21")]
    [InlineData("fecha de nacimiento 03/04/1970", "03/04/1970")]
    [InlineData("nacido el 12 de marzo de 1985", "12 de marzo de 1985")]
    [InlineData("data de nascimento 1990-01-31", "1990-01-31")]
    [InlineData("geboren op 14 februari 1962", "14 februari 1962")]
    [InlineData("née le 5 mars 1944", "5 mars 1944")]
    [InlineData("Geburtsdatum: 22. November 1981", "22. November 1981")]
    [InlineData("geb. 01.02.1975", "01.02.1975")]
    [InlineData("Fecha de nac.: 15-08-1977.", "15-08-1977")]
    [InlineData("born March 12, 1985", "March 12, 1985")]
    public void Date_of_birth_is_redacted_by_context(string text, string date) => Redacted(text, date, "DATE_OF_BIRTH");

    [Theory]
    [InlineData("first seen 21/12/2023 in the logs", "21/12/2023")]
    [InlineData("campaign started 2024-03-01", "2024-03-01")]
    public void Other_dates_are_kept(string text, string date) => Kept(text, date);

    [Fact]
    public void Hex_bytes_of_zeros_are_not_a_national_phone_number() =>
        Kept("It writes the following payload: 0x11 49 00 00 00 00 00 00 00 00 00 00 28 9E.", "49 00 00 00 00 00 00 00 00 00 00 28 9E");

    [Theory]
    [InlineData("A Word document delivering TYPEFRAME prompts the user.", "TYPEFRAME")]
    [InlineData("a fake persona or identity (Citation: NEWSCASTER2014).", "NEWSCASTER2014")]
    public void A_word_in_capitals_after_an_id_word_is_not_an_id(string text, string word) => Kept(text, word);

    [Theory]
    [InlineData("Ausweisnummer LPHMM1CRV", "LPHMM1CRV")]
    [InlineData("passport X1234567", "X1234567")]
    [InlineData("carta d'identità CA00000AA", "CA00000AA")]
    public void An_id_after_its_word_is_redacted_when_it_has_digits(string text, string id) => Redacted(text, id, "NATIONAL_ID");

    [Theory]
    [InlineData("Tel. od Anny, nr 0048545925680, zgłasza oszustwo.", "0048545925680")]
    [InlineData("Extraction report (SMS) - 0031 6 37437108", "0031 6 37437108")]
    [InlineData("Contact victime : 0481/10.33.53.", "0481/10.33.53")]
    [InlineData("Rückruf unter 0171/01134784 erbeten.", "0171/01134784")]
    [InlineData("C: Al 382 5497157.", "382 5497157")]
    [InlineData("Victim contact: 331 200 7552.", "331 200 7552")]
    [InlineData("Pueden localizarme en el 9 8593 1458.", "9 8593 1458")]
    [InlineData("Pueden localizarme en el (0351) 15 709-7791.", "15 709-7791")]
    public void Phone_numbers_in_more_national_formats_are_redacted(string text, string phone) =>
        Assert.DoesNotContain(phone, Redact(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("The sample was first seen on 05/12/2024 and again on 06/12/2024.")]
    [InlineData("Build 3.2.1 of the loader, sample 4/12 in the set.")]
    public void Dates_and_versions_are_not_phone_numbers(string text) =>
        Assert.Equal(text, Redact(text));
}
