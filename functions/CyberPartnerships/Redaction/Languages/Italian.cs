namespace CyberPartnerships.Redaction.Languages;

/// <summary>Italian (it): codice fiscale, carta d'identità.</summary>
internal static class Italian
{
    public static readonly LanguageData Data = new(
        "it",
        Cues:
        [
            (Cue.Person | Cue.VictimIp, "vittima vittime danneggiato danneggiata offeso offesa"),
            (Cue.Person, "chiamato chiamata nome nominativo cognome titolare intestatario intestataria denunciante querelante segnalante " +
                "cliente correntista"),
            (Cue.Title, "sig. sig.ra signor signore signora signorina dott. dott.ssa avv."),
            (Cue.Phone, "telefono tel. cellulare cell. recapito recapiti utenza telefonico telefonica chiamare contattare contattato contattata"),
            (Cue.Card, "carta carte credito debito prepagata bancomat postepay"),
            (Cue.Account, "conto conti"),
            (Cue.NationalId, "fiscale codicefiscale c.f identità identita documento passaporto patente"),
            (Cue.BirthDate, "nascita nato nata nati"),
            (Cue.Username, "utente utenti nomeutente"),
            (Cue.Password, "password"),
            (Cue.Address, "indirizzo indirizzi residente residenza domicilio domiciliato domiciliata abita"),
            (Cue.VictimIp, "domestico domestica privato privata cliente clienti abbonato infetto infetta infettato infettata"),
            (Cue.InfraIp, "controllato controllata comandi scarica scaricato scaricata ospitato ospitata campione comando malevolo " +
                "malevola malevoli dannoso dannosa attaccante infrastruttura indicatore indicatori truffatore truffatori fraudolento " +
                "fraudolenta risolve risolto"),
            (Cue.WeakVictimIp, "dal dalla dai suo sua loro"),
            (Cue.WeakInfraIp, "verso"),
            (Cue.Username | Cue.Password, "credenziali"),
            (Cue.Filler | Cue.Conjunction, "e ed o con"),
            (Cue.Filler, "è era il lo la i gli le un una di del della usato usata utilizzato utilizzata come in"),
        ],
        Fields:
        [
            (FieldHint.PersonName, "nome cognome nominativo nomecognome cognomenome nomeecognome cognomeenome titolare intestatario"),
            (FieldHint.Email, "posta postaelettronica indirizzoemail"),
            (FieldHint.Phone, "telefono cellulare cell recapito numeroditelefono recapitotelefonico"),
            (FieldHint.Username, "utente nomeutente"),
            (FieldHint.PostalAddress, "indirizzo residenza domicilio"),
            (FieldHint.DateOfBirth, "datadinascita datanascita nascita natoil natail luogoedatadinascita"),
            (FieldHint.NationalId, "codicefiscale cf cartaidentita cartadidentita cartaidentità cartadidentità numerocartaidentita"),
        ],
        Months: "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        Closings: ["distinti saluti", "cordiali saluti", "saluti", "grazie", "un saluto"],
        Wrote: ["ha scritto"],
        StreetsBefore: "via viale vicolo piazza piazzale corso largo strada contrada borgo",
        Greetings: ["ciao", "buongiorno", "buonasera", "gentile", "gentili", "caro", "cara", "salve", "egregio"],
        Roles: "operatore operatrice cliente assistente consulente agente utente supporto analista",
        FunctionWords: "il lo la l i gli le un una uno e ed o di del dello della dei degli delle al allo alla ai agli alle " +
            "in nel nello nella nei con per da dal dalla su sul sulla che non è sono era erano ha hanno aveva si suo sua " +
            "suoi sue come ma anche più questo questa quando dove tra fra lui lei loro già");
}
