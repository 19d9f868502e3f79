#!/usr/bin/env python3
"""Held-out PII corpus generator (z-fresh). Standard library only, deterministic.
python3 generate.py --seed 1 --count 500 > corpus.jsonl"""
import argparse, json, random, re, hashlib, unicodedata, datetime as dt

# ---------------------------------------------------------------- helpers
def strip_acc(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn').replace('ł', 'l').replace('Ł', 'L')

def luhn_complete(prefix, length, R):
    s = prefix + ''.join(R.choice('0123456789') for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)

def card(R):
    k = R.random()
    if k < .5: n = luhn_complete('4' + R.choice(['539', '916', '111', '485', '024']), 16, R); g = [4, 4, 4, 4]
    elif k < .85: n = luhn_complete(R.choice(['51', '53', '55', '2221', '2720']), 16, R); g = [4, 4, 4, 4]
    else: n = luhn_complete(R.choice(['34', '37']), 15, R); g = [4, 6, 5]
    sep = R.choice([' ', '-', '', ' '])
    out, i = [], 0
    for x in g: out.append(n[i:i + x]); i += x
    return sep.join(out)

IBAN_SPEC = {'PL': 24, 'ES': 20, 'PT': 21, 'FR': 23, 'DE': 18, 'BE': 12, 'AT': 16, 'GB': 'GB', 'NL': 'NL', 'IT': 'IT', 'IE': 'IE'}
def iban(cc, R):
    d = lambda n: ''.join(R.choice('0123456789') for _ in range(n))
    sp = IBAN_SPEC[cc]
    if sp == 'GB': bban = R.choice(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + d(14)
    elif sp == 'NL': bban = R.choice(['INGB', 'ABNA', 'RABO', 'SNSB', 'TRIO', 'BUNQ']) + d(10)
    elif sp == 'IT': bban = R.choice('ABCDEFGHIJKLMNOPRSTUVWXYZ') + d(22)
    elif sp == 'IE': bban = R.choice(['AIBK', 'BOFI']) + d(14)
    elif cc == 'BE':
        a = d(10); c = int(a) % 97 or 97; bban = a + '%02d' % c
    else: bban = d(sp)
    num = ''.join(str(int(ch, 36)) for ch in bban + cc + '00')
    s = cc + '%02d' % (98 - int(num) % 97) + bban
    if R.random() < .55: s = ' '.join(s[i:i + 4] for i in range(0, len(s), 4))
    return s

def pesel(dob, male, R):
    m = dob.month + (20 if dob.year >= 2000 else 0)
    b = '%02d%02d%02d' % (dob.year % 100, m, dob.day) + ''.join(R.choice('0123456789') for _ in range(3))
    b += R.choice('13579' if male else '02468')
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10)

def nino(R):
    bad1, bad2 = set('DFIQUV'), set('DFIOQUV')
    while True:
        p = R.choice('ABCEGHJKLMNOPRSTWXYZ') + R.choice('ABCEGHJKLMNPRSTWXYZ')
        if p not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ') and p[0] not in bad1 and p[1] not in bad2: break
    dg = ''.join(R.choice('0123456789') for _ in range(6)); suf = R.choice('ABCD')
    return R.choice([p + dg + suf, '%s %s %s %s %s' % (p, dg[:2], dg[2:4], dg[4:], suf)])

CF_ODD = dict(zip('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
def codice_fiscale(first, last, dob, male, R):
    up = lambda s: re.sub('[^A-Z]', '', strip_acc(s).upper())
    def part(s, isname):
        s = up(s); cons = [c for c in s if c not in 'AEIOU']; vow = [c for c in s if c in 'AEIOU']
        if isname and len(cons) >= 4: return cons[0] + cons[2] + cons[3]
        return (''.join(cons + vow) + 'XXX')[:3]
    day = dob.day + (0 if male else 40)
    s = part(last, False) + part(first, True) + '%02d' % (dob.year % 100) + 'ABCDEHLMPRST'[dob.month - 1] + '%02d' % day
    s += R.choice(['H501', 'F205', 'F839', 'L219', 'A944', 'G273', 'D612', 'L736', 'C351', 'A662'])
    tot = 0
    for i, c in enumerate(s):
        tot += CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
    return s + chr(65 + tot % 26)

def dni(R):
    n = R.randint(10000000, 79999999); return '%08d%s' % (n, 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23])
def nie(R):
    p = R.choice('XYZ'); n = R.randint(0, 9999999)
    return '%s%07d%s' % (p, n, 'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(p)) + '%07d' % n) % 23])

def cpf(R):
    d = [R.randint(0, 9) for _ in range(9)]
    for L in (10, 11):
        r = sum(x * (L - i) for i, x in enumerate(d)) * 10 % 11; d.append(0 if r == 10 else r)
    s = ''.join(map(str, d))
    return R.choice(['%s.%s.%s-%s' % (s[:3], s[3:6], s[6:9], s[9:]), s])

CURP_CH = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'
def curp(first, last1, last2, dob, male, R):
    up = lambda s: re.sub('[^A-Z]', '', strip_acc(s).upper())
    a, b, f = up(last1), up(last2) or 'X', up(first.split()[0])
    iv = next((c for c in a[1:] if c in 'AEIOU'), 'X')
    ic = lambda s: next((c for c in s[1:] if c not in 'AEIOU'), 'X')
    s = a[0] + iv + b[0] + f[0] + dob.strftime('%y%m%d') + ('H' if male else 'M')
    s += R.choice(['DF', 'JC', 'NL', 'PL', 'GT', 'MC', 'VZ', 'YN', 'BC']) + ic(a) + ic(b) + ic(f)
    s += R.choice('0123456789') if dob.year < 2000 else R.choice('ABCDEFGH')
    tot = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)

def rut(R):
    n = R.randint(5000000, 25999999); s, w = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * w; w = 2 if w == 7 else w + 1
    r = 11 - s % 11; dv = '0' if r == 11 else 'K' if r == 10 else str(r)
    return R.choice(['{:,}'.format(n).replace(',', '.') + '-' + dv, '%d-%s' % (n, dv)])

def cuil(male, R):
    while True:
        b = ('20' if male else '27') + '%08d' % R.randint(10000000, 45999999)
        r = 11 - sum(int(x) * y for x, y in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r != 10: return '%s-%s-%d' % (b[:2], b[2:], 0 if r == 11 else r)

def ci_uy(R):
    n = '%07d' % R.randint(1000000, 6999999)
    c = (10 - sum(int(x) * y for x, y in zip(n, [2, 9, 8, 7, 6, 3, 4])) % 10) % 10
    return '%s.%s.%s-%d' % (n[0], n[1:4], n[4:], c)

def ci_ec(R):
    b = '%02d' % R.randint(1, 24) + str(R.randint(0, 5)) + ''.join(R.choice('0123456789') for _ in range(6))
    s = 0
    for i, ch in enumerate(b):
        p = int(ch) * (2 if i % 2 == 0 else 1); s += p - 9 if p > 9 else p
    return b + str((10 - s % 10) % 10)

def bsn(R):
    while True:
        d = [R.randint(1, 6)] + [R.randint(0, 9) for _ in range(7)]
        c = sum(x * (9 - i) for i, x in enumerate(d)) % 11
        if c < 10: return ''.join(map(str, d)) + str(c)

def nir(dob, male, R):
    dep = '%02d' % R.choice([x for x in range(1, 96) if x != 20])
    b = ('1' if male else '2') + '%02d%02d' % (dob.year % 100, dob.month) + dep + '%03d' % R.randint(1, 899) + '%03d' % R.randint(1, 999)
    k = 97 - int(b) % 97
    return R.choice(['%s %s %s %s %s %s %02d' % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:], k), b + '%02d' % k])

def be_nn(dob, male, R):
    b = dob.strftime('%y%m%d') + '%03d' % (R.randrange(1, 997, 2) if male else R.randrange(2, 997, 2))
    k = 97 - int(('2' if dob.year >= 2000 else '') + b) % 97
    return '%s.%s.%s-%s.%02d' % (b[:2], b[2:4], b[4:6], b[6:], k)

def steuer_id(R):
    while True:
        digs = R.sample('0123456789', 9); digs.insert(R.randint(0, 9), R.choice(digs))
        s = ''.join(digs)
        if s[0] == '0' or any(s[i] == s[i + 1] for i in range(9)): continue
        p = 10
        for ch in s:
            t = (int(ch) + p) % 10 or 10; p = t * 2 % 11
        c = 11 - p
        return s + str(0 if c == 10 else c)

def svnr_at(dob, R):
    while True:
        sn = str(R.randint(100, 999)); body = sn + 'X' + dob.strftime('%d%m%y')
        w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
        c = sum(int(ch) * y for ch, y in zip(body, w) if ch != 'X') % 11
        if c < 10: return sn + str(c) + ' ' + dob.strftime('%d%m%y')

def nif_pt(R):
    b = R.choice('123') + ''.join(R.choice('0123456789') for _ in range(7))
    c = 11 - sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
    return b + str(0 if c >= 10 else c)

def ppsn(R):
    b = '%07d' % R.randint(1000000, 9999999)
    return b + 'WABCDEFGHIJKLMNOPQRSTUV'[sum(int(x) * (8 - i) for i, x in enumerate(b)) % 23]

def ssn(R):
    a = R.choice([x for x in range(1, 900) if x != 666])
    return '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))

def cc_cartaid(R):
    return 'C' + R.choice('ABCDEFGH') + '%05d' % R.randint(0, 99999) + R.choice('ABCDEFGHJKLMNPRSTUVZ') + R.choice('ABCDEFGHJKLMNPRSTUVZ')

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def b58check(payload):
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, 'big'); out = ''
    while n: n, r = divmod(n, 58); out = B58[r] + out
    return '1' * (len(raw) - len(raw.lstrip(b'\0'))) + out

BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def bech32(hrp, data5):
    def pm(v):
        g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]; c = 1
        for x in v:
            b = c >> 25; c = (c & 0x1ffffff) << 5 ^ x
            for i in range(5): c ^= g[i] if (b >> i) & 1 else 0
        return c
    e = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    p = pm(e + data5 + [0] * 6) ^ 1
    return hrp + '1' + ''.join(BECH[d] for d in data5 + [(p >> 5 * (5 - i)) & 31 for i in range(6)])

def wallet(R):
    k = R.random(); rb = bytes(R.randrange(256) for _ in range(20))
    if k < .3: return b58check(b'\0' + rb)
    if k < .55:
        bits = ''.join('{:08b}'.format(x) for x in rb); d5 = [int(bits[i:i + 5], 2) for i in range(0, 160, 5)]
        return bech32('bc', [0] + d5)
    if k < .8: return '0x' + rb.hex()
    return b58check(b'\x41' + rb)  # TRON (T...)

hexs = lambda R, n: ''.join(R.choice('0123456789abcdef') for _ in range(n))

