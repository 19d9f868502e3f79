using CyberPartnerships.Redaction;
using CyberPartnerships.Redaction.Languages;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Text in a language the redactor has no cue tables for is read strictly: its personal values go by their
/// form alone, and nothing the ordinary rules redact is kept.</summary>
public sealed class FailClosedTests
{
    private static string Redact(string text) => new TextRedactor().Redact(text, new RedactionCounts());

    public static TheoryData<string, string[]> UnreadTexts => new()
    {
        {
            "Anmälan om bedrägeri. Målsäganden Lars-Erik Lindqvist, född 1961-04-12, bor på Storgatan 14 i Uppsala. Han uppger att " +
            "han loggade in på sin bank från 83.251.44.17. Personnummer 19610412-4471. Användarnamn lindqvist61, lösenord Sommar2023!. " +
            "Ärendet hanteras av kriminalinspektör Annika Berg.",
            ["Lindqvist", "1961-04-12", "Storgatan 14", "83.251.44.17", "19610412-4471", "lindqvist61", "Sommar2023!", "Annika Berg"]
        },
        {
            "Oznámení o podvodu. Poškozená Jana Dvořáková, nar. 14. 3. 1972, bytem Na Příkopě 22, Praha 1, rodné číslo 725314/0016. " +
            "Uvedla, že se přihlásila z adresy 89.176.12.201. Heslo Kocka2020. Věc převzal npor. Tomáš Procházka.",
            ["Jana Dvořáková", "14. 3. 1972", "Příkopě 22", "725314/0016", "89.176.12.201", "Kocka2020", "Tomáš Procházka"]
        },
        {
            "Dolandırıcılık şikayeti. Mağdur Ayşe Yılmaz, doğum tarihi 23.11.1979, adresi Atatürk Caddesi No: 45 Kadıköy, TC kimlik " +
            "numarası 10000000146. Kullanıcı adı ayseyilmaz79, şifre Istanbul1979. Dosya komiser Mehmet Demir tarafından incelendi.",
            ["Ayşe Yılmaz", "23.11.1979", "Caddesi No: 45", "10000000146", "ayseyilmaz79", "Istanbul1979", "Mehmet Demir"]
        },
        {
            "Feljelentés csalás miatt. A sértett Kovács Zsuzsanna, született 1968. május 5., lakcíme Budapest, Rákóczi út 12. " +
            "Elmondta, hogy a kártevő pedig a vezérlő szerverhez kapcsolódott. Felhasználónév kzsuzsa68, jelszó Tavasz2024.",
            ["Kovács Zsuzsanna", "1968. május 5", "Rákóczi út 12", "kzsuzsa68", "Tavasz2024"]
        },
        {
            "Rikosilmoitus petoksesta. Asianomistaja Matti Virtanen, syntynyt 08.01.1958, osoite Mannerheimintie 21 B 7, Helsinki, " +
            "henkilötunnus 080158-123N. Hän kirjautui pankkiin ja haittaohjelma otti yhteyttä komentopalvelimeen. Salasana Kesa1958.",
            ["Matti Virtanen", "08.01.1958", "Mannerheimintie 21 B 7", "080158-123N", "Kesa1958"]
        },
        {
            "Καταγγελία απάτης. Ο παθών Γιώργος Παπαδόπουλος, γεννηθείς 05.06.1963, κάτοικος οδού Ερμού 12, Αθήνα, ΑΜΚΑ 05066312345. " +
            "Δήλωσε ότι συνδέθηκε και το κακόβουλο λογισμικό επικοινώνησε με τον διακομιστή ελέγχου. Όνομα χρήστη gpapad63.",
            ["Γιώργος Παπαδόπουλος", "05.06.1963", "Ερμού 12", "05066312345", "gpapad63"]
        },
    };

