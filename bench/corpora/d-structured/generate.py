#!/usr/bin/env python3
"""Structured-document PII test corpus generator (d-structured). Stdlib only, deterministic."""
import argparse, csv, io, json, random, re, string, sys, unicodedata

LANGS = ["en", "es", "pt", "fr", "de", "nl", "it", "pl"]
FORMS = ["csv_comma", "csv_semicolon", "tsv", "pipe_header", "pipe_noheader", "md_ioc_table",
         "form_nextline", "form_colon", "helpdesk_chat", "email_headers", "email_signature",
         "email_quoted_reply", "stealer_log"]

# ---------------------------------------------------------------- names
NAMES = {
 "en": (["James", "Michael", "David", "Daniel", "Thomas", "Christopher", "Matthew", "Andrew", "Robert", "Oliver", "Connor"],
        ["Sarah", "Emily", "Jessica", "Laura", "Rebecca", "Olivia", "Hannah", "Sophie", "Charlotte", "Megan", "Siobhan"],
        ["Smith", "Johnson", "Williams", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thompson", "O'Brien",
         "McCarthy", "Robinson", "Walker", "Hughes", "Patel", "Anderson", "Fitzgerald", "Clarke-Jones"]),
 "es": (["José", "Antonio", "Javier", "Manuel", "Alejandro", "Sergio", "Francisco", "Íñigo", "Álvaro", "Joaquín"],
        ["María", "Carmen", "Lucía", "Isabel", "Pilar", "Raquel", "Mercedes", "Begoña", "Nuria", "María José"],
        ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Jiménez",
         "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "de la Fuente", "del Río", "Ibáñez", "Peña"]),
 "pt": (["João", "Pedro", "Luís", "Tiago", "Rodrigo", "Gonçalo", "Carlos", "Thiago", "Vinícius", "Joaquim"],
        ["Maria", "Beatriz", "Inês", "Mariana", "Fernanda", "Juliana", "Camila", "Ana Paula", "Conceição", "Luíza"],
        ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Fernandes",
         "Gonçalves", "Carvalho", "dos Santos", "da Silva", "de Souza", "Almeida", "Nascimento", "Araújo", "Magalhães"]),
 "fr": (["Jean", "Pierre", "Nicolas", "Julien", "François", "Mathieu", "Thierry", "Sébastien", "Jean-Luc", "Cédric"],
        ["Marie", "Camille", "Sophie", "Céline", "Élodie", "Amélie", "Hélène", "Margaux", "Anne-Sophie", "Maëlle"],
        ["Martin", "Bernard", "Dubois", "Durand", "Leroy", "Moreau", "Lefèvre", "Girard", "Fontaine", "de Villiers",
         "Le Gall", "Dupont", "Lemaire-Roux", "Rousseau", "Chevalier", "Benoît", "Mercier", "d'Aubigny"]),
 "de": (["Lukas", "Jonas", "Maximilian", "Jürgen", "Stefan", "Tobias", "Dieter", "Felix", "Uwe-Peter", "Günther"],
        ["Anna", "Leonie", "Sabine", "Katrin", "Monika", "Ursula", "Heike", "Jana", "Bärbel", "Annelie"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
         "Schäfer", "Richter", "Schröder", "Neumann", "von Berg", "Groß", "Krüger", "Öztürk", "Meier-Lindner"]),
 "nl": (["Daan", "Bram", "Thijs", "Jeroen", "Pieter", "Sven", "Ruud", "Joost", "Maarten", "Wouter"],
        ["Sanne", "Emma", "Lotte", "Femke", "Anouk", "Marieke", "Ilse", "Esther", "Ingrid", "Fleur"],
        ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
         "Meijer", "de Boer", "Mulder", "de Groot", "Peters", "Hendriks", "van Leeuwen", "Dekker", "van der Meer"]),
 "it": (["Giuseppe", "Giovanni", "Luca", "Marco", "Alessandro", "Paolo", "Matteo", "Niccolò", "Gianluca", "Salvatore"],
        ["Francesca", "Chiara", "Giulia", "Sara", "Elena", "Federica", "Ilaria", "Rosaria", "Beatrice", "Maria Grazia"],
        ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
         "Gallo", "Conti", "De Luca", "D'Angelo", "Mancini", "Lombardi", "Barbieri", "Dell'Acqua", "Fontana"]),
 "pl": (["Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Grzegorz", "Wojciech", "Jakub", "Mateusz"],
        ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Ewelina", "Żaneta", "Urszula", "Beata"],
        ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
         "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Grabowski", "Pawłowski",
         "Król", "Wróbel", "Zawadzki", "Jabłoński"]),
}

STREETS = {
 "en": ["{n} Maple Avenue", "{n} Elm Grove", "Flat {a}, {n} Victoria Road", "{n} Church Lane", "{n} Oak Street, Apt {a}B",
        "{n} Willow Crescent", "{n} Station Road"],
 "es": ["C/ Mayor {n}, {a}º B", "Calle de Alcalá {n}, {a}ºA", "Avda. de la Constitución {n}", "Calle Real {n}, bajo",
        "Paseo de Gracia {n}, {a}º {a}ª", "Pza. de España {n}"],
 "pt": ["Rua Augusta {n}, {a}º Esq.", "Rua das Flores, {n}, apto {a}2", "Av. Paulista, {n}", "Travessa do Carmo {n}",
        "Rua Dr. Cândido Mota {n}, {a}º Dto", "Avenida da Liberdade {n}"],
 "fr": ["{n} rue de la République", "{n} bis avenue des Tilleuls", "{n}, impasse des Lilas", "{n} boulevard Voltaire, Bât. {A}",
        "{n} chemin des Vignes", "{n} allée des Peupliers"],
 "de": ["Hauptstraße {n}", "Bahnhofstr. {n}a", "Lindenweg {n}", "Am Mühlbach {n}", "Goethestraße {n}, {a}. OG",
        "Schillerplatz {n}"],
 "nl": ["Kerkstraat {n}", "Prinsengracht {n}-{a}", "Dorpsweg {n}A", "Molenlaan {n}", "Stationsplein {n} bis",
        "Zeelandweg {n}"],
 "it": ["Via Roma {n}", "Corso Vittorio Emanuele II {n}", "Piazza Cavour {n}", "Viale dei Mille {n}/B",
        "Via del Corso {n}, int. {a}", "Vicolo Stretto {n}"],
 "pl": ["ul. Kwiatowa {n}/{a}", "al. Jerozolimskie {n} m. {a}", "ul. Długa {n}", "ul. Źródlana {n}/{a}",
        "os. Słoneczne {n}/{a}", "ul. Żeromskiego {n}"],
}
CITIES = {
 "en": [("SW1A 2AA", "London"), ("M1 4BT", "Manchester"), ("IL 60614", "Chicago"), ("NY 10027", "New York"), ("LS1 3AD", "Leeds")],
 "es": [("28013", "Madrid"), ("08008", "Barcelona"), ("41001", "Sevilla"), ("46002", "Valencia"), ("48001", "Bilbao")],
 "pt": [("1100-048", "Lisboa"), ("4000-322", "Porto"), ("01310-100", "São Paulo"), ("20040-002", "Rio de Janeiro")],
 "fr": [("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"), ("1000", "Bruxelles")],
 "de": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("04109", "Leipzig")],
 "nl": [("1015 CJ", "Amsterdam"), ("3011 AB", "Rotterdam"), ("3511 LX", "Utrecht"), ("9000", "Gent")],
 "it": [("00186", "Roma"), ("20121", "Milano"), ("80133", "Napoli"), ("10121", "Torino"), ("40126", "Bologna")],
 "pl": [("00-950", "Warszawa"), ("31-042", "Kraków"), ("80-831", "Gdańsk"), ("50-077", "Wrocław"), ("90-001", "Łódź")],
}
FREEMAIL = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com"],
            "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
            "pt": ["gmail.com", "sapo.pt", "uol.com.br", "hotmail.com", "bol.com.br"],
            "fr": ["orange.fr", "free.fr", "gmail.com", "laposte.net", "wanadoo.fr"],
            "de": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
            "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "telenet.be"],
            "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
            "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl", "gmail.com"]}
ORGS = {"en": ["northbank.co.uk", "harbourlogistics.com"], "es": ["bancomediterraneo.es", "transportesiberia.es"],
        "pt": ["bancoatlantico.pt", "construtoravale.com.br"], "fr": ["banque-rhone.fr", "cabinet-lefort.fr"],
        "de": ["sparbank-nord.de", "maschinenbau-ost.de"], "nl": ["polderbank.nl", "vanderlogistiek.nl"],
        "it": ["bancapadana.it", "studioassociatopo.it"], "pl": ["bankwislany.pl", "cert-regionalny.pl"]}

