using System.Runtime.CompilerServices;

namespace CyberPartnerships.Redaction;

/// <summary>What a context word announces about the values that follow it.</summary>
[Flags]
internal enum Cue : ushort
{
    None = 0,
    Person = 1,
    Title = 1 << 1,
    Phone = 1 << 2,
    Card = 1 << 3,
    Account = 1 << 4,
    NationalId = 1 << 5,
    BirthDate = 1 << 6,
    Username = 1 << 7,
    Password = 1 << 8,
    Address = 1 << 9,
    VictimIp = 1 << 10,
    InfraIp = 1 << 11,
    WeakVictimIp = 1 << 12,
    WeakInfraIp = 1 << 13,
    Filler = 1 << 14,

    /// <summary>A conjunction or preposition: a plain word before it may still be a username ("usuario lmartin y …").</summary>
    Conjunction = 1 << 15,

    /// <summary>Function words: fillers and conjunctions.</summary>
    Function = Filler | Conjunction,

    /// <summary>Cues that wait for the next value (as opposed to the IP cues, which are looked up backwards).</summary>
    Pending = Person | Title | Phone | Card | Account | NationalId | BirthDate | Username | Password | Address,
}

internal static class CueExtensions
{
    /// <summary>A function word only (article, copula, conjunction …), announcing nothing.</summary>
    public static bool IsFiller(this Cue cue) => cue != Cue.None && (cue & ~Cue.Function) == 0;
}