    [Theory]
    [MemberData(nameof(UnreadTexts))]
    public void A_victims_values_in_an_unread_language_are_replaced_by_their_form(string text, string[] personal)
    {
        Assert.NotNull(LanguageCheck.UnreadSpans(text));
        var redacted = Redact(text);

        foreach (var value in personal)
        {
            Assert.DoesNotContain(value, redacted, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Indicators_survive_the_strict_reading()
    {
        const string text = "Skadeprogrammet hämtades från hxxp://update-check.example/a.exe och kontaktade evil-c2.example. " +
            "Filens hash är 44d88612fea8a8f36de82e1278abb02f och sårbarheten CVE-2023-23397 utnyttjades av angriparna. " +
            "Lösensumman skulle betalas till bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh och ärendet har nummer CR-2024-0117.";

        Assert.NotNull(LanguageCheck.UnreadSpans(text));
        Assert.Equal(text, Redact(text));
    }

    [Theory]
    [InlineData("The victim told us that the loader was downloaded from the phishing site and that her bank card was used twice.")]
    [InlineData("La víctima nos dijo que el malware fue descargado desde la web de phishing y que su tarjeta fue usada dos veces.")]
    [InlineData("Poszkodowana zgłosiła, że złośliwe oprogramowanie zostało pobrane ze strony i że jej karta była użyta dwa razy.")]
    [InlineData("Die Geschädigte gab an, dass die Schadsoftware von der Phishing-Seite geladen wurde und ihre Karte zweimal benutzt wurde.")]
    [InlineData("Het slachtoffer vertelde dat de malware van de phishingsite was gedownload en dat haar kaart twee keer is gebruikt.")]
    [InlineData("La vittima ha riferito che il malware è stato scaricato dal sito di phishing e che la sua carta è stata usata due volte.")]
    [InlineData("A vítima disse que o malware foi descarregado do site de phishing e que o seu cartão foi usado duas vezes.")]
    [InlineData("La victime nous a dit que le logiciel a été téléchargé depuis le site de phishing et que sa carte a été utilisée deux fois.")]
    public void Prose_in_the_redactors_languages_is_read_as_usual(string text)
    {
        Assert.Null(LanguageCheck.UnreadSpans(text));
    }

    [Fact]
    public void Only_the_paragraph_in_an_unread_language_is_read_strictly()
    {
        const string english = "Summary for partners: the sample Emotet was seen by three banks, and the case is handled by the Dutch team.";
        const string swedish = "Målsäganden berättade att han loggade in på sin bank och att pengarna försvann samma kväll. Kontaktperson Annika Berg.";
        var text = english + "\n\n" + swedish;

        var spans = LanguageCheck.UnreadSpans(text);
        var redacted = Redact(text);

        var span = Assert.Single(spans!);
        Assert.Equal(english.Length + 2, span.Start);
        Assert.StartsWith(english, redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Annika Berg", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_names_the_strict_reading()
    {
        var decisions = new TextRedactor().Explain(
            "Anmälan om bedrägeri. Målsäganden berättade att han loggade in på sin bank och att pengarna försvann. Lösenord Sommar2023!");

        var decision = Assert.Single(decisions, d => d.Value.StartsWith("Sommar2023", StringComparison.Ordinal));
        Assert.Equal("fail-closed", decision.Recognizer);
    }

    [Fact]
    public void A_signature_after_an_unread_paragraph_is_read_strictly_and_case_numbers_are_kept()
    {
        // Swedish (Norwegian shares "en", "er", "til", "med" with Dutch and German, and is often read as they are).
        const string text = "Händelserapport 2026/74764: en anställd på företaget öppnade en bilaga, och arbetsstationen kontaktade sedan " +
            "en okänd server. Ärendet är anmält till polisen med nummer 15665877, användaren kjetil.nilsen är spärrad.\n\nMed vänlig hälsning\nTone Nilsen";

        var redacted = Redact(text);

        Assert.DoesNotContain("Tone Nilsen", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("kjetil.nilsen", redacted, StringComparison.Ordinal);
        Assert.Contains("2026/74764", redacted, StringComparison.Ordinal);
        Assert.Contains("15665877", redacted, StringComparison.Ordinal);
    }
}
