using CyberPartnerships.Redaction;
using static CyberPartnerships.Tests.Redaction.RedactionAssert;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Names, e-mail, credentials, victims' IPs and addresses, with the context words of each language.</summary>
public sealed class WordRecognizerTests
{
    [Theory]
    [InlineData("Victim: Grace Hughes.", "Grace Hughes")]
    [InlineData("Víctima: Juan Carlos Castaño.", "Juan Carlos Castaño")]
    [InlineData("Vítima: Ana Clara Pereira.", "Ana Clara Pereira")]
    [InlineData("Slachtoffer: Sanne de Vries.", "Sanne de Vries")]
    [InlineData("Victime : Mathieu Rousseau.", "Mathieu Rousseau")]
    [InlineData("Opfer: Jonas Schäfer.", "Jonas Schäfer")]
    [InlineData("the account holder, named Zorblax Quendry, complained", "Zorblax Quendry")]
    [InlineData("una mujer llamada Xochitl Zamarripa denunció", "Xochitl Zamarripa")]
    [InlineData("de aangever, genaamd Femke Wijnaldum, meldde", "Femke Wijnaldum")]
    [InlineData("Melder: dhr. Pieter van den Berg, tel. 020-5551234", "Pieter van den Berg")]
    public void Names_after_a_victim_or_naming_word_are_redacted(string text, string name) => Redacted(text, name, "PERSON");

    [Theory]
    [InlineData("Mr. Whitaker called the bank.", "Whitaker")]
    [InlineData("La Sra. Restrepo presentó la denuncia.", "Restrepo")]
    [InlineData("A Sra. Gonçalves registou a queixa.", "Gonçalves")]
    [InlineData("mevr. Bakker deed aangifte.", "Bakker")]
    [InlineData("Mme Lefèvre a porté plainte.", "Lefèvre")]
    [InlineData("Frau Schmidt erstattete Anzeige.", "Schmidt")]
    public void Names_after_a_title_are_redacted(string text, string name) => Redacted(text, name, "PERSON");

    [Theory]
    [InlineData("Emily Clarke reported the fraud to the police.", "Emily Clarke")]
    [InlineData("Lucía Fernández denunció el fraude.", "Lucía Fernández")]
    [InlineData("Daan Jansen deed aangifte bij de politie.", "Daan Jansen")]
    [InlineData("Samantha logged in before the fraud.", "Samantha")]
    public void Names_from_the_lexicon_are_redacted_without_a_cue(string text, string name) => Redacted(text, name, "PERSON");

