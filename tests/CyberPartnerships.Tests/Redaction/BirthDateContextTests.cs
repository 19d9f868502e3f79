using CyberPartnerships.Redaction;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Dates of birth with no "born" word next to them: in a table of people, right after a name, in a chat's
/// answer under its speaker, after an inclusive "nato/a".</summary>
public sealed class BirthDateContextTests
{
    private static string Redact(string text) => new TextRedactor().Redact(text, new RedactionCounts());

    [Fact]
    public void A_column_of_old_dates_in_a_table_of_people_is_dates_of_birth_and_the_event_dates_stay()
    {
        var text = "| Esther de Vries | 10-12-1953 | esther1953 | 2023-02-06 |\n| Ingrid Bakker | 13-01-1964 | ingrid_213 | 2023-06-03 |\n| Ilse Jansen | 02/07/1962 | ilse.jansen | 2023-06-03 |\n";

        var redacted = Redact(text);

        Assert.DoesNotContain("10-12-1953", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("13-01-1964", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("02/07/1962", redacted, StringComparison.Ordinal);
        Assert.Contains("2023-02-06", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Written_out_dates_in_a_table_of_people_are_dates_of_birth()
    {
        var text = "Emma Walker | 4 July 1959 | 01/08/2023\nOliver Brown | 17 November 1967 | 01/08/2023\nSophie Clarke | May 13, 1989 | 02/08/2023\n";

        var redacted = Redact(text);

        Assert.DoesNotContain("1959", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("1967", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("1989", redacted, StringComparison.Ordinal);
        Assert.Contains("01/08/2023", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_people_whose_only_dates_are_birth_dates_is_dated_as_a_report_of_now()
    {
        var text = "| Lucia Barbieri | 18 gennaio 1991 | auth-verify.info |\n| Marco Dell'Acqua | 06.02.1982 | 146.66.131.235 |\n| Elena Marino | 1965-01-07 | id-renew.site |\n";

        var redacted = Redact(text);

        Assert.DoesNotContain("1991", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("06.02.1982", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("1965-01-07", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_of_dates_without_people_keeps_them()
    {
        var text = "| Emotet | 2014-06-01 | 2021-01-27 |\n| Dridex | 2011-11-15 | 2019-12-05 |\n| ZeuS | 2007-07-01 | 2011-05-09 |\n";

        Assert.Equal(text, Redact(text));
    }

    [Theory]
    [InlineData("Comparece la perjudicada. F.N. 11-06-1943. Teléfono 612 48 93 07. Hechos del 2025-01-26.", "11-06-1943")]
    [InlineData("Interviewee: HUGHES Rhys, 4 July 1959; contact rhys.h@example.org; statement taken 2025-03-02.", "4 July 1959")]
    [InlineData("Attendee list for 2025-03-02: Emma Walker (emma.walker@example.org), March 12, 1985.", "March 12, 1985")]
    public void A_full_date_long_before_the_text_in_a_report_about_people_is_a_date_of_birth(string text, string date)
    {
        Assert.DoesNotContain(date, Redact(text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Reporting party: Jane Roe, 11/13/1976. Case opened 2025-01-26.", "11/13/1976")]
    [InlineData("Se persona Lucía Pérez (16/06/1994) el 2025-01-26.", "16/06/1994")]
    [InlineData("Emma Walker, May 13, 1989, reported the call on 2025-03-02.", "May 13, 1989")]
    public void A_date_right_after_a_name_years_before_the_report_is_a_date_of_birth(string text, string date)
    {
        Assert.DoesNotContain(date, Redact(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_recent_date_after_a_name_is_an_event()
    {
        var redacted = Redact("Contact Anna Nowak (12/07/2025) about the report of 2025-07-10.");

        Assert.Contains("12/07/2025", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Nowak", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void The_answer_to_a_chat_question_is_the_line_under_the_answering_speaker()
    {
        var text = "Agent (Connor) 09:03\nAnd your date of birth?\nSiobhan Fitzgerald 09:04\n13 August 1993\nAgent (Connor) 09:05\nGot it.\n";

        var redacted = Redact(text);

        Assert.DoesNotContain("13 August 1993", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("August", redacted, StringComparison.Ordinal);
        Assert.Contains(") 09:05\nGot it.", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Connor", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Recebemos queixa de Inês Almeida Silva (nascido/a em 1987-12-27).", "1987-12-27")]
    [InlineData("Nato/a il: 19/07/1996", "19/07/1996")]
    [InlineData("Nato/a il:\n1971-05-13\n", "1971-05-13")]
    public void A_cue_with_its_other_genders_ending_still_announces_the_date(string text, string date)
    {
        Assert.DoesNotContain(date, Redact(text), StringComparison.Ordinal);
    }
}
