#!/usr/bin/env python3
"""Held-out PII test corpus generator (folder f-third). Standard library only.

python3 generate.py --seed N --count M > corpus.jsonl
"""
import argparse, json, random, re, sys, string
from datetime import date, timedelta

FOLDER = "f"

# ---------------------------------------------------------------- sentinels
P0, P1, K0, K1 = "\x01", "\x02", "\x03", "\x04"


class Doc:
    def __init__(self, rng, lang, form):
        self.rng, self.lang, self.form = rng, lang, form
        self.pii, self.keep = [], []

    def p(self, t, v):
        assert not any(c in v for c in P0 + P1 + K0 + K1), v
        if (t, v) not in self.pii:
            self.pii.append((t, v))
        return P0 + v + P1

    def k(self, t, v):
        assert not any(c in v for c in P0 + P1 + K0 + K1), v
        if (t, v) not in self.keep:
            self.keep.append((t, v))
        return K0 + v + K1


class Reject(Exception):
    pass


def _isal(c):
    return c.isalnum() or c == "_"


def finalize(d, raw):
    # every pii value must only occur inside labelled pii insertions
    masked = re.sub(P0 + "[^" + P1 + "]*" + P1, "\x00", raw)
    masked = masked.replace(K0, "").replace(K1, "")
    for t, v in d.pii:
        if v in masked:
            raise Reject("pii value in template text: %r" % v)
    text = raw
    for s in (P0, P1, K0, K1):
        text = text.replace(s, "")
    if not d.pii:
        raise Reject("no pii")
    spans = []
    for t, v in d.pii:
        if len(v) < 4:
            raise Reject("short pii %r" % v)
        if v not in text:
            raise Reject("missing pii %r" % v)
        for m in re.finditer(re.escape(v), text):
            a, b = m.start(), m.end()
            if (a > 0 and _isal(text[a - 1]) and _isal(v[0])) or (b < len(text) and _isal(text[b]) and _isal(v[-1])):
                raise Reject("pii not token-bounded %r" % v)
            spans.append((a, b))
    for t, v in d.keep:
        if v not in text:
            raise Reject("missing keep %r" % v)
        for t2, v2 in d.pii:
            if v2 in v or v in v2:
                raise Reject("pii/keep overlap %r %r" % (v, v2))
        for m in re.finditer(re.escape(v), text):
            a, b = m.start(), m.end()
            for sa, sb in spans:
                if a < sb and sa < b:
                    raise Reject("keep overlaps pii span %r" % v)
    return text


# ---------------------------------------------------------------- helpers
def ch(rng, seq):
    return seq[rng.randrange(len(seq))]


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def strip_acc(s):
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace("ı", "i").replace("'", "").replace("’", "").replace(" ", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def typo(rng, s, rate=0.05):
    """mangle ordinary words (never called on labelled values)."""
    out = []
    for w in re.split(r"(\s+)", s):
        if len(w) > 3 and w.isalpha() and rng.random() < rate:
            i = rng.randrange(1, len(w) - 1)
            op = rng.randrange(3)
            if op == 0:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif op == 1:
                w = w[:i] + w[i + 1:]
            else:
                w = w[:i] + w[i] + w[i:]
        out.append(w)
    return "".join(out)


def typo_outside(rng, raw, rate=0.06):
    parts = re.split("(" + P0 + "[^" + P1 + "]*" + P1 + "|" + K0 + "[^" + K1 + "]*" + K1 + ")", raw)
    return "".join(p if (p.startswith(P0) or p.startswith(K0)) else typo(rng, p, rate) for p in parts)


# ---------------------------------------------------------------- names
NAMES = {
 "GB": (["Oliver", "James", "Thomas", "Daniel", "Christopher", "Harry", "George", "Matthew", "Callum", "Rhys", "Gareth", "Stuart"],
        ["Charlotte", "Emily", "Hannah", "Rebecca", "Sophie", "Bethany", "Lauren", "Gemma", "Kirsty", "Eleanor", "Imogen", "Niamh"],
        ["Whitfield", "Ashworth", "Hughes", "Thompson", "Okafor", "Patel", "Robinson", "Clarke", "McAllister", "Fletcher", "Pemberton",
         "Hargreaves", "Ashworth-Clarke", "Sutcliffe", "Khan", "Llewellyn", "MacKenzie", "Featherstone"]),
 "US": (["Michael", "Christopher", "Brandon", "Tyler", "Joshua", "Kevin", "Anthony", "Marcus", "DeShawn", "Ethan"],
        ["Jessica", "Ashley", "Brittany", "Megan", "Kayla", "Stephanie", "Latoya", "Madison", "Samantha", "Jennifer"],
        ["Johnson", "Rodriguez", "Nguyen", "Kowalczyk", "O'Connor", "Washington", "Hernandez", "Peterson", "Goldberg", "Schwartz",
         "Anderson", "Fitzpatrick", "Delgado", "Whitaker"]),
 "IE": (["Ciarán", "Declan", "Seán", "Pádraig", "Eoin", "Darragh", "Cormac"],
        ["Aoife", "Siobhán", "Róisín", "Caoimhe", "Sinéad", "Orla", "Gráinne"],
        ["O'Brien", "Murphy", "Fitzgerald", "Ó Súilleabháin", "Byrne", "Kavanagh", "McCarthy", "Doherty", "Gallagher", "Kinsella"]),
 "ES": (["José Luis", "Francisco Javier", "Álvaro", "Iñaki", "Sergio", "Rubén", "Alejandro", "Jordi", "Ignacio", "Raúl", "Gonzalo"],
        ["María del Carmen", "Lucía", "Begoña", "Nerea", "Montserrat", "Pilar", "Inmaculada", "Ainhoa", "Rocío", "Marta", "Elena"],
        ["García", "Fernández", "Martínez", "Sánchez", "Rodríguez", "Gómez", "Jiménez", "Muñoz", "Álvarez", "Iglesias", "Castillo",
         "Ortega", "Delgado", "Núñez", "de la Fuente", "Peñalver", "Etxeberria", "Fernández de la Torre", "Sáez", "Urquijo"]),
 "MX": (["Alejandro", "Juan Carlos", "Luis Ángel", "Jesús", "Emiliano", "Rodrigo"],
        ["Guadalupe", "Ximena", "María Fernanda", "Itzel", "Daniela", "Yesenia"],
        ["Hernández", "Ramírez", "Flores", "Cruz", "Morales", "Reyes", "Gutiérrez", "Mendoza", "Vázquez", "Chávez", "Domínguez"]),
 "AR": (["Maximiliano", "Facundo", "Matías", "Agustín", "Gonzalo"],
        ["Valentina", "Florencia", "Camila", "Milagros", "Romina"],
        ["González", "Pereyra", "Benítez", "Acosta", "Medina", "Sosa", "Romero", "Giménez", "Aguirre"]),
 "CL": (["Benjamín", "Vicente", "Cristóbal", "Felipe"], ["Constanza", "Javiera", "Catalina", "Francisca"],
        ["Rojas", "Contreras", "Soto", "Muñoz", "Araya", "Fuentes", "Espinoza", "Valenzuela"]),
 "CO": (["Andrés Felipe", "Juan David", "Santiago", "Camilo"], ["Luisa Fernanda", "Natalia", "Paola", "Yuliana"],
        ["Vargas", "Ospina", "Cárdenas", "Restrepo", "Castaño", "Quintero", "Londoño"]),
 "EC": (["Byron", "Édison", "Wilmer"], ["Maritza", "Gissela", "Jessenia"], ["Quishpe", "Guamán", "Zambrano", "Villacís", "Andrade"]),
 "UY": (["Nicolás", "Rodrigo", "Joaquín"], ["Lucía", "Sofía", "Victoria"], ["Pérez", "Cabrera", "Olivera", "Techera", "Silveira"]),
 "PT": (["João Pedro", "Gonçalo", "Tiago", "Rui", "Duarte", "Afonso", "Nuno", "Vasco", "Rodrigo"],
        ["Maria João", "Inês", "Beatriz", "Filipa", "Leonor", "Matilde", "Carolina", "Sofia", "Joana"],
        ["Ferreira", "Pereira", "Oliveira", "Rodrigues", "Martins", "Sousa", "Gonçalves", "Carvalho", "Magalhães", "Conceição",
         "dos Santos", "da Silva", "Fonseca", "Teixeira", "Figueiredo", "Pinto da Costa", "Barros"]),
 "BR": (["Thiago", "Gabriel", "Luiz Fernando", "Rafael", "Guilherme", "Vinícius", "Leandro"],
        ["Larissa", "Juliana", "Fernanda", "Ana Clara", "Letícia", "Bianca", "Priscila"],
        ["da Silva", "dos Santos", "Souza", "Lima", "Ribeiro", "Nascimento", "Araújo", "Cavalcanti", "Albuquerque", "Moraes"]),
 "FR": (["Jean-Baptiste", "Théo", "Mathieu", "Sébastien", "François", "Yannick", "Kévin", "Loïc", "Baptiste", "Rémi"],
        ["Marie-Claire", "Léa", "Chloé", "Émilie", "Océane", "Gaëlle", "Hélène", "Manon", "Aurélie", "Camille", "Maëlys"],
        ["Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier", "Le Goff", "Leroy", "Bonnet", "Mercier",
         "Martin-Lagarde", "N'Diaye", "Benali", "Guérin", "Faure", "Lemaître", "Perrot"]),
 "BE": (["Maxime", "Arnaud", "Wout", "Pieter", "Jelle"], ["Amélie", "Justine", "Lotte", "Elke", "Hanne"],
        ["Van den Bossche", "Peeters", "Lambert", "Dupuis", "Claes", "Willems", "De Smet", "Goossens", "Wouters", "Vandenberghe"]),
 "DE": (["Lukas", "Jürgen", "Maximilian", "Jörg", "Björn", "Dieter", "Sönke", "Florian", "Tobias", "Matthias", "Uwe"],
        ["Sabine", "Katharina", "Anneliese", "Ursula", "Jördis", "Franziska", "Heike", "Birgit", "Annika", "Svenja", "Dörte"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Becker", "Schäfer", "Hoffmann", "Richter", "Schröder", "Neumann",
         "Zimmermann", "Krüger", "Hartmann", "Lehmann", "Köhler", "von Bülow", "Schulze-Dellwig", "Öztürk", "Yılmaz", "Weißmann"]),
 "AT": (["Florian", "Stefan", "Wolfgang"], ["Theresa", "Johanna", "Verena"],
        ["Gruber", "Huber", "Pichler", "Steiner", "Moser", "Hofer", "Leitner", "Brandstätter"]),
 "NL": (["Daan", "Bram", "Joost", "Thijs", "Ruud", "Wouter", "Maarten", "Sjoerd", "Gerrit"],
        ["Sanne", "Femke", "Lieke", "Marloes", "Anouk", "Esther", "Ilse", "Marieke", "Noor"],
        ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Meijer", "de Boer", "Mulder",
         "de Groot", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "Dijkstra", "van der Meer", "van 't Hof", "Kuipers"]),
 "IT": (["Giuseppe", "Alessandro", "Lorenzo", "Matteo", "Niccolò", "Gianluca", "Salvatore", "Davide", "Pierluigi", "Raffaele"],
        ["Francesca", "Giulia", "Chiara", "Federica", "Maria Grazia", "Alessia", "Ilaria", "Benedetta", "Rosaria", "Serena"],
        ["Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Gallo", "D'Angelo",
         "De Luca", "Mancini", "Lombardi", "Moretti", "Barbieri", "Santoro", "Rinaldi", "Caruso", "Martinelli", "Lo Russo",
         "Dell'Acqua", "Di Stefano", "Pellegrini"]),
}

# Polish: (nominative, genitive, instrumental)
PL_M = [("Piotr", "Piotra", "Piotrem"), ("Krzysztof", "Krzysztofa", "Krzysztofem"), ("Tomasz", "Tomasza", "Tomaszem"),
        ("Paweł", "Pawła", "Pawłem"), ("Michał", "Michała", "Michałem"), ("Marek", "Marka", "Markiem"),
        ("Andrzej", "Andrzeja", "Andrzejem"), ("Łukasz", "Łukasza", "Łukaszem"), ("Grzegorz", "Grzegorza", "Grzegorzem"),
        ("Wojciech", "Wojciecha", "Wojciechem"), ("Mateusz", "Mateusza", "Mateuszem"), ("Jacek", "Jacka", "Jackiem"),
        ("Zbigniew", "Zbigniewa", "Zbigniewem"), ("Przemysław", "Przemysława", "Przemysławem")]
PL_F = [("Anna", "Anny", "Anną"), ("Katarzyna", "Katarzyny", "Katarzyną"), ("Małgorzata", "Małgorzaty", "Małgorzatą"),
        ("Agnieszka", "Agnieszki", "Agnieszką"), ("Ewa", "Ewy", "Ewą"), ("Magdalena", "Magdaleny", "Magdaleną"),
        ("Joanna", "Joanny", "Joanną"), ("Zofia", "Zofii", "Zofią"), ("Grażyna", "Grażyny", "Grażyną"),
        ("Dorota", "Doroty", "Dorotą"), ("Jolanta", "Jolanty", "Jolantą"), ("Żaneta", "Żanety", "Żanetą")]
PL_SUR = ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
          "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Grabowski", "Pawłowski", "Wieczorek", "Wróbel",
          "Stępień", "Sikora", "Jabłoński", "Ćwikliński", "Przybylski", "Szczepański", "Dudek", "Kaczmarek", "Górecki",
          "Sobczak", "Michalak", "Gołębiowski"]


def pl_sur(s, fem, case):
    # case: 0 nom, 1 gen, 2 inst
    if s.endswith("ski") or s.endswith("cki"):
        base = s[:-1]
        if fem:
            return [base + "a", base + "iej", base + "ą"][case]
        return [s, base + "iego", base + "im"][case]
    if s.endswith("a"):
        g = s[:-1] + ("i" if s[-2] in "kg" else "y")
        return [s, g, s[:-1] + "ą"][case]
    if fem:
        return s
    if False:
        return [s, s[:-1] + "y", s[:-1] + "ą"][case]
    if s.endswith("ień"):
        b = s[:-3] + "ni"
        return [s, b + "a", b + "em"][case]
    if s.endswith("el") and s[-3] not in "aeiouy":
        b = s[:-2] + "l"
        return [s, b + "a", b + "em"][case]
    if s.endswith("ek"):
        b = s[:-2] + "k"
        return [s, b + "a", b + "iem"][case]
    inst = s + ("iem" if s[-1] in "kg" else "em")
    return [s, s + "a", inst][case]


class Person:
    def __init__(self, rng, country, female=None):
        self.country = country
        self.female = rng.random() < 0.5 if female is None else female
        if country == "PL":
            fn = ch(rng, PL_F if self.female else PL_M)
            sur = ch(rng, PL_SUR)
            self.first_forms = fn
            self.sur_forms = tuple(pl_sur(sur, self.female, c) for c in range(3))
            self.first, self.last = fn[0], self.sur_forms[0]
        else:
            m, f, s = NAMES[country]
            self.first = ch(rng, f if self.female else m)
            if country in ("ES", "MX", "AR", "CL", "CO", "EC", "UY") and rng.random() < 0.8:
                a = ch(rng, s)
                b = ch(rng, [x for x in s if x != a])
                self.last = a + " " + b
            elif country in ("PT", "BR") and rng.random() < 0.7:
                a = ch(rng, s)
                b = ch(rng, [x for x in s if x != a])
                self.last = a + " " + b
            else:
                self.last = ch(rng, s)
            self.first_forms = (self.first,) * 3
            self.sur_forms = (self.last,) * 3
        self.full = self.first + " " + self.last

    def case(self, c):
        return self.first_forms[c] + " " + self.sur_forms[c]

    @property
    def surname_main(self):
        # the surname as used alone ("Sra. García", "Herr Müller", "mevrouw De Vries")
        s = self.last
        if self.country in ("ES", "MX", "AR", "CL", "CO", "EC", "UY") and " " in s and not s.startswith("de "):
            s = s.split(" ")[0] if not s.startswith("Fernández de") else s
        if self.country in ("NL", "BE") and s[:1].islower():
            s = s[0].upper() + s[1:]
        return s

    def upper_comma(self):
        return self.last.upper() + ", " + self.first

    def initial(self):
        return self.first[0] + ". " + self.last


# ---------------------------------------------------------------- national ids
def luhn_digit(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def card(rng):
    kind = rng.random()
    if kind < 0.5:
        body = "4" + digits(rng, 14)
        n = body + luhn_digit(body)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    elif kind < 0.85:
        body = str(rng.randint(51, 55)) + digits(rng, 13) if rng.random() < .7 else str(rng.randint(2221, 2720)) + digits(rng, 11)
        n = body + luhn_digit(body)
        groups = [n[i:i + 4] for i in range(0, 16, 4)]
    else:
        body = ch(rng, ["34", "37"]) + digits(rng, 12)
        n = body + luhn_digit(body)
        groups = [n[:4], n[4:10], n[10:]]
    sep = ch(rng, [" ", " ", "-", "", " "])
    return sep.join(groups)


def pesel(rng, dob, female):
    y, m, d = dob.year, dob.month, dob.day
    mm = m + (20 if y >= 2000 else 0)
    s = "%02d%02d%02d" % (y % 100, mm, d) + digits(rng, 3)
    sx = rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
    s += str(sx)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    return s + str(c)


def nino(rng):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ".replace("O", "")
    while True:
        pre = ch(rng, first) + ch(rng, second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    num = digits(rng, 6)
    suf = ch(rng, "ABCD")
    if rng.random() < 0.5:
        return "%s %s %s %s %s" % (pre, num[:2], num[2:4], num[4:], suf)
    return pre + num + suf


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def pps(rng):
    n = digits(rng, 7)
    s = sum(int(c) * w for c, w in zip(n, range(8, 1, -1)))
    return n + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng):
    n = rng.randint(1000000, 99999999)
    return "%08d%s" % (n, DNI_L[n % 23]) if rng.random() < .6 else "%08d-%s" % (n, DNI_L[n % 23])


def nie(rng):
    p = rng.randrange(3)
    n = rng.randint(0, 9999999)
    full = int(str(p) + "%07d" % n)
    return "%s%07d%s" % ("XYZ"[p], n, DNI_L[full % 23])


CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def _vowel(s):
    for c in s[1:]:
        if c in "AEIOU":
            return c
    return "X"


def _cons(s):
    for c in s[1:]:
        if c.isalpha() and c not in "AEIOU":
            return c
    return "X"


def curp(rng, p, dob):
    sur = [strip_acc(x).upper() for x in p.last.split() if x.lower() not in ("de", "la", "del", "los")]
    s1 = sur[0]
    s2 = sur[1] if len(sur) > 1 else "X"
    fn = strip_acc(p.first.split()[0]).upper()
    c = s1[0] + _vowel(s1) + s2[0] + fn[0]
    c += dob.strftime("%y%m%d") + ("M" if p.female else "H")
    c += ch(rng, ["DF", "JC", "NL", "PL", "MC", "GT", "VZ", "YN"])
    c += _cons(s1) + _cons(s2) + _cons(fn)
    c += ("0" if dob.year < 2000 else "A")
    tot = sum(CURP_CH.index(x) * (18 - i) for i, x in enumerate(c))
    return c + str((10 - tot % 10) % 10)


RFC_CH = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ"


def rfc(rng, p, dob):
    sur = [strip_acc(x).upper() for x in p.last.split() if x.lower() not in ("de", "la", "del", "los")]
    s1 = sur[0]
    s2 = sur[1] if len(sur) > 1 else "X"
    fn = strip_acc(p.first.split()[0]).upper()
    c = s1[0] + _vowel(s1) + s2[0] + fn[0] + dob.strftime("%y%m%d") + ch(rng, "ABCDEFGHJKLMNPRSTUVWXYZ123456789") + ch(rng, "ABCDEFGHJKLMNPRSTUVWXYZ123456789")
    tot = sum(RFC_CH.index(x) * (13 - i) for i, x in enumerate(c))
    r = 11 - tot % 11
    return c + ("0" if r == 11 else "A" if r == 10 else str(r))


def cuit(rng, female):
    while True:
        pre = "27" if female else "20"
        n = pre + "%08d" % rng.randint(10000000, 45999999)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(a) * b for a, b in zip(n, w)) % 11
        if r == 10:
            continue
        r = 0 if r == 11 else r
        return "%s-%s-%d" % (n[:2], n[2:], r) if rng.random() < .8 else n + str(r)


def rut(rng):
    n = rng.randint(5000000, 25999999)
    s, m = 0, 2
    for c in reversed(str(n)):
        s += int(c) * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    t = "{:,}".format(n).replace(",", ".")
    return (t if rng.random() < .8 else str(n)) + "-" + dv


def cedula_co(rng):
    n = rng.randint(10000000, 1099999999)
    return "{:,}".format(n).replace(",", ".") if rng.random() < .6 else str(n)


def cedula_ec(rng):
    prov = "%02d" % rng.randint(1, 24)
    body = prov + str(rng.randint(0, 5)) + digits(rng, 6)
    s = 0
    for i, c in enumerate(body):
        v = int(c) * (2 if i % 2 == 0 else 1)
        s += v - 9 if v > 9 else v
    return body + str((10 - s % 10) % 10)


def ci_uy(rng):
    n = "%07d" % rng.randint(1000000, 6999999)
    s = sum(int(a) * b for a, b in zip(n, [2, 9, 8, 7, 6, 3, 4]))
    c = (10 - s % 10) % 10
    return "%s.%s.%s-%d" % (n[0], n[1:4], n[4:], c)


def nif_pt(rng):
    b = str(rng.randint(1, 2)) + digits(rng, 7)
    s = sum(int(c) * w for c, w in zip(b, range(9, 1, -1)))
    r = 11 - s % 11
    return b + str(0 if r >= 10 else r)


def cpf(rng):
    b = [rng.randrange(10) for _ in range(9)]
    for L in (10, 11):
        s = sum(d * w for d, w in zip(b, range(L, 1, -1)))
        r = (s * 10) % 11
        b.append(0 if r == 10 else r)
    s = "".join(map(str, b))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if rng.random() < .8 else s