/// <summary>Context words in English, Spanish, Portuguese, Dutch, French and German (and the local names of national
/// ids elsewhere: PESEL, codice fiscale, rijksregisternummer, CUIT …), matched case-insensitively on
/// whole tokens (hyphenated tokens also by part; an elided article like <c>d'</c> or <c>l'</c> is dropped first).</summary>
internal static class ContextWords
{
    private static readonly (Cue Cue, string Words)[] Table =
    [
        (Cue.Person | Cue.VictimIp, "victim victims victim's víctima víctimas vítima vítimas slachtoffer slachtoffers victime victimes opfer opfers geschädigte geschädigter betroffene betroffener lesado lesada perjudicado perjudicada afectado afectada damnificado damnificada gedupeerde benadeelde"),
        (Cue.Person, "named called llamado llamada llamados nombrado chamado chamada chamados genaamd genaamde heet nommé nommée appelé appelée namens name nombre nombres nome naam nom titular titulaire holder inhaber inhaberin houder denunciante queixoso queixosa plaignant plaignante aangever aangeefster anzeigeerstatter kontoinhaber rekeninghouder kunde kundin customer cliente client klant complainant declarante"),
        (Cue.Title, "mr mr. mrs mrs. ms ms. miss dr dr. sr sr. sra sra. srta srta. don doña dña dña. dona snr snr. herr frau hr hr. fr. dhr dhr. mevr mevr. mevrouw meneer heer mme mme. mlle mlle. monsieur madame mademoiselle señor señora señorita senhor senhora"),
        (Cue.Phone, "phone phones telephone tel tel. tlf tfno tfno. mobile cell cellphone móvil movil celular teléfono telefono telefone telemóvel telemovel whatsapp telefoon mobiel gsm téléphone portable tél tél. telefon telefonnummer handy handynummer mobilnummer rufnummer telefoonnummer mobielnummer fax reachable reached call calls joignable appeler bereikbaar bereiken bellen erreichbar erreichen joindre anrufen contactar llamar ligar contato contacto"),
        (Cue.Card, "card cards credit debit visa mastercard amex tarjeta tarjetas crédito débito cartão cartões creditcard kaart bankpas betaalpas pinpas pas carte cartes bancaire cb kreditkarte kreditkarten karte debitkarte pan"),
        (Cue.Account, "iban account accounts acct cuenta cuentas conta contas rekening rekeningnummer bankrekening compte comptes rib konto kontonummer bankkonto bankverbindung"),
        (Cue.NationalId, "ssn social-security documento documentos document documentnummer dokument dokumentennummer identificación identificacion ciudadanía ciudadania dni nie nif cif cédula cedula c.c. cc curp rfc cpf rg bsn burgerservicenummer sofinummer nir insee sécurité securite sécu secu identity identidad identidade identiteit identité identite identiteitsnummer id-nummer idnummer passport pasaporte passaporte paspoort passeport reisepass ausweis ausweisnummer personalausweis personalausweisnummer identitätsnummer sozialversicherungsnummer steuer-id steueridentifikationsnummer " +
            "identifikationsnummer idnr svnr sv-nummer sv-nr versicherungsnummer pesel nip dowód dowodu osobisty osobistego fiscale codicefiscale c.f identità identita " +
            "contribuinte cidadão cidadao rijksregisternummer rijksregister insz niss rut cuit cuil c.i"),
        (Cue.BirthDate, "birth birthdate birthday born dob d.o.b. nacimiento nacido nacida nació nac nac. nasc nascimento nascido nascida nasceu geboortedatum geboren geb. geb naissance né née geburtsdatum geburtstag geboortedag"),
        (Cue.Username, "benutzerkonto nutzerkonto gebruikersaccount useraccount username usernames logged alias screenname user user-id userid user_name usuario usuarios usuário usuários utilizador login logins gebruikersnaam gebruiker inlognaam identifiant utilisateur pseudo benutzername benutzer nutzername nutzer anmeldename handle nick nickname"),
        (Cue.Password, "password passwords passwd pwd pw pass passphrase pin contraseña contrasena clave senha senhas palavra-passe wachtwoord wachtwoorden passe mdp motdepasse passwort passwörter kennwort"),
        (Cue.Address, "wonende wonend demeurant demeurante residente domicilié domiciliée domiciliado domiciliada woonachtig residing resident living wohnhafte address addresses addr postadres postadresse postal dirección direccion domicilio endereço endereco morada residência adres woonadres adresse anschrift wohnadresse wohnort wohnhaft resides lives vive mora reside woont habite wohnt"),
        (Cue.VictimIp, "besmet besmette geïnfecteerd home house household residential residence casa doméstica doméstico domestica domestico residencial domicilio domicílio residência domicile thuis thuis-ip thuisnetwerk woning privé privat private privaten privater privates privado privada privée heim zuhause wohnung customer customers cliente clientes client klant kunde kunden kundin klantin subscriber abonado assinante abonnee abonné teilnehmer laptop router workstation infected infectado infectada infecté infectée geïnfecteerde infizierte infizierten isp dsl broadband"),
        (Cue.InfraIp, "gesteuert controlled controlado controlada contrôlé contrôlée aangestuurd bestuurd befehle befehl commands comandos commandes opdrachten exfiltre exfiltra exfiltrates exfiltriert descarga descargado descargada download downloads downloaded baixa baixado baixada télécharge téléchargé téléchargée lädt nachgeladen herunterladen downloadt gedownload gehost gehostet hospedado hospedada alojado alojada hébergé hébergée nepsite fakesite sample samples muestra amostra échantillon beaconed contacted callbacks c2-server c2-servers botnetz c2 c&c cnc c2s command command-and-control control controller controle contrôle mando comando commande steuerung besturing server servers servidor servidores serveur serveurs panel botnet beacon beacons beaconing callback callbacks gate dropper payload loader malware malicious malicioso maliciosa malveillant malveillante bösartig bösartigen kwaadaardig kwaadaardige attacker atacante aanvaller attaquant angreifer infrastructure infraestructura infraestrutura infrastructuur infrastruktur hosting hosted sinkhole proxy relay exfiltration exfil ioc iocs indicator indicators indicador indicadores indicateur indicateurs indikator phishing scanner blocklist blacklist vps staging downloader exploit descargaron descargó descargaba descargar baixou baixaram baixava baixar downloadde downloadden downloadt téléchargeait téléchargent télécharger lud luden trojan trojans troyano troyanos trojaner stealer infostealer ransomware rat exitnode exit-node hoster bulletproof resuelto resuelve resolves resolved resolving resolvido resolvia résolu résout aufgelöst löst resolveert hacker hackers pirata piratas pirate piraat täter dader golpista golpistas estafador estafadores oplichter oplichters escroc escrocs betrüger scammer scammers fraudster fraudsters fraudulento fraudulenta fraudulent frauduleux frauduleuse frauduleus betrügerisch betrügerische betrügerischen"),
        (Cue.WeakVictimIp, "from desde vanaf depuis von aus his her their su sus sua seu son sa ses leur zijn haar hun sein seine seinem seiner ihr ihre ihrem ihrer"),
        (Cue.WeakInfraIp, "to towards hacia para naar vers zu nach"),
        (Cue.Username | Cue.Password, "credentials credential creds credenciales credenciais credenciales zugangsdaten anmeldedaten inloggegevens identifiants"),
        (Cue.Filler | Cue.Conjunction, "/ | and y e und et en or o ou oder of with con com met mit avec"),
        (Cue.Filler, "van von vom des du : = - is was are were es era fue é foi est était ist war the a an el la los las o os um uma de del do da of un une le les een het der die das den dem used utilizada utilizado usada usado gebruikt utilisé utilisée verwendet verwendete set to como as en em in op im au à"),
    ];

