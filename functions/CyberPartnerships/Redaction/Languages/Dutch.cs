namespace CyberPartnerships.Redaction.Languages;

/// <summary>Dutch (nl), of the Netherlands and Belgium (BSN, rijksregisternummer).</summary>
internal static class Dutch
{
    public static readonly LanguageData Data = new(
        "nl",
        Cues:
        [
            (Cue.Person | Cue.VictimIp, "slachtoffer slachtoffers gedupeerde benadeelde"),
            (Cue.Person, "genaamd genaamde heet naam houder aangever aangeefster rekeninghouder klant"),
            (Cue.Title, "dhr dhr. mevr mevr. mevrouw meneer heer"),
            (Cue.Phone, "telefoon mobiel gsm telefoonnummer mobielnummer bereikbaar bereiken bellen"),
            (Cue.Card, "kaart bankpas betaalpas pinpas pas creditcard"),
            (Cue.Account, "rekening rekeningnummer bankrekening"),
            (Cue.NationalId, "documentnummer bsn burgerservicenummer sofinummer identiteit identiteitsnummer paspoort rijksregisternummer " +
                "rijksregister insz niss"),
            (Cue.BirthDate, "geboortedatum geboren geboortedag"),
            (Cue.Username, "gebruikersaccount gebruikersnaam gebruiker inlognaam"),
            (Cue.Password, "wachtwoord wachtwoorden"),
            (Cue.Address, "wonende wonend woonachtig postadres adres woonadres woont"),
            (Cue.VictimIp, "besmet besmette geïnfecteerd geïnfecteerde thuis thuis-ip thuisnetwerk woning privé klant klantin abonnee"),
            (Cue.InfraIp, "aangestuurd bestuurd opdrachten downloadt gedownload gehost nepsite fakesite besturing kwaadaardig kwaadaardige " +
                "aanvaller infrastructuur downloadde downloadden resolveert dader oplichter oplichters frauduleus piraat"),
            (Cue.WeakVictimIp, "vanaf zijn haar hun"),
            (Cue.WeakInfraIp, "naar"),
            (Cue.Username | Cue.Password, "inloggegevens"),
            (Cue.Filler | Cue.Conjunction, "en of met"),
            (Cue.Filler, "gebruikt van is was de het een op"),
        ],
        Fields:
        [
            (FieldHint.PersonName, "volledigenaam naam voornaam achternaam"),
            (FieldHint.Email, "emailadres"),
            (FieldHint.Phone, "telefoon"),
            (FieldHint.Username, "gebruikersnaam"),
            (FieldHint.Password, "wachtwoord"),
            (FieldHint.PostalAddress, "adres"),
            (FieldHint.DateOfBirth, "geboren geboortedatum"),
            (FieldHint.NationalId, "bsn rijksregisternummer insz"),
        ],
        Months: "januari februari maart april mei juni juli augustus september oktober november december",
        Closings: ["met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "groeten", "groet", "bedankt"],
        Wrote: ["schreef"],
        StreetSuffixes: "straat laan weg gracht plein kade singel dijk steeg",
        Greetings: ["hoi", "hallo", "beste", "geachte", "goedemorgen", "goedemiddag", "dag", "hey"],
        Roles: "agent klant medewerker adviseur support gebruiker analist",
        FunctionWords: "de het een en of van in op te met voor door bij aan uit naar over is was zijn waren werd worden " +
            "wordt heeft hebben had hij zij ze wij we niet geen ook als dat die dit deze maar om zich haar hun er nog wel " +
            "ik mijn uw heb ben wat hoe dan nu al toen kan");
}
