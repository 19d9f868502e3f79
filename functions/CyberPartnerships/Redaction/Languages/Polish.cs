namespace CyberPartnerships.Redaction.Languages;

/// <summary>Polish (pl): PESEL, NIP, dowód osobisty. Polish inflects nouns by case: the common forms of each word are
/// listed (ofiara, ofiary, ofiarą; telefon, telefonu).</summary>
internal static class Polish
{
    public static readonly LanguageData Data = new(
        "pl",
        Cues:
        [
            (Cue.Person | Cue.VictimIp, "ofiara ofiary ofiarą ofiarę ofiar poszkodowany poszkodowana poszkodowani poszkodowanego poszkodowanej " +
                "pokrzywdzony pokrzywdzona pokrzywdzeni pokrzywdzonego pokrzywdzonej"),
            (Cue.Person, "nazwisko nazwiskiem imię imie imieniu nazwisku klient klientka klienta klientki zgłaszający zgłaszająca " +
                "zawiadamiający zawiadamiająca właściciel właścicielka posiadacz posiadaczka"),
            (Cue.Title, "pan pani pana panią panem"),
            (Cue.Phone, "telefon telefonu telefonem telefonicznie komórka komórki komórkowy komorka tel dzwonił dzwoniła zadzwonić kontakt"),
            (Cue.Card, "karta karty kartą kartę kredytowa kredytowej płatnicza płatniczej debetowa debetowej"),
            (Cue.Account, "konto konta kontem rachunek rachunku rachunkiem"),
            (Cue.NationalId, "pesel nip dowód dowodu osobisty osobistego paszport paszportu regon"),
            (Cue.BirthDate, "urodzenia urodzony urodzona urodzeni ur. ur"),
            (Cue.Username, "użytkownik użytkownika użytkownikiem uzytkownik login loginem"),
            (Cue.Password, "hasło hasła hasłem haslo"),
            (Cue.Address, "adres adresem adresu zamieszkały zamieszkała zamieszkania zamieszkali mieszka mieszkający mieszkająca ul. ulica ulicy"),
            (Cue.VictimIp, "domowy domowa domowe domowego prywatny prywatna prywatne zainfekowany zainfekowana zainfekowane abonent abonenta"),
            (Cue.InfraIp, "serwer serwera serwery serwerów sterujący sterujące sterowany złośliwe złośliwy złośliwego złośliwa atakujący " +
                "atakującego przestępca przestępcy przestępców oszust oszuści oszusta oszustów infrastruktura infrastruktury wskaźnik " +
                "wskaźniki pobiera pobrany pobrał hostowany hostowana phishingowa phishingowy phishingowej"),
            (Cue.WeakVictimIp, "z ze jego jej ich"),
            (Cue.Username | Cue.Password, "logowania poświadczenia"),
            (Cue.Filler | Cue.Conjunction, "i oraz lub albo"),
            (Cue.Filler, "jest był była było w we na od przez"),
        ],
        Fields:
        [
            (FieldHint.PersonName, "imię imie nazwisko imięinazwisko imieinazwisko nazwiskoiimię nazwiskoiimie imięnazwisko klient " +
                "zgłaszający poszkodowany pokrzywdzony"),
            (FieldHint.Email, "adresemail adrese-mail poczta"),
            (FieldHint.Phone, "telefon nrtelefonu numertelefonu nrtel telkomórkowy komórka komorka"),
            (FieldHint.Username, "użytkownik uzytkownik nazwaużytkownika nazwauzytkownika"),
            (FieldHint.Password, "hasło haslo"),
            (FieldHint.PostalAddress, "adres ulica adreszamieszkania miejscezamieszkania"),
            (FieldHint.DateOfBirth, "dataurodzenia dataur urodzony urodzona"),
            (FieldHint.NationalId, "pesel nip dowodosobisty nrdowodu numerdowodu dowódosobisty nrdowoduosobistego numerpesel nrpesel"),
        ],
        Months: "styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca sierpień sierpnia " +
            "wrzesień września październik października listopad listopada grudzień grudnia",
        Closings: ["pozdrawiam", "z poważaniem", "z wyrazami szacunku", "pozdrowienia", "dziękuję"],
        Wrote: ["napisał", "napisała", "napisał(a)"],
        StreetsBefore: "ul. al. os. pl. ulica aleja osiedle",
        Greetings: ["cześć", "witam", "dzień dobry", "szanowny", "szanowna", "szanowni", "drogi", "droga", "hej"],
        Roles: "konsultant konsultantka klient klientka doradca operator agent użytkownik wsparcie analityk",
        FunctionWords: "i a w we z ze na do od o po za przez dla u że nie jest był była było byli są się jego jej ich to ten " +
            "ta te tę który która które którego oraz lub ale jak także już przy pod nad tym tego tej jako czy co mnie mi go " +
            "tak bo też tu tam gdy kiedy został została zostało zostały można będzie mam ma mój moja moje");
}