# ---------------------------------------------------------------- people per country
S = str.split
NAMES = {
 'PL': (S('Piotr Krzysztof Tomasz Paweł Michał Łukasz Grzegorz Mateusz Wojciech Zbigniew Jarosław'),
        S('Anna Małgorzata Katarzyna Agnieszka Magdalena Joanna Żaneta Beata Urszula Jadwiga Bożena'),
        S('Kowalsk* Wiśniewsk* Wójcik Kamińsk* Lewandowsk* Zielińsk* Szymańsk* Woźniak Dąbrowsk* Kozłowsk* Mazur Krawczyk Grabowsk* Pawłowsk* Michalsk* Wieczorek Jabłońsk* Wróbel Nowak Ślusarczyk Sęk-Malinowsk* Chmiel')),
 'GB': (S('Oliver George Harry Jack Callum Gareth Rhys'), S('Charlotte Amelia Olivia Emily Gemma Bethany Niamh'),
        S("Smith Jones Williams Taylor Davies Evans Wilson Roberts Johnson O'Brien McCarthy Walsh Patel Khan Hughes Ashworth-Clarke")),
 'IE': (S('Ciarán Padraig Seamus Declan Eoin'), S('Siobhan Aoife Gráinne Orla Saoirse'),
        S("O'Sullivan Murphy Kelly Byrne Ó_Súilleabháin Fitzgerald Doyle MacNamara O'Connor")),
 'US': (S('Michael Christopher Brandon Tyler Jamal Dustin'), S('Jennifer Ashley Tiffany Jessica Brittany Latoya'),
        S('Miller Davis Anderson Jackson Thompson Harris Washington Nguyen Kowalczyk Robinson')),
 'ES': (S('José Antonio Manuel Francisco Javier Alejandro Iñaki Sergio'), S('Lucía Carmen Isabel Pilar Dolores Rocío Nerea Ainhoa Begoña'),
        S('García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Ibáñez Castaño Etxeberria')),
 'MX': (S('Santiago Jesús Alejandro Rodrigo Emiliano'), S('Guadalupe Ximena Alejandra Fernanda Itzel'),
        S('Hernández Ramírez Cruz Flores Vázquez Reyes Morales Ortiz Gutiérrez Chávez Mendoza')),
 'AR': (S('Matías Agustín Facundo Joaquín Nicolás'), S('Valentina Camila Sofía Florencia Milagros'),
        S('Fernández Gómez Sosa Benítez Acosta Medina Herrera Aguirre Giménez Romero')),
 'CL': (S('Benjamín Vicente Cristóbal Felipe Ignacio'), S('Josefa Catalina Antonia Javiera Constanza'),
        S('Muñoz Rojas Soto Contreras Silva Sepúlveda Araya Castillo Fuentes Valenzuela')),
 'CO': (S('Andrés Sebastián Camilo Esteban Julián'), S('Daniela Paola Manuela Yuliana Marcela'),
        S('Restrepo Cardona Ospina Gaviria Londoño Zapata Quintero Bermúdez')),
 'UY': (S('Martín Gonzalo Rodrigo Diego'), S('Lucía Florencia Agustina Micaela'), S('Pereira Rodríguez Techera Olivera Cabrera Suárez')),
 'EC': (S('Byron Wilson Geovanny Darwin'), S('Mishell Jessenia Karina Estefanía'), S('Andrade Zambrano Vera Cedeño Espinoza Mora')),
 'PT': (S('João Pedro Tiago Nuno Gonçalo Duarte'), S('Inês Beatriz Mariana Leonor Joana Filipa'),
        S('Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Marques Ribeiro Carvalho Magalhães')),
 'BR': (S('Lucas Gabriel Rafael Thiago Wellington Cleiton'), S('Larissa Juliana Fernanda Letícia Luana Thaís'),
        S('Silva Santos Oliveira Souza Lima Pereira Almeida Araújo Barbosa Nascimento Cavalcanti')),
 'FR': (S('Jean-Pierre Sébastien Stéphane François Thierry Maxime Guillaume'), S('Nathalie Céline Aurélie Hélène Élodie Chloé Margaux'),
        S('Bernard Dubois Durand Leroy Moreau Lefèvre Fournier Girard Mercier Bonnet Le_Gall Boucher Lambert Rousseau')),
 'BE': (S('Wouter Pieter Laurent Olivier Koen'), S('Els Marie-Claire Annelies Sophie Griet'),
        S('Dupont Peeters Janssens Maes Mertens Willems Claes Goossens Wouters Vandenbroucke')),
 'DE': (S('Lukas Jürgen Stefan Andreas Sören Jörg Björn Dieter'), S('Sabine Ursula Katrin Anja Birgit Heike Jördis'),
        S('Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Richter Schröder Neumann Zimmermann Groß Weißenborn')),
 'AT': (S('Florian Markus Wolfgang Gernot'), S('Verena Elisabeth Theresa Christa'), S('Gruber Huber Bauer Wallner Pichler Steiner Moser Hofbauer')),
 'NL': (S('Jeroen Daan Bram Joost Pieter Thijs Sjoerd'), S('Sanne Lotte Femke Marieke Anouk Willemijn Ilse'),
        S('Jansen Bakker Visser Meijer Mulder Hendriks Dekker Brouwer Kuipers')),
 'IT': (S('Giuseppe Giovanni Antonio Luigi Francesco Alessandro Niccolò Ettore'), S('Giulia Francesca Chiara Federica Alessia Martina Ilaria Concetta'),
        S("Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Greco Gallo Conti Mancini Giordano Rizzo Lombardi D'Angelo Dell'Acqua Barbieri")),
}
NL_PART = ['de Jong', 'de Vries', 'van den Berg', 'van Dijk', 'de Boer', 'de Groot', 'van Leeuwen', 'van der Meer', 'van der Linden']
PT_PART = ['dos Santos', 'da Conceição', 'de Souza', 'da Silva']
LANG_CC = {'en': ['GB', 'GB', 'IE', 'US'], 'es': ['ES', 'ES', 'MX', 'AR', 'CL', 'CO', 'UY', 'EC'], 'pt': ['PT', 'BR', 'BR'],
           'fr': ['FR', 'FR', 'BE'], 'de': ['DE', 'DE', 'AT'], 'nl': ['NL', 'NL', 'BE'], 'it': ['IT'], 'pl': ['PL']}
FREEMAIL = {'PL': ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com'], 'GB': ['gmail.com', 'hotmail.co.uk', 'btinternet.com', 'outlook.com'],
            'IE': ['eircom.net', 'gmail.com'], 'US': ['gmail.com', 'yahoo.com', 'aol.com', 'icloud.com'],
            'ES': ['hotmail.es', 'yahoo.es', 'gmail.com', 'telefonica.net'], 'MX': ['prodigy.net.mx', 'hotmail.com', 'gmail.com'],
            'AR': ['fibertel.com.ar', 'gmail.com'], 'CL': ['gmail.com', 'vtr.net'], 'CO': ['hotmail.com', 'gmail.com'], 'UY': ['adinet.com.uy'],
            'EC': ['hotmail.com'], 'PT': ['sapo.pt', 'gmail.com', 'netcabo.pt'], 'BR': ['uol.com.br', 'bol.com.br', 'terra.com.br', 'gmail.com'],
            'FR': ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'], 'BE': ['telenet.be', 'skynet.be', 'proximus.be'],
            'DE': ['web.de', 'gmx.de', 't-online.de'], 'AT': ['gmx.at', 'aon.at'], 'NL': ['ziggo.nl', 'kpnmail.nl', 'hetnet.nl', 'gmail.com'],
            'IT': ['libero.it', 'virgilio.it', 'alice.it', 'tiscali.it']}
COMPANY = {'PL': 'budex-instal.pl', 'GB': 'harrowfield-logistics.co.uk', 'IE': 'corrib-dental.ie', 'US': 'lakeshore-cpa.com', 'ES': 'talleres-ebro.es',
           'MX': 'grupo-tlaloc.com.mx', 'AR': 'estudio-pampa.com.ar', 'CL': 'vinasur.cl', 'CO': 'ferreteria-andina.co', 'UY': 'tambo-sur.com.uy',
           'EC': 'camaronera-guayas.ec', 'PT': 'cortica-norte.pt', 'BR': 'distribuidora-ipe.com.br', 'FR': 'menuiserie-garonne.fr',
           'BE': 'brouwerij-schelde.be', 'DE': 'kaltwalz-technik.de', 'AT': 'holzbau-innviertel.at', 'NL': 'kwekerij-westland.nl',
           'IT': 'oleificio-sannita.it'}

def phone(cc, R):
    d = lambda n: ''.join(R.choice('0123456789') for _ in range(n))
    P = R.random() < .55
    if cc == 'PL': n = R.choice('5678') + d(8); return ('+48 ' if P else '') + R.choice(['%s %s %s', '%s-%s-%s']) % (n[:3], n[3:6], n[6:])
    if cc == 'ES': n = R.choice('67') + d(8); return ('+34 ' if P else '') + R.choice(['%s %s %s', '%s%s%s']) % (n[:3], n[3:6], n[6:])
    if cc == 'PT': n = '9' + R.choice('1236') + d(7); return ('+351 ' if P else '') + '%s %s %s' % (n[:3], n[3:6], n[6:])
    if cc in ('FR', 'BE') and cc == 'FR':
        n = R.choice('67') + d(8); pr = ' '.join(n[i:i + 2] for i in range(1, 9, 2))
        return '+33 %s %s' % (n[0], pr) if P else '0%s %s' % (n[0], pr)
    if cc == 'BE': n = '4' + R.choice('789') + d(7); return ('+32 ' + n[:3] if P else '0' + n[:3]) + ' %s %s %s' % (n[3:5], n[5:7], n[7:])
    if cc in ('DE', 'AT'):
        n = R.choice(['151', '160', '172', '176', '157'] if cc == 'DE' else ['664', '676', '699']) + d(7)
        return ('+%s %s %s' % ('49' if cc == 'DE' else '43', n[:3], n[3:])) if P else '0%s %s' % (n[:3], n[3:])
    if cc == 'NL': n = '6' + d(8); return '+31 6 ' + n[1:] if P else R.choice(['06-', '06 ']) + n[1:]
    if cc == 'IT': n = '3' + R.choice('234') + d(8); return ('+39 ' if P else '') + '%s %s %s' % (n[:3], n[3:6], n[6:])
    if cc in ('GB',): n = '7' + d(9); return '+44 %s %s' % (n[:4], n[4:]) if P else '0%s %s' % (n[:4], n[4:])
    if cc == 'IE': n = '8' + R.choice('3579') + d(7); return '+353 %s %s %s' % (n[:2], n[2:5], n[5:]) if P else '0%s %s %s' % (n[:2], n[2:5], n[5:])
    if cc == 'US': return R.choice(['+1 (%s) %s-%s', '%s-%s-%s', '(%s) %s-%s']) % (R.choice(['312', '415', '646', '713', '305']), d(3), d(4))
    if cc == 'MX': return ('+52 ' if P else '') + '%s %s %s' % (R.choice(['55', '33', '81']), d(4), d(4))
    if cc == 'BR': return ('+55 ' if P else '') + '(%s) 9%s-%s' % (R.choice(['11', '21', '31', '71', '81']), d(4), d(4))
    if cc == 'AR': return ('+54 9 ' if P else '') + '11 %s-%s' % (d(4), d(4))
    if cc == 'CL': return ('+56 ' if P else '') + '9 %s %s' % (d(4), d(4))
    if cc == 'CO': return ('+57 ' if P else '') + '3%s %s %s' % (d(2), d(3), d(4))
    if cc == 'UY': return ('+598 ' if P else '0') + '9%s %s %s' % (d(1), d(3), d(3))
    return ('+593 ' if P else '0') + '9%s %s %s' % (d(1), d(3), d(4))