def nir(rng, dob, female):
    dept = ch(rng, ["75", "69", "13", "33", "59", "31", "44", "67", "2A", "93"])
    commune = "%03d" % rng.randint(1, 400)
    order = "%03d" % rng.randint(1, 999)
    sx = "2" if female else "1"
    s = sx + "%02d%02d" % (dob.year % 100, dob.month) + dept + commune + order
    num = int(s.replace("2A", "19").replace("2B", "18")) if dept in ("2A", "2B") else int(s)
    key = 97 - num % 97
    if rng.random() < 0.6:
        return "%s %02d %02d %s %s %s %02d" % (sx, dob.year % 100, dob.month, dept, commune, order, key)
    return s + "%02d" % key


def be_nn(rng, dob, female):
    ser = rng.randrange(2, 997, 2) if female else rng.randrange(1, 997, 2)
    b = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, ser)
    n = int(("2" if dob.year >= 2000 else "") + b)
    c = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:], c)


def steuer_id(rng):
    while True:
        ds = list(range(10))
        rng.shuffle(ds)
        first = [d for d in ds[:9]]
        if first[0] == 0:
            continue
        dup = rng.randrange(9)
        digs = first[:9]
        digs.insert(rng.randint(1, 9), digs[dup])
        digs = digs[:10]
        if digs[0] == 0:
            continue
        prod = 10
        for d in digs:
            sm = (d + prod) % 10
            if sm == 0:
                sm = 10
            prod = (sm * 2) % 11
        c = 11 - prod
        c = 0 if c == 10 else c
        s = "".join(map(str, digs)) + str(c)
        return s if rng.random() < .6 else "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])


def svnr_at(rng, dob):
    while True:
        ser = "%03d" % rng.randint(100, 999)
        dd = "%02d%02d%02d" % (dob.day, dob.month, dob.year % 100)
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        s = sum(int(a) * b for a, b in zip(ser + dd, w)) % 11
        if s == 10:
            continue
        return "%s%d %s" % (ser, s, dd)


def bsn(rng):
    while True:
        b = [rng.randrange(10) for _ in range(8)]
        if b[0] == 0 and rng.random() < .8:
            continue
        s = sum(d * w for d, w in zip(b, range(9, 1, -1)))
        last = s % 11
        if last == 10:
            continue
        n = "".join(map(str, b)) + str(last)
        return n if rng.random() < .7 else "%s.%s.%s" % (n[:4], n[4:6], n[6:])


CF_ODD = {c: v for c, v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
          [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])}
CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
CF_MONTH = "ABCDEHLMPRST"
CF_TOWN = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "D969", "A662", "C351", "E506"]


def _cf_part(s, is_name):
    s = re.sub("[^A-Z]", "", strip_acc(s).upper())
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def codice_fiscale(p, dob, rng):
    c = _cf_part(p.last, False) + _cf_part(p.first, True)
    c += "%02d" % (dob.year % 100) + CF_MONTH[dob.month - 1] + "%02d" % (dob.day + (40 if p.female else 0))
    c += ch(rng, CF_TOWN)
    s = sum(CF_ODD[x] if i % 2 == 0 else CF_EVEN[x] for i, x in enumerate(c))
    return c + chr(65 + s % 26)


def cie_it(rng):
    return "C" + ch(rng, "ABCDEFGHIJKLMNOPRSTUVZ") + digits(rng, 5) + ch(rng, "ABCDEFGHJKLMNPRSTUVZ") + ch(rng, "ABCDEFGHJKLMNPRSTUVZ")


def dowod_pl(rng):
    # Polish ID card: 3 letters + 6 digits, check digit at position 4
    vals = [rng.randrange(10, 36) for _ in range(3)]
    rest = [rng.randrange(10) for _ in range(5)]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    s = sum(a * b for a, b in zip(vals + rest, w)) % 10
    letters = "".join(chr(55 + v) for v in vals)
    return letters + str(s) + "".join(map(str, rest))


def national_id(rng, country, p, dob):
    """returns (label_hint, value)"""
    if country == "PL":
        return ("PESEL", pesel(rng, dob, p.female)) if rng.random() < .8 else ("dowód osobisty", dowod_pl(rng))
    if country == "GB":
        return ("NI number", nino(rng))
    if country == "US":
        return ("SSN", ssn(rng))
    if country == "IE":
        return ("PPSN", pps(rng))
    if country == "ES":
        return ("DNI", dni(rng)) if rng.random() < .75 else ("NIE", nie(rng))
    if country == "MX":
        return ("CURP", curp(rng, p, dob)) if rng.random() < .6 else ("RFC", rfc(rng, p, dob))
    if country == "AR":
        return ("CUIL" if rng.random() < .5 else "CUIT", cuit(rng, p.female))
    if country == "CL":
        return ("RUT", rut(rng))
    if country == "CO":
        return ("C.C.", cedula_co(rng))
    if country == "EC":
        return ("cédula", cedula_ec(rng))
    if country == "UY":
        return ("C.I.", ci_uy(rng))
    if country == "PT":
        return ("NIF", nif_pt(rng))
    if country == "BR":
        return ("CPF", cpf(rng))
    if country == "FR":
        return ("NIR", nir(rng, dob, p.female))
    if country == "BE":
        return ("numéro national" if rng.random() < .5 else "rijksregisternummer", be_nn(rng, dob, p.female))
    if country == "DE":
        return ("Steuer-ID", steuer_id(rng))
    if country == "AT":
        return ("SVNR", svnr_at(rng, dob))
    if country == "NL":
        return ("BSN", bsn(rng))
    if country == "IT":
        return ("codice fiscale", codice_fiscale(p, dob, rng)) if rng.random() < .7 else ("carta d'identità", cie_it(rng))
    raise ValueError(country)


# ---------------------------------------------------------------- IBAN
def _mod97(s):
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def _es_dc(s):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    return "0" if r == 11 else "1" if r == 10 else str(r)


