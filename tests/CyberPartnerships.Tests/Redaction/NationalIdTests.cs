using CyberPartnerships.Redaction;
using static CyberPartnerships.Tests.Redaction.RedactionAssert;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>National ids of Poland, the UK, Italy, Portugal, Belgium, Germany, Austria and Latin America: those whose
/// written shape and check digit are distinctive are redacted anywhere; the weak ones after a word that names them;
/// wrong check digits and ordinary references stay.</summary>
public sealed class NationalIdTests
{
    [Theory]
    [InlineData("44051401359")] // PESEL, the published example (born 1944-05-14)
    [InlineData("02070803628")] // PESEL, born 1902-07-08
    [InlineData("03210123455")] // PESEL, born 2003-01-01 (month + 20)
    [InlineData("123-456-32-18")] // Polish NIP
    [InlineData("123-45-63-218")] // Polish NIP, the other grouping
    [InlineData("AB123456C")] // UK NINO
    [InlineData("AB 12 34 56 C")]
    [InlineData("JG 103755 A")]
    [InlineData("CE123456 D")]
    [InlineData("RSSMRA80A01H501U")] // codice fiscale, the published example
    [InlineData("MRTMTT25D09F205Z")]
    [InlineData("BNCGLI90E45L219R")] // a woman: day + 40
    [InlineData("RSSMRA80A01H50MM")] // omocodia: the last digit as a letter
    [InlineData("rssmra80a01h501u")]
    [InlineData("00000000 0 ZZ4")] // Cartão de Cidadão, the published example
    [InlineData("123456789ZZ1")]
    [InlineData("12345678 9 ZZ1")]
    [InlineData("12345678-9-ZZ1")]
    [InlineData("85.07.30-033.28")] // Belgian national number
    [InlineData("01.02.03-123.45")] // born in 2001: the 2000+ variant
    [InlineData("12.345.678-5")] // Chilean RUT
    [InlineData("12345678-5")]
    [InlineData("10.000.013-K")]
    [InlineData("10000013-k")]
    [InlineData("7.654.321-6")]
    [InlineData("20-12345678-6")] // Argentine CUIL
    [InlineData("23-45678901-3")]
    [InlineData("30-50001091-2")] // CUIT
    [InlineData("1.234.567-2")] // Uruguayan cédula
    [InlineData("3.456.789-4")]
    [InlineData("GODE561231GR8")] // Mexican RFC of a person
    public void Strong_id_is_redacted_without_context(string id) =>
        Assert.Equal("The report lists [NATIONAL_ID] for the account holder.", Redact($"The report lists {id} for the account holder."));

    [Theory]
    [InlineData("PESEL 44051401359", "44051401359")]
    [InlineData("NIP 5260250274", "5260250274")]
    [InlineData("NIF 123456789", "123456789")]
    [InlineData("número de contribuinte 123456789", "123456789")]
    [InlineData("rijksregisternummer 85073003328", "85073003328")]
    [InlineData("INSZ: 01020312345", "01020312345")]
    [InlineData("Steuer-ID 86095742719", "86095742719")]
    [InlineData("Steueridentifikationsnummer: 65929970489", "65929970489")]
    [InlineData("SVNR 1237 010180", "1237 010180")]
    [InlineData("SV-Nummer 1237010180", "1237010180")]
    [InlineData("cédula 1710034065", "1710034065")]
    [InlineData("cédula de identidad 1-0234-0567", "1-0234-0567")]
    [InlineData("C.I. 12345672", "12345672")]
    [InlineData("CUIT 20123456786", "20123456786")]
    [InlineData("RUT 123456785", "123456785")]
    [InlineData("carta d'identità CA12345AA", "CA12345AA")]
    [InlineData("numero carta d'identità AA1234567", "AA1234567")]
    [InlineData("C.F. RSSMRA80A01H501U", "RSSMRA80A01H501U")]
    [InlineData("codice fiscale RSSMRA80A01H501V", "RSSMRA80A01H501V")]
    [InlineData("dowód osobisty ABC123456", "ABC123456")]
    [InlineData("documento AB 12 34 56", "AB 12 34 56")]
    public void Weak_id_is_redacted_after_a_word_naming_it(string text, string id) => Redacted(text, id, "NATIONAL_ID");

    [Theory]
    [InlineData("PESEL i NIP: 44051401359, 5260250274", "5260250274")]
    [InlineData("Steuer-ID und SV-Nummer: 86095742719, 1237010180", "1237010180")]
    [InlineData("NIF, NISS: 123456789, 85073003328", "85073003328")]
    public void Weak_id_after_another_id_on_the_line_is_redacted(string text, string id) => Redacted(text, id, "NATIONAL_ID");