STREETS = {
 'PL': (['ul. Kwiatowa', 'ul. Lipowa', 'ul. Ogrodowa', 'al. Jerozolimskie', 'ul. Piłsudskiego', 'os. Słoneczne', 'ul. Źródlana'], [('00-950', 'Warszawa'), ('30-001', 'Kraków'), ('80-288', 'Gdańsk'), ('50-043', 'Wrocław'), ('90-410', 'Łódź')]),
 'GB': (['Church Lane', 'Station Road', 'Victoria Street', 'Mill Close', 'Albert Terrace'], [('M14 5RT', 'Manchester'), ('LS6 2DQ', 'Leeds'), ('BS3 4HN', 'Bristol'), ('CF24 3AA', 'Cardiff')]),
 'IE': (['Main Street', 'Ashgrove Park', 'Castle Road'], [('D06 F2X7', 'Dublin 6'), ('T12 K8AF', 'Cork'), ('H91 E2K3', 'Galway')]),
 'US': (['Maple Ave', 'N Oak St', 'Lakeview Dr', 'W 43rd St', 'Peachtree Rd NE'], [('60614', 'Chicago, IL'), ('77002', 'Houston, TX'), ('33130', 'Miami, FL')]),
 'ES': (['Calle Mayor', 'C/ de Alcalá', 'Avda. de la Constitución', 'Calle Sierpes', 'Rúa do Franco', 'Carrer de Balmes'], [('28014', 'Madrid'), ('41004', 'Sevilla'), ('08036', 'Barcelona'), ('15705', 'Santiago de Compostela')]),
 'MX': (['Av. Insurgentes Sur', 'Calle Hidalgo', 'Av. Revolución', 'Calle 5 de Mayo'], [('03100', 'Ciudad de México'), ('44100', 'Guadalajara, Jal.'), ('64000', 'Monterrey, N.L.')]),
 'AR': (['Av. Corrientes', 'Calle Florida', 'Av. Rivadavia', 'Calle Sarmiento'], [('C1043', 'CABA'), ('X5000', 'Córdoba'), ('S2000', 'Rosario')]),
 'CL': (['Pasaje Los Aromos', 'Av. Providencia', 'Calle Huérfanos', 'Av. Grecia'], [('7500000', 'Providencia, Santiago'), ('2520000', 'Viña del Mar')]),
 'CO': (['Carrera 7', 'Calle 85', 'Transversal 23', 'Diagonal 40'], [('110221', 'Bogotá D.C.'), ('050021', 'Medellín')]),
 'UY': (['Av. 18 de Julio', 'Bulevar Artigas', 'Calle Rincón'], [('11200', 'Montevideo')]),
 'EC': (['Av. 9 de Octubre', 'Calle Chimborazo', 'Av. Amazonas'], [('090313', 'Guayaquil'), ('170135', 'Quito')]),
 'PT': (['Rua Augusta', 'Rua de Santa Catarina', 'Avenida da Liberdade', 'Travessa do Carmo', 'Rua Dr. António José de Almeida'], [('1100-053', 'Lisboa'), ('4000-447', 'Porto'), ('3000-150', 'Coimbra')]),
 'BR': (['Rua das Flores', 'Av. Paulista', 'Rua XV de Novembro', 'Rua Voluntários da Pátria', 'Estrada do Galeão'], [('01310-100', 'São Paulo - SP'), ('22250-040', 'Rio de Janeiro - RJ'), ('40015-970', 'Salvador - BA')]),
 'FR': (['rue des Lilas', 'avenue Jean-Jaurès', 'boulevard Voltaire', 'impasse des Tilleuls', 'chemin de la Croix-Rousse'], [('75011', 'Paris'), ('69004', 'Lyon'), ('13006', 'Marseille'), ('31000', 'Toulouse')]),
 'BE': (['Rue de la Loi', 'Kerkstraat', 'Chaussée de Wavre', 'Meir', 'Grote Markt'], [('1040', 'Etterbeek'), ('2000', 'Antwerpen'), ('4000', 'Liège'), ('9000', 'Gent')]),
 'DE': (['Hauptstraße', 'Bahnhofstr.', 'Lindenallee', 'Am Mühlbach', 'Schillerstraße', 'Karl-Marx-Allee'], [('10115', 'Berlin'), ('80331', 'München'), ('50667', 'Köln'), ('04109', 'Leipzig')]),
 'AT': (['Mariahilfer Straße', 'Landstraßer Hauptstraße', 'Herrengasse'], [('1060', 'Wien'), ('8010', 'Graz'), ('5020', 'Salzburg')]),
 'NL': (['Kerkstraat', 'Prinsengracht', 'Dorpsweg', 'Oude Gracht', 'Molenlaan'], [('1017 GC', 'Amsterdam'), ('3511 AL', 'Utrecht'), ('9711 LM', 'Groningen'), ('5611 AB', 'Eindhoven')]),
 'IT': (['Via Roma', 'Corso Vittorio Emanuele II', 'Via Garibaldi', 'Piazza Dante', 'Viale dei Mille', 'Vicolo del Pozzo'], [('00184', 'Roma'), ('20121', 'Milano'), ('80134', 'Napoli'), ('10123', 'Torino'), ('90133', 'Palermo')]),
}

def street_line(cc, R):
    st, pcs = STREETS[cc]; s = R.choice(st); n = R.randint(1, 220); pc, city = R.choice(pcs)
    f = {'PL': lambda: '%s %d%s' % (s, n, R.choice(['', '/%d' % R.randint(1, 80), ' m. %d' % R.randint(1, 40)])),
         'GB': lambda: R.choice(['%d %s', 'Flat %d, %d %s' % (R.randint(1, 9), n, s)]).replace('%d %s', '%d %s' % (n, s)) if False else R.choice(['%d %s' % (n, s), 'Flat %d, %d %s' % (R.randint(1, 9), n, s)]),
         'US': lambda: '%d %s%s' % (n * 7, s, R.choice(['', ' Apt %d' % R.randint(1, 30), ' #%d' % R.randint(100, 900)])),
         'IE': lambda: '%d %s' % (n, s), 'FR': lambda: '%d%s %s' % (n, R.choice(['', ' bis', ' ter']), s),
         'ES': lambda: '%s, %d, %dº %s' % (s, n, R.randint(1, 8), R.choice('ABCD')) if R.random() < .6 else '%s %d' % (s, n),
         'AR': lambda: '%s %d, %d° %s' % (s, n * 10, R.randint(1, 12), R.choice('ABCD')),
         'CO': lambda: '%s # %d-%02d' % (s, R.randint(10, 99), R.randint(1, 99)),
         'PT': lambda: '%s, %d, %d.º %s' % (s, n, R.randint(1, 6), R.choice(['Esq.', 'Dto.', 'Frt.'])),
         'BR': lambda: '%s, %d%s' % (s, n * 3, R.choice(['', ', apto %d' % R.randint(11, 154), ' - casa 2'])),
         'BE': lambda: '%s %d%s' % (s, n, R.choice(['', ' bus %d' % R.randint(1, 12), ' boîte %d' % R.randint(1, 9)])),
         'NL': lambda: '%s %d%s' % (s, n, R.choice(['', 'A', '-II', ' hs'])),
         'IT': lambda: '%s %d%s' % (s, n, R.choice(['', '/B', ', int. %d' % R.randint(1, 20)])) if R.random() < .6 else '%s, %d' % (s, n),
         }.get(cc, lambda: '%s %d' % (s, n))
    return f(), pc, city

class Person:
    def __init__(self, cc, R, female=None):
        self.cc = cc; fm, ff, sur = NAMES[cc]; self.male = R.random() < .5 if female is None else not female
        self.first = R.choice(fm if self.male else ff)
        ln = R.choice(sur).replace('_', ' ')
        if cc == 'PL': ln = ln.replace('*', 'i' if self.male else 'a')
        if cc == 'NL' and R.random() < .5: ln = R.choice(NL_PART)
        self.last1 = ln; self.last2 = ''
        if cc in ('ES', 'MX', 'AR', 'CL', 'CO', 'UY', 'EC'):
            self.last2 = R.choice(sur).replace('_', ' ')
            while self.last2 == ln: self.last2 = R.choice(sur).replace('_', ' ')
            self.last = ln + ' ' + self.last2 if cc != 'AR' or R.random() < .3 else ln
        elif cc in ('PT', 'BR'):
            self.last = R.choice(PT_PART + sur) + ' ' + ln
        else: self.last = ln
        self.full = self.first + ' ' + self.last
        self.dob = dt.date(R.randint(1946, 2004), R.randint(1, 12), R.randint(1, 28))
        self.R = R

    def email(self, domain=None):
        R = self.R; f = strip_acc(self.first.split()[0]).lower().replace("'", ''); l = strip_acc(self.last1).lower().replace("'", '').replace(' ', '')
        loc = R.choice(['%s.%s' % (f, l), '%s%s' % (f[0], l), '%s_%s%d' % (f, l[:4], self.dob.year % 100), '%s%s%d' % (l, f[:2], R.randint(1, 99)), '%s.%s%d' % (f, l[0], self.dob.year)])
        return loc + '@' + (domain or R.choice(FREEMAIL[self.cc]))

    def username(self):
        R = self.R; f = strip_acc(self.first).lower().replace(' ', '').replace('-', ''); l = strip_acc(self.last1).lower().replace(' ', '').replace("'", '')
        return R.choice(['%s%s%d' % (f[0], l, R.randint(1, 99)), '%s_%s' % (f, l[:3]), '%s.%s' % (l, f), '%s%d' % (f, self.dob.year), 'x%s%s' % (l[:5], f[:2])])

    def natid(self):
        R, c, d, m = self.R, self.cc, self.dob, self.male
        if c == 'PL': return 'PESEL', pesel(d, m, R)
        if c == 'GB': return 'NINO', nino(R)
        if c == 'IE': return 'PPSN', ppsn(R)
        if c == 'US': return 'SSN', ssn(R)
        if c == 'ES': return (('DNI', dni(R)) if R.random() < .7 else ('NIE', nie(R)))
        if c == 'MX': return 'CURP', curp(self.first, self.last1, self.last2, d, m, R)
        if c == 'AR': return 'CUIL', cuil(m, R)
        if c == 'CL': return 'RUT', rut(R)
        if c == 'CO': return 'C.C.', '{:,}'.format(R.randint(10000000, 1099999999)).replace(',', '.')
        if c == 'UY': return 'C.I.', ci_uy(R)
        if c == 'EC': return 'C.I.', ci_ec(R)
        if c == 'PT': return 'NIF', nif_pt(R)
        if c == 'BR': return 'CPF', cpf(R)
        if c == 'FR': return 'NIR', nir(d, m, R)
        if c == 'BE': return 'NN', be_nn(d, m, R)
        if c == 'DE': return 'Steuer-ID', steuer_id(R)
        if c == 'AT': return 'SVNR', svnr_at(d, R)
        if c == 'NL': return 'BSN', bsn(R)
        if c == 'IT':
            return (('C.F.', codice_fiscale(self.first, self.last1, d, m, R)) if R.random() < .75 else ('C.I.', cc_cartaid(R)))

    def iban(self):
        c = self.cc if self.cc in IBAN_SPEC else {'BR': 'PT', 'MX': 'ES', 'AR': 'ES', 'CL': 'ES', 'CO': 'ES', 'UY': 'ES', 'EC': 'ES', 'US': 'GB'}[self.cc]
        return iban(c, self.R)

