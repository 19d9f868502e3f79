using System.Text;
using System.Text.RegularExpressions;
using Bogus;

namespace CyberPartnerships.Bench.Redaction;

/// <summary>A generated report: its text, the personal values that must not survive, the indicators that must.</summary>
public sealed record PiiDocument(string Id, string Lang, string Text, IReadOnlyList<(string Type, string Value)> Pii, IReadOnlyList<(string Type, string Value)> Keep);

/// <summary>
/// Multilingual partner-report snippets in phrasings of their own (not those of the dev corpus): names from Bogus's
/// locales, ids and cards with valid check digits, indicators of compromise. Shared (as a linked source file) by the
/// redaction benchmark and the redaction tests.
/// </summary>
public static partial class PiiCorpus
{
    private static readonly (string Lang, string[] Locales)[] Languages =
    [
        ("en", ["en_US", "en_GB", "en_AU"]), ("es", ["es", "es_MX"]), ("pt", ["pt_BR", "pt_PT"]),
        ("nl", ["nl", "nl_BE"]), ("fr", ["fr"]), ("de", ["de", "de_AT", "de_CH"]),
    ];

    private static readonly Dictionary<string, Faker> Fakers = new(StringComparer.Ordinal);

    public static IEnumerable<PiiDocument> Generate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (lang, locales) = Languages[random.Next(Languages.Length)];
            var locale = locales[random.Next(locales.Length)];
            if (!Fakers.TryGetValue(locale, out var faker))
            {
                faker = Fakers[locale] = new Faker(locale);
            }

