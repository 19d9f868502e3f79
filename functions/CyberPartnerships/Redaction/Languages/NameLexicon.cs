using System.Collections.Frozen;

namespace CyberPartnerships.Redaction;

[Flags]
internal enum NameKind : byte
{
    None = 0,
    First = 1,
    Last = 2,

    /// <summary>A capitalised word that is a name in some list but far more often something else (a month, a brand,
    /// a malware family): never starts a name on its own.</summary>
    Stop = 4,
}

/// <summary>First names and surnames of the regions of the partnership's languages (generated once from Bogus 35.6.5's
/// locale data: en, en_US, en_GB, en_AU, es, es_MX, pt_BR, pt_PT, nl, nl_BE, fr, de, de_AT, de_CH, it, pl; Polish
/// surnames in -ski, -cki, -dzki also in their feminine form -ska, -cka, -dzka), embedded as <c>Data/names.txt</c>
/// (a line is <c>F</c>, <c>L</c> or <c>FL</c> and the name), plus a stop list of capitalised words that must not start
/// a name.</summary>
internal static class NameLexicon
{
    /// <summary>Malware families, brands, months and other capitalised words that collide with names.</summary>
    private const string StopWords =
        "Emotet TrickBot Trickbot Qakbot QakBot Qbot Dridex Zeus ZeuS Citadel Necurs Ramnit Dorkbot ZeroAccess Conficker Mirai " +
        "Gameover Cutwail Andromeda Gamarue Glupteba Lumma RedLine Raccoon IcedID Bazar BazarLoader Cobalt Strike Ursnif Gozi " +
        "LockBit Conti Ryuk WannaCry Sality Nitol Rustock Waledac Kelihos Bamital Simda Dyre Tofsee SmokeLoader AgentTesla " +
        "FormBook NanoCore Remcos AsyncRAT Pony Hancitor Avalanche Storm Kraken Srizbi Grum Festi Ramdo Caphaw Shylock Tinba " +
        "January February March April May June July August September October November December Monday Tuesday Wednesday " +
        "Thursday Friday Saturday Sunday Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre " +
        "Diciembre Janeiro Fevereiro Março Maio Junho Julho Setembro Outubro Novembro Dezembro Januari Februari Maart Mei Juni " +
        "Juli Augustus Januar Februar März Mai Oktober Dezember Janvier Février Mars Avril Juin Juillet Août Septembre " +
        "Octobre Novembre Décembre Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Will Can Case Sample Server Windows " +
        "Microsoft Google Apple Amazon Android Linux Europol Interpol Police Policía Polícia Politie Polizei Justice Bank Banco " +
        "Paris London Berlin Madrid Lisboa Amsterdam Brussels Bruxelles Wien Zürich Victoria Florida Georgia Virginia Carolina " +
        "Santiago Sydney Austin Dallas Houston Denver Phoenix Orlando Lima Bogotá Medellín Cali Porto Mexico México Brasil " +
        "Brazil Colombia Chile Peru España Spain France Francia Deutschland Germany Nederland Portugal Internet Tor Telegram " +
        "Discord Outlook Office Exchange Chrome Firefox Edge Hunter Qwerty Summer Winter Spring Autumn Admin Root Guest Test " +
        "Grand Great Central North South East West New Saint San Santa Sainte Sint Sankt Fort Port Mount Lake " +
        "Hope Faith Joy Dawn Justice Constant Prosper Chase Angel August Autumn Honor Mark Bill Guy Pat Page Iris Sky Star " +
        "Rain River Holly Ivy Crystal Amber Ruby Jade Pearl Destiny Trinity Unique Precious Royal Major Miles Cash " +
        "Price King Luz Paz Mar Gloria Cruz Estrella Esperanza Mercedes Socorro Sol Engel Juste Modeste Aimé Fidèle " +
        "Agent Tesla Loki Lokibot Azorult Vidar Jupyter Anubis Cerberus Hydra Medusa Joker Sharkbot Flubot Alien Ermac Octo " +
        "Nemty Maze Egregor Clop Hive Akira Black Basta Play Rhysida Phobos Dharma Djvu Ragnar Darkside BlackCat Alphv Cuba " +
        "Babuk Sodinokibi REvil Petya Satan Nefilim Karakurt Lapsus Kimsuky Lazarus Sandworm Turla Fancy Bear Cozy Valak " +
        "Zloader Smoke Mars Luna Nova Pikabot DarkGate Latrodectus Bumblebee SystemBC StealC Amadey Danabot Gootloader Raspberry " +
        "Scattered Spider Wizard Panda Kitten Chollima Typhoon Blizzard Sleet Tempest Sandstorm Hail Dust Midnight Volt Charming " +
        "Equation Gamaredon Evil Corp Silence Carbanak Cobalt FIN7 Wicked Lapsus$";

    private static readonly WordTable<NameKind> Names = Load();

