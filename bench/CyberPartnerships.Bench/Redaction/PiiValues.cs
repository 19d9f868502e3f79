using Bogus;

namespace CyberPartnerships.Bench.Redaction;

/// <summary>Values for generated reports: personal data with valid check digits, and indicators of compromise.
/// Shared (as a linked source file) by the redaction benchmark and the redaction tests.</summary>
public sealed class PiiValues(Faker faker)
{
    private static readonly string[] Malware =
        ["Emotet", "TrickBot", "Qakbot", "Pikabot", "DarkGate", "Latrodectus", "Bumblebee", "SystemBC", "Vidar", "StealC", "Amadey", "Danabot", "Gootloader", "IcedID", "Ursnif", "Dridex"];

    private static readonly string[] Tlds = ["ru", "su", "top", "xyz", "cc", "biz", "online", "shop"];

    private readonly Randomizer _r = faker.Random;

    public string Sha256() => _r.Hash(64);

    public string Sha1() => _r.Hash(40);

    public string Md5() => _r.Hash(32);

    public string MalwareName() => _r.ArrayElement(Malware);

    public string Cve() => $"CVE-{_r.Int(2014, 2025)}-{_r.Int(1000, 49999)}";

    public string CaseId() => _r.Int(0, 2) switch
    {
        0 => $"CASE-{_r.Int(2015, 2026)}-{_r.Int(100, 99999)}",
        1 => $"EC3-{_r.Int(2015, 2026)}-{_r.Int(1000, 9999)}",
        _ => $"OP-{_r.String2(5, "ABCDEFGHKLMNPRSTUVWXYZ")}-{_r.Int(1, 99)}",
    };

    public string Domain() => $"{_r.ArrayElement(new[] { "cdn", "api", "update", "secure", "login", "static", "mail" })}-{_r.String2(_r.Int(5, 9), "abcdefghijklmnopqrstuvwxyz")}.{_r.ArrayElement(Tlds)}";

    public string Url(string domain) => $"{_r.ArrayElement(new[] { "http", "https" })}://{domain}/{_r.ArrayElement(new[] { "gate.php", "payload.bin", "wp-content/upd.js", "load/stage2.dll", "panel/login" })}";

    public string PublicIp() => $"{_r.ArrayElement(new[] { 45, 62, 77, 81, 91, 103, 141, 176, 185, 193, 194, 212 })}.{_r.Int(0, 255)}.{_r.Int(0, 255)}.{_r.Int(1, 254)}";

    public string Btc() => _r.Bool() ? faker.Finance.BitcoinAddress() : "bc1q" + _r.String2(38, "023456789acdefghjklmnpqrstuvwxyz");

    public string Eth() => faker.Finance.EthereumAddress();