def victim_ip(R):
    return '%d.%d.%d.%d' % (R.choice([83, 88, 91, 95, 109, 151, 176, 177, 186, 189, 201, 212, 217, 78, 62, 2, 81, 86, 90, 93]), R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
def c2_ip(R):
    return '%d.%d.%d.%d' % (R.choice([185, 45, 194, 193, 5, 91, 103, 141, 146, 179, 23, 37]), R.randint(0, 255), R.randint(0, 255), R.randint(2, 254))
BAD_W1 = S('secure login verify account update portal auth my online client app')
BAD_W2 = S('bancapay santandr-es ing-veilig mbank-pl allegro-platnosc correos-envio ups-tracking dhl-parcel m365-docs netflx-billing ameli-rembours poste-sicurezza ctt-entregas postnl-pakket itau-seguranca bbva-alerta sparkasse-sicher caixa-verifica')
TLDS = S('com top xyz online shop info ru cc site live icu buzz')
def bad_domain(R): return '%s-%s.%s' % (R.choice(BAD_W1), R.choice(BAD_W2), R.choice(TLDS)) if R.random() < .7 else '%s%d.%s' % (R.choice(BAD_W2), R.randint(2, 99), R.choice(TLDS))
MALWARE = S('Emotet QakBot RedLine LummaC2 Vidar Raccoon AgentTesla FormBook IcedID Grandoreiro Mekotio Casbaneiro LockBit BlackCat Akira SocGholish Remcos AsyncRAT StealC Amadey')
GROUPS = ['FIN7', 'TA505', 'Scattered Spider', 'Lazarus Group', 'APT28', 'Wizard Spider', 'TA577']
def defang(ip, R): return ip.replace('.', '[.]') if R.random() < .25 else ip
def fmt_date(d, lang, R):
    k = R.random()
    if k < .15: return d.isoformat()
    if lang in ('de', 'pl'): return d.strftime('%d.%m.%Y')
    if lang == 'nl': return d.strftime(R.choice(['%d-%m-%Y', '%d-%m-%Y', '%d.%m.%Y']))
    if lang == 'en' and k < .5: return '%d %s %d' % (d.day, d.strftime('%B'), d.year)
    if lang == 'en' and k < .7: return d.strftime('%m/%d/%Y')
    return d.strftime('%d/%m/%Y')
def when(R):
    return dt.datetime(2024, 1, 1) + dt.timedelta(minutes=R.randint(0, 700 * 24 * 60))

# ---------------------------------------------------------------- lexicon
LEX = {
'en': dict(
 lab=dict(name='Name', dob='Date of birth', addr='Address', phone='Phone', email='E-mail', id='ID number', iban='Account (IBAN)', card='Card number', ip='Source IP', user='Username', pwd='Password', case='Case ref', date='Date of incident', role='Role'),
 born=['born {dob}', 'born on {dob}', 'b. {dob}', 'DOB {dob}'], nb=['({dob})', ', {dob},'],
 intro=['On {date} {name} ({bornx}), of {addr}, {city}, attended the station to report a fraud.', 'The complainant, {name}, {bornx}, residing at {addr}, {pc} {city}, states that on {date} she/he was contacted by a man claiming to work for the bank.',
        'Reporting party: {name}, {bornx}. Home address given as {addr}, {city} {pc}.', 'I, {name}, {bornx}, living at {addr}, want to report that my account was emptied on {date}.'],
 ipv=['Login logs show {who} signed in from {ip} shortly before the transfer.', 'The customer normally connects from {ip} (home broadband).', '{who} was observed authenticating from {ip}, which geolocates to her/his home town.', 'Sessions originating at {ip} belong to the victim.', 'The victim\'s laptop reached out from {ip} when it was infected.'],
 c2=['The implant beaconed every 60s to {c2} ({dom}).', '{mal} traffic to the command server {c2} was blocked at the proxy.', 'Exfiltration went to {c2} over TCP/443; {dom} resolved to the same host.', 'We assess with high confidence that {c2} is {mal} C2 infrastructure.'],
 phish=['The lure came from {sender}; {dom} was registered three days earlier by the attackers.', 'Malspam sender {sender} (attacker-controlled domain {dom}).', 'She received a fake invoice from {sender}, a domain we know is run by the fraudsters.'],
 mule=['{amt} EUR was moved to {mule_iban}, opened by the money mule {mule}.', 'The beneficiary account {mule_iban} belongs to {mule}, recruited as a mule via a "job offer".', 'Funds landed in the mule account of {mule} ({mule_iban}).'],
 wallet=['The ransom note asked for 0.8 BTC to {wallet}.', 'Proceeds were cashed out through the criminal wallet {wallet}.', 'Victim was told to deposit crypto at the "safe address" {wallet}.'],
 contact=['Contact: {phone}, {email}.', 'Reachable on {phone} or by e-mail at {email}.', 'Tel. {phone} / mail {email}'],
 cardp=['Card ending used: full PAN {card} was entered on the fake page.', 'The victim typed the card number {card} into the form.'],
 creds=['Stolen credentials: {user} / {pwd}.', 'Her/his webmail login ({user}, password {pwd}) was harvested.'],
 idp=['{idl}: {id}', 'holder of {idl} {id}'],
 close=['Enquiries continue.', 'Case passed to the cyber unit for follow-up.', 'No further action at this stage.', 'Please preserve logs for 90 days.'],
 subj=['RE: suspicious transfer - {case}', 'FW: phishing report', 'Incident {case} - IoCs and victim data', 'Urgent: account takeover'],
 greet=['Hi {first},', 'Dear {first},', 'Hello team,', 'Good morning,'], sign=['Kind regards,', 'Best,', 'Thanks,', 'Cheers,'],
 hdr=('From', 'To', 'Sent', 'Subject'), wrote='On {date}, {name} wrote:',
 title=['CYBERCRIME INCIDENT INTAKE FORM', 'FRAUD REPORT - CONFIDENTIAL', 'VICTIM STATEMENT'], victim='victim', witness='witness', employee='employee', mule_w='mule',
 chat=['can you check {x}?', 'victim ip is {x}', 'ok, c2 is {x}', 'mule acct {x}', 'pw was {x} lol', 'done, thx', 'wallet {x}, confirmed'],
 org=['Police Service of Northern Ireland - Cyber Crime Centre', 'Action Fraud', 'NCSC Incident Management', 'Fraud Operations, Harrowfield Bank plc'], title_p=['Detective Constable', 'Fraud Analyst', 'SOC Lead']),
'es': dict(
 lab=dict(name='Nombre y apellidos', dob='Fecha de nacimiento', addr='Domicilio', phone='Teléfono', email='Correo electrónico', id='Documento', iban='Cuenta (IBAN)', card='Nº de tarjeta', ip='IP de origen', user='Usuario', pwd='Contraseña', case='Nº diligencias', date='Fecha de los hechos', role='Condición'),
 born=['nacido el {dob}', 'nacida el {dob}', 'nac. {dob}', 'con fecha de nacimiento {dob}'], nb=['({dob})', ', {dob},'],
 intro=['Comparece {name}, {bornx}, con domicilio en {addr}, {pc} {city}, y manifiesta que el día {date} recibió una llamada del supuesto banco.', 'En {city}, a {date}, se persona D./Dña. {name} ({bornx}), vecino/a de {addr}.',
        'La denunciante, {name}, {bornx}, residente en {addr} ({city}), expone lo siguiente.', 'Yo, {name}, {bornx}, con domicilio en {addr}, denuncio un cargo no autorizado.'],
 ipv=['Consta en los registros que {who} accedió desde la IP {ip} poco antes de la transferencia.', 'La víctima se conecta habitualmente desde {ip} (fibra doméstica).', '{who} inició sesión desde {ip}, dirección asignada a su router.', 'El equipo de la víctima salió a Internet con la IP {ip} en el momento de la infección.'],
 c2=['El malware contactaba cada minuto con el C2 {c2} ({dom}).', 'Se bloqueó el tráfico de {mal} hacia el servidor de mando {c2}.', 'La exfiltración se realizó hacia {c2}; el dominio {dom} resuelve al mismo servidor.'],
 phish=['El correo fraudulento procedía de {sender}; el dominio {dom} fue registrado por los delincuentes.', 'Remitente del phishing: {sender} (dominio controlado por los atacantes: {dom}).'],
 mule=['Se transfirieron {amt} € a la cuenta {mule_iban}, abierta por la mula {mule}.', 'La cuenta beneficiaria {mule_iban} pertenece a {mule}, captado/a como mula mediante una oferta de empleo.', 'Los fondos acabaron en la cuenta de {mule} ({mule_iban}), que actuó como mula.'],
 wallet=['Se exigió el rescate a la billetera {wallet}.', 'Le indicaron que enviara los bitcoins a la dirección {wallet}, controlada por los autores.'],
 contact=['Teléfono de contacto: {phone}; correo: {email}.', 'Puede ser localizado/a en el {phone} o en {email}.'],
 cardp=['Introdujo los datos de la tarjeta {card} en la web falsa.', 'Tarjeta comprometida: {card}.'],
 creds=['Credenciales robadas: usuario {user}, contraseña {pwd}.', 'Le sustrajeron el acceso a la banca online ({user} / {pwd}).'],
 idp=['{idl} {id}', 'con {idl} n.º {id}'],
 close=['Se remiten las actuaciones al Grupo de Delitos Telemáticos.', 'Se solicita preservación de registros.', 'Continúan las gestiones.'],
 subj=['RE: transferencia sospechosa - {case}', 'RV: aviso de phishing', 'Incidente {case}: IoC y datos de la víctima'],
 greet=['Hola {first}:', 'Estimado/a {first}:', 'Buenos días:', 'Compañeros:'], sign=['Un saludo,', 'Saludos cordiales,', 'Atentamente,'],
 hdr=('De', 'Para', 'Enviado', 'Asunto'), wrote='El {date}, {name} escribió:',
 title=['FORMULARIO DE DENUNCIA - CIBERDELITO', 'ACTA DE COMPARECENCIA', 'INFORME DE FRAUDE - USO INTERNO'], victim='víctima', witness='testigo', employee='empleado/a', mule_w='mula',
 chat=['¿puedes mirar {x}?', 'la ip de la víctima es {x}', 'vale, el c2 es {x}', 'cuenta mula {x}', 'la contraseña era {x}', 'hecho, gracias', 'wallet {x} confirmada'],
 org=['Policía Nacional - Unidad Central de Ciberdelincuencia', 'Guardia Civil - Grupo de Delitos Telemáticos', 'INCIBE-CERT', 'Departamento de Fraude, Banco Meridional'], title_p=['Inspector', 'Analista de fraude', 'Responsable SOC']),
'pt': dict(
 lab=dict(name='Nome completo', dob='Data de nascimento', addr='Morada', phone='Telemóvel', email='E-mail', id='N.º de identificação', iban='IBAN', card='N.º do cartão', ip='IP de origem', user='Utilizador', pwd='Senha', case='N.º do processo', date='Data dos factos', role='Qualidade'),
 born=['nascido em {dob}', 'nascida a {dob}', 'nasc. {dob}', 'com data de nascimento {dob}'], nb=['({dob})', ', {dob},'],
 intro=['Compareceu {name}, {bornx}, residente na {addr}, {pc} {city}, que declarou ter sido vítima de burla em {date}.', 'O queixoso, {name} ({bornx}), morador em {addr}, {city}, relata o seguinte.',
        'Eu, {name}, {bornx}, residente à {addr} - {city}, venho registrar ocorrência de golpe.', 'Vítima: {name}, {bornx}, endereço {addr}, CEP {pc}.'],
 ipv=['Os registos mostram que {who} acedeu a partir do IP {ip} pouco antes da transferência.', 'A vítima costuma ligar-se a partir de {ip} (router de casa).', '{who} fez login a partir de {ip}, IP atribuído à sua residência.', 'O computador da vítima saiu para a Internet com o endereço {ip} no momento da infeção.'],
 c2=['O malware comunicava com o servidor C2 {c2} ({dom}).', 'Tráfego do {mal} para o servidor de comando {c2} foi bloqueado.', 'A exfiltração foi feita para {c2}; {dom} aponta para o mesmo servidor.'],
 phish=['O e-mail fraudulento veio de {sender}; o domínio {dom} foi registado pelos criminosos.', 'Remetente do phishing: {sender} (domínio dos atacantes {dom}).'],
 mule=['Foram transferidos {amt} € para {mule_iban}, conta aberta pelo "mula" {mule}.', 'A conta beneficiária {mule_iban} pertence a {mule}, recrutado/a como laranja.', 'O dinheiro caiu na conta de {mule} ({mule_iban}), que serviu de conta de passagem.'],
 wallet=['O resgate foi exigido na carteira {wallet}.', 'Pediram-lhe que enviasse cripto para o endereço {wallet}, dos burlões.'],
 contact=['Contacto: {phone}; e-mail {email}.', 'Pode ser contactado/a pelo {phone} ou {email}.'],
 cardp=['Inseriu os dados do cartão {card} no site falso.', 'Cartão comprometido: {card}.'],
 creds=['Credenciais furtadas: utilizador {user}, senha {pwd}.', 'Perdeu o acesso ao homebanking ({user} / {pwd}).'],
 idp=['{idl} {id}', 'portador/a do {idl} {id}'],
 close=['O processo segue para a UNC3T.', 'Solicita-se a preservação dos registos.', 'Diligências em curso.'],
 subj=['RE: transferência suspeita - {case}', 'ENC: alerta de phishing', 'Incidente {case} - IoCs e dados da vítima'],
 greet=['Olá {first},', 'Caro/a {first},', 'Bom dia,', 'Boa tarde, equipa,'], sign=['Cumprimentos,', 'Atenciosamente,', 'Abraço,'],
 hdr=('De', 'Para', 'Enviado', 'Assunto'), wrote='Em {date}, {name} escreveu:',
 title=['AUTO DE DENÚNCIA - CIBERCRIME', 'BOLETIM DE OCORRÊNCIA', 'RELATÓRIO DE FRAUDE - INTERNO'], victim='vítima', witness='testemunha', employee='colaborador/a', mule_w='mula',
 chat=['podes ver {x}?', 'ip da vítima é {x}', 'ok, o c2 é {x}', 'conta mula {x}', 'a senha era {x}', 'feito, obrigado', 'carteira {x} confirmada'],
 org=['Polícia Judiciária - UNC3T', 'CERT.PT', 'Polícia Civil - Delegacia de Crimes Cibernéticos', 'Prevenção à Fraude, Banco Atlântico'], title_p=['Inspetor', 'Analista de fraude', 'Coordenador SOC']),
'fr': dict(
 lab=dict(name='Nom et prénom', dob='Date de naissance', addr='Adresse', phone='Téléphone', email='Courriel', id="N° d'identification", iban='IBAN', card='N° de carte', ip='IP source', user='Identifiant', pwd='Mot de passe', case='N° de procédure', date='Date des faits', role='Qualité'),
 born=['né le {dob}', 'née le {dob}', 'né(e) le {dob}', 'date de naissance : {dob}'], nb=['({dob})', ', {dob},'],
 intro=['Se présente {name}, {bornx}, demeurant {addr}, {pc} {city}, qui déclare avoir été victime d\'une escroquerie le {date}.', 'Le plaignant, {name} ({bornx}), domicilié {addr} à {city}, expose les faits suivants.',
        'Je soussigné(e) {name}, {bornx}, demeurant au {addr}, porte plainte pour fraude.', 'Victime : {name}, {bornx} — {addr}, {pc} {city}.'],
 ipv=['Les journaux montrent que {who} s\'est connecté(e) depuis {ip} juste avant le virement.', 'La victime se connecte habituellement depuis {ip} (box internet).', '{who} a ouvert une session depuis l\'adresse {ip}, attribuée à son domicile.', 'Le poste de la victime sortait sur Internet via {ip} au moment de l\'infection.'],
 c2=['Le maliciel contactait le C2 {c2} ({dom}) toutes les minutes.', 'Le trafic {mal} vers le serveur de commande {c2} a été bloqué.', 'L\'exfiltration partait vers {c2} ; {dom} pointe vers la même machine.'],
 phish=['Le courriel frauduleux provenait de {sender} ; le domaine {dom} a été enregistré par les escrocs.', 'Expéditeur de l\'hameçonnage : {sender} (domaine malveillant {dom}).'],
 mule=['{amt} € ont été virés vers {mule_iban}, compte ouvert par la mule {mule}.', 'Le compte bénéficiaire {mule_iban} appartient à {mule}, recruté(e) comme mule via une fausse offre d\'emploi.'],
 wallet=['La rançon était exigée sur le portefeuille {wallet}.', 'On lui a demandé de verser des cryptos à l\'adresse {wallet}, contrôlée par les auteurs.'],
 contact=['Contact : {phone} ; courriel {email}.', 'Joignable au {phone} ou à {email}.'],
 cardp=['Elle a saisi sa carte {card} sur le faux site.', 'Carte compromise : {card}.'],
 creds=['Identifiants volés : {user} / {pwd}.', 'Son accès webmail ({user}, mot de passe {pwd}) a été dérobé.'],
 idp=['{idl} {id}', 'titulaire du {idl} {id}'],
 close=['Transmis à l\'OFAC pour suite à donner.', 'Demande de conservation des journaux envoyée.', 'Enquête en cours.'],
 subj=['RE: virement suspect - {case}', 'TR: signalement hameçonnage', 'Incident {case} - IoC et données victime'],
 greet=['Bonjour {first},', 'Cher/Chère {first},', 'Bonjour à tous,'], sign=['Cordialement,', 'Bien à vous,', 'Merci,'],
 hdr=('De', 'À', 'Envoyé', 'Objet'), wrote='Le {date}, {name} a écrit :',
 title=['FORMULAIRE DE PLAINTE - CYBERCRIMINALITÉ', 'PROCÈS-VERBAL D\'AUDITION', 'RAPPORT DE FRAUDE - INTERNE'], victim='victime', witness='témoin', employee='salarié(e)', mule_w='mule',
 chat=['tu peux regarder {x} ?', "l'ip victime c'est {x}", 'ok le c2 est {x}', 'compte mule {x}', 'le mdp était {x}', 'fait, merci', 'wallet {x} confirmé'],
 org=['Gendarmerie nationale - C3N', 'CERT-FR', 'Police judiciaire fédérale - FCCU', 'Lutte contre la fraude, Banque du Rhône'], title_p=['Brigadier-chef', 'Analyste fraude', 'Responsable SOC']),
'de': dict(
 lab=dict(name='Name, Vorname', dob='Geburtsdatum', addr='Anschrift', phone='Telefon', email='E-Mail', id='Ausweis-/Steuernummer', iban='Konto (IBAN)', card='Kartennummer', ip='Quell-IP', user='Benutzername', pwd='Passwort', case='Aktenzeichen', date='Tatzeit', role='Rolle'),
 born=['geb. {dob}', 'geboren am {dob}', '* {dob}', 'Geburtsdatum {dob}'], nb=['({dob})', ', {dob},'],
 intro=['Es erscheint {name}, {bornx}, wohnhaft {addr}, {pc} {city}, und erstattet Anzeige wegen Betrugs am {date}.', 'Der/Die Geschädigte {name} ({bornx}), {addr}, {city}, gibt Folgendes an.',
        'Ich, {name}, {bornx}, wohnhaft in der {addr}, melde einen unberechtigten Zugriff auf mein Konto.', 'Geschädigte Person: {name}, {bornx}, Anschrift {addr}, {pc} {city}.'],
 ipv=['Laut Logdaten meldete sich {who} kurz vor der Überweisung von {ip} aus an.', 'Der Kunde verbindet sich normalerweise über {ip} (Heimanschluss).', '{who} loggte sich von der IP {ip} ein, die dem DSL-Anschluss zugeordnet ist.', 'Der Rechner des Opfers ging zum Infektionszeitpunkt über {ip} ins Netz.'],
 c2=['Die Schadsoftware kontaktierte minütlich den C2 {c2} ({dom}).', '{mal}-Verkehr zum Steuerserver {c2} wurde am Proxy geblockt.', 'Die Exfiltration lief zu {c2}; {dom} löst auf denselben Host auf.'],
 phish=['Die Phishing-Mail stammte von {sender}; die Domain {dom} wurde von den Tätern registriert.', 'Absender der Malspam-Welle: {sender} (tätereigene Domain {dom}).'],
 mule=['{amt} EUR wurden auf {mule_iban} überwiesen, ein Konto des Finanzagenten {mule}.', 'Empfängerkonto {mule_iban} gehört {mule}, der/die über ein "Jobangebot" als Geldwäscher angeworben wurde.'],
 wallet=['Das Lösegeld sollte an die Wallet {wallet} gezahlt werden.', 'Die Beute wurde über die Täter-Wallet {wallet} ausgecasht.'],
 contact=['Erreichbar unter {phone}, E-Mail {email}.', 'Tel.: {phone} / Mail: {email}'],
 cardp=['Die Kartennummer {card} wurde auf der Fake-Seite eingegeben.', 'Kompromittierte Karte: {card}.'],
 creds=['Abgegriffene Zugangsdaten: {user} / {pwd}.', 'Die Webmail-Zugangsdaten ({user}, Passwort {pwd}) wurden gestohlen.'],
 idp=['{idl}: {id}', 'Inhaber/in der {idl} {id}'],
 close=['Weitere Ermittlungen durch das K 41.', 'Sicherung der Logdaten wurde beantragt.', 'Vorgang an die ZAC abgegeben.'],
 subj=['AW: verdächtige Überweisung - {case}', 'WG: Phishing-Meldung', 'Vorfall {case} - IoCs und Geschädigtendaten'],
 greet=['Hallo {first},', 'Liebe/r {first},', 'Guten Tag,', 'Moin zusammen,'], sign=['Viele Grüße', 'Mit freundlichen Grüßen', 'Beste Grüße'],
 hdr=('Von', 'An', 'Gesendet', 'Betreff'), wrote='Am {date} schrieb {name}:',
 title=['STRAFANZEIGE - CYBERCRIME', 'VERNEHMUNGSNIEDERSCHRIFT', 'BETRUGSMELDUNG - INTERN'], victim='Geschädigte/r', witness='Zeuge/Zeugin', employee='Mitarbeiter/in', mule_w='Finanzagent',
 chat=['kannst du {x} checken?', 'opfer-ip ist {x}', 'ok, c2 ist {x}', 'mule-konto {x}', 'pw war {x}', 'erledigt, danke', 'wallet {x} bestätigt'],
 org=['LKA Baden-Württemberg - Cybercrime', 'CERT-Bund', 'Bundeskriminalamt Wien - C4', 'Betrugsprävention, Rheinische Volksbank'], title_p=['KHK', 'Fraud-Analyst/in', 'SOC-Leitung']),
'nl': dict(
 lab=dict(name='Naam', dob='Geboortedatum', addr='Adres', phone='Telefoon', email='E-mail', id='BSN/ID-nummer', iban='Rekening (IBAN)', card='Kaartnummer', ip='Bron-IP', user='Gebruikersnaam', pwd='Wachtwoord', case='Zaaknummer', date='Pleegdatum', role='Hoedanigheid'),
 born=['geboren op {dob}', 'geb. {dob}', 'geboortedatum {dob}', 'geboren {dob}'], nb=['({dob})', ', {dob},'],
 intro=['Op {date} verscheen {name}, {bornx}, wonende {addr}, {pc} {city}, die aangifte deed van oplichting.', 'Aangever {name} ({bornx}), {addr} te {city}, verklaart het volgende.',
        'Ik, {name}, {bornx}, woonachtig op {addr}, wil melden dat er geld van mijn rekening is gehaald.', 'Slachtoffer: {name}, {bornx}, adres {addr}, {pc} {city}.'],
 ipv=['Uit de logs blijkt dat {who} vlak voor de overboeking inlogde vanaf {ip}.', 'Het slachtoffer maakt normaal verbinding vanaf {ip} (thuisaansluiting).', '{who} logde in vanaf {ip}, het IP-adres van de eigen router.', 'De laptop van het slachtoffer ging ten tijde van de besmetting naar buiten via {ip}.'],
 c2=['De malware maakte elke minuut contact met C2 {c2} ({dom}).', '{mal}-verkeer naar commandoserver {c2} is geblokkeerd.', 'Exfiltratie liep naar {c2}; {dom} resolvet naar dezelfde host.'],
 phish=['De phishingmail kwam van {sender}; het domein {dom} is door de daders geregistreerd.', 'Afzender van de malspam: {sender} (domein van de criminelen: {dom}).'],
 mule=['Er is {amt} euro overgemaakt naar {mule_iban}, op naam van geldezel {mule}.', 'De begunstigde rekening {mule_iban} is van {mule}, geronseld als geldezel.'],
 wallet=['Het losgeld moest naar wallet {wallet}.', 'De buit werd witgewassen via de criminele wallet {wallet}.'],
 contact=['Bereikbaar op {phone}, e-mail {email}.', 'Tel. {phone} / mail {email}'],
 cardp=['Het kaartnummer {card} is op de nepsite ingevuld.', 'Gecompromitteerde kaart: {card}.'],
 creds=['Buitgemaakte inloggegevens: {user} / {pwd}.', 'Het webmailaccount ({user}, wachtwoord {pwd}) is overgenomen.'],
 idp=['{idl} {id}', 'met {idl} {id}'],
 close=['Zaak overgedragen aan het Team High Tech Crime.', 'Verzoek tot bewaring van logs verstuurd.', 'Onderzoek loopt.'],
 subj=['RE: verdachte overboeking - {case}', 'FW: phishingmelding', 'Incident {case} - IoCs en slachtoffergegevens'],
 greet=['Hoi {first},', 'Beste {first},', 'Goedemorgen,', 'Hallo allemaal,'], sign=['Met vriendelijke groet,', 'Groet,', 'Mvg,'],
 hdr=('Van', 'Aan', 'Verzonden', 'Onderwerp'), wrote='Op {date} schreef {name}:',
 title=['AANGIFTEFORMULIER - CYBERCRIME', 'PROCES-VERBAAL VAN VERHOOR', 'FRAUDEMELDING - INTERN'], victim='slachtoffer', witness='getuige', employee='medewerker', mule_w='geldezel',
 chat=['kun je {x} checken?', 'ip van slachtoffer is {x}', 'ok, c2 is {x}', 'geldezel rekening {x}', 'ww was {x}', 'klaar, thx', 'wallet {x} bevestigd'],
 org=['Politie Eenheid Rotterdam - Cybercrime', 'NCSC-NL', 'Federale Gerechtelijke Politie - RCCU', 'Fraudeteam, Polderbank N.V.'], title_p=['Rechercheur', 'Fraudeanalist', 'SOC-teamleider']),
'it': dict(
 lab=dict(name='Cognome e nome', dob='Data di nascita', addr='Residenza', phone='Cellulare', email='E-mail', id='Documento', iban='Conto (IBAN)', card='N. carta', ip='IP sorgente', user='Nome utente', pwd='Password', case='N. procedimento', date='Data del fatto', role='Qualifica'),
 born=['nato il {dob}', 'nata il {dob}', 'n. {dob}', 'nato/a a {city} il {dob}'], nb=['({dob})', ', {dob},'],
 intro=['È presente {name}, {bornx}, residente in {addr}, {pc} {city}, che denuncia una truffa avvenuta il {date}.', 'Il/La denunciante {name} ({bornx}), domiciliato/a in {addr}, {city}, riferisce quanto segue.',
        'Io sottoscritto/a {name}, {bornx}, residente in {addr}, dichiaro di aver subito un accesso abusivo al conto.', 'Persona offesa: {name}, {bornx}, {addr} - {pc} {city}.'],
 ipv=['Dai log risulta che {who} si è collegato/a da {ip} poco prima del bonifico.', 'La vittima si connette di solito da {ip} (linea di casa).', '{who} ha effettuato l\'accesso dall\'indirizzo {ip}, assegnato alla sua abitazione.', 'Il PC della vittima usciva su Internet con l\'IP {ip} al momento dell\'infezione.'],
 c2=['Il malware contattava ogni minuto il C2 {c2} ({dom}).', 'Il traffico {mal} verso il server di comando {c2} è stato bloccato.', 'L\'esfiltrazione avveniva verso {c2}; {dom} punta allo stesso host.'],
 phish=['La mail di phishing proveniva da {sender}; il dominio {dom} è stato registrato dai truffatori.', 'Mittente del malspam: {sender} (dominio criminale {dom}).'],
 mule=['Sono stati bonificati {amt} € su {mule_iban}, conto del money mule {mule}.', 'Il conto beneficiario {mule_iban} è intestato a {mule}, reclutato/a come prestanome.'],
 wallet=['Il riscatto era richiesto sul wallet {wallet}.', 'Le somme sono state convertite tramite il wallet criminale {wallet}.'],
 contact=['Recapito: {phone}; e-mail {email}.', 'Contattabile al {phone} o a {email}.'],
 cardp=['Ha inserito la carta {card} sul sito clone.', 'Carta compromessa: {card}.'],
 creds=['Credenziali sottratte: {user} / {pwd}.', 'Le credenziali dell\'home banking ({user}, password {pwd}) sono state rubate.'],
 idp=['{idl} {id}', 'titolare di {idl} {id}'],
 close=['Atti trasmessi al CNAIPIC.', 'Richiesta conservazione dei log inoltrata.', 'Indagini in corso.'],
 subj=['R: bonifico sospetto - {case}', 'I: segnalazione phishing', 'Incidente {case} - IoC e dati della vittima'],
 greet=['Ciao {first},', 'Gentile {first},', 'Buongiorno,', 'Salve a tutti,'], sign=['Cordiali saluti,', 'Saluti,', 'Grazie,'],
 hdr=('Da', 'A', 'Inviato', 'Oggetto'), wrote='Il {date}, {name} ha scritto:',
 title=['MODULO DI DENUNCIA - REATI INFORMATICI', 'VERBALE DI SOMMARIE INFORMAZIONI', 'SEGNALAZIONE FRODE - USO INTERNO'], victim='vittima', witness='testimone', employee='dipendente', mule_w='prestanome',
 chat=['puoi controllare {x}?', "l'ip della vittima è {x}", 'ok, il c2 è {x}', 'conto mule {x}', 'la pw era {x}', 'fatto, grazie', 'wallet {x} confermato'],
 org=['Polizia Postale - COSC Milano', 'CSIRT Italia', 'Guardia di Finanza - Nucleo Frodi Tecnologiche', 'Antifrode, Banca del Tirreno'], title_p=['Ispettore', 'Analista antifrode', 'Responsabile SOC']),
'pl': dict(
 lab=dict(name='Imię i nazwisko', dob='Data urodzenia', addr='Adres zamieszkania', phone='Telefon', email='E-mail', id='PESEL', iban='Nr rachunku (IBAN)', card='Nr karty', ip='IP źródłowe', user='Login', pwd='Hasło', case='Sygn. sprawy', date='Data zdarzenia', role='Status'),
 born=['ur. {dob}', 'urodzony {dob}', 'urodzona dnia {dob}', 'data urodzenia: {dob}'], nb=['({dob})', ', {dob},'],
 intro=['W dniu {date} stawił(a) się {name}, {bornx}, zam. {addr}, {pc} {city}, i zgłosił(a) oszustwo.', 'Pokrzywdzony/a {name} ({bornx}), zamieszkały/a {addr}, {city}, zeznaje co następuje.',
        'Ja, {name}, {bornx}, zamieszkała przy {addr}, zgłaszam nieautoryzowany przelew.', 'Pokrzywdzona: {name}, {bornx}, adres: {addr}, {pc} {city}.'],
 ipv=['Z logów wynika, że {who} zalogował(a) się z adresu {ip} tuż przed przelewem.', 'Klient zwykle łączy się z {ip} (łącze domowe).', 'Logowanie {who} nastąpiło z IP {ip}, przypisanego do jego/jej routera.', 'Komputer ofiary w chwili infekcji wychodził do sieci z adresu {ip}.'],
 c2=['Złośliwe oprogramowanie łączyło się co minutę z serwerem C2 {c2} ({dom}).', 'Ruch {mal} do serwera sterującego {c2} został zablokowany.', 'Eksfiltracja szła na {c2}; domena {dom} wskazuje na ten sam host.'],
 phish=['Wiadomość phishingowa przyszła z adresu {sender}; domenę {dom} zarejestrowali przestępcy.', 'Nadawca malspamu: {sender} (domena przestępców: {dom}).'],
 mule=['Kwotę {amt} zł przelano na rachunek {mule_iban} należący do „słupa” {mule}.', 'Rachunek odbiorcy {mule_iban} założył(a) {mule}, zwerbowany/a jako słup.'],
 wallet=['Okup miał trafić na portfel {wallet}.', 'Środki wypłacono przez portfel sprawców {wallet}.'],
 contact=['Kontakt: {phone}, e-mail {email}.', 'Tel. {phone} / mail {email}'],
 cardp=['Na fałszywej stronie podano numer karty {card}.', 'Skompromitowana karta: {card}.'],
 creds=['Wykradzione dane logowania: {user} / {pwd}.', 'Przejęto dostęp do poczty ({user}, hasło {pwd}).'],
 idp=['{idl} {id}', 'legitymujący/a się nr {idl} {id}'],
 close=['Sprawę przekazano do CBZC.', 'Wystąpiono o zabezpieczenie logów.', 'Postępowanie w toku.'],
 subj=['RE: podejrzany przelew - {case}', 'PD: zgłoszenie phishingu', 'Incydent {case} - IoC i dane pokrzywdzonego'],
 greet=['Cześć {first},', 'Szanowna Pani / Szanowny Panie,', 'Dzień dobry,', 'Hej,'], sign=['Pozdrawiam,', 'Z poważaniem,', 'Dzięki,'],
 hdr=('Od', 'Do', 'Wysłano', 'Temat'), wrote='W dniu {date} {name} napisał(a):',
 title=['ZAWIADOMIENIE O PRZESTĘPSTWIE - CYBER', 'PROTOKÓŁ PRZESŁUCHANIA ŚWIADKA', 'ZGŁOSZENIE FRAUDU - WEWNĘTRZNE'], victim='pokrzywdzony', witness='świadek', employee='pracownik', mule_w='słup',
 chat=['możesz sprawdzić {x}?', 'ip ofiary to {x}', 'ok, c2 to {x}', 'konto słupa {x}', 'hasło to było {x}', 'zrobione, dzięki', 'portfel {x} potwierdzony'],
 org=['Centralne Biuro Zwalczania Cyberprzestępczości', 'CERT Polska', 'KWP Kraków - Wydział do walki z Cyberprzestępczością', 'Departament Bezpieczeństwa, Bank Wiślany S.A.'], title_p=['asp. sztab.', 'Analityk fraudów', 'Kierownik SOC']),
}
LANGS = ['en', 'es', 'pt', 'fr', 'de', 'nl', 'it', 'pl']
HIJ = {'en': 'A second wave was sent from the hijacked mailbox {email2}, a victim account.', 'es': 'Una segunda oleada salió desde el buzón secuestrado {email2}, cuenta de otra víctima.',
       'pt': 'Uma segunda vaga foi enviada a partir da caixa comprometida {email2}, de outra vítima.', 'fr': 'Une seconde vague est partie de la boîte piratée {email2}, appartenant à une victime.',
       'de': 'Eine zweite Welle kam aus dem gekaperten Postfach {email2} eines weiteren Opfers.', 'nl': 'Een tweede golf kwam uit de gekaapte mailbox {email2} van een ander slachtoffer.',
       'it': 'Una seconda ondata è partita dalla casella compromessa {email2}, di un\'altra vittima.', 'pl': 'Druga fala wyszła z przejętej skrzynki {email2}, należącej do innej ofiary.'}
ORGDOM = {'en': ['cyber.police.uk', 'harrowfieldbank.co.uk'], 'es': ['policia.es', 'bancomeridional.es'], 'pt': ['pj.pt', 'bancoatlantico.pt'], 'fr': ['gendarmerie.interieur.gouv.fr', 'banquedurhone.fr'],
          'de': ['polizei.bwl.de', 'rheinische-volksbank.de'], 'nl': ['politie.nl', 'polderbank.nl'], 'it': ['poliziadistato.it', 'bancadeltirreno.it'], 'pl': ['cbzc.policja.gov.pl', 'bankwislany.pl']}
CASEF = {'en': 'CR/{n}/{y}', 'es': 'DIL-{y}-{n}', 'pt': 'NUIPC {n}/{y}.T9LSB', 'fr': 'PV {n}/{y}/C3N', 'de': 'ST/0{n}/{y}', 'nl': 'PL{n}-{y}', 'it': 'RGNR {n}/{y}', 'pl': 'PR 1 Ds. {n}.{y}'}

def obf(email, R):
    loc, dom = email.split('@'); k = R.randint(0, 3)
    if k == 0: return loc + '[at]' + dom.replace('.', '[dot]')
    if k == 1: return '%s (at) %s' % (loc, dom.replace('.', ' (dot) '))
    if k == 2: return loc + '＠' + dom
    return '%s at %s' % (loc, dom.replace('.', ' dot '))

OCRMAP = [('m', 'rn'), ('l', '1'), ('O', '0'), ('e', 'c'), ('i', 'í'), ('S', '5'), ('B', '8'), ('a', 'o'), ('h', 'b'), ('n', 'ri'), ('t', 'f'), ('o', '0'), ('E', 'F'), ('I', 'l')]
def ocr_txt(s, R, rate=.5):
    parts = re.split(r'(\{[a-z0-9_]+\})', s); out = []
    for p in parts:
        if p.startswith('{') and p.endswith('}'): out.append(p); continue
        words = p.split(' ')
        for i, w in enumerate(words):
            if len(w) > 2 and R.random() < rate:
                a, b = R.choice([x for x in OCRMAP if x[0] in w] or [('', '')])
                if a: j = w.find(a); w = w[:j] + b + w[j + len(a):]
            words[i] = w
        out.append(' '.join(words))
    return ''.join(out)

class Doc:
    def __init__(s, R, lang, cc=None):
        s.R, s.lang = R, lang; s.L = LEX[lang]; s.cc = cc or R.choice(LANG_CC[lang]); s.pii, s.keep = [], []
        v = s.v = Person(s.cc, R); s.m = Person(R.choice(['PL', 'ES', 'PT', 'FR', 'DE', 'NL', 'IT', 'BE', 'GB', 'AT']), R)
        s.a = Person(R.choice(LANG_CC[lang]), R); s.w2 = Person(s.cc, R)
        addr, pc, city = street_line(s.cc, R); idl, idv = v.natid(); e = v.email(); ts = when(R)
        dob = fmt_date(v.dob, lang, R); bt = R.choice(s.L['born']) if R.random() < .7 else '{dob}'
        c2 = c2_ip(R); dom = bad_domain(R); mal = R.choice(MALWARE)
        s.F = dict(name=('PERSON', v.full), last=('PERSON', v.last), first=('PERSON', v.first), dob=('DATE_OF_BIRTH', dob), addr=('POSTAL_ADDRESS', addr),
                   phone=('PHONE', phone(s.cc, R)), email=('EMAIL', e), email_obf=('EMAIL', obf(e, R)), id=('NATIONAL_ID', idv), ip=('IP_ADDRESS', victim_ip(R)),
                   user=('USERNAME', v.username()), pwd=('PASSWORD', R.choice([strip_acc(v.first.split()[0].replace('-', '')) + str(R.randint(1960, 2024)) + R.choice('!#$.*'), 'Qwerty' + str(R.randint(100, 999)) + '!', ''.join(R.choice('abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#%&') for _ in range(R.randint(9, 14))), R.choice(['Lato', 'Verano', 'Sommer', 'Zomer', 'Estate', 'Ete', 'Summer']) + str(R.randint(2019, 2025)) + '?'])),
                   card=('CREDIT_CARD', card(R)), viban=('IBAN', v.iban()), mule=('PERSON', s.m.full), mule_iban=('IBAN', s.m.iban()), mule_card=('CREDIT_CARD', card(R)),
                   analyst=('PERSON', s.a.full), an_phone=('PHONE', phone(s.a.cc, R)), an_email=('EMAIL', s.a.email(R.choice(ORGDOM[lang]))), email2=('EMAIL', s.w2.email()),
                   c2=('c2_ip', defang(c2, R)), c2b=('c2_ip', c2_ip(R)), dom=('c2_domain', dom), url=('url', R.choice(['hxxps://%s/%s' % (dom, R.choice(['login.php', 'wp-includes/js/upd.js', 'panel/gate', 'verify/index.html', 'track?id=%d' % R.randint(1000, 99999)])), 'http://%s:%d/%s' % (c2, R.choice([80, 443, 8080, 8443, 2222]), R.choice(['gate.php', 'api/v2/submit', 'b/index', 'upload']))])),
                   sender=('phishing_sender', R.choice(['noreply', 'support', 'billing', 'seguridad', 'sicherheit', 'notifica', 'powiadomienia', 'facturation', 'klantenservice']) + '@' + dom),
                   mal=('malware', mal), sha256=('sha256', hexs(R, 64)), md5=('md5', hexs(R, 32)), sha1=('sha1', hexs(R, 40)), wallet=('wallet', wallet(R)),
                   case=('case_id', CASEF[lang].format(n=R.randint(100, 99999), y=R.choice([24, 25, 2024, 2025]))), grp=('actor_group', R.choice(GROUPS)),
                   cve=('cve', 'CVE-%d-%d' % (R.choice([2023, 2024, 2025]), R.randint(1000, 49999))))
        s.plain = dict(city=city, pc=pc, idl=idl, amt='{:,}'.format(R.randint(300, 98000)).replace(',', R.choice(['.', ' ', ','])), date=ts.strftime(R.choice(['%d.%m.%Y %H:%M', '%Y-%m-%d', '%d/%m/%Y', '%Y-%m-%dT%H:%M:%SZ'])),
                       bornx_t=bt, time=ts.strftime('%H:%M'))
        if R.random() < .25: s.F['c2b'] = ('c2_ip', c2_ip(R))

    def u(s, k):
        if k in s.plain: return s.plain[k]
        if k == 'bornx': return s.fmt(s.plain['bornx_t'])
        if k == 'who':
            r = s.R.random()
            if r < .5: return s.u('name')
            if r < .75 and len(s.v.last) >= 4: return ({'en': ['Ms ', 'Mr '], 'es': ['la Sra. ', 'el Sr. '], 'pt': ['a Sra. ', 'o Sr. '], 'fr': ['Mme ', 'M. '], 'de': ['Frau ', 'Herr '], 'nl': ['mevrouw ', 'de heer '], 'it': ['la sig.ra ', 'il sig. '], 'pl': ['Pani ', 'Pan ']}[s.lang][int(s.v.male)]) + s.u('last')
            return s.L['victim']
        if k == 'first' and len(s.v.first) < 4: return s.u('name')
        t, v = s.F[k]
        (s.pii if t.isupper() else s.keep).append((t, v)); return v

    def fmt(s, tpl):
        class M(dict):
            def __missing__(m, k): return s.u(k)
        return tpl.format_map(M())
    def pick(s, key, ocr=False):
        t = s.R.choice(s.L[key]) if isinstance(s.L[key], list) else s.L[key]
        return s.fmt(ocr_txt(t, s.R, .25) if ocr else t)
    def lab(s, k, ocr=False):
        l = s.L['lab'][k]
        if k == 'id': l = s.plain['idl'] if s.R.random() < .6 else l
        return ocr_txt(l, s.R, .6) if ocr else l

# ---------------------------------------------------------------- forms
def sig(d):
    R = d.R; lines = [R.choice(d.L['sign']), d.u('analyst'), R.choice(d.L['title_p']) + ' | ' + R.choice(d.L['org'])]
    if R.random() < .8: lines.append(R.choice(['T: ', 'Tel. ', 'Mob: ', '📞 ', '']) + d.u('an_phone'))
    if R.random() < .6: lines.append(d.u('an_email'))
    return '\n'.join(lines)

def body_sents(d, kinds, ocr=False):
    return [d.pick(k, ocr) if k in d.L else d.fmt(HIJ[d.lang]) for k in kinds]

def f_police(d):
    R = d.R; out = [R.choice(d.L['org']).upper() if R.random() < .5 else R.choice(d.L['org']), d.lab('case') + ': ' + d.u('case'), '']
    idp = d.fmt(R.choice(d.L['idp'])); s = [d.pick('intro'), idp[0].upper() + idp[1:] + '.', d.pick('contact')]
    extra = R.sample(['phish', 'ipv', 'cardp', 'creds', 'mule', 'wallet'], R.randint(2, 4))
    if 'ipv' in extra and R.random() < .6: extra.insert(extra.index('ipv') + 1, 'c2')
    s += body_sents(d, extra); s.append(d.pick('close'))
    out.append(' '.join(s) if R.random() < .5 else '\n'.join(s))
    out += ['', R.choice(['-- ', '', 'Sgd. ', '/s/ ']) + d.u('analyst') + ', ' + R.choice(d.L['title_p'])]
    return '\n'.join(out)

def ioc_block(d):
    R = d.R; items = [('C2', d.u('c2')), ('C2', d.u('c2b')) if R.random() < .5 else None, ('domain', d.u('dom')), ('URL', d.u('url')) if R.random() < .6 else None,
                      ('SHA256', d.u('sha256')), ('MD5', d.u('md5')) if R.random() < .4 else None, ('family', d.u('mal'))]
    items = [x for x in items if x]; st = R.randint(0, 2)
    if st == 0: return '\n'.join('- %s: %s' % x for x in items)
    if st == 1: return 'type,value\n' + '\n'.join('%s,%s' % (a.lower(), b) for a, b in items)
    return '| type | indicator |\n|---|---|\n' + '\n'.join('| %s | `%s` |' % x for x in items)

def f_cert(d):
    R = d.R; L = d.L; out = ['%s — %s %s' % (R.choice(L['org']), 'TLP:AMBER' if R.random() < .5 else 'TLP:GREEN', d.u('case')), '']
    if R.random() < .4: out.append(d.u('grp') + ' / ' + d.u('mal') + ' / ' + d.u('cve'))
    s = [d.pick('c2'), d.pick('ipv'), d.pick('c2')]
    if R.random() < .5: s += [d.pick('phish'), d.fmt(HIJ[d.lang])]
    if R.random() < .5: s.append(d.pick('creds'))
    out.append(' '.join(s)); out += ['', 'IoC:', ioc_block(d), '']
    out.append('%s: %s <%s>, %s %s' % (L['victim'].capitalize(), d.u('name'), d.u(R.choice(['email', 'email_obf'])), d.lab('ip'), d.u('ip')))
    if R.random() < .6: out.append('%s: %s' % (d.lab('user'), d.u('user')))
    out.append(d.pick('close'))
    return '\n'.join(out)

def f_bank(d):
    R = d.R; L = d.L; out = [R.choice(L['title']).upper(), '%s: %s   %s: %s' % (d.lab('case'), d.u('case'), d.lab('date'), d.u('date')), '']
    s = [d.pick('intro') if R.random() < .5 else '%s %s, %s %s.' % (L['lab']['name'] + ':', d.u('name'), d.lab('iban'), d.u('viban')), d.pick('ipv'), d.pick('mule')]
    if R.random() < .5: s.append(d.pick('cardp'))
    if R.random() < .4: s.append(d.pick('wallet'))
    if R.random() < .5: s.append(d.pick('c2'))
    R.shuffle(s[1:]) if False else None
    out.append('\n\n'.join(s) if R.random() < .5 else ' '.join(s))
    if R.random() < .5: out += ['', '%s (%s): %s — %s' % (L['mule_w'], d.lab('name'), d.u('mule'), d.u(R.choice(['mule_iban', 'mule_card'])))]
    out += ['', sig(d)]
    return '\n'.join(out)

def f_email(d):
    R = d.R; L = d.L; h = L['hdr']; first = d.a.first if len(d.a.first) >= 4 else None
    subj = d.fmt(R.choice(L['subj']))
    tot = R.choice(['soc@%s' % R.choice(ORGDOM[d.lang]), 'fraud-desk@%s' % R.choice(ORGDOM[d.lang]), 'cert@%s' % R.choice(ORGDOM[d.lang])])
    out = ['%s: %s <%s>' % (h[0], d.u('analyst'), d.u('an_email')), '%s: %s' % (h[1], tot), '%s: %s' % (h[2], d.u('date')), '%s: %s' % (h[3], subj), '']
    g = R.choice(L['greet']); rc = Person(R.choice(LANG_CC[d.lang]), R); first = rc.first.split()[0]
    if '{first}' in g:
        if len(first) >= 4 and R.random() < .7: d.pii.append(('PERSON', first)); g = g.format(first=first)
        else: d.pii.append(('PERSON', rc.full)); g = g.format(first=rc.full)
    out += [g, '']
    out.append(' '.join(body_sents(d, R.sample(['ipv', 'c2', 'mule', 'phish', 'wallet', 'creds', 'cardp'], 3))))
    if R.random() < .5: out += ['', ioc_block(d)]
    out += ['', sig(d), '']
    q = [L['wrote'].format(date=d.u('date'), name=d.u('name') if R.random() < .5 else d.u('email'))]
    q += [d.pick('intro'), d.pick('contact'), d.fmt(R.choice(L['idp']))]
    if R.random() < .5: q.append('%s: %s / %s' % (L['hdr'][0], d.u('sender'), d.u('dom')))
    out += ['> ' + x for x in q]
    return '\n'.join(out)

def f_chat(d):
    R = d.R; L = d.L; other = Person(R.choice(LANG_CC[d.lang]), R)
    d.pii.append(('PERSON', other.full)); names = [d.u('analyst'), other.full]; t = when(R)
    facts = [('ip', 1), ('c2', 2), ('mule_iban', 3), ('pwd', 4), ('wallet', 6), ('dom', 2), ('c2b', 2)]
    R.shuffle(facts); facts = facts[:R.randint(3, 5)]
    if not any(f in ('ip', 'pwd', 'mule_iban') for f, _ in facts): facts.append(('ip', 1))
    lines = []; style = R.randint(0, 2)
    for i, (f, ti) in enumerate(facts + [(None, 5)]):
        t += dt.timedelta(seconds=R.randint(20, 400)); who = names[i % 2]
        msg = L['chat'][ti].format(x=d.u(f)) if f else L['chat'][5]
        if f == 'ip' and R.random() < .6: k = R.randint(0, 2); msg += ' ' + ['(%s)', '- %s', '/ %s'][k] % d.u(['name', 'email', 'user'][k])
        lines.append(['[%s] %s: %s', '%s - %s - %s', '%s <%s> %s'][style] % (t.strftime('%H:%M'), who, msg))
    if R.random() < .5: lines.insert(1, '[%s] %s: %s' % (t.strftime('%H:%M'), names[1], d.pick('ipv')) if style == 0 else '%s - %s - %s' % (t.strftime('%H:%M'), names[1], d.pick('c2')))
    return '\n'.join(lines)

FORM_KEYS = ['name', 'dob', 'id', 'addr', 'phone', 'email', 'iban', 'ip', 'user', 'pwd', 'card']
def form_lines(d, ocr=False):
    R = d.R; ks = ['name', 'dob'] + R.sample(FORM_KEYS[2:], R.randint(4, 8)); out = []
    val = dict(name='name', dob='dob', id='id', addr='addr', phone='phone', email=R.choice(['email', 'email', 'email_obf']), iban='viban', ip='ip', user='user', pwd='pwd', card='card')
    sep = R.choice([': ', ' : ', ':\t', ' ........ ', ' | ', ' — '])
    for k in ks:
        lab = d.lab(k, ocr)
        if R.random() < .3: lab = lab.upper()
        if k == 'name' and R.random() < .4:
            v = d.v.last.upper() + ' ' + d.v.first; d.pii.append(('PERSON', v))
        else: v = d.u(val[k])
        if k == 'addr': v = v + ', ' + d.u('pc') + ' ' + d.u('city')
        out.append(lab + sep + v)
    return out

def f_form(d):
    R = d.R; L = d.L; out = [R.choice(L['title']), '=' * R.randint(10, 40), '%s: %s' % (d.lab('case'), d.u('case')), '%s: %s' % (d.lab('date'), d.u('date')), '']
    out += form_lines(d); out.append('')
    out.append('[x] phishing  [ ] ransomware  [%s] BEC' % R.choice('x '))
    out.append('%s: %s' % (L['lab']['ip'].replace('IP', 'C2') if 'IP' in L['lab']['ip'] else 'C2', d.u('c2')))
    out.append(d.pick(R.choice(['phish', 'mule', 'wallet'])))
    return '\n'.join(out)

def f_ocr(d):
    R = d.R; L = d.L; noise = lambda: R.choice(['', '|', '¦ ', '  ', ' .', '~ ', "'"])
    out = [ocr_txt(R.choice(L['title']), R, .5), noise() + ocr_txt(d.lab('case'), R, .6) + ' ' + d.u('case'), '']
    for ln in form_lines(d, ocr=True): out.append(noise() + ln + noise())
    out.append('')
    for k in R.sample(['ipv', 'mule', 'c2', 'phish', 'contact'], 2): out.append(d.pick(k, ocr=True))
    out.append(ocr_txt(d.pick('intro'), R, .0) if False else d.fmt(ocr_txt(R.choice(L['intro']), R, .2)))
    out.append('— %d —' % R.randint(1, 4) if R.random() < .5 else 'Pag. 1/2')
    return '\n'.join(out)

TABLE_COLS = ['name', 'dob', 'email', 'phone', 'ip', 'id', 'iban', 'c2', 'mal', 'city']
def table_rows(d):
    R = d.R; cols = ['name'] + R.sample(['dob', 'email', 'phone', 'ip', 'id', 'iban'], R.randint(2, 4)) + R.sample(['c2', 'mal', 'city', 'date'], R.randint(1, 2))
    rows = []
    for i in range(R.randint(2, 5)):
        if i == 0: p = d.v; vals = {c: d.u({'iban': 'viban'}.get(c, c)) for c in cols if c not in ('c2', 'mal', 'city', 'date')}
        else:
            p = Person(R.choice(LANG_CC[d.lang]), R); idl, idv = p.natid()
            raw = dict(name=p.full, dob=fmt_date(p.dob, d.lang, R), email=p.email(), phone=phone(p.cc, R), ip=victim_ip(R), id=idv, iban=p.iban())
            T = dict(name='PERSON', dob='DATE_OF_BIRTH', email='EMAIL', phone='PHONE', ip='IP_ADDRESS', id='NATIONAL_ID', iban='IBAN')
            vals = {c: raw[c] for c in cols if c in raw}
            for c, v in vals.items(): d.pii.append((T[c], v))
        for c in cols:
            if c == 'c2': vals[c] = d.u(R.choice(['c2', 'c2b']))
            if c == 'mal': vals[c] = d.u('mal')
            if c == 'city': vals[c] = street_line(p.cc, R)[2]
            if c == 'date': vals[c] = when(R).strftime('%Y-%m-%d %H:%M')
        rows.append([vals[c] for c in cols])
    hdr = [d.L['lab'].get(c, {'c2': 'C2', 'mal': 'malware', 'city': {'en': 'City', 'es': 'Localidad', 'pt': 'Cidade', 'fr': 'Ville', 'de': 'Ort', 'nl': 'Plaats', 'it': 'Città', 'pl': 'Miejscowość'}[d.lang]}.get(c, c)) for c in cols]
    hdr = [h if c != 'iban' else d.L['lab']['iban'] for h, c in zip(hdr, cols)]
    return hdr, rows

def f_csv(d, header=True):
    R = d.R; hdr, rows = table_rows(d); sep = R.choice([',', ';', '\t']) if header else R.choice([',', ';'])
    q = lambda x: '"%s"' % x if (sep in x or R.random() < .15) else x
    out = [] if not header else [sep.join(q(h) for h in hdr)]
    out += [sep.join(q(x) for x in r) for r in rows]
    pre = d.u('case') + ' — ' + R.choice(['export', 'extract', 'dump', 'lista']) + '\n' if R.random() < .5 else ''
    return pre + '\n'.join(out)

def f_pipe(d):
    R = d.R; hdr, rows = table_rows(d); hd = R.random() < .6
    out = [' | '.join(hdr)] if hd else []
    out += [' | '.join(r) for r in rows]
    return (d.pick('ipv') + '\n' if R.random() < .3 else '') + '\n'.join(out)

def f_md(d):
    R = d.R; hdr, rows = table_rows(d)
    out = ['### ' + d.u('case'), '', '| ' + ' | '.join(hdr) + ' |', '|' + '|'.join(['---'] * len(hdr)) + '|'] + ['| ' + ' | '.join(r) + ' |' for r in rows]
    if R.random() < .5: out += ['', ioc_block(d)]
    return '\n'.join(out)

def f_json(d):
    R = d.R
    obj = {'case_id': d.u('case'), 'reported': d.u('date'), 'victim': {'full_name': d.u('name'), 'dob': d.u('dob'), 'contact': {'email': d.u('email'), 'phone': d.u('phone')}, 'src_ip': d.u('ip')},
           'ioc': {'c2': [d.u('c2')] + ([d.u('c2b')] if R.random() < .5 else []), 'domain': d.u('dom'), 'sha256': d.u('sha256'), 'family': d.u('mal')}}
    if R.random() < .5: obj['victim']['national_id'] = {'type': d.u('idl'), 'value': d.u('id')}
    if R.random() < .5: obj['mule'] = {'holder': d.u('mule'), 'iban': d.u('mule_iban')}
    if R.random() < .4: obj['ioc']['wallet'] = d.u('wallet')
    if R.random() < .4: obj['victim']['address'] = d.u('addr')
    obj['note'] = d.pick(R.choice(['ipv', 'c2', 'phish']))
    if R.random() < .5: obj = {'event': R.choice(['incident.create', 'fraud.alert', 'case.update']), 'data': obj}
    txt = json.dumps(obj, ensure_ascii=False, indent=R.choice([None, 2, 1]))
    return (R.choice(['```json\n%s\n```', '%s', 'payload:\n%s']) % txt)

def f_stealer(d):
    R = d.R; L = d.L; v = d.v; t = when(R)
    note = {'en': 'Extract from the %s log found on the panel:', 'es': 'Extracto del log de %s hallado en el panel:', 'pt': 'Excerto do log do %s encontrado no painel:', 'fr': 'Extrait du journal %s trouvé sur le panel :',
            'de': 'Auszug aus dem %s-Log vom Panel:', 'nl': 'Uittreksel uit het %s-log van het panel:', 'it': 'Estratto del log %s trovato sul pannello:', 'pl': 'Fragment logu %s znalezionego na panelu:'}[d.lang]
    out = [note % d.u('mal'), '', '*' * 30, 'Build: %s  | panel %s' % (R.choice(['LogsDiller', 'cloud#%d' % R.randint(1, 99), 'tg-%d' % R.randint(1000, 9999)]), d.u('url')), '*' * 30,
           'IP: ' + d.u('ip'), 'Country: ' + d.cc, 'Location: ' + d.u('city'), 'Zip code: ' + d.u('pc'), 'UserName: ' + d.u('user'),
           'MachineName: DESKTOP-' + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(7)), 'HWID: ' + hexs(R, 32).upper(), 'Log date: ' + t.strftime('%m/%d/%Y %I:%M:%S %p'), '']
    sites = ['https://accounts.google.com/signin', 'https://login.live.com/', 'https://www.facebook.com/', 'https://online.%s/login' % R.choice(ORGDOM[d.lang]), 'https://allegro.pl/logowanie', 'https://www.netflix.com/login']
    creds = [(d.u('email'), d.u('pwd'))]
    for _ in range(R.randint(1, 2)):
        pw = ''.join(R.choice('abcdefghjkmnpqrstuvwxyz23456789!') for _ in range(R.randint(8, 12))); d.pii.append(('PASSWORD', pw)); creds.append((d.u('user'), pw))
    for (u, p) in creds:
        out += ['URL: ' + R.choice(sites), 'Username: ' + u, 'Password: ' + p, 'Application: ' + R.choice(['Google Chrome', 'Microsoft Edge', 'Mozilla Firefox', 'Opera GX']), '=' * 15]
    if R.random() < .6:
        out += ['', '[Autofill]', 'name: ' + d.u('name'), 'tel: ' + d.u('phone'), 'address: ' + d.u('addr')]
    if R.random() < .5: out += ['', '[CC] ' + d.u('card') + ' ' + '%02d/%02d' % (R.randint(1, 12), R.randint(26, 30))]
    return '\n'.join(out)