    private static readonly FrozenSet<string> Particles = new[]
    {
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "y", "van", "der", "den", "ter", "ten",
        "von", "vom", "zu", "zur", "'t", "bin", "ben", "mac", "st.",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup =
        Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    public static NameKind Of(ReadOnlySpan<char> word) => Names.TryGetValue(word, out var kind) ? kind : NameKind.None;

    /// <summary>The kind of a word as names are written in reports: as listed, in capitals ("HENDRIKS", as many forms
    /// print surnames), or hyphenated with every part a name ("Anne-Sophie", "MEIER-LINDNER"; the kind of its first
    /// part).</summary>
    public static NameKind OfWritten(ReadOnlySpan<char> word)
    {
        var kind = Of(word);
        if (kind != NameKind.None || word.Length is < 2 or > 40)
        {
            return kind;
        }

        Span<char> title = stackalloc char[40];
        scoped ReadOnlySpan<char> written = word;
        if (IsCapitals(word))
        {
            for (var k = 0; k < word.Length; k++)
            {
                title[k] = k == 0 || word[k - 1] is '-' or '\'' or '’' ? word[k] : char.ToLowerInvariant(word[k]);
            }

            written = title[..word.Length];
            kind = Of(written);
            if (kind != NameKind.None)
            {
                return kind;
            }
        }

        var dash = written.IndexOf('-');
        if (dash <= 0 || dash == written.Length - 1)
        {
            return NameKind.None;
        }

        var first = NameKind.None;
        foreach (var range in written.Split('-'))
        {
            var part = Of(written[range]);
            if ((part & (NameKind.First | NameKind.Last)) == 0 || part.HasFlag(NameKind.Stop))
            {
                return NameKind.None;
            }

            first = first == NameKind.None ? part : first;
        }

        return first & (NameKind.First | NameKind.Last);
    }

    /// <summary>A word in capitals: two letters or more, no lowercase letter (hyphens and apostrophes allowed).</summary>
    public static bool IsCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    public static bool IsParticle(ReadOnlySpan<char> word) => word.Length <= 5 && ParticleLookup.Contains(word);

    /// <summary>The case forms Polish gives a name, foreign names too ("należący do Michała Lewandowskiego", "z Anną
    /// Nowak", "Marka Kaczmarka"): -ski/-cki/-dzki surnames in -skiego, -skiemu, -skim; -ska/-cka/-dzka in -skiej, -ską;
    /// -ek in -ka, -kowi, -kiem; other names ending in a consonant in -a, -owi, -em; names in -a in -y (-i after k, g), -ę,
    /// -ą. Only forms the list does not hold already are added (a name stays what the list says it is).</summary>
    private static IEnumerable<string> CaseForms(string name)
    {
        if (name.Length < 4 || !char.IsUpper(name[0]) || name.Contains(' '))
        {
            yield break;
        }

        var last = name[^1];
        if (name.EndsWith("ski", StringComparison.Ordinal) || name.EndsWith("cki", StringComparison.Ordinal))
        {
            var stem = name[..^1];
            yield return stem + "iego";
            yield return stem + "iemu";
            yield return stem + "im";
        }
        else if (name.EndsWith("ska", StringComparison.Ordinal) || name.EndsWith("cka", StringComparison.Ordinal))
        {
            var stem = name[..^1];
            yield return stem + "iej";
            yield return stem + "ą";
        }
        else if (name.EndsWith("ek", StringComparison.Ordinal))
        {
            var stem = name[..^2];
            yield return stem + "ka";
            yield return stem + "kowi";
            yield return stem + "kiem";
        }
        else if (last == 'a')
        {
            var stem = name[..^1];
            yield return stem + (stem[^1] is 'k' or 'g' ? "i" : "y");
            yield return stem + "ę";
            yield return stem + "ą";
        }
        else if (char.IsLetter(last) && "eiouyąęó".IndexOf(char.ToLowerInvariant(last)) < 0)
        {
            yield return name + "a";
            yield return name + "owi";
            yield return name + (last is 'k' or 'g' ? "iem" : "em");
        }
    }

    private static WordTable<NameKind> Load()
    {
        var names = new Dictionary<string, NameKind>(StringComparer.Ordinal);
        using (var stream = typeof(NameLexicon).Assembly.GetManifestResourceStream("CyberPartnerships.Redaction.Data.names.txt")
            ?? throw new InvalidOperationException("The embedded name list is missing."))
        using (var reader = new StreamReader(stream))
        {
            while (reader.ReadLine() is { } line)
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space <= 0)
                {
                    continue;
                }

                var flags = line.AsSpan(0, space);
                var kind = (flags.Contains('F') ? NameKind.First : 0) | (flags.Contains('L') ? NameKind.Last : 0);
                names[line[(space + 1)..]] = kind;
            }
        }

        foreach (var (name, kind) in names.ToArray())
        {
            foreach (var form in CaseForms(name))
            {
                names.TryAdd(form, kind);
            }
        }

        foreach (var stop in StopWords.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            names[stop] = names.GetValueOrDefault(stop) | NameKind.Stop;
        }

        return new WordTable<NameKind>(names);
    }
}