# ---------------------------------------------------------------- labels
L = {
 "name":  {"en": ["Full name", "Name", "Customer name"], "es": ["Nombre y apellidos", "Nombre", "Titular"], "pt": ["Nome completo", "Nome"],
           "fr": ["Nom et prénom", "Nom complet", "Nom"], "de": ["Name", "Vor- und Nachname", "Vollständiger Name"],
           "nl": ["Naam", "Volledige naam", "Voor- en achternaam"], "it": ["Nome e cognome", "Nominativo"], "pl": ["Imię i nazwisko", "Nazwisko i imię"]},
 "email": {"en": ["E-mail", "Email address"], "es": ["Correo electrónico", "E-mail"], "pt": ["E-mail", "Endereço de e-mail"],
           "fr": ["Courriel", "Adresse e-mail"], "de": ["E-Mail", "E-Mail-Adresse"], "nl": ["E-mailadres", "E-mail"],
           "it": ["Indirizzo e-mail", "E-mail"], "pl": ["Adres e-mail", "E-mail"]},
 "phone": {"en": ["Phone", "Mobile", "Tel."], "es": ["Teléfono", "Móvil", "Tlf."], "pt": ["Telefone", "Telemóvel", "Celular"],
           "fr": ["Téléphone", "Tél.", "Portable"], "de": ["Telefon", "Mobil", "Tel."], "nl": ["Telefoon", "Mobiel", "Tel."],
           "it": ["Telefono", "Cellulare", "Tel."], "pl": ["Telefon", "Tel. kom.", "Nr telefonu"]},
 "dob":   {"en": ["Date of birth", "DOB"], "es": ["Fecha de nacimiento", "F. nacimiento"], "pt": ["Data de nascimento", "Data nasc."],
           "fr": ["Date de naissance", "Né(e) le"], "de": ["Geburtsdatum", "Geb.-Datum"], "nl": ["Geboortedatum", "Geb. datum"],
           "it": ["Data di nascita", "Nato/a il"], "pl": ["Data urodzenia", "Data ur."]},
 "addr":  {"en": ["Address", "Home address"], "es": ["Domicilio", "Dirección"], "pt": ["Morada", "Endereço"],
           "fr": ["Adresse", "Domicile"], "de": ["Anschrift", "Adresse", "Straße"], "nl": ["Adres", "Woonadres"],
           "it": ["Indirizzo", "Residenza"], "pl": ["Adres", "Adres zamieszkania"]},
 "city":  {"en": ["Postcode / City", "City"], "es": ["CP / Localidad", "Población"], "pt": ["Código postal / Localidade", "Cidade"],
           "fr": ["CP / Ville", "Ville"], "de": ["PLZ / Ort", "Ort"], "nl": ["Postcode / Plaats", "Woonplaats"],
           "it": ["CAP / Città", "Comune"], "pl": ["Kod / Miejscowość", "Miasto"]},
 "iban":  {"en": ["IBAN", "Account (IBAN)"], "es": ["IBAN", "Cuenta (IBAN)"], "pt": ["IBAN", "Conta IBAN"], "fr": ["IBAN", "RIB/IBAN"],
           "de": ["IBAN", "Kontoverbindung"], "nl": ["IBAN", "Rekeningnummer"], "it": ["IBAN", "Conto (IBAN)"], "pl": ["IBAN", "Nr rachunku"]},
 "card":  {"en": ["Card number", "Card"], "es": ["Nº tarjeta", "Tarjeta"], "pt": ["Nº do cartão", "Cartão"], "fr": ["N° de carte", "Carte bancaire"],
           "de": ["Kartennummer", "Karte"], "nl": ["Kaartnummer", "Pasnummer"], "it": ["Numero carta", "Carta"], "pl": ["Nr karty", "Karta"]},
 "nid":   {"en": ["ID number", "National ID"], "es": ["Documento", "Nº documento"], "pt": ["Documento", "Nº identificação"],
           "fr": ["N° d'identification", "Pièce d'identité"], "de": ["Ausweis-/Steuer-Nr.", "Identifikationsnr."],
           "nl": ["Identificatienummer", "ID-nummer"], "it": ["Documento", "Codice identificativo"], "pl": ["Nr identyfikacyjny", "Dokument"]},
 "ip":    {"en": ["IP address", "Source IP", "Customer IP"], "es": ["Dirección IP", "IP origen"], "pt": ["Endereço IP", "IP do cliente"],
           "fr": ["Adresse IP", "IP source"], "de": ["IP-Adresse", "Quell-IP"], "nl": ["IP-adres", "Bron-IP"],
           "it": ["Indirizzo IP", "IP sorgente"], "pl": ["Adres IP", "IP źródłowe"]},
 "user":  {"en": ["Username", "Login"], "es": ["Usuario", "Nombre de usuario"], "pt": ["Utilizador", "Usuário", "Login"],
           "fr": ["Identifiant", "Nom d'utilisateur"], "de": ["Benutzername", "Login"], "nl": ["Gebruikersnaam", "Login"],
           "it": ["Nome utente", "Username"], "pl": ["Login", "Nazwa użytkownika"]},
 "pwd":   {"en": ["Password"], "es": ["Contraseña", "Clave"], "pt": ["Senha", "Palavra-passe"], "fr": ["Mot de passe", "MDP"],
           "de": ["Passwort", "Kennwort"], "nl": ["Wachtwoord"], "it": ["Password", "Parola d'ordine"], "pl": ["Hasło"]},
 "date":  {"en": ["Date", "Incident date"], "es": ["Fecha", "Fecha del hecho"], "pt": ["Data", "Data do incidente"], "fr": ["Date", "Date des faits"],
           "de": ["Datum", "Tatzeit"], "nl": ["Datum", "Pleegdatum"], "it": ["Data", "Data evento"], "pl": ["Data", "Data zdarzenia"]},
 "amount": {"en": ["Amount", "Loss"], "es": ["Importe", "Perjuicio"], "pt": ["Valor", "Prejuízo"], "fr": ["Montant", "Préjudice"],
            "de": ["Betrag", "Schaden"], "nl": ["Bedrag", "Schade"], "it": ["Importo", "Danno"], "pl": ["Kwota", "Strata"]},
 "case":  {"en": ["Case ref", "Case no."], "es": ["Nº diligencias", "Ref. caso"], "pt": ["Nº processo", "Ref. caso"], "fr": ["Réf. dossier", "N° PV"],
           "de": ["Aktenzeichen", "Vorgangsnr."], "nl": ["Zaaknummer", "Dossiernr."], "it": ["Rif. pratica", "N. procedimento"], "pl": ["Sygnatura", "Nr sprawy"]},
 "victim": {"en": ["Victim", "Affected user"], "es": ["Víctima", "Perjudicado"], "pt": ["Vítima", "Lesado"], "fr": ["Victime", "Plaignant"],
            "de": ["Geschädigte/r", "Opfer"], "nl": ["Slachtoffer", "Benadeelde"], "it": ["Vittima", "Parte lesa"], "pl": ["Poszkodowany", "Ofiara"]},
 "type":  {"en": ["Type"], "es": ["Tipo"], "pt": ["Tipo"], "fr": ["Type"], "de": ["Typ"], "nl": ["Type", "Soort"], "it": ["Tipo"], "pl": ["Typ", "Rodzaj"]},
 "ioc":   {"en": ["Indicator", "IoC"], "es": ["Indicador", "IoC"], "pt": ["Indicador", "IoC"], "fr": ["Indicateur", "IoC"],
           "de": ["Indikator", "IoC"], "nl": ["Indicator", "IoC"], "it": ["Indicatore", "IoC"], "pl": ["Wskaźnik", "IoC"]},
 "note":  {"en": ["Notes", "Comment"], "es": ["Observaciones", "Notas"], "pt": ["Observações", "Notas"], "fr": ["Remarques", "Commentaire"],
           "de": ["Bemerkung", "Hinweis"], "nl": ["Opmerking", "Toelichting"], "it": ["Note", "Osservazioni"], "pl": ["Uwagi", "Komentarz"]},
 "channel": {"en": ["Channel"], "es": ["Canal"], "pt": ["Canal"], "fr": ["Canal"], "de": ["Kanal"], "nl": ["Kanaal"], "it": ["Canale"], "pl": ["Kanał"]},
}
HDR = {  # From, To, Cc, Subject, Date/Sent
 "en": ("From", "To", "Cc", "Subject", ["Date", "Sent"]), "es": ("De", "Para", "CC", "Asunto", ["Fecha", "Enviado el"]),
 "pt": ("De", "Para", "Cc", "Assunto", ["Data", "Enviada em"]), "fr": ("De", "À", "Cc", "Objet", ["Date", "Envoyé"]),
 "de": ("Von", "An", "Cc", "Betreff", ["Datum", "Gesendet"]), "nl": ("Van", "Aan", "CC", "Onderwerp", ["Datum", "Verzonden"]),
 "it": ("Da", "A", "Cc", "Oggetto", ["Data", "Inviato"]), "pl": ("Od", "Do", "DW", "Temat", ["Data", "Wysłano"])}
MONTHS = {"en": "January February March April May June July August September October November December",
          "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
          "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
          "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
          "nl": "januari februari maart april mei juni juli augustus september oktober november december",
          "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
          "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"}
MONTHS = {k: v.split() for k, v in MONTHS.items()}