def bban(rng, cc):
    if cc == "DE":
        return ch(rng, ["10070000", "50010517", "37040044", "20041111", "12030000", "76026000"]) + digits(rng, 10)
    if cc == "AT":
        return ch(rng, ["20111", "12000", "32000", "14000"]) + digits(rng, 11)
    if cc == "ES":
        b = ch(rng, ["2100", "0049", "0182", "2085", "0081", "1465"]) + digits(rng, 4)
        acc = digits(rng, 10)
        return b + _es_dc("00" + b) + _es_dc(acc) + acc
    if cc == "PT":
        b = ch(rng, ["0035", "0007", "0033", "0010", "0036"]) + digits(rng, 4) + digits(rng, 11)
        return b + "%02d" % (98 - (int(b) * 100) % 97)
    if cc == "FR":
        bank, br, acc = ch(rng, ["30004", "30003", "10278", "20041", "18206"]), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(br) + 3 * int(acc)) % 97
        return bank + br + acc + "%02d" % key
    if cc == "NL":
        return ch(rng, ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "BUNQ", "KNAB"]) + digits(rng, 10)
    if cc == "IT":
        return ch(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + ch(rng, ["03069", "02008", "05034", "01030", "03062"]) + digits(rng, 5) + digits(rng, 12)
    if cc == "PL":
        return ch(rng, ["1020", "1090", "1140", "1050", "2490", "1160"]) + digits(rng, 20)
    if cc == "BE":
        f = digits(rng, 10)
        c = int(f) % 97
        return f + "%02d" % (97 if c == 0 else c)
    if cc == "GB":
        return ch(rng, ["BARC", "LOYD", "HBUK", "NWBK", "MIDL", "MONZ"]) + digits(rng, 14)
    if cc == "IE":
        return ch(rng, ["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    if cc == "BR":
        return digits(rng, 8) + digits(rng, 5) + digits(rng, 10) + ch(rng, "CP") + "1"
    raise ValueError(cc)


def iban(rng, cc, grouped=None):
    b = bban(rng, cc)
    chk = 98 - _mod97(b + cc + "00")
    s = cc + "%02d" % chk + b
    if grouped is None:
        grouped = rng.random() < 0.65
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


IBAN_CC = {"PL": "PL", "GB": "GB", "IE": "IE", "US": "GB", "ES": "ES", "MX": "ES", "AR": "ES", "CL": "ES", "CO": "ES",
           "EC": "ES", "UY": "ES", "PT": "PT", "BR": "BR", "FR": "FR", "BE": "BE", "DE": "DE", "AT": "AT", "NL": "NL", "IT": "IT"}


# ---------------------------------------------------------------- phones
def phone(rng, c):
    r = rng.random()
    if c == "PL":
        n = ch(rng, ["5", "6", "7", "8"]) + digits(rng, 8)
        f = [lambda: "+48 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda: "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
             lambda: "0048%s" % n, lambda: "%s %s %s" % (n[:3], n[3:6], n[6:]), lambda: "+48%s" % n]
    elif c == "DE":
        n = ch(rng, ["151", "160", "170", "171", "176", "157"]) + digits(rng, rng.choice([7, 8]))
        f = [lambda: "+49 %s %s" % (n[:3], n[3:]), lambda: "0%s/%s" % (n[:3], n[3:]), lambda: "0%s %s" % (n[:3], n[3:]),
             lambda: "+49 (0)%s %s" % (n[:3], n[3:]), lambda: "030 %s" % digits(rng, 8)]
    elif c == "AT":
        n = ch(rng, ["664", "676", "699", "650"]) + digits(rng, 7)
        f = [lambda: "+43 %s %s" % (n[:3], n[3:]), lambda: "0%s/%s" % (n[:3], n[3:]), lambda: "0043 %s %s" % (n[:3], n[3:])]
    elif c == "ES":
        n = ch(rng, ["6", "7"]) + digits(rng, 8)
        f = [lambda: "+34 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda: "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
             lambda: n, lambda: "91 %s %s %s" % (digits(rng, 3), digits(rng, 2), digits(rng, 2)), lambda: "0034 %s" % n]
    elif c == "MX":
        f = [lambda: "+52 55 %s %s" % (digits(rng, 4), digits(rng, 4)), lambda: "(33) %s %s" % (digits(rng, 4), digits(rng, 4)),
             lambda: "+52 1 81 %s %s" % (digits(rng, 4), digits(rng, 4))]
    elif c == "AR":
        f = [lambda: "+54 9 11 %s-%s" % (digits(rng, 4), digits(rng, 4)), lambda: "11 15-%s-%s" % (digits(rng, 4), digits(rng, 4)),
             lambda: "(0351) 15 %s-%s" % (digits(rng, 3), digits(rng, 4))]
    elif c == "CL":
        f = [lambda: "+56 9 %s %s" % (digits(rng, 4), digits(rng, 4)), lambda: "9 %s %s" % (digits(rng, 4), digits(rng, 4))]
    elif c == "CO":
        f = [lambda: "+57 3%s %s" % (digits(rng, 2), digits(rng, 7)), lambda: "3%s %s %s" % (digits(rng, 2), digits(rng, 3), digits(rng, 4))]
    elif c == "EC":
        f = [lambda: "+593 9%s %s %s" % (digits(rng, 1), digits(rng, 3), digits(rng, 4)), lambda: "09%s%s" % (digits(rng, 1), digits(rng, 7))]
    elif c == "UY":
        f = [lambda: "+598 9%s %s %s" % (digits(rng, 1), digits(rng, 3), digits(rng, 3)), lambda: "09%s %s %s" % (digits(rng, 1), digits(rng, 3), digits(rng, 3))]
    elif c == "PT":
        n = "9" + ch(rng, "1236") + digits(rng, 7)
        f = [lambda: "+351 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda: n, lambda: "%s %s %s" % (n[:3], n[3:6], n[6:]),
             lambda: "21 %s %s" % (digits(rng, 3), digits(rng, 4))]
    elif c == "BR":
        f = [lambda: "+55 11 9%s-%s" % (digits(rng, 4), digits(rng, 4)), lambda: "(21) 9%s-%s" % (digits(rng, 4), digits(rng, 4)),
             lambda: "(0xx11) 9%s%s" % (digits(rng, 4), digits(rng, 4)), lambda: "+5531 9%s %s" % (digits(rng, 4), digits(rng, 4))]
    elif c == "FR":
        n = ch(rng, ["6", "7"]) + digits(rng, 8)
        pr = " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
        f = [lambda: "+33 " + pr, lambda: "0" + pr, lambda: ("0" + pr).replace(" ", "."), lambda: "0" + n,
             lambda: "+33 (0)" + pr]
    elif c == "BE":
        n = "4" + ch(rng, "789") + digits(rng, 7)
        f = [lambda: "+32 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), lambda: "0%s/%s.%s.%s" % (n[:3], n[3:5], n[5:7], n[7:]),
             lambda: "0%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])]
    elif c == "NL":
        n = digits(rng, 8)
        f = [lambda: "+31 6 " + n, lambda: "06-" + n, lambda: "06 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]),
             lambda: "020-%s" % digits(rng, 7), lambda: "+31 (0)6 " + n, lambda: "0031 6 %s" % n]
    elif c == "IT":
        n = "3" + ch(rng, "2345789") + digits(rng, 8)
        f = [lambda: "+39 %s %s %s" % (n[:3], n[3:6], n[6:]), lambda: "%s %s" % (n[:3], n[3:]), lambda: n,
             lambda: "06 %s %s" % (digits(rng, 4), digits(rng, 4)), lambda: "0039 %s.%s" % (n[:3], n[3:])]
    elif c == "GB":
        n = digits(rng, 6)
        f = [lambda: "+44 7700 %s" % n, lambda: "07%s %s" % (digits(rng, 3), n), lambda: "020 7946 %s" % digits(rng, 4),
             lambda: "+44 (0)7%s %s" % (digits(rng, 3), n)]
    elif c == "IE":
        f = [lambda: "+353 8%s %s %s" % (ch(rng, "3567"), digits(rng, 3), digits(rng, 4)), lambda: "08%s %s %s" % (ch(rng, "3567"), digits(rng, 3), digits(rng, 4))]
    elif c == "US":
        f = [lambda: "(%d) 555-%s" % (rng.randint(201, 989), digits(rng, 4)), lambda: "+1 %d-555-%s" % (rng.randint(201, 989), digits(rng, 4)),
             lambda: "%d.555.%s" % (rng.randint(201, 989), digits(rng, 4)), lambda: "%d-%s-%s" % (rng.randint(201, 989), digits(rng, 3), digits(rng, 4))]
    else:
        raise ValueError(c)
    return ch(rng, f)()


# ---------------------------------------------------------------- addresses
ADDR = {
 "DE": (["Hauptstraße", "Lindenallee", "Bahnhofstraße", "Schillerstraße", "Am Mühlbach", "Goethestr.", "Kastanienweg", "Mozartstraße", "Friedrich-Ebert-Straße", "Im Winkel"],
        [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("04109", "Leipzig"), ("70173", "Stuttgart"), ("45127", "Essen")]),
 "AT": (["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Linzer Gasse"], [("1060", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"), ("4020", "Linz")]),
 "PL": (["Długa", "Kwiatowa", "Polna", "Leśna", "Słoneczna", "Mickiewicza", "Piłsudskiego", "Kościuszki", "Żeromskiego", "Wrzosowa"],
        [("00-950", "Warszawa"), ("30-001", "Kraków"), ("50-001", "Wrocław"), ("80-001", "Gdańsk"), ("90-001", "Łódź"), ("60-001", "Poznań"), ("20-001", "Lublin")]),
 "IT": (["Via Roma", "Via Giuseppe Verdi", "Corso Vittorio Emanuele II", "Via dei Mille", "Piazza Garibaldi", "Viale Europa", "Via Nazionale", "Vicolo del Cedro", "Via Torino"],
        [("00184", "Roma", "RM"), ("20121", "Milano", "MI"), ("80133", "Napoli", "NA"), ("10121", "Torino", "TO"), ("40121", "Bologna", "BO"), ("90133", "Palermo", "PA"), ("50122", "Firenze", "FI")]),
 "FR": (["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la République", "impasse des Tilleuls", "chemin des Vignes", "rue du Général Leclerc", "allée des Acacias"],
        [("75011", "Paris"), ("69003", "Lyon"), ("13005", "Marseille"), ("31000", "Toulouse"), ("33000", "Bordeaux"), ("59000", "Lille"), ("44000", "Nantes")]),
 "BE": (["Rue de la Loi", "Chaussée de Waterloo", "Avenue Louise", "Kerkstraat", "Stationsstraat", "Meir"], [("1000", "Bruxelles"), ("1050", "Ixelles"), ("2000", "Antwerpen"), ("9000", "Gent"), ("4000", "Liège")]),
 "ES": (["Mayor", "de Alcalá", "Gran Vía", "del Pez", "de la Constitución", "de Sant Joan", "Real", "del Carmen", "de Goya"],
        [("28013", "Madrid"), ("08012", "Barcelona"), ("41001", "Sevilla"), ("46002", "Valencia"), ("48001", "Bilbao"), ("50001", "Zaragoza"), ("29001", "Málaga")]),
 "MX": (["Av. Insurgentes Sur", "Calle Durango", "Av. Revolución", "Calle Hidalgo"], [("03940", "Ciudad de México, CDMX"), ("44100", "Guadalajara, Jal."), ("64000", "Monterrey, N.L.")]),
 "AR": (["Av. Corrientes", "Calle Florida", "Av. Rivadavia", "Bv. San Juan"], [("C1043", "CABA"), ("X5000", "Córdoba"), ("S2000", "Rosario")]),
 "CL": (["Av. Providencia", "Calle Huérfanos", "Pasaje Los Aromos"], [("7500000", "Santiago"), ("2340000", "Valparaíso")]),
 "CO": (["Calle 45", "Carrera 7", "Avenida Boyacá", "Transversal 23"], [("110111", "Bogotá D.C."), ("050001", "Medellín")]),
 "EC": (["Av. Amazonas", "Calle García Moreno", "Av. 9 de Octubre"], [("170135", "Quito"), ("090313", "Guayaquil")]),
 "UY": (["Av. 18 de Julio", "Bulevar Artigas", "Calle Sarandí"], [("11200", "Montevideo"), ("20000", "Maldonado")]),
 "PT": (["Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Travessa do Carmo", "Rua Dr. Manuel Arriaga", "Largo do Rato"],
        [("1100-053", "Lisboa"), ("4000-443", "Porto"), ("3000-150", "Coimbra"), ("4700-327", "Braga"), ("8000-138", "Faro")]),
 "BR": (["Rua das Flores", "Avenida Paulista", "Rua Voluntários da Pátria", "Rua XV de Novembro", "Av. Sete de Setembro"],
        [("01310-100", "São Paulo - SP"), ("22271-000", "Rio de Janeiro - RJ"), ("80020-310", "Curitiba - PR"), ("40020-000", "Salvador - BA")]),
 "NL": (["Kerkstraat", "Prinsengracht", "Dorpsstraat", "Laan van Meerdervoort", "Molenweg", "Oudegracht", "Stationsweg", "Wilhelminastraat"],
        [("1017", "Amsterdam"), ("2517", "Den Haag"), ("3511", "Utrecht"), ("3011", "Rotterdam"), ("9711", "Groningen"), ("5611", "Eindhoven")]),
 "GB": (["Victoria Road", "High Street", "Church Lane", "Albert Terrace", "Station Road", "Mill Close", "Oakfield Avenue"],
        [("Leeds", "LS6 1AB"), ("Manchester", "M14 5RT"), ("Bristol", "BS3 4QZ"), ("Cardiff", "CF24 3DF"), ("Glasgow", "G12 8QQ"), ("Sheffield", "S10 2TN")]),
 "IE": (["Main Street", "Griffith Avenue", "Ashgrove Park", "Church Road"], [("Dublin 9", "D09 X2F4"), ("Cork", "T12 K8AF"), ("Galway", "H91 E2K3")]),
 "US": (["Maple Ave", "Oak Street", "Elm Dr", "Washington Blvd", "Lakeview Ct", "Pine Ridge Rd"],
        [("Springfield", "IL", "62704"), ("Columbus", "OH", "43215"), ("Tucson", "AZ", "85719"), ("Raleigh", "NC", "27601"), ("Fresno", "CA", "93721")]),
}


def address(rng, c):
    """returns (street_line, extra_line_or_None, city_line).  extra_line is a house-level detail on its own line."""
    streets, cities = ADDR[c]
    st = ch(rng, streets)
    n = rng.randint(1, 180)
    extra = None
    cy = ch(rng, cities)
    if c == "DE":
        line = "%s %d%s" % (st, n, ch(rng, ["", "", "", "a", "b"]))
        if rng.random() < .2:
            extra = ch(rng, ["c/o ", "bei "]) + "Hinterhaus, %d. OG" % rng.randint(1, 5)
            extra = "Hinterhaus, %d. OG" % rng.randint(1, 5)
        city = "%s %s" % cy
    elif c == "AT":
        line = "%s %d/%d/%d" % (st, n, rng.randint(1, 9), rng.randint(1, 30))
        city = "%s %s" % cy
    elif c == "PL":
        pre = ch(rng, ["ul. ", "ul. ", "ul. ", "al. ", "os. "])
        f = rng.random()
        if f < .35:
            line = "%s%s %d m. %d" % (pre, st, n, rng.randint(1, 80))
        elif f < .75:
            line = "%s%s %d/%d" % (pre, st, n, rng.randint(1, 80))
        else:
            line = "%s%s %d%s lok. %d" % (pre, st, n, ch(rng, ["", "A", "B"]), rng.randint(1, 30))
        city = "%s %s" % cy
    elif c == "IT":
        f = rng.random()
        line = ("%s, %d" if f < .5 else "%s %d") % (st, n)
        if rng.random() < .3:
            line += ch(rng, ["/B", "/A", ", int. %d" % rng.randint(1, 20), " scala C"])
        city = "%s %s (%s)" % cy if rng.random() < .7 else "%s - %s" % cy[:2]
    elif c == "FR":
        bis = ch(rng, ["", "", "", " bis", " ter"])
        line = ("%d%s %s" if rng.random() < .6 else "%d%s, %s") % (n, bis, st)
        if rng.random() < .3:
            extra = ch(rng, ["Bât. B, appt 12", "Résidence Les Pins, esc. 2", "Appartement 34, 3e étage", "Bâtiment C, porte 7"])
        city = "%s %s" % cy
        if rng.random() < .3:
            city = city.upper()
    elif c == "BE":
        line = "%s %d%s" % (st, n, ch(rng, ["", " bte %d" % rng.randint(1, 20), " bus %d" % rng.randint(1, 20)]))
        city = "%s %s" % cy
    elif c == "ES":
        pre = ch(rng, ["C/ ", "Calle ", "Avda. ", "c/ ", "Pza. "])
        pl = "%dº %s" % (rng.randint(1, 9), ch(rng, ["A", "B", "C", "D", "izq.", "dcha."]))
        line = ch(rng, ["%s%s %d, %s", "%s%s, %d, %s", "%s%s nº %d - %s"]) % (pre, st, n, pl)
        if rng.random() < .2:
            line = "%s%s %d" % (pre, st, n)
            extra = "Escalera %d, %s" % (rng.randint(1, 4), pl)
        city = "%s %s" % cy
    elif c in ("MX", "AR", "CL", "CO", "EC", "UY"):
        if c == "CO":
            line = "%s # %d-%d%s" % (st, rng.randint(10, 99), rng.randint(1, 99), ch(rng, ["", " apto %d" % rng.randint(101, 1204)]))
        elif c == "MX":
            line = "%s %d, Col. %s" % (st, n * 7, ch(rng, ["Del Valle", "Roma Norte", "Centro", "Americana"]))
            if rng.random() < .4:
                line += ", Int. %d" % rng.randint(1, 30)
        elif c == "AR":
            line = "%s %d, piso %d, depto. %s" % (st, n * 9, rng.randint(1, 12), ch(rng, "ABCD"))
        else:
            line = "%s %d, dpto. %d" % (st, n * 5, rng.randint(101, 1504))
        city = "%s %s" % cy
    elif c == "PT":
        fl = "%dº %s" % (rng.randint(1, 8), ch(rng, ["Esq", "Dto", "Frt", "Esq.", "Dto."]))
        line = ch(rng, ["%s nº %d, %s", "%s, %d - %s", "%s, n.º %d, %s"]) % (st, n, fl)
        city = "%s %s" % cy
    elif c == "BR":
        line = "%s, %d%s" % (st, n * 7, ch(rng, [", apto %d" % rng.randint(11, 1504), " - casa %d" % rng.randint(1, 4), ", bloco B, ap. %d" % rng.randint(11, 304), ""]))
        city = "%s %s" % cy
    elif c == "NL":
        line = "%s %d%s" % (st, n, ch(rng, ["", "", "-A", "-B", " II", " III", "bis", "-1"]))
        city = "%s %s %s" % (cy[0], ch(rng, ["AB", "DV", "KL", "GH", "RS", "XC"]), cy[1])
    elif c == "GB":
        line = "%d %s" % (n, st)
        if rng.random() < .4:
            line = "Flat %d, %s" % (rng.randint(1, 30), line)
        city = "%s %s" % cy
    elif c == "IE":
        line = ch(rng, ["%d %s", "Apt %d, %s"]) % (n, st)
        city = "%s, %s" % cy
    elif c == "US":
        line = "%d %s%s" % (n * 13, st, ch(rng, ["", " Apt %d%s" % (rng.randint(1, 20), ch(rng, "ABC")), " #%d" % rng.randint(100, 999)]))
        city = "%s, %s %s" % cy
    return line, extra, city


# ---------------------------------------------------------------- other personal values
FREEMAIL = {"PL": ["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"], "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
            "AT": ["gmx.at", "aon.at", "gmail.com"], "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
            "MX": ["hotmail.com", "gmail.com", "prodigy.net.mx"], "AR": ["gmail.com", "hotmail.com.ar", "yahoo.com.ar"],
            "CL": ["gmail.com", "vtr.net"], "CO": ["gmail.com", "hotmail.com"], "EC": ["gmail.com", "hotmail.com"], "UY": ["adinet.com.uy", "gmail.com"],
            "PT": ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"], "BR": ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
            "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"], "BE": ["skynet.be", "telenet.be", "gmail.com"],
            "NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "xs4all.nl"], "IT": ["libero.it", "virgilio.it", "tiscali.it", "gmail.com", "alice.it"],
            "GB": ["btinternet.com", "gmail.com", "outlook.com", "sky.com", "yahoo.co.uk"], "IE": ["eircom.net", "gmail.com"],
            "US": ["gmail.com", "yahoo.com", "comcast.net", "aol.com", "outlook.com"]}
COMPANY = {"PL": ["firma-budex.pl", "kancelaria-nowicki.pl", "zsp4.edu.pl"], "DE": ["stadtwerke-musterhausen.de", "mueller-logistik.de", "praxis-am-see.de"],
           "AT": ["tischlerei-huber.at"], "ES": ["asesoria-ortega.es", "ferreteriamartinez.com"], "MX": ["grupo-alvarado.com.mx"],
           "AR": ["estudio-pereyra.com.ar"], "CL": ["constructora-andes.cl"], "CO": ["clinicalaesperanza.co"], "EC": ["importadora-pacifico.ec"],
           "UY": ["barraca-olivera.com.uy"], "PT": ["contabilidade-ferreira.pt", "clinica-sorriso.pt"], "BR": ["imobiliaria-horizonte.com.br"],
           "FR": ["cabinet-moreau.fr", "transports-girard.fr"], "BE": ["notaris-claes.be"], "NL": ["bakkerij-visser.nl", "administratiekantoor-dekker.nl"],
           "IT": ["studio-rossi.it", "ferramenta-greco.it"], "GB": ["hargreaves-accountants.co.uk"], "IE": ["byrne-solicitors.ie"], "US": ["lakeside-dental.com"]}


def _slug(s):
    return re.sub("[^a-z0-9]", "", strip_acc(s).lower())


def email(rng, p, company=False):
    f, l = _slug(p.first.split()[0]), _slug(p.last.split()[-1] if p.last.split()[0] in ("de", "van", "von", "da", "dos", "del", "di", "lo", "le") else p.last.split()[0])
    if not l:
        l = _slug(p.last)
    pat = ch(rng, ["{f}.{l}", "{f}{l}", "{i}{l}", "{l}.{f}", "{f}_{l}{y}", "{f}{y}", "{l}{i}{y}", "{i}.{l}"])
    local = pat.format(f=f, l=l, i=f[0], y=rng.randint(1, 99))
    dom = ch(rng, COMPANY[p.country] if company else FREEMAIL[p.country])
    return local + "@" + dom


SUP_TLD = {"PL": ".pl", "DE": ".de", "AT": ".at", "ES": ".es", "MX": ".com.mx", "AR": ".com.ar", "CL": ".cl", "CO": ".com.co", "EC": ".ec", "UY": ".com.uy",
           "PT": ".pt", "BR": ".com.br", "FR": ".fr", "BE": ".be", "NL": ".nl", "IT": ".it", "GB": ".co.uk", "IE": ".ie", "US": ".com"}


def supplier_email(rng, p):
    dom = ch(rng, ["logistik", "transporte", "verpakking", "impianti", "metal", "druk", "bureau", "office", "tech", "agro", "textil", "serwis"])
    dom += ch(rng, ["-", ""]) + ch(rng, ["nord", "sul", "plus", "pro", "group", "24", "centrum", "lux", "tec"]) + SUP_TLD[p.country]
    f, l = _slug(p.first.split()[0]), _slug(p.last.split()[-1])
    return ch(rng, ["{f}.{l}", "{i}{l}", "buchhaltung", "contabilidad", "facturen", "accounts", "ksiegowosc", "amministrazione", "compta"]).format(f=f, l=l, i=f[0]) + "@" + dom


def username(rng, p):
    f, l = _slug(p.first.split()[0]), _slug(p.last.replace("'", ""))
    return ch(rng, ["{i}.{l}", "{f}.{l}", "{l}{i}", "{f}{l}{y}", "{f}_{y}", "{i}{l}", "{l}.{f}"]).format(f=f, l=l, i=f[0], y=rng.randint(70, 99))


PW_WORDS = {"PL": ["Bursztyn", "Zakopane", "Legia", "Kasia", "Lato"], "DE": ["Sommer", "Schalke", "Hamburg", "Mausi", "Sonnenschein"],
            "ES": ["Betis", "Verano", "Madrid", "Paquito", "Sevilla"], "PT": ["Benfica", "Sporting", "Saudade", "Lisboa"],
            "FR": ["Soleil", "Marseille", "Bisous", "Doudou"], "NL": ["Ajax", "Zomer", "Feyenoord", "Tulpen"],
            "IT": ["Juventus", "Napoli", "Estate", "Amore", "Milano"], "EN": ["Summer", "Arsenal", "Liverpool", "Sunshine", "Monkey"]}


def password(rng, lang):
    w = ch(rng, PW_WORDS.get({"pl": "PL", "de": "DE", "es": "ES", "pt": "PT", "fr": "FR", "nl": "NL", "it": "IT"}.get(lang, "EN"), PW_WORDS["EN"]))
    return ch(rng, ["{w}{y}!", "{w}#{y}", "{w}_{n}", "{w}{n}{s}", "{s}{w}{y}", "P@ss{w}{n}", "{W}{y}"]).format(
        w=w, W=w.upper(), y=rng.randint(1970, 2025), n=rng.randint(1, 999), s=ch(rng, "!$%*?&"))


def victim_ip(rng, v6=False):
    if v6 or rng.random() < 0.08:
        return ch(rng, ["2a02:8108", "2003:e6", "2a01:cb14", "2001:b07", "2a00:23c6"]) + ":" + ":".join("%x" % rng.randint(1, 0xffff) for _ in range(6))
    return "%d.%d.%d.%d" % (ch(rng, [83, 89, 79, 93, 95, 77, 88, 178, 188, 217, 62, 81, 84, 86, 109, 151, 176, 201, 187, 190, 24, 73]),
                            rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254))


MONTHS = {
 "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
 "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
 "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
 "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
 "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
 "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
 "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
 "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
}


def rand_dob(rng):
    return date(1941, 1, 1) + timedelta(days=rng.randint(0, 365 * 64))


def fmt_dob(rng, d, lang, country=None):
    D, M, Y = d.day, d.month, d.year
    mn = MONTHS[lang][M - 1]
    opts = {
     "pl": ["%02d.%02d.%d" % (D, M, Y), "%02d.%02d.%d r." % (D, M, Y), "%d %s %d" % (D, mn, Y), "%d-%02d-%02d" % (Y, M, D), "%d %s %d r." % (D, mn, Y)],
     "de": ["%02d.%02d.%d" % (D, M, Y), "%d. %s %d" % (D, mn, Y), "%d.%d.%d" % (D, M, Y), "%02d.%02d.%02d" % (D, M, Y % 100)],
     "fr": ["%02d/%02d/%d" % (D, M, Y), "%s %s %d" % ("1er" if D == 1 else str(D), mn, Y), "%02d.%02d.%d" % (D, M, Y)],
     "es": ["%02d/%02d/%d" % (D, M, Y), "%02d-%02d-%d" % (D, M, Y), "%d de %s de %d" % (D, mn, Y), "%d/%d/%d" % (D, M, Y)],
     "pt": ["%02d/%02d/%d" % (D, M, Y), "%02d-%02d-%d" % (D, M, Y), "%d de %s de %d" % (D, mn, Y)],
     "it": ["%02d/%02d/%d" % (D, M, Y), "%02d.%02d.%d" % (D, M, Y), "%d %s %d" % (D, mn, Y), "%02d-%02d-%d" % (D, M, Y)],
     "nl": ["%02d-%02d-%d" % (D, M, Y), "%d %s %d" % (D, mn, Y), "%02d/%02d/%d" % (D, M, Y)],
     "en": ["%02d/%02d/%d" % (D, M, Y), "%d %s %d" % (D, mn, Y), "%d%s %s %d" % (D, "th" if 10 < D < 14 else {1: "st", 2: "nd", 3: "rd"}.get(D % 10, "th"), mn, Y), "%d-%02d-%02d" % (Y, M, D)],
    }[lang]
    if lang == "en" and country == "US":
        opts = ["%02d/%02d/%d" % (M, D, Y), "%s %d, %d" % (mn, D, Y), "%d-%02d-%02d" % (Y, M, D)]
    return ch(rng, opts)


# ---------------------------------------------------------------- indicators (keep)
MALWARE = ["Emotet", "QakBot", "AgentTesla", "RedLine Stealer", "Lumma Stealer", "FormBook", "IcedID", "Raccoon Stealer", "Vidar",
           "Remcos RAT", "AsyncRAT", "njRAT", "DarkGate", "Pikabot", "SmokeLoader", "GootLoader", "Anatsa", "SpyNote", "Grandoreiro",
           "Mekotio", "Ursnif", "SocGholish", "StealC", "Latrodectus", "XWorm", "Octo", "Coper"]
ACTORS = ["LockBit", "ALPHV/BlackCat", "Scattered Spider", "FIN7", "TA505", "Lazarus Group", "APT28", "Cl0p", "Black Basta",
          "Akira", "Rhysida", "Medusa", "Play", "8Base", "TA577"]
TOOLS = ["AnyDesk", "Cobalt Strike", "Mimikatz", "Rclone", "ngrok", "PsExec", "TeamViewer", "ScreenConnect", "RustDesk", "AdvancedRun", "WinSCP"]
CVES = ["CVE-2023-23397", "CVE-2024-3400", "CVE-2021-44228", "CVE-2023-4966", "CVE-2024-21412", "CVE-2023-34362", "CVE-2022-30190",
        "CVE-2024-1709", "CVE-2023-20198", "CVE-2024-21762", "CVE-2023-27997", "CVE-2025-0282"]
ASNS = ["AS9009", "AS16276", "AS14061", "AS20473", "AS204957", "AS48090", "AS210644", "AS44477", "AS62005", "AS399629"]
TLDS = ["top", "xyz", "ru", "su", "online", "shop", "click", "icu", "live", "info", "cfd", "sbs", "buzz", "rest", "pw", "cc"]
SYL = ["sec", "verif", "login", "auth", "paket", "dopl", "konto", "banc", "cliente", "secure", "update", "track", "post", "colis",
       "zahlung", "pagamento", "rimborso", "portal", "cloud", "docs", "mfa", "sso", "id", "pay", "live", "help", "desk", "safe", "net"]
BRANDS = ["inpost", "dhl", "paypal", "ing", "santander", "bbva", "caixa", "millennium", "allegro", "olx", "bol", "postnl", "poste",
          "laposte", "chronopost", "sparkasse", "vinted", "microsoft", "office365", "correos", "ctt", "revolut", "netflix", "ameli"]


def c2_ip(rng):
    return "%d.%d.%d.%d" % (ch(rng, [185, 45, 91, 193, 194, 5, 146, 104, 141, 162, 195, 213, 37, 80, 103, 154, 179]),
                            rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254))


def bad_domain(rng, brand=True):
    if brand and rng.random() < .6:
        parts = [ch(rng, BRANDS), ch(rng, SYL)]
        if rng.random() < .4:
            parts.append(ch(rng, SYL))
        return "-".join(parts) + "." + ch(rng, TLDS)
    s = ch(rng, SYL) + ch(rng, SYL) + (str(rng.randint(1, 99)) if rng.random() < .4 else "")
    return s + "." + ch(rng, TLDS)


def defang(rng, s, p=0.5):
    if rng.random() < p:
        i = s.rfind(".")
        return s[:i] + "[.]" + s[i + 1:]
    return s


def bad_url(rng, dom=None):
    dom = dom or bad_domain(rng)
    path = ch(rng, ["/login", "/pl/doplata", "/verify/index.php", "/wp-content/plugins/x/a.php", "/track?id=" + digits(rng, 8),
                    "/auth/signin", "/de/sendung", "/pagar", "/secure/update.html", "/dl/inv_" + digits(rng, 4) + ".zip", "/gate.php", "/c/" + "".join(ch(rng, "abcdefghkmnpqrstuvwxyz23456789") for _ in range(6))])
    sch = ch(rng, ["https://", "http://", "hxxps://", "hxxp://"])
    d = defang(rng, dom, 0.5 if sch.startswith("hxxp") else 0.2)
    return sch + d + path


def hexs(rng, n):
    return "".join(ch(rng, "0123456789abcdef") for _ in range(n))


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def wallet(rng):
    r = rng.random()
    if r < .35:
        return "bc1q" + "".join(ch(rng, B32) for _ in range(38))
    if r < .55:
        return ch(rng, "13") + "".join(ch(rng, B58) for _ in range(33))
    if r < .8:
        return "0x" + hexs(rng, 40)
    return "T" + "".join(ch(rng, B58) for _ in range(33))


def case_id(rng, lang):
    y = ch(rng, ["2024", "2025"])
    yy = y[2:]
    return ch(rng, {
     "pl": ["RSD-%s/%s" % (digits(rng, 4), yy), "PR 2 Ds. %d.%s" % (rng.randint(100, 3999), y), "KWP-CBZC-%s-%s" % (y, digits(rng, 5)), "CERT.PL#%s-%s" % (y, digits(rng, 5))],
     "de": ["%d Js %d/%s" % (rng.randint(1, 900), rng.randint(100, 9999), yy), "VG-%s-%s" % (y, digits(rng, 6)), "ZAC-%s-%s" % (yy, digits(rng, 4)), "Tgb.-Nr. %s/%s" % (digits(rng, 5), yy)],
     "fr": ["PV n° %s/%s" % (y, digits(rng, 6)), "Parquet %s/%s" % (yy, digits(rng, 5)), "PHAROS-%s-%s" % (y, digits(rng, 7)), "PLAINTE-%s-%s" % (digits(rng, 3), digits(rng, 5))],
     "es": ["Atestado %s/%s" % (digits(rng, 5), y), "DP %d/%s" % (rng.randint(100, 4000), y), "INCIBE-%s-%s" % (y, digits(rng, 6)), "EXP-%s-%s" % (yy, digits(rng, 5))],
     "pt": ["NUIPC %s/%s.%sT9LSB" % (digits(rng, 4), yy, digits(rng, 1)), "BO %s/%s" % (digits(rng, 6), y), "CERT.PT-%s-%s" % (y, digits(rng, 4)), "Proc. %s.%s" % (digits(rng, 5), y)],
     "it": ["RGNR %d/%s" % (rng.randint(100, 29999), y), "Proc. pen. n. %s/%s" % (digits(rng, 4), yy), "CNAIPIC-%s-%s" % (y, digits(rng, 4)), "Prot. %s/%s" % (digits(rng, 6), y)],
     "nl": ["PL%s-%s" % (digits(rng, 4), digits(rng, 8)), "BVH %s-%s" % (y, digits(rng, 6)), "NCSC-%s-%s" % (y, digits(rng, 4)), "Parketnr. %s/%s" % (digits(rng, 2), digits(rng, 6))],
     "en": ["CR-%s-%s" % (y, digits(rng, 6)), "AF-%s%s" % (yy, digits(rng, 7)), "NCA/%s/%s" % (y, digits(rng, 5)), "IR-%s-%s" % (y, digits(rng, 4)), "INC%s" % digits(rng, 7)],
     "mixed": ["EC3-%s-%s" % (y, digits(rng, 5)), "J-CAT/%s/%s" % (y, digits(rng, 3)), "SIENA-%s" % digits(rng, 7)],
    }[lang])


COUNTRIES = {"en": ["GB", "GB", "US", "US", "IE"], "es": ["ES", "ES", "ES", "MX", "AR", "CL", "CO", "EC", "UY"], "pt": ["PT", "PT", "BR"],
             "fr": ["FR", "FR", "FR", "BE"], "de": ["DE", "DE", "DE", "AT"], "nl": ["NL", "NL", "NL", "BE"], "it": ["IT"], "pl": ["PL"]}


def when(rng):
    return datetime_base(rng)


def datetime_base(rng):
    d = date(2024, 9, 1) + timedelta(days=rng.randint(0, 420))
    return d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


def fmt_date(rng, d, lang):
    if lang == "en":
        return ch(rng, ["%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year), d.isoformat(), "%02d/%02d/%d" % (d.day, d.month, d.year)])
    if lang in ("de", "pl"):
        return ch(rng, ["%02d.%02d.%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, MONTHS[lang][d.month - 1], d.year) if lang == "pl" else "%d. %s %d" % (d.day, MONTHS[lang][d.month - 1], d.year)])
    if lang == "nl":
        return ch(rng, ["%02d-%02d-%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, MONTHS[lang][d.month - 1], d.year)])
    if lang in ("es", "pt"):
        return ch(rng, ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d de %s de %d" % (d.day, MONTHS[lang][d.month - 1], d.year)])
    return ch(rng, ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, MONTHS[lang][d.month - 1], d.year)])


def money(rng, lang, country=None):
    a = rng.randint(80, 48000) + rng.choice([0, 0, .5, .99, .2])
    cur = {"pl": "PLN", "en": "£" if country in ("GB",) else "$" if country == "US" else "EUR", "pt": "R$" if country == "BR" else "EUR"}.get(lang, "EUR")
    if country == "MX":
        cur = "MXN"
    if country == "AR":
        cur = "ARS"
    if lang in ("en",):
        s = "{:,.2f}".format(a)
        return cur + s if cur in ("£", "$") else s + " " + cur
    s = "{:,.2f}".format(a).replace(",", " ").replace(".", ",")
    if lang in ("de", "it", "es", "pt", "nl"):
        s = s.replace(" ", ".")
    return (cur + " " + s) if cur == "R$" else (s + " " + ch(rng, [cur, "€"] if cur == "EUR" else [cur]))


class Ident:
    """bundle of personal data for one person; fields are lazily generated."""
    def __init__(self, rng, lang, country=None, female=None):
        self.rng, self.lang = rng, lang
        self.c = country or ch(rng, COUNTRIES[lang])
        self.p = Person(rng, self.c, female)
        self.dob = rand_dob(rng)
        self._cache = {}

    def get(self, key):
        if key in self._cache:
            return self._cache[key]
        r, c = self.rng, self.c
        v = {
         "dob": lambda: fmt_dob(r, self.dob, self.lang if self.lang != "mixed" else "en", c),
         "id": lambda: national_id(r, c, self.p, self.dob),
         "phone": lambda: phone(r, c),
         "email": lambda: email(r, self.p),
         "wemail": lambda: email(r, self.p, company=True),
         "addr": lambda: address(r, c),
         "user": lambda: username(r, self.p),
         "pw": lambda: password(r, self.lang),
         "iban": lambda: iban(r, IBAN_CC[c]),
         "card": lambda: card(r),
         "ip": lambda: victim_ip(r),
        }[key]()
        self._cache[key] = v
        return v


# ================================================================ forms
LBL = {
 "en": dict(name="Name", dob="Date of birth", phone="Phone", email="E-mail", addr="Address", id="ID no.", user="Username", pw="Password", ip="IP", iban="Account (IBAN)", card="Card", amount="Amount", date="Date", case="Case ref.", born="born"),
 "es": dict(name="Nombre y apellidos", dob="Fecha de nacimiento", phone="Teléfono", email="Correo electrónico", addr="Domicilio", id="Documento", user="Usuario", pw="Contraseña", ip="IP", iban="Cuenta", card="Tarjeta", amount="Importe", date="Fecha", case="Ref.", born="nacido/a el"),
 "pt": dict(name="Nome", dob="Data de nascimento", phone="Telemóvel", email="E-mail", addr="Morada", id="Documento", user="Utilizador", pw="Palavra-passe", ip="IP", iban="Conta (IBAN)", card="Cartão", amount="Montante", date="Data", case="Proc.", born="nascido/a a"),
 "fr": dict(name="Nom, prénom", dob="Date de naissance", phone="Tél.", email="Courriel", addr="Adresse", id="N° pièce d'identité", user="Identifiant", pw="Mot de passe", ip="Adresse IP", iban="IBAN", card="Carte", amount="Montant", date="Date", case="Réf.", born="né(e) le"),
 "de": dict(name="Name, Vorname", dob="Geburtsdatum", phone="Telefon", email="E-Mail", addr="Anschrift", id="Ausweis-/ID-Nr.", user="Benutzername", pw="Passwort", ip="IP-Adresse", iban="IBAN", card="Karte", amount="Betrag", date="Datum", case="Az.", born="geb."),
 "nl": dict(name="Naam", dob="Geboortedatum", phone="Telefoon", email="E-mail", addr="Adres", id="ID-nummer", user="Gebruikersnaam", pw="Wachtwoord", ip="IP-adres", iban="Rekeningnummer", card="Kaart", amount="Bedrag", date="Datum", case="Kenmerk", born="geboren"),
 "it": dict(name="Cognome e nome", dob="Data di nascita", phone="Cellulare", email="E-mail", addr="Residenza", id="Documento", user="Nome utente", pw="Password", ip="Indirizzo IP", iban="IBAN", card="Carta", amount="Importo", date="Data", case="Rif.", born="nato/a il"),
 "pl": dict(name="Imię i nazwisko", dob="Data urodzenia", phone="Telefon", email="E-mail", addr="Adres zamieszkania", id="Nr dokumentu", user="Login", pw="Hasło", ip="Adres IP", iban="Nr rachunku", card="Karta", amount="Kwota", date="Data", case="Sygn.", born="ur."),
}


def name_as(d, idt, style=None, case=0):
    p, r = idt.p, d.rng
    if style is None:
        style = ch(r, ["full", "full", "full", "upper", "caps", "comma"])
    if style == "full":
        v = p.case(case) if p.country == "PL" else p.full
    elif style == "upper":
        v = p.upper_comma()
    elif style == "caps":
        v = (p.last.upper() + " " + p.first) if r.random() < .5 else p.full.upper()
    elif style == "comma":
        v = p.last + ", " + p.first
    elif style == "sur":
        v = p.sur_forms[case] if p.country == "PL" else p.surname_main
    elif style == "first":
        v = p.first_forms[case]
    elif style == "init":
        v = p.initial()
    elif style == "gen_de":
        s = p.last.split()[-1]
        v = s + "'" if s[-1] in "sßzx" else s + "s"
    return d.p("PERSON", v)


def idv(d, idt):
    lab, v = idt.get("id")
    return lab, d.p("NATIONAL_ID", v)


def addr_lines(d, idt, sep="\n", with_city=True):
    line, extra, city = idt.get("addr")
    parts = []
    if extra:
        parts.append(d.p("POSTAL_ADDRESS", extra))
    parts.append(d.p("POSTAL_ADDRESS", line))
    if with_city:
        parts.append(city)
    return sep.join(parts)


def P(d, idt, key):
    t = {"phone": "PHONE", "email": "EMAIL", "wemail": "EMAIL", "user": "USERNAME", "pw": "PASSWORD", "iban": "IBAN", "card": "CREDIT_CARD",
         "ip": "IP_ADDRESS", "dob": "DATE_OF_BIRTH"}[key]
    return d.p(t, idt.get(key))


class IOC:
    """a coherent set of keep values for one case"""
    def __init__(self, d):
        r = d.rng
        self.d = d
        self.dom = bad_domain(r)
        self.url = bad_url(r, self.dom)
        self.ip = c2_ip(r)
        self.ip2 = c2_ip(r)
        self.mal = ch(r, MALWARE)
        self.tool = ch(r, TOOLS)
        self.actor = ch(r, ACTORS)
        self.sha = hexs(r, 64)
        self.md5 = hexs(r, 32)
        self.sha1 = hexs(r, 40)
        self.cve = ch(r, CVES)
        self.asn = ch(r, ASNS)
        self.wallet = wallet(r)
        self.sender = ch(r, ["no-reply", "support", "security", "billing", "info", "kontakt", "servicio", "avis", "assistenza", "klantenservice"]) + "@" + bad_domain(r)
        self.case = case_id(r, d.lang if d.lang in LBL else "mixed")

    def __getattr__(self, k):
        raise AttributeError(k)

    def K(self, key):
        t = {"dom": "c2_domain", "url": "url", "ip": "c2_ip", "ip2": "attacker_ip", "mal": "malware", "tool": "tool", "actor": "actor_group",
             "sha": "sha256", "md5": "md5", "sha1": "sha1", "cve": "cve", "asn": "asn", "wallet": "wallet", "sender": "phishing_sender",
             "case": "case_id"}[key]
        return self.d.k(t, getattr(self, key))


def ts(rng, style="iso"):
    d, h, m, s = datetime_base(rng)
    if style == "iso":
        return "%sT%02d:%02d:%02dZ" % (d.isoformat(), h, m, s)
    if style == "syslog":
        return "%s %2d %02d:%02d:%02d" % (["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1], d.day, h, m, s)
    if style == "eu":
        return "%02d.%02d.%d %02d:%02d" % (d.day, d.month, d.year, h, m)
    return "%s %02d:%02d" % (d.isoformat(), h, m)


# ---------------------------------------------------------------- 1 interview minutes
QA = {
 "en": (["Q:", "A:"], ["Q.", "A."], ["QUESTION:", "ANSWER:"]),
 "es": (["Pregunta:", "Respuesta:"], ["PREGUNTADO:", "RESPONDE:"], ["P.-", "R.-"]),
 "pt": (["Pergunta:", "Resposta:"], ["P:", "R:"], ["PERGUNTADO:", "RESPONDEU:"]),
 "fr": (["Question :", "Réponse :"], ["D :", "R :"], ["QUESTION -", "RÉPONSE -"]),
 "de": (["Frage:", "Antwort:"], ["F:", "A:"], ["FRAGE:", "ANTWORT:"]),
 "nl": (["Vraag:", "Antwoord:"], ["V:", "A:"], ["VRAAG:", "ANTWOORD:"]),
 "it": (["Domanda:", "Risposta:"], ["D.:", "R.:"], ["DOMANDA:", "ADR:"]),
 "pl": (["Pytanie:", "Odpowiedź:"], ["P:", "O:"], ["PYTANIE:", "ODPOWIEDŹ:"]),
}

IV_HEAD = {
 "en": ["RECORD OF WITNESS INTERVIEW\nRef: {case}\nInterviewee: {name}, {born} {dob}\nHome address: {addr}\nContact: {phone}",
        "Interview notes - {case}\nPresent: DC (interviewing officer), witness {name} (DOB {dob}), {idl} {id}\nWitness resides at {addr}."],
 "es": ["ACTA DE DECLARACIÓN TESTIFICAL\nDiligencias: {case}\nEn la dependencia policial comparece {name}, nacido/a el {dob}, con {idl} {id}, con domicilio en {addr}, teléfono {phone}, quien manifiesta:",
        "DECLARACIÓN DE LA PERSONA PERJUDICADA ({case})\nCompareciente: {name} | F. nac.: {dob} | {idl}: {id}\nDomicilio: {addr}"],
 "pt": ["AUTO DE INQUIRIÇÃO DE TESTEMUNHA\n{case}\nInquirido(a): {name}, nascido(a) em {dob}, {idl} {id}, residente em {addr}, contacto {phone}.",
        "TERMO DE DECLARAÇÕES - {case}\nDeclarante: {name}\nData de nascimento: {dob}\nMorada: {addr}"],
 "fr": ["PROCÈS-VERBAL D'AUDITION DE VICTIME\n{case}\nEntendons {name}, {born} {dob}, demeurant {addr}, joignable au {phone}, qui déclare :",
        "AUDITION - {case}\nIdentité : {name} ({idl} {id})\nNé(e) le : {dob}\nDomicile : {addr}"],
 "de": ["ZEUGENVERNEHMUNG\nAz.: {case}\nZur Person: {name}, geb. {dob}, wohnhaft {addr}, erreichbar unter {phone}\nDie Zeugin/der Zeuge wurde belehrt.",
        "Protokoll der Vernehmung - {case}\nVernommen wird {name} ({idl} {id}), geboren am {dob}.\nWohnanschrift: {addr}"],
 "nl": ["PROCES-VERBAAL VAN VERHOOR GETUIGE\n{case}\nVerhoord wordt: {name}, geboren {dob}, wonende {addr}, telefoon {phone}.",
        "Verhoor aangever - {case}\nPersonalia: {name} | {idl} {id} | geb. {dob}\nAdres: {addr}"],
 "it": ["VERBALE DI SOMMARIE INFORMAZIONI\n{case}\nÈ presente {name}, nato/a il {dob}, residente in {addr}, {idl} {id}, utenza {phone}, il/la quale dichiara quanto segue.",
        "VERBALE DI ASSUNZIONE DI INFORMAZIONI - {case}\nPersona informata sui fatti: {name}\nNata/o il {dob} - recapito {phone}"],
 "pl": ["PROTOKÓŁ PRZESŁUCHANIA ŚWIADKA\n{case}\nŚwiadek: {name}, ur. {dob}, {idl} {id}, zam. {addr}, tel. {phone}\nŚwiadek został pouczony o odpowiedzialności karnej.",
        "Protokół przesłuchania pokrzywdzonego - {case}\nDane: {name} | data ur.: {dob}\nAdres: {addr}"],
}

IV_QA = {
 "en": [("How were you first contacted?", "I got a call on {phone} from someone saying he was from the bank's fraud team. The number on screen looked like the real bank."),
        ("What did he ask you to do?", "He told me to install {tool} so he could 'secure' my account, then I had to read him the codes I got by text."),
        ("Which account was the money sent to?", "Two transfers went to {iban}. He said that was a safe account in my name. It was not."),
        ("Did you click a link?", "Yes, the text message had the link {url} and I typed my card {card} there."),
        ("Does anyone else use your e-mail {email}?", "No, only me. My password was {pw}, I have changed it now."),
        ("Who else was present?", "My partner {name2} was at home, they heard part of the call."),
        ("Anything else?", "Only that the caller knew my date of birth and my address, which scared me.")],
 "es": [("¿Cómo contactaron con usted?", "Me llamaron al {phone} diciendo que eran del departamento de seguridad del banco."),
        ("¿Qué le pidieron?", "Que instalara {tool} en el ordenador para proteger la cuenta y que les leyera los códigos del SMS."),
        ("¿A qué cuenta se transfirió el dinero?", "A la cuenta {iban}, me dijeron que era una cuenta segura a mi nombre."),
        ("¿Pulsó algún enlace?", "Sí, el SMS traía el enlace {url} y ahí metí los datos de la tarjeta {card}."),
        ("¿Su correo {email} lo usa alguien más?", "No, solo yo. La contraseña era {pw}, ya la he cambiado."),
        ("¿Había alguien más presente?", "Mi hermano {name2} estaba conmigo y escuchó la conversación."),
        ("¿Desea añadir algo?", "Que sabían mi fecha de nacimiento y mi dirección, por eso me fié.")],
 "pt": [("Como foi contactado(a)?", "Recebi uma chamada para o {phone} de alguém que dizia ser do banco."),
        ("O que lhe pediram?", "Para instalar o {tool} e ler os códigos que chegavam por SMS."),
        ("Para que conta foi o dinheiro?", "Fiz duas transferências para o IBAN {iban}, disseram que era uma conta de segurança."),
        ("Carregou em algum link?", "Sim, a mensagem tinha o link {url} e lá coloquei o cartão {card}."),
        ("O e-mail {email} é só seu?", "É só meu. A palavra-passe era {pw}, já alterei."),
        ("Estava mais alguém presente?", "A minha filha {name2} estava em casa."),
        ("Quer acrescentar algo?", "Sabiam a minha data de nascimento, foi isso que me convenceu.")],
 "fr": [("Comment avez-vous été contacté(e) ?", "J'ai reçu un appel sur mon portable {phone}, la personne disait appartenir au service fraude de ma banque."),
        ("Que vous a-t-on demandé ?", "D'installer {tool} pour « sécuriser » mon compte puis de lui lire les codes reçus par SMS."),
        ("Vers quel compte les fonds sont-ils partis ?", "Deux virements vers {iban}, soi-disant un compte de sécurité à mon nom."),
        ("Avez-vous cliqué sur un lien ?", "Oui, le SMS contenait {url}, j'y ai saisi ma carte {card}."),
        ("Votre adresse {email} est-elle utilisée par un tiers ?", "Non. Mon mot de passe était {pw}, je l'ai changé depuis."),
        ("Une autre personne était-elle présente ?", "Mon conjoint {name2} était à côté de moi."),
        ("Avez-vous autre chose à ajouter ?", "Ils connaissaient ma date de naissance, c'est pour ça que j'ai eu confiance.")],
 "de": [("Wie wurden Sie kontaktiert?", "Ich wurde auf meinem Handy {phone} angerufen, angeblich von der Sicherheitsabteilung meiner Bank."),
        ("Was sollten Sie tun?", "Ich sollte {tool} installieren und ihm die TAN-Codes vorlesen, die per SMS kamen."),
        ("Auf welches Konto ging das Geld?", "Zwei Überweisungen auf {iban}. Angeblich ein Sicherheitskonto auf meinen Namen."),
        ("Haben Sie einen Link angeklickt?", "Ja, in der SMS war der Link {url}, dort habe ich meine Kartennummer {card} eingegeben."),
        ("Nutzt noch jemand Ihre E-Mail {email}?", "Nein. Mein Passwort war {pw}, das habe ich inzwischen geändert."),
        ("War noch jemand anwesend?", "Mein Mann {name2} war im Wohnzimmer."),
        ("Möchten Sie noch etwas ergänzen?", "Der Anrufer kannte mein Geburtsdatum. Deshalb habe ich ihm geglaubt."),
        ("Wem gehört das Empfängerkonto?", "Laut meiner Bank ist {iban} Herrn {mulegen} Konto. Den Namen {mule} habe ich nie gehört.")],
 "nl": [("Hoe werd u benaderd?", "Ik werd gebeld op {phone} door iemand die zei dat hij van de fraudeafdeling van de bank was."),
        ("Wat moest u doen?", "Ik moest {tool} installeren en de codes uit de sms voorlezen."),
        ("Naar welke rekening is het geld gegaan?", "Twee keer naar {iban}, dat zou een veilige rekening op mijn naam zijn."),
        ("Heeft u op een link geklikt?", "Ja, in de sms stond {url} en daar heb ik mijn pas {card} ingevuld."),
        ("Gebruikt iemand anders uw e-mailadres {email}?", "Nee. Mijn wachtwoord was {pw}, dat heb ik veranderd."),
        ("Was er nog iemand bij?", "Mijn zoon {name2} was thuis."),
        ("Wilt u nog iets toevoegen?", "Ze wisten mijn geboortedatum, daarom vertrouwde ik het.")],
 "it": [("Come è stato/a contattato/a?", "Ho ricevuto una telefonata sul {phone} da un sedicente operatore della banca."),
        ("Cosa le è stato chiesto?", "Di installare {tool} e di leggere i codici che arrivavano via SMS."),
        ("Su quale conto è finito il denaro?", "Ho fatto due bonifici verso l'IBAN {iban}, mi dicevano che era un conto protetto."),
        ("Ha cliccato un link?", "Sì, nel messaggio c'era {url} e lì ho inserito la carta {card}."),
        ("La casella {email} la usa solo lei?", "Sì, solo io. La password era {pw}, l'ho cambiata."),
        ("Era presente qualcun altro?", "Mia moglie {name2} era in cucina e ha sentito tutto."),
        ("Ha altro da aggiungere?", "Conoscevano la mia data di nascita, per questo mi sono fidato.")],
 "pl": [("W jaki sposób się z Panią/Panem skontaktowano?", "Zadzwonił do mnie na numer {phone} mężczyzna podający się za pracownika działu bezpieczeństwa banku."),
        ("Czego od Pani/Pana żądano?", "Kazał zainstalować {tool} i podawać kody z SMS-ów."),
        ("Na jaki rachunek przelano pieniądze?", "Dwa przelewy poszły na rachunek {iban}, podobno bezpieczny rachunek na moje nazwisko."),
        ("Czy kliknęła/kliknął Pani/Pan w link?", "Tak, w SMS-ie był link {url}, wpisałam tam dane karty {card}."),
        ("Czy ktoś jeszcze korzysta z adresu {email}?", "Nie, tylko ja. Hasło było {pw}, już je zmieniłam."),
        ("Czy ktoś był obecny przy rozmowie?", "Tak, był ze mną mąż, {name2}."),
        ("Czy chce Pani/Pan coś dodać?", "Oszuści znali moją datę urodzenia i adres."),
        ("Czy rozmawiała Pani/Pan z kimś o tej sytuacji?", "Tak, od razu zadzwoniłam do siostry, rozmawiałam z {name2i}, i ona kazała mi iść na policję."),
        ("Do kogo należy rachunek odbiorcy?", "Bank powiedział mi, że rachunek {iban} należy do {muleg}, nie znam tej osoby.")],
}
IV_END = {"en": ["Read over and signed.", "Interview concluded at {t}.", "END OF RECORD"], "es": ["Leída la presente, la firma en prueba de conformidad.", "Se da por finalizada la declaración."],
          "pt": ["Lido e achado conforme, vai assinar.", "Nada mais disse."], "fr": ["Lecture faite, persiste et signe.", "Fin de l'audition à {t}."],
          "de": ["Selbst gelesen, genehmigt, unterschrieben.", "Ende der Vernehmung: {t} Uhr"], "nl": ["Na voorlezing volhardt de getuige en ondertekent.", "Einde verhoor {t}."],
          "it": ["Letto, confermato e sottoscritto.", "Il presente verbale viene chiuso alle ore {t}."], "pl": ["Odczytano. Zgodnie z moimi zeznaniami.", "Na tym protokół zakończono o godz. {t}."]}


def fill(tpl, **prov):
    cache = {}

    def rep(m):
        k = m.group(1)
        if k not in prov:
            return m.group(0)
        if k not in cache:
            x = prov[k]
            cache[k] = x() if callable(x) else x
        return cache[k]
    return re.sub(r"\{(\w+)\}", rep, tpl)


def f_interview(d):
    r, L = d.rng, d.lang
    v = Ident(r, L)
    other = Ident(r, L, v.c)
    mule = Ident(r, L, v.c)
    io = IOC(d)
    nid = []
    def _id():
        lab, x = idv(d, v)
        return x
    lab = v.get("id")[0]
    head = fill(ch(r, IV_HEAD[L]), case=lambda: io.K("case"), name=lambda: name_as(d, v, ch(r, ["full", "upper", "caps"])),
                born=LBL[L]["born"], dob=lambda: P(d, v, "dob"), addr=lambda: addr_lines(d, v, sep=", ", with_city=r.random() < .5),
                phone=lambda: P(d, v, "phone"), idl=lab, id=_id)
    qm, am = ch(r, QA[L])
    pool = IV_QA[L][:]
    rest = pool[1:]
    r.shuffle(rest)
    chosen = [pool[0]] + rest[:r.randint(2, 5)]
    prov = dict(phone=lambda: P(d, v, "phone"), tool=lambda: io.K("tool"), iban=lambda: d.p("IBAN", mule.get("iban")), url=lambda: io.K("url"),
                card=lambda: P(d, v, "card"), email=lambda: P(d, v, "email"), pw=lambda: P(d, v, "pw"), name2=lambda: name_as(d, other, "full", case=0),
                name2i=lambda: name_as(d, Ident(r, L, v.c, female=True) if L == "pl" else other, "full", case=2), mule=lambda: name_as(d, mule, "full"),
                mulegen=lambda: name_as(d, mule, "gen_de"), muleg=lambda: name_as(d, mule, "full", case=1))
    out = [head, ""]
    for q, a in chosen:
        sep = ch(r, ["\n", " ", "\n"])
        out.append("%s %s%s%s %s" % (qm, fill(q, **prov), sep, am, fill(a, **prov)))
        if r.random() < .5:
            out.append("")
    out.append(fill(ch(r, IV_END[L]), t="%02d:%02d" % (r.randint(8, 20), r.randint(0, 59))))
    return "\n".join(out)


# ---------------------------------------------------------------- 2 helpdesk ticket
TK = {
 "en": dict(title=["Suspicious sign-in / possible account compromise", "User clicked phishing link", "MFA fatigue - user approved unknown prompt", "Invoice fraud attempt"],
            f=["Ticket", "Status", "Priority", "Requester", "Contact e-mail", "Callback", "Affected account", "Category", "Description"],
            st=["Open", "In progress", "Escalated to SOC", "Pending user"], pr=["P2 - High", "P1 - Critical", "P3"], cat="Security > Phishing",
            desc=["Invoice-change request came from {comp}, a supplier mailbox that appears compromised; it links to {url}.", "User reports an e-mail from {sender} asking to re-validate the mailbox. User entered credentials on {url}.",
                  "Several sign-ins from {c2} after user opened attachment (sha256 {sha}). EDR flagged {mal}.",
                  "User approved an MFA push at night. Sign-in source {vip} is user's home line, later sessions from {c2}."],
            cm=["Called user back on {phone}, confirmed they typed password {pw} on the fake page. Password reset done.",
                "Blocked {dom} on proxy, added {c2} to firewall deny list.", "Reassigned to {agent} (SOC L2).",
                "User confirms home IP {vip}; the {c2} sessions are not theirs.", "Closed on request of {agent}, monitoring for 7 days."]),
 "es": dict(title=["Acceso sospechoso a la cuenta", "Usuario pulsó enlace de phishing", "Posible fraude del CEO"],
            f=["Incidencia", "Estado", "Prioridad", "Solicitante", "Correo", "Teléfono de contacto", "Cuenta afectada", "Categoría", "Descripción"],
            st=["Abierta", "En curso", "Escalada a SOC"], pr=["Alta", "Crítica", "Media"], cat="Seguridad / Phishing",
            desc=["La petición de cambio de cuenta llegó desde {comp}, buzón de un proveedor probablemente comprometido; enlaza a {url}.", "La usuaria recibió un correo de {sender} y metió sus credenciales en {url}.", "Inicios de sesión desde {c2} tras abrir un adjunto (sha256 {sha}). El EDR detecta {mal}.",
                  "El usuario aceptó una notificación MFA de madrugada; su IP de casa es {vip}, las sesiones posteriores vienen de {c2}."],
            cm=["Llamo al usuario al {phone}; confirma que escribió la contraseña {pw} en la web falsa. Se resetea.", "Bloqueado {dom} en el proxy y {c2} en el firewall.",
                "Se asigna a {agent} (SOC N2).", "El usuario confirma que su IP es {vip}.", "Cerrada por {agent}."]),
 "pt": dict(title=["Acesso suspeito à conta", "Utilizador clicou em link de phishing", "Tentativa de fraude com fatura"],
            f=["Pedido", "Estado", "Prioridade", "Requerente", "E-mail", "Contacto", "Conta afetada", "Categoria", "Descrição"],
            st=["Aberto", "Em análise", "Escalado para SOC"], pr=["Alta", "Crítica"], cat="Segurança > Phishing",
            desc=["O pedido de alteração de IBAN veio de {comp}, caixa de um fornecedor aparentemente comprometida; link para {url}.", "A utilizadora recebeu e-mail de {sender} e introduziu credenciais em {url}.", "Logins a partir de {c2} depois de abrir anexo (sha256 {sha}); EDR deteta {mal}.",
                  "Aprovação MFA às 03h; IP doméstico do utilizador {vip}, sessões seguintes de {c2}."],
            cm=["Liguei ao utilizador para o {phone}: confirmou que escreveu a palavra-passe {pw}. Reposta.", "{dom} bloqueado no proxy; {c2} bloqueado na firewall.",
                "Atribuído a {agent}.", "Utilizador confirma IP {vip}.", "Fechado por {agent}."]),
 "fr": dict(title=["Connexion suspecte sur le compte", "Clic sur lien d'hameçonnage", "Tentative de fraude au président"],
            f=["Ticket", "Statut", "Priorité", "Demandeur", "Courriel", "Rappel", "Compte concerné", "Catégorie", "Description"],
            st=["Ouvert", "En cours", "Escaladé SOC"], pr=["Haute", "Critique"], cat="Sécurité / Hameçonnage",
            desc=["La demande de changement de RIB provient de {comp}, boîte d'un fournisseur vraisemblablement compromise ; lien vers {url}.", "L'utilisatrice a reçu un mail de {sender} et a saisi ses identifiants sur {url}.", "Connexions depuis {c2} après ouverture d'une pièce jointe (sha256 {sha}). EDR : {mal}.",
                  "Validation MFA en pleine nuit ; IP domicile {vip}, sessions suivantes depuis {c2}."],
            cm=["Rappel de l'utilisateur au {phone} : il a tapé le mot de passe {pw} sur la fausse page. Réinitialisé.", "Blocage de {dom} sur le proxy et de {c2} sur le pare-feu.",
                "Réaffecté à {agent} (N2).", "L'utilisateur confirme son IP {vip}.", "Clôturé par {agent}."]),
 "de": dict(title=["Verdächtige Anmeldung am Konto", "Mitarbeiter hat Phishing-Link geklickt", "CEO-Fraud Versuch"],
            f=["Ticket-Nr.", "Status", "Priorität", "Melder", "E-Mail", "Rückruf", "Betroffenes Konto", "Kategorie", "Beschreibung"],
            st=["Neu", "In Bearbeitung", "An SOC eskaliert"], pr=["Hoch", "Kritisch"], cat="IT-Sicherheit > Phishing",
            desc=["Die Bitte um Kontoänderung kam von {comp}, einem offenbar kompromittierten Postfach eines Lieferanten; Link auf {url}.", "Mitarbeiterin erhielt Mail von {sender} und hat Zugangsdaten auf {url} eingegeben.", "Anmeldungen von {c2} nach Öffnen eines Anhangs (SHA256 {sha}). EDR meldet {mal}.",
                  "Nächtliche MFA-Bestätigung; Heim-IP des Nutzers {vip}, Folgesitzungen von {c2}."],
            cm=["Rückruf unter {phone}: Nutzer hat das Passwort {pw} auf der Fake-Seite eingegeben. Reset erledigt.", "{dom} im Proxy gesperrt, {c2} in der Firewall geblockt.",
                "Weitergeleitet an {agent} (SOC L2).", "Nutzer bestätigt Heim-IP {vip}.", "Geschlossen durch {agent}."]),
 "nl": dict(title=["Verdachte aanmelding op account", "Medewerker klikte op phishinglink", "Poging tot factuurfraude"],
            f=["Melding", "Status", "Prioriteit", "Melder", "E-mail", "Terugbelnummer", "Getroffen account", "Categorie", "Omschrijving"],
            st=["Nieuw", "In behandeling", "Doorgezet naar SOC"], pr=["Hoog", "Kritiek"], cat="Beveiliging / Phishing",
            desc=["Het verzoek om rekeningwijziging kwam van {comp}, mailbox van een leverancier die gehackt lijkt; link naar {url}.", "Medewerker kreeg mail van {sender} en vulde inloggegevens in op {url}.", "Aanmeldingen vanaf {c2} na openen bijlage (sha256 {sha}). EDR: {mal}.",
                  "MFA-verzoek 's nachts goedgekeurd; thuis-IP {vip}, latere sessies vanaf {c2}."],
            cm=["Gebeld met gebruiker op {phone}: wachtwoord {pw} ingevuld op nepsite. Gereset.", "{dom} geblokkeerd in proxy, {c2} in firewall.",
                "Toegewezen aan {agent}.", "Gebruiker bevestigt thuis-IP {vip}.", "Gesloten door {agent}."]),
 "it": dict(title=["Accesso sospetto all'account", "Utente ha cliccato link di phishing", "Tentata frode del CEO"],
            f=["Ticket", "Stato", "Priorità", "Richiedente", "E-mail", "Recapito", "Account coinvolto", "Categoria", "Descrizione"],
            st=["Aperto", "In lavorazione", "Escalato al SOC"], pr=["Alta", "Critica"], cat="Sicurezza > Phishing",
            desc=["La richiesta di cambio IBAN è arrivata da {comp}, casella di un fornitore probabilmente compromessa; rimanda a {url}.", "L'utente ha ricevuto una mail da {sender} e ha inserito le credenziali su {url}.", "Accessi da {c2} dopo apertura allegato (sha256 {sha}); EDR rileva {mal}.",
                  "Approvazione MFA notturna; IP di casa {vip}, sessioni successive da {c2}."],
            cm=["Richiamato l'utente al {phone}: ha digitato la password {pw} sul sito falso. Reset eseguito.", "Bloccato {dom} sul proxy e {c2} sul firewall.",
                "Assegnato a {agent}.", "L'utente conferma IP {vip}.", "Chiuso da {agent}."]),
 "pl": dict(title=["Podejrzane logowanie na konto", "Pracownik kliknął link phishingowy", "Próba oszustwa na prezesa"],
            f=["Zgłoszenie", "Status", "Priorytet", "Zgłaszający", "E-mail", "Telefon kontaktowy", "Konto", "Kategoria", "Opis"],
            st=["Nowe", "W realizacji", "Przekazane do SOC"], pr=["Wysoki", "Krytyczny"], cat="Bezpieczeństwo > Phishing",
            desc=["Prośba o zmianę rachunku przyszła z {comp}, skrzynki dostawcy, która wygląda na przejętą; link do {url}.", "Pracownica dostała maila od {sender} i wpisała dane logowania na {url}.", "Logowania z {c2} po otwarciu załącznika (sha256 {sha}). EDR wykrył {mal}.",
                  "Zatwierdzenie MFA w nocy; domowe IP użytkownika {vip}, kolejne sesje z {c2}."],
            cm=["Oddzwoniłem na {phone}: użytkownik wpisał hasło {pw} na fałszywej stronie. Zresetowane.", "Zablokowano {dom} na proxy i {c2} na firewallu.",
                "Przekazano do {agent}.", "Użytkownik potwierdza domowe IP {vip}.", "Zamknięte przez {agent}."]),
}


def f_ticket(d):
    r, L = d.rng, d.lang
    T = TK[L]
    u = Ident(r, L)
    ag = Ident(r, L, u.c)
    sup = Ident(r, L, u.c)
    io = IOC(d)
    tid = ch(r, ["INC", "SR", "SD-", "#", "REQ"]) + digits(r, ch(r, [5, 6, 7]))
    d.k("ticket_id", tid)
    sep = ch(r, [": ", ": ", " = ", "\t", " | "])
    f = T["f"]
    prov = dict(sender=lambda: io.K("sender"), url=lambda: io.K("url"), c2=lambda: io.K("ip"), sha=lambda: io.K("sha"), mal=lambda: io.K("mal"),
                vip=lambda: P(d, u, "ip"), phone=lambda: P(d, u, "phone"), pw=lambda: P(d, u, "pw"), dom=lambda: io.K("dom"),
                agent=lambda: name_as(d, ag, ch(r, ["full", "comma", "init"])), comp=lambda: d.p("EMAIL", supplier_email(r, sup.p)))
    rows = [(f[0], d.k("ticket_id", tid)), (f[1], ch(r, T["st"])), (f[2], ch(r, T["pr"])),
            (f[3], name_as(d, u, ch(r, ["full", "comma", "upper"]))), (f[4], P(d, u, "wemail"))]
    if r.random() < .6:
        rows.append((f[5], P(d, u, "phone")))
    rows.append((f[6], ch(r, ["CORP\\", "", "AD\\", ""]) + P(d, u, "user")))
    rows.append((f[7], T["cat"]))
    out = []
    if r.random() < .5:
        out.append("=== " + ch(r, T["title"]).upper() + " ===")
    else:
        out.append(ch(r, T["title"]))
    out += [k + sep + v for k, v in rows]
    out.append(f[8] + ":")
    out.append(fill(ch(r, T["desc"]), **prov))
    out.append("")
    out.append(ch(r, ["--- History ---", "Comments:", "-- Verlauf --" if L == "de" else "----", "Worklog"]))
    cms = T["cm"][:]
    r.shuffle(cms)
    for c in cms[:r.randint(2, 4)]:
        stamp = ts(r, ch(r, ["iso", "eu", "plain"]))
        who = ch(r, ["servicedesk", "soc-bot", "L1"]) if r.random() < .5 else None
        line = fill(c, **prov)
        out.append("[%s] %s%s" % (stamp, (who + ": ") if who else "", line))
    return "\n".join(out)


# ---------------------------------------------------------------- 3 chat / SMS export
CHAT = {
 "en": dict(scam=["Hi Mum, this is my new number, my phone broke. Can you do me a favour?", "Hello, this is the fraud team of your bank. We've blocked a payment of £1,240. Was that you?",
                  "To cancel it, please confirm your card number and expiry.", "Your parcel is held, pay the customs fee here: {url}", "Please move the balance to this safe account: {iban}"],
            vic=["who is this??", "ok love what do you need", "no I didn't make that payment!", "my card is {card}", "I live at {addr} if you need to send it", "done, I sent it",
                 "my email is {email}", "is this really the bank?"]),
 "es": dict(scam=["Hola mamá, este es mi número nuevo, se me rompió el móvil", "Le escribimos del departamento de seguridad, hemos detectado un cargo de 980 €. ¿Lo reconoce?",
                  "Para anularlo necesitamos el número de la tarjeta", "Su paquete está retenido, pague la tasa en {url}", "Transfiera el saldo a esta cuenta segura: {iban}"],
            vic=["quién eres?", "vale hijo qué necesitas", "no he sido yo!!", "la tarjeta es {card}", "vivo en {addr}", "ya está hecho", "mi correo es {email}", "seguro que sois del banco?"]),
 "pt": dict(scam=["Olá mãe, este é o meu número novo, o telemóvel avariou", "Somos do departamento de fraude do seu banco, detetámos um pagamento de 750€. Reconhece?",
                  "Para cancelar precisamos do número do cartão", "A sua encomenda está retida, pague em {url}", "Transfira o saldo para a conta segura {iban}"],
            vic=["quem fala?", "ok filho o que precisas", "não fui eu!", "o cartão é {card}", "moro na {addr}", "já transferi", "o meu email é {email}", "é mesmo do banco?"]),
 "fr": dict(scam=["Coucou maman c'est mon nouveau numéro, mon tel est cassé", "Service sécurité de votre banque : un paiement de 1 150 € est en attente. Est-ce vous ?",
                  "Pour l'annuler merci de confirmer le numéro de carte", "Votre colis est bloqué, réglez les frais sur {url}", "Virez le solde sur le compte sécurisé {iban}"],
            vic=["c'est qui ?", "ok mon chéri tu as besoin de quoi", "non c'est pas moi !!", "ma carte c'est {card}", "j'habite {addr}", "c'est fait", "mon mail {email}", "vous êtes vraiment la banque ?"]),
 "de": dict(scam=["Hallo Mama, das ist meine neue Nummer, mein Handy ist kaputt", "Hier ist die Sicherheitsabteilung Ihrer Bank. Eine Zahlung über 1.480 € wurde angehalten. Waren Sie das?",
                  "Zur Stornierung benötigen wir Ihre Kartennummer", "Ihr Paket liegt beim Zoll, Gebühr hier bezahlen: {url}", "Bitte überweisen Sie das Guthaben auf das Sicherheitskonto {iban}"],
            vic=["wer ist da?", "ok Schatz, was brauchst du", "nein das war ich nicht!", "Karte ist {card}", "ich wohne {addr}", "erledigt", "meine Mail ist {email}", "sind Sie wirklich von der Bank?"]),
 "nl": dict(scam=["Hoi mam, dit is mijn nieuwe nummer, mijn telefoon is kapot", "Met de fraudeafdeling van uw bank. Er staat een betaling van € 890 klaar. Bent u dat?",
                  "Om dit te annuleren hebben we uw pasnummer nodig", "Uw pakket ligt bij de douane, betaal via {url}", "Maak het saldo over naar de veilige rekening {iban}"],
            vic=["wie is dit?", "ok lieverd wat heb je nodig", "nee dat ben ik niet!", "mijn pas is {card}", "ik woon op de {addr}", "is gebeurd", "mijn mail is {email}", "bent u echt van de bank?"]),
 "it": dict(scam=["Ciao mamma, questo è il mio nuovo numero, il telefono si è rotto", "Servizio antifrode della sua banca: pagamento di 1.320 € in sospeso. È stato lei?",
                  "Per annullarlo ci serve il numero della carta", "Il suo pacco è in giacenza, paghi qui: {url}", "Trasferisca il saldo sul conto protetto {iban}"],
            vic=["chi sei?", "ok tesoro di cosa hai bisogno", "no non sono stato io!", "la carta è {card}", "abito in {addr}", "fatto", "la mia mail è {email}", "siete davvero la banca?"]),
 "pl": dict(scam=["Cześć mamo, to mój nowy numer, telefon mi się zepsuł", "Dzień dobry, dział bezpieczeństwa banku. Wstrzymaliśmy płatność 2 300 zł. Czy to Pani?",
                  "Aby ją anulować potrzebujemy numeru karty", "Paczka czeka na dopłatę, zapłać tutaj: {url}", "Proszę przelać środki na bezpieczne konto {iban}"],
            vic=["kto mówi?", "ok synku co potrzebujesz", "nie to nie ja!", "karta to {card}", "mieszkam {addr}", "zrobione", "mój mail {email}", "na pewno bank?"]),
}


def f_chat(d):
    r, L = d.rng, d.lang
    v = Ident(r, L)
    mule = Ident(r, L, v.c)
    io = IOC(d)
    C = CHAT[L]
    me = name_as(d, v, "full") if r.random() < .7 else P(d, v, "phone")
    sc, vic = C["scam"], C["vic"]
    unknown = ch(r, ["+%d %s" % (ch(r, [44, 48, 49, 33, 34, 39, 31, 351, 32]), digits(r, 10)), digits(r, 9), "~" + digits(r, 3) + " " + digits(r, 3) + " " + digits(r, 3)])
    if r.random() < .45:
        them = ch(r, [unknown, unknown, "\u202a" + unknown + "\u202c"]) if r.random() < .8 else ch(r, ["Maybe: Kid", "Unknown"])
        order = [("t", sc[0]), ("m", vic[0]), ("t", sc[4]), ("m", vic[1]), ("m", vic[5])]
        if r.random() < .5:
            order.append(("m", ch(r, [vic[6], vic[4]])))
    else:
        them = ch(r, ["Bank Security", "Sicherheit", "BANCO-ALERTA", "SecureBank", unknown, "INFO-SMS"])
        order = [("t", sc[1]), ("m", vic[2]), ("t", sc[2]), ("m", vic[7]), ("m", vic[3])]
        if r.random() < .6:
            order += [("t", sc[3]), ("m", ch(r, [vic[4], vic[6]]))]
        if r.random() < .4:
            order += [("t", sc[4]), ("m", vic[5])]
    prov = dict(url=lambda: io.K("url"), iban=lambda: d.p("IBAN", mule.get("iban")), card=lambda: P(d, v, "card"),
                addr=lambda: d.p("POSTAL_ADDRESS", v.get("addr")[0]), email=lambda: P(d, v, "email"))
    fmt = ch(r, ["ios", "android", "android_de", "sms", "plain"])
    d0, h, m, s = datetime_base(r)
    out = []
    if fmt == "sms":
        out.append(ch(r, ["SMS export - handset of", "Extraction report (SMS) -", "Export SMS -", "UFED SMS -"]) + " " + me)
    secs = (h * 60 + m) * 60 + s
    for who, txt in order:
        secs += r.randint(5, 400)
        hh, mm, ss = (secs // 3600) % 24, (secs // 60) % 60, secs % 60
        name = me if who == "m" else them
        body = fill(txt, **prov)
        if who == "m" and r.random() < .3:
            body = typo_outside(r, body, 0.15)
        if fmt == "ios":
            out.append("[%02d/%02d/%d, %02d:%02d:%02d] %s: %s" % (d0.day, d0.month, d0.year, hh, mm, ss, name, body))
        elif fmt == "android":
            out.append("%02d/%02d/%d, %02d:%02d - %s: %s" % (d0.day, d0.month, d0.year, hh, mm, name, body))
        elif fmt == "android_de":
            out.append("%02d.%02d.%02d, %02d:%02d - %s: %s" % (d0.day, d0.month, d0.year % 100, hh, mm, name, body))
        elif fmt == "sms":
            out.append("%s %02d:%02d  %s  %s" % (d0.isoformat(), hh, mm, "OUT" if who == "m" else "IN ", body))
        else:
            out.append("%s (%02d:%02d): %s" % (name, hh, mm, body))
    if r.random() < .5:
        out.append("")
        out.append(ch(r, ["Case: ", "Ref ", "Sygn. ", "Az. ", "Réf. ", "Proc. "]) + io.K("case"))
    return "\n".join(out)


# ---------------------------------------------------------------- 4 court / prosecutor filing
CF = {
 "en": dict(head=["IN THE CROWN COURT AT {city}\nR v [defendant]\nPROSECUTION CASE SUMMARY - {case}", "DISTRICT COURT\nSTATEMENT OF FACTS\nMatter: {case}"],
            par=["On {date} the complainant, {name} (born {dob}), received a text message containing the link {url}.",
                 "The complainant entered card details ({card}) on that page. Within minutes {amount} was debited.",
                 "Funds were transferred to account {iban} held by {mule}, who is believed to have acted as a money mule.",
                 "Server logs obtained from the hosting provider ({asn}) show the phishing kit at {c2} was accessed from the complainant's IP address {vip}.",
                 "The complainant resides at {addr}. Her/his telephone number is {phone}.",
                 "The kit exfiltrated data to the Telegram bot and to {dom}."]),
 "es": dict(head=["JUZGADO DE INSTRUCCIÓN N.º {n} DE {city}\n{case}\nAL JUZGADO", "FISCALÍA PROVINCIAL - SECCIÓN DE CRIMINALIDAD INFORMÁTICA\nEscrito de calificación - {case}"],
            par=["Que el día {date} la perjudicada {name}, nacida el {dob}, recibió un SMS con el enlace {url}.",
                 "Que introdujo los datos de su tarjeta {card}, produciéndose cargos por importe de {amount}.",
                 "Que los fondos fueron transferidos a la cuenta {iban}, cuyo titular es {mule}, quien actuó como «mula».",
                 "Que según los registros del proveedor ({asn}) el servidor {c2} fue accedido desde la IP {vip} de la perjudicada.",
                 "Que la perjudicada tiene su domicilio en {addr} y teléfono {phone}.",
                 "Que los datos se remitían al dominio {dom}."]),
 "pt": dict(head=["TRIBUNAL JUDICIAL DA COMARCA DE {city}\n{case}\nACUSAÇÃO", "MINISTÉRIO PÚBLICO - DIAP\nInquérito {case}\nDespacho"],
            par=["No dia {date}, a ofendida {name}, nascida em {dob}, recebeu uma SMS com a ligação {url}.",
                 "Aí introduziu os dados do cartão {card}, tendo sido debitado {amount}.",
                 "Os fundos foram transferidos para a conta {iban}, titulada por {mule}, que atuou como «mula».",
                 "Os registos do fornecedor ({asn}) mostram que o servidor {c2} foi acedido a partir do IP {vip} da ofendida.",
                 "A ofendida reside na {addr}, telemóvel {phone}.",
                 "Os dados eram enviados para o domínio {dom}."]),
 "fr": dict(head=["TRIBUNAL JUDICIAIRE DE {city}\nParquet - {case}\nRÉQUISITOIRE", "COUR D'APPEL\nCONCLUSIONS - {case}"],
            par=["Le {date}, la victime, {name}, née le {dob}, recevait un SMS contenant le lien {url}.",
                 "Elle y saisissait les données de sa carte {card} ; un débit de {amount} était constaté.",
                 "Les fonds étaient virés sur le compte {iban} ouvert au nom de {mule}, qui apparaît comme « mule ».",
                 "Les journaux de l'hébergeur ({asn}) établissent que le serveur {c2} a été consulté depuis l'adresse IP {vip} de la victime.",
                 "La victime demeure {addr} ; téléphone {phone}.",
                 "Les données étaient exfiltrées vers {dom}."]),
 "de": dict(head=["STAATSANWALTSCHAFT {city}\nZentralstelle Cybercrime\n{case}\nANKLAGESCHRIFT", "Amtsgericht {city}\nIn dem Ermittlungsverfahren {case}"],
            par=["Am {date} erhielt die Geschädigte {name}, geb. {dob}, eine SMS mit dem Link {url}.",
                 "Dort gab sie ihre Kartendaten ({card}) ein; es kam zu Belastungen in Höhe von {amount}.",
                 "Die Gelder wurden auf das Konto {iban} des {mule} weitergeleitet, der als Finanzagent handelte.",
                 "Nach den Logdaten des Hosters ({asn}) wurde der Server {c2} von der IP-Adresse {vip} der Geschädigten aufgerufen.",
                 "Die Geschädigte wohnt {addr}, Tel. {phone}.",
                 "Die Daten wurden an {dom} ausgeleitet."]),
 "nl": dict(head=["ARRONDISSEMENTSPARKET {city}\nParketnummer: {case}\nDAGVAARDING - FEITEN", "RECHTBANK {city}\nRequisitoir {case}"],
            par=["Op {date} ontving aangeefster {name}, geboren {dob}, een sms met de link {url}.",
                 "Zij vulde daar haar pasgegevens ({card}) in, waarna {amount} werd afgeschreven.",
                 "Het geld werd overgemaakt naar rekening {iban} op naam van {mule}, die als geldezel optrad.",
                 "Uit de logbestanden van de hoster ({asn}) blijkt dat server {c2} werd benaderd vanaf het IP-adres {vip} van aangeefster.",
                 "Aangeefster woont op {addr}, telefoon {phone}.",
                 "De gegevens werden doorgestuurd naar {dom}."]),
 "it": dict(head=["PROCURA DELLA REPUBBLICA PRESSO IL TRIBUNALE DI {city}\n{case}\nRICHIESTA DI RINVIO A GIUDIZIO", "TRIBUNALE DI {city}\nMemoria del P.M. - {case}"],
            par=["In data {date} la persona offesa {name}, nata il {dob}, riceveva un SMS contenente il link {url}.",
                 "Vi inseriva i dati della carta {card}; seguivano addebiti per {amount}.",
                 "Le somme venivano bonificate sul conto {iban} intestato a {mule}, che fungeva da «money mule».",
                 "Dai log del provider ({asn}) risulta che il server {c2} veniva contattato dall'IP {vip} della persona offesa.",
                 "La persona offesa risiede in {addr}, utenza {phone}.",
                 "I dati venivano esfiltrati verso {dom}."]),
 "pl": dict(head=["PROKURATURA REJONOWA w {city}\n{case}\nAKT OSKARŻENIA", "SĄD REJONOWY w {city}\nUzasadnienie - {case}"],
            par=["W dniu {date} pokrzywdzona {name}, ur. {dob}, otrzymała SMS z linkiem {url}.",
                 "Wprowadziła tam dane karty {card}; obciążono ją kwotą {amount}.",
                 "Środki przelano na rachunek {iban} należący do {mule}, działającego jako tzw. słup.",
                 "Z logów dostawcy ({asn}) wynika, że z serwerem {c2} łączono się z adresu IP {vip} pokrzywdzonej.",
                 "Pokrzywdzona zamieszkuje {addr}, tel. {phone}.",
                 "Dane były przesyłane do domeny {dom}."]),
}
CITY = {"en": ["SOUTHWARK", "Manchester", "Leeds"], "es": ["MADRID", "Sevilla", "Valencia"], "pt": ["LISBOA", "Porto"], "fr": ["PARIS", "Lyon", "Lille"],
        "de": ["Köln", "Bamberg", "Frankfurt am Main"], "nl": ["Rotterdam", "Den Haag", "Amsterdam"], "it": ["Milano", "Roma", "Napoli"], "pl": ["Gdańsku", "Krakowie", "Łodzi"]}


def f_court(d):
    r, L = d.rng, d.lang
    C = CF[L]
    v = Ident(r, L, female=True)
    mule = Ident(r, L, v.c, female=False)
    io = IOC(d)
    dd = datetime_base(r)[0]
    prov = dict(date=fmt_date(r, dd, L), name=lambda: name_as(d, v, ch(r, ["full", "full", "caps"])), dob=lambda: P(d, v, "dob"),
                url=lambda: io.K("url"), card=lambda: P(d, v, "card"), amount=money(r, L, v.c), iban=lambda: d.p("IBAN", mule.get("iban")),
                mule=lambda: name_as(d, mule, "full", case=1), asn=lambda: io.K("asn"), c2=lambda: io.K("ip"), vip=lambda: P(d, v, "ip"),
                addr=lambda: d.p("POSTAL_ADDRESS", v.get("addr")[0]), phone=lambda: P(d, v, "phone"), dom=lambda: io.K("dom"),
                city=ch(r, CITY[L]), case=lambda: io.K("case"), n=str(r.randint(1, 40)))
    out = [fill(ch(r, C["head"]), **prov), ""]
    pars = C["par"][:]
    keep_first = pars[:3]
    extra = pars[3:]
    r.shuffle(extra)
    sel = keep_first + extra[:r.randint(1, 3)]
    style = ch(r, ["1.", "(1)", "§ 1", "1)", "I."])
    roman = ["I", "II", "III", "IV", "V", "VI", "VII"]
    for i, t in enumerate(sel, 1):
        num = {"1.": "%d." % i, "(1)": "(%d)" % i, "§ 1": "§ %d" % i, "1)": "%d)" % i, "I.": roman[i - 1] + "."}[style]
        out.append("%s %s" % (num, fill(t, **prov)))
        out.append("")
    return "\n".join(out).rstrip()


# ---------------------------------------------------------------- 5 fixed-width export
FW_H = {
 "en": ["NO", "SURNAME, FIRST NAME", "DOB", "ID", "PHONE", "LOSS", "VECTOR"], "es": ["N.º", "APELLIDOS, NOMBRE", "F.NAC.", "DOC.", "TELÉFONO", "PERJUICIO", "VECTOR"],
 "pt": ["N.º", "NOME", "DT.NASC.", "DOC.", "TELEMÓVEL", "PREJUÍZO", "ORIGEM"], "fr": ["N°", "NOM, PRÉNOM", "NÉ(E) LE", "N° ID", "TÉLÉPHONE", "PRÉJUDICE", "VECTEUR"],
 "de": ["LFD", "NAME, VORNAME", "GEB.", "ID-NR.", "TELEFON", "SCHADEN", "TATMITTEL"], "nl": ["NR", "NAAM", "GEB.DATUM", "ID-NR", "TELEFOON", "SCHADE", "BRON"],
 "it": ["N.", "COGNOME NOME", "NATO IL", "DOC.", "TELEFONO", "DANNO", "VETTORE"], "pl": ["LP", "NAZWISKO I IMIĘ", "DATA UR.", "PESEL/DOK.", "TELEFON", "STRATA", "ŹRÓDŁO"],
}
FW_T = {"en": "VICTIM LIST - EXPORT", "es": "RELACIÓN DE PERJUDICADOS", "pt": "LISTA DE LESADOS", "fr": "LISTE DES VICTIMES - EXTRACTION", "de": "GESCHÄDIGTENLISTE (AUSZUG)",
        "nl": "OVERZICHT BENADEELDEN", "it": "ELENCO PERSONE OFFESE", "pl": "WYKAZ POKRZYWDZONYCH"}


def f_fixed(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    c = ch(r, COUNTRIES[L])
    n = r.randint(2, 5)
    doms = [io.dom] + [bad_domain(r) for _ in range(r.randint(0, 1))]
    rows = []
    for i in range(n):
        v = Ident(r, L, c)
        nm = v.p.last.upper() + ch(r, [", ", " "]) + v.p.first if r.random() < .7 else v.p.full
        rows.append(["%03d" % (i + 1) if r.random() < .5 else str(i + 1), d.p("PERSON", nm), d.p("DATE_OF_BIRTH", fmt_dob(r, v.dob, L, c)),
                     d.p("NATIONAL_ID", v.get("id")[1]), d.p("PHONE", v.get("phone")), money(r, L, c), d.k("c2_domain", ch(r, doms))])
    H = FW_H[L]
    raws = [[x.replace(P0, "").replace(P1, "").replace(K0, "").replace(K1, "") for x in row] for row in rows]
    w = [max(len(H[j]), max(len(rw[j]) for rw in raws)) + r.randint(1, 3) for j in range(len(H))]
    out = [FW_T[L] + "   " + io.K("case"), ("=" if r.random() < .5 else "-") * (sum(w))]
    out.append("".join(H[j].ljust(w[j]) for j in range(len(H))).rstrip())
    for row, rw in zip(rows, raws):
        cells = []
        for j in range(len(H)):
            pad = " " * (w[j] - len(rw[j]))
            cells.append((pad + row[j] + "  ") if j == 5 else (row[j] + pad))
        out.append("".join(cells).rstrip())
    out.append("-" * sum(w))
    out.append(ch(r, ["Total: %d" % n, "%d record(s)" % n, "Σ %d" % n, "EOF"]))
    return "\n".join(out)


# ---------------------------------------------------------------- 6 delimited export with odd separators
DL_H = {
 "en": ["timestamp", "account_holder", "email", "login_ip", "beneficiary_iban", "referrer"], "es": ["fecha_hora", "titular", "correo", "ip_acceso", "iban_destino", "origen"],
 "pt": ["data_hora", "titular", "email", "ip_login", "iban_destino", "origem"], "fr": ["horodatage", "titulaire", "courriel", "ip_connexion", "iban_bénéficiaire", "provenance"],
 "de": ["Zeitstempel", "Kontoinhaber", "E-Mail", "Login-IP", "Empfänger-IBAN", "Herkunft"], "nl": ["tijdstip", "rekeninghouder", "email", "login_ip", "iban_begunstigde", "bron"],
 "it": ["data_ora", "intestatario", "email", "ip_accesso", "iban_beneficiario", "provenienza"], "pl": ["czas", "właściciel", "email", "ip_logowania", "iban_odbiorcy", "źródło"],
}


def f_delim(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    sep = ch(r, ["\t", ";", "¦", "~", "^", " ; ", "||"])
    q = ch(r, ['', '', '"'])
    c = ch(r, COUNTRIES[L])
    mules = [Ident(r, L, c) for _ in range(r.randint(1, 2))]
    out = []
    if r.random() < .6:
        out.append("# " + ch(r, ["export", "extract", "dump", "Auszug", "estrazione", "eksport", "uittreksel", "extracción"]) + " " + io.K("case") + " sep=" + repr(sep))
    out.append(sep.join(q + h + q for h in DL_H[L]))
    for i in range(r.randint(2, 5)):
        v = Ident(r, L, c)
        m = ch(r, mules)
        ref = io.K("url") if r.random() < .5 else d.k("c2_domain", bad_domain(r))
        cells = [ts(r, ch(r, ["iso", "plain"])), name_as(d, v, ch(r, ["full", "caps", "comma"])), P(d, v, "email"), P(d, v, "ip"),
                 d.p("IBAN", m.get("iban")), ref]
        out.append(sep.join(q + x + q for x in cells))
    return "\n".join(out)


# ---------------------------------------------------------------- 7 YAML
YK = {
 "en": ("victim", "name", "born", "contact", "home_address", "notes", "User reused the same password elsewhere."),
 "es": ("victima", "nombre", "nacimiento", "contacto", "domicilio", "notas", "La víctima reutilizaba la contraseña."),
 "pt": ("vitima", "nome", "nascimento", "contacto", "morada", "notas", "A vítima reutilizava a palavra-passe."),
 "fr": ("victime", "nom", "naissance", "contact", "adresse", "remarques", "Mot de passe réutilisé sur d'autres sites."),
 "de": ("geschaedigter", "name", "geburtsdatum", "kontakt", "anschrift", "bemerkung", "Passwort wurde mehrfach verwendet."),
 "nl": ("slachtoffer", "naam", "geboren", "contact", "adres", "opmerking", "Wachtwoord werd hergebruikt."),
 "it": ("vittima", "nome", "nascita", "contatti", "indirizzo", "note", "Password riutilizzata su altri servizi."),
 "pl": ("poszkodowany", "imie_nazwisko", "data_ur", "kontakt", "adres", "uwagi", "Hasło używane także w innych serwisach."),
}


def f_yaml(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    v = Ident(r, L)
    K = YK[L]
    qv = lambda x: ch(r, ['"%s"' % x, x, "'%s'" % x])
    lines = ["---", "case: %s" % io.K("case"), "reported: %s" % ts(r, "iso"), "%s:" % K[0],
             "  %s: %s" % (K[1], qv(name_as(d, v, ch(r, ["full", "full", "comma"])))),
             "  %s: %s" % (K[2], qv(P(d, v, "dob")))]
    if r.random() < .6:
        lab, x = v.get("id")
        lines.append("  %s: %s   # %s" % ("national_id" if r.random() < .5 else "id", qv(d.p("NATIONAL_ID", x)), lab))
    lines += ["  %s:" % K[3], "    phone: %s" % qv(P(d, v, "phone")), "    email: %s" % P(d, v, "email")]
    if r.random() < .6:
        line, extra, city = v.get("addr")
        lines.append("  %s: |" % K[4])
        if extra:
            lines.append("    " + d.p("POSTAL_ADDRESS", extra))
        lines.append("    " + d.p("POSTAL_ADDRESS", line))
        lines.append("    " + city)
    if r.random() < .5:
        lines += ["  accounts:", "    - service: webmail", "      login: %s" % P(d, v, "user"), "      src_ip: %s" % P(d, v, "ip")]
    lines += ["indicators:", "  - {type: ipv4, value: %s, role: c2}" % io.K("ip"), "  - type: domain", "    value: %s" % io.K("dom"),
              "  - type: sha256", "    value: %s" % io.K("sha"), "malware_family: %s" % io.K("mal")]
    if r.random() < .4:
        lines.append("ransom_wallet: %s" % io.K("wallet"))
    if r.random() < .4:
        lines.append("attribution: %s   # low confidence" % io.K("actor"))
    if r.random() < .4:
        lines.append("initial_access: exploit %s" % io.K("cve"))
    lines.append("%s: >\n  %s" % (K[5], K[6]))
    return "\n".join(lines)


# ---------------------------------------------------------------- 8 INI
def f_ini(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    v = Ident(r, L)
    cmt = ch(r, [";", "#"])
    heads = {"en": "decoded config + affected host", "es": "configuración extraída del binario", "pt": "configuração extraída", "fr": "configuration extraite de l'échantillon",
             "de": "aus dem Sample extrahierte Konfiguration", "nl": "uit sample gehaalde configuratie", "it": "configurazione estratta dal campione", "pl": "konfiguracja wyciągnięta z próbki"}
    lines = ["%s %s - %s" % (cmt, heads[L], io.K("case")), "", "[sample]", "family=%s" % io.K("mal"), "sha256=%s" % io.K("sha"),
             "md5 = %s" % io.K("md5"), "", "[network]", "c2_primary=%s:%d" % (io.K("ip"), ch(r, [443, 8080, 4444, 80, 2404])),
             "c2_backup=%s" % io.K("dom"), "gate=%s" % io.K("url")]
    lines += ["", "[%s]" % ch(r, ["victim_host", "infected_endpoint", "endpoint"]), "hostname=%s" % d.k("hostname", ch(r, ["DESKTOP-", "LT-", "PC"]) + "".join(ch(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))),
              "user=%s" % P(d, v, "user"), "public_ip=%s" % P(d, v, "ip")]
    if r.random() < .6:
        lines.append("owner=%s" % name_as(d, v, ch(r, ["full", "comma"])))
    if r.random() < .5:
        lines.append("%s %s" % (cmt, {"en": "saved browser credential found:", "de": "gespeichertes Browser-Passwort:", "pl": "zapisane hasło w przeglądarce:",
                                      "fr": "identifiant enregistré dans le navigateur :", "es": "credencial guardada en el navegador:", "pt": "credencial guardada no browser:",
                                      "it": "credenziale salvata nel browser:", "nl": "opgeslagen browserwachtwoord:"}[L]))
        lines.append("saved_login=%s" % P(d, v, "email"))
        lines.append("saved_pass=%s" % P(d, v, "pw"))
    return "\n".join(lines)


# ---------------------------------------------------------------- 9 XML
XT = {
 "en": ("Report", "Victim", "FullName", "BirthDate", "Phone", "Address", "Indicators"), "es": ("Denuncia", "Perjudicado", "NombreCompleto", "FechaNacimiento", "Telefono", "Domicilio", "Indicadores"),
 "pt": ("Queixa", "Lesado", "NomeCompleto", "DataNascimento", "Telefone", "Morada", "Indicadores"), "fr": ("Plainte", "Victime", "NomComplet", "DateNaissance", "Telephone", "Adresse", "Indicateurs"),
 "de": ("Anzeige", "Geschaedigter", "Name", "Geburtsdatum", "Telefon", "Anschrift", "Indikatoren"), "nl": ("Aangifte", "Benadeelde", "Naam", "Geboortedatum", "Telefoon", "Adres", "Indicatoren"),
 "it": ("Denuncia", "PersonaOffesa", "Nominativo", "DataNascita", "Telefono", "Indirizzo", "Indicatori"), "pl": ("Zawiadomienie", "Pokrzywdzony", "ImieNazwisko", "DataUrodzenia", "Telefon", "Adres", "Wskazniki"),
}


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;")


def f_xml(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    v = Ident(r, L)
    X = XT[L]
    line, extra, city = v.get("addr")
    for x in (v.p.full, line):
        if "&" in x or "<" in x:
            raise Reject("xml escape")
    ind = "  " if r.random() < .6 else "\t"
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<%s ref="%s">' % (X[0], io.K("case")), ind + "<%s>" % X[1]]
    out.append(ind * 2 + "<%s>%s</%s>" % (X[2], name_as(d, v, ch(r, ["full", "full", "comma", "caps"])), X[2]))
    out.append(ind * 2 + "<%s>%s</%s>" % (X[3], P(d, v, "dob"), X[3]))
    if r.random() < .6:
        lab, x = v.get("id")
        out.append(ind * 2 + '<ID type="%s">%s</ID>' % (xesc(lab), d.p("NATIONAL_ID", x)))
    out.append(ind * 2 + "<%s>%s</%s>" % (X[4], P(d, v, "phone"), X[4]))
    if r.random() < .7:
        out.append(ind * 2 + "<%s>" % X[5])
        if extra:
            out.append(ind * 3 + "<Line2>%s</Line2>" % d.p("POSTAL_ADDRESS", extra))
        out.append(ind * 3 + "<Street>%s</Street>" % d.p("POSTAL_ADDRESS", line))
        out.append(ind * 3 + "<City>%s</City>" % city)
        out.append(ind * 2 + "</%s>" % X[5])
    if r.random() < .5:
        out.append(ind * 2 + "<Email>%s</Email>" % P(d, v, "email"))
    if r.random() < .5:
        out.append(ind * 2 + '<Card last_used="%s">%s</Card>' % (ts(r, "plain")[:10], P(d, v, "card")))
    out.append(ind + "</%s>" % X[1])
    out.append(ind + "<%s>" % X[6])
    out.append(ind * 2 + '<IOC kind="url">%s</IOC>' % xesc(io.K("url")))
    out.append(ind * 2 + '<IOC kind="ip" role="c2">%s</IOC>' % io.K("ip"))
    if r.random() < .5:
        out.append(ind * 2 + '<IOC kind="sha1">%s</IOC>' % io.K("sha1"))
    if r.random() < .4:
        out.append(ind * 2 + '<IOC kind="btc">%s</IOC>' % io.K("wallet"))
    out.append(ind + "</%s>" % X[6])
    out.append("</%s>" % X[0])
    return "\n".join(out)


# ---------------------------------------------------------------- 10 auth / VPN logs
LOGNOTE = {
 "en": ["Analyst note: {name} confirmed the {vip} logins are from home; the session from {c2} is not.", "Note: user {user} ({name}) was on leave. Activity from {c2} matches {mal} infrastructure."],
 "es": ["Nota del analista: {name} confirma que los accesos desde {vip} son desde su casa; la sesión desde {c2} no.", "Nota: el usuario {user} ({name}) estaba de vacaciones. Lo de {c2} coincide con infraestructura de {mal}."],
 "pt": ["Nota: {name} confirma que os acessos de {vip} são de casa; a sessão de {c2} não.", "Obs.: o utilizador {user} ({name}) estava de férias; {c2} corresponde a infraestrutura {mal}."],
 "fr": ["Note analyste : {name} confirme que les connexions depuis {vip} viennent de son domicile, pas celle depuis {c2}.", "NB : l'utilisateur {user} ({name}) était en congés. {c2} correspond à l'infra {mal}."],
 "de": ["Analystenvermerk: {name} bestätigt, dass die Logins von {vip} von zu Hause kamen, die Sitzung von {c2} nicht.", "Hinweis: Nutzer {user} ({name}) war im Urlaub. {c2} gehört zur {mal}-Infrastruktur."],
 "nl": ["Notitie analist: {name} bevestigt dat de logins vanaf {vip} van thuis komen, de sessie vanaf {c2} niet.", "Let op: gebruiker {user} ({name}) was met verlof. {c2} hoort bij {mal}-infrastructuur."],
 "it": ["Nota analista: {name} conferma che gli accessi da {vip} sono da casa, quello da {c2} no.", "Nota: l'utente {user} ({name}) era in ferie. {c2} è infrastruttura {mal}."],
 "pl": ["Notatka analityka: {name} potwierdza, że logowania z {vip} są z domu, sesja z {c2} nie.", "Uwaga: użytkownik {user} ({name}) był na urlopie. {c2} to infrastruktura {mal}."],
}


def f_logs(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    v = Ident(r, L)
    u = v.get("user")
    vip = v.get("ip")
    host = ch(r, ["vpn-gw01", "fw-edge", "srv-auth02", "ras01", "jump01"])
    out = []
    kind = ch(r, ["sshd", "vpn", "o365", "mixed"])
    n = r.randint(4, 8)
    for i in range(n):
        t = ts(r, "syslog" if kind == "sshd" else "iso")
        pick = r.random()
        if kind in ("sshd", "mixed") and pick < .35:
            out.append("%s %s sshd[%d]: Failed password for invalid user %s from %s port %d ssh2" % (t, host, r.randint(1000, 60000), ch(r, ["admin", "oracle", "test", "ubuntu", "support"]), io.K("ip2"), r.randint(30000, 65000)))
        elif kind in ("sshd", "mixed") and pick < .6:
            out.append("%s %s sshd[%d]: Accepted %s for %s from %s port %d ssh2" % (t, host, r.randint(1000, 60000), ch(r, ["password", "publickey"]), d.p("USERNAME", u), d.p("IP_ADDRESS", vip), r.randint(30000, 65000)))
        elif kind in ("vpn", "mixed") and pick < .8:
            out.append("%s %s %s: user=%s src=%s result=%s" % (t, host, ch(r, ["GlobalProtect", "AnyConnect", "FortiSSL", "OpenVPN"]), d.p("USERNAME", u),
                                                               d.p("IP_ADDRESS", vip) if r.random() < .65 else io.K("ip"), ch(r, ["success", "SUCCESS", "auth-ok", "mfa-pending"])))
        elif kind == "o365":
            out.append('{"CreationTime":"%s","Operation":"UserLoggedIn","UserId":"%s","ClientIP":"%s","ResultStatus":"Success"}' % (t, d.p("EMAIL", v.get("wemail")),
                       d.p("IP_ADDRESS", vip) if r.random() < .6 else io.K("ip")))
        else:
            out.append("%s %s proxy: CONNECT %s:443 from %s (user %s) category=malicious" % (t, host, io.K("dom"), "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)), d.p("USERNAME", u)))
    out.append("%s %s beacon: outbound %s:%d JA3=%s" % (ts(r, "iso"), host, io.K("ip"), ch(r, [443, 8443, 80]), hexs(r, 32)))
    r.shuffle(out)
    note = fill(ch(r, LOGNOTE[L]), name=lambda: name_as(d, v, ch(r, ["full", "init", "comma"])), vip=lambda: d.p("IP_ADDRESS", vip), c2=lambda: io.K("ip"),
                user=lambda: d.p("USERNAME", u), mal=lambda: io.K("mal"))
    hk = r.randrange(3)
    head = ["--- excerpt %s ---", "# %s", "LOGS (UTC) %s"][hk] % (io.K("case") if hk < 2 else "")
    return head + "\n" + "\n".join(out) + "\n\n" + note


# ---------------------------------------------------------------- 11 free-text complaint (lower case, typos, no punctuation)
COMPL = {
 "en": ["hello my name is {name} i was born {dob} and i live at {addr} someone called me on {phone} said they are from the bank and i gave them my card {card} now there is money gone please help me",
        "hi im writing because my facebook and email {email} got hacked they changed the password i used {pw} and now they send messages to my friends asking money, my number is {phone}",
        "to whom it may concern i {name} want to report a scam i paid for a car on a website {url} and sent the money to {iban} the car never came"],
 "es": ["buenas me llamo {name} naci el {dob} vivo en {addr} me llamaron al {phone} diciendo que eran del banco y les di la tarjeta {card} ahora me faltan dinero ayudenme porfavor",
        "hola les escribo porque me hackearon el correo {email} cambiaron la contraseña que era {pw} y estan pidiendo dinero a mis contactos mi telefono {phone}",
        "quiero denunciar soy {name} compre un movil en {url} y pague a la cuenta {iban} y nunca me llego nada"],
 "pt": ["boa tarde chamo-me {name} nasci a {dob} moro na {addr} ligaram para o {phone} a dizer que eram do banco e dei o cartao {card} agora tiraram dinheiro ajudem",
        "ola escrevo porque pirataram o meu email {email} mudaram a senha que era {pw} e estao a pedir dinheiro aos meus contactos o meu numero é {phone}",
        "quero fazer queixa sou {name} comprei um telemovel no site {url} paguei para a conta {iban} e nunca recebi"],
 "fr": ["bonjour je m appelle {name} né le {dob} j habite {addr} on m a appelé au {phone} soi disant la banque et j ai donné ma carte {card} maintenant on m a pris de l argent aidez moi svp",
        "bonjour mon compte mail {email} a été piraté ils ont changé le mot de passe c etait {pw} et ils demandent de l argent a mes amis mon numero {phone}",
        "je veux porter plainte je suis {name} j ai acheté une console sur {url} et payé sur le compte {iban} j ai jamais rien reçu"],
 "de": ["hallo ich heisse {name} geboren {dob} wohne {addr} jemand hat mich auf {phone} angerufen angeblich von der bank und ich hab meine karte {card} gesagt jetzt ist geld weg bitte helfen sie",
        "guten tag mein email konto {email} wurde gehackt die haben das passwort geändert war {pw} und schreiben jetzt meinen freunden wegen geld meine nummer {phone}",
        "ich möchte anzeige erstatten ich bin {name} hab auf {url} ein handy gekauft und auf {iban} überwiesen es kam nie was an"],
 "nl": ["hallo ik ben {name} geboren {dob} ik woon op {addr} ik werd gebeld op {phone} door de bank zeiden ze en ik heb mijn pas {card} gegeven nu is er geld weg help aub",
        "goedendag mijn email {email} is gehackt ze hebben het wachtwoord veranderd het was {pw} en ze vragen geld aan mijn vrienden mijn nummer {phone}",
        "ik wil aangifte doen ik ben {name} ik heb op {url} een fiets gekocht en betaald naar {iban} en nooit iets gekregen"],
 "it": ["buongiorno mi chiamo {name} nato il {dob} abito in {addr} mi hanno chiamato al {phone} dicendo che erano della banca e gli ho dato la carta {card} adesso mancano soldi aiutatemi",
        "salve mi hanno hackerato la mail {email} hanno cambiato la password era {pw} e chiedono soldi ai miei contatti il mio numero è {phone}",
        "voglio fare denuncia sono {name} ho comprato un telefono su {url} e pagato sull iban {iban} non mi è mai arrivato niente"],
 "pl": ["dzien dobry nazywam sie {name} urodzona {dob} mieszkam {addr} zadzwonil ktos na {phone} ze jest z banku i podalam karte {card} teraz nie ma pieniedzy prosze o pomoc",
        "witam zhakowali mi poczte {email} zmienili haslo bylo {pw} i pisza do znajomych o pieniadze moj numer {phone}",
        "chce zglosic oszustwo jestem {name} kupilam telefon na {url} i zaplacilam na konto {iban} i nic nie przyszlo"],
}


def f_complaint(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    v = Ident(r, L)
    mule = Ident(r, L, v.c)
    low = r.random() < .6
    nm = v.p.case(0) if v.c == "PL" else v.p.full
    if low:
        nm = nm.lower()
    addr = v.get("addr")[0]
    if low and r.random() < .5:
        addr = addr.lower()
    t = fill(ch(r, COMPL[L]), name=lambda: d.p("PERSON", nm), dob=lambda: P(d, v, "dob"), addr=lambda: d.p("POSTAL_ADDRESS", addr),
             phone=lambda: P(d, v, "phone"), card=lambda: P(d, v, "card"), email=lambda: P(d, v, "email"), pw=lambda: P(d, v, "pw"),
             url=lambda: io.K("url"), iban=lambda: d.p("IBAN", mule.get("iban")))
    t = typo_outside(r, t, 0.08)
    if r.random() < .3:
        t = t.replace(" ", "  ", 2)
    if r.random() < .4:
        t += ch(r, [" !!!", " ...", " gracias", " thx", " dziekuje", " merci", " danke", " grazie", " obrigado", " bedankt"])
    return t


# ---------------------------------------------------------------- 12 bilingual note (mixed)
BI = {
 "fr": "La victime {name} ({dob}) a communiqué ses codes d'accès à un faux conseiller. Virement vers {iban}.",
 "nl": "Slachtoffer {name} (geb. {dob}) gaf haar inloggegevens aan een valse bankmedewerker. Overboeking naar {iban}.",
 "de": "Die Geschädigte {name} (geb. {dob}) gab ihre Zugangsdaten an einen falschen Bankberater weiter. Überweisung an {iban}.",
 "it": "La vittima {name} (nata il {dob}) ha fornito le credenziali a un falso operatore. Bonifico verso {iban}.",
 "es": "La víctima {name} (nacida el {dob}) facilitó sus claves a un falso gestor. Transferencia a {iban}.",
 "pt": "A vítima {name} (nascida a {dob}) forneceu os códigos a um falso gestor. Transferência para {iban}.",
 "pl": "Pokrzywdzona {name} (ur. {dob}) podała dane logowania fałszywemu konsultantowi. Przelew na {iban}.",
 "en": "The victim {name} (DOB {dob}) gave her credentials to a fake bank adviser. Transfer to {iban}.",
}
BI2 = {
 "fr": "Le site d'hameçonnage {url} est hébergé sur {c2}. Contact victime : {phone}.",
 "nl": "De phishingsite {url} draait op {c2}. Contact slachtoffer: {phone}.",
 "de": "Die Phishing-Seite {url} liegt auf {c2}. Kontakt: {phone}.",
 "it": "Il sito di phishing {url} è ospitato su {c2}. Recapito della vittima: {phone}.",
 "es": "La web de phishing {url} está alojada en {c2}. Contacto de la víctima: {phone}.",
 "pt": "O site de phishing {url} está alojado em {c2}. Contacto da vítima: {phone}.",
 "pl": "Strona phishingowa {url} stoi na {c2}. Kontakt do pokrzywdzonej: {phone}.",
 "en": "The phishing page {url} is hosted on {c2}. Victim contact: {phone}.",
}
PAIRS = [("fr", "nl", "BE"), ("de", "fr", "BE"), ("nl", "en", "NL"), ("de", "it", "IT"), ("es", "en", "ES"), ("pt", "es", "PT"), ("pl", "en", "PL"),
         ("it", "en", "IT"), ("fr", "en", "FR"), ("de", "en", "DE"), ("pl", "de", "PL"), ("pt", "en", "BR"), ("es", "pt", "UY")]


def f_bilingual(d):
    r = d.rng
    a, b, c = ch(r, PAIRS)
    d.lang = "mixed"
    io = IOC(d)
    v = Ident(r, a, c, female=True)
    mule = Ident(r, a, c)
    dob_a = fmt_dob(r, v.dob, a, c)
    dob_b = fmt_dob(r, v.dob, b, c)
    prov_a = dict(name=lambda: name_as(d, v, "full", case=0), dob=lambda: d.p("DATE_OF_BIRTH", dob_a), iban=lambda: d.p("IBAN", mule.get("iban")),
                  url=lambda: io.K("url"), c2=lambda: io.K("ip"), phone=lambda: P(d, v, "phone"))
    prov_b = dict(prov_a)
    prov_b["dob"] = lambda: d.p("DATE_OF_BIRTH", dob_b)
    style = ch(r, ["slash", "blocks", "inline"])
    if style == "slash":
        out = [fill(BI[a], **prov_a) + " / " + fill(BI[b], **prov_b), fill(BI2[a], **prov_a) + " / " + fill(BI2[b], **prov_b)]
    elif style == "blocks":
        out = ["[%s]" % a.upper(), fill(BI[a], **prov_a), fill(BI2[a], **prov_a), "", "[%s]" % b.upper(), fill(BI[b], **prov_b), fill(BI2[b], **prov_b)]
    else:
        out = [fill(BI[a], **prov_a) + " (" + b.upper() + ": " + fill(BI[b], **prov_b) + ")", fill(BI2[b], **prov_b)]
    out.insert(0, "%s - %s" % (io.K("case"), ch(r, ["EC3 handover", "cross-border note", "MLA annex", "JIT summary"])))
    return "\n".join(out)


# ---------------------------------------------------------------- 13 bullet briefing
BB = {
 "en": ["Victim: {name}, DOB {dob}", "Contact: {phone} / {email}", "Address: {addr}", "{idl}: {id}", "Vector: SMS with link {url}", "Payload: {mal} (sha256 {sha})",
        "C2: {c2} ({asn})", "Loss: {amount}, paid to {iban}", "Ransom note BTC address: {wallet}", "Likely cluster: {actor}", "Malspam sender (attacker domain): {sender}"],
 "es": ["Perjudicada: {name}, nacida el {dob}", "Contacto: {phone} / {email}", "Domicilio: {addr}", "{idl}: {id}", "Vector: SMS con enlace {url}", "Carga: {mal} (sha256 {sha})",
        "C2: {c2} ({asn})", "Perjuicio: {amount}, a la cuenta {iban}", "Dirección del monedero (rescate): {wallet}", "Posible grupo: {actor}", "Remitente del malspam (dominio del atacante): {sender}"],
 "pt": ["Lesada: {name}, nascida a {dob}", "Contacto: {phone} / {email}", "Morada: {addr}", "{idl}: {id}", "Vetor: SMS com link {url}", "Payload: {mal} (sha256 {sha})",
        "C2: {c2} ({asn})", "Prejuízo: {amount}, para {iban}", "Endereço da carteira do resgate: {wallet}", "Grupo provável: {actor}", "Remetente do malspam (domínio criminoso): {sender}"],
 "fr": ["Victime : {name}, née le {dob}", "Contact : {phone} / {email}", "Adresse : {addr}", "{idl} : {id}", "Vecteur : SMS avec lien {url}", "Charge : {mal} (sha256 {sha})",
        "C2 : {c2} ({asn})", "Préjudice : {amount}, vers {iban}", "Adresse du portefeuille (rançon) : {wallet}", "Groupe probable : {actor}", "Expéditeur du malspam (domaine malveillant) : {sender}"],
 "de": ["Geschädigte: {name}, geb. {dob}", "Kontakt: {phone} / {email}", "Anschrift: {addr}", "{idl}: {id}", "Tatmittel: SMS mit Link {url}", "Schadsoftware: {mal} (SHA256 {sha})",
        "C2: {c2} ({asn})", "Schaden: {amount}, überwiesen auf {iban}", "Bitcoin-Adresse aus Erpresserschreiben: {wallet}", "Zuordnung: {actor}", "Absender Malspam (Täterdomain): {sender}"],
 "nl": ["Benadeelde: {name}, geb. {dob}", "Contact: {phone} / {email}", "Adres: {addr}", "{idl}: {id}", "Vector: sms met link {url}", "Payload: {mal} (sha256 {sha})",
        "C2: {c2} ({asn})", "Schade: {amount}, naar {iban}", "Walletadres uit losgeldbrief: {wallet}", "Vermoedelijke groep: {actor}", "Afzender malspam (criminele domeinnaam): {sender}"],
 "it": ["Persona offesa: {name}, nata il {dob}", "Recapiti: {phone} / {email}", "Residenza: {addr}", "{idl}: {id}", "Vettore: SMS con link {url}", "Payload: {mal} (sha256 {sha})",
        "C2: {c2} ({asn})", "Danno: {amount}, verso {iban}", "Indirizzo wallet del riscatto: {wallet}", "Gruppo probabile: {actor}", "Mittente malspam (dominio criminale): {sender}"],
 "pl": ["Pokrzywdzona: {name}, ur. {dob}", "Kontakt: {phone} / {email}", "Adres: {addr}", "{idl}: {id}", "Wektor: SMS z linkiem {url}", "Ładunek: {mal} (sha256 {sha})",
        "C2: {c2} ({asn})", "Strata: {amount}, przelew na {iban}", "Adres portfela z żądania okupu: {wallet}", "Prawdopodobna grupa: {actor}", "Nadawca malspamu (domena przestępców): {sender}"],
}
BB_T = {"en": "BRIEFING", "es": "NOTA INFORMATIVA", "pt": "NOTA DE SERVIÇO", "fr": "NOTE DE SYNTHÈSE", "de": "SACHSTAND", "nl": "BRIEFING", "it": "APPUNTO", "pl": "NOTATKA SŁUŻBOWA"}


def f_bullets(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    v = Ident(r, L, female=True)
    mule = Ident(r, L, v.c)
    lab = v.get("id")[0]
    b = ch(r, ["• ", "- ", "* ", "– ", "o ", "> "])
    prov = dict(name=lambda: name_as(d, v, ch(r, ["full", "full", "upper", "caps"])), dob=lambda: P(d, v, "dob"), phone=lambda: P(d, v, "phone"),
                email=lambda: P(d, v, "email"), addr=lambda: addr_lines(d, v, sep=", ", with_city=r.random() < .6), idl=lab,
                id=lambda: d.p("NATIONAL_ID", v.get("id")[1]), url=lambda: io.K("url"), mal=lambda: io.K("mal"), sha=lambda: io.K("sha"),
                c2=lambda: io.K("ip"), asn=lambda: io.K("asn"), amount=money(r, L, v.c), iban=lambda: d.p("IBAN", mule.get("iban")),
                wallet=lambda: io.K("wallet"), actor=lambda: io.K("actor"), sender=lambda: io.K("sender"))
    items = BB[L][:] + [{"en": "Initial access: {cve}", "es": "Acceso inicial: {cve}", "pt": "Acesso inicial: {cve}", "fr": "Accès initial : {cve}",
                         "de": "Erstzugriff über {cve}", "nl": "Initiële toegang: {cve}", "it": "Accesso iniziale: {cve}", "pl": "Wejście przez podatność {cve}"}[L]]
    prov["cve"] = lambda: io.K("cve")
    head = items[:2]
    rest = items[2:]
    r.shuffle(rest)
    sel = head + rest[:r.randint(3, 7)]
    out = [BB_T[L] + ch(r, [" ", " - ", ": "]) + io.K("case"), ""]
    for it in sel:
        out.append(b + fill(it, **prov))
    return "\n".join(out)


# ---------------------------------------------------------------- 14 letter with native address block
LT = {
 "en": ("Re: Unauthorised transactions - {case}", "Dear Sir or Madam,", "I am writing to dispute payments taken from my account after I entered my details on {url}. My card ending in the number below was used: {card}. Please contact me on {phone}.", "Yours faithfully,"),
 "es": ("Asunto: Reclamación por cargos no autorizados - {case}", "Muy señores míos:", "Les escribo para reclamar los cargos realizados tras introducir mis datos en {url}. La tarjeta afectada es {card}. Pueden localizarme en el {phone}.", "Atentamente,"),
 "pt": ("Assunto: Reclamação - movimentos não autorizados ({case})", "Exmos. Senhores,", "Venho reclamar os movimentos efetuados depois de ter inserido os meus dados em {url}. O cartão em causa é {card}. Contacto: {phone}.", "Com os melhores cumprimentos,"),
 "fr": ("Objet : Contestation d'opérations frauduleuses - {case}", "Madame, Monsieur,", "Je conteste les opérations débitées après la saisie de mes coordonnées sur {url}. La carte concernée est la {card}. Vous pouvez me joindre au {phone}.", "Veuillez agréer, Madame, Monsieur, mes salutations distinguées."),
 "de": ("Betreff: Widerspruch gegen nicht autorisierte Abbuchungen - {case}", "Sehr geehrte Damen und Herren,", "hiermit widerspreche ich den Abbuchungen, nachdem ich meine Daten auf {url} eingegeben habe. Betroffen ist die Karte {card}. Sie erreichen mich unter {phone}.", "Mit freundlichen Grüßen"),
 "nl": ("Betreft: Betwisting onbevoegde transacties - {case}", "Geachte heer/mevrouw,", "Hierbij betwist ik de afschrijvingen nadat ik mijn gegevens had ingevuld op {url}. Het gaat om pas {card}. U kunt mij bereiken op {phone}.", "Met vriendelijke groet,"),
 "it": ("Oggetto: Disconoscimento operazioni - {case}", "Spett.le Banca,", "con la presente disconosco le operazioni addebitate dopo l'inserimento dei miei dati su {url}. La carta interessata è {card}. Recapito: {phone}.", "Distinti saluti"),
 "pl": ("Dotyczy: reklamacja nieautoryzowanych transakcji - {case}", "Szanowni Państwo,", "zgłaszam reklamację transakcji wykonanych po wpisaniu moich danych na stronie {url}. Dotyczy karty {card}. Kontakt: {phone}.", "Z poważaniem"),
}


def f_letter(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    v = Ident(r, L)
    T = LT[L]
    prov = dict(case=lambda: io.K("case"), url=lambda: io.K("url"), card=lambda: P(d, v, "card"), phone=lambda: P(d, v, "phone"))
    line, extra, city = v.get("addr")
    blk = [name_as(d, v, ch(r, ["full", "full", "caps"]))]
    if extra:
        blk.append(d.p("POSTAL_ADDRESS", extra))
    blk.append(d.p("POSTAL_ADDRESS", line))
    blk.append(city)
    if r.random() < .5:
        blk.append(P(d, v, "email"))
    place = city.split()[-1] if v.c not in ("GB", "US", "IE") else city.split(",")[0].split()[0]
    dd = fmt_date(r, datetime_base(r)[0], L)
    out = blk + ["", ("%s, %s" % (place, dd)) if L != "en" else dd, "", fill(T[0], **prov), "", T[1], fill(T[2], **prov)]
    if r.random() < .5:
        extra_s = {"en": "My IBAN for the refund is {iban}.", "es": "Mi cuenta para el reembolso es {iban}.", "pt": "O meu IBAN para reembolso: {iban}.",
                   "fr": "Mon IBAN pour le remboursement : {iban}.", "de": "Meine IBAN für die Erstattung: {iban}.", "nl": "Mijn rekening voor terugbetaling: {iban}.",
                   "it": "IBAN per il rimborso: {iban}.", "pl": "Numer rachunku do zwrotu: {iban}."}[L]
        out.append(fill(extra_s, iban=lambda: P(d, v, "iban")))
    out += ["", T[3], name_as(d, v, "full")]
    return "\n".join(out)


# ---------------------------------------------------------------- 15 meeting minutes
MM = {
 "en": ("MINUTES - incident coordination call", "Attendees", "Actions", ["{a} to block {dom} and {c2} at the perimeter.", "{b} to contact the affected employee {v} ({vmail}).",
        "Reset credentials of {user}; home IP {vip} whitelisted for now.", "Share {sha} with the partners, family {mal}."]),
 "es": ("ACTA - reunión de coordinación del incidente", "Asistentes", "Acciones", ["{a} bloqueará {dom} y {c2} en el perímetro.", "{b} contactará con la empleada afectada {v} ({vmail}).",
        "Resetear credenciales de {user}; la IP de casa {vip} se permite de momento.", "Compartir {sha} con los socios, familia {mal}."]),
 "pt": ("ATA - reunião de coordenação", "Presentes", "Ações", ["{a} bloqueia {dom} e {c2} no perímetro.", "{b} contacta a colaboradora afetada {v} ({vmail}).",
        "Repor credenciais de {user}; IP de casa {vip} permitido por agora.", "Partilhar {sha} com os parceiros, família {mal}."]),
 "fr": ("COMPTE RENDU - point de coordination incident", "Participants", "Actions", ["{a} bloque {dom} et {c2} en périmétrie.", "{b} contacte la salariée concernée {v} ({vmail}).",
        "Réinitialiser {user} ; IP domicile {vip} autorisée provisoirement.", "Partager {sha} avec les partenaires, famille {mal}."]),
 "de": ("PROTOKOLL - Abstimmung Sicherheitsvorfall", "Teilnehmende", "Maßnahmen", ["{a} sperrt {dom} und {c2} am Perimeter.", "{b} kontaktiert die betroffene Mitarbeiterin {v} ({vmail}).",
        "Zugang {user} zurücksetzen; Heim-IP {vip} vorerst freigegeben.", "{sha} an Partner teilen, Familie {mal}."]),
 "nl": ("NOTULEN - afstemming incident", "Aanwezig", "Actiepunten", ["{a} blokkeert {dom} en {c2} aan de rand.", "{b} neemt contact op met medewerker {v} ({vmail}).",
        "Account {user} resetten; thuis-IP {vip} voorlopig toegestaan.", "{sha} delen met partners, familie {mal}."]),
 "it": ("VERBALE - riunione di coordinamento", "Partecipanti", "Azioni", ["{a} blocca {dom} e {c2} sul perimetro.", "{b} contatta la dipendente coinvolta {v} ({vmail}).",
        "Reset credenziali di {user}; IP di casa {vip} consentito per ora.", "Condividere {sha} con i partner, famiglia {mal}."]),
 "pl": ("PROTOKÓŁ - spotkanie koordynacyjne", "Obecni", "Zadania", ["{a} blokuje {dom} i {c2} na brzegu sieci.", "{b} kontaktuje się z pracownicą {v} ({vmail}).",
        "Reset konta {user}; domowe IP {vip} na razie dopuszczone.", "Udostępnić {sha} partnerom, rodzina {mal}."]),
}


def f_minutes(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    T = MM[L]
    c = ch(r, COUNTRIES[L])
    att = [Ident(r, L, c) for _ in range(r.randint(2, 4))]
    v = Ident(r, L, c, female=True)
    out = [T[0] + " - " + io.K("case"), fmt_date(r, datetime_base(r)[0], L), "", T[1] + ":"]
    roles = ["CISO", "SOC", "IT", "Legal", "DPO", "CERT liaison", "Fraud"]
    r.shuffle(roles)
    for i, a in enumerate(att):
        out.append(ch(r, ["- ", "  ", "* "]) + name_as(d, a, ch(r, ["full", "full", "comma", "init"])) + " (" + roles[i] + ")")
    out += ["", T[2] + ":"]
    prov = dict(a=lambda: name_as(d, att[0], "full"), b=lambda: name_as(d, att[1], "full"), dom=lambda: io.K("dom"), c2=lambda: io.K("ip"),
                v=lambda: name_as(d, v, "full", case=2 if L == "pl" else 0), vmail=lambda: P(d, v, "wemail"), user=lambda: P(d, v, "user"), vip=lambda: P(d, v, "ip"),
                sha=lambda: io.K("sha"), mal=lambda: io.K("mal"))
    acts = T[3][:]
    r.shuffle(acts)
    for i, a in enumerate(acts[:r.randint(2, 4)], 1):
        out.append("%d. %s" % (i, fill(a, **prov)))
    return "\n".join(out)


# ---------------------------------------------------------------- 16 call transcript (bank fraud hotline)
CT = {
 "en": (("Agent", "Caller"), ["Fraud line, you're speaking to Dan, can I take your full name?", "Thank you. And your date of birth, please?", "And the first line of your address?",
        "Can you read me the long number on the card?", "Did you give anyone a one-time code?", "Which number are we calling you back on?"],
        ["It's {name}.", "{dob}.", "{addr}.", "Yes, {card}.", "I did, he said he was from your fraud team, he called from a withheld number and sent me to {url}.", "{phone}, that's my mobile."]),
 "es": (("Gestor", "Cliente"), ["Servicio de fraude, ¿me dice su nombre completo?", "Gracias. ¿Fecha de nacimiento?", "¿Y su dirección?", "¿Me lee el número de la tarjeta?",
        "¿Ha facilitado algún código a alguien?", "¿A qué número le devolvemos la llamada?"],
        ["Sí, {name}.", "El {dob}.", "{addr}.", "Sí, es la {card}.", "Sí, un chico que decía ser del banco, me mandó a la página {url}.", "Al {phone}."]),
 "pt": (("Operador", "Cliente"), ["Linha de fraude, pode dizer-me o nome completo?", "Obrigado. Data de nascimento?", "E a morada?", "Pode ler-me o número do cartão?",
        "Deu algum código a alguém?", "Para que número ligamos de volta?"],
        ["{name}.", "{dob}.", "{addr}.", "É o {card}.", "Dei, disseram que eram do banco e mandaram-me para {url}.", "Para o {phone}."]),
 "fr": (("Conseiller", "Client"), ["Service opposition, pouvez-vous me donner vos nom et prénom ?", "Merci. Votre date de naissance ?", "Et votre adresse ?",
        "Pouvez-vous me lire le numéro de la carte ?", "Avez-vous communiqué un code reçu par SMS ?", "Sur quel numéro peut-on vous rappeler ?"],
        ["{name}.", "Le {dob}.", "{addr}.", "Oui, {card}.", "Oui, à un monsieur soi-disant de la banque, il m'a envoyé sur {url}.", "Au {phone}."]),
 "de": (("Berater", "Kunde"), ["Sperr-Hotline, wie ist Ihr vollständiger Name?", "Danke. Ihr Geburtsdatum bitte?", "Und Ihre Anschrift?", "Lesen Sie mir bitte die Kartennummer vor.",
        "Haben Sie jemandem eine TAN genannt?", "Unter welcher Nummer erreichen wir Sie?"],
        ["{name}.", "{dob}.", "{addr}.", "Ja, {card}.", "Ja, der Mann sagte, er sei von Ihrer Bank, und schickte mir {url}.", "Unter {phone}."]),
 "nl": (("Medewerker", "Klant"), ["Fraudelijn, mag ik uw volledige naam?", "Dank u. Uw geboortedatum?", "En uw adres?", "Kunt u het kaartnummer voorlezen?",
        "Heeft u een code aan iemand gegeven?", "Op welk nummer kunnen we u terugbellen?"],
        ["{name}.", "{dob}.", "{addr}.", "Ja, {card}.", "Ja, iemand van de bank zei hij, hij stuurde me naar {url}.", "Op {phone}."]),
 "it": (("Operatore", "Cliente"), ["Servizio antifrode, mi dice nome e cognome?", "Grazie. Data di nascita?", "E l'indirizzo di residenza?", "Mi legge il numero della carta?",
        "Ha comunicato codici a qualcuno?", "A quale numero la richiamiamo?"],
        ["{name}.", "Il {dob}.", "{addr}.", "Sì, {card}.", "Sì, uno che diceva di essere della banca, mi ha mandato su {url}.", "Al {phone}."]),
 "pl": (("Konsultant", "Klient"), ["Infolinia ds. nadużyć, proszę podać imię i nazwisko.", "Dziękuję. Data urodzenia?", "A adres zamieszkania?", "Proszę odczytać numer karty.",
        "Czy podała Pani komuś kod z SMS-a?", "Pod jaki numer oddzwonić?"],
        ["{name}.", "{dob}.", "{addr}.", "Tak, {card}.", "Tak, pan mówił, że jest z banku, i przysłał mi link {url}.", "Na {phone}."]),
}


def f_call(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    v = Ident(r, L)
    (A, C), qs, ans = CT[L]
    if r.random() < .3:
        A, C = A.upper(), C.upper()
    if r.random() < .3 and A[0].upper() != C[0].upper():
        A, C = A[0], C[0]
    prov = dict(name=lambda: name_as(d, v, "full"), dob=lambda: P(d, v, "dob"), addr=lambda: d.p("POSTAL_ADDRESS", v.get("addr")[0]),
                card=lambda: P(d, v, "card"), url=lambda: io.K("url"), phone=lambda: P(d, v, "phone"))
    idx = [0, 1] + sorted(r.sample(range(2, 6), r.randint(2, 4)))
    TT = {"en": ["Call recording transcript", "TRANSCRIPT"], "de": ["Transkript Gesprächsaufzeichnung", "TRANSKRIPT"], "fr": ["Transcription de l'appel", "RETRANSCRIPTION"],
          "it": ["Trascrizione chiamata", "TRASCRIZIONE"], "pl": ["Transkrypcja rozmowy", "STENOGRAM"], "es": ["Transcripción de la llamada", "TRANSCRIPCIÓN"],
          "pt": ["Transcrição da chamada", "TRANSCRIÇÃO"], "nl": ["Uitgeschreven gesprek", "TRANSCRIPTIE"]}
    out = [ch(r, TT[L]) + " " + ts(r, "plain") + " - " + io.K("case"), ""]
    for i in idx:
        out.append("%s: %s" % (A, qs[i]))
        out.append("%s: %s" % (C, fill(ans[i], **prov)))
    if r.random() < .5:
        out.append("[" + {"en": "call ends", "fr": "fin de l'appel", "de": "Ende des Gesprächs", "it": "fine chiamata", "pl": "koniec rozmowy",
                          "es": "fin de la llamada", "pt": "fim da chamada", "nl": "einde gesprek"}[L] + "]")
    return "\n".join(out)


# ---------------------------------------------------------------- 17 police logbook / journal
LB = {
 "en": ["{t} Call from {name}, tel {phone}, reports card fraud after SMS link {url}.", "{t} Victim attended front counter. DOB {dob}. Lives {addr}.",
        "{t} Bank (fraud team) confirms beneficiary account {iban}, holder {mule}.", "{t} Referred to Action Fraud, ref {case}.", "{t} CERT advises C2 {c2} linked to {mal}."],
 "es": ["{t} Llama {name}, tfno. {phone}, denuncia cargos tras SMS con enlace {url}.", "{t} Comparece la perjudicada. F.N. {dob}. Domicilio {addr}.",
        "{t} El banco confirma cuenta beneficiaria {iban}, titular {mule}.", "{t} Se instruyen diligencias {case}.", "{t} INCIBE-CERT informa: C2 {c2} asociado a {mal}."],
 "pt": ["{t} Telefonema de {name}, tlm {phone}, participa burla após SMS com link {url}.", "{t} Comparece a ofendida. DN {dob}. Reside {addr}.",
        "{t} Banco confirma conta beneficiária {iban}, titular {mule}.", "{t} Registado sob {case}.", "{t} CERT.PT: C2 {c2} associado a {mal}."],
 "fr": ["{t} Appel de {name}, tél. {phone}, signale une escroquerie après SMS {url}.", "{t} Se présente au guichet. Née le {dob}. Dem. {addr}.",
        "{t} La banque confirme le compte bénéficiaire {iban}, titulaire {mule}.", "{t} Procédure {case} ouverte.", "{t} CERT-FR : C2 {c2} lié à {mal}."],
 "de": ["{t} Anruf {name}, Tel. {phone}, meldet Kartenbetrug nach SMS-Link {url}.", "{t} Geschädigte erscheint persönlich. Geb. {dob}. Whft. {addr}.",
        "{t} Bank bestätigt Empfängerkonto {iban}, Inhaber {mule}.", "{t} Vorgang angelegt: {case}.", "{t} CERT-Hinweis: C2 {c2} gehört zu {mal}."],
 "nl": ["{t} Telefoon van {name}, tel. {phone}, meldt fraude na sms-link {url}.", "{t} Aangeefster aan de balie. Geb. {dob}. Woont {addr}.",
        "{t} Bank bevestigt begunstigde rekening {iban}, houder {mule}.", "{t} Registratie {case}.", "{t} NCSC: C2 {c2} hoort bij {mal}."],
 "it": ["{t} Telefonata di {name}, cell. {phone}, segnala truffa dopo SMS con link {url}.", "{t} Si presenta la persona offesa. Nata il {dob}. Res. {addr}.",
        "{t} La banca conferma conto beneficiario {iban}, intestato a {mule}.", "{t} Annotato al {case}.", "{t} CSIRT: C2 {c2} collegato a {mal}."],
 "pl": ["{t} Tel. od {name}, nr {phone}, zgłasza oszustwo po SMS z linkiem {url}.", "{t} Pokrzywdzona stawiła się osobiście. Ur. {dob}. Zam. {addr}.",
        "{t} Bank potwierdza rachunek odbiorcy {iban}, właściciel: {mule}.", "{t} Zarejestrowano pod {case}.", "{t} CERT Polska: C2 {c2} powiązany z {mal}."],
}
LB_T = {"en": "OCCURRENCE LOG", "es": "LIBRO DE NOVEDADES", "pt": "LIVRO DE OCORRÊNCIAS", "fr": "MAIN COURANTE", "de": "TAGEBUCH / WACHBUCH",
        "nl": "MUTATIEOVERZICHT", "it": "BROGLIACCIO", "pl": "KSIĄŻKA ZDARZEŃ"}


def f_logbook(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    v = Ident(r, L, female=True)
    mule = Ident(r, L, v.c)
    base = r.randint(6 * 60, 20 * 60)
    prov = dict(name=lambda: name_as(d, v, ch(r, ["full", "upper", "caps"]), case=1), phone=lambda: P(d, v, "phone"), url=lambda: io.K("url"),
                dob=lambda: P(d, v, "dob"), addr=lambda: d.p("POSTAL_ADDRESS", v.get("addr")[0]), iban=lambda: d.p("IBAN", mule.get("iban")),
                mule=lambda: name_as(d, mule, ch(r, ["full", "upper"])), case=lambda: io.K("case"), c2=lambda: io.K("ip"), mal=lambda: io.K("mal"))
    ents = LB[L][:]
    sel = [ents[0]] + sorted(r.sample(ents[1:], r.randint(2, 4)), key=ents.index)
    if r.random() < .5:
        sel.append({"en": "{t} Callback to Mrs {sur}, no answer, voicemail left.", "es": "{t} Se llama a la Sra. {sur}, no contesta.",
                    "pt": "{t} Contactada a Sra. {sur}, sem resposta.", "fr": "{t} Rappel de Mme {sur} : messagerie.", "de": "{t} Rückruf bei Frau {sur}, nicht erreicht.",
                    "nl": "{t} Mevrouw {sur} teruggebeld, geen gehoor.", "it": "{t} Richiamata la sig.ra {sur}, non risponde.",
                    "pl": "{t} Oddzwoniono do pani {sur}, brak odpowiedzi."}[L])
    prov["sur"] = lambda: name_as(d, v, "sur", case=1)
    out = [LB_T[L] + " " + fmt_date(r, datetime_base(r)[0], L), ""]
    for e in sel:
        base += r.randint(3, 95)
        tt = ch(r, ["%02d:%02d", "%02d.%02d", "%02dh%02d", "%02d%02d"]) % ((base // 60) % 24, base % 60)
        out.append(fill(e.replace("{t}", tt), **prov))
    return "\n".join(out)


# ---------------------------------------------------------------- 18 phishing-kit results file (found on the attacker server)
def f_kit(d):
    r, L = d.rng, d.lang
    io = IOC(d)
    notes = {"en": "Contents of results.txt recovered from {c2} ({dom}); victims below to be notified.", "es": "Contenido del fichero recuperado en {c2} ({dom}); hay que avisar a las víctimas.",
             "pt": "Ficheiro recuperado do servidor {c2} ({dom}); notificar as vítimas.", "fr": "Fichier récupéré sur {c2} ({dom}) ; victimes à prévenir.",
             "de": "Datei vom Server {c2} ({dom}) gesichert; Betroffene informieren.", "nl": "Bestand veiliggesteld op {c2} ({dom}); slachtoffers informeren.",
             "it": "File recuperato dal server {c2} ({dom}); avvisare le vittime.", "pl": "Plik zabezpieczony z serwera {c2} ({dom}); powiadomić poszkodowanych."}
    out = [fill(notes[L], c2=lambda: io.K("ip"), dom=lambda: io.K("dom")), ""]
    c = ch(r, COUNTRIES[L])
    bar = ch(r, ["+-------------- %s --------------+", "=====[ %s ]=====", "|---- %s ----|", "---------- %s ----------"])
    brand = ch(r, ["OFFICE365", "WEBMAIL", "BANK", "PAYPAL", "NETFLIX", "DHL", "POSTE"])
    for i in range(r.randint(1, 3)):
        v = Ident(r, L, c)
        out.append(bar % (brand + " LOG"))
        out.append("Email     : " + P(d, v, "email"))
        out.append("Password  : " + P(d, v, "pw"))
        if r.random() < .5:
            out.append("Full Name : " + name_as(d, v, "full"))
        if r.random() < .5:
            out.append("DOB       : " + d.p("DATE_OF_BIRTH", fmt_dob(r, v.dob, "en", "GB" if r.random() < .5 else "US")))
        if r.random() < .5:
            out.append("CC        : " + P(d, v, "card") + " | " + "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)))
        if r.random() < .3:
            out.append("Phone     : " + P(d, v, "phone"))
        out.append("IP        : " + P(d, v, "ip"))
        out.append("UA        : Mozilla/5.0 (" + ch(r, ["Windows NT 10.0; Win64; x64", "iPhone; CPU iPhone OS 17_4 like Mac OS X", "Linux; Android 14"]) + ")")
        out.append("Date      : " + ts(r, "plain"))
        out.append(bar % ("by " + ch(r, ["xRobot", "Sp00ky", "D4rkCod3r", "ZeroSec"])))
        out.append("")
    if r.random() < .5:
        out.append("Telegram exfil: https://api.telegram.org/bot" + digits(r, 10) + ":" + "".join(ch(r, B58) for _ in range(20)) + "/sendMessage")
    return "\n".join(out).rstrip()


# ================================================================ driver
FORMS = [("interview_minutes", f_interview), ("helpdesk_ticket", f_ticket), ("chat_export", f_chat), ("court_filing", f_court),
         ("fixed_width_export", f_fixed), ("odd_delimited_export", f_delim), ("yaml_record", f_yaml), ("ini_config", f_ini),
         ("xml_record", f_xml), ("auth_vpn_log", f_logs), ("free_text_complaint", f_complaint), ("bilingual_note", f_bilingual),
         ("bullet_briefing", f_bullets), ("letter", f_letter), ("meeting_minutes", f_minutes),
         ("call_transcript", f_call), ("police_logbook", f_logbook), ("phishkit_results", f_kit)]
LANGS = ["en", "es", "pt", "fr", "de", "nl", "it", "pl"]


def generate(seed, count):
    master = random.Random(seed)
    docs = []
    stats = {"reject": 0}
    for n in range(1, count + 1):
        fname, fn = FORMS[(n - 1) % len(FORMS)]
        lang = LANGS[((n - 1) // len(FORMS) + (n - 1) % len(FORMS)) % len(LANGS)]
        for attempt in range(200):
            rng = random.Random("%d-%d-%d" % (seed, n, attempt))
            d = Doc(rng, lang, fname)
            try:
                raw = fn(d)
                text = finalize(d, raw)
            except Reject as e:
                stats["reject"] += 1
                stats.setdefault(str(e)[:40], 0)
                stats[str(e)[:40]] += 1
                continue
            break
        else:
            raise RuntimeError("could not generate doc %d (%s/%s)" % (n, fname, lang))
        docs.append({"id": "%s-%d" % (FOLDER, n), "lang": d.lang, "form": fname, "text": text,
                     "pii": [{"type": t, "value": v} for t, v in d.pii], "keep": [{"type": t, "value": v} for t, v in d.keep]})
    return docs, stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--stats", action="store_true")
    a = ap.parse_args()
    docs, stats = generate(a.seed, a.count)
    for doc in docs:
        t = doc["text"]
        for x in doc["pii"] + doc["keep"]:
            assert x["value"] in t
        for p in doc["pii"]:
            for k in doc["keep"]:
                assert p["value"] not in k["value"] and k["value"] not in p["value"]
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if a.stats:
        sys.stderr.write(json.dumps(stats, indent=1) + "\n")


if __name__ == "__main__":
    main()
