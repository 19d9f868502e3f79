using static CyberPartnerships.Tests.Redaction.RedactionAssert;

namespace CyberPartnerships.Tests.Redaction;

/// <summary>Indicators of compromise and case facts survive redaction untouched.</summary>
public sealed class IndicatorTests
{
    [Theory]
    [InlineData("MD5 f25ec84d8dbc74254770f58904dba41e")]
    [InlineData("SHA-1 da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [InlineData("sample SHA-256 39536b3216fdaeeb975729fae923d5a4fd12aabfe228f219e9cb0eb53f16947c")]
    [InlineData("C2 cdn-brejne.su and update-tjrjnq.top")]
    [InlineData("payload at https://static-lafiwvlmq.cc/load/stage2.dll?id=77")]
    [InlineData("defanged hxxp://evil[.]example/gate.php and 45.77.10[.]2")]
    [InlineData("BTC bc1qkeh06j6at3t2mmg6asnzala3v92g6239r7sw42")]
    [InlineData("BTC 1GERASiFB7gby3LFgfdGfbGJRVTFbzV2k3")]
    [InlineData("ETH 0x14ad2ab3b27f915a31a63c3c079bbc7b7aedc95f")]
    [InlineData("XMR 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A")]
    [InlineData("exploit CVE-2024-3280 and CVE-2017-0144")]
    [InlineData("CASE-2023-7328: Citadel infection report.")]
    [InlineData("Emotet, TrickBot, Qakbot, Necurs, Ramnit, Dorkbot, ZeroAccess and Zeus samples")]
    [InlineData("the C2 listens on 81.203.25.250:8443")]
    [InlineData("C2 server 2001:db8:85a3::8a2e:370:7334 and time 12:30:45")]
    public void Indicators_are_kept_verbatim(string text) => Assert.Equal(text, Redact(text));

    [Theory]
    [InlineData("command-and-control server 190.46.133.133")]
    [InlineData("servidor de mando y control 177.242.95.120")]
    [InlineData("servidor de comando e controle 91.97.207.44")]
    [InlineData("command-and-control-server 190.89.101.249")]
    [InlineData("serveur de commande et de contrôle 84.32.57.253")]
    [InlineData("Command-and-Control-Server 201.39.44.181")]
    [InlineData("Qakbot kontaktiert den C2-Server 62.240.166.74.")]
    [InlineData("DarkGate maakt verbinding met de C2-server 77.116.175.206.")]
    [InlineData("the dropper beacons to 45.77.10.2 every minute")]
    [InlineData("El malware se comunica con el servidor C2 141.33.247.49 (cdn-hovmgqljs.su).")]
    public void C2_ips_are_kept_in_each_language(string text) => Assert.Equal(text, Redact(text));

    [Theory]
    [InlineData(@"the loader drops C:\ProgramData\svchost.exe and runs it")]
    [InlineData(@"persistence in C:\Users\Public\Documents\run.bat")]
    [InlineData("staged in D:/temp/loader.dll")]
    public void Windows_paths_are_kept_not_taken_for_a_user_and_password_pair(string text) => Assert.Equal(text, Redact(text));

    [Fact]
    public void Victim_and_c2_ip_in_one_sentence_are_told_apart()
    {
        var output = Redact("The victim's home router 190.43.73.27 connected to the C2 server 190.46.133.133.");
        Assert.Equal("The victim's home router [IP_ADDRESS] connected to the C2 server 190.46.133.133.", output);
    }

    [Theory]
    [InlineData("The infected workstation at 86.12.44.201 beaconed to 185.220.101.4 every 5 minutes.", "86.12.44.201", "185.220.101.4")]
    [InlineData("De besmette pc (thuis, 84.26.11.2) maakte contact met 5.188.206.14 (C2).", "84.26.11.2", "5.188.206.14")]
    [InlineData("Logs: 81.2.69.142 (home) and 45.9.148.99 (C2).", "81.2.69.142", "45.9.148.99")]
    [InlineData("Het slachtoffer logde in vanaf 145.53.2.18; de phishingpagina draaide op 193.42.33.7.", "145.53.2.18", "193.42.33.7")]
    [InlineData("Der Rechner des Opfers (IP 93.201.44.7) war Teil des Botnetzes; Steuerserver 45.142.212.100.", "93.201.44.7", "45.142.212.100")]
    [InlineData("La IP de la víctima, 79.116.45.3, descarga la muestra de 45.88.66.10.", "79.116.45.3", "45.88.66.10")]
    [InlineData("Zij logde in vanaf 145.53.2.18 op de nepsite (gehost op 104.21.45.67).", "145.53.2.18", "104.21.45.67")]
    [InlineData("Auf ihrem Laptop (IP 84.150.33.201) lief Emotet, der Befehle von 162.243.103.246 empfing.", "84.150.33.201", "162.243.103.246")]
    [InlineData("Sein Router mit der öffentlichen IP 87.123.45.67 war Teil des Mirai-Botnetzes, gesteuert über 185.215.113.66.", "87.123.45.67", "185.215.113.66")]
    public void A_victim_word_announces_one_address_and_labels_after_an_address_count(string text, string victim, string c2)
    {
        var output = Redact(text);
        Assert.DoesNotContain(victim, output, StringComparison.Ordinal);
        Assert.Contains(c2, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_keeps_its_indicators_and_loses_its_personal_data()
    {
        const string text = "CASE-2017-1127: Necurs infection report.\nOpfer: Jonas Schäfer.\nProbe SHA-256 " +
            "a211e8c463f468a503f8c45100913102c16e7b84266ee83db6dd4d0d3ce178d0\nC2 api-epkfxp.su\nPasswort Sol3dad*91\n" +
            "von der privaten IP 186.33.170.28\nKonto DE36 9831 0866 9297 1120 48\nCommand-and-Control-Server 201.39.44.181";
        var output = Redact(text);
        Assert.Equal(
            "CASE-2017-1127: Necurs infection report.\nOpfer: [PERSON].\nProbe SHA-256 " +
            "a211e8c463f468a503f8c45100913102c16e7b84266ee83db6dd4d0d3ce178d0\nC2 api-epkfxp.su\nPasswort [PASSWORD]\n" +
            "von der privaten IP [IP_ADDRESS]\nKonto [IBAN]\nCommand-and-Control-Server 201.39.44.181",
            output);
    }
}