T = {  # narrative phrases; {v}=victim, {dob}, {addr}, {mal}, {c2}, {c2ip}, {h}, {snd}, {iban}, {mule}, {vip}, {url}, {case}
 "en": dict(
    greet=["Hello,", "Hi all,", "Dear colleagues,", "Good morning,", "Hi {first},"],
    close=["Kind regards,", "Best regards,", "Thanks,", "Regards,", "Many thanks,"],
    subj=["Phishing complaint – {case}", "RE: Account takeover {case}", "FW: fraud report", "URGENT: mule account"],
    vic=["We received a complaint from {v} (born {dob}), living at {addr}.", "The customer, {v}, reported unauthorised transfers.",
         "Victim details: {v}, {addr}."],
    phish=["The lure came from {snd}; the domain {dom} is attacker-controlled.", "Malspam sender {snd} (criminal domain {dom}) was used."],
    mal=["The attachment dropped {mal} (SHA256 {h}) which beacons to {c2ip}.", "{mal} sample {h} talks to C2 {c2ip} and {dom}."],
    mule=["Funds went to IBAN {iban} held by money mule {mule}.", "The money mule {mule} received the transfer on {iban}."],
    vip=["The victim's own IP at the time was {vip}.", "Customer logged in from {vip} (home connection)."],
    ask=["Could you confirm whether {c2ip} appears in your logs?", "Please block {url} and advise.", "Let me know if you need more."],
    chat_open=["I got a text with a link {url} and I typed my card details", "someone emptied my account after I clicked a link"],
    q_name="Can I have your full name please?", q_dob="And your date of birth?", q_phone="What's the best number to reach you?",
    q_email="Which e-mail address is registered?", q_addr="Can you confirm your postal address?", q_card="What is the card number affected?",
    q_user="What username do you use for online banking?", ok=["Thank you.", "Thanks, one moment.", "Got it."],
    agent="Agent", cust="Customer", wrote="On {d} at {t}, {n} <{e}> wrote:", sys="The chat has ended."),
 "es": dict(
    greet=["Hola,", "Buenos días,", "Estimados compañeros:", "Buenas tardes,", "Hola {first}:"],
    close=["Un saludo,", "Saludos cordiales,", "Atentamente,", "Gracias,", "Un abrazo,"],
    subj=["Denuncia phishing – {case}", "RE: Suplantación de cuenta {case}", "RV: informe de fraude", "URGENTE: cuenta mula"],
    vic=["Recibimos denuncia de {v} (nacido/a el {dob}), con domicilio en {addr}.", "El cliente {v} comunica transferencias no autorizadas.",
         "Datos de la víctima: {v}, {addr}."],
    phish=["El correo vino de {snd}; el dominio {dom} está controlado por los atacantes.", "Se usó el remitente malicioso {snd} (dominio criminal {dom})."],
    mal=["El adjunto instala {mal} (SHA256 {h}) que conecta con {c2ip}.", "La muestra de {mal} {h} contacta con el C2 {c2ip} y {dom}."],
    mule=["El dinero fue a la cuenta {iban} de la mula {mule}.", "La mula {mule} recibió la transferencia en {iban}."],
    vip=["La IP propia de la víctima era {vip}.", "El cliente accedió desde {vip} (conexión doméstica)."],
    ask=["¿Podéis confirmar si {c2ip} aparece en vuestros registros?", "Por favor, bloquead {url}.", "Quedo a la espera."],
    chat_open=["me llegó un SMS con un enlace {url} y metí los datos de la tarjeta", "me han vaciado la cuenta tras pinchar un enlace"],
    q_name="¿Me indica su nombre completo?", q_dob="¿Y su fecha de nacimiento?", q_phone="¿En qué teléfono le localizamos?",
    q_email="¿Qué correo tiene registrado?", q_addr="¿Me confirma su domicilio?", q_card="¿Cuál es el número de la tarjeta afectada?",
    q_user="¿Qué usuario utiliza en la banca online?", ok=["Gracias.", "Perfecto, un momento.", "Anotado."],
    agent="Agente", cust="Cliente", wrote="El {d}, a las {t}, {n} <{e}> escribió:", sys="El chat ha finalizado."),
 "pt": dict(
    greet=["Olá,", "Bom dia,", "Caros colegas,", "Boa tarde,", "Olá {first},"],
    close=["Cumprimentos,", "Atenciosamente,", "Obrigado,", "Com os melhores cumprimentos,", "Abraço,"],
    subj=["Queixa de phishing – {case}", "RE: Conta comprometida {case}", "ENC: relatório de fraude", "URGENTE: conta mula"],
    vic=["Recebemos queixa de {v} (nascido/a em {dob}), residente em {addr}.", "O cliente {v} reportou transferências não autorizadas.",
         "Dados da vítima: {v}, {addr}."],
    phish=["O e-mail veio de {snd}; o domínio {dom} é controlado pelos atacantes.", "Foi usado o remetente malicioso {snd} (domínio criminoso {dom})."],
    mal=["O anexo instala {mal} (SHA256 {h}) que comunica com {c2ip}.", "A amostra de {mal} {h} contacta o C2 {c2ip} e {dom}."],
    mule=["Os fundos foram para o IBAN {iban} da mula {mule}.", "A mula {mule} recebeu a transferência no {iban}."],
    vip=["O IP da própria vítima era {vip}.", "O cliente acedeu a partir de {vip} (ligação doméstica)."],
    ask=["Podem confirmar se {c2ip} aparece nos vossos registos?", "Por favor bloqueiem {url}.", "Fico a aguardar."],
    chat_open=["recebi um SMS com um link {url} e coloquei os dados do cartão", "esvaziaram a minha conta depois de clicar num link"],
    q_name="Pode indicar o seu nome completo?", q_dob="E a data de nascimento?", q_phone="Qual o melhor contacto telefónico?",
    q_email="Qual o e-mail registado?", q_addr="Confirma a sua morada?", q_card="Qual o número do cartão afetado?",
    q_user="Qual o utilizador do homebanking?", ok=["Obrigado.", "Certo, um momento.", "Anotado."],
    agent="Assistente", cust="Cliente", wrote="Em {d} às {t}, {n} <{e}> escreveu:", sys="O chat foi encerrado."),
 "fr": dict(
    greet=["Bonjour,", "Bonjour à tous,", "Chers collègues,", "Bonsoir,", "Bonjour {first},"],
    close=["Cordialement,", "Bien cordialement,", "Merci,", "Bien à vous,", "Salutations,"],
    subj=["Plainte hameçonnage – {case}", "RE: Compte piraté {case}", "TR: signalement fraude", "URGENT : compte mule"],
    vic=["Nous avons reçu la plainte de {v} (né(e) le {dob}), demeurant {addr}.", "Le client {v} signale des virements non autorisés.",
         "Victime : {v}, {addr}."],
    phish=["Le courriel provenait de {snd} ; le domaine {dom} est contrôlé par les attaquants.", "L'expéditeur malveillant {snd} (domaine criminel {dom}) a été utilisé."],
    mal=["La pièce jointe installe {mal} (SHA256 {h}) qui contacte {c2ip}.", "L'échantillon {mal} {h} communique avec le C2 {c2ip} et {dom}."],
    mule=["Les fonds sont partis vers l'IBAN {iban} de la mule {mule}.", "La mule {mule} a reçu le virement sur {iban}."],
    vip=["L'IP de la victime à ce moment était {vip}.", "Le client s'est connecté depuis {vip} (box domicile)."],
    ask=["Pouvez-vous vérifier si {c2ip} apparaît dans vos journaux ?", "Merci de bloquer {url}.", "Je reste à disposition."],
    chat_open=["j'ai reçu un SMS avec un lien {url} et j'ai saisi ma carte", "on a vidé mon compte après un clic sur un lien"],
    q_name="Pouvez-vous me donner vos nom et prénom ?", q_dob="Et votre date de naissance ?", q_phone="À quel numéro vous joindre ?",
    q_email="Quelle adresse e-mail est enregistrée ?", q_addr="Vous confirmez votre adresse postale ?", q_card="Quel est le numéro de la carte concernée ?",
    q_user="Quel identifiant utilisez-vous pour la banque en ligne ?", ok=["Merci.", "Très bien, un instant.", "C'est noté."],
    agent="Conseiller", cust="Client", wrote="Le {d} à {t}, {n} <{e}> a écrit :", sys="La conversation est terminée."),
 "de": dict(
    greet=["Hallo,", "Guten Tag,", "Liebe Kolleginnen und Kollegen,", "Moin,", "Hallo {first},"],
    close=["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Danke und Gruß", "MfG"],
    subj=["Anzeige Phishing – {case}", "AW: Kontoübernahme {case}", "WG: Betrugsmeldung", "DRINGEND: Finanzagent"],
    vic=["Anzeige erstattet von {v} (geb. {dob}), wohnhaft {addr}.", "Der Kunde {v} meldet nicht autorisierte Überweisungen.",
         "Geschädigte/r: {v}, {addr}."],
    phish=["Die Mail kam von {snd}; die Domain {dom} wird von den Tätern kontrolliert.", "Absender {snd} (Täterdomain {dom}) wurde genutzt."],
    mal=["Der Anhang lädt {mal} (SHA256 {h}), das zu {c2ip} verbindet.", "Die {mal}-Probe {h} spricht mit C2 {c2ip} und {dom}."],
    mule=["Das Geld ging auf die IBAN {iban} des Finanzagenten {mule}.", "Der Finanzagent {mule} erhielt die Überweisung auf {iban}."],
    vip=["Die eigene IP des Opfers war {vip}.", "Kunde war von {vip} (Heimanschluss) eingeloggt."],
    ask=["Könnt ihr prüfen, ob {c2ip} in euren Logs auftaucht?", "Bitte {url} sperren.", "Bei Rückfragen gerne melden."],
    chat_open=["ich hab eine SMS mit Link {url} bekommen und meine Kartendaten eingegeben", "mein Konto wurde leergeräumt nachdem ich auf einen Link geklickt habe"],
    q_name="Wie lautet Ihr vollständiger Name?", q_dob="Und Ihr Geburtsdatum?", q_phone="Unter welcher Nummer erreichen wir Sie?",
    q_email="Welche E-Mail-Adresse ist hinterlegt?", q_addr="Können Sie Ihre Anschrift bestätigen?", q_card="Wie lautet die betroffene Kartennummer?",
    q_user="Welchen Benutzernamen nutzen Sie im Onlinebanking?", ok=["Danke.", "Alles klar, einen Moment.", "Notiert."],
    agent="Mitarbeiter", cust="Kunde", wrote="Am {d} um {t} schrieb {n} <{e}>:", sys="Der Chat wurde beendet."),
 "nl": dict(
    greet=["Hallo,", "Goedemorgen,", "Beste collega's,", "Goedemiddag,", "Hoi {first},"],
    close=["Met vriendelijke groet,", "Groet,", "Bedankt,", "Vriendelijke groeten,", "Mvg,"],
    subj=["Aangifte phishing – {case}", "RE: Accountovername {case}", "FW: fraudemelding", "SPOED: geldezel"],
    vic=["Aangifte ontvangen van {v} (geboren {dob}), wonende {addr}.", "Klant {v} meldt onbevoegde overboekingen.",
         "Slachtoffer: {v}, {addr}."],
    phish=["De mail kwam van {snd}; het domein {dom} is in handen van de daders.", "Afzender {snd} (criminele domeinnaam {dom}) werd gebruikt."],
    mal=["De bijlage installeert {mal} (SHA256 {h}) die verbindt met {c2ip}.", "Sample {mal} {h} praat met C2 {c2ip} en {dom}."],
    mule=["Het geld ging naar IBAN {iban} van geldezel {mule}.", "Geldezel {mule} ontving de overboeking op {iban}."],
    vip=["Het eigen IP van het slachtoffer was {vip}.", "Klant logde in vanaf {vip} (thuisverbinding)."],
    ask=["Kunnen jullie checken of {c2ip} in jullie logs staat?", "Graag {url} blokkeren.", "Hoor graag van jullie."],
    chat_open=["ik kreeg een sms met link {url} en heb mijn pasgegevens ingevuld", "mijn rekening is leeggehaald na een linkje"],
    q_name="Mag ik uw volledige naam?", q_dob="En uw geboortedatum?", q_phone="Op welk nummer bent u bereikbaar?",
    q_email="Welk e-mailadres staat geregistreerd?", q_addr="Kunt u uw adres bevestigen?", q_card="Wat is het nummer van de betreffende pas?",
    q_user="Welke gebruikersnaam gebruikt u voor internetbankieren?", ok=["Dank u.", "Prima, momentje.", "Genoteerd."],
    agent="Medewerker", cust="Klant", wrote="Op {d} om {t} schreef {n} <{e}>:", sys="De chat is beëindigd."),
 "it": dict(
    greet=["Buongiorno,", "Ciao a tutti,", "Gentili colleghi,", "Buonasera,", "Ciao {first},"],
    close=["Cordiali saluti,", "Distinti saluti,", "Grazie,", "Un saluto,", "Saluti,"],
    subj=["Denuncia phishing – {case}", "R: Account compromesso {case}", "I: segnalazione frode", "URGENTE: conto money mule"],
    vic=["Abbiamo ricevuto denuncia da {v} (nato/a il {dob}), residente in {addr}.", "Il cliente {v} segnala bonifici non autorizzati.",
         "Vittima: {v}, {addr}."],
    phish=["La mail proveniva da {snd}; il dominio {dom} è controllato dagli attaccanti.", "È stato usato il mittente malevolo {snd} (dominio criminale {dom})."],
    mal=["L'allegato installa {mal} (SHA256 {h}) che contatta {c2ip}.", "Il campione {mal} {h} comunica con il C2 {c2ip} e {dom}."],
    mule=["I fondi sono finiti sull'IBAN {iban} del money mule {mule}.", "Il prestanome {mule} ha ricevuto il bonifico su {iban}."],
    vip=["L'IP della vittima in quel momento era {vip}.", "Il cliente si è collegato da {vip} (linea di casa)."],
    ask=["Potete verificare se {c2ip} compare nei vostri log?", "Vi chiediamo di bloccare {url}.", "Restiamo in attesa."],
    chat_open=["mi è arrivato un SMS con il link {url} e ho inserito i dati della carta", "mi hanno svuotato il conto dopo un link"],
    q_name="Mi può dire nome e cognome?", q_dob="E la data di nascita?", q_phone="A quale numero la possiamo contattare?",
    q_email="Quale e-mail risulta registrata?", q_addr="Mi conferma l'indirizzo di residenza?", q_card="Qual è il numero della carta coinvolta?",
    q_user="Che nome utente usa per l'home banking?", ok=["Grazie.", "Perfetto, un attimo.", "Annotato."],
    agent="Operatore", cust="Cliente", wrote="Il giorno {d} alle ore {t} {n} <{e}> ha scritto:", sys="La chat è terminata."),
 "pl": dict(
    greet=["Dzień dobry,", "Witam,", "Szanowni Państwo,", "Cześć,", "Cześć {first},"],
    close=["Z poważaniem,", "Pozdrawiam,", "Dziękuję,", "Z wyrazami szacunku,", "Pozdr.,"],
    subj=["Zawiadomienie phishing – {case}", "Odp: Przejęcie konta {case}", "PD: zgłoszenie oszustwa", "PILNE: konto słupa"],
    vic=["Zawiadomienie złożył(a) {v} (ur. {dob}), zam. {addr}.", "Klient {v} zgłasza nieautoryzowane przelewy.",
         "Poszkodowany: {v}, {addr}."],
    phish=["Wiadomość przyszła z {snd}; domena {dom} jest kontrolowana przez sprawców.", "Użyto nadawcy {snd} (domena przestępcza {dom})."],
    mal=["Załącznik instaluje {mal} (SHA256 {h}), który łączy się z {c2ip}.", "Próbka {mal} {h} komunikuje się z C2 {c2ip} i {dom}."],
    mule=["Środki trafiły na rachunek {iban} słupa {mule}.", "Słup {mule} otrzymał przelew na {iban}."],
    vip=["Własny adres IP poszkodowanego to {vip}.", "Klient logował się z {vip} (łącze domowe)."],
    ask=["Czy możecie sprawdzić, czy {c2ip} jest w waszych logach?", "Prosimy o blokadę {url}.", "Czekam na odpowiedź."],
    chat_open=["dostałem SMS z linkiem {url} i wpisałem dane karty", "wyczyścili mi konto po kliknięciu w link"],
    q_name="Proszę podać imię i nazwisko.", q_dob="A datę urodzenia?", q_phone="Pod jakim numerem możemy się kontaktować?",
    q_email="Jaki adres e-mail jest przypisany?", q_addr="Czy może Pan/Pani potwierdzić adres?", q_card="Jaki jest numer karty?",
    q_user="Jaki login do bankowości internetowej?", ok=["Dziękuję.", "Dobrze, chwileczkę.", "Zanotowane."],
    agent="Konsultant", cust="Klient", wrote="W dniu {d} o {t} {n} <{e}> napisał(a):", sys="Czat został zakończony."),
}
ROLES = {"en": ["Fraud Analyst", "SOC Engineer", "Detective Constable"], "es": ["Analista de fraude", "Agente de Policía Judicial"],
         "pt": ["Analista de fraude", "Inspetor"], "fr": ["Analyste fraude", "Enquêteur OPJ"], "de": ["Betrugsprävention", "KHK, Cybercrime"],
         "nl": ["Fraudeanalist", "Rechercheur cybercrime"], "it": ["Analista antifrode", "Ispettore Polizia Postale"],
         "pl": ["Analityk ds. nadużyć", "asp. Wydział do Walki z Cyberprzestępczością"]}
