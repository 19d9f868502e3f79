using CyberPartnerships.Redaction;
using CyberPartnerships.Redaction.Languages;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>The language data (one file per language under Redaction/Languages) and what Italian and Polish text,
/// written the way their forms and reports are, gets from it.</summary>
public sealed class LanguageDataTests
{
    private static string Redact(string text) => new TextRedactor().Redact(text, new RedactionCounts());

    [Fact]
    public void Every_language_of_the_partnership_has_its_own_data()
    {
        Assert.Equal(["common", "en", "es", "pt", "fr", "de", "nl", "it", "pl"], LanguageData.All.Select(l => l.Code));
        Assert.All(LanguageData.All.Where(l => l.Code != "common"), l =>
        {
            Assert.NotEmpty(l.Cues);
            Assert.NotEmpty(l.Fields);
            Assert.NotEmpty(l.Closings);
            Assert.NotEmpty(LanguageData.Split(l.Months));
            Assert.True(LanguageData.Split(l.FunctionWords).Count() >= 40, $"{l.Code}: too few function words to tell its prose");
        });
    }

    [Fact]
    public void Words_are_written_in_lowercase_once_per_cue()
    {
        foreach (var language in LanguageData.All)
        {
            foreach (var (cue, words) in language.Cues)
            {
                var list = LanguageData.Split(words).ToList();
                Assert.All(list, w => Assert.Equal(w.ToLowerInvariant(), w));
                Assert.True(list.Count == list.Distinct().Count(), $"{language.Code} {cue}: a word is listed twice");
            }
        }
    }

    [Fact]
    public void A_polish_table_is_typed_by_its_headers()
    {
        var text = "Nazwisko i imię\tData ur.\tTelefon\tKanał\nMichał Jabłoński\t14.01.2001\t623-110-110\tOLX\nEwelina Szymańska\t10.04.1992\t832-131-027\tOLX\n";

        var redacted = Redact(text);

        foreach (var value in new[] { "Michał", "Jabłoński", "Ewelina", "Szymańska", "14.01.2001", "10.04.1992", "623-110-110", "832-131-027" })
        {
            Assert.DoesNotContain(value, redacted, StringComparison.Ordinal);
        }

        Assert.Contains("OLX", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_polish_womans_surname_is_known_from_the_mans()
    {
        var redacted = Redact("Zgłoszenie złożyła Urszula Kozłowska po utracie środków.");

        Assert.DoesNotContain("Kozłowska", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void An_italian_form_is_read_by_its_labels()
    {
        var text = "Cognome e nome: Mario Bianchi\nData di nascita: 12/03/1980\nIndirizzo: Via Roma 12, 20121 Milano\nCellulare: 347 123 4567\n";

        var redacted = Redact(text);

        foreach (var value in new[] { "Bianchi", "12/03/1980", "Via Roma 12", "347 123 4567" })
        {
            Assert.DoesNotContain(value, redacted, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_label_in_capitals_introduces_its_value_like_the_same_label_in_lowercase()
    {
        foreach (var text in new[] { "Credenziali sottratte: federica1947 / Lato2024?.", "CREDENZIALI SOTTRATTE: federica1947 / Lato2024?." })
        {
            var redacted = Redact(text);
            Assert.DoesNotContain("federica1947", redacted, StringComparison.Ordinal);
            Assert.DoesNotContain("Lato2024", redacted, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_french_label_with_a_space_before_its_colon_introduces_its_value()
    {
        var redacted = Redact("Identifiants volés : xlegalma / 6wAFtauDkK.");

        Assert.DoesNotContain("xlegalma", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("6wAFtauDkK", redacted, StringComparison.Ordinal);
        Assert.Contains("volés", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_table_row_ending_in_an_empty_cell_stays_in_its_table()
    {
        var text = "Tipo\tIndicador\tLesado\tObservações\nCVE\tCVE-2020-2309\tBeatriz de Souza\t\nURL\thttp://paket-status.live/login\tGonçalo Magalhães\tSandworm\nC2 domain\tm365-portal.shop\tmferreira@bol.com.br\tSandworm\n";

        var redacted = Redact(text);

        Assert.Contains("http://paket-status.live/login", redacted, StringComparison.Ordinal);
        Assert.Contains("m365-portal.shop", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Beatriz", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("mferreira", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Shared as TLP:AMBER with the partners.")]
    [InlineData("| Type | Indicator | Notes |\n|---|---|---|\n| Sender | factura@paket-status.icu | TLP:AMBER |\n| MD5 | 51ebdc0e72a759c25140fce0e286647a | TLP:AMBER |")]
    public void A_labelled_indicator_pair_is_not_a_credential(string text)
    {
        Assert.Contains("TLP:AMBER", Redact(text), StringComparison.Ordinal);
    }
}