            faker.Random = new Randomizer(random.Next());
            yield return Document($"gen-{seed}-{i}", lang, locale, faker, random);
        }
    }

    private static PiiDocument Document(string id, string lang, string locale, Faker f, Random random)
    {
        var v = new PiiValues(f);
        var female = random.Next(2) == 0;
        var gender = female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male;
        var first = f.Name.FirstName(gender);
        var last = f.Name.LastName(gender);
        var c2 = v.Domain();
        var slots = new Dictionary<string, (string Value, string Type, bool Pii)>(StringComparer.Ordinal)
        {
            ["first"] = (first, "PERSON", true),
            ["last"] = (last, "PERSON", true),
            ["name"] = ($"{first} {last}", "PERSON", true),
            ["email"] = (f.Internet.Email(first, last).ToLowerInvariant(), "EMAIL", true),
            ["phone"] = (Phone(lang, f), "PHONE", true),
            ["card"] = (v.Card(), "CREDIT_CARD", true),
            ["iban"] = (v.Iban(lang switch { "es" => "ES", "pt" => "PT", "nl" => f.Random.Bool() ? "NL" : "BE", "fr" => "FR", "de" => "DE", _ => "GB" }), "IBAN", true),
            ["id"] = (NationalId(lang, locale, v, first, last, f), "NATIONAL_ID", true),
            ["dob"] = (BirthDate(lang, f), "DATE_OF_BIRTH", true),
            ["vip"] = (v.PublicIp(), "IP_ADDRESS", true),
            ["user"] = (f.Internet.UserName(first, last), "USERNAME", true),
            ["pass"] = (v.Password(), "PASSWORD", true),
            ["addr"] = ($"{f.Address.StreetAddress()}, {f.Address.ZipCode()} {f.Address.City()}", "ADDRESS", true),
            ["c2ip"] = (v.PublicIp(), "c2_ip", false),
            ["c2dom"] = (c2, "c2_domain", false),
            ["url"] = (v.Url(f.Random.Bool() ? c2 : v.Domain()), "url", false),
            ["sha256"] = (v.Sha256(), "sha256", false),
            ["sha1"] = (v.Sha1(), "sha1", false),
            ["md5"] = (v.Md5(), "md5", false),
            ["btc"] = (v.Btc(), "wallet", false),
            ["eth"] = (v.Eth(), "wallet", false),
            ["xmr"] = (v.Xmr(), "wallet", false),
            ["cve"] = (v.Cve(), "cve", false),
            ["malware"] = (v.MalwareName(), "malware", false),
            ["case"] = (v.CaseId(), "case", false),
        };

        var t = Templates[lang];
        var chosen = t.Pii.OrderBy(_ => random.Next()).Take(random.Next(4, t.Pii.Length + 1))
            .Concat(t.Ioc.OrderBy(_ => random.Next()).Take(random.Next(3, t.Ioc.Length + 1)))
            .OrderBy(_ => random.Next()).ToList();
        var separator = random.Next(3) switch { 0 => " ", 1 => "\n", _ => "\n\n" };
        var text = new StringBuilder();
        var pii = new List<(string, string)>();
        var keep = new List<(string, string)>();
        var title = Title(lang, female, random);
        foreach (var template in chosen)
        {
            var sentence = Slot().Replace(template, m =>
            {
                if (m.Groups[1].Value == "title")
                {
                    return title;
                }

                var (value, type, isPii) = slots[m.Groups[1].Value];
                (isPii ? pii : keep).Add((type, value));
                return value;
            });
            text.Append(text.Length > 0 ? separator : "").Append(sentence);
        }

        return new PiiDocument(id, lang, text.ToString(), pii.Distinct().ToList(), keep.Distinct().ToList());
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Slot();

    private static string Title(string lang, bool female, Random random) => (lang, female) switch
    {
        ("en", true) => random.Next(2) == 0 ? "Ms." : "Mrs.",
        ("en", false) => "Mr.",
        ("es", true) => "Sra.",
        ("es", false) => "Sr.",
        ("pt", true) => "Sra.",
        ("pt", false) => "Sr.",
        ("nl", true) => "mevr.",
        ("nl", false) => "dhr.",
        ("fr", true) => "Mme",
        ("fr", false) => "M.",
        (_, true) => "Frau",
        _ => "Herr",
    };

    private static string Phone(string lang, Faker f)
    {
        var r = f.Random;
        return (lang, r.Int(0, 2)) switch
        {
            ("en", 0) => $"+1 {r.Int(201, 989)} {r.Int(200, 999)} {r.Int(1000, 9999)}",
            ("en", 1) => $"({r.Int(201, 989)}) {r.Int(200, 999)}-{r.Int(1000, 9999)}",
            ("en", _) => $"07{r.Int(100, 999)} {r.Int(100000, 999999)}",
            ("es", 0) => $"+34 6{r.Int(10, 99)} {r.Int(100, 999)} {r.Int(100, 999)}",
            ("es", 1) => $"+57 3{r.Int(0, 2)}{r.Int(0, 9)} {r.Int(100, 999)} {r.Int(1000, 9999)}",
            ("es", _) => $"6{r.Int(10, 99)} {r.Int(10, 99)} {r.Int(10, 99)} {r.Int(10, 99)}",
            ("pt", 0) => $"(11) 9{r.Int(1000, 9999)}-{r.Int(1000, 9999)}",
            ("pt", 1) => $"+351 9{r.Int(10, 39)} {r.Int(100, 999)} {r.Int(100, 999)}",
            ("pt", _) => $"+55 21 9{r.Int(1000, 9999)} {r.Int(1000, 9999)}",
            ("nl", 0) => $"06-{r.Int(10000000, 99999999)}",
            ("nl", 1) => $"+31 6 {r.Int(1000, 9999)} {r.Int(1000, 9999)}",
            ("nl", _) => $"06 {r.Int(10, 99)} {r.Int(10, 99)} {r.Int(10, 99)} {r.Int(10, 99)}",
            ("fr", 0) => $"06 {r.Int(10, 99)} {r.Int(10, 99)} {r.Int(10, 99)} {r.Int(10, 99)}",
            ("fr", 1) => $"+33 7 {r.Int(10, 99)} {r.Int(10, 99)} {r.Int(10, 99)} {r.Int(10, 99)}",
            ("fr", _) => $"07.{r.Int(10, 99)}.{r.Int(10, 99)}.{r.Int(10, 99)}.{r.Int(10, 99)}",
            (_, 0) => $"0151 {r.Int(1000000, 9999999)}",
            (_, 1) => $"+49 (0) 30 {r.Int(1000000, 9999999)}",
            _ => $"+43 664 {r.Int(100, 999)} {r.Int(1000, 9999)}",
        };
    }

    private static string NationalId(string lang, string locale, PiiValues v, string first, string last, Faker f) => lang switch
    {
        "en" => v.Ssn(),
        "es" when locale == "es_MX" => f.Random.Bool() ? v.Curp(first, last) : v.Cedula(),
        "es" => v.Dni(),
        "pt" => v.Cpf(),
        "nl" => v.Bsn(),
        "fr" => v.Nir(),
        _ => v.GermanId(),
    };

    private static string BirthDate(string lang, Faker f)
    {
        var d = f.Date.Between(new DateTime(1940, 1, 1), new DateTime(2006, 12, 31));
        var months = lang switch
        {
            "es" => "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
            "pt" => "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
            "nl" => "januari februari maart april mei juni juli augustus september oktober november december",
            "fr" => "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
            "de" => "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
            _ => "January February March April May June July August September October November December",
        };
        var month = months.Split(' ')[d.Month - 1];
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return (f.Random.Int(0, 2), lang) switch
        {
            (0, "de") => d.ToString("dd.MM.yyyy", inv),
            (0, "en") => d.ToString("MM/dd/yyyy", inv),
            (0, _) => d.ToString("dd/MM/yyyy", inv),
            (1, _) => d.ToString("yyyy-MM-dd", inv),
            (_, "en") => $"{month} {d.Day}, {d.Year}",
            (_, "de") => $"{d.Day}. {month} {d.Year}",
            (_, "es" or "pt") => $"{d.Day} de {month} de {d.Year}",
            _ => $"{d.Day} {month} {d.Year}",
        };
    }
}