MALWARE = ["Emotet", "QakBot", "AgentTesla", "RedLine", "Raccoon Stealer", "Vidar", "Lumma Stealer", "Formbook", "IcedID",
           "Cobalt Strike", "AsyncRAT", "Remcos", "LockBit 3.0", "SmokeLoader", "DarkGate", "Pikabot", "Grandoreiro", "Mekotio"]
ACTORS = ["APT28", "Lazarus Group", "FIN7", "TA505", "Scattered Spider", "Wizard Spider", "Sandworm", "TA577"]
DOMW = ["secure-login", "cdn-update", "auth-verify", "paket-status", "wallet-sync", "account-check", "m365-portal", "post-track",
        "bank-confirm", "docs-share", "invoice-view", "id-renew"]
TLDS = ["top", "xyz", "ru", "site", "online", "icu", "info", "cc", "shop", "live"]
SITES = ["https://accounts.google.com/signin/v2", "https://login.live.com/", "https://www.facebook.com/login.php",
         "https://www.netflix.com/login", "https://steamcommunity.com/login/home/", "https://www.amazon.de/ap/signin",
         "https://online.bankwislany.pl/login", "https://www.allegro.pl/logowanie", "https://discord.com/login"]


def asc(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and (c.isalnum())).lower()


# ---------------------------------------------------------------- identifiers
def luhn_complete(r, prefix, length):
    d = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 0:
            x *= 2
            x -= 9 if x > 9 else 0
        s += x
    return d + str((10 - s % 10) % 10)


def card(r):
    kind = r.choice(["4", "51", "55", "2221", "34", "37"])
    n = luhn_complete(r, kind, 15 if kind in ("34", "37") else 16)
    st = r.random()
    if len(n) == 15:
        return n if st < .4 else f"{n[:4]} {n[4:10]} {n[10:]}"
    return n if st < .3 else ("-" if st < .5 else " ").join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_LEN = {"GB": 22, "ES": 24, "PT": 25, "FR": 27, "DE": 22, "NL": 18, "IT": 27, "PL": 28, "BE": 16}
