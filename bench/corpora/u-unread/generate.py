#!/usr/bin/env python3
"""Held-out PII corpus generator (u-unread): 14 languages without redactor word tables.
Standard library only. Usage: python3 generate.py --seed 1 --count 300 > corpus.jsonl"""
import argparse, datetime, json, random, re, sys, unicodedata

# ---------------------------------------------------------------- check digits
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)

def iban_make(cc, bban):
    conv = ''.join(str(int(c, 36)) for c in (bban + cc + '00'))
    chk = 98 - int(conv) % 97
    return cc + '%02d' % chk + bban

def iban_fmt(r, iban):
    if r.random() < 0.6:
        return ' '.join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban

def digits(r, n):
    return ''.join(r.choice('0123456789') for _ in range(n))

def rand_dob(r):
    return datetime.date(r.randint(1948, 2004), r.randint(1, 12), r.randint(1, 28))

# national ids ---------------------------------------------------------------
def nid_se(r, d, g):
    while True:
        ser = digits(r, 2) + str(r.choice([1, 3, 5, 7, 9] if g == 'm' else [0, 2, 4, 6, 8]))
        base = d.strftime('%y%m%d') + ser
        return d.strftime('%Y%m%d') + '-' + ser + luhn_digit(base)

def nid_dk(r, d, g):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        s = d.strftime('%d%m%y') + digits(r, 4)
        if (int(s[-1]) % 2 == 1) != (g == 'm'):
            continue
        if sum(int(a) * b for a, b in zip(s, w)) % 11 == 0:
            return s[:6] + '-' + s[6:]

def nid_no(r, d, g):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]; w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        ind = ('%03d' % r.randint(0, 499)) if d.year < 2000 else ('%03d' % r.randint(500, 999))
        if (int(ind[2]) % 2 == 1) != (g == 'm'):
            continue
        s = d.strftime('%d%m%y') + ind
        k1 = 11 - sum(int(a) * b for a, b in zip(s, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        s += str(k1)
        k2 = 11 - sum(int(a) * b for a, b in zip(s, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k2)

def nid_fi(r, d, g):
    while True:
        n = r.randint(2, 899)
        if (n % 2 == 1) != (g == 'm'):
            continue
        s = d.strftime('%d%m%y') + '%03d' % n
        c = '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(s) % 31]
        return s[:6] + ('-' if d.year < 2000 else 'A') + s[6:] + c

def nid_cz(r, d, g):
    mm = d.month + (50 if g == 'f' else 0)
    while True:
        s = '%02d%02d%02d' % (d.year % 100, mm, d.day) + digits(r, 4)
        if int(s) % 11 == 0:
            return s[:6] + '/' + s[6:]

def nid_ro(r, d, g):
    w = '279146358279'
    sx = ('1' if g == 'm' else '2') if d.year < 2000 else ('5' if g == 'm' else '6')
    s = sx + d.strftime('%y%m%d') + '%02d' % r.randint(1, 46) + '%03d' % r.randint(1, 999)
    c = sum(int(a) * int(b) for a, b in zip(s, w)) % 11
    return s + ('1' if c == 10 else str(c))

def nid_hr(r, d, g):
    s = str(r.randint(1, 9)) + digits(r, 9)
    a = 10
    for ch in s:
        a = (a + int(ch)) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    c = 11 - a
    return s + ('0' if c == 10 else str(c))

def nid_si(r, d, g):
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        s = d.strftime('%d%m') + str(d.year)[1:] + '50' + ('%03d' % (r.randint(0, 499) if g == 'm' else r.randint(500, 999)))
        m = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        if m == 10:
            continue
        return s + ('0' if m == 11 else str(m))

def nid_hu(r, d, g):
    days = (d - datetime.date(1867, 1, 1)).days
    while True:
        s = '8' + '%05d' % days + digits(r, 3)
        c = sum(int(ch) * (i + 1) for i, ch in enumerate(s)) % 11
        if c != 10:
            return s + str(c)

def nid_tr(r, d, g):
    while True:
        s = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
        d10 = ((s[0] + s[2] + s[4] + s[6] + s[8]) * 7 - (s[1] + s[3] + s[5] + s[7])) % 10
        s.append(d10)
        s.append(sum(s) % 10)
        return ''.join(map(str, s))

def nid_el(r, d, g):
    s = d.strftime('%d%m%y') + digits(r, 4)
    return s + luhn_digit(s)

def nid_lt(r, d, g):
    first = ('3' if g == 'm' else '4') if d.year < 2000 else ('5' if g == 'm' else '6')
    s = first + d.strftime('%y%m%d') + digits(r, 3)
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]; w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    c = sum(int(a) * b for a, b in zip(s, w1)) % 11
    if c == 10:
        c = sum(int(a) * b for a, b in zip(s, w2)) % 11
        if c == 10:
            c = 0
    return s + str(c)

def nid_id(r, d, g):
    prov = r.choice(['3171', '3173', '3273', '3578', '3374', '5171', '1271', '7371', '3471'])
    dd = d.day + (40 if g == 'f' else 0)
    return prov + '%02d' % r.randint(1, 9) + '%02d%02d%02d' % (dd, d.month, d.year % 100) + '%04d' % r.randint(1, 2999)

# IBAN / accounts --------------------------------------------------------------
def acct_no_mod11(r):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        s = r.choice(['1503', '1607', '3000', '9710', '1254', '6011']) + digits(r, 6)
        c = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        if c == 10:
            continue
        return s + ('0' if c == 11 else str(c))

def bban(r, cc):
    if cc == 'SE': return r.choice(['500', '800', '600', '300', '950']) + digits(r, 17)
    if cc == 'DK': return r.choice(['3000', '2191', '9570', '1551', '5301']) + digits(r, 10)
    if cc == 'NO': return acct_no_mod11(r)
    if cc == 'FI':
        s = r.choice(['100', '500', '800', '157', '470']) + digits(r, 10)
        return s + luhn_digit(s)
    if cc == 'CZ': return r.choice(['0800', '0100', '0300', '2010', '5500', '0600']) + digits(r, 16)
    if cc == 'SK': return r.choice(['0900', '1100', '0200', '7500', '5600']) + digits(r, 16)
    if cc == 'RO': return r.choice(['BTRL', 'RNCB', 'BRDE', 'INGB', 'RZBR']) + digits(r, 16)
    if cc == 'HR': return r.choice(['2340009', '2484008', '2360000', '2402006', '2500009']) + digits(r, 10)
    if cc == 'SI': return r.choice(['02010', '04430', '10100', '03100', '19100']) + digits(r, 10)
    if cc == 'HU': return r.choice(['117', '104', '120', '116', '107']) + digits(r, 21)
    if cc == 'TR': return r.choice(['00010', '00062', '00046', '00064', '00012']) + '0' + digits(r, 16)
    if cc == 'GR': return r.choice(['011', '017', '026', '014']) + digits(r, 20)
    if cc == 'LT': return r.choice(['73000', '70440', '40100', '21400']) + digits(r, 11)
    raise ValueError(cc)

def card_no(r):
    pre = r.choice(['4', '4', '51', '53', '55', '22'])
    s = pre + digits(r, 15 - len(pre))
    s += luhn_digit(s)
    st = r.random()
    if st < 0.5: return ' '.join(s[i:i + 4] for i in range(0, 16, 4))
    if st < 0.7: return '-'.join(s[i:i + 4] for i in range(0, 16, 4))
    return s

def pub_ip(r):
    while True:
        a = r.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 109, 145, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217])
        return '%d.%d.%d.%d' % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

def near_ip(r, ip):
    p = ip.split('.')
    while True:
        o = r.randint(1, 254)
        cand = '.'.join(p[:3] + [str(o)])
        if cand != ip:
            return cand

def hexs(r, n):
    return ''.join(r.choice('0123456789abcdef') for _ in range(n))

B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
def wallet(r):
    t = r.random()
    if t < 0.4: return 'bc1q' + ''.join(r.choice('023456789acdefghjklmnpqrstuvwxyz') for _ in range(38))
    if t < 0.7: return '0x' + hexs(r, 40)
    if t < 0.85: return r.choice('13') + ''.join(r.choice(B58) for _ in range(33))
    return 'T' + ''.join(r.choice(B58) for _ in range(33))

TRANS = {'ø': 'o', 'æ': 'ae', 'å': 'a', 'ł': 'l', 'ı': 'i', 'đ': 'd', 'ß': 'ss', 'ä': 'a', 'ö': 'o', 'ü': 'u'}
GR = dict(zip('αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς', ['a','v','g','d','e','z','i','th','i','k','l','m','n','x','o','p','r','s','t','y','f','ch','ps','o','a','e','i','i','o','y','o','i','y','i','y','s']))
def fold(s):
    s = s.lower()
    for a, b in (('ου', 'ou'), ('ού', 'ou'), ('αι', 'ai'), ('ει', 'ei'), ('μπ', 'b'), ('ντ', 'nt')):
        s = s.replace(a, b)
    s = ''.join(GR.get(c, c) for c in s)
    s = ''.join(TRANS.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isascii() and (c.isalnum() or c in '.-_'))

MALWARE = ['Emotet', 'Qakbot', 'Lumma Stealer', 'AgentTesla', 'RedLine Stealer', 'Formbook', 'AsyncRAT', 'Remcos RAT', 'IcedID', 'DarkGate', 'Vidar', 'SmokeLoader', 'NjRAT', 'Raccoon Stealer', 'Pikabot', 'XWorm', 'Anatsa', 'Octo', 'Cerberus', 'SpyNote']
ACTORS = ['TA505', 'FIN7', 'Lazarus Group', 'Scattered Spider', 'APT28', 'Wizard Spider', 'TA577', 'LockBit', 'Conti', 'Black Basta', 'Kimsuky', 'APT29', 'Sandworm']
CVES = ['CVE-2023-23397', 'CVE-2024-21413', 'CVE-2023-4966', 'CVE-2024-3400', 'CVE-2023-34362', 'CVE-2021-40444', 'CVE-2022-30190', 'CVE-2024-1709', 'CVE-2023-22515', 'CVE-2025-0282']
TLDS = ['top', 'xyz', 'online', 'shop', 'site', 'info', 'ru', 'su', 'live', 'icu', 'click', 'cfd', 'sbs', 'net', 'com']

# ---------------------------------------------------------------- languages
def ph(r, opts):
    f = r.choice(opts)
    return re.sub('N', lambda m: r.choice('0123456789'), f)

L = {}

