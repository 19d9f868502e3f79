namespace CyberPartnerships.Redaction.Languages;

/// <summary>German (de), of Germany, Austria and Switzerland (Steuer-ID, Sozialversicherungsnummer).</summary>
internal static class German
{
    public static readonly LanguageData Data = new(
        "de",
        Cues:
        [
            (Cue.Person | Cue.VictimIp, "opfer opfers geschädigte geschädigter betroffene betroffener"),
            (Cue.Person, "namens name inhaber inhaberin anzeigeerstatter kontoinhaber kunde kundin"),
            (Cue.Title, "herr frau hr hr. fr."),
            (Cue.Phone, "mobil telefon telefonnummer handy handynummer mobilnummer rufnummer fax erreichbar erreichen anrufen"),
            (Cue.Card, "kreditkarte kreditkarten karte debitkarte"),
            (Cue.Account, "konto kontonummer bankkonto bankverbindung"),
            (Cue.NationalId, "dokument dokumentennummer ausweis ausweisnummer personalausweis personalausweisnummer identitätsnummer " +
                "sozialversicherungsnummer steuer-id steueridentifikationsnummer identifikationsnummer idnr svnr sv-nummer sv-nr " +
                "versicherungsnummer reisepass id-nummer idnummer"),
            (Cue.BirthDate, "geboren geb. geb geburtsdatum geburtstag"),
            (Cue.Username, "benutzerkonto nutzerkonto benutzername benutzer nutzername nutzer anmeldename"),
            (Cue.Password, "passwort passwörter kennwort"),
            (Cue.Address, "wohnhafte adresse anschrift wohnadresse wohnort wohnhaft wohnt postadresse"),
            (Cue.VictimIp, "privat privaten privater privates heim zuhause wohnung kunde kunden kundin teilnehmer infizierte infizierten"),
            (Cue.InfraIp, "gesteuert befehle befehl exfiltriert lädt nachgeladen herunterladen gehostet steuerung bösartig bösartigen " +
                "angreifer infrastruktur indikator lud luden trojaner aufgelöst löst täter betrüger betrügerisch betrügerische " +
                "betrügerischen botnetz"),
            (Cue.WeakVictimIp, "von aus sein seine seinem seiner ihr ihre ihrem ihrer"),
            (Cue.WeakInfraIp, "zu nach"),
            (Cue.Username | Cue.Password, "zugangsdaten anmeldedaten"),
            (Cue.Filler | Cue.Conjunction, "und oder mit"),
            (Cue.Filler, "von vom ist war der die das den dem verwendet verwendete im"),
        ],
        Fields:
        [
            (FieldHint.PersonName, "vollständigername kunde kundin vorname nachname"),
            (FieldHint.Phone, "mobil mobilnummer handynummer mobiltelefon rufnummer telefonnummer handy"),
            (FieldHint.Username, "benutzername"),
            (FieldHint.Password, "passwort"),
            (FieldHint.PostalAddress, "strasse straße strasseundhausnummer straßeundhausnummer wohnort wohnadresse adresse anschrift"),
            (FieldHint.DateOfBirth, "gebdatum geboren geburtsdatum"),
            (FieldHint.NationalId, "steuerid steueridentifikationsnummer svnr svnummer sozialversicherungsnummer"),
        ],
        Months: "januar februar märz april mai juni juli august september oktober november dezember jänner",
        Closings:
        [
            "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "viele grüße", "beste grüße", "liebe grüße",
            "gruß", "grüße", "mfg", "danke",
        ],
        Wrote: ["schrieb"],
        StreetSuffixes: "straße strasse str. weg gasse platz allee damm",
        Greetings: ["hallo", "liebe", "lieber", "sehr geehrte", "sehr geehrter", "guten tag", "guten morgen", "moin", "servus", "grüß gott"],
        Roles: "agent kunde kundin berater beraterin mitarbeiter support nutzer analyst",
        FunctionWords: "der die das den dem des ein eine einen einem einer eines und oder zu zum zur im in am an auf für mit " +
            "von vom bei beim aus nach über unter ist war sind waren wurde wurden wird hat haben hatte er sie es wir ihr " +
            "nicht kein keine auch als wie dass aber sich seine seiner ihre ihren noch nur");
}