IBAN_CC = {"en": ["GB"], "es": ["ES"], "pt": ["PT"], "fr": ["FR", "BE"], "de": ["DE"], "nl": ["NL", "BE"], "it": ["IT"], "pl": ["PL"]}


def iban(r, cc):
    n = IBAN_LEN[cc] - 4
    if cc == "GB":
        bban = r.choice(["NWBK", "BARC", "HBUK", "LOYD"]) + "".join(r.choice(string.digits) for _ in range(14))
    elif cc == "NL":
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB"]) + "".join(r.choice(string.digits) for _ in range(10))
    elif cc == "IT":
        bban = r.choice(string.ascii_uppercase) + "".join(r.choice(string.digits) for _ in range(n - 1))
    else:
        bban = "".join(r.choice(string.digits) for _ in range(n))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    if r.random() < .6:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(r):
    a = r.choice([x for x in range(1, 900) if x != 666])
    return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def nino(r):
    ok1 = "ABCEGHJKLMNOPRSTWXYZ"; ok2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(ok1) + r.choice(ok2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = "".join(r.choice(string.digits) for _ in range(6))
    s = r.choice("ABCD")
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}" if r.random() < .5 else p + d + s


def dni(r):
    n = r.randint(10000000, 99999999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def nie(r):
    p = r.randint(0, 2); n = r.randint(0, 9999999)
    return "XYZ"[p] + f"{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(f"{p}{n:07d}") % 23]


def rut(r):
    body = r.randint(5000000, 25999999)
    s, m = 0, 2
    for c in reversed(str(body)):
        s += int(c) * m; m = 2 if m == 7 else m + 1
    dv = 11 - s % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    return f"{body:,}".replace(",", ".") + "-" + dv


def cuit(r):
    while True:
        pre = r.choice(["20", "27", "23"]); n = f"{r.randint(10000000, 45999999)}"
        s = sum(int(a) * b for a, b in zip(pre + n, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]))
        v = 11 - s % 11
        if v == 10:
            continue
        return f"{pre}-{n}-{0 if v == 11 else v}"


def cpf(r):
    d = [r.randint(0, 9) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}" if r.random() < .7 else s


def nif_pt(r):
    d = [r.choice([1, 2, 3])] + [r.randint(0, 9) for _ in range(7)]
    s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
    c = 11 - s % 11
    d.append(0 if c >= 10 else c)
    return "".join(map(str, d))


def nir(r, male, y, m):
    dep = r.choice(["75", "69", "13", "31", "59", "33", "2A"])
    com = f"{r.randint(1, 999):03d}"; order = f"{r.randint(1, 999):03d}"
    base = f"{1 if male else 2}{y % 100:02d}{m:02d}{dep}{com}{order}"
    num = int(base.replace("2A", "19").replace("2B", "18"))
    key = 97 - num % 97
    return f"{base[0]} {base[1:3]} {base[3:5]} {base[5:7]} {base[7:10]} {base[10:13]} {key:02d}"


def be_nn(r, male, y, m, d):
    ser = r.randrange(1 if male else 2, 998, 2)
    base = f"{y % 100:02d}{m:02d}{d:02d}{ser:03d}"
    num = int(("2" if y >= 2000 else "") + base)
    key = 97 - num % 97
    return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:9]}.{key:02d}"


def steuer_id(r):
    while True:
        digs = r.sample(range(10), 9)
        if digs[0] == 0:
            continue
        dup = r.choice(digs)
        d = digs + [dup]
        r.shuffle(d)
        if d[0] == 0:
            continue
        p = 10
        for x in d:
            s = (x + p) % 10 or 10
            p = (s * 2) % 11
        c = 11 - p
        d.append(0 if c == 10 else c)
        s = "".join(map(str, d))
        return s if r.random() < .6 else f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def bsn(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        c = s % 11
        if c == 10:
            continue
        return "".join(map(str, d + [c]))


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf(r, first, last, male, y, m, d):
    def parts(s):
        s = asc(s).upper()
        return [c for c in s if c not in "AEIOU"], [c for c in s if c in "AEIOU"]
    c, v = parts(last); sur = (c + v + ["X"] * 3)[:3]
    c, v = parts(first); nm = [c[0], c[2], c[3]] if len(c) >= 4 else (c + v + ["X"] * 3)[:3]
    code = "".join(sur + nm) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1] + f"{d + (0 if male else 40):02d}" + \
        r.choice(["H501", "F205", "F839", "L219", "A944", "G273", "D612"])
    s = 0
    for i, ch in enumerate(code):
        s += CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return code + chr(65 + s % 26)


def cie(r):
    return "C" + r.choice("ABCDEFGHJ") + f"{r.randint(0, 99999):05d}" + "".join(r.choice(string.ascii_uppercase) for _ in range(2))


def pesel(r, male, y, m, d):
    mm = m + (20 if y >= 2000 else 0)
    ser = f"{r.randint(0, 999):03d}" + str(r.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8]))
    base = f"{y % 100:02d}{mm:02d}{d:02d}{ser}"
    s = sum(int(a) * w for a, w in zip(base, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]))
    return base + str((10 - s % 10) % 10)


def phone(r, lang):
    D = lambda k: "".join(r.choice(string.digits) for _ in range(k))
    if lang == "en":
        return r.choice([f"+44 7{D(3)} {D(6)}", f"07{D(3)} {D(6)}", f"({r.randint(201, 989)}) {r.randint(200, 999)}-{D(4)}",
                         f"+1 {r.randint(201, 989)}-{r.randint(200, 999)}-{D(4)}", f"020 {D(4)} {D(4)}"])
    if lang == "es":
        return r.choice([f"+34 6{D(2)} {D(3)} {D(3)}", f"6{D(8)}", f"91 {D(3)} {D(2)} {D(2)}", f"+34 7{D(2)} {D(2)} {D(2)} {D(2)}",
                         f"+56 9 {D(4)} {D(4)}", f"+54 9 11 {D(4)}-{D(4)}"])
    if lang == "pt":
        return r.choice([f"+351 9{r.choice('1236')}{D(1)} {D(3)} {D(3)}", f"9{r.choice('1236')}{D(7)}", f"+55 11 9{D(4)}-{D(4)}",
                         f"(21) 9{D(4)}-{D(4)}", f"21 {D(3)} {D(4)}"])
    if lang == "fr":
        return r.choice([f"0{r.choice('67')} {D(2)} {D(2)} {D(2)} {D(2)}", f"+33 {r.choice('67')} {D(2)} {D(2)} {D(2)} {D(2)}",
                         f"+33{r.choice('67')}{D(8)}", f"01.{D(2)}.{D(2)}.{D(2)}.{D(2)}", f"+32 4{D(2)} {D(2)} {D(2)} {D(2)}"])
    if lang == "de":
        return r.choice([f"+49 15{D(1)} {D(8)}", f"0171 {D(7)}", f"030 {D(8)}", f"+49 (0)89 {D(3)} {D(4)}", f"0160/{D(7)}"])
    if lang == "nl":
        return r.choice([f"06-{D(8)}", f"+31 6 {D(8)}", f"020 {D(3)} {D(4)}", f"+31 (0)6 {D(4)} {D(4)}", f"+32 47{D(1)} {D(2)} {D(2)} {D(2)}"])
    if lang == "it":
        return r.choice([f"+39 3{D(2)} {D(3)} {D(4)}", f"3{D(2)} {D(7)}", f"06 {D(7)}", f"+39 02 {D(4)} {D(4)}", f"3{D(9)}"])
    return r.choice([f"+48 {r.choice('5678')}{D(2)} {D(3)} {D(3)}", f"{r.choice('5678')}{D(2)}-{D(3)}-{D(3)}",
                     f"22 {D(3)} {D(2)} {D(2)}", f"+48{r.choice('5678')}{D(8)}"])


