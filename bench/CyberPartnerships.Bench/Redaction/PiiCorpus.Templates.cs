namespace CyberPartnerships.Bench.Redaction;

/// <summary>Sentence templates per language: personal data in the phrasings of case notes, and indicators.</summary>
public static partial class PiiCorpus
{
    private static readonly Dictionary<string, (string[] Pii, string[] Ioc)> Templates = new(StringComparer.Ordinal)
    {
        ["en"] = (
        [
            "{name} ({email}) says the card {card} was charged twice after the infection.",
            "The complainant can be reached on {phone}.",
            "{title} {last} was born on {dob} and filed the report in person.",
            "Funds left IBAN {iban}, which is held by {name}.",
            "Her social security number {id} was later used to open a loan.",
            "{first} logged in from the home connection {vip} shortly before the fraud.",
            "Combo list excerpt:\n{user}:{pass}",
            "The stolen login was {user} with the password {pass}.",
            "Mailing address: {addr}.",
        ],
        [
            "The dropper (SHA-256 {sha256}) connects to the C2 at {c2ip} on port 443.",
            "Beacons go to {c2dom}; a second stage is fetched from {url}.",
            "This {malware} build has MD5 {md5} and SHA-1 {sha1}.",
            "The ransom was demanded in bitcoin to {btc}.",
            "Laundering went through the Ethereum wallet {eth} and Monero {xmr}.",
            "The operators exploit {cve} for initial access.",
            "Tracked internally as {case}.",
        ]),
        ["es"] = (
        [
            "La denunciante, {name}, indicó que su tarjeta {card} fue clonada.",
            "Se le puede contactar en el móvil {phone} o en {email}.",
            "Nació el {dob}; su documento es {id}.",
            "Las transferencias salieron de la cuenta {iban} a nombre de {title} {last}.",
            "El equipo de la víctima, con IP {vip}, quedó infectado.",
            "Credenciales expuestas: usuario {user}, clave {pass}.",
            "Vive en {addr}.",
        ],
        [
            "El malware {malware} se comunica con el servidor C2 {c2ip} ({c2dom}).",
            "Hash SHA-256 de la muestra: {sha256}.",
            "La carga útil se descargó desde {url}.",
            "Billetera bitcoin del rescate: {btc}.",
            "Vulnerabilidad explotada: {cve}. MD5 {md5}.",
            "Expediente {case}.",
        ]),
        ["pt"] = (
        [
            "A vítima {name} teve o cartão {card} clonado.",
            "Contato: {email}, celular {phone}.",
            "CPF {id}, nascida em {dob}.",
            "A conta bancária {iban} está em nome de {title} {last}.",
            "O computador de casa ({vip}) foi infectado.",
            "Login {user} e senha {pass} vazados num fórum.",
            "Endereço: {addr}.",
        ],
        [
            "O {malware} se comunica com o servidor de controle {c2ip}.",
            "Domínio malicioso {c2dom}; URL de download {url}.",
            "SHA-256 {sha256}, MD5 {md5}.",
            "Carteira do resgate: {btc}.",
            "Explora a {cve}. Processo {case}.",
        ]),
        ["nl"] = (
        [
            "Het slachtoffer, {name}, zag afschrijvingen op creditcard {card}.",
            "Bereikbaar via {phone} of {email}.",
            "Geboren op {dob}, BSN {id}.",
            "Rekeningnummer {iban} staat op naam van {title} {last}.",
            "Zij logde in vanaf haar thuisverbinding met IP {vip}.",
            "Gelekte inloggegevens: gebruiker {user}, wachtwoord {pass}.",
            "Woonadres: {addr}.",
        ],
        [
            "{malware} maakt verbinding met de C2-server {c2ip}.",
            "Kwaadaardig domein {c2dom}, payload op {url}.",
            "Hashes: SHA-256 {sha256}; MD5 {md5}.",
            "Losgeld naar bitcoinadres {btc}.",
            "Misbruikt {cve}. Dossier {case}.",
        ]),
        ["fr"] = (
        [
            "La plaignante, {title} {name}, a vu sa carte {card} débitée.",
            "Joignable au {phone} ou par courriel à {email}.",
            "Née le {dob}, numéro de sécurité sociale {id}.",
            "Le virement provenait du compte {iban}.",
            "Son ordinateur personnel ({vip}) a été compromis.",
            "Identifiants volés : identifiant {user} / mot de passe {pass}.",
            "Adresse postale : {addr}.",
        ],
        [
            "{malware} communique avec le serveur C2 {c2ip}.",
            "Domaine malveillant {c2dom} ; charge utile téléchargée depuis {url}.",
            "Empreinte SHA-256 {sha256}.",
            "Portefeuille de la rançon : {btc}.",
            "Vulnérabilité exploitée : {cve}. Dossier {case}.",
        ]),
        ["de"] = (
        [
            "Der Geschädigte {name} meldete Abbuchungen von der Kreditkarte {card}.",
            "Erreichbar unter {phone} oder per E-Mail an {email}.",
            "Geburtsdatum: {dob}; Personalausweisnummer {id}.",
            "Überweisungen vom Konto {iban} ({title} {last}).",
            "Der private Rechner mit der IP {vip} war infiziert.",
            "Zugangsdaten im Leak: Benutzer {user}, Kennwort {pass}.",
            "Wohnhaft in {addr}.",
        ],
        [
            "{malware} kontaktiert den C2-Server {c2ip}.",
            "Schadhafte Domain {c2dom}, Nachladen von {url}.",
            "SHA-256 der Probe: {sha256}.",
            "Lösegeld-Wallet {btc}.",
            "Ausgenutzte Schwachstelle {cve}. Aktenzeichen {case}.",
        ]),
    };
}