L['sv'] = dict(
    cc='SE', nid=nid_se, cur=lambda r: '%s kr' % '{:,}'.format(r.randint(3, 400) * 500).replace(',', ' '),
    mf=['Erik', 'Lars', 'Anders', 'Johan', 'Mikael', 'Karl', 'Oskar', 'Nils', 'Gustav', 'Björn', 'Per', 'Henrik'],
    ff=['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Elin', 'Ingrid', 'Linnéa', 'Astrid', 'Sofia', 'Malin', 'Märta'],
    sn=[(x, x, x, x) for x in ['Lindqvist', 'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Bergström', 'Lundgren', 'Sjöberg', 'Åkesson', 'Holmberg', 'Wallin']],
    streets=['Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Hantverkargatan', 'Götgatan', 'Sveavägen', 'Järnvägsgatan', 'Skolgatan', 'Björkvägen', 'Tallstigen'],
    addr=lambda r, st: '%s %d%s' % (st, r.randint(1, 120), r.choice(['', '', ' A', 'B', ', lgh 1102'])),
    cities=['114 51 Stockholm', '411 05 Göteborg', '211 22 Malmö', '753 20 Uppsala', '582 24 Linköping', '903 26 Umeå', '702 11 Örebro'],
    phone=lambda r: ph(r, ['07N-NNN NN NN', '+46 7N NNN NN NN', '07NNNNNNNN', '08-NNN NNN NN', '+467NNNNNNNN', '031-NN NN NN']),
    dob=lambda r, d: r.choice([d.strftime('%Y-%m-%d'), '%d %s %d' % (d.day, ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'][d.month - 1], d.year)]),
    date=lambda d: d.strftime('%Y-%m-%d'),
    banks=['Swedbank', 'Handelsbanken', 'SEB', 'Nordea', 'Länsförsäkringar'],
    mail=['gmail.com', 'hotmail.se', 'telia.com', 'outlook.com', 'live.se', 'bredband.net'],
    lure=['bankid-verifiering', 'postnord-leverans', 'skatteverket-aterbetalning', 'swish-sakerhet', 'kivra-inloggning'],
    pw=['Sommar', 'Hemligt', 'Kanelbulle', 'Midsommar', 'Vinter', 'Solros'],
    case=lambda r: r.choice(['K%d-26' % r.randint(100000, 999999), '5000-K%d-26' % r.randint(10000, 999999), 'Ärende %d-26' % r.randint(1000, 99999)]),
    T=dict(
        title=['Brottsanmälan – bedrägeri', 'ANMÄLAN: Bedrägeri via internet', 'Polisanmälan, datorrelaterat bedrägeri'],
        intro3=['{NAME}, född {DOB}, personnummer {NID}, boende på {ADDR}, {CITY}, kom den {DATE} till polisstationen och ville anmäla ett bedrägeri.',
                'Målsägande är {NAME} ({NID}), folkbokförd på {ADDR} i {CITY}. {G:Han|Hon} uppger följande.',
                'Anmälare: {NAME}, pnr {NID}. Adress {ADDR}, {CITY}.'],
        intro1=['Jag heter {NAME}, är född {DOB} och bor på {ADDR} i {CITY}.', 'Undertecknad, {NAME} (personnummer {NID}), bosatt {ADDR}, {CITY}, vill härmed lämna följande berättelse.'],
        contact=['{SURN} nås på telefon {PHONE} eller via e-post {EMAIL}.', 'Kontaktuppgifter till målsäganden: tel {PHONE}, mejl {EMAIL}.'],
        phish=['Den {DATE} fick {SURN} ett sms som såg ut att komma från {BANK} med en länk till {URL}. {G:Han|Hon} loggade in där med användarnamnet {USER} och lösenordet {PW}.',
               'Ett mejl från {SENDER} (domänen kontrolleras av bedragarna) innehöll länken {URL}. På sidan angav {SURN} sitt användarnamn {USER} samt lösenord {PW}.'],
        vish=['Samma dag ringde en man som sa att han arbetade på {BANK}s bedrägeriavdelning och bad {G:honom|henne} att legitimera sig med BankID "för att stoppa ett misstänkt köp".',
              'En kvinna som utgav sig för att vara från {BANK} ringde och påstod att kontot var hackat.'],
        loss=['Kort därefter överfördes {AMT} till konto {IBAN}, som enligt banken tillhör en penningmålvakt.', 'Pengarna, totalt {AMT}, hamnade på kontot {IBAN}.'],
        card=['Dessutom belastades kortet {CARD} med flera köp hos en utländsk webbutik.', 'Bankkortet {CARD} användes för köp som {SURN} inte känner till.'],
        crypto=['{G:Han|Hon} övertalades att "investera" i kryptovaluta och skickade bitcoin till plånboken {WALLET}.'],
        mal=['Vid undersökning av datorn (IP-adress {VIP}) konstaterades kontakt med C2-servern {C2IP} och domänen {C2DOM}. Den skadliga filen har SHA256 {HASH} och identifierades som {MAL}.',
             'Loggar visar att {VIP} (målsägandens hemrouter) kommunicerade med {C2IP} på port 443. Filen {MD5} (MD5) bedöms vara {MAL}.'],
        witness=['Vittnet {W} var närvarande när samtalet kom och bekräftar uppgifterna.', 'Grannen {W} har hört samtalet.'],
        close=['Förhöret hölls av {OFF}. Diarienummer {CASE}.', 'Uppgifterna har tagits upp av inspektör {OFF}, ärende {CASE}.'],
        p1=['Den {DATE} fick jag ett sms från "{BANK}" med en länk, {URL}. Jag loggade in med mitt användarnamn {USER} och mitt lösenord {PW}. Sedan försvann {AMT} från mitt konto till {IBAN}.',
            'Jag blev uppringd av någon som sa att han var från {BANK}. Han fick mig att godkänna flera betalningar med BankID. Totalt {AMT} gick till konto {IBAN}. Mitt kort {CARD} spärrades efteråt.'],
        bank=['Kunden {NAME} (pnr {NID}) kontaktade kundtjänst {DATE} och bestred flera transaktioner från sitt konto {VIBAN}.', 'Bedrägerinotering: kund {NAME}, född {DOB}, tel. {PHONE}. Kunden har blivit utsatt för telefonbedrägeri.'],
        cert=['Incidentrapport {CASE}: en anställd på {ORG}, {NAME} (användare {USER}), öppnade en bifogad fil. Arbetsstationen med IP {VIP} kontaktade därefter {C2DOM} ({C2IP}).', 'Sammanfattning: kompromettering av kontot {USER} tillhörande {NAME}. Inloggning skedde från {C2IP}; användarens egen adress är {VIP}.'],
        greet=['Hej,', 'Hej {OFF},', 'God morgon!', 'Hejsan,'],
        sign=['Med vänliga hälsningar', 'Vänliga hälsningar', 'Mvh', 'Hälsningar'],
        mailbody=['Jag vill anmäla att jag blivit lurad på nätet.', 'Jag skriver angående ett misstänkt bedrägeri.'],
        chat=['{V}: hej, jag fick precis ett sms från {BANK} och klickade på länken {URL}', '{A}: Hej! Angav du några uppgifter där?', '{V}: ja, användarnamn {USER} och lösen {PW} :(', '{A}: Ok, vi spärrar kontot. Vilket nummer når vi dig på?', '{V}: {PHONE}'],
        lab=dict(name='Namn', dob='Födelsedatum', nid='Personnummer', addr='Adress', phone='Telefon', email='E-post', iban='Mottagarkonto', card='Kortnummer', ip='IP-adress', user='Användarnamn', pw='Lösenord', case='Diarienummer', date='Datum', desc='Händelse', amt='Belopp', c2='C2-server'),
    ))

L['da'] = dict(
    cc='DK', nid=nid_dk, cur=lambda r: '{:,}'.format(r.randint(3, 400) * 500).replace(',', '.') + r.choice([' kr.', ' kr', ' DKK']),
    mf=['Mads', 'Søren', 'Jens', 'Rasmus', 'Mikkel', 'Frederik', 'Henrik', 'Lars', 'Niels', 'Anders', 'Jesper'],
    ff=['Mette', 'Hanne', 'Sofie', 'Camilla', 'Pernille', 'Louise', 'Line', 'Ida', 'Kirsten', 'Signe', 'Maja'],
    sn=[(x, x, x, x) for x in ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Rasmussen', 'Sørensen', 'Jørgensen', 'Mortensen', 'Kjærgaard', 'Østergaard']],
    streets=['Vesterbrogade', 'Nørrebrogade', 'Østerbrogade', 'Amagerbrogade', 'Jagtvej', 'Søndergade', 'Algade', 'Møllevej', 'Skovvej', 'Strandvejen'],
    addr=lambda r, st: '%s %d%s' % (st, r.randint(1, 200), r.choice(['', ', 3. tv', ', 2. th', ', st.', 'B, 1. mf'])),
    cities=['1620 København V', '2200 København N', '8000 Aarhus C', '5000 Odense C', '9000 Aalborg', '6700 Esbjerg', '4000 Roskilde'],
    phone=lambda r: ph(r, ['NN NN NN NN', '+45 NN NN NN NN', '+45NNNNNNNN', 'NNNNNNNN', '(+45) NNNN NNNN']).replace('+45 0', '+45 2'),
    dob=lambda r, d: r.choice([d.strftime('%d.%m.%Y'), d.strftime('%d-%m-%Y'), '%d. %s %d' % (d.day, ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'][d.month - 1], d.year)]),
    date=lambda d: d.strftime('%d.%m.%Y'),
    banks=['Danske Bank', 'Nordea', 'Jyske Bank', 'Sydbank', 'Arbejdernes Landsbank'],
    mail=['gmail.com', 'hotmail.dk', 'mail.dk', 'outlook.dk', 'live.dk', 'jubii.dk'],
    lure=['mitid-bekraeft', 'postnord-pakke', 'skat-refusion', 'nets-sikkerhed', 'e-boks-login'],
    pw=['Sommer', 'Hygge', 'Rugbrød', 'Kaffe', 'Vinter', 'Fodbold'],
    case=lambda r: r.choice(['%04d-%05d-%05d-26' % (r.randint(100, 4000), r.randint(1, 99999), r.randint(1, 99999)), 'journalnr. %04d-%05d-26' % (r.randint(100, 4000), r.randint(1, 99999))]),
    T=dict(
        title=['Anmeldelse – bedrageri', 'POLITIANMELDELSE: IT-relateret bedrageri', 'Anmeldelse af svindel'],
        intro3=['{NAME}, født {DOB}, cpr-nr. {NID}, bosiddende {ADDR}, {CITY}, henvendte sig den {DATE} og ønskede at anmelde bedrageri.',
                'Forurettede: {NAME} (cpr {NID}), {ADDR}, {CITY}. Anmelder forklarede følgende.'],
        intro1=['Mit navn er {NAME}, jeg er født {DOB} og bor på {ADDR} i {CITY}.', 'Jeg, {NAME}, cpr-nummer {NID}, {ADDR}, {CITY}, vil hermed anmelde følgende.'],
        contact=['{SURN} kan kontaktes på tlf. {PHONE} eller mail {EMAIL}.', 'Anmelders kontaktoplysninger: {PHONE} / {EMAIL}.'],
        phish=['Den {DATE} modtog {SURN} en sms, der så ud til at komme fra {BANK}, med et link til {URL}. {G:Han|Hun} loggede ind med brugernavn {USER} og adgangskode {PW}.',
               'En mail fra {SENDER} – et domæne, som gerningsmændene står bag – indeholdt linket {URL}, hvor {SURN} indtastede brugernavnet {USER} og koden {PW}.'],
        vish=['Kort efter blev {G:han|hun} ringet op af en mand, der påstod at være fra {BANK}s afdeling for svindel, og som bad {G:ham|hende} godkende med MitID.', 'En kvinde, der udgav sig for at ringe fra {BANK}, sagde at kontoen var kompromitteret.'],
        loss=['Herefter blev {AMT} overført til kontoen {IBAN}, som tilhører et såkaldt pengemuldyr.', 'I alt {AMT} gik til konto {IBAN}.'],
        card=['Desuden blev betalingskortet {CARD} brugt til flere køb i en udenlandsk webshop.', 'Kortet {CARD} er efterfølgende spærret.'],
        crypto=['{G:Han|Hun} blev lokket til at "investere" i kryptovaluta og sendte bitcoin til wallet {WALLET}.'],
        mal=['Undersøgelse af computeren (IP {VIP}) viste forbindelse til C2-serveren {C2IP} og domænet {C2DOM}. Filen har SHA256 {HASH} og er identificeret som {MAL}.', 'Routerens adresse {VIP} kommunikerede med {C2IP}:443. MD5 {MD5} – {MAL}.'],
        witness=['Vidnet {W} overhørte samtalen.', 'Samleveren {W} bekræfter forklaringen.'],
        close=['Afhøringen blev foretaget af {OFF}. Journalnummer {CASE}.', 'Optaget af politiassistent {OFF}, sag {CASE}.'],
        p1=['Den {DATE} fik jeg en sms fra "{BANK}" med et link: {URL}. Jeg loggede ind med mit brugernavn {USER} og kode {PW}. Bagefter var der overført {AMT} til konto {IBAN}.', 'Jeg blev ringet op af en, der sagde han var fra {BANK}. Jeg godkendte flere betalinger med MitID, i alt {AMT} til {IBAN}. Mit kort {CARD} er nu spærret.'],
        bank=['Kunden {NAME} (cpr {NID}) kontaktede kundeservice {DATE} og gjorde indsigelse mod flere posteringer på kontoen {VIBAN}.', 'Svindelnotat: kunde {NAME}, født {DOB}, tlf. {PHONE}. Kunden har været udsat for telefonsvindel.'],
        cert=['Hændelsesrapport {CASE}: en medarbejder hos {ORG}, {NAME} (bruger {USER}), åbnede en vedhæftet fil. Arbejdsstationen {VIP} kontaktede derefter {C2DOM} ({C2IP}).', 'Resumé: kontoen {USER} tilhørende {NAME} er kompromitteret. Login fra {C2IP}; brugerens egen IP er {VIP}.'],
        greet=['Hej,', 'Kære {OFF},', 'Goddag,', 'Hej med dig,'],
        sign=['Med venlig hilsen', 'Venlig hilsen', 'Mvh.', 'Hilsen'],
        mailbody=['Jeg vil gerne anmelde, at jeg er blevet snydt på nettet.', 'Jeg skriver angående et muligt bedrageri.'],
        chat=['{V}: hej, jeg har lige fået en sms fra {BANK} og trykket på linket {URL}', '{A}: Hej. Har du indtastet noget?', '{V}: ja brugernavn {USER} og koden {PW}', '{A}: Vi spærrer adgangen nu. Hvilket nummer kan vi ringe på?', '{V}: {PHONE}'],
        lab=dict(name='Navn', dob='Fødselsdato', nid='CPR-nr.', addr='Adresse', phone='Telefon', email='E-mail', iban='Modtagerkonto', card='Kortnummer', ip='IP-adresse', user='Brugernavn', pw='Adgangskode', case='Journalnr.', date='Dato', desc='Hændelsesforløb', amt='Beløb', c2='C2-server'),
    ))

L['no'] = dict(
    cc='NO', nid=nid_no, cur=lambda r: '%s kr' % '{:,}'.format(r.randint(3, 400) * 500).replace(',', ' '),
    mf=['Ole', 'Lars', 'Jon', 'Kjetil', 'Magnus', 'Eirik', 'Håkon', 'Sindre', 'Torbjørn', 'Andreas', 'Espen'],
    ff=['Ingrid', 'Kari', 'Silje', 'Hanne', 'Marit', 'Ingvild', 'Solveig', 'Ragnhild', 'Nora', 'Tone', 'Åse'],
    sn=[(x, x, x, x) for x in ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Haugen', 'Bakken', 'Solberg', 'Løvås', 'Strømme']],
    streets=['Karl Johans gate', 'Storgata', 'Kirkegata', 'Bogstadveien', 'Thorvald Meyers gate', 'Kongens gate', 'Dronningens gate', 'Skolegata', 'Granveien', 'Trondheimsveien'],
    addr=lambda r, st: '%s %d%s' % (st, r.randint(1, 150), r.choice(['', '', ' B', 'A', ', leil. H0201'])),
    cities=['0154 Oslo', '0562 Oslo', '5003 Bergen', '7011 Trondheim', '4006 Stavanger', '9008 Tromsø', '3015 Drammen'],
    phone=lambda r: ph(r, ['9NN NN NNN', '4NN NN NNN', '+47 9NN NN NNN', '+47 4NNNNNNN', '9NNNNNNN', '22 NN NN NN']),
    dob=lambda r, d: r.choice([d.strftime('%d.%m.%Y'), '%d. %s %d' % (d.day, ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'][d.month - 1], d.year)]),
    date=lambda d: d.strftime('%d.%m.%Y'),
    banks=['DNB', 'SpareBank 1', 'Nordea', 'Handelsbanken', 'Sbanken'],
    mail=['gmail.com', 'online.no', 'hotmail.com', 'outlook.com', 'live.no', 'icloud.com'],
    lure=['bankid-bekreft', 'posten-sporing', 'skatteetaten-refusjon', 'vipps-sikkerhet', 'digipost-login'],
    pw=['Sommer', 'Fjellet', 'Brunost', 'Vinter', 'Hytta', 'Nordlys'],
    case=lambda r: r.choice(['anmeldelsesnr. %d' % r.randint(14000000, 16999999), 'Sak %d' % r.randint(14000000, 16999999)]),
    T=dict(
        title=['Anmeldelse – bedrageri', 'ANMELDELSE: Datakriminalitet / bedrageri', 'Politianmeldelse'],
        intro3=['{NAME}, født {DOB}, fødselsnummer {NID}, bosatt i {ADDR}, {CITY}, møtte {DATE} på politistasjonen og anmeldte bedrageri.', 'Fornærmede: {NAME} (f.nr. {NID}), adresse {ADDR}, {CITY}. Fornærmede forklarer:'],
        intro1=['Jeg heter {NAME}, er født {DOB} og bor i {ADDR} i {CITY}.', 'Undertegnede {NAME}, fødselsnummer {NID}, {ADDR}, {CITY}, ønsker å anmelde følgende forhold.'],
        contact=['{SURN} kan nås på telefon {PHONE} eller e-post {EMAIL}.', 'Kontaktinfo fornærmede: {PHONE}, {EMAIL}.'],
        phish=['{DATE} mottok {SURN} en SMS som så ut til å være fra {BANK}, med lenke til {URL}. {G:Han|Hun} logget inn med brukernavnet {USER} og passordet {PW}.', 'E-posten kom fra {SENDER} (et domene gjerningspersonene kontrollerer) og lenket til {URL}. Der oppga {SURN} brukernavn {USER} og passord {PW}.'],
        vish=['Samme dag ringte en mann som sa han jobbet i {BANK}s svindelavdeling, og ba {G:ham|henne} bekrefte med BankID.', 'En kvinne som utga seg for å være fra {BANK} ringte og sa at kontoen var hacket.'],
        loss=['Deretter ble {AMT} overført til konto {IBAN}, som ifølge banken tilhører et pengemuldyr.', 'Totalt {AMT} havnet på kontoen {IBAN}.'],
        card=['Bankkortet {CARD} ble i tillegg belastet med flere kjøp i en utenlandsk nettbutikk.', 'Kortet {CARD} ble brukt uten samtykke.'],
        crypto=['{G:Han|Hun} ble overtalt til å "investere" i kryptovaluta og sendte bitcoin til lommeboken {WALLET}.'],
        mal=['Undersøkelse av PC-en (IP {VIP}) viste kontakt med C2-serveren {C2IP} og domenet {C2DOM}. Filen har SHA256 {HASH} og er identifisert som {MAL}.', 'Hjemmeruteren {VIP} kommuniserte med {C2IP} på port 443. MD5 {MD5} ({MAL}).'],
        witness=['Vitnet {W} hørte samtalen.', 'Samboeren {W} bekrefter forklaringen.'],
        close=['Avhør foretatt av {OFF}. Saksnummer {CASE}.', 'Tatt opp av politibetjent {OFF}, {CASE}.'],
        p1=['{DATE} fikk jeg en SMS fra "{BANK}" med en lenke, {URL}. Jeg logget inn med brukernavn {USER} og passord {PW}. Etterpå var {AMT} overført til konto {IBAN}.', 'Jeg ble oppringt av en som sa han var fra {BANK}. Jeg godkjente flere betalinger med BankID, til sammen {AMT} til {IBAN}. Kortet mitt {CARD} er sperret.'],
        bank=['Kunden {NAME} (f.nr. {NID}) kontaktet kundeservice {DATE} og bestred flere transaksjoner fra kontoen {VIBAN}.', 'Svindelnotat: kunde {NAME}, født {DOB}, tlf. {PHONE}. Kunden er utsatt for telefonsvindel.'],
        cert=['Hendelsesrapport {CASE}: en ansatt i {ORG}, {NAME} (bruker {USER}), åpnet et vedlegg. Arbeidsstasjonen {VIP} kontaktet deretter {C2DOM} ({C2IP}).', 'Sammendrag: kontoen {USER} som tilhører {NAME} er kompromittert. Innlogging fra {C2IP}; brukerens egen IP er {VIP}.'],
        greet=['Hei,', 'Hei {OFF},', 'God dag,', 'Hallo,'],
        sign=['Med vennlig hilsen', 'Vennlig hilsen', 'Mvh', 'Hilsen'],
        mailbody=['Jeg vil anmelde at jeg er blitt svindlet på nett.', 'Jeg skriver angående et mulig bedrageri.'],
        chat=['{V}: hei, fikk nettopp sms fra {BANK} og trykket på {URL}', '{A}: Hei! Skrev du inn noe der?', '{V}: ja, brukernavn {USER} og passord {PW}', '{A}: Vi sperrer tilgangen. Hvilket nummer når vi deg på?', '{V}: {PHONE}'],
        lab=dict(name='Navn', dob='Fødselsdato', nid='Fødselsnummer', addr='Adresse', phone='Telefon', email='E-post', iban='Mottakerkonto', card='Kortnummer', ip='IP-adresse', user='Brukernavn', pw='Passord', case='Saksnr.', date='Dato', desc='Hendelse', amt='Beløp', c2='C2-server'),
    ))

L['fi'] = dict(
    cc='FI', nid=nid_fi, cur=lambda r: '%s €' % '{:,}'.format(r.randint(2, 300) * 50).replace(',', ' '),
    mf=['Mikko', 'Juha', 'Timo', 'Jari', 'Antti', 'Janne', 'Matti', 'Ville', 'Tuomas', 'Pekka', 'Lauri'],
    ff=['Anna', 'Tiina', 'Päivi', 'Sari', 'Johanna', 'Laura', 'Minna', 'Satu', 'Aino', 'Heidi', 'Riikka'],
    sn=[(a, b, a, b) for a, b in [('Virtanen', 'Virtasen'), ('Korhonen', 'Korhosen'), ('Mäkinen', 'Mäkisen'), ('Nieminen', 'Niemisen'), ('Mäkelä', 'Mäkelän'), ('Hämäläinen', 'Hämäläisen'), ('Laine', 'Laineen'), ('Heikkinen', 'Heikkisen'), ('Koskinen', 'Koskisen'), ('Järvinen', 'Järvisen'), ('Lehtonen', 'Lehtosen'), ('Saarinen', 'Saarisen')]],
    streets=['Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu', 'Koulukatu', 'Rantatie', 'Satakunnankatu', 'Puistokatu', 'Kirkkokatu', 'Pohjoisesplanadi'],
    addr=lambda r, st: '%s %d%s' % (st, r.randint(1, 90), r.choice(['', ' B 7', ' A 12', ' C 31', ' as. 4'])),
    cities=['00100 Helsinki', '00260 Helsinki', '33100 Tampere', '20100 Turku', '90100 Oulu', '40100 Jyväskylä', '02100 Espoo'],
    phone=lambda r: ph(r, ['040 NNN NNNN', '050 NNN NNNN', '+358 40 NNN NNNN', '+358 50 NNNNNNN', '045-NNN NNNN', '044 NNNNNNN', '09 NNNN NNNN']),
    dob=lambda r, d: r.choice(['%d.%d.%d' % (d.day, d.month, d.year), d.strftime('%d.%m.%Y')]),
    date=lambda d: '%d.%d.%d' % (d.day, d.month, d.year),
    banks=['OP', 'Nordea', 'Danske Bank', 'S-Pankki', 'Aktia'],
    mail=['gmail.com', 'hotmail.com', 'luukku.com', 'outlook.com', 'elisanet.fi', 'kolumbus.fi'],
    lure=['posti-seuranta', 'omavero-palautus', 'op-tunnistus', 'traficom-maksu', 'kela-etuus'],
    pw=['Kesä', 'Salasana', 'Sauna', 'Talvi', 'Mökki', 'Revontuli'],
    case=lambda r: r.choice(['%d/R/%d/26' % (r.randint(1000, 9999), r.randint(10000, 99999)), 'ilmoitus %d/R/%d/26' % (r.randint(1000, 9999), r.randint(10000, 99999))]),
    T=dict(
        title=['Rikosilmoitus – petos', 'RIKOSILMOITUS: tietoverkkopetos', 'Ilmoitus petoksesta'],
        intro3=['{NAME}, syntynyt {DOB}, henkilötunnus {NID}, osoite {ADDR}, {CITY}, saapui poliisiasemalle {DATE} ilmoittamaan petoksesta.', 'Asianomistaja: {NAME} (hetu {NID}), {ADDR}, {CITY}. {SURO} kertomuksen mukaan tapahtui seuraavaa.'],
        intro1=['Nimeni on {NAME}, olen syntynyt {DOB} ja asun osoitteessa {ADDR}, {CITY}.', 'Minä, {NAME}, henkilötunnus {NID}, {ADDR}, {CITY}, ilmoitan seuraavaa.'],
        contact=['{SURO} puhelinnumero on {PHONE} ja sähköposti {EMAIL}.', 'Yhteystiedot: puh. {PHONE}, sähköposti {EMAIL}.'],
        phish=['{DATE} {SURN} sai tekstiviestin, joka näytti tulevan {BANK}:lta, ja siinä oli linkki {URL}. Sivulla hän kirjautui käyttäjätunnuksella {USER} ja salasanalla {PW}.', 'Sähköposti tuli osoitteesta {SENDER} (rikollisten hallitsema verkkotunnus) ja sisälsi linkin {URL}. {SURN} syötti sivulle tunnuksen {USER} ja salasanan {PW}.'],
        vish=['Samana päivänä soitti mies, joka esittäytyi {BANK}:n turvallisuusosaston työntekijäksi ja pyysi vahvistamaan tunnistautumisen.', 'Soittaja väitti olevansa pankista ja kertoi, että tili oli hakkeroitu.'],
        loss=['Pian tämän jälkeen tililtä siirrettiin {AMT} tilille {IBAN}, jonka pankin mukaan omistaa ns. rahamuuli.', 'Rahat, yhteensä {AMT}, päätyivät tilille {IBAN}.'],
        card=['Lisäksi korttia {CARD} veloitettiin useista ostoista ulkomaisessa verkkokaupassa.', 'Pankkikorttia {CARD} käytettiin luvatta.'],
        crypto=['Hänet houkuteltiin "sijoittamaan" kryptovaluuttaan, ja hän lähetti bitcoineja lompakkoon {WALLET}.'],
        mal=['Tietokoneen (IP-osoite {VIP}) tutkinnassa havaittiin yhteys C2-palvelimeen {C2IP} ja verkkotunnukseen {C2DOM}. Haittatiedoston SHA256 on {HASH} ja se tunnistettiin {MAL}-haittaohjelmaksi.', 'Lokien mukaan {VIP} (asianomistajan kotireititin) oli yhteydessä osoitteeseen {C2IP} portissa 443. MD5 {MD5}, {MAL}.'],
        witness=['Todistaja {W} oli paikalla puhelun aikana.', 'Puoliso {W} vahvistaa kertomuksen.'],
        close=['Kuulustelijana toimi {OFF}. Ilmoitusnumero {CASE}.', 'Kirjannut: rikoskonstaapeli {OFF}, {CASE}.'],
        p1=['{DATE} sain tekstiviestin "{BANK}":lta, jossa oli linkki {URL}. Kirjauduin tunnuksella {USER} ja salasanalla {PW}. Sen jälkeen tililtäni oli siirretty {AMT} tilille {IBAN}.', 'Minulle soitti joku, joka sanoi olevansa {BANK}:sta. Hyväksyin useita maksuja, yhteensä {AMT} tilille {IBAN}. Korttini {CARD} on nyt suljettu.'],
        bank=['Asiakas {NAME} (hetu {NID}) otti yhteyttä asiakaspalveluun {DATE} ja kiisti useita tapahtumia tililtään {VIBAN}.', 'Petosmerkintä: asiakas {NAME}, s. {DOB}, puh. {PHONE}. Asiakas on joutunut puhelinhuijauksen kohteeksi.'],
        cert=['Häiriöilmoitus {CASE}: {ORG}:n työntekijä {NAME} (käyttäjä {USER}) avasi liitetiedoston. Työasema {VIP} otti sen jälkeen yhteyden osoitteeseen {C2DOM} ({C2IP}).', 'Yhteenveto: {SURO} tili {USER} on kaapattu. Kirjautuminen tapahtui osoitteesta {C2IP}; käyttäjän oma IP on {VIP}.'],
        greet=['Hei,', 'Hei {OFF},', 'Hyvää päivää,', 'Moi,'],
        sign=['Ystävällisin terveisin', 'Terveisin', 'Yst. terv.', 't.'],
        mailbody=['Haluan ilmoittaa, että minua on huijattu verkossa.', 'Kirjoitan epäillystä petoksesta.'],
        chat=['{V}: moi, sain just tekstarin {BANK}:lta ja klikkasin linkkiä {URL}', '{A}: Hei! Syötitkö sinne jotain tietoja?', '{V}: joo, tunnuksen {USER} ja salasanan {PW}', '{A}: Suljemme tunnukset. Mihin numeroon voimme soittaa?', '{V}: {PHONE}'],
        lab=dict(name='Nimi', dob='Syntymäaika', nid='Henkilötunnus', addr='Osoite', phone='Puhelin', email='Sähköposti', iban='Saajan tili', card='Kortin numero', ip='IP-osoite', user='Käyttäjätunnus', pw='Salasana', case='Ilmoitusnumero', date='Päivämäärä', desc='Tapahtumakuvaus', amt='Summa', c2='C2-palvelin'),
    ))

L['cs'] = dict(
    cc='CZ', nid=nid_cz, cur=lambda r: '%s Kč' % '{:,}'.format(r.randint(5, 500) * 500).replace(',', ' '),
    mf=['Jan', 'Petr', 'Tomáš', 'Jiří', 'Martin', 'Pavel', 'Lukáš', 'Jakub', 'Ondřej', 'Miroslav', 'Zdeněk'],
    ff=['Jana', 'Eva', 'Hana', 'Lenka', 'Kateřina', 'Petra', 'Lucie', 'Markéta', 'Veronika', 'Zuzana', 'Tereza'],
    sn=[('Novák', 'Novákovi', 'Nováková', 'Novákové'), ('Svoboda', 'Svobodovi', 'Svobodová', 'Svobodové'), ('Dvořák', 'Dvořákovi', 'Dvořáková', 'Dvořákové'), ('Černý', 'Černému', 'Černá', 'Černé'), ('Procházka', 'Procházkovi', 'Procházková', 'Procházkové'), ('Kučera', 'Kučerovi', 'Kučerová', 'Kučerové'), ('Veselý', 'Veselému', 'Veselá', 'Veselé'), ('Horák', 'Horákovi', 'Horáková', 'Horákové'), ('Němec', 'Němcovi', 'Němcová', 'Němcové'), ('Pokorný', 'Pokornému', 'Pokorná', 'Pokorné'), ('Marek', 'Markovi', 'Marková', 'Markové')],
    streets=['Na Příkopě', 'Vinohradská', 'Národní', 'Korunní', 'Masarykova', 'Husova', 'Palackého', 'Nádražní', 'Jiráskova', 'Sokolská', 'Lidická'],
    addr=lambda r, st: '%s %d%s' % (st, r.randint(1, 80), r.choice(['', '', '/%d' % r.randint(100, 2999)])),
    cities=['110 00 Praha 1', '130 00 Praha 3', '602 00 Brno', '702 00 Ostrava', '301 00 Plzeň', '779 00 Olomouc', '370 01 České Budějovice'],
    phone=lambda r: ph(r, ['60N NNN NNN', '+420 7NN NNN NNN', '+420 60NNNNNNN', '73N NNN NNN', '77NNNNNNN', '+420 222 NNN NNN']),
    dob=lambda r, d: r.choice(['%d. %d. %d' % (d.day, d.month, d.year), d.strftime('%d.%m.%Y'), '%d.%d.%d' % (d.day, d.month, d.year)]),
    date=lambda d: '%d. %d. %d' % (d.day, d.month, d.year),
    banks=['Česká spořitelna', 'ČSOB', 'Komerční banka', 'Raiffeisenbank', 'Air Bank', 'Fio banka'],
    mail=['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com', 'post.cz', 'volny.cz'],
    lure=['ceskaposta-zasilka', 'csas-overeni', 'kb-bezpecnost', 'zasilkovna-platba', 'portal-financnisprava'],
    pw=['Heslo', 'Praha', 'Kocicka', 'Leto', 'Zima', 'Slunicko'],
    case=lambda r: r.choice(['KRPA-%d-%d/TČ-2026-000%03d' % (r.randint(10000, 999999), r.randint(1, 30), r.randint(1, 999)), 'č. j. KRPB-%d/ČJ-2026-06%04d' % (r.randint(10000, 99999), r.randint(1, 9999))]),
    T=dict(
        title=['Trestní oznámení – podvod', 'ÚŘEDNÍ ZÁZNAM o podání vysvětlení', 'Oznámení o podezření ze spáchání trestného činu podvodu'],
        intro3=['Dne {DATE} se na obvodní oddělení dostavil{G:|a} {NAME}, nar. {DOB}, r. č. {NID}, bytem {ADDR}, {CITY}, a oznámil{G:|a} podvodné jednání.', 'Poškozen{G:ý|á}: {NAME} (RČ {NID}), trvale bytem {ADDR}, {CITY}. {G:Panu|Paní} {SURO} bylo sděleno poučení a uvádí následující.'],
        intro1=['Jmenuji se {NAME}, narodil{G:|a} jsem se {DOB} a bydlím na adrese {ADDR}, {CITY}.', 'Já, {NAME}, rodné číslo {NID}, bytem {ADDR}, {CITY}, podávám toto oznámení.'],
        contact=['{G:Panu|Paní} {SURO} lze volat na {PHONE}, e-mail {EMAIL}.', 'Kontakt na poškozen{G:ého|ou}: tel. {PHONE}, e-mail {EMAIL}.'],
        phish=['Dne {DATE} přišla {G:panu|paní} {SURO} SMS, která se tvářila jako zpráva od banky {BANK}, s odkazem {URL}. Na stránce zadal{G:|a} uživatelské jméno {USER} a heslo {PW}.', 'E-mail z adresy {SENDER} (doména je pod kontrolou pachatelů) obsahoval odkaz {URL}; poškozen{G:ý|á} tam vyplnil{G:|a} přihlašovací jméno {USER} a heslo {PW}.'],
        vish=['Týž den {G:mu|jí} volal muž, který se představil jako pracovník bezpečnostního oddělení banky {BANK}, a přiměl {G:ho|ji} potvrdit platby v aplikaci.', 'Volala žena vydávající se za zaměstnankyni banky {BANK} a tvrdila, že účet je napaden.'],
        loss=['Následně bylo z účtu odesláno {AMT} na účet {IBAN}, který podle banky patří tzv. bílému koni (money mule).', 'Peníze v celkové výši {AMT} skončily na účtu {IBAN}.'],
        card=['Platební karta {CARD} byla navíc zatížena několika nákupy v zahraničním e-shopu.', 'S kartou {CARD} bylo bez vědomí poškozen{G:ého|é} placeno.'],
        crypto=['Byl{G:|a} přemluven{G:|a} k „investici“ do kryptoměn a odeslal{G:|a} bitcoiny na peněženku {WALLET}.'],
        mal=['Při prověření počítače (IP adresa {VIP}) bylo zjištěno spojení s C2 serverem {C2IP} a doménou {C2DOM}. Škodlivý soubor má SHA256 {HASH}, jde o {MAL}.', 'Z logů vyplývá, že {VIP} (domácí router poškozen{G:ého|é}) komunikoval s {C2IP} na portu 443. MD5 {MD5} – {MAL}.'],
        witness=['{WG:Svědek|Svědkyně} {W} byl{WG:|a} u telefonátu přítom{WG:en|na}.', '{WG:Manžel|Manželka} {W} výpověď potvrzuje.'],
        close=['Záznam sepsal{OG:|a} {OFF}. Č. j. {CASE}.', 'Sepsal: prap. {OFF}, {CASE}.'],
        p1=['Dne {DATE} mi přišla SMS od „{BANK}“ s odkazem {URL}. Přihlásil{G:|a} jsem se jménem {USER} a heslem {PW}. Potom mi z účtu zmizelo {AMT}, odešlo na účet {IBAN}.', 'Volal mi člověk, že je z banky {BANK}. Potvrdil{G:|a} jsem několik plateb, celkem {AMT} na {IBAN}. Moje karta {CARD} je teď zablokovaná.'],
        bank=['Klient {NAME} (RČ {NID}) kontaktoval{G:|a} dne {DATE} klientskou linku a rozporoval{G:|a} několik transakcí z účtu {VIBAN}.', 'Poznámka k podvodu: klient {NAME}, nar. {DOB}, tel. {PHONE}. Klient byl obětí telefonického podvodu (vishing).'],
        cert=['Hlášení incidentu {CASE}: zaměstnan{G:ec|kyně} společnosti {ORG} {NAME} (účet {USER}) otevřel{G:|a} přílohu e-mailu. Stanice {VIP} poté kontaktovala {C2DOM} ({C2IP}).', 'Shrnutí: kompromitace účtu {USER} ({NAME}). Přihlášení proběhlo z {C2IP}; vlastní IP uživatele je {VIP}.'],
        greet=['Dobrý den,', 'Dobrý den, {OG:pane|paní} {OFF},', 'Zdravím,', 'Vážení,'],
        sign=['S pozdravem', 'S pozdravem a díky', 'Děkuji, s pozdravem', 'S úctou'],
        mailbody=['chtěl{G:|a} bych nahlásit, že jsem se stal{G:|a} obětí podvodu na internetu.', 'píši ohledně podezřelé transakce.'],
        chat=['{V}: dobrý den, přišla mi sms od banky {BANK} a klikl{G:|a} jsem na {URL}', '{A}: Dobrý den, zadával{G:|a} jste tam nějaké údaje?', '{V}: jo, jméno {USER} a heslo {PW}', '{A}: Rozumím, účet blokujeme. Na jakém čísle vás zastihneme?', '{V}: {PHONE}'],
        lab=dict(name='Jméno a příjmení', dob='Datum narození', nid='Rodné číslo', addr='Bydliště', phone='Telefon', email='E-mail', iban='Účet příjemce', card='Číslo karty', ip='IP adresa', user='Uživatelské jméno', pw='Heslo', case='Č. j.', date='Datum', desc='Popis události', amt='Částka', c2='C2 server'),
    ))

L['sk'] = dict(
    cc='SK', nid=nid_cz, cur=lambda r: '%s €' % '{:,}'.format(r.randint(2, 300) * 50).replace(',', ' '),
    mf=['Peter', 'Martin', 'Ján', 'Michal', 'Tomáš', 'Marek', 'Jozef', 'Lukáš', 'Milan', 'Juraj', 'Ľubomír'],
    ff=['Mária', 'Jana', 'Zuzana', 'Katarína', 'Lucia', 'Martina', 'Monika', 'Ivana', 'Eva', 'Andrea', 'Ľudmila'],
    sn=[('Horváth', 'Horváthovi', 'Horváthová', 'Horváthovej'), ('Kováč', 'Kováčovi', 'Kováčová', 'Kováčovej'), ('Varga', 'Vargovi', 'Vargová', 'Vargovej'), ('Tóth', 'Tóthovi', 'Tóthová', 'Tóthovej'), ('Baláž', 'Balážovi', 'Balážová', 'Balážovej'), ('Molnár', 'Molnárovi', 'Molnárová', 'Molnárovej'), ('Lukáč', 'Lukáčovi', 'Lukáčová', 'Lukáčovej'), ('Kráľ', 'Kráľovi', 'Kráľová', 'Kráľovej'), ('Šimko', 'Šimkovi', 'Šimková', 'Šimkovej'), ('Polák', 'Polákovi', 'Poláková', 'Polákovej'), ('Hudák', 'Hudákovi', 'Hudáková', 'Hudákovej')],
    streets=['Obchodná', 'Štúrova', 'Hlavná', 'Mlynská', 'Hviezdoslavovo námestie', 'Záhradnícka', 'Nám. SNP', 'Kpt. Nálepku', 'Hurbanova', 'Dlhá'],
    addr=lambda r, st: '%s %d%s' % (st, r.randint(1, 120), r.choice(['', '', '/%d' % r.randint(2, 40)])),
    cities=['811 06 Bratislava', '821 08 Bratislava', '040 01 Košice', '080 01 Prešov', '010 01 Žilina', '974 01 Banská Bystrica', '949 01 Nitra'],
    phone=lambda r: ph(r, ['09NN NNN NNN', '+421 9NN NNN NNN', '+4219NNNNNNNN', '0905/NNN NNN', '02/NNNN NNNN']),
    dob=lambda r, d: r.choice(['%d. %d. %d' % (d.day, d.month, d.year), d.strftime('%d.%m.%Y')]),
    date=lambda d: '%d. %d. %d' % (d.day, d.month, d.year),
    banks=['Slovenská sporiteľňa', 'VÚB banka', 'Tatra banka', 'ČSOB', 'Prima banka'],
    mail=['azet.sk', 'gmail.com', 'centrum.sk', 'zoznam.sk', 'post.sk', 'pobox.sk'],
    lure=['posta-zasielka', 'slsp-overenie', 'tatrabanka-bezpecnost', 'financnasprava-vratka', 'packeta-platba'],
    pw=['Heslo', 'Tatry', 'Leto', 'Zima', 'Macka', 'Slnko'],
    case=lambda r: r.choice(['ČVS: ORP-%d/BA-B-2026' % r.randint(100, 9999), 'ČVS: KRP-%d/1-VYS-KE-2026' % r.randint(10, 999)]),
    T=dict(
        title=['Trestné oznámenie – podvod', 'ZÁPISNICA o podaní vysvetlenia', 'Oznámenie o skutočnostiach nasvedčujúcich spáchaniu trestného činu'],
        intro3=['Dňa {DATE} sa na obvodné oddelenie PZ dostavil{G:|a} {NAME}, nar. {DOB}, r. č. {NID}, bytom {ADDR}, {CITY}, a oznámil{G:|a} podvod.', 'Poškoden{G:ý|á}: {NAME} (RČ {NID}), trvale bytom {ADDR}, {CITY}. {G:Pánovi|Pani} {SURO} bolo dané poučenie; uvádza nasledovné.'],
        intro1=['Volám sa {NAME}, narodil{G:|a} som sa {DOB} a bývam na adrese {ADDR}, {CITY}.', 'Ja, {NAME}, rodné číslo {NID}, bytom {ADDR}, {CITY}, podávam toto oznámenie.'],
        contact=['{G:Pánovi|Pani} {SURO} možno volať na {PHONE}, e-mail {EMAIL}.', 'Kontakt: tel. {PHONE}, e-mail {EMAIL}.'],
        phish=['Dňa {DATE} prišla {G:pánovi|pani} {SURO} SMS, ktorá vyzerala ako správa od banky {BANK}, s odkazom {URL}. Na stránke zadal{G:|a} meno {USER} a heslo {PW}.', 'E-mail z adresy {SENDER} (doménu ovládajú páchatelia) obsahoval odkaz {URL}; poškoden{G:ý|á} tam vyplnil{G:|a} prihlasovacie meno {USER} a heslo {PW}.'],
        vish=['V ten istý deň {G:mu|jej} volal muž, ktorý sa predstavil ako pracovník bezpečnostného oddelenia banky {BANK}, a presvedčil {G:ho|ju} potvrdiť platby.', 'Volala žena, ktorá tvrdila, že je z banky {BANK} a účet je napadnutý.'],
        loss=['Následne bolo z účtu prevedených {AMT} na účet {IBAN}, ktorý podľa banky patrí tzv. bielemu koňovi.', 'Peniaze vo výške {AMT} skončili na účte {IBAN}.'],
        card=['Platobná karta {CARD} bola navyše zaťažená niekoľkými nákupmi v zahraničnom e-shope.', 'Kartou {CARD} sa platilo bez vedomia poškodeného.'],
        crypto=['Bol{G:|a} presvedčen{G:ý|á} „investovať“ do kryptomien a poslal{G:|a} bitcoiny na peňaženku {WALLET}.'],
        mal=['Pri preverení počítača (IP adresa {VIP}) sa zistilo spojenie so C2 serverom {C2IP} a doménou {C2DOM}. Škodlivý súbor má SHA256 {HASH}, ide o {MAL}.', 'Z logov vyplýva, že {VIP} komunikoval s {C2IP} na porte 443. MD5 {MD5} – {MAL}.'],
        witness=['{WG:Svedok|Svedkyňa} {W} bol{WG:|a} pri telefonáte prítomn{WG:ý|á}.', '{WG:Syn|Dcéra} {W} výpoveď potvrdzuje.'],
        close=['Zápisnicu spísal{OG:|a} {OFF}. {CASE}.', 'Spísal: npor. {OFF}, {CASE}.'],
        p1=['Dňa {DATE} mi prišla SMS od „{BANK}“ s odkazom {URL}. Prihlásil{G:|a} som sa menom {USER} a heslom {PW}. Potom mi z účtu zmizlo {AMT}, odišlo na účet {IBAN}.', 'Volal mi niekto, že je z banky {BANK}. Potvrdil{G:|a} som niekoľko platieb, spolu {AMT} na {IBAN}. Moju kartu {CARD} som dal{G:|a} zablokovať.'],
        bank=['Klient {NAME} (RČ {NID}) kontaktoval{G:|a} dňa {DATE} klientske centrum a reklamoval{G:|a} niekoľko transakcií z účtu {VIBAN}.', 'Poznámka k podvodu: klient {NAME}, nar. {DOB}, tel. {PHONE}. Obeť telefonického podvodu.'],
        cert=['Hlásenie incidentu {CASE}: zamestnan{G:ec|kyňa} spoločnosti {ORG} {NAME} (účet {USER}) otvoril{G:|a} prílohu. Stanica {VIP} následne kontaktovala {C2DOM} ({C2IP}).', 'Zhrnutie: kompromitácia účtu {USER} ({NAME}). Prihlásenie z {C2IP}; vlastná IP používateľa je {VIP}.'],
        greet=['Dobrý deň,', 'Dobrý deň, {OG:pán|pani} {OFF},', 'Zdravím,', 'Vážení,'],
        sign=['S pozdravom', 'Ďakujem, s pozdravom', 'S úctou', 'Pekný deň'],
        mailbody=['chcel{G:|a} by som nahlásiť, že som sa stal{G:|a} obeťou podvodu na internete.', 'píšem ohľadom podozrivej transakcie.'],
        chat=['{V}: dobrý deň, prišla mi sms od banky {BANK} a klikol{G:|a} som na {URL}', '{A}: Dobrý deň, zadávali ste tam nejaké údaje?', '{V}: áno, meno {USER} a heslo {PW}', '{A}: Účet blokujeme. Na akom čísle vás zastihneme?', '{V}: {PHONE}'],
        lab=dict(name='Meno a priezvisko', dob='Dátum narodenia', nid='Rodné číslo', addr='Bydlisko', phone='Telefón', email='E-mail', iban='Účet príjemcu', card='Číslo karty', ip='IP adresa', user='Používateľské meno', pw='Heslo', case='ČVS', date='Dátum', desc='Popis udalosti', amt='Suma', c2='C2 server'),
    ))

L['ro'] = dict(
    cc='RO', nid=nid_ro, cur=lambda r: '{:,}'.format(r.randint(2, 400) * 100).replace(',', '.') + r.choice([' lei', ' RON']),
    mf=['Andrei', 'Mihai', 'Alexandru', 'Ion', 'Gheorghe', 'Ștefan', 'Cristian', 'Florin', 'Bogdan', 'Adrian', 'Vasile'],
    ff=['Maria', 'Elena', 'Ioana', 'Andreea', 'Mihaela', 'Cristina', 'Alina', 'Gabriela', 'Roxana', 'Daniela', 'Larisa'],
    sn=[(x, x, x, x) for x in ['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stoica', 'Gheorghe', 'Rusu', 'Munteanu', 'Matei', 'Constantin', 'Stănescu', 'Țurcanu', 'Dobre']],
    streets=['Strada Mihai Eminescu', 'Str. Florilor', 'Bulevardul Unirii', 'Calea Victoriei', 'Str. Republicii', 'Bd. Decebal', 'Strada Avram Iancu', 'Str. Libertății', 'Calea Dorobanților'],
    addr=lambda r, st: '%s nr. %d%s' % (st, r.randint(1, 150), r.choice(['', '', ', bl. A%d, sc. %d, ap. %d' % (r.randint(1, 9), r.randint(1, 4), r.randint(1, 60)), ', et. 3, ap. 12'])),
    cities=['București, sector 2', 'București, sector 6', 'Cluj-Napoca, jud. Cluj', 'Iași', 'Timișoara, jud. Timiș', 'Constanța', 'Brașov'],
    phone=lambda r: ph(r, ['07NN NNN NNN', '+40 7NN NNN NNN', '07NN.NNN.NNN', '+407NNNNNNNN', '021 NNN NN NN']),
    dob=lambda r, d: r.choice([d.strftime('%d.%m.%Y'), '%d %s %d' % (d.day, ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'][d.month - 1], d.year)]),
    date=lambda d: d.strftime('%d.%m.%Y'),
    banks=['Banca Transilvania', 'BCR', 'BRD', 'ING Bank', 'Raiffeisen Bank', 'CEC Bank'],
    mail=['yahoo.com', 'yahoo.ro', 'gmail.com', 'outlook.com', 'hotmail.com'],
    lure=['fancourier-livrare', 'anaf-rambursare', 'bt-verificare', 'posta-romana-colet', 'ghiseul-plata'],
    pw=['Parola', 'Vara', 'Iarna', 'Soare', 'Bucuresti', 'Pisica'],
    case=lambda r: r.choice(['dosar penal nr. %d/P/2026' % r.randint(100, 9999), 'nr. %d/P/2026' % r.randint(100, 9999)]),
    T=dict(
        title=['PLÂNGERE PENALĂ', 'Proces-verbal de consemnare a plângerii', 'Plângere – înșelăciune informatică'],
        intro3=['La data de {DATE} s-a prezentat la sediul poliției {G:numitul|numita} {NAME}, născut{G:|ă} la {DOB}, CNP {NID}, domiciliat{G:|ă} în {CITY}, {ADDR}, care a formulat plângere penală.', 'Persoana vătămată: {NAME} (CNP {NID}), cu domiciliul în {ADDR}, {CITY}. {G:Domnul|Doamna} {SURN} declară următoarele.'],
        intro1=['Subsemnat{G:ul|a} {NAME}, născut{G:|ă} la {DOB}, domiciliat{G:|ă} în {CITY}, {ADDR}, formulez prezenta plângere.', 'Mă numesc {NAME}, CNP {NID}, locuiesc în {ADDR}, {CITY}.'],
        contact=['{G:Domnul|Doamna} {SURN} poate fi contactat{G:|ă} la {PHONE} sau pe e-mail la {EMAIL}.', 'Date de contact: tel. {PHONE}, e-mail {EMAIL}.'],
        phish=['În data de {DATE}, {SURN} a primit un SMS aparent de la {BANK}, cu linkul {URL}. A introdus acolo utilizatorul {USER} și parola {PW}.', 'Mesajul a fost trimis de pe adresa {SENDER} (domeniu controlat de atacatori) și conținea linkul {URL}, unde persoana vătămată a completat numele de utilizator {USER} și parola {PW}.'],
        vish=['În aceeași zi {G:a fost sunat|a fost sunată} de un bărbat care pretindea că lucrează la departamentul de fraude al {BANK} și i-a cerut să confirme tranzacțiile.', 'O femeie care s-a recomandat ca angajată {BANK} a spus că contul a fost compromis.'],
        loss=['Ulterior, suma de {AMT} a fost transferată în contul {IBAN}, care potrivit băncii aparține unui „money mule”.', 'Banii, în total {AMT}, au ajuns în contul {IBAN}.'],
        card=['De asemenea, cardul {CARD} a fost folosit pentru mai multe plăți pe un site străin.', 'Cu cardul {CARD} s-au efectuat plăți neautorizate.'],
        crypto=['A fost convins{G:|ă} să „investească” în criptomonede și a trimis bitcoin în portofelul {WALLET}.'],
        mal=['La verificarea calculatorului (adresa IP {VIP}) s-a constatat comunicarea cu serverul C2 {C2IP} și domeniul {C2DOM}. Fișierul malițios are SHA256 {HASH} și a fost identificat ca {MAL}.', 'Din loguri rezultă că {VIP} (routerul de acasă al persoanei vătămate) a comunicat cu {C2IP} pe portul 443. MD5 {MD5} – {MAL}.'],
        witness=['{WG:Martorul|Martora} {W} a fost de față la convorbire.', '{WG:Soțul|Soția}, {W}, confirmă cele declarate.'],
        close=['Am încheiat prezentul proces-verbal, agent de poliție {OFF}. Înregistrat sub {CASE}.', 'Lucrător: {OFF}, {CASE}.'],
        p1=['Pe {DATE} am primit un SMS de la „{BANK}” cu un link, {URL}. M-am logat cu utilizatorul {USER} și parola {PW}. După aceea mi-au dispărut {AMT}, trimiși în contul {IBAN}.', 'Am fost sunat{G:|ă} de cineva care a zis că e de la {BANK}. Am aprobat mai multe plăți, în total {AMT} către {IBAN}. Cardul meu {CARD} a fost blocat.'],
        bank=['Clientul {NAME} (CNP {NID}) a contactat call center-ul la {DATE} și a contestat mai multe tranzacții din contul {VIBAN}.', 'Notă fraudă: client {NAME}, născut{G:|ă} la {DOB}, tel. {PHONE}. Victimă a unei fraude telefonice.'],
        cert=['Raport incident {CASE}: un angajat {ORG}, {NAME} (utilizator {USER}), a deschis un atașament. Stația {VIP} a contactat apoi {C2DOM} ({C2IP}).', 'Rezumat: contul {USER} al lui {NAME} a fost compromis. Autentificare de la {C2IP}; IP-ul propriu al utilizatorului este {VIP}.'],
        greet=['Bună ziua,', '{OG:Stimate domnule|Stimată doamnă} {OFF},', 'Bună,', 'Stimată doamnă/Stimate domn,'],
        sign=['Cu stimă,', 'Mulțumesc,', 'Cu respect,', 'O zi bună,'],
        mailbody=['doresc să sesizez faptul că am fost victima unei fraude online.', 'vă scriu în legătură cu o tranzacție suspectă.'],
        chat=['{V}: buna, am primit un sms de la {BANK} si am dat click pe {URL}', '{A}: Bună ziua! Ați introdus date acolo?', '{V}: da, user {USER} si parola {PW}', '{A}: Blocăm accesul. La ce număr vă putem suna?', '{V}: {PHONE}'],
        lab=dict(name='Nume și prenume', dob='Data nașterii', nid='CNP', addr='Domiciliu', phone='Telefon', email='E-mail', iban='Cont beneficiar', card='Număr card', ip='Adresă IP', user='Utilizator', pw='Parolă', case='Nr. dosar', date='Data', desc='Descrierea faptei', amt='Suma', c2='Server C2'),
    ))

L['hr'] = dict(
    cc='HR', nid=nid_hr, cur=lambda r: '{:,}'.format(r.randint(2, 300) * 50).replace(',', '.') + r.choice([' EUR', ' €', ',00 eura']),
    mf=['Ivan', 'Marko', 'Luka', 'Josip', 'Tomislav', 'Ante', 'Matej', 'Nikola', 'Davor', 'Krešimir', 'Dario'],
    ff=['Ana', 'Marija', 'Ivana', 'Petra', 'Lucija', 'Martina', 'Katarina', 'Maja', 'Jelena', 'Nikolina', 'Snježana'],
    sn=[(a, a + s, a, a) for a, s in [('Horvat', 'a'), ('Kovačević', 'a'), ('Babić', 'a'), ('Marić', 'a'), ('Jurić', 'a'), ('Novak', 'a'), ('Knežević', 'a'), ('Vuković', 'a'), ('Petrović', 'a'), ('Tomić', 'a'), ('Pavlović', 'a'), ('Božić', 'a')]],
    streets=['Ilica', 'Vukovarska', 'Savska cesta', 'Frankopanska', 'Ulica kralja Zvonimira', 'Trg bana Jelačića', 'Maksimirska', 'Riva', 'Ulica Ivana Gundulića', 'Zagrebačka'],
    addr=lambda r, st: '%s %d%s' % (st, r.randint(1, 200), r.choice(['', '', 'a', '/III', ', 2. kat'])),
    cities=['10000 Zagreb', '21000 Split', '51000 Rijeka', '31000 Osijek', '23000 Zadar', '20000 Dubrovnik', '42000 Varaždin'],
    phone=lambda r: ph(r, ['09N NNN NNNN', '+385 9N NNN NNNN', '+385 91 NNN NNN', '098/NNN-NNN', '01 NNNN NNN', '09NNNNNNNN']),
    dob=lambda r, d: r.choice(['%d. %d. %d.' % (d.day, d.month, d.year), d.strftime('%d.%m.%Y.')]),
    date=lambda d: '%d. %d. %d.' % (d.day, d.month, d.year),
    banks=['Zagrebačka banka', 'PBZ', 'Erste banka', 'OTP banka', 'Raiffeisenbank Austria'],
    mail=['gmail.com', 'net.hr', 'hotmail.com', 't-com.hr', 'yahoo.com', 'inet.hr'],
    lure=['hp-posiljka', 'porezna-povrat', 'zaba-provjera', 'gls-dostava', 'e-gradjani-prijava'],
    pw=['Lozinka', 'Ljeto', 'Zima', 'Jadran', 'Sunce', 'Hajduk'],
    case=lambda r: 'broj: 511-19-%02d/%d-K-%d/26' % (r.randint(1, 20), r.randint(1, 9), r.randint(10, 9999)),
    T=dict(
        title=['KAZNENA PRIJAVA', 'Zapisnik o zaprimanju kaznene prijave', 'Prijava računalne prijevare'],
        intro3=['Dana {DATE} u policijsku postaju {G:pristupio|pristupila} je {NAME}, rođen{G:|a} {DOB}, OIB {NID}, s prebivalištem na adresi {ADDR}, {CITY}, i prijavi{G:o|la} prijevaru.', 'Oštećen{G:i|a}: {NAME} (OIB {NID}), {ADDR}, {CITY}. Prema iskazu {G:gospodina|gospođe} {SURO} dogodilo se sljedeće.'],
        intro1=['Zovem se {NAME}, rođen{G:|a} sam {DOB} i živim na adresi {ADDR}, {CITY}.', 'Ja, {NAME}, OIB {NID}, {ADDR}, {CITY}, podnosim ovu prijavu.'],
        contact=['Kontakt {G:gospodina|gospođe} {SURO}: {PHONE}, e-mail {EMAIL}.', 'Oštećen{G:i|a} je dostup{G:an|na} na broju {PHONE} i na adresi {EMAIL}.'],
        phish=['Dana {DATE} oštećen{G:i|a} je primi{G:o|la} SMS koji je izgledao kao poruka banke {BANK} s poveznicom {URL}. Na stranici je upisa{G:o|la} korisničko ime {USER} i lozinku {PW}.', 'Poruka je stigla s adrese {SENDER} (domenom upravljaju počinitelji) i sadržavala je poveznicu {URL}, gdje je upisano korisničko ime {USER} i lozinka {PW}.'],
        vish=['Isti dan {G:nazvao ga je|nazvao ju je} muškarac koji se predstavio kao djelatnik odjela za prijevare banke {BANK} i tražio potvrdu plaćanja.', 'Nazvala je žena koja je tvrdila da je iz banke {BANK} i da je račun hakiran.'],
        loss=['Nakon toga je {AMT} preneseno na račun {IBAN}, koji prema podacima banke pripada tzv. novčanoj mazgi.', 'Novac, ukupno {AMT}, završio je na računu {IBAN}.'],
        card=['Osim toga, karticom {CARD} obavljeno je više kupnji u inozemnoj web trgovini.', 'Kartica {CARD} korištena je bez odobrenja.'],
        crypto=['Nagovoren{G:|a} je na „ulaganje“ u kriptovalute te je posla{G:o|la} bitcoine na novčanik {WALLET}.'],
        mal=['Pregledom računala (IP adresa {VIP}) utvrđena je komunikacija s C2 poslužiteljem {C2IP} i domenom {C2DOM}. Zlonamjerna datoteka ima SHA256 {HASH} i identificirana je kao {MAL}.', 'Iz zapisa proizlazi da je {VIP} komunicirao s {C2IP} na portu 443. MD5 {MD5} – {MAL}.'],
        witness=['{WG:Svjedok|Svjedokinja} {W} bi{WG:o|la} je prisut{WG:an|na} tijekom razgovora.', '{WG:Suprug|Supruga} {W} potvrđuje navode.'],
        close=['Zapisnik sastavi{OG:o|la} policijsk{OG:i službenik|a službenica} {OFF}, {CASE}.', 'Zaprimi{OG:o|la}: {OFF}. {CASE}.'],
        p1=['Dana {DATE} dobi{G:o|la} sam SMS od „{BANK}“ s linkom {URL}. Prijavi{G:o|la} sam se korisničkim imenom {USER} i lozinkom {PW}. Poslije mi je s računa nestalo {AMT}, prebačeno na {IBAN}.', 'Nazvao me netko tko je rekao da je iz banke {BANK}. Odobri{G:o|la} sam nekoliko plaćanja, ukupno {AMT} na {IBAN}. Kartica {CARD} je blokirana.'],
        bank=['Klijent {NAME} (OIB {NID}) javio se {DATE} u kontakt centar i osporio više transakcija s računa {VIBAN}.', 'Bilješka o prijevari: klijent {NAME}, rođen{G:|a} {DOB}, tel. {PHONE}. Žrtva telefonske prijevare.'],
        cert=['Izvješće o incidentu {CASE}: djelatni{G:k|ca} tvrtke {ORG} {NAME} (korisnik {USER}) otvori{G:o|la} je privitak. Radna stanica {VIP} potom je kontaktirala {C2DOM} ({C2IP}).', 'Sažetak: kompromitiran račun {USER} ({NAME}). Prijava s {C2IP}; vlastita IP adresa korisnika je {VIP}.'],
        greet=['Poštovani,', 'Dobar dan,', '{OG:Poštovani gospodine|Poštovana gospođo} {OFF},', 'Bok,'],
        sign=['Lijep pozdrav', 'S poštovanjem', 'Srdačan pozdrav', 'Hvala i pozdrav'],
        mailbody=['želim prijaviti da sam žrtva internetske prijevare.', 'pišem vezano uz sumnjivu transakciju.'],
        chat=['{V}: bok, dobi{G:o|la} sam sms od banke {BANK} i klikn{G:uo|ula} na {URL}', '{A}: Dobar dan! Jeste li upisali podatke?', '{V}: da, korisničko ime {USER} i lozinku {PW}', '{A}: Blokiramo pristup. Na koji broj vas možemo nazvati?', '{V}: {PHONE}'],
        lab=dict(name='Ime i prezime', dob='Datum rođenja', nid='OIB', addr='Adresa', phone='Telefon', email='E-pošta', iban='Račun primatelja', card='Broj kartice', ip='IP adresa', user='Korisničko ime', pw='Lozinka', case='Broj predmeta', date='Datum', desc='Opis događaja', amt='Iznos', c2='C2 poslužitelj'),
    ))

L['sl'] = dict(
    cc='SI', nid=nid_si, cur=lambda r: '{:,}'.format(r.randint(2, 300) * 50).replace(',', '.') + r.choice([' EUR', ' €', ',00 evrov']),
    mf=['Luka', 'Matej', 'Jure', 'Marko', 'Anže', 'Rok', 'Gregor', 'Primož', 'Blaž', 'Janez', 'Žiga'],
    ff=['Maja', 'Nina', 'Eva', 'Petra', 'Mojca', 'Špela', 'Tanja', 'Urška', 'Katja', 'Barbara', 'Nataša'],
    sn=[(a, b, a, a) for a, b in [('Novak', 'Novaka'), ('Horvat', 'Horvata'), ('Kovačič', 'Kovačiča'), ('Krajnc', 'Krajnca'), ('Zupančič', 'Zupančiča'), ('Potočnik', 'Potočnika'), ('Mlakar', 'Mlakarja'), ('Vidmar', 'Vidmarja'), ('Golob', 'Goloba'), ('Kosmač', 'Kosmača'), ('Kralj', 'Kralja'), ('Žagar', 'Žagarja')]],
    streets=['Slovenska cesta', 'Trubarjeva ulica', 'Celovška cesta', 'Dunajska cesta', 'Prešernova ulica', 'Gosposvetska cesta', 'Cankarjeva ulica', 'Partizanska cesta', 'Ulica heroja Šaranoviča'],
    addr=lambda r, st: '%s %d%s' % (st, r.randint(1, 180), r.choice(['', '', 'a', 'b'])),
    cities=['1000 Ljubljana', '2000 Maribor', '3000 Celje', '4000 Kranj', '6000 Koper', '8000 Novo mesto', '5000 Nova Gorica'],
    phone=lambda r: ph(r, ['041 NNN NNN', '031 NNN NNN', '+386 40 NNN NNN', '+386 51 NNN NNN', '070/NNN-NNN', '01 NNN NN NN']),
    dob=lambda r, d: r.choice(['%d. %d. %d' % (d.day, d.month, d.year), d.strftime('%d.%m.%Y')]),
    date=lambda d: '%d. %d. %d' % (d.day, d.month, d.year),
    banks=['NLB', 'Nova KBM', 'SKB banka', 'Intesa Sanpaolo Bank', 'Delavska hranilnica'],
    mail=['gmail.com', 'siol.net', 't-2.net', 'hotmail.com', 'amis.net', 'gmx.net'],
    lure=['posta-paket', 'furs-vracilo', 'nlb-preverjanje', 'edavki-prijava', 'dpd-dostava'],
    pw=['Geslo', 'Poletje', 'Zima', 'Triglav', 'Sonce', 'Mucka'],
    case=lambda r: 'št. %04d-%d/2026-%d' % (r.randint(1, 3000), r.randint(10, 9999), r.randint(1, 20)),
    T=dict(
        title=['KAZENSKA OVADBA', 'Uradni zaznamek o sprejemu prijave', 'Prijava goljufije'],
        intro3=['Dne {DATE} se je na policijski postaji zglasil{G:|a} {NAME}, rojen{G:|a} {DOB}, EMŠO {NID}, stanujoč{G:|a} na naslovu {ADDR}, {CITY}, in prijavil{G:|a} goljufijo.', 'Oškodovan{G:ec|ka}: {NAME} (EMŠO {NID}), {ADDR}, {CITY}. Po izjavi {G:gospoda|gospe} {SURO} se je zgodilo naslednje.'],
        intro1=['Ime mi je {NAME}, rojen{G:|a} sem {DOB} in živim na naslovu {ADDR}, {CITY}.', 'Podpisan{G:i|a} {NAME}, EMŠO {NID}, {ADDR}, {CITY}, podajam naslednjo prijavo.'],
        contact=['Kontakt {G:gospoda|gospe} {SURO}: {PHONE}, e-pošta {EMAIL}.', 'Oškodovan{G:ec|ka} je dosegljiv{G:|a} na {PHONE} ali {EMAIL}.'],
        phish=['Dne {DATE} je oškodovan{G:ec|ka} prejel{G:|a} SMS, ki je bil videti kot sporočilo banke {BANK}, s povezavo {URL}. Na strani je vpisal{G:|a} uporabniško ime {USER} in geslo {PW}.', 'Sporočilo je prišlo z naslova {SENDER} (domeno nadzorujejo storilci) in je vsebovalo povezavo {URL}, kjer je bilo vpisano uporabniško ime {USER} in geslo {PW}.'],
        vish=['Isti dan {G:ga|jo} je poklical moški, ki se je predstavil kot uslužbenec oddelka za prevare banke {BANK}, in zahteval potrditev plačil.', 'Poklicala je ženska, ki je trdila, da je iz banke {BANK} in da je račun vdrt.'],
        loss=['Nato je bilo {AMT} nakazanih na račun {IBAN}, ki po podatkih banke pripada t. i. denarni muli.', 'Denar, skupaj {AMT}, je končal na računu {IBAN}.'],
        card=['Poleg tega je bilo s kartico {CARD} opravljenih več nakupov v tuji spletni trgovini.', 'Kartica {CARD} je bila uporabljena brez soglasja.'],
        crypto=['Prepričali so {G:ga|jo}, da „investira“ v kriptovalute, in poslal{G:|a} je bitcoine v denarnico {WALLET}.'],
        mal=['Pri pregledu računalnika (IP naslov {VIP}) je bila ugotovljena komunikacija s strežnikom C2 {C2IP} in domeno {C2DOM}. Zlonamerna datoteka ima SHA256 {HASH}, gre za {MAL}.', 'Iz dnevnikov izhaja, da je {VIP} komuniciral s {C2IP} na vratih 443. MD5 {MD5} – {MAL}.'],
        witness=['Priča {W} je bil{WG:|a} prisot{WG:en|na} ob klicu.', '{WG:Partner|Partnerka} {W} potrjuje navedbe.'],
        close=['Zaznamek sestavil{OG:|a} {OG:policist|policistka} {OFF}, {CASE}.', 'Sprejel{OG:|a}: {OFF}. {CASE}.'],
        p1=['Dne {DATE} sem dobil{G:|a} SMS od „{BANK}“ s povezavo {URL}. Prijavil{G:|a} sem se z uporabniškim imenom {USER} in geslom {PW}. Potem je z mojega računa izginilo {AMT}, nakazano na {IBAN}.', 'Poklical me je nekdo, ki je rekel, da je iz banke {BANK}. Potrdil{G:|a} sem več plačil, skupaj {AMT} na {IBAN}. Kartica {CARD} je blokirana.'],
        bank=['Stranka {NAME} (EMŠO {NID}) je {DATE} poklicala kontaktni center in reklamirala več transakcij z računa {VIBAN}.', 'Opomba o goljufiji: stranka {NAME}, roj. {DOB}, tel. {PHONE}. Žrtev telefonske prevare.'],
        cert=['Poročilo o incidentu {CASE}: zaposlen{G:i|a} v podjetju {ORG}, {NAME} (uporabnik {USER}), je odprl{G:|a} prilogo. Delovna postaja {VIP} je nato kontaktirala {C2DOM} ({C2IP}).', 'Povzetek: kompromitiran račun {USER} ({NAME}). Prijava s {C2IP}; uporabnikov IP je {VIP}.'],
        greet=['Pozdravljeni,', 'Spoštovani,', 'Dober dan,', 'Živijo,'],
        sign=['Lep pozdrav', 'Lp', 'S spoštovanjem', 'Hvala in lep pozdrav'],
        mailbody=['rad{G:|a} bi prijavil{G:|a}, da sem žrtev spletne goljufije.', 'pišem glede sumljive transakcije.'],
        chat=['{V}: živjo, dobil{G:|a} sem sms od banke {BANK} in kliknil{G:|a} na {URL}', '{A}: Pozdravljeni! Ste vpisali kakšne podatke?', '{V}: ja, uporabniško ime {USER} in geslo {PW}', '{A}: Blokiramo dostop. Na katero številko vas lahko pokličemo?', '{V}: {PHONE}'],
        lab=dict(name='Ime in priimek', dob='Datum rojstva', nid='EMŠO', addr='Naslov', phone='Telefon', email='E-pošta', iban='Račun prejemnika', card='Številka kartice', ip='IP naslov', user='Uporabniško ime', pw='Geslo', case='Številka zadeve', date='Datum', desc='Opis dogodka', amt='Znesek', c2='Strežnik C2'),
    ))

L['hu'] = dict(
    cc='HU', nid=nid_hu, surname_first=True, cur=lambda r: '%s Ft' % '{:,}'.format(r.randint(5, 900) * 1000).replace(',', ' '),
    mf=['László', 'István', 'József', 'Zoltán', 'Gábor', 'Ferenc', 'Attila', 'Péter', 'Tamás', 'Balázs', 'Levente'],
    ff=['Zsuzsanna', 'Katalin', 'Erzsébet', 'Ilona', 'Anikó', 'Krisztina', 'Eszter', 'Réka', 'Boglárka', 'Andrea', 'Tímea'],
    sn=[(x, x, x, x) for x in ['Kovács', 'Nagy', 'Szabó', 'Tóth', 'Horváth', 'Varga', 'Kiss', 'Molnár', 'Németh', 'Farkas', 'Balogh', 'Papp', 'Lakatos', 'Takács']],
    streets=['Rákóczi út', 'Andrássy út', 'Petőfi Sándor utca', 'Kossuth Lajos utca', 'Váci utca', 'Bajcsy-Zsilinszky út', 'Dózsa György út', 'Arany János utca', 'Béke tér', 'Szent István körút'],
    addr=lambda r, st: '%s %d.%s' % (st, r.randint(1, 120), r.choice(['', '', ' 2/14', ' III. em. 7.', ' fszt. 2.'])),
    cities=['1088 Budapest', '1137 Budapest', '4024 Debrecen', '6720 Szeged', '7621 Pécs', '9021 Győr', '3530 Miskolc'],
    phone=lambda r: ph(r, ['+36 30 NNN NNNN', '06 20 NNN NNNN', '06-70-NNN-NNNN', '+36 1 NNN NNNN', '06301NNNNNN', '+36-20-NNN-NNNN']),
    dob=lambda r, d: r.choice([d.strftime('%Y.%m.%d.'), d.strftime('%Y. %m. %d.'), '%d. %s %d.' % (d.year, ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'][d.month - 1], d.day)]),
    date=lambda d: d.strftime('%Y. %m. %d.'),
    banks=['OTP Bank', 'K&H Bank', 'MBH Bank', 'Erste Bank', 'Raiffeisen Bank', 'CIB Bank'],
    mail=['gmail.com', 'freemail.hu', 'citromail.hu', 't-online.hu', 'hotmail.com', 'outlook.hu'],
    lure=['posta-csomag', 'nav-visszaterites', 'otp-ellenorzes', 'ugyfelkapu-belepes', 'gls-kezbesites'],
    pw=['Jelszo', 'Nyar', 'Balaton', 'Cica', 'Tel', 'Napsugar'],
    case=lambda r: 'ügyszám: %05d/%d/2026.bü.' % (r.randint(1000, 1999) * 10, r.randint(100, 9999)),
    T=dict(
        title=['FELJELENTÉS – csalás', 'Jegyzőkönyv feljelentés felvételéről', 'Bejelentés informatikai csalásról'],
        intro3=['{DATE} napon a rendőrkapitányságon megjelent {NAME} (szül. {DOB}, adóazonosító jel: {NID}), lakcím: {CITY}, {ADDR}, és csalás miatt feljelentést tett.', 'Sértett: {NAME}, adóazonosító {NID}, lakik: {CITY}, {ADDR}. {SURN} {G:úr|asszony} előadása szerint a következő történt.'],
        intro1=['Alulírott {NAME} (született: {DOB}), {CITY}, {ADDR} szám alatti lakos az alábbi feljelentést teszem.', 'A nevem {NAME}, adóazonosító jelem {NID}, lakcímem {ADDR}, {CITY}.'],
        contact=['{SURN} {G:úr|asszony} elérhetősége: {PHONE}, e-mail: {EMAIL}.', 'A sértett telefonszáma {PHONE}, e-mail címe {EMAIL}.'],
        phish=['{DATE} napon {SURN} {G:úr|asszony} SMS-t kapott, amely látszólag a(z) {BANK} nevében érkezett, benne a {URL} hivatkozással. Az oldalon megadta a {USER} felhasználónevet és a {PW} jelszót.', 'Az e-mail a {SENDER} címről érkezett (a domaint a csalók üzemeltetik), és a {URL} linket tartalmazta; a sértett ott megadta a {USER} felhasználónevet és a {PW} jelszót.'],
        vish=['Ugyanazon a napon egy férfi hívta, aki a(z) {BANK} biztonsági osztályának munkatársaként mutatkozott be, és a tranzakciók jóváhagyására kérte.', 'Egy nő telefonált, aki azt állította, hogy a(z) {BANK} munkatársa, és a számlát feltörték.'],
        loss=['Ezt követően {AMT} került átutalásra a {IBAN} számlára, amely a bank szerint egy pénzöszvér nevén van.', 'A pénz, összesen {AMT}, a {IBAN} számlaszámra került.'],
        card=['Továbbá a {CARD} számú bankkártyával több vásárlást hajtottak végre egy külföldi webáruházban.', 'A {CARD} kártyát a sértett tudta nélkül használták.'],
        crypto=['Rábeszélték, hogy kriptovalutába „fektessen be”, és bitcoint küldött a {WALLET} tárcára.'],
        mal=['A számítógép (IP-cím: {VIP}) vizsgálata során kapcsolatot észleltünk a {C2IP} C2 szerverrel és a {C2DOM} domainnel. A kártevő SHA256 értéke {HASH}, azonosítva: {MAL}.', 'A naplók szerint a {VIP} cím (a sértett otthoni routere) a {C2IP} címmel kommunikált a 443-as porton. MD5: {MD5} ({MAL}).'],
        witness=['{W} tanú jelen volt a telefonhívásnál.', 'A házastárs, {W}, megerősíti az előadottakat.'],
        close=['A jegyzőkönyvet felvette: {OFF} r. főhadnagy. {CASE}', 'Rögzítette: {OFF}, {CASE}.'],
        p1=['{DATE} napon SMS-t kaptam a(z) „{BANK}” nevében egy linkkel: {URL}. Beléptem a {USER} felhasználónévvel és a {PW} jelszóval. Utána {AMT} tűnt el a számlámról, a {IBAN} számlára utalták.', 'Felhívott valaki, hogy a(z) {BANK} munkatársa. Több utalást jóváhagytam, összesen {AMT} ment a {IBAN} számlára. A {CARD} kártyámat letiltották.'],
        bank=['{NAME} ügyfél (adóazonosító: {NID}) {DATE} napon kereste a telefonos ügyfélszolgálatot, és több tranzakciót vitatott a {VIBAN} számláról.', 'Csalási feljegyzés: ügyfél {NAME}, szül. {DOB}, tel.: {PHONE}. Telefonos csalás áldozata.'],
        cert=['Incidensjelentés {CASE}: a(z) {ORG} munkatársa, {NAME} ({USER} felhasználó) megnyitott egy csatolmányt. A {VIP} munkaállomás ezután a {C2DOM} ({C2IP}) címet kereste fel.', 'Összefoglaló: a {USER} fiók ({NAME}) kompromittálódott. Bejelentkezés a {C2IP} címről; a felhasználó saját IP-címe {VIP}.'],
        greet=['Tisztelt Cím!', 'Jó napot kívánok!', 'Kedves {OFF}!', 'Üdvözlöm,'],
        sign=['Üdvözlettel:', 'Tisztelettel:', 'Köszönettel:', 'Üdv,'],
        mailbody=['szeretném bejelenteni, hogy internetes csalás áldozata lettem.', 'egy gyanús tranzakció miatt írok.'],
        chat=['{V}: szia, kaptam egy smst a(z) {BANK} nevében és rákattintottam erre: {URL}', '{A}: Jó napot! Megadott ott adatokat?', '{V}: igen, a {USER} nevet meg a {PW} jelszót', '{A}: Letiltjuk a hozzáférést. Melyik számon érjük el?', '{V}: {PHONE}'],
        lab=dict(name='Név', dob='Születési idő', nid='Adóazonosító jel', addr='Lakcím', phone='Telefonszám', email='E-mail', iban='Kedvezményezett számla', card='Kártyaszám', ip='IP-cím', user='Felhasználónév', pw='Jelszó', case='Ügyszám', date='Dátum', desc='Az esemény leírása', amt='Összeg', c2='C2 szerver'),
    ))

L['tr'] = dict(
    cc='TR', nid=nid_tr, cur=lambda r: '{:,}'.format(r.randint(2, 500) * 500).replace(',', '.') + r.choice([' TL', ' ₺', ' Türk lirası']),
    mf=['Mehmet', 'Mustafa', 'Ahmet', 'Hüseyin', 'Hasan', 'Emre', 'Burak', 'Murat', 'Serkan', 'Oğuz', 'Kemal'],
    ff=['Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Merve', 'Büşra', 'Esra', 'Derya', 'Gülşen'],
    sn=[(x, x, x, x) for x in ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Koç']],
    streets=['Atatürk Caddesi', 'İstiklal Caddesi', 'Cumhuriyet Caddesi', 'Gül Sokak', 'Bağdat Caddesi', 'İnönü Bulvarı', 'Menekşe Sokak', 'Fevzi Çakmak Caddesi', 'Barış Sokak'],
    addr=lambda r, st: '%s No: %d%s' % (st, r.randint(1, 150), r.choice(['', ' D: %d' % r.randint(1, 20), '/%d' % r.randint(1, 12), ' Daire 4'])),
    cities=['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir', 'Nilüfer/Bursa', 'Muratpaşa/Antalya', 'Seyhan/Adana', 'Beşiktaş/İstanbul'],
    phone=lambda r: ph(r, ['05NN NNN NN NN', '+90 5NN NNN NN NN', '0 (5NN) NNN NN NN', '(0212) NNN NN NN', '+905NNNNNNNNN', '5NNNNNNNNN']),
    dob=lambda r, d: r.choice([d.strftime('%d.%m.%Y'), d.strftime('%d/%m/%Y'), '%d %s %d' % (d.day, ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'][d.month - 1], d.year)]),
    date=lambda d: d.strftime('%d.%m.%Y'),
    banks=['Ziraat Bankası', 'İş Bankası', 'Garanti BBVA', 'Akbank', 'Yapı Kredi', 'VakıfBank'],
    mail=['gmail.com', 'hotmail.com', 'yandex.com', 'outlook.com', 'yahoo.com', 'mynet.com'],
    lure=['ptt-kargo', 'edevlet-iade', 'ziraat-dogrulama', 'yurtici-teslimat', 'hgs-odeme'],
    pw=['Sifre', 'Istanbul', 'Galatasaray', 'Yaz', 'Kis', 'Deniz'],
    case=lambda r: r.choice(['Soruşturma No: 2026/%d' % r.randint(1000, 99999), '2026/%d soruşturma' % r.randint(1000, 99999)]),
    T=dict(
        title=['ŞİKÂYET DİLEKÇESİ', 'İfade Tutanağı', 'Bilişim yoluyla dolandırıcılık – şikâyet'],
        intro3=['{DATE} tarihinde karakola müracaat eden {NAME} ({DOB} doğumlu, T.C. Kimlik No: {NID}), {ADDR} {CITY} adresinde ikamet etmekte olup dolandırıcılık şikâyetinde bulunmuştur.', 'Müşteki: {NAME}, TCKN {NID}, adres: {ADDR}, {CITY}. {SURN} {G:Bey|Hanım} ifadesinde şunları beyan etmiştir.'],
        intro1=['Ben {NAME}, {DOB} doğumluyum, {ADDR} {CITY} adresinde oturuyorum.', 'T.C. Kimlik Numaram {NID} olup adım {NAME}; adresim {ADDR}, {CITY}.'],
        contact=['{SURN} {G:Bey|Hanım} ile {PHONE} numaralı telefondan veya {EMAIL} adresinden iletişim kurulabilir.', 'İletişim: tel. {PHONE}, e-posta {EMAIL}.'],
        phish=['{DATE} tarihinde {SURN} {G:Bey|Hanım}, {BANK} tarafından gönderilmiş gibi görünen bir SMS aldı; mesajda {URL} bağlantısı vardı. Sayfada {USER} kullanıcı adını ve {PW} şifresini girdi.', 'E-posta {SENDER} adresinden (saldırganların kontrolündeki alan adı) gönderilmiş ve {URL} bağlantısını içeriyordu; müşteki burada {USER} kullanıcı adı ile {PW} şifresini girdi.'],
        vish=['Aynı gün kendini {BANK} güvenlik biriminden olarak tanıtan bir erkek aradı ve işlemleri onaylamasını istedi.', 'Kendini {BANK} çalışanı olarak tanıtan bir kadın hesabın ele geçirildiğini söyledi.'],
        loss=['Ardından {AMT}, banka kayıtlarına göre bir "para katırı"na ait olan {IBAN} hesabına aktarıldı.', 'Toplam {AMT} tutarındaki para {IBAN} numaralı hesaba gönderildi.'],
        card=['Ayrıca {CARD} numaralı kredi kartıyla yurt dışındaki bir sitede birkaç alışveriş yapıldı.', '{CARD} numaralı kart izinsiz kullanıldı.'],
        crypto=['Kripto paraya "yatırım" yapmaya ikna edildi ve {WALLET} adresli cüzdana bitcoin gönderdi.'],
        mal=['Bilgisayarın (IP adresi {VIP}) incelenmesinde {C2IP} C2 sunucusu ve {C2DOM} alan adıyla bağlantı tespit edildi. Zararlı dosyanın SHA256 değeri {HASH} olup {MAL} olarak tanımlandı.', 'Kayıtlara göre {VIP} (müştekinin ev modemi) 443 numaralı port üzerinden {C2IP} ile haberleşti. MD5: {MD5} – {MAL}.'],
        witness=['Tanık {W} telefon görüşmesi sırasında yanındaydı.', 'Eşi {W} beyanları doğruladı.'],
        close=['Tutanak {OFF} tarafından düzenlenmiştir. {CASE}.', 'İfadeyi alan: Komiser Yardımcısı {OFF}, {CASE}.'],
        p1=['{DATE} tarihinde "{BANK}" adına bir SMS geldi, içinde {URL} linki vardı. {USER} kullanıcı adı ve {PW} şifresiyle giriş yaptım. Sonra hesabımdan {AMT} çekilip {IBAN} hesabına gönderildi.', '{BANK} adına aradığını söyleyen biri beni aradı. Birkaç işlemi onayladım, toplam {AMT} {IBAN} hesabına gitti. {CARD} numaralı kartım bloke edildi.'],
        bank=['Müşteri {NAME} (TCKN {NID}) {DATE} tarihinde çağrı merkezini arayarak {VIBAN} hesabındaki birkaç işleme itiraz etti.', 'Dolandırıcılık notu: müşteri {NAME}, doğum tarihi {DOB}, tel. {PHONE}. Telefon dolandırıcılığı mağduru.'],
        cert=['Olay raporu {CASE}: {ORG} çalışanı {NAME} ({USER} kullanıcısı) bir e-posta ekini açtı. {VIP} iş istasyonu ardından {C2DOM} ({C2IP}) adresine bağlandı.', 'Özet: {NAME} kişisine ait {USER} hesabı ele geçirildi. Oturum {C2IP} adresinden açıldı; kullanıcının kendi IP adresi {VIP}.'],
        greet=['Merhaba,', 'Sayın yetkili,', 'İyi günler,', 'Sayın {OFF},'],
        sign=['Saygılarımla,', 'İyi çalışmalar,', 'Teşekkürler,', 'Saygılarımızla,'],
        mailbody=['internet üzerinden dolandırıldığımı bildirmek istiyorum.', 'şüpheli bir işlem hakkında yazıyorum.'],
        chat=['{V}: merhaba, {BANK} adına sms geldi ve {URL} linkine tıkladım', '{A}: Merhaba, oraya bilgi girdiniz mi?', '{V}: evet kullanıcı adı {USER} şifre {PW}', '{A}: Erişimi bloke ediyoruz. Size hangi numaradan ulaşabiliriz?', '{V}: {PHONE}'],
        lab=dict(name='Adı Soyadı', dob='Doğum Tarihi', nid='T.C. Kimlik No', addr='Adres', phone='Telefon', email='E-posta', iban='Alıcı IBAN', card='Kart No', ip='IP adresi', user='Kullanıcı adı', pw='Şifre', case='Dosya No', date='Tarih', desc='Olayın özeti', amt='Tutar', c2='C2 sunucusu'),
    ))

L['el'] = dict(
    cc='GR', nid=nid_el, cur=lambda r: '{:,}'.format(r.randint(2, 300) * 50).replace(',', '.') + r.choice([' €', ' ευρώ', ',00 EUR']),
    mf=['Γιώργος', 'Δημήτρης', 'Νίκος', 'Κώστας', 'Γιάννης', 'Παναγιώτης', 'Χρήστος', 'Βασίλης', 'Αντώνης', 'Σταύρος', 'Θανάσης'],
    ff=['Μαρία', 'Ελένη', 'Αικατερίνη', 'Βασιλική', 'Σοφία', 'Αγγελική', 'Δήμητρα', 'Γεωργία', 'Ευαγγελία', 'Χριστίνα', 'Ιωάννα'],
    sn=[('Παπαδόπουλος', 'Παπαδόπουλου', 'Παπαδοπούλου', 'Παπαδοπούλου'), ('Βλάχος', 'Βλάχου', 'Βλάχου', 'Βλάχου'), ('Γεωργίου', 'Γεωργίου', 'Γεωργίου', 'Γεωργίου'), ('Οικονόμου', 'Οικονόμου', 'Οικονόμου', 'Οικονόμου'), ('Νικολάου', 'Νικολάου', 'Νικολάου', 'Νικολάου'), ('Δημητρίου', 'Δημητρίου', 'Δημητρίου', 'Δημητρίου'), ('Ιωάννου', 'Ιωάννου', 'Ιωάννου', 'Ιωάννου'), ('Κωνσταντίνου', 'Κωνσταντίνου', 'Κωνσταντίνου', 'Κωνσταντίνου'), ('Αντωνίου', 'Αντωνίου', 'Αντωνίου', 'Αντωνίου'), ('Παπαγεωργίου', 'Παπαγεωργίου', 'Παπαγεωργίου', 'Παπαγεωργίου'), ('Αθανασίου', 'Αθανασίου', 'Αθανασίου', 'Αθανασίου'), ('Χριστοδούλου', 'Χριστοδούλου', 'Χριστοδούλου', 'Χριστοδούλου'), ('Σταθόπουλος', 'Σταθόπουλου', 'Σταθοπούλου', 'Σταθοπούλου')],
    streets=['οδός Ερμού', 'Λεωφόρος Κηφισίας', 'Πανεπιστημίου', 'Σταδίου', 'οδός Τσιμισκή', 'Εγνατία', 'Λεωφ. Αλεξάνδρας', 'Πατησίων', 'οδός Αγίου Δημητρίου'],
    addr=lambda r, st: '%s %d%s' % (st, r.randint(1, 200), r.choice(['', '', 'Α', ', 3ος όροφος'])),
    cities=['105 63 Αθήνα', '106 78 Αθήνα', '546 24 Θεσσαλονίκη', '262 21 Πάτρα', '712 02 Ηράκλειο', '185 31 Πειραιάς', '412 22 Λάρισα'],
    phone=lambda r: ph(r, ['69N NNN NNNN', '+30 69N NNN NNNN', '+30 69NNNNNNNN', '210 NNN NNNN', '2310 NNNNNN', '69NNNNNNNN']),
    dob=lambda r, d: r.choice([d.strftime('%d/%m/%Y'), '%d/%d/%d' % (d.day, d.month, d.year), d.strftime('%d-%m-%Y')]),
    date=lambda d: d.strftime('%d/%m/%Y'),
    banks=['Εθνική Τράπεζα', 'Τράπεζα Πειραιώς', 'Eurobank', 'Alpha Bank', 'Attica Bank'],
    mail=['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr', 'outlook.com', 'windowslive.com'],
    lure=['elta-courier', 'gov-gr-epistrofi', 'piraeus-verify', 'acs-paradosi', 'aade-refund'],
    pw=['Kalokairi', 'Athina', 'Thalassa', 'Olympiakos', 'Ilios', 'Kodikos'],
    case=lambda r: 'Αρ. Πρωτ.: %d/26/%d' % (r.randint(1000, 9999), r.randint(10000, 999999)),
    T=dict(
        title=['ΕΓΚΛΗΣΗ', 'Έκθεση ένορκης εξέτασης', 'Καταγγελία απάτης μέσω διαδικτύου'],
        intro3=['Στις {DATE} προσήλθε στο Αστυνομικό Τμήμα {G:ο|η} {NAME}, γεννηθ{G:είς|είσα} στις {DOB}, ΑΜΚΑ {NID}, κάτοικος {CITY}, {ADDR}, και κατήγγειλε απάτη.', 'Παθ{G:ών|ούσα}: {NAME} (ΑΜΚΑ {NID}), {ADDR}, {CITY}. Σύμφωνα με την κατάθεση {G:του κ.|της κ.} {SURO} συνέβησαν τα εξής.'],
        intro1=['Ονομάζομαι {NAME}, γεννήθηκα στις {DOB} και μένω στην {ADDR}, {CITY}.', '{G:Ο|Η} υπογεγραμμέν{G:ος|η} {NAME}, ΑΜΚΑ {NID}, κάτοικος {ADDR}, {CITY}, καταθέτω τα εξής.'],
        contact=['Τηλέφωνο επικοινωνίας {G:του κ.|της κ.} {SURO}: {PHONE}, email {EMAIL}.', 'Στοιχεία επικοινωνίας: τηλ. {PHONE}, e-mail {EMAIL}.'],
        phish=['Στις {DATE} {G:ο|η} {SURN} έλαβε SMS που φαινόταν να προέρχεται από την {BANK}, με σύνδεσμο {URL}. Εκεί καταχώρισε το όνομα χρήστη {USER} και τον κωδικό {PW}.', 'Το μήνυμα στάλθηκε από τη διεύθυνση {SENDER} (τομέας που ελέγχουν οι δράστες) και περιείχε τον σύνδεσμο {URL}, όπου δόθηκαν το όνομα χρήστη {USER} και ο κωδικός {PW}.'],
        vish=['Την ίδια μέρα τηλεφώνησε άνδρας που συστήθηκε ως υπάλληλος του τμήματος ασφαλείας της {BANK} και ζήτησε να εγκριθούν οι συναλλαγές.', 'Μια γυναίκα που δήλωσε ότι καλεί από την {BANK} είπε ότι ο λογαριασμός είχε παραβιαστεί.'],
        loss=['Στη συνέχεια μεταφέρθηκαν {AMT} στον λογαριασμό {IBAN}, ο οποίος κατά την τράπεζα ανήκει σε «money mule».', 'Τα χρήματα, συνολικά {AMT}, κατέληξαν στον λογαριασμό {IBAN}.'],
        card=['Επιπλέον, με την κάρτα {CARD} έγιναν αγορές σε ξένο ηλεκτρονικό κατάστημα.', 'Η κάρτα {CARD} χρησιμοποιήθηκε χωρίς έγκριση.'],
        crypto=['Πείστηκε να «επενδύσει» σε κρυπτονομίσματα και έστειλε bitcoin στο πορτοφόλι {WALLET}.'],
        mal=['Από τον έλεγχο του υπολογιστή (διεύθυνση IP {VIP}) διαπιστώθηκε επικοινωνία με τον διακομιστή C2 {C2IP} και τον τομέα {C2DOM}. Το κακόβουλο αρχείο έχει SHA256 {HASH} και αναγνωρίστηκε ως {MAL}.', 'Από τα αρχεία καταγραφής προκύπτει ότι η {VIP} (οικιακός δρομολογητής) επικοινωνούσε με την {C2IP} στη θύρα 443. MD5 {MD5} – {MAL}.'],
        witness=['{WG:Ο|Η} μάρτυρας {W} ήταν {WG:παρών|παρούσα} στην τηλεφωνική κλήση.', '{WG:Ο|Η} σύζυγος {W} επιβεβαιώνει τα ανωτέρω.'],
        close=['{OG:Ο συντάξας|Η συντάξασα}: {OFF}. {CASE}.', 'Ανακριτικός υπάλληλος: {OFF}, {CASE}.'],
        p1=['Στις {DATE} έλαβα SMS από την «{BANK}» με σύνδεσμο {URL}. Μπήκα με το όνομα χρήστη {USER} και τον κωδικό {PW}. Μετά έλειπαν {AMT} από τον λογαριασμό μου, που πήγαν στον {IBAN}.', 'Με πήρε τηλέφωνο κάποιος που είπε ότι είναι από την {BANK}. Ενέκρινα αρκετές πληρωμές, συνολικά {AMT} προς {IBAN}. Η κάρτα μου {CARD} μπλοκαρίστηκε.'],
        bank=['{G:Ο|Η} πελάτ{G:ης|ισσα} {NAME} (ΑΜΚΑ {NID}) επικοινώνησε στις {DATE} με το τηλεφωνικό κέντρο και αμφισβήτησε συναλλαγές από τον λογαριασμό {VIBAN}.', 'Σημείωμα απάτης: πελάτης {NAME}, ημ. γέννησης {DOB}, τηλ. {PHONE}. Θύμα τηλεφωνικής απάτης.'],
        cert=['Αναφορά περιστατικού {CASE}: υπάλληλος της {ORG}, {G:ο|η} {NAME} (χρήστης {USER}), άνοιξε συνημμένο. Ο σταθμός εργασίας {VIP} επικοινώνησε στη συνέχεια με {C2DOM} ({C2IP}).', 'Σύνοψη: παραβίαση του λογαριασμού {USER} ({NAME}). Σύνδεση από {C2IP}· η IP του χρήστη είναι {VIP}.'],
        greet=['Καλημέρα σας,', '{OG:Αξιότιμε κύριε|Αξιότιμη κυρία} {OFF},', 'Γεια σας,', 'Κύριοι,'],
        sign=['Με εκτίμηση,', 'Ευχαριστώ,', 'Φιλικά,', 'Με τιμή,'],
        mailbody=['θα ήθελα να καταγγείλω ότι έπεσα θύμα διαδικτυακής απάτης.', 'σας γράφω σχετικά με μια ύποπτη συναλλαγή.'],
        chat=['{V}: γεια, μου ήρθε sms από την {BANK} και πάτησα το {URL}', '{A}: Καλησπέρα, βάλατε κάποια στοιχεία;', '{V}: ναι, όνομα χρήστη {USER} και κωδικό {PW}', '{A}: Μπλοκάρουμε την πρόσβαση. Σε ποιο τηλέφωνο σας βρίσκουμε;', '{V}: {PHONE}'],
        lab=dict(name='Ονοματεπώνυμο', dob='Ημερομηνία γέννησης', nid='ΑΜΚΑ', addr='Διεύθυνση', phone='Τηλέφωνο', email='Email', iban='Λογαριασμός δικαιούχου', card='Αριθμός κάρτας', ip='Διεύθυνση IP', user='Όνομα χρήστη', pw='Κωδικός', case='Αρ. υπόθεσης', date='Ημερομηνία', desc='Περιγραφή', amt='Ποσό', c2='Διακομιστής C2'),
    ))

L['lt'] = dict(
    cc='LT', nid=nid_lt, cur=lambda r: '{:,}'.format(r.randint(2, 300) * 50).replace(',', ' ') + r.choice([' Eur', ' €', ' eurų']),
    mf=['Jonas', 'Tomas', 'Mantas', 'Lukas', 'Darius', 'Mindaugas', 'Andrius', 'Paulius', 'Vytautas', 'Giedrius', 'Rokas'],
    ff=['Rūta', 'Asta', 'Jurgita', 'Ieva', 'Eglė', 'Inga', 'Laura', 'Greta', 'Agnė', 'Vilma', 'Kristina'],
    sn=[('Kazlauskas', 'Kazlausko', 'Kazlauskienė', 'Kazlauskienės'), ('Petrauskas', 'Petrausko', 'Petrauskienė', 'Petrauskienės'), ('Jankauskas', 'Jankausko', 'Jankauskaitė', 'Jankauskaitės'), ('Stankevičius', 'Stankevičiaus', 'Stankevičienė', 'Stankevičienės'), ('Vasiliauskas', 'Vasiliausko', 'Vasiliauskienė', 'Vasiliauskienės'), ('Žukauskas', 'Žukausko', 'Žukauskaitė', 'Žukauskaitės'), ('Butkus', 'Butkaus', 'Butkienė', 'Butkienės'), ('Paulauskas', 'Paulausko', 'Paulauskaitė', 'Paulauskaitės'), ('Urbonas', 'Urbono', 'Urbonienė', 'Urbonienės'), ('Kavaliauskas', 'Kavaliausko', 'Kavaliauskienė', 'Kavaliauskienės'), ('Navickas', 'Navicko', 'Navickienė', 'Navickienės')],
    streets=['Gedimino pr.', 'Vilniaus g.', 'Laisvės al.', 'Konstitucijos pr.', 'Savanorių pr.', 'Pilies g.', 'Taikos pr.', 'Žalgirio g.', 'Ukmergės g.'],
    addr=lambda r, st: '%s %d%s' % (st, r.randint(1, 150), r.choice(['', '-%d' % r.randint(1, 90), 'A-%d' % r.randint(1, 40)])),
    cities=['LT-01103 Vilnius', 'LT-09308 Vilnius', 'LT-44280 Kaunas', 'LT-92118 Klaipėda', 'LT-76290 Šiauliai', 'LT-35173 Panevėžys'],
    phone=lambda r: ph(r, ['+370 6NN NNNNN', '8 6NN NNNNN', '86NNNNNNN', '+3706NNNNNNN', '8 5 2NN NNNN', '(8 5) 2NN NNNN']),
    dob=lambda r, d: r.choice([d.strftime('%Y-%m-%d'), d.strftime('%Y.%m.%d')]),
    date=lambda d: d.strftime('%Y-%m-%d'),
    banks=['Swedbank', 'SEB', 'Luminor', 'Šiaulių bankas', 'Revolut'],
    mail=['gmail.com', 'one.lt', 'inbox.lt', 'yahoo.com', 'outlook.com', 'splius.lt'],
    lure=['lpexpress-siunta', 'vmi-grazinimas', 'swedbank-patvirtinimas', 'omniva-pristatymas', 'epaslaugos-prisijungimas'],
    pw=['Slaptazodis', 'Vasara', 'Ziema', 'Vilnius', 'Saule', 'Zalgiris'],
    case=lambda r: 'ikiteisminis tyrimas Nr. %02d-1-%05d-26' % (r.randint(1, 99), r.randint(1, 99999)),
    T=dict(
        title=['PAREIŠKIMAS dėl sukčiavimo', 'Apklausos protokolas', 'Pranešimas apie nusikalstamą veiką'],
        intro3=['{DATE} į policijos komisariatą kreipėsi {NAME}, gim. {DOB}, asmens kodas {NID}, gyv. {ADDR}, {CITY}, ir pranešė apie sukčiavimą.', 'Nukentėjęs asmuo: {NAME} (a. k. {NID}), {ADDR}, {CITY}. Pasak {SURO}, įvyko taip.'],
        intro1=['Aš, {NAME}, gim. {DOB}, gyvenantis {ADDR}, {CITY}, pareiškiu, kad:', 'Mano vardas {NAME}, asmens kodas {NID}, gyvenu {ADDR}, {CITY}.'],
        contact=['{SURO} telefono numeris {PHONE}, el. paštas {EMAIL}.', 'Kontaktai: tel. {PHONE}, el. p. {EMAIL}.'],
        phish=['{DATE} {SURN} gavo SMS žinutę, tariamai iš banko „{BANK}“, su nuoroda {URL}. Puslapyje įvedė naudotojo vardą {USER} ir slaptažodį {PW}.', 'Laiškas atėjo iš adreso {SENDER} (domeną valdo sukčiai) ir jame buvo nuoroda {URL}; ten nukentėjusysis įvedė prisijungimo vardą {USER} ir slaptažodį {PW}.'],
        vish=['Tą pačią dieną paskambino vyras, prisistatęs banko „{BANK}“ saugumo skyriaus darbuotoju, ir paprašė patvirtinti mokėjimus.', 'Paskambino moteris, teigusi, kad yra iš banko „{BANK}“ ir kad sąskaita nulaužta.'],
        loss=['Po to {AMT} buvo pervesta į sąskaitą {IBAN}, kuri, banko duomenimis, priklauso vadinamajam pinigų mului.', 'Pinigai, iš viso {AMT}, atsidūrė sąskaitoje {IBAN}.'],
        card=['Be to, kortele {CARD} atlikti keli pirkimai užsienio internetinėje parduotuvėje.', 'Kortelė {CARD} buvo panaudota be sutikimo.'],
        crypto=['Buvo įkalbėtas „investuoti“ į kriptovaliutą ir išsiuntė bitkoinų į piniginę {WALLET}.'],
        mal=['Patikrinus kompiuterį (IP adresas {VIP}) nustatytas ryšys su C2 serveriu {C2IP} ir domenu {C2DOM}. Kenkėjiško failo SHA256 yra {HASH}, identifikuotas kaip {MAL}.', 'Žurnaluose matyti, kad {VIP} (namų maršrutizatorius) jungėsi prie {C2IP} per 443 prievadą. MD5 {MD5} – {MAL}.'],
        witness=['{WG:Liudytojas|Liudytoja} {W} buvo šalia pokalbio metu.', '{WG:Sutuoktinis|Sutuoktinė} {W} patvirtina parodymus.'],
        close=['Protokolą surašė {OG:tyrėjas|tyrėja} {OFF}. {CASE}.', 'Priėmė: {OFF}, {CASE}.'],
        p1=['{DATE} gavau SMS iš „{BANK}“ su nuoroda {URL}. Prisijungiau vardu {USER} ir slaptažodžiu {PW}. Paskui iš mano sąskaitos dingo {AMT}, pervesta į {IBAN}.', 'Man paskambino žmogus, sakęs, kad yra iš banko „{BANK}“. Patvirtinau kelis mokėjimus, iš viso {AMT} į {IBAN}. Mano kortelė {CARD} užblokuota.'],
        bank=['Klientas {NAME} (a. k. {NID}) {DATE} susisiekė su klientų aptarnavimo centru ir užginčijo kelias operacijas iš sąskaitos {VIBAN}.', 'Sukčiavimo pastaba: klientas {NAME}, gim. {DOB}, tel. {PHONE}. Telefoninio sukčiavimo auka.'],
        cert=['Incidento ataskaita {CASE}: {ORG} darbuotojas {NAME} (naudotojas {USER}) atidarė priedą. Darbo stotis {VIP} po to jungėsi prie {C2DOM} ({C2IP}).', 'Santrauka: {SURO} paskyra {USER} perimta. Prisijungta iš {C2IP}; naudotojo IP yra {VIP}.'],
        greet=['Laba diena,', 'Sveiki,', 'Gerb. {OFF},', 'Labas,'],
        sign=['Pagarbiai', 'Su pagarba', 'Ačiū', 'Geros dienos'],
        mailbody=['noriu pranešti, kad tapau internetinio sukčiavimo auka.', 'rašau dėl įtartinos operacijos.'],
        chat=['{V}: labas, gavau sms iš banko „{BANK}“ ir paspaudžiau {URL}', '{A}: Laba diena, ar įvedėte kokius nors duomenis?', '{V}: taip, vardą {USER} ir slaptažodį {PW}', '{A}: Blokuojame prieigą. Kokiu numeriu galime paskambinti?', '{V}: {PHONE}'],
        lab=dict(name='Vardas, pavardė', dob='Gimimo data', nid='Asmens kodas', addr='Adresas', phone='Telefonas', email='El. paštas', iban='Gavėjo sąskaita', card='Kortelės numeris', ip='IP adresas', user='Naudotojo vardas', pw='Slaptažodis', case='Bylos Nr.', date='Data', desc='Įvykio aprašymas', amt='Suma', c2='C2 serveris'),
    ))

L['id'] = dict(
    cc='ID', nid=nid_id, cur=lambda r: 'Rp ' + '{:,}'.format(r.randint(2, 300) * 250000).replace(',', '.'),
    mf=['Budi', 'Agus', 'Andi', 'Rudi', 'Ahmad', 'Eko', 'Joko', 'Dedi', 'Hendra', 'Rizky', 'Fajar'],
    ff=['Siti', 'Dewi', 'Sri', 'Putri', 'Rina', 'Ayu', 'Nurul', 'Wulan', 'Indah', 'Fitri', 'Lestari'],
    sn=[(x, x, x, x) for x in ['Santoso', 'Wijaya', 'Setiawan', 'Hidayat', 'Saputra', 'Kurniawan', 'Pratama', 'Nugroho', 'Siregar', 'Simanjuntak', 'Nasution', 'Rahayu', 'Wahyuni']],
    streets=['Jl. Merdeka', 'Jl. Sudirman', 'Jl. Gatot Subroto', 'Jl. Diponegoro', 'Jl. Ahmad Yani', 'Jalan Pahlawan', 'Jl. Kebon Jeruk Raya', 'Jl. Asia Afrika', 'Jl. Malioboro'],
    addr=lambda r, st: '%s No. %d%s' % (st, r.randint(1, 150), r.choice(['', ' RT %02d/RW %02d' % (r.randint(1, 15), r.randint(1, 12)), 'A', ' Blok C'])),
    cities=['Jakarta Pusat 10310', 'Jakarta Selatan 12190', 'Bandung 40111', 'Surabaya 60271', 'Yogyakarta 55213', 'Medan 20112', 'Denpasar 80234'],
    phone=lambda r: ph(r, ['08NN-NNNN-NNNN', '+62 8NN NNNN NNNN', '08NNNNNNNNNN', '+62-812-NNNN-NNNN', '(021) NNNNNNN', '0857 NNNN NNNN']),
    dob=lambda r, d: r.choice([d.strftime('%d-%m-%Y'), d.strftime('%d/%m/%Y'), '%d %s %d' % (d.day, ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'][d.month - 1], d.year)]),
    date=lambda d: d.strftime('%d/%m/%Y'),
    banks=['BCA', 'Bank Mandiri', 'BRI', 'BNI', 'CIMB Niaga', 'Bank Jago'],
    mail=['gmail.com', 'yahoo.co.id', 'yahoo.com', 'hotmail.com', 'outlook.com', 'ymail.com'],
    lure=['jnt-paket', 'pajak-refund', 'bca-verifikasi', 'pln-tagihan', 'jne-resi'],
    pw=['Rahasia', 'Jakarta', 'Bismillah', 'Sayang', 'Merdeka', 'Garuda'],
    case=lambda r: 'LP/B/%d/%s/2026/%s' % (r.randint(100, 9999), r.choice(['I', 'II', 'III', 'IV', 'V', 'VI']), r.choice(['SPKT/POLDA METRO JAYA', 'SPKT/BARESKRIM POLRI', 'SPKT/POLDA JABAR'])),
    T=dict(
        title=['LAPORAN POLISI', 'Berita Acara Pemeriksaan', 'Pengaduan penipuan online'],
        intro3=['Pada tanggal {DATE} telah datang ke SPKT seorang bernama {NAME}, lahir {DOB}, NIK {NID}, beralamat di {ADDR}, {CITY}, untuk melaporkan tindak pidana penipuan.', 'Pelapor: {NAME} (NIK {NID}), alamat {ADDR}, {CITY}. Menurut keterangan {G:Bapak|Ibu} {SURN}, kejadiannya sebagai berikut.'],
        intro1=['Nama saya {NAME}, lahir {DOB}, tinggal di {ADDR}, {CITY}.', 'Saya yang bertanda tangan di bawah ini, {NAME}, NIK {NID}, alamat {ADDR}, {CITY}, melaporkan hal berikut.'],
        contact=['{G:Bapak|Ibu} {SURN} dapat dihubungi di {PHONE} atau email {EMAIL}.', 'Kontak pelapor: HP {PHONE}, email {EMAIL}.'],
        phish=['Pada {DATE} {G:Bapak|Ibu} {SURN} menerima SMS yang seolah-olah dari {BANK} berisi tautan {URL}. Di situs itu pelapor memasukkan username {USER} dan password {PW}.', 'Email dikirim dari {SENDER} (domain yang dikuasai pelaku) dan berisi tautan {URL}; pelapor mengisi user ID {USER} serta kata sandi {PW}.'],
        vish=['Pada hari yang sama pelapor ditelepon seorang pria yang mengaku petugas keamanan {BANK} dan meminta kode OTP.', 'Seorang wanita yang mengaku dari {BANK} mengatakan rekening pelapor diretas.'],
        loss=['Setelah itu dana sebesar {AMT} ditransfer ke rekening {IBAN}, yang menurut bank milik seorang "money mule".', 'Uang total {AMT} masuk ke rekening {IBAN}.'],
        card=['Selain itu kartu kredit {CARD} dipakai untuk beberapa transaksi di toko online luar negeri.', 'Kartu {CARD} digunakan tanpa izin.'],
        crypto=['Pelapor dibujuk untuk "investasi" kripto dan mengirim bitcoin ke dompet {WALLET}.'],
        mal=['Dari pemeriksaan komputer (alamat IP {VIP}) ditemukan koneksi ke server C2 {C2IP} dan domain {C2DOM}. File berbahaya memiliki SHA256 {HASH} dan teridentifikasi sebagai {MAL}.', 'Log menunjukkan {VIP} (router rumah pelapor) berkomunikasi dengan {C2IP} di port 443. MD5 {MD5} – {MAL}.'],
        witness=['Saksi {W} berada di samping pelapor saat telepon berlangsung.', '{W} ({WG:suami|istri} pelapor) membenarkan keterangan tersebut.'],
        close=['Laporan diterima oleh {OFF}. Nomor {CASE}.', 'Penyidik pembantu: {OFF}, {CASE}.'],
        p1=['Tanggal {DATE} saya dapat SMS dari "{BANK}" dengan link {URL}. Saya login pakai username {USER} dan password {PW}. Setelah itu saldo saya berkurang {AMT}, ditransfer ke rekening {IBAN}.', 'Saya ditelepon orang yang mengaku dari {BANK}. Saya menyetujui beberapa transaksi, total {AMT} ke {IBAN}. Kartu saya {CARD} sudah diblokir.'],
        bank=['Nasabah {NAME} (NIK {NID}) menghubungi call center pada {DATE} dan menyanggah beberapa transaksi dari rekening {VIBAN}.', 'Catatan fraud: nasabah {NAME}, tgl lahir {DOB}, HP {PHONE}. Korban penipuan telepon (social engineering).'],
        cert=['Laporan insiden {CASE}: karyawan {ORG}, {NAME} (user {USER}), membuka lampiran email. Workstation {VIP} kemudian menghubungi {C2DOM} ({C2IP}).', 'Ringkasan: akun {USER} milik {NAME} disusupi. Login dari {C2IP}; IP pengguna sendiri {VIP}.'],
        greet=['Selamat pagi,', 'Dengan hormat,', 'Halo,', 'Yth. {OG:Bapak|Ibu} {OFF},'],
        sign=['Hormat saya,', 'Terima kasih,', 'Salam,', 'Wassalam,'],
        mailbody=['saya ingin melaporkan bahwa saya menjadi korban penipuan online.', 'saya menulis terkait transaksi mencurigakan.'],
        chat=['{V}: halo min, saya dapat sms dari {BANK} terus klik link {URL}', '{A}: Selamat siang, apakah Anda memasukkan data di sana?', '{V}: iya, username {USER} sama password {PW}', '{A}: Akses kami blokir. Nomor yang bisa dihubungi?', '{V}: {PHONE}'],
        lab=dict(name='Nama', dob='Tanggal lahir', nid='NIK', addr='Alamat', phone='No. HP', email='Email', iban='Rekening tujuan', card='Nomor kartu', ip='Alamat IP', user='Username', pw='Password', case='Nomor LP', date='Tanggal', desc='Uraian kejadian', amt='Jumlah', c2='Server C2'),
    ))

# ---------------------------------------------------------------- core
ORGS = {
    'sv': ['Nordhamn Logistik AB', 'Kommunen', 'Vattenfall-leverantören Elkraft AB', 'Bergslagens Revision AB'],
    'da': ['Fynske Transport A/S', 'Region Midtjylland', 'Nordlys Software ApS'],
    'no': ['Fjordkraft Service AS', 'Bergen kommune', 'Nordvik Regnskap AS'],
    'fi': ['Pohjolan Kuljetus Oy', 'Tampereen kaupunki', 'Lakeus Tilit Oy'],
    'cs': ['Stavby Morava s.r.o.', 'Městský úřad Kladno', 'Účetní kancelář Beta s.r.o.'],
    'sk': ['Tatra Logistic s.r.o.', 'Mestský úrad Trnava', 'Danube Soft a.s.'],
    'ro': ['Transcarpatia SRL', 'Primăria Sectorului 3', 'Dacia Soft SRL'],
    'hr': ['Jadran Logistika d.o.o.', 'Grad Karlovac', 'Adria Soft d.o.o.'],
    'sl': ['Alpe Logistika d.o.o.', 'Občina Kamnik', 'Savinja Soft d.o.o.'],
    'hu': ['Duna Logisztika Kft.', 'Győri Önkormányzat', 'Tisza Szoftver Zrt.'],
    'tr': ['Anadolu Lojistik A.Ş.', 'Kadıköy Belediyesi', 'Ege Yazılım Ltd. Şti.'],
    'el': ['Αιγαίον Logistics Α.Ε.', 'Δήμος Περιστερίου', 'Hellas Soft Ε.Π.Ε.'],
    'lt': ['UAB „Baltic Logistics“', 'Vilniaus miesto savivaldybė', 'UAB „Nemuno IT“'],
    'id': ['PT Nusantara Logistik', 'Pemkot Bandung', 'PT Garuda Teknologi'],
}
CASE_STRIP = re.compile(r'^(Ärende|journalnr\.|ilmoitus|dosar penal nr\.|nr\.|broj:|št\.|ügyszám:|Soruşturma No:|Αρ\. Πρωτ\.:|ikiteisminis tyrimas Nr\.|ČVS:|č\. j\.|anmeldelsesnr\.|Sak)\s*')

PII_T = dict(NAME='PERSON', SURN='PERSON', SURO='PERSON', FN='PERSON', W='PERSON', OFF='PERSON', EMAIL='EMAIL', PHONE='PHONE',
             CARD='CREDIT_CARD', IBAN='IBAN', VIBAN='IBAN', NID='NATIONAL_ID', DOB='DATE_OF_BIRTH', VIP='IP_ADDRESS',
             USER='USERNAME', PW='PASSWORD', ADDR='POSTAL_ADDRESS', W_PHONE='PHONE', OFF_EMAIL='EMAIL')
KEEP_T = dict(URL='url', C2IP='c2_ip', C2DOM='c2_domain', HASH='sha256', MD5='md5', SHA1='sha1', MAL='malware', CASE='case_id',
              SENDER='phishing_sender', WALLET='wallet', CVE='cve', ACTOR='actor_group', ASN='asn')

EN = [
    'English summary for partners: on {DATE} the complainant, {NAME} (DOB {DOB}), lost {AMT} after entering {G:his|her} credentials on {URL}. Funds went to mule account {IBAN}. The phishing mail came from {SENDER}.',
    'Analyst note (EN): the victim workstation {VIP} beaconed to {C2IP} ({C2DOM}) every 60 seconds. Sample SHA256 {HASH} is {MAL}; infrastructure overlaps with {ACTOR}. Victim contact: {EMAIL}.',
    'Translation of key facts - victim {NAME}, phone {PHONE}, home IP {VIP}. C2: {C2IP}. Related case {CASE}. Please do not forward personal data outside the partnership.',
    'EN: {NAME} reported that {G:his|her} account {USER} was taken over. Login attempts originated from {C2IP}, while {G:his|her} usual IP is {VIP}. Malware: {MAL}, MD5 {MD5}. Exploited: {CVE}.',
]

class Doc:
    def __init__(self, r, lc):
        self.r, self.lc, self.D = r, lc, L[lc]
        self.vals, self.used = {}, []
        self.g = r.choice('mf')
        self.v = self.person(self.g)
        self.wg, self.og = r.choice('mf'), r.choice('mf')

    def person(self, g):
        r, D = self.r, self.D
        first = r.choice(D['mf'] if g == 'm' else D['ff'])
        t = r.choice(D['sn'])
        sur, suro = (t[0], t[1]) if g == 'm' else (t[2], t[3])
        full = (sur + ' ' + first) if D.get('surname_first') else (first + ' ' + sur)
        return dict(first=first, sur=sur, suro=suro, full=full, g=g)

    def email_for(self, p):
        r = self.r
        f, s = fold(p['first']), fold(p['sur'])
        loc = r.choice([f + '.' + s, f[0] + s, f + s + str(r.randint(1, 99)), s + '.' + f, f + '_' + s, f + '.' + s + str(r.randint(60, 99))])
        return loc + '@' + r.choice(self.D['mail'])

    def gen(self, k):
        r, D, v = self.r, self.D, self.v
        if k == 'NAME': return v['full']
        if k == 'SURN':
            if v['suro'] != v['sur'] and (v['suro'].startswith(v['sur']) or v['sur'].startswith(v['suro'])):
                return self.get('NAME')
            return v['sur']
        if k == 'SURO':
            if v['suro'] != v['sur'] and v['sur'].startswith(v['suro']):
                return self.get('NAME')
            return v['suro']
        if k == 'FN': return v['first'] if len(v['first']) >= 4 else self.get('NAME')
        if k == 'G': return v['g']
        if k == 'DOB':
            self.dob = getattr(self, 'dob', None) or rand_dob(r)
            return D['dob'](r, self.dob)
        if k == 'NID':
            self.dob = getattr(self, 'dob', None) or rand_dob(r)
            return D['nid'](r, self.dob, v['g'])
        if k == 'ADDR': return D['addr'](r, r.choice(D['streets']))
        if k == 'CITY': return r.choice(D['cities'])
        if k == 'CITYN':
            c = re.sub(r'^(LT-)?\d[\d ]*\s', '', self.get('CITY'))
            return re.sub(r'\s\d{5}$', '', c).split(',')[0]
        if k == 'PHONE': return D['phone'](r)
        if k == 'W_PHONE': return D['phone'](r)
        if k == 'EMAIL': return self.email_for(v)
        if k in ('IBAN', 'VIBAN'):
            if D['cc'] == 'ID':
                t = r.random()
                if t < 0.4: return digits(r, 10)
                if t < 0.7: return '%s-00-%s-%s' % (digits(r, 3), digits(r, 7), digits(r, 1))
                return '%s-01-%s-50-%s' % (digits(r, 4), digits(r, 6), digits(r, 1))
            return iban_fmt(r, iban_make(D['cc'], bban(r, D['cc'])))
        if k == 'CARD': return card_no(r)
        if k == 'VIP': return pub_ip(r)
        if k == 'C2IP':
            if 'VIP' in self.vals and r.random() < 0.45:
                return near_ip(r, self.vals['VIP'])
            return pub_ip(r)
        if k == 'USER':
            f, s = fold(v['first']), fold(v['sur'])
            return r.choice([f[0] + s, s + str(r.randint(1, 99)), f + '_' + s[:3] + str(r.randint(70, 99)), f + '.' + s, (f + s)[:8] + str(r.randint(1, 9)), f + str(r.randint(1960, 2005))])
        if k == 'PW':
            w = r.choice(D['pw'])
            return r.choice([w + str(r.randint(2015, 2026)) + r.choice('!#?*'), w.lower() + str(r.randint(100, 999)), w + '_' + str(r.randint(10, 99)), w[:3] + '$' + w[3:] + '9', 'Q' + w.lower() + '!' + str(r.randint(1, 9))])
        if k == 'W': return self.person(self.wg)['full']
        if k == 'OFF': return self.person(self.og)['full']
        if k == 'DATE': return D['date'](datetime.date(r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)))
        if k == 'TIME': return '%02d:%02d' % (r.randint(7, 22), r.randint(0, 59))
        if k == 'AMT': return D['cur'](r)
        if k == 'BANK': return r.choice(D['banks'])
        if k == 'ORG': return r.choice(ORGS[self.lc])
        if k == 'PDOM':
            return r.choice(D['lure']) + r.choice(['', '-' + str(r.randint(1, 99)), '-online', '-secure']) + '.' + r.choice(TLDS)
        if k == 'URL':
            dom = self.get('PDOM')
            path = r.choice(['/login', '/verify', '/auth/index.php', '/', '/sv/track?id=' + hexs(r, 8), '/pay', '/secure/login.html'])
            sch = r.choice(['https://', 'https://', 'http://', 'hxxps://'])
            return sch + dom + path
        if k == 'C2DOM':
            sy = ['cdn', 'update', 'sync', 'api', 'telemetry', 'static', 'drive', 'mail', 'cloud', 'win', 'node']
            return r.choice(sy) + '-' + r.choice(sy) + str(r.randint(1, 999)) + '.' + r.choice(TLDS)
        if k == 'SENDER':
            dom = self.get('PDOM')
            return r.choice(['noreply', 'info', 'security', 'support', 'kundservice', 'no-reply', 'alert']) + '@' + dom
        if k == 'HASH': return hexs(r, 64)
        if k == 'MD5': return hexs(r, 32)
        if k == 'SHA1': return hexs(r, 40)
        if k == 'MAL': return r.choice(MALWARE)
        if k == 'ACTOR': return r.choice(ACTORS)
        if k == 'CVE': return r.choice(CVES)
        if k == 'ASN': return 'AS' + str(r.choice([9009, 20473, 14061, 16276, 24940, 51167, 44477, 48693, 202425, 62240, 210644]))
        if k == 'WALLET': return wallet(r)
        if k == 'CASE':
            c = CASE_STRIP.sub('', D['case'](r))
            return c.replace(' soruşturma', '')
        if k == 'OFF_EMAIL':
            return None
        raise KeyError(k)

    def get(self, k):
        if k not in self.vals:
            self.vals[k] = self.gen(k)
        if k in PII_T or k in KEEP_T:
            self.used.append(k)
        return self.vals[k]

    def fill(self, tpl):
        r = self.r
        for tag, g in (('G', self.v['g']), ('WG', self.wg), ('OG', self.og)):
            tpl = re.sub(r'\{' + tag + r':([^|}]*)\|([^}]*)\}', lambda m: m.group(1) if g == 'm' else m.group(2), tpl)
        if r.random() < 0.12:
            tpl = typo(r, tpl)
        tpl = re.sub(r'(\b(?:i|in|v|u|în|à)\s)\{CITY\}', r'\1{CITYN}', tpl)
        return re.sub(r'\{([A-Z_0-9]+)\}', lambda m: self.get(m.group(1)), tpl)

    def T(self, key):
        return self.fill(self.r.choice(self.D['T'][key]))

def typo(r, s):
    spans = [m.span() for m in re.finditer(r'(?<![{\w])[^\W\d_]{6,}(?![\w}])', s)]
    if not spans:
        return s
    a, b = r.choice(spans)
    i = r.randint(a + 1, b - 3)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]

def lab_line(d, key, slot, sep=None):
    r = d.r
    lab = d.D['T']['lab'][key]
    if r.random() < 0.15:
        lab = lab.upper()
    sep = sep or r.choice([': ', ': ', ':\t', ' - ', ': '])
    return lab + sep + d.get(slot)

def para(r, sents):
    sents = [s for s in sents if s]
    if r.random() < 0.5:
        return ' '.join(sents)
    out, cur = [], []
    for s in sents:
        cur.append(s)
        if r.random() < 0.4:
            out.append(' '.join(cur)); cur = []
    if cur:
        out.append(' '.join(cur))
    return '\n\n'.join(out)

def incident_parts(d, first_person=False):
    r = d.r
    kinds = r.sample(['phish', 'vish', 'crypto', 'card', 'mal'], r.randint(1, 3))
    out = []
    for k in kinds:
        out.append(d.T(k))
        if k in ('phish', 'vish') and r.random() < 0.7:
            out.append(d.T('loss'))
    return out

def f_police(d):
    r = d.r
    head = []
    if r.random() < 0.7:
        head.append(d.T('title'))
    if r.random() < 0.5:
        head.append(lab_line(d, 'case', 'CASE'))
    if r.random() < 0.4:
        head.append(lab_line(d, 'date', 'DATE'))
    body = [d.T('intro3')] + incident_parts(d)
    if r.random() < 0.6: body.append(d.T('contact'))
    if r.random() < 0.35: body.append(d.T('witness'))
    body.append(d.T('close'))
    return '\n'.join(head) + ('\n\n' if head else '') + para(r, body)

def f_statement(d):
    r = d.r
    body = [d.T('intro1'), d.T('p1')]
    if r.random() < 0.4: body.append(d.T(r.choice(['crypto', 'mal', 'card'])))
    tail = []
    if r.random() < 0.6: tail.append(lab_line(d, 'phone', 'PHONE'))
    if r.random() < 0.5: tail.append(lab_line(d, 'email', 'EMAIL'))
    if r.random() < 0.4: tail.append(lab_line(d, 'nid', 'NID'))
    sig = r.choice(['\n\n' + d.get('CITYN') + ', ' + d.get('DATE') + '\n' + d.get('NAME'), '\n\n' + d.get('NAME'), ''])
    return para(r, body) + ('\n\n' + '\n'.join(tail) if tail else '') + sig

def f_bank(d):
    r = d.r
    lines = [d.T('bank')]
    lines += [d.T(r.choice(['vish', 'phish']))]
    lines += [d.T(r.choice(['loss', 'card']))]
    txt = para(r, lines)
    extra = []
    if r.random() < 0.6: extra.append(lab_line(d, 'iban', 'IBAN'))
    if r.random() < 0.4: extra.append(lab_line(d, 'card', 'CARD'))
    if r.random() < 0.4: extra.append(lab_line(d, 'amt', 'AMT'))
    if r.random() < 0.4: extra.append(lab_line(d, 'ip', 'VIP'))
    if r.random() < 0.3: extra.append(lab_line(d, 'case', 'CASE'))
    return (r.choice(['FRAUD NOTE', 'Fraud case', '#fraud', '']) + '\n' if r.random() < 0.5 else '') + txt + ('\n\n' + '\n'.join(extra) if extra else '')

def f_cert(d):
    r = d.r
    parts = [d.T('cert'), d.T('mal')]
    if r.random() < 0.4: parts.append(d.T('phish'))
    txt = para(r, parts)
    iocs = ['IOC:']
    for slot, lab in [('C2IP', 'c2'), ('C2DOM', None), ('HASH', None), ('SHA1', None), ('CVE', None), ('ASN', None), ('ACTOR', None), ('WALLET', None)]:
        if r.random() < (0.8 if slot in ('C2IP', 'C2DOM') else 0.3):
            name = d.D['T']['lab'][lab] if lab else {'C2DOM': 'domain', 'HASH': 'SHA256', 'SHA1': 'SHA1', 'CVE': 'CVE', 'ASN': 'ASN', 'ACTOR': 'actor', 'WALLET': 'wallet'}[slot]
            iocs.append(r.choice(['- ', '* ', '']) + name + ': ' + d.get(slot))
    if r.random() < 0.4: iocs.append(r.choice(['- ', '']) + d.D['T']['lab']['ip'] + ' (victim): ' + d.get('VIP'))
    return txt + ('\n\n' + '\n'.join(iocs) if len(iocs) > 1 else '')

def f_email(d):
    r = d.r
    hdr = []
    if r.random() < 0.7:
        hdr.append('From: ' + d.get('NAME') + ' <' + d.get('EMAIL') + '>')
        hdr.append('Subject: ' + r.choice([d.T('title'), 'Fwd: ' + d.T('title'), 'RE: ' + d.get('CASE')]))
    body = [d.T('greet'), '', d.T('mailbody'), d.T('p1')]
    if r.random() < 0.3: body.append(d.T('mal'))
    sig = [d.T('sign'), d.get('NAME')]
    if r.random() < 0.7: sig.append(r.choice(['Tel. ', 'tel: ', '', 'M: ', '📱 ']) + d.get('PHONE'))
    if r.random() < 0.4: sig.append(d.get('ADDR') + ', ' + d.get('CITY'))
    if r.random() < 0.3 and 'From: ' not in ''.join(hdr): sig.append(d.get('EMAIL'))
    return ('\n'.join(hdr) + '\n\n' if hdr else '') + '\n'.join(body) + '\n\n' + '\n'.join(sig)

def f_chat(d):
    r = d.r
    lines = d.D['T']['chat'][:]
    if r.random() < 0.4: lines = lines[:3] + [lines[3].split('.')[0] + '.', '{V}: ' + r.choice(['{EMAIL}', '{IBAN}?', '{CARD}'])] + lines[4:]
    h, m = r.randint(7, 22), r.randint(0, 50)
    vname = d.get(r.choice(['FN', 'NAME', 'USER']))
    aname = r.choice([d.get('BANK'), 'Support', 'Agent_' + str(r.randint(10, 99))])
    out = []
    style = r.randint(0, 2)
    for i, ln in enumerate(lines):
        ln = d.fill(ln.replace('{V}', '\x01').replace('{A}', '\x02')).replace('\x01', vname).replace('\x02', aname)
        ts = '%02d:%02d' % (h, m + i)
        out.append(['[' + ts + '] ' + ln, ts + ' ' + ln, ln][style])
    return '\n'.join(out)

def f_form(d):
    r = d.r
    lines = [d.T('title').upper() if r.random() < 0.3 else d.T('title'), '']
    fields = [('name', 'NAME'), ('dob', 'DOB'), ('nid', 'NID'), ('addr', 'ADDR'), ('phone', 'PHONE'), ('email', 'EMAIL'), ('iban', 'IBAN'), ('card', 'CARD'), ('ip', 'VIP'), ('user', 'USER'), ('pw', 'PW'), ('amt', 'AMT'), ('case', 'CASE'), ('c2', 'C2IP')]
    keep = fields[:3] + r.sample(fields[3:], r.randint(3, 7))
    if r.random() < 0.3: r.shuffle(keep)
    sep = r.choice([': ', ':\t', ' : '])
    for key, slot in keep:
        lines.append(lab_line(d, key, slot, sep))
        if slot == 'ADDR' and r.random() < 0.6:
            lines[-1] += ', ' + d.get('CITY')
    lines.append(d.D['T']['lab']['desc'] + ':')
    lines.append(d.T(r.choice(['phish', 'vish', 'mal', 'crypto'])))
    return '\n'.join(lines)

FORMS = dict(police_complaint=f_police, victim_statement=f_statement, bank_fraud_note=f_bank, cert_incident=f_cert,
             email=f_email, chat=f_chat, form=f_form)

def bounded(text, v):
    i = text.find(v)
    while i != -1:
        a = text[i - 1] if i > 0 else ' '
        b = text[i + len(v)] if i + len(v) < len(text) else ' '
        if (a.isalnum() and v[0].isalnum()) or (b.isalnum() and v[-1].isalnum()):
            return False
        i = text.find(v, i + 1)
    return True

def build(r, lc, form, mixed):
    d = Doc(r, lc)
    text = FORMS[form](d)
    if mixed:
        en = d.fill(r.choice(EN))
        text = (text + '\n\n' + en) if r.random() < 0.7 else (en + '\n\n' + text)
    text = text.replace('  ', ' ') if r.random() < 0.5 else text
    pii, keep, seen = [], [], set()
    for k in d.used:
        v = d.vals[k]
        t = PII_T.get(k) or KEEP_T.get(k)
        if (t, v) in seen:
            continue
        seen.add((t, v))
        (pii if k in PII_T else keep).append({'type': t, 'value': v})
    return text, pii, keep

def valid(text, pii, keep):
    if not pii:
        return False
    pv = {p['value'] for p in pii}
    kv = {k['value'] for k in keep}
    if pv & kv:
        return False
    for v in pv | kv:
        if v not in text:
            return False
    for v in pv:
        if len(v) < 4 or not bounded(text, v):
            return False
        if any(v in k for k in kv) or any(k in v for k in kv):
            return False
    types = {}
    for p in pii:
        types.setdefault(p['value'], set()).add(p['type'])
    if any(len(s) > 1 for s in types.values()):
        return False
    return True

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=300)
    a = ap.parse_args()
    r = random.Random(a.seed)
    langs = list(L)
    forms = list(FORMS)
    for n in range(1, a.count + 1):
        lc = langs[(n - 1) % len(langs)]
        form = forms[((n - 1) // len(langs) + (n - 1)) % len(forms)] if r.random() < 0.7 else r.choice(forms)
        mixed = r.random() < 0.1
        for attempt in range(200):
            text, pii, keep = build(r, lc, form, mixed)
            if valid(text, pii, keep):
                break
        else:
            raise SystemExit('could not build doc %d' % n)
        for p in pii + keep:
            assert p['value'] in text
        print(json.dumps({'id': 'u-%d' % n, 'lang': 'mixed' if mixed else lc, 'form': form, 'text': text, 'pii': pii, 'keep': keep}, ensure_ascii=False))

if __name__ == '__main__':
    main()