def fmt_date(r, lang, y, m, d):
    mon = MONTHS[lang][m - 1]
    opts = {"en": [f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{d} {mon} {y}", f"{mon} {d}, {y}"],
            "es": [f"{d:02d}/{m:02d}/{y}", f"{d} de {mon} de {y}", f"{d:02d}-{m:02d}-{y}"],
            "pt": [f"{d:02d}/{m:02d}/{y}", f"{d} de {mon} de {y}", f"{d:02d}-{m:02d}-{y}"],
            "fr": [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}"],
            "de": [f"{d:02d}.{m:02d}.{y}", f"{d}. {mon} {y}", f"{d}.{m}.{y}"],
            "nl": [f"{d:02d}-{m:02d}-{y}", f"{d} {mon} {y}", f"{d:02d}/{m:02d}/{y}"],
            "it": [f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y}"],
            "pl": [f"{d:02d}.{m:02d}.{y}", f"{d} {mon} {y}", f"{d:02d}.{m:02d}.{y} r."]}[lang]
    return r.choice(opts + [f"{y}-{m:02d}-{d:02d}"])


def public_ip(r, pool):
    return f"{r.choice(pool)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


ISP = [83, 88, 79, 90, 2, 87, 93, 95, 109, 151, 177, 189, 201, 217, 78, 86]
HOST = [45, 185, 91, 193, 194, 5, 146, 162, 176, 141, 103, 23]


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, r, lang):
        self.r, self.lang, self.pii, self.keep = r, lang, [], []

    def P(self, t, v):
        if (t, v) not in self.pii:
            self.pii.append((t, v))
        return "\x01" + v + "\x02"

    def K(self, t, v):
        if (t, v) not in self.keep:
            self.keep.append((t, v))
        return v

    def lab(self, key):
        s = self.r.choice(L[key][self.lang])
        x = self.r.random()
        if x < .12:
            s = s.upper()
        elif x < .17:
            s = s.lower()
        elif x < .20 and len(s) > 5:  # typo: swap two adjacent letters
            i = self.r.randint(1, len(s) - 3)
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        return s

    def person(self, role="victim"):
        r, lang = self.r, self.lang
        male = r.random() < .5
        first = r.choice(NAMES[lang][0 if male else 1])
        last = r.choice(NAMES[lang][2])
        if lang == "pl" and not male:
            last = re.sub(r"(sk|ck|dzk)i$", r"\1a", last)
        if lang == "es" and r.random() < .7:
            last = last + " " + r.choice([x for x in NAMES["es"][2] if x != last])
        if lang == "pt" and r.random() < .5:
            last = r.choice([x for x in NAMES["pt"][2] if x != last]) + " " + last
        y, m, d = r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28)
        p = dict(first=first, last=last, male=male, y=y, m=m, d=d)
        st = r.random()
        if st < .65:
            p["full"] = f"{first} {last}"
        elif st < .8:
            p["full"] = f"{last.upper()} {first}"
        elif st < .9:
            p["full"] = f"{last}, {first}"
        else:
            p["full"] = f"{first} {last}".upper() if lang != "pl" else f"{first} {last.upper()}"
        p["dob"] = fmt_date(r, lang, y, m, d)
        a, b = asc(first), asc(last)
        loc = r.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}{b}{y % 100:02d}", f"{b}.{a}{r.randint(1, 99)}", f"{a}_{b[:5]}"])
        dom = r.choice(ORGS[lang]) if role == "staff" else r.choice(FREEMAIL[lang])
        p["email"] = f"{loc}@{dom}"
        p["phone"] = phone(r, lang)
        p["addr"] = r.choice(STREETS[lang]).format(n=r.randint(1, 240), a=r.randint(1, 9), A=r.choice("ABCD"))
        p["pc"], p["city"] = r.choice(CITIES[lang])
        p["iban"] = iban(r, r.choice(IBAN_CC[lang]))
        p["card"] = card(r)
        p["ip"] = public_ip(r, ISP) if r.random() < .85 else f"2a02:{r.randint(4096, 65535):x}:{r.randint(0, 65535):x}::{r.randint(1, 4095):x}"
        p["user"] = r.choice([f"{a[:1]}{b}{r.randint(1, 99)}", f"{a}.{b}", f"{b}{a[:2]}", f"{a}{y}", f"{a}_{r.randint(100, 999)}"])
        p["pwd"] = r.choice([f"{first.capitalize()}{y}!", f"{asc(b).capitalize()}#{r.randint(10, 99)}", "".join(r.choice(string.ascii_letters + string.digits + "!$%&*") for _ in range(r.randint(9, 14))),
                             f"Qwerty{r.randint(100, 999)}$", f"{a}{m:02d}{d:02d}", f"Lato{y}!", f"Zaq12wsx{r.randint(1, 9)}"])
        p["nid"] = self.nid(p)
        return p

    def nid(self, p):
        r, lang, male, y, m, d = self.r, self.lang, p["male"], p["y"], p["m"], p["d"]
        opts = {"en": [ssn(r), nino(r)], "es": [dni(r), nie(r), rut(r), cuit(r)], "pt": [cpf(r), nif_pt(r)],
                "fr": [nir(r, male, y, m), be_nn(r, male, y, m, d)], "de": [steuer_id(r)], "nl": [bsn(r), be_nn(r, male, y, m, d)],
                "it": [cf(r, p["first"], p["last"], male, y, m, d), cie(r)], "pl": [pesel(r, male, y, m, d)]}[lang]
        return r.choice(opts)

    def ioc(self):
        r = self.r
        dom = r.choice(DOMW) + ("-" + str(r.randint(2, 99)) if r.random() < .4 else "") + "." + r.choice(TLDS)
        c = dict(c2ip=public_ip(r, HOST), dom=dom, mal=r.choice(MALWARE), actor=r.choice(ACTORS),
                 sha256="".join(r.choice("0123456789abcdef") for _ in range(64)),
                 md5="".join(r.choice("0123456789abcdef") for _ in range(32)),
                 sha1="".join(r.choice("0123456789abcdef") for _ in range(40)),
                 cve=f"CVE-{r.randint(2019, 2025)}-{r.randint(1000, 49999)}",
                 wallet=r.choice(["bc1q" + "".join(r.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(38)),
                                  "0x" + "".join(r.choice("0123456789abcdefABCDEF") for _ in range(40))]),
                 snd=r.choice(["noreply", "support", "security", "factura", "rechnung", "info"]) + "@" + dom)
        c["url"] = r.choice(["https://", "http://", "hxxps://"]) + dom + r.choice(["/login", "/verify.php", "/pl/auth", "/?id=" + str(r.randint(1000, 9999)), "/track/"])
        y = r.randint(2023, 2025)
        c["case"] = r.choice([f"CERT-{self.lang.upper()}-{y}-{r.randint(100, 9999):04d}", f"INC{r.randint(100000, 999999)}",
                              f"{r.randint(100, 999)} Js {r.randint(1000, 9999)}/{y % 100}", f"RD/{y}/{r.randint(1000, 99999)}",
                              f"PR {r.randint(1000, 9999)}/{y}"])
        c["when"] = (y, r.randint(1, 12), r.randint(1, 28), f"{r.randint(7, 22):02d}:{r.randint(0, 59):02d}")
        return c

    def incident_date(self, c):
        y, m, d, _ = c["when"]
        return fmt_date(self.r, self.lang, y, m, d)


# ---------------------------------------------------------------- forms
def victim_row_fields(doc, p, c, n_cols):
    """Returns list of (label_key, cell_text) for a tabular row of a victim."""
    cand = [("email", doc.P("EMAIL", p["email"])), ("phone", doc.P("PHONE", p["phone"])), ("dob", doc.P("DATE_OF_BIRTH", p["dob"])),
            ("iban", doc.P("IBAN", p["iban"])), ("ip", doc.P("IP_ADDRESS", p["ip"])), ("nid", doc.P("NATIONAL_ID", p["nid"])),
            ("addr", doc.P("POSTAL_ADDRESS", p["addr"])), ("card", doc.P("CREDIT_CARD", p["card"])), ("user", doc.P("USERNAME", p["user"]))]
    return cand


def table_doc(doc, sep, header=True, md=False):
    r, lang = doc.r, doc.lang
    keys = ["name"] + r.sample(["email", "phone", "dob", "iban", "ip", "nid", "addr", "card", "user"], r.randint(2, 4))
    extra = r.sample(["date", "amount", "c2", "case", "channel"], r.randint(1, 2))
    c = doc.ioc()
    cols = keys + extra
    rows = []
    for _ in range(r.randint(2, 6)):
        p = doc.person()
        m = {"name": doc.P("PERSON", p["full"]), "email": doc.P("EMAIL", p["email"]), "phone": doc.P("PHONE", p["phone"]),
             "dob": doc.P("DATE_OF_BIRTH", p["dob"]), "iban": doc.P("IBAN", p["iban"]), "ip": doc.P("IP_ADDRESS", p["ip"]),
             "nid": doc.P("NATIONAL_ID", p["nid"]), "addr": doc.P("POSTAL_ADDRESS", p["addr"]), "card": doc.P("CREDIT_CARD", p["card"]),
             "user": doc.P("USERNAME", p["user"])}
        cc = c if r.random() < .6 else doc.ioc()
        m["date"] = doc.incident_date(cc)
        m["amount"] = r.choice([f"{r.randint(50, 9999)},{r.randint(0, 99):02d} €", f"€{r.randint(50, 9999)}.00", f"{r.randint(100, 50000)} PLN", f"£{r.randint(20, 5000)}"])
        m["c2"] = r.choice([doc.K("c2_ip", cc["c2ip"]), doc.K("c2_domain", cc["dom"]), doc.K("url", cc["url"])])
        m["case"] = doc.K("case_id", cc["case"])
        m["channel"] = r.choice(["SMS", "e-mail", "WhatsApp", "vishing", "OLX", "Vinted", "Marketplace"])
        rows.append([m[k] for k in cols])
    labs = [doc.lab(k) if k != "c2" else r.choice(["C2", "IoC", doc.lab("ioc"), "Phishing URL/IP"]) for k in cols]
    out = io.StringIO()
    pre = ""
    if r.random() < .5:
        pre = r.choice([f"# export {r.randint(1, 99)} – {c['mal']}\n", f"{doc.lab('case')}: {doc.K('case_id', c['case'])}\n",
                        f"{doc.K('malware', c['mal'])} campaign / C2 {doc.K('c2_ip', c['c2ip'])}\n\n"])
    if md or sep == "|":
        lead = "| " if (md or r.random() < .5) else ""
        tail = " |" if lead else ""
        lines = []
        if header:
            lines.append(lead + " | ".join(labs) + tail)
            if md or r.random() < .6:
                lines.append(lead + " | ".join("---" for _ in labs) + tail)
        for row in rows:
            lines.append(lead + " | ".join(row) + tail)
        return pre + "\n".join(lines) + "\n"
    w = csv.writer(out, delimiter=sep, lineterminator="\n", quoting=csv.QUOTE_MINIMAL if r.random() < .7 else csv.QUOTE_ALL)
    w.writerow(labs)
    for row in rows:
        w.writerow(row)
    return pre + out.getvalue()


