using CyberPartnerships.Redaction;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Columns and labels typed by what they hold when their header is missing or misspelt.</summary>
public sealed class TableLoginTests
{
    private static string Redact(string text) => new TextRedactor().Redact(text, new RedactionCounts());

    [Fact]
    public void A_column_of_logins_made_of_the_rows_names_is_a_column_of_accounts()
    {
        var text = "Grandoreiro campaign / C2 194.102.160.246\n\n| Maarten de Vries | maarten_262 | PR 6532/2025 |\n| Marieke Bakker | marieke1993 | PR 6532/2025 |\n| Bram Dekker | bram.dekker | PR 6532/2025 |\n";

        var redacted = Redact(text);

        foreach (var login in new[] { "maarten_262", "marieke1993", "bram.dekker" })
        {
            Assert.DoesNotContain(login, redacted, StringComparison.Ordinal);
        }

        Assert.Contains("PR 6532/2025", redacted, StringComparison.Ordinal);
        Assert.Contains("194.102.160.246", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_domains_beside_names_stays()
    {
        var text = "| Maarten de Vries | invoice-view.site | 2025-03-01 |\n| Marieke Bakker | bank-confirm.online | 2025-03-02 |\n| Bram Dekker | id-renew.shop | 2025-03-03 |\n";

        var redacted = Redact(text);

        Assert.Contains("invoice-view.site", redacted, StringComparison.Ordinal);
        Assert.Contains("bank-confirm.online", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Usrename:\t christopher_262", "christopher_262")]
    [InlineData("Data de nasciemnto: 1954-06-19", "1954-06-19")]
    public void A_misspelt_label_still_types_its_value(string text, string value)
    {
        Assert.DoesNotContain(value, Redact(text), StringComparison.Ordinal);
    }

    [Fact]
    public void An_ip_address_in_a_column_of_urls_and_hosts_is_infrastructure()
    {
        var text = "| Anna Nowak | 4111 1111 1111 1111 | docs-share-50.ru |\n| Jan Kowalski | 5500 0000 0000 0004 | 141.4.87.157 |\n| Ewa Zielińska | 4012 8888 8888 1881 | hxxps://id-renew.site/pl/auth |\n| Piotr Wójcik | 4222 2222 2222 2 | auth-verify.info |\n";

        var redacted = Redact(text);

        Assert.Contains("141.4.87.157", redacted, StringComparison.Ordinal);
        Assert.Contains("docs-share-50.ru", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Kowalski", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_ip_addresses_alone_beside_names_stays_redacted()
    {
        var text = "| Anna Nowak | 89.64.12.7 |\n| Jan Kowalski | 83.24.117.9 |\n| Ewa Zielińska | 178.43.2.19 |\n";

        var redacted = Redact(text);

        Assert.DoesNotContain("89.64.12.7", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("83.24.117.9", redacted, StringComparison.Ordinal);
    }
}