    public string Xmr() => "4" + _r.String2(94, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");

    public string Password() => _r.Int(0, 3) switch
    {
        0 => $"{faker.Lorem.Word()}{_r.Int(10, 9999)}{_r.ArrayElement(new[] { "!", "#", "$", "*", "?" })}",
        1 => faker.Internet.Password(_r.Int(8, 14)),
        2 => $"{_r.ArrayElement(new[] { "Summer", "Winter", "Lente", "Verano", "Sommer", "Soleil" })}{_r.Int(2015, 2026)}{_r.ArrayElement(new[] { "!", "@", "#" })}",
        _ => $"{_r.String2(1, "ABCDEFGHJKLMNPQRSTUVWXYZ")}{_r.String2(5, "abcdefghijkmnopqrstuvwxyz")}{_r.Int(0, 9)}{_r.ArrayElement(new[] { "%", "&", "!" })}{_r.Int(10, 99)}",
    };

    public string Card()
    {
        var prefix = _r.ArrayElement(new[] { "4", "51", "52", "53", "54", "55", "2221", "37", "6011" });
        var length = prefix == "37" ? 15 : 16;
        var digits = prefix + _r.String2(length - prefix.Length - 1, "0123456789");
        digits += LuhnDigit(digits);
        return _r.Int(0, 2) switch
        {
            0 => digits,
            1 when length == 16 => string.Join(' ', Enumerable.Range(0, 4).Select(i => digits.Substring(i * 4, 4))),
            _ when length == 16 => string.Join('-', Enumerable.Range(0, 4).Select(i => digits.Substring(i * 4, 4))),
            _ => $"{digits[..4]} {digits[4..10]} {digits[10..]}",
        };
    }

    public static char LuhnDigit(string payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            var d = payload[payload.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }

    public string Iban(string country)
    {
        var (length, bank) = country switch
        {
            "DE" => (22, ""),
            "ES" => (24, ""),
            "PT" => (25, ""),
            "NL" => (18, _r.ArrayElement(new[] { "ABNA", "INGB", "RABO", "TRIO" })),
            "FR" => (27, ""),
            "BE" => (16, ""),
            _ => (22, _r.ArrayElement(new[] { "BARC", "HBUK", "NWBK" })),
        };
        var bban = bank + _r.String2(length - 4 - bank.Length, "0123456789");
        var check = 98 - Mod97(bban + country + "00");
        var iban = $"{country}{check:00}{bban}";
        return _r.Bool() ? iban : string.Join(' ', iban.Chunk(4).Select(c => new string(c)));
    }

    private static int Mod97(string s)
    {
        var rem = 0;
        foreach (var c in s)
        {
            rem = char.IsDigit(c) ? (rem * 10 + (c - '0')) % 97 : (rem * 100 + (c - 'A' + 10)) % 97;
        }

        return rem;
    }

    public string Ssn() => $"{_r.Int(1, 665):000}-{_r.Int(1, 99):00}-{_r.Int(1, 9999):0000}";

    public string Dni()
    {
        var n = _r.Int(1_000_000, 99_999_999);
        var nie = _r.Int(0, 3) == 0;
        if (nie)
        {
            var lead = _r.Int(0, 2);
            n = lead * 10_000_000 + _r.Int(0, 9_999_999);
            return $"{"XYZ"[lead]}{n % 10_000_000:0000000}{"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]}";
        }

        return $"{n:00000000}{"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]}";
    }

    public string Cpf()
    {
        var d = Enumerable.Range(0, 9).Select(_ => _r.Int(0, 9)).ToList();
        for (var k = 9; k <= 10; k++)
        {
            var sum = 0;
            for (var i = 0; i < k; i++)
            {
                sum += d[i] * (k + 1 - i);
            }

            d.Add(sum * 10 % 11 % 10);
        }

        var s = string.Concat(d);
        return _r.Bool() ? $"{s[..3]}.{s[3..6]}.{s[6..9]}-{s[9..]}" : s;
    }

    public string Bsn()
    {
        while (true)
        {
            var d = Enumerable.Range(0, 8).Select(i => i == 0 ? _r.Int(1, 9) : _r.Int(0, 9)).ToArray();
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += d[i] * (9 - i);
            }

            var last = sum % 11;
            if (last < 10)
            {
                return string.Concat(d) + last;
            }
        }
    }

    public string Nir()
    {
        var body = $"{_r.Int(1, 2)}{_r.Int(40, 99):00}{_r.Int(1, 12):00}{_r.Int(1, 95):00}{_r.Int(1, 999):000}{_r.Int(1, 999):000}";
        var key = 97 - (int)(long.Parse(body, System.Globalization.CultureInfo.InvariantCulture) % 97);
        return _r.Bool() ? $"{body}{key:00}" : $"{body[0]} {body[1..3]} {body[3..5]} {body[5..7]} {body[7..10]} {body[10..13]} {key:00}";
    }

    public string Curp(string first, string last)
    {
        const string alphabet = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
        var l = Letters(last);
        var f = Letters(first);
        var body = $"{l[0]}{"AEIOU"[_r.Int(0, 4)]}{_r.String2(1, "ABCDEFGHJKLMNPRSTVZ")}{f[0]}{_r.Int(50, 99):00}{_r.Int(1, 12):00}{_r.Int(1, 28):00}" +
            $"{_r.ArrayElement(new[] { 'H', 'M' })}{_r.ArrayElement(new[] { "DF", "JC", "NL", "PL", "VZ" })}{_r.String2(3, "BCDFGHJKLMNPRSTVZ")}0";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += alphabet.IndexOf(body[i], StringComparison.Ordinal) * (18 - i);
        }

        return body + (10 - sum % 10) % 10;
    }

    private static string Letters(string s)
    {
        var letters = new string(s.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray()).ToUpperInvariant();
        return letters.Length > 0 ? letters : "X";
    }

    public string GermanId() => _r.String2(1, "CFGHJKLMNPRTVWXYZ") + _r.String2(8, "CFGHJKLMNPRTVWXYZ0123456789");

    public string Cedula() => _r.Bool() ? $"{_r.Int(10_000_000, 99_999_999)}" : $"{_r.Int(1, 99)}.{_r.Int(100, 999)}.{_r.Int(100, 999)}";
}