    [Theory]
    [InlineData("44051401358")] // PESEL check digit
    [InlineData("44023001356")] // PESEL check right, 30 February
    [InlineData("44130101350")] // PESEL check right, month 13
    [InlineData("123-456-32-19")] // NIP
    [InlineData("QQ123456C")] // NINO: Q is never a prefix letter (HMRC's own example)
    [InlineData("GB123456A")] // NINO: an unallocated prefix
    [InlineData("AO123456A")] // NINO: O is never the second letter
    [InlineData("AB123456E")] // NINO: suffix beyond D
    [InlineData("RSSMRA80A01H501V")] // codice fiscale check letter
    [InlineData("RSSMRA80Z01H501Q")] // codice fiscale check right, no month Z
    [InlineData("123456789ZZ2")] // Cartão de Cidadão
    [InlineData("85.07.30-033.29")] // Belgian national number
    [InlineData("12.345.678-4")] // RUT
    [InlineData("12345678-K")]
    [InlineData("20-12345678-7")] // CUIL check digit
    [InlineData("21-12345678-3")] // CUIT: no such prefix
    [InlineData("1.234.567-3")] // Uruguayan cédula
    [InlineData("GODE561331GR8")] // RFC: month 13
    public void Invalid_check_digits_are_not_a_national_id_without_context(string value)
    {
        var output = Redact($"The report lists {value} for the account holder.");
        Assert.Contains(value, output, StringComparison.Ordinal);
        Assert.DoesNotContain("[NATIONAL_ID]", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("order 12345678901 shipped on Monday", "12345678901")]
    [InlineData("invoice 5260250274 was paid", "5260250274")]
    [InlineData("ticket 123456789 closed", "123456789")]
    [InlineData("sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 dropped", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709 dropped", "da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [InlineData("the loader's mutex 9f86d081884c7d65 was found", "9f86d081884c7d65")]
    [InlineData("see CASE-2024-1234 for details", "CASE-2024-1234")]
    [InlineData("see CASE-240101-001 for details", "CASE-240101-001")]
    [InlineData("snapshot SRVR240101A12 rotated", "SRVR240101A12")]
    [InlineData("escalated as INC-2024-000123 yesterday", "INC-2024-000123")]
    [InlineData("build 2024.11.05-142.07 deployed", "2024.11.05-142.07")]
    [InlineData("Rule AB 12 34 56 matched", "AB 12 34 56")]
    [InlineData("version 1.234.567-3 released", "1.234.567-3")]
    public void References_and_hashes_are_kept(string text, string value)
    {
        var output = Redact(text);
        Assert.Contains(value, output, StringComparison.Ordinal);
        Assert.DoesNotContain("[NATIONAL_ID]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weak_id_far_from_any_id_word_is_kept() =>
        Kept("PESEL 44051401359. Invoice 5260250274 was paid.", "5260250274");

    [Theory]
    [InlineData("+39 06 1234 5678")]
    [InlineData("(657) 752-4904")]
    public void Phone_numbers_stay_phones(string phone) => Redacted($"call {phone} after six", phone, "PHONE");

    [Fact]
    public void A_phone_after_an_id_on_the_line_is_a_phone() =>
        Assert.Equal("NIF [NATIONAL_ID], telefone [PHONE]", Redact("NIF 123456789, telefone 912345675"));

    public static TheoryData<string, string, bool> Validators => new()
    {
        { nameof(NationalIds.Pesel), "44051401359", true },
        { nameof(NationalIds.Pesel), "44051401358", false },
        { nameof(NationalIds.Pesel), "99923112347", true }, // born 1899-12-31: month + 80
        { nameof(NationalIds.Pesel), "00413112347", false }, // 2100: not yet born
        { nameof(NationalIds.Nip), "1234563218", true },
        { nameof(NationalIds.Nip), "1234563219", false },
        { nameof(NationalIds.Nino), "AB123456C", true },
        { nameof(NationalIds.Nino), "KN123456C", false },
        { nameof(NationalIds.Nino), "DA123456C", false },
        { nameof(NationalIds.CodiceFiscale), "RSSMRA80A01H501U", true },
        { nameof(NationalIds.CodiceFiscale), "RSSMRA80A32H501U", false },
        { nameof(NationalIds.CartaIdentita), "CA12345AA", true },
        { nameof(NationalIds.CartaIdentita), "AA1234567", true },
        { nameof(NationalIds.CartaIdentita), "CA1234AAA", false },
        { nameof(NationalIds.NifPt), "123456789", true },
        { nameof(NationalIds.NifPt), "500000000", true },
        { nameof(NationalIds.NifPt), "123456788", false },
        { nameof(NationalIds.NifPt), "412345678", false },
        { nameof(NationalIds.CartaoCidadao), "000000000ZZ4", true },
        { nameof(NationalIds.CartaoCidadao), "000000000ZZ5", false },
        { nameof(NationalIds.BelgianNationalNumber), "85073003328", true },
        { nameof(NationalIds.BelgianNationalNumber), "01020312345", true },
        { nameof(NationalIds.BelgianNationalNumber), "85073003327", false },
        { nameof(NationalIds.SteuerId), "86095742719", true },
        { nameof(NationalIds.SteuerId), "65929970489", true },
        { nameof(NationalIds.SteuerId), "86095742718", false },
        { nameof(NationalIds.SteuerId), "12345678903", false }, // no digit repeated
        { nameof(NationalIds.SteuerId), "47151123563", false }, // two digits repeated
        { nameof(NationalIds.Svnr), "1237010180", true },
        { nameof(NationalIds.Svnr), "1238010180", false },
        { nameof(NationalIds.Svnr), "1237011380", false }, // month 13
        { nameof(NationalIds.Rut), "123456785", true },
        { nameof(NationalIds.Rut), "10000013K", true },
        { nameof(NationalIds.Rut), "123456784", false },
        { nameof(NationalIds.Cuit), "20123456786", true },
        { nameof(NationalIds.Cuit), "20123456787", false },
        { nameof(NationalIds.CedulaColombia), "1020304050", true },
        { nameof(NationalIds.CedulaColombia), "0123456", false },
        { nameof(NationalIds.CedulaEcuador), "1710034065", true },
        { nameof(NationalIds.CedulaEcuador), "1710034066", false },
        { nameof(NationalIds.CedulaEcuador), "2510034065", false }, // province 25
        { nameof(NationalIds.CedulaUruguay), "12345672", true },
        { nameof(NationalIds.CedulaUruguay), "12345673", false },
        { nameof(NationalIds.CedulaCostaRica), "102340567", true },
        { nameof(NationalIds.CedulaCostaRica), "002340567", false },
        { nameof(NationalIds.RfcPersona), "GODE561231GR8", true },
        { nameof(NationalIds.RfcPersona), "GODE560231GR8", false }, // 31 February
        { nameof(NationalIds.RfcPersona), "GRDE561231GR8", false }, // the second letter is a vowel or X
    };

    [Theory]
    [MemberData(nameof(Validators))]
    public void Validators_follow_their_specifications(string validator, string value, bool valid)
    {
        Func<string, bool> check = validator switch
        {
            nameof(NationalIds.Pesel) => v => NationalIds.Pesel(v),
            nameof(NationalIds.Nip) => v => NationalIds.Nip(v),
            nameof(NationalIds.Nino) => v => NationalIds.Nino(v),
            nameof(NationalIds.CodiceFiscale) => v => NationalIds.CodiceFiscale(v),
            nameof(NationalIds.CartaIdentita) => v => NationalIds.CartaIdentita(v),
            nameof(NationalIds.NifPt) => v => NationalIds.NifPt(v),
            nameof(NationalIds.CartaoCidadao) => v => NationalIds.CartaoCidadao(v),
            nameof(NationalIds.BelgianNationalNumber) => v => NationalIds.BelgianNationalNumber(v),
            nameof(NationalIds.SteuerId) => v => NationalIds.SteuerId(v),
            nameof(NationalIds.Svnr) => v => NationalIds.Svnr(v),
            nameof(NationalIds.Rut) => v => NationalIds.Rut(v),
            nameof(NationalIds.Cuit) => v => NationalIds.Cuit(v),
            nameof(NationalIds.CedulaColombia) => v => NationalIds.CedulaColombia(v),
            nameof(NationalIds.CedulaEcuador) => v => NationalIds.CedulaEcuador(v),
            nameof(NationalIds.CedulaUruguay) => v => NationalIds.CedulaUruguay(v),
            nameof(NationalIds.CedulaCostaRica) => v => NationalIds.CedulaCostaRica(v),
            nameof(NationalIds.RfcPersona) => v => NationalIds.RfcPersona(v),
            _ => throw new ArgumentOutOfRangeException(nameof(validator), validator, null),
        };
        Assert.Equal(valid, check(value));
    }

    [Theory]
    [InlineData("PESEL")]
    [InlineData("nip")]
    [InlineData("National Insurance Number")]
    [InlineData("codice_fiscale")]
    [InlineData("numeroCartaIdentita")]
    [InlineData("RUT")]
    [InlineData("cuil")]
    [InlineData("rijksregisternummer")]
    [InlineData("svnr")]
    [InlineData("dowod_osobisty")]
    public void Id_field_names_are_national_id_fields(string name) => Assert.Equal(FieldHint.NationalId, FieldHints.ForName(name));
}