FORMS = {'police_narrative': f_police, 'cert_report': f_cert, 'bank_report': f_bank, 'email_thread': f_email, 'chat': f_chat, 'intake_form': f_form,
         'ocr_scan': f_ocr, 'csv_header': lambda d: f_csv(d, True), 'csv_noheader': lambda d: f_csv(d, False), 'pipe_table': f_pipe,
         'markdown_table': f_md, 'json': f_json, 'stealer_log': f_stealer}

def f_mixed(R):
    l1, l2 = R.sample(LANGS, 2); d = Doc(R, l2); form = R.choice(['email_thread', 'chat', 'police_narrative', 'cert_report', 'stealer_log'])
    main = FORMS[form](d); d2L = LEX[l1]; d.L, d.lang = d2L, l1
    extra = d.pick(R.choice(['ipv', 'c2', 'mule', 'contact'])); d.L, d.lang = LEX[l2], l2
    hdr = {'en': 'Forwarding for translation / see below:', 'es': 'Reenvío para traducción:', 'pt': 'Reencaminho para tradução:', 'fr': 'Pour traduction, ci-dessous :',
           'de': 'Zur Übersetzung weitergeleitet:', 'nl': 'Doorgestuurd ter vertaling:', 'it': 'Inoltro per traduzione:', 'pl': 'Przekazuję do tłumaczenia:'}[l1]
    txt = hdr + '\n' + extra + '\n\n' + main if R.random() < .6 else main + '\n\n[' + l1.upper() + '] ' + extra
    return d, 'mixed_' + form, txt

