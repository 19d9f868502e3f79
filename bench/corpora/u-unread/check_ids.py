import json,re,collections
def luhn_ok(s):
    s=re.sub(r'\D','',s); t=0
    for i,c in enumerate(reversed(s)):
        d=int(c)
        if i%2: d*=2; d-= 9 if d>9 else 0
        t+=d
    return t%10==0
def iban_ok(s):
    s=s.replace(' ','')
    if not re.match(r'^[A-Z]{2}\d\d',s): return None
    x=s[4:]+s[:4]; return int(''.join(str(int(c,36)) for c in x))%97==1
def nid_ok(lang,v):
    d=re.sub(r'\D','',v)
    if re.match(r'^\d{8}-\d{4}$',v): return luhn_ok(d[2:])  # SE
    if lang in ('fi','mixed') and re.match(r'^\d{6}[-A]\d{3}[0-9A-Y]$',v) and '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(v[:6]+v[7:10])%31]==v[10]: return True
    if re.match(r'^\d{6}-\d{4}$',v): return sum(int(a)*b for a,b in zip(d,[4,3,2,7,6,5,4,3,2,1]))%11==0
    if re.match(r'^\d{6}[-A]\d{3}[0-9A-Y]$',v): return '0123456789ABCDEFHJKLMNPRSTUVWXY'[int(v[:6]+v[7:10])%31]==v[10]
    if re.match(r'^\d{6}/\d{4}$',v): return int(d)%11==0
    return 'other'
docs=[json.loads(l) for l in open('corpus.jsonl')]
bad=collections.Counter(); ok=collections.Counter()
for doc in docs:
    for p in doc['pii']:
        v=p['value']
        if p['type']=='CREDIT_CARD': (ok if luhn_ok(v) else bad)['card']+=1
        if p['type']=='IBAN':
            r=iban_ok(v)
            if r is None: ok['id_acct']+=1
            else: (ok if r else bad)['iban']+=1
        if p['type']=='NATIONAL_ID':
            r=nid_ok(doc['lang'],v)
            if r=='other': ok['nid_other']+=1
            else: (ok if r else bad)['nid']+=1
print('ok',ok,'bad',bad)
def w(d,ws): return sum(int(a)*b for a,b in zip(d,ws))
def other_ok(lang,v):
    d=v
    if lang=='no':
        k1=(11-w(d,[3,7,6,1,8,9,4,5,2])%11)%11; k2=(11-w(d,[5,4,3,2,7,6,5,4,3,2])%11)%11
        return k1==int(d[9]) and k2==int(d[10])
    if lang=='ro':
        c=w(d,[2,7,9,1,4,6,3,5,8,2,7,9])%11; return (1 if c==10 else c)==int(d[12])
    if lang=='hr':
        a=10
        for ch in d[:10]:
            a=(a+int(ch))%10 or 10; a=a*2%11
        return (11-a)%10==int(d[10])
    if lang=='si':
        m=11-w(d,[7,6,5,4,3,2,7,6,5,4,3,2])%11; return (0 if m==11 else m)==int(d[12])
    if lang=='hu': return w(d,range(1,10))%11==int(d[9])
    if lang=='tr':
        n=list(map(int,d)); return (sum(n[0:9:2])*7-sum(n[1:8:2]))%10==n[9] and sum(n[:10])%10==n[10]
    if lang=='el': return luhn_ok(d)
    if lang=='lt':
        c=w(d,[1,2,3,4,5,6,7,8,9,1])%11
        if c==10: c=w(d,[3,4,5,6,7,8,9,1,2,3])%11; c=0 if c==10 else c
        return c==int(d[10])
    if lang=='id': return len(d)==16
    return None
LEN={'no':11,'ro':13,'hr':11,'sl':13,'hu':10,'tr':11,'el':11,'lt':11,'id':16}
res=collections.Counter()
for doc in docs:
    for p in doc['pii']:
        if p['type']!='NATIONAL_ID': continue
        v=p['value']; r=nid_ok(doc['lang'],v)
        if r!='other':
            if not r: print('BAD',doc['id'],doc['lang'],v)
            continue
        cands=[l for l,n in LEN.items() if len(v)==n and v.isdigit()]
        okl=[l for l in cands if other_ok('si' if l=='sl' else l,v)]
        res['ok' if okl else 'bad']+=1
        if not okl: print('BAD2',doc['id'],doc['lang'],v)
print(res)