def md_ioc_doc(doc):
    r, lang = doc.r, doc.lang
    c = doc.ioc()
    hdr = [doc.lab("type"), doc.lab("ioc"), doc.lab("victim"), doc.lab("note")]
    rows = []
    for _ in range(r.randint(3, 7)):
        p = doc.person()
        kind = r.choice(["ip", "dom", "sha256", "md5", "sha1", "url", "wallet", "snd", "cve"])
        cc = c if r.random() < .5 else doc.ioc()
        kt = {"ip": ("C2 IP", "c2_ip", cc["c2ip"]), "dom": ("C2 domain", "c2_domain", cc["dom"]), "sha256": ("SHA256", "sha256", cc["sha256"]),
              "md5": ("MD5", "md5", cc["md5"]), "sha1": ("SHA1", "sha1", cc["sha1"]), "url": ("URL", "url", cc["url"]),
              "wallet": ("Wallet", "wallet", cc["wallet"]), "snd": ("Sender", "phishing_sender", cc["snd"]), "cve": ("CVE", "cve", cc["cve"])}[kind]
        ind = doc.K(kt[1], kt[2])
        if r.random() < .3:
            ind = f"`{ind}`"
        vic = r.choice([doc.P("PERSON", p["full"]), doc.P("IP_ADDRESS", p["ip"]), doc.P("EMAIL", p["email"]),
                        doc.P("PERSON", p["full"]) + " (" + doc.P("IP_ADDRESS", p["ip"]) + ")",
                        doc.P("PERSON", p["full"]) + ", " + doc.P("PHONE", p["phone"])])
        note = r.choice([doc.K("malware", cc["mal"]), doc.K("actor_group", cc["actor"]), "", doc.incident_date(cc), "TLP:AMBER"])
        rows.append([kt[0], ind, vic, note])
    title = r.choice([f"## IoC – {doc.K('case_id', c['case'])}", f"### {doc.K('malware', c['mal'])} / {doc.K('actor_group', c['actor'])}", "**IOCs**", ""])
    body = "| " + " | ".join(hdr) + " |\n|" + "|".join(r.choice(["---", ":---", "------"]) for _ in hdr) + "|\n"
    body += "\n".join("| " + " | ".join(x) + " |" for x in rows)
    note = ""
    if r.random() < .5:
        note = "\n\n" + r.choice(T[lang]["phish"]).format(snd=doc.K("phishing_sender", c["snd"]), dom=doc.K("c2_domain", c["dom"]))
    return (title + "\n\n" if title else "") + body + note + "\n"


def person_fields(doc, p, n):
    """Selected (label, value) pairs describing a person."""
    f = [("name", doc.P("PERSON", p["full"]))]
    pool = [("dob", "DATE_OF_BIRTH", "dob"), ("nid", "NATIONAL_ID", "nid"), ("addr", "POSTAL_ADDRESS", "addr"),
            ("phone", "PHONE", "phone"), ("email", "EMAIL", "email"), ("iban", "IBAN", "iban"), ("card", "CREDIT_CARD", "card"),
            ("ip", "IP_ADDRESS", "ip"), ("user", "USERNAME", "user"), ("pwd", "PASSWORD", "pwd")]
    for k, t, key in doc.r.sample(pool, n):
        f.append((k, doc.P(t, p[key])))
        if k == "addr" and doc.r.random() < .7:
            f.append(("city", f"{p['pc']} {p['city']}"))
    return f


def form_doc(doc, nextline):
    r, lang = doc.r, doc.lang
    c = doc.ioc()
    p = doc.person()
    fields = person_fields(doc, p, r.randint(3, 7))
    fields.insert(r.randint(0, 1), ("case", doc.K("case_id", c["case"])))
    fields.append(("date", doc.incident_date(c)))
    if r.random() < .7:
        fields.append(("ioc", r.choice([doc.K("url", c["url"]), doc.K("c2_ip", c["c2ip"]), doc.K("phishing_sender", c["snd"])])))
    if r.random() < .4:
        fields.append(("note", r.choice([doc.K("malware", c["mal"]), doc.K("wallet", c["wallet"]), "—"])))
    title = r.choice([doc.lab("victim").upper(), f"{doc.lab('victim')} / {doc.lab('case')}", "", "=== " + doc.lab("victim") + " ==="])
    lines = [title] if title else []
    colon = r.choice([":", ":", " :", " -", ":\t"])
    for k, v in fields:
        lb = doc.lab(k)
        if nextline:
            lines.append(lb + r.choice(["", "", ":"]))
            lines.append(v)
            if r.random() < .3:
                lines.append("")
        else:
            lines.append(f"{lb}{colon} {v}")
    if r.random() < .4:
        m = doc.person()
        lines.append("")
        lines.append(r.choice(T[lang]["mule"]).format(iban=doc.P("IBAN", m["iban"]), mule=doc.P("PERSON", m["full"])))
    return "\n".join(lines) + "\n"


def chat_doc(doc):
    r, lang = doc.r, doc.lang
    t = T[lang]
    c = doc.ioc()
    p = doc.person()
    ag = doc.person("staff")
    agname = doc.P("PERSON", ag["first"]) if r.random() < .6 else doc.P("PERSON", f"{ag['first']} {ag['last']}")
    h, mi = r.randint(8, 20), r.randint(0, 50)
    style = r.randint(0, 2)

    def line(who, msg):
        nonlocal mi
        mi += r.randint(0, 2)
        ts = f"{h:02d}:{mi % 60:02d}"
        nm = f"{t['agent']} ({agname})" if who == "a" else t["cust"]
        if style == 0:
            return f"[{ts}] {nm}: {msg}"
        if style == 1:
            return f"{nm} {ts}\n{msg}"
        return f"{ts} <{'agent' if who == 'a' else 'user'}> {msg}"
    conv = [line("c", r.choice(t["chat_open"]).format(url=doc.K("url", c["url"])))]
    qs = [("q_name", "PERSON", "full"), ("q_dob", "DATE_OF_BIRTH", "dob"), ("q_phone", "PHONE", "phone"), ("q_email", "EMAIL", "email"),
          ("q_addr", "POSTAL_ADDRESS", "addr"), ("q_card", "CREDIT_CARD", "card"), ("q_user", "USERNAME", "user")]
    sel = [qs[0]] + r.sample(qs[1:], r.randint(2, 5))
    for q, typ, key in sel:
        conv.append(line("a", t[q]))
        ans = doc.P(typ, p[key] if key != "full" else f"{p['first']} {p['last']}")
        if r.random() < .3:
            ans = r.choice(["", "sí, ", "ok ", "yes ", "ja, ", "tak, "]) + ans if r.random() < .5 else ans + r.choice([" .", "", " :)", "!"])
        if key == "addr" and r.random() < .5:
            ans += f", {p['pc']} {p['city']}"
        conv.append(line("c", ans))
        if r.random() < .4:
            conv.append(line("a", r.choice(t["ok"])))
    if r.random() < .4:
        conv.append(line("a", r.choice(t["vip"]).format(vip=doc.P("IP_ADDRESS", p["ip"]))))
    conv.append(t["sys"])
    head = r.choice([f"Chat transcript – {doc.K('case_id', c['case'])}", f"{t['agent']}: {agname}", "", f"Ticket #{r.randint(10000, 99999)}"])
    return (head + "\n\n" if head else "") + "\n".join(conv) + "\n"


def body_paras(doc, c, p, mule=None, n=3):
    r, t = doc.r, T[doc.lang]
    parts = []
    v = doc.P("PERSON", p["full"])
    vic = r.choice(t["vic"]).format(v=v, dob=doc.P("DATE_OF_BIRTH", p["dob"]), addr=doc.P("POSTAL_ADDRESS", p["addr"]))
    parts.append(vic)
    opts = [lambda: r.choice(t["phish"]).format(snd=doc.K("phishing_sender", c["snd"]), dom=doc.K("c2_domain", c["dom"])),
            lambda: r.choice(t["mal"]).format(mal=doc.K("malware", c["mal"]), h=doc.K("sha256", c["sha256"]), c2ip=doc.K("c2_ip", c["c2ip"]), dom=doc.K("c2_domain", c["dom"])),
            lambda: r.choice(t["vip"]).format(vip=doc.P("IP_ADDRESS", p["ip"])),
            lambda: r.choice(t["mule"]).format(iban=doc.P("IBAN", mule["iban"]), mule=doc.P("PERSON", mule["full"])),
            lambda: f"{doc.lab('phone')}: {doc.P('PHONE', p['phone'])} / {doc.lab('email')}: {doc.P('EMAIL', p['email'])}",
            lambda: f"{doc.lab('nid')}: {doc.P('NATIONAL_ID', p['nid'])}"]
    for f in r.sample(opts, min(n, len(opts))):
        parts.append(f())
    r.shuffle(parts)
    parts.append(r.choice(t["ask"]).format(c2ip=doc.K("c2_ip", c["c2ip"]), url=doc.K("url", c["url"])))
    joiner = r.choice(["\n\n", "\n", " "])
    return joiner.join(parts)