# ---------------------------------------------------------------- validation + main
def check(text, pii, keep):
    for t, v in pii + keep:
        assert v in text, ('missing', t, v)
    for t, v in pii:
        assert len(v) >= 4, ('short', v)
        for t2, k in keep:
            assert v not in k and k not in v, ('overlap', v, k)
        i = text.find(v)
        while i >= 0:
            a = text[i - 1] if i else ' '; b = text[i + len(v)] if i + len(v) < len(text) else ' '
            assert not (v[0].isalnum() and a.isalnum()) and not (v[-1].isalnum() and b.isalnum()), ('boundary', v, text[max(0, i - 10):i + len(v) + 10])
            i = text.find(v, i + 1)

def make(R, lang, form):
    if lang == 'mixed': d, form, text = f_mixed(R)
    else: d = Doc(R, lang); text = FORMS[form](d)
    dd = lambda L: [dict(type=t, value=v) for t, v in dict.fromkeys(L)]
    pii, keep = list(dict.fromkeys(d.pii)), list(dict.fromkeys(d.keep))
    check(text, pii, keep)
    assert pii
    return dict(lang=lang, form=form, text=text, pii=dd(pii), keep=dd(keep))

def main():
    ap = argparse.ArgumentParser(); ap.add_argument('--seed', type=int, default=1); ap.add_argument('--count', type=int, default=500)
    ap.add_argument('--prefix', default='z'); a = ap.parse_args(); R = random.Random(a.seed)
    langs = LANGS + ['mixed']; forms = list(FORMS); fails = 0
    for n in range(1, a.count + 1):
        lang = langs[(n - 1) % len(langs)]; form = forms[(n - 1) // len(langs) % len(forms)] if R.random() < .7 else R.choice(forms)
        while True:
            try: doc = make(R, lang, form); break
            except AssertionError as e:
                fails += 1
                if fails > a.count * 3: raise
        out = dict(id='%s-%d' % (a.prefix, n)); out.update(doc)
        print(json.dumps(out, ensure_ascii=False))
    import sys; print('retries: %d' % fails, file=sys.stderr)

if __name__ == '__main__':
    main()
