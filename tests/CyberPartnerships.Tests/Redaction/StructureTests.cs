using static CyberPartnerships.Tests.Redaction.RedactionAssert;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>The structure-first pass: values typed by their column, label, question or place in an e-mail.</summary>
public sealed class StructureTests
{
    [Fact]
    public void A_pipe_table_row_is_typed_by_its_header_not_read_as_a_user_password_pair()
    {
        var output = Redact("Naam | E-mail | Telefoon | Wachtwoord\nZofia Wiśniewska | zofia.w@onet.pl | 601 234 567 | Sloneczko77\n");

        Assert.DoesNotContain("Zofia Wiśniewska", output, StringComparison.Ordinal);
        Assert.DoesNotContain("zofia.w@onet.pl", output, StringComparison.Ordinal);
        Assert.DoesNotContain("601 234 567", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sloneczko77", output, StringComparison.Ordinal);
        Assert.StartsWith("Naam | E-mail | Telefoon | Wachtwoord\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_ioc_table_keeps_its_c2_addresses_and_loses_its_victims_addresses()
    {
        var text = """
            | Victim IP | C2 server | SHA-256 |
            |---|---|---|
            | 83.24.117.9 | 185.220.101.47 | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 |
            | 91.150.3.28 | 45.137.21.9 | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 |
            """;
        var output = Redact(text);

        Assert.DoesNotContain("83.24.117.9", output, StringComparison.Ordinal);
        Assert.DoesNotContain("91.150.3.28", output, StringComparison.Ordinal);
        Assert.Contains("185.220.101.47", output, StringComparison.Ordinal);
        Assert.Contains("45.137.21.9", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_semicolon_csv_in_a_report_is_typed_by_headers_in_spanish()
    {
        var output = Redact("Apellidos;Nombre;Fecha de nacimiento;Dirección\nRossi;Giulia;12/03/1977;Via Garibaldi 14\nD'Angelo;Marco;01/09/1962;Corso Italia 3\n");

        foreach (var value in new[] { "Rossi", "Giulia", "12/03/1977", "Via Garibaldi 14", "D'Angelo", "Marco", "01/09/1962", "Corso Italia 3" })
        {
            Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_headerless_table_types_a_column_by_the_values_most_of_its_cells_have()
    {
        var text = "Anna Kowalska\tanna.k@wp.pl\t+48 601 234 567\nJan Nowak\tjan.nowak@o2.pl\t+48 602 345 678\nBrzęczyszczykiewicz Grzegorz\tg.b@interia.pl\t+48 603 456 789\n";
        var output = Redact(text);

        Assert.DoesNotContain("Brzęczyszczykiewicz Grzegorz", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_label_on_one_line_types_the_answer_on_the_next()
    {
        var output = Redact("Geburtsdatum:\n07.07.1955\nAusweisnummer\nL01X00T47\nAnschrift:\nul. Długa 5 m. 7\n");

        Assert.DoesNotContain("07.07.1955", output, StringComparison.Ordinal);
        Assert.DoesNotContain("L01X00T47", output, StringComparison.Ordinal);
        Assert.DoesNotContain("ul. Długa 5 m. 7", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_column_table_of_labels_types_each_value_by_its_label()
    {
        var output = Redact("| Field | Value |\n|---|---|\n| Name | Priyanka Raghunathan |\n| DOB | 1988-02-29 |\n| Username | praghu88 |\n");

        Assert.DoesNotContain("Priyanka Raghunathan", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1988-02-29", output, StringComparison.Ordinal);
        Assert.DoesNotContain("praghu88", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chat_answer_is_typed_by_the_question_before_it()
    {
        var text = "[10:02] Agent: Could you confirm your date of birth?\n[10:03] Customer: 3 maja 1981\n[10:03] Agent: And the name on the account?\n[10:04] Customer: Wiesława Zając\n";
        var output = Redact(text);

        Assert.DoesNotContain("3 maja 1981", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Wiesława Zając", output, StringComparison.Ordinal);
        Assert.Contains("[10:02] Agent: Could you confirm your date of birth?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_name_under_a_closing_formula_and_in_a_quoted_reply_header_is_a_person()
    {
        var text = "Buongiorno,\nho ricevuto un messaggio strano.\n\nCordiali saluti\nOttavio Quagliarella\n\nIl giorno 3 mar 2025, Ermenegilda Sbarbaro <e.sbarbaro@libero.it> ha scritto:\n> Ciao";
        var output = Redact(text);

        Assert.DoesNotContain("Ottavio Quagliarella", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ermenegilda Sbarbaro", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_typed_as_an_indicator_keeps_its_value()
    {
        Kept("Malware: Emotet\nC2: 185.220.101.47\nHash: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "185.220.101.47");
        Kept("Malware: Emotet\nC2: 185.220.101.47", "Emotet");
    }

    [Fact]
    public void A_typed_value_whose_shape_does_not_fit_is_left_to_the_token_rules()
    {
        Kept("Name: Emotet loader 2.1 (build 4471)", "loader 2.1");
        Kept("Telefon: see the attached log CASE-2026-0042", "CASE-2026-0042");
    }

    [Fact]
    public void Prose_with_commas_is_not_a_table()
    {
        var text = "The actor, as we saw, moved fast.\nThe loader, then the stealer, came next.\nThey used the C2 server 185.220.101.47, we think.";
        Kept(text, "185.220.101.47");
        Kept(text, "The actor, as we saw, moved fast.");
    }
}