    [Fact]
    public void Other_mentions_of_a_found_name_and_handles_built_from_it_are_redacted()
    {
        var output = Redact("Victim: Jonas Schäfer. Later Schäfer changed the password. Account jschfer46 was reused.");
        Assert.DoesNotContain("Schäfer", output, StringComparison.Ordinal);
        Assert.DoesNotContain("jschfer46", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contact grace.hughes47@une.net.co today", "grace.hughes47@une.net.co")]
    [InlineData("correo: maria_gomez+bank@yahoo.com.br.", "maria_gomez+bank@yahoo.com.br")]
    public void Email_addresses_are_redacted(string text, string email) => Redacted(text, email, "EMAIL");

    [Theory]
    [InlineData("password Hunter2!72", "Hunter2!72", "PASSWORD")]
    [InlineData("contraseña: sunshine", "sunshine", "PASSWORD")]
    [InlineData("senha KlDhzTbH vazada", "KlDhzTbH", "PASSWORD")]
    [InlineData("wachtwoord = Tulp2020", "Tulp2020", "PASSWORD")]
    [InlineData("mot de passe Soleil2019", "Soleil2019", "PASSWORD")]
    [InlineData("Passwort: Sommer2024", "Sommer2024", "PASSWORD")]
    [InlineData("username ghughes16", "ghughes16", "USERNAME")]
    [InlineData("usuario jcastao54", "jcastao54", "USERNAME")]
    [InlineData("usuário gferreira57", "gferreira57", "USERNAME")]
    [InlineData("gebruikersnaam fjansen43", "fjansen43", "USERNAME")]
    [InlineData("identifiant cmoreau25", "cmoreau25", "USERNAME")]
    [InlineData("Benutzername lfischer74", "lfischer74", "USERNAME")]
    [InlineData("login=jdoe_1990", "jdoe_1990", "USERNAME")]
    public void Credentials_after_their_context_words_are_redacted(string text, string value, string label) => Redacted(text, value, label);

    [Fact]
    public void Credential_dump_lines_are_redacted()
    {
        var output = Redact("combo list:\njdoe77:Tr0ub4dor&3\nmaria.lopez@gmail.com:qwerty123\nbob|letmein99");
        Assert.Equal("combo list:\n[USERNAME]:[PASSWORD]\n[EMAIL]:[PASSWORD]\n[USERNAME]|[PASSWORD]", output);
    }

    [Theory]
    [InlineData("Credentials harvested: o.brown / Winter2023!", "o.brown", "Winter2023!")]
    [InlineData("Zugangsdaten: amueller69 / Sommer#2021.", "amueller69", "Sommer#2021")]
    [InlineData("Acceso con el usuario lmartin y la contraseña Madrid2020.", "lmartin", "Madrid2020")]
    [InlineData("Se identificaron las credenciales jnavarro:Primavera2024 en un volcado.", "jnavarro", "Primavera2024")]
    [InlineData("Benutzerkonto: twagner58, Passwort: Hamburg1958.", "twagner58", "Hamburg1958")]
    [InlineData("Inloggegevens van het slachtoffer: lgraaf83 / Zomer2021!.", "lgraaf83", "Zomer2021")]
    public void Credential_pairs_after_a_credentials_word_are_redacted(string text, string user, string password)
    {
        var output = Redact(text);
        Assert.DoesNotContain(user, output, StringComparison.Ordinal);
        Assert.DoesNotContain(password, output, StringComparison.Ordinal);
        Assert.Contains("[USERNAME]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Credential_pair_after_a_credentials_word_leaves_the_following_words()
    {
        Assert.Equal("las credenciales [USERNAME]:[PASSWORD] en un volcado.", Redact("las credenciales jnavarro:Primavera2024 en un volcado."));
    }

    [Fact]
    public void A_victim_word_does_not_name_a_noun_further_on()
    {
        Assert.Equal("Der Rechner des Opfers (IP [IP_ADDRESS]) war Teil des Botnetzes.", Redact("Der Rechner des Opfers (IP 93.201.44.7) war Teil des Botnetzes."));
    }

    [Fact]
    public void Password_word_followed_by_ordinary_words_takes_nothing()
    {
        const string text = "The password reset was requested from the portal.";
        Assert.Equal(text, Redact(text));
    }

    [Theory]
    [InlineData("from home IP 190.43.73.27", "190.43.73.27")]
    [InlineData("desde la IP de su casa 186.170.197.172", "186.170.197.172")]
    [InlineData("a partir do IP residencial 177.147.224.75", "177.147.224.75")]
    [InlineData("vanaf het thuis-IP 81.60.39.221", "81.60.39.221")]
    [InlineData("depuis l'IP de son domicile 186.128.94.44", "186.128.94.44")]
    [InlineData("von der privaten IP 186.33.170.28", "186.33.170.28")]
    [InlineData("the victim's laptop (203.0.113.77) was infected", "203.0.113.77")]
    [InlineData("from home IPv6 2a02:8108:1640:5f00::1b2 as well", "2a02:8108:1640:5f00::1b2")]
    public void Victim_ips_are_redacted_in_each_language(string text, string ip) => Redacted(text, ip, "IP_ADDRESS");

    [Theory]
    [InlineData("Mailing address: 12 Main Street, Springfield, IL 62701.", "12 Main Street, Springfield, IL 62701")]
    [InlineData("dirección: Calle Mayor 5, 28013 Madrid", "Calle Mayor 5, 28013 Madrid")]
    [InlineData("Endereço: Rua Augusta 1500, São Paulo", "Rua Augusta 1500, São Paulo")]
    [InlineData("woonadres Kerkstraat 12, 1234 AB Amsterdam", "Kerkstraat 12, 1234 AB Amsterdam")]
    [InlineData("Adresse postale : 3 rue de la Paix, 75002 Paris", "3 rue de la Paix, 75002 Paris")]
    [InlineData("wohnhaft in Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin")]
    [InlineData("Endereço residencial: Rua das Flores 120, 4050-262 Porto.", "Rua das Flores 120, 4050-262 Porto")]
    [InlineData("domiciliée 14 rue Victor Hugo, 69002 Lyon, a communiqué", "14 rue Victor Hugo, 69002 Lyon")]
    [InlineData("aangever Sven Hendriks, wonende te Dorpsstraat 8, 3512 JK Utrecht, telefoonnummer 06 98765432", "Dorpsstraat 8, 3512 JK Utrecht")]
    public void Postal_addresses_marked_by_context_are_redacted(string text, string address) => Redacted(text, address, "POSTAL_ADDRESS");

    [Fact]
    public void A_capitalised_noun_before_a_name_is_not_part_of_it()
    {
        Assert.Equal("Die Anzeigeerstatterin [PERSON], geboren am [DATE_OF_BIRTH].", Redact("Die Anzeigeerstatterin Lea Zimmermann, geboren am 08.11.1988."));
    }

    [Fact]
    public void Key_value_rows_are_read_by_their_keys()
    {
        Assert.Equal(
            "Leaked row: id=4412;name=[PERSON];email=[EMAIL];ip=[IP_ADDRESS];card=[CREDIT_CARD]",
            Redact("Leaked row: id=4412;name=Oliver Bennett;email=o.bennett@hotmail.co.uk;ip=81.106.5.22;card=4532 0151 1283 0366"));
        const string url = "payload at https://cdn-x.example/gate.php?id=77&user=bot";
        Assert.Equal(url, Redact(url));
    }

    [Fact]
    public void Login_then_slash_then_password_is_a_credential_pair()
    {
        Assert.Equal("Login comprometido: [USERNAME] / [PASSWORD].", Redact("Login comprometido: bgomes / senha123."));
    }

    [Fact]
    public void A_username_before_a_parenthesis_is_redacted()
    {
        Assert.Equal("Affected user: [USERNAME] ([PERSON]).", Redact("Affected user: kwilliams (Kevin Williams)."));
    }

    [Fact]
    public void Ip_address_and_email_address_are_not_postal_addresses()
    {
        Assert.Equal("L'adresse IP de la box de la victime ([IP_ADDRESS])", Redact("L'adresse IP de la box de la victime (92.184.105.33)"));
        Assert.Equal("dirección de correo electrónico [EMAIL]", Redact("dirección de correo electrónico ana@correo.example"));
        Assert.Equal("C2 server IP address 45.77.10.2 and e-mail address [EMAIL].", Redact("C2 server IP address 45.77.10.2 and e-mail address a@b.example."));
    }

    [Theory]
    [InlineData(FieldHint.PersonName, "  Grace Hughes ", "  [PERSON] ")]
    [InlineData(FieldHint.Email, "x@y.example", "[EMAIL]")]
    [InlineData(FieldHint.Phone, "555 0100", "[PHONE]")]
    [InlineData(FieldHint.Username, "ghughes", "[USERNAME]")]
    [InlineData(FieldHint.Password, "hunter2", "[PASSWORD]")]
    [InlineData(FieldHint.PostalAddress, "1 Main St", "[POSTAL_ADDRESS]")]
    [InlineData(FieldHint.VictimIp, "45.77.10.2", "[IP_ADDRESS]")]
    [InlineData(FieldHint.DateOfBirth, "1970-01-01", "[DATE_OF_BIRTH]")]
    [InlineData(FieldHint.NationalId, "123", "[NATIONAL_ID]")]
    [InlineData(FieldHint.Indicator, "Victim: Grace Hughes 45.77.10.2", "Victim: Grace Hughes 45.77.10.2")]
    public void Field_hints_redact_the_whole_value_or_nothing(FieldHint hint, string value, string expected)
    {
        var counts = new RedactionCounts();
        Assert.Equal(expected, new TextRedactor().Redact(value, counts, hint));
        Assert.Equal(hint == FieldHint.Indicator ? 0 : 1, counts.Total);
    }

    [Theory]
    [InlineData("Les journaux établissent que le serveur 141.39.145.188 a été consulté depuis l'adresse IP 81.195.195.234 de la victime.", "81.195.195.234", "141.39.145.188")]
    [InlineData("Uit de logs blijkt dat server 194.152.214.183 werd benaderd vanaf het IP-adres 88.90.90.192 van aangeefster.", "88.90.90.192", "194.152.214.183")]
    [InlineData("Risulta che il server 185.107.39.116 veniva contattato dall'IP 190.241.160.15 della persona offesa.", "190.241.160.15", "185.107.39.116")]
    [InlineData("Os registos mostram que o servidor 195.5.45.157 foi acedido a partir do IP 88.49.186.246 da ofendida.", "88.49.186.246", "195.5.45.157")]
    [InlineData("The logs show the server 104.164.58.121 was accessed from 109.4.51.139 of the complainant.", "109.4.51.139", "104.164.58.121")]
    public void An_address_the_words_after_it_give_to_the_victim_is_redacted(string text, string victim, string server)
    {
        Redacted(text, victim, "IP_ADDRESS");
        Kept(text, server);
    }

    [Theory]
    [InlineData("Conta afetada: CORP\\beatriz_95", "beatriz_95")]
    [InlineData("Betroffenes Konto: AD\\dieter_90", "dieter_90")]
    [InlineData("Cuenta afectada: l.londono", "l.londono")]
    [InlineData("Demandeur\tLE GOFF, Françoise\nCompte concerné\tlegoff.francois\nCatégorie\tSécurité", "legoff.francois")]
    [InlineData("2025-07-03T05:41:50Z srv-auth02 GlobalProtect: user=bndiaye src=10.0.0.1 result=mfa-pending", "bndiaye")]
    [InlineData("Mar 10 20:43:25 fw-edge sshd[13897]: Accepted publickey for gabriel.moraes from 62.140.142.212 port 40785 ssh2", "gabriel.moraes")]
    public void Logins_in_account_labels_domain_accounts_and_logs_are_redacted(string text, string login) =>
        Assert.DoesNotContain(login, new TextRedactor().Redact(text, new RedactionCounts()), StringComparison.Ordinal);

    [Fact]
    public void A_wallet_under_an_account_label_is_kept()
    {
        Kept("Konto des Täters: bc1qwgz7qyck60sv9tp84yynz90y9d9v8heufvue2e", "bc1qwgz7qyck60sv9tp84yynz90y9d9v8heufvue2e");
        Kept("Sep 20 10:07:52 vpn-gw01 sshd[19201]: Failed password for invalid user oracle from 154.187.62.111 port 39642 ssh2", "oracle");
    }

    [Theory]
    [InlineData("Fichier récupéré sur 179.39.23.41 (trackdopl.online) ; victimes à prévenir.", "179.39.23.41")]
    [InlineData("Ficheiro recuperado do servidor 179.242.108.103 (sparkasse-cliente-cliente.ru); notificar as vítimas.", "179.242.108.103")]
    [InlineData("Arbeidsstasjonen kontaktet deretter mail-cdn298.sbs (79.190.227.66).", "79.190.227.66")]
    public void An_address_named_by_its_domain_is_infrastructure(string text, string ip) => Kept(text, ip);

    [Fact]
    public void An_address_named_by_its_providers_line_name_is_not_infrastructure() =>
        Redacted("The customer logged in from 83.24.117.9 (dsl-83-24-117-9.example-isp.net).", "83.24.117.9", "IP_ADDRESS");

    [Theory]
    [InlineData("Son accès webmail (wouters.els, mot de passe Bisous12) a été dérobé.", "wouters.els")]
    [InlineData("Le credenziali dell'home banking (romano.francesco, password Roma2020!) sono state rubate.", "romano.francesco")]
    [InlineData("Nome utente — greco.alessandro", "greco.alessandro")]
    public void A_login_before_its_password_or_after_a_dashed_label_is_redacted(string text, string login) =>
        Assert.DoesNotContain(login, new TextRedactor().Redact(text, new RedactionCounts()), StringComparison.Ordinal);
}