    private static readonly WordTable<Cue> Words = Build();

    /// <summary>A filter on (length, first letter, last letter) of the words: most tokens are rejected without hashing.</summary>
    private static readonly ulong[] Filter = BuildFilter();

    private static int FilterIndex(int length, char first, char last) => (Math.Min(length, 63) << 10) | (Fold(first) << 5) | Fold(last);

    private static int Fold(char c) => (c < 128 ? (c is >= 'A' and <= 'Z' ? c | 0x20 : c) : char.ToLowerInvariant(c)) & 31;

    private static ulong[] BuildFilter()
    {
        var filter = new ulong[(64 << 10) / 64];
        foreach (var word in Words.Keys)
        {
            var index = FilterIndex(word.Length, word[0], word[^1]);
            filter[index >> 6] |= 1UL << (index & 63);
        }

        return filter;
    }

    /// <summary>Whether a token of 1 to 40 characters passes the filter; for ASCII letters the folded index is the
    /// character's low five bits (upper and lower case share them).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayContain(ReadOnlySpan<char> token)
    {
        var first = token[0];
        var last = token[^1];
        var index = (first | last) < 128 ? (token.Length << 10) | ((first & 31) << 5) | (last & 31) : FilterIndex(token.Length, first, last);
        return (Filter[index >> 6] & (1UL << (index & 63))) != 0;
    }