def signature(doc, s):
    r, lang = doc.r, doc.lang
    lines = [doc.P("PERSON", f"{s['first']} {s['last']}")]
    if r.random() < .8:
        lines.append(r.choice(ROLES[lang]) + r.choice(["", " | " + s["email"].split("@")[1]]))
    for k, key, t in r.sample([("phone", "phone", "PHONE"), ("email", "email", "EMAIL")], r.randint(1, 2)):
        lines.append(r.choice([f"{doc.lab(k)}: ", f"{doc.lab(k)[0]}: ", ""]) + doc.P(t, s[key]))
    return "\n".join(lines)


def email_doc(doc, kind):
    r, lang = doc.r, doc.lang
    t = T[lang]
    c = doc.ioc()
    p, mule, snd, rcp = doc.person(), doc.person(), doc.person("staff"), doc.person("staff")
    fr, to, ccl, subj, dt = HDR[lang]
    y, m, d, hm = c["when"]
    subject = r.choice(t["subj"]).format(case=doc.K("case_id", c["case"]))
    hdr = []
    if kind != "email_signature" or r.random() < .5:
        hdr.append(f"{fr}: {doc.P('PERSON', snd['first'] + ' ' + snd['last'])} <{doc.P('EMAIL', snd['email'])}>")
        hdr.append(f"{r.choice(dt)}: {fmt_date(r, lang, y, m, d)} {hm}")
        hdr.append(f"{to}: {doc.P('EMAIL', rcp['email'])}" if r.random() < .5 else f"{to}: {doc.P('PERSON', rcp['first'] + ' ' + rcp['last'])} <{doc.P('EMAIL', rcp['email'])}>")
        if r.random() < .3:
            hdr.append(f"{ccl}: soc@{r.choice(ORGS[lang])}")
        hdr.append(f"{subj}: {subject}")
        r.shuffle(hdr[1:3]) if False else None
    greet = r.choice(t["greet"]).replace("{first}", doc.P("PERSON", rcp["first"]))
    body = body_paras(doc, c, p, mule, r.randint(2, 4))
    closing = r.choice(t["close"])
    sig = signature(doc, snd) if kind != "email_headers" or r.random() < .5 else doc.P("PERSON", snd["first"])
    text = ("\n".join(hdr) + "\n\n" if hdr else "") + f"{greet}\n\n{body}\n\n{closing}\n{sig}\n"
    if kind == "email_quoted_reply":
        q = doc.person("staff")
        qd = fmt_date(r, lang, y, m, max(1, d - 1))
        attr = t["wrote"].format(d=qd, t=f"{r.randint(8, 18)}:{r.randint(10, 59)}", n=doc.P("PERSON", f"{q['first']} {q['last']}"), e=doc.P("EMAIL", q["email"]))
        qb = body_paras(doc, c, doc.person(), doc.person(), r.randint(1, 3))
        qb += "\n\n" + r.choice(t["close"]) + "\n" + doc.P("PERSON", q["first"])
        quoted = "\n".join("> " + ln if ln else ">" for ln in qb.split("\n"))
        reply = r.choice(t["ok"]) + " " + r.choice(t["ask"]).format(c2ip=doc.K("c2_ip", c["c2ip"]), url=doc.K("url", c["url"]))
        text = ("\n".join(hdr) + "\n\n" if hdr else "") + f"{greet}\n\n{reply}\n\n{closing}\n{sig}\n\n{attr}\n{quoted}\n"
    return text


def stealer_doc(doc):
    r, lang = doc.r, doc.lang
    c = doc.ioc()
    p = doc.person()
    t = T[lang]
    intro = r.choice([
        f"{doc.K('malware', r.choice(['RedLine', 'Vidar', 'Lumma Stealer', 'Raccoon Stealer', 'StealC']))} log — panel {doc.K('c2_ip', c['c2ip'])} ({doc.K('c2_domain', c['dom'])})",
        f"{doc.lab('case')}: {doc.K('case_id', c['case'])}\n{doc.lab('victim')}: {doc.P('PERSON', p['full'])}",
        f"[{doc.K('malware', c['mal'])}] exfil -> {doc.K('url', c['url'])}"])
    sysinfo = [f"IP: {doc.P('IP_ADDRESS', p['ip'])}", f"Country: {lang.upper() if lang != 'en' else 'GB'}",
               f"UserName: {doc.P('USERNAME', p['user'])}", f"MachineName: DESKTOP-{''.join(r.choice(string.ascii_uppercase + string.digits) for _ in range(7))}",
               f"HWID: {''.join(r.choice('0123456789ABCDEF') for _ in range(32))}", f"Log date: {doc.incident_date(c)} {c['when'][3]}"]
    sysinfo = r.sample(sysinfo, r.randint(3, 6))
    if not any("IP:" in s or "UserName" in s for s in sysinfo):
        sysinfo.insert(0, f"IP: {doc.P('IP_ADDRESS', p['ip'])}")
    loc = r.random() < .35
    ul, un, pw = ("URL", "Username", "Password") if not loc else ("URL", L["user"][lang][0], L["pwd"][lang][0])
    ul, un, pw = r.choice([(ul, un, pw), ("url", "login", "password"), ("URL", "USER", "PASS"), ("Host", "Login", "Password")]) if not loc else (ul, un, pw)
    blocks = []
    for _ in range(r.randint(2, 5)):
        site = r.choice(SITES)
        login = r.choice([p["email"], p["user"], p["email"], f"{asc(p['first'])}{r.randint(1, 999)}"])
        ltype = "EMAIL" if "@" in login else "USERNAME"
        pwd = p["pwd"] if r.random() < .5 else "".join(r.choice(string.ascii_letters + string.digits + "!@#") for _ in range(r.randint(8, 13)))
        b = [f"{ul}: {site}", f"{un}: {doc.P(ltype, login)}", f"{pw}: {doc.P('PASSWORD', pwd)}"]
        if r.random() < .5:
            b.append(f"Application: {r.choice(['Google_[Chrome]_Default', 'Edge_Default', 'Mozilla_[Firefox]_profile', 'Opera GX'])}")
        blocks.append("\n".join(b))
    sep = r.choice(["\n===============\n", "\n\n", "\n------------------------------\n"])
    cards = ""
    if r.random() < .4:
        cards = f"\n\n[CreditCards]\n{doc.P('CREDIT_CARD', p['card'])} | {p['m']:02d}/{r.randint(25, 30)} | {doc.P('PERSON', p['first'] + ' ' + p['last'])}"
    tail = ""
    if r.random() < .5:
        tail = "\n\n" + r.choice(t["vip"]).format(vip=doc.P("IP_ADDRESS", p["ip"]))
    return intro + "\n\n" + "\n".join(sysinfo) + "\n\n" + sep.join(blocks) + cards + tail + "\n"


def build(r, lang, form):
    doc = Doc(r, lang)
    if form == "csv_comma":
        raw = table_doc(doc, ",")
    elif form == "csv_semicolon":
        raw = table_doc(doc, ";")
    elif form == "tsv":
        raw = table_doc(doc, "\t")
    elif form == "pipe_header":
        raw = table_doc(doc, "|", True)
    elif form == "pipe_noheader":
        raw = table_doc(doc, "|", False)
    elif form == "md_ioc_table":
        raw = md_ioc_doc(doc)
    elif form == "form_nextline":
        raw = form_doc(doc, True)
    elif form == "form_colon":
        raw = form_doc(doc, False)
    elif form == "helpdesk_chat":
        raw = chat_doc(doc)
    elif form == "stealer_log":
        raw = stealer_doc(doc)
    else:
        raw = email_doc(doc, form)
    return doc, raw


def validate(doc, raw):
    text = raw.replace("\x01", "").replace("\x02", "")
    skeleton = re.sub("\x01[^\x02]*\x02", "\x00", raw)
    # values are registered when rendered; drop the ones a template finally did not use
    doc.pii = [(t, v) for t, v in doc.pii if "\x01" + v + "\x02" in raw]
    doc.keep = [(t, v) for t, v in doc.keep if v in text]
    pii = [v for _, v in doc.pii]
    keep = [v for _, v in doc.keep]
    if not pii:
        return None, "no pii"
    for v in pii:
        if len(v) < 4 or v not in text:
            return None, f"short/missing {v}"
        if v in skeleton:
            return None, f"pii in skeleton {v}"
        for k in keep:
            if v in k or k in v:
                return None, f"pii/keep overlap {v} {k}"
    for k in keep:
        if k not in text:
            return None, f"keep missing {k}"
    return text, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500)
    a = ap.parse_args()
    master = random.Random(a.seed)
    combos = [(f, l) for f in FORMS for l in LANGS]
    master.shuffle(combos)
    for i in range(a.count):
        form, lang = combos[i % len(combos)]
        if i and i % len(combos) == 0:
            master.shuffle(combos)
            form, lang = combos[0]
        for attempt in range(50):
            r = random.Random(f"{a.seed}-{i}-{attempt}")
            doc, raw = build(r, lang, form)
            text, err = validate(doc, raw)
            if text is not None:
                break
        else:
            raise AssertionError(f"doc {i}: {err}")
        assert all(v in text for _, v in doc.pii + doc.keep)
        rec = {"id": f"d-{i + 1}", "lang": lang, "form": form, "text": text,
               "pii": [{"type": t, "value": v} for t, v in doc.pii], "keep": [{"type": t, "value": v} for t, v in doc.keep]}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