    /// <summary>Looks a token of 1 to 40 characters up in lowercase (ASCII letters folded without a branch, other
    /// characters by <see cref="char.ToLowerInvariant"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryLookup(ReadOnlySpan<char> token, out Cue cue)
    {
        var buffer = default(Buffer40);
        Span<char> lower = buffer;
        lower = lower[..token.Length];
        var any = 0;
        for (var k = 0; k < lower.Length; k++)
        {
            var c = token[k];
            any |= c;
            lower[k] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        if (any >= 128)
        {
            for (var k = 0; k < lower.Length; k++)
            {
                lower[k] = token[k] < 128 ? lower[k] : char.ToLowerInvariant(token[k]);
            }
        }

        return Words.TryGetValue(lower, out cue);
    }

    private static WordTable<Cue> Build()
    {
        var words = new Dictionary<string, Cue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (cue, list) in Table)
        {
            foreach (var w in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words[w] = words.GetValueOrDefault(w) | cue;
            }
        }

        return new WordTable<Cue>(words.ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal));
    }

    /// <summary>An apostrophe, a dot or a hyphen (tokens are short: a plain loop beats a vectorised search).</summary>
    private static bool HasSpecial(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is '\'' or '’' or '.' or '-')
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] InfraStems = ["server", "serveur", "servidor", "phishing", "botnet", "malware", "c2", "command", "steuer", "control"];
    private static readonly string[] VictimStems = ["thuis", "heim", "privat", "home", "opfer", "slachtoffer", "victim", "infiz", "besmet"];

    /// <summary>IP context inside compound words (Steuerserver, phishingpagina, thuisverbinding, Heimanschluss).</summary>
    public static Cue IpStem(ReadOnlySpan<char> token)
    {
        if (token.Length < 7)
        {
            return Cue.None;
        }

        Span<char> lower = stackalloc char[64];
        lower = lower[..Math.Min(token.Length, 64)];
        for (var k = 0; k < lower.Length; k++)
        {
            var c = token[k];
            lower[k] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return HasStem(lower, InfraStems) ? Cue.InfraIp : HasStem(lower, VictimStems) ? Cue.VictimIp : Cue.None;
    }

    /// <summary>Whether <paramref name="lower"/> starts or ends with one of the stems (the first or last letter is
    /// compared before the stem).</summary>
    private static bool HasStem(ReadOnlySpan<char> lower, string[] stems)
    {
        var (first, last) = (lower[0], lower[^1]);
        foreach (var stem in stems)
        {
            if ((first == stem[0] && lower.StartsWith(stem)) || (last == stem[^1] && lower.EndsWith(stem)))
            {
                return true;
            }
        }

        return false;
    }

    private const ShapeFlags SpecialFlags = ShapeFlags.Dot | ShapeFlags.Hyphen | ShapeFlags.Apostrophe | ShapeFlags.Other;

    /// <summary>The cue of a token whose shape flags are known: without an apostrophe, dot or hyphen only the whole
    /// word is looked up.</summary>
    public static Cue Of(ReadOnlySpan<char> token, ShapeFlags flags) =>
        (flags & SpecialFlags) != 0 ? Of(token) : Whole(token);

    private static Cue Whole(ReadOnlySpan<char> token) =>
        token.Length is > 0 and <= 40 && MayContain(token) && TryLookup(token, out var cue) ? cue : Cue.None;

    /// <summary>The cue of a token (whole, then without an elided article, then by hyphenated part).</summary>
    public static Cue Of(ReadOnlySpan<char> token)
    {
        if (token.Length is 0 or > 40)
        {
            return Cue.None;
        }

        if (MayContain(token) && TryLookup(token, out var cue))
        {
            return cue;
        }

        if (!HasSpecial(token))
        {
            return Cue.None;
        }

        if (token.Length > 2 && token[1] is '\'' or '’' && (token[0] | 0x20) is 'd' or 'l' or 'n' or 's')
        {
            return Of(token[2..]);
        }

        if (token.EndsWith("'s") || token.EndsWith("’s"))
        {
            return Of(token[..^2]);
        }

        if (token.Contains('.') && token.Length <= 12)
        {
            Span<char> compact = stackalloc char[token.Length];
            var n = 0;
            foreach (var c in token)
            {
                if (c != '.')
                {
                    compact[n++] = c;
                }
            }

            return n > 0 && n < token.Length ? Of(compact[..n]) : Cue.None;
        }

        var dash = token.IndexOf('-');
        if (dash <= 0)
        {
            return Cue.None;
        }

        cue = Cue.None;
        foreach (var part in token.Split('-'))
        {
            var piece = token[part];
            if (piece.Length > 0 && piece.Length < token.Length)
            {
                cue |= Of(piece) & ~(Cue.Filler | Cue.Conjunction);
            }
        }

        return cue;
    }

    [InlineArray(40)]
    private struct Buffer40
    {
        private char _first;
    }
}
