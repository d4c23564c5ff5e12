#!/usr/bin/env python3
"""Builds the reference lists of jisr-reference from the public data described in
reference/src/main/resources/org/jisr/reference/data/PROVENANCE.md.

Run from the repository root with the folder holding the sources (a copy of the shared testdata):
    python3 reference/tools/build_lists.py /path/to/testdata
It writes the TSV (and gzip'd TSV) files next to PROVENANCE.md. Output is deterministic (sorted,
gzip mtime 0) so that a rebuild from the same sources gives the same bytes.
"""
import csv, gzip, io, json, re, sys, unicodedata
from pathlib import Path

SRC = Path(sys.argv[1])
OUT = Path('reference/src/main/resources/org/jisr/reference/data')
FR = SRC / 'france/decoupage-administratif-6.0.0'
TN = SRC / 'tunisia'

def key(s):
    """The same folding as org.jisr.text.TextMatching.compactKey, enough for joining sources."""
    s = unicodedata.normalize('NFKD', s)
    out = []
    for ch in s:
        if unicodedata.category(ch) in ('Mn', 'Me', 'Mc'):
            continue
        c = ord(ch)
        if c in (0x0640, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x00AD):
            continue
        ch = {'\u0649': '\u064A', '\u06CC': '\u064A', '\u0629': '\u0647', '\u06BE': '\u0647', '\u06C1': '\u0647',
              '\u06A9': '\u0643', '\u06A8': '\u0642', '\u0671': '\u0627'}.get(ch, ch)
        if ch.isalnum():
            out.append(ch.lower())
    return ''.join(out)

def latin_key(s):
    k = ' '.join(re.sub(r"[^\w]+", ' ', unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()).lower().split())
    k = re.sub(r"^(le|la|les|el|al|l) ", '', k)
    return k.replace(' ', '')

def skeleton(s):
    """A looser Latin key for a second pass: no parenthesised or comma tail, no vowels, no doubled letters."""
    s = re.sub(r"\(.*?\)|,.*$", '', s)
    s = ' '.join(w for w in re.split(r"[\s'-]+", s) if w.lower() not in ('el', 'al', 'le', 'la', 'l', 'es', 'et', 'ed'))
    k = latin_key(s).replace('dj', 'j').replace('ou', 'u').replace('kh', 'k').replace('ch', 'c')
    k = re.sub(r'[aeiouy]', '', k)
    return re.sub(r'(.)\1+', r'\1', k)

def clean(s):
    s = unicodedata.normalize('NFC', s.replace('\u00A0', ' ').replace('\u200E', '')).strip()
    return re.sub(r'\s+', ' ', s)

def write(name, header, rows, gz=False):
    text = '\t'.join(header) + '\n' + ''.join('\t'.join(r) + '\n' for r in rows)
    data = text.encode('utf-8')
    if gz:
        buf = io.BytesIO()
        with gzip.GzipFile(filename='', mode='wb', fileobj=buf, mtime=0, compresslevel=9) as g:
            g.write(data)
        (OUT / (name + '.gz')).write_bytes(buf.getvalue())
    else:
        (OUT / name).write_bytes(data)
    print(name, len(rows), 'rows', len(data), 'bytes')

OUT.mkdir(parents=True, exist_ok=True)

# ---------------------------------------------------------------- France
TYPES = {'commune-actuelle': 'C', 'commune-deleguee': 'D', 'commune-associee': 'A', 'arrondissement-municipal': 'M'}
communes = json.load(open(FR / 'communes.json', encoding='utf-8'))
epcis = json.load(open(FR / 'epci.json', encoding='utf-8'))
member_of = {}
for e in epcis:
    for m in e['membres']:
        member_of[m['code']] = e['code']
rows = []
for c in communes:
    t = TYPES[c['type']]
    parent = c.get('commune') or c.get('chefLieu') or ''
    if t == 'C':
        parent = ''
    rows.append([c['code'], t, clean(c['nom']), c.get('departement', ''), c.get('region', ''), c.get('siren', ''),
                 parent, member_of.get(c['code'], '') if t == 'C' else ''])
rows.sort(key=lambda r: (r[0], 'CMDA'.index(r[1])))
write('fr-communes.tsv', ['code', 'type', 'name', 'departement', 'region', 'siren', 'commune', 'epci'], rows, gz=True)
deps = json.load(open(FR / 'departements.json', encoding='utf-8'))
write('fr-departements.tsv', ['code', 'name', 'region', 'chefLieu'],
      sorted([d['code'], clean(d['nom']), d.get('region', ''), d.get('chefLieu', '')] for d in deps))
regs = json.load(open(FR / 'regions.json', encoding='utf-8'))
write('fr-regions.tsv', ['code', 'name', 'chefLieu'], sorted([r['code'], clean(r['nom']), r.get('chefLieu', '')] for r in regs))
write('fr-epci.tsv', ['siren', 'name', 'type'], sorted([e['code'], clean(e['nom']), e['type']] for e in epcis), gz=True)

# ---------------------------------------------------------------- Tunisia
# Old INS governorate numbers (DISCREPANCIES.md; identical to ISO for 11-14 and 41-43).
INS = {'11': '11', '12': '12', '13': '13', '14': '14', '21': '15', '22': '16', '23': '17', '31': '21', '32': '22',
       '33': '23', '34': '24', '41': '41', '42': '42', '43': '43', '51': '31', '52': '32', '53': '33', '61': '34',
       '71': '61', '72': '62', '73': '63', '81': '51', '82': '52', '83': '53'}
iso = {g['code'][3:]: g for g in json.load(open(TN / 'governorates/iso-codes-4.15.0_iso_3166-2_TN.json', encoding='utf-8'))}
joined = list(csv.DictReader(open(TN / 'governorates/governorates_joined.csv', encoding='utf-8')))
gov_by_ar = {}
gov_rows = []
for j in joined:
    gg = j['iso_3166_2'][3:]
    gov_by_ar[key(j['isie2018_name_ar'])] = gg
    aliases = sorted({clean(x) for x in (j['iso_codes_name'], j['cldr_en'], j['isie2018_name_en']) if x}
                     - {clean(iso[gg]['name_fr_iso_codes'])})
    gov_rows.append([gg, clean(iso[gg]['name_fr_iso_codes']), clean(j['isie2018_name_ar']), INS[gg], '|'.join(aliases)])
gov_rows.sort()
write('tn-governorates.tsv', ['iso', 'nameFr', 'nameAr', 'ins', 'aliases'], gov_rows)

reg = json.load(open(TN / 'isie2018-democracy-international/registration_data.json', encoding='utf-8'))['MIXED_CLEAN']
assert len(reg) == 350
muns = []
for r in reg:
    gg = gov_by_ar[key(r['gov_ar'])]
    muns.append({'gg': gg, 'fr': clean(r['mun_fr']), 'ar': clean(r['mun_name1']), 'aliases': set(), 'new': '',
                 'onshor': '', 'ins': ''})
    if r.get('map_names_ar'):
        muns[-1]['aliases'].add(clean(r['map_names_ar']))

def find(gg, name, arabic=True):
    k = key(name) if arabic else latin_key(name)
    hits = [m for m in muns if m['gg'] == gg and (
        (arabic and (key(m['ar']) == k or any(key(a) == k for a in m['aliases'])))
        or (not arabic and (latin_key(m['fr']) == k or any(latin_key(a) == k for a in m['aliases']))))]
    return hits[0] if len(hits) == 1 else None

unmatched = []
for s in json.load(open(TN / 'isie2018-democracy-international/municipalities_shapes_properties.json', encoding='utf-8')):
    gg = gov_by_ar[key(s['gouv_name_ar'])]
    m = find(gg, s['LABEL_AR']) or find(gg, s['LABEL'], arabic=False)
    if m is None:
        unmatched.append(('shape', s['LABEL'], s['LABEL_AR']))
        continue
    m['new'] = 'yes' if s['state'] == 'new' else 'no'
    m['aliases'].update({clean(s['LABEL']), clean(s['LABEL_AR'])})
for g in json.load(open(TN / 'isie2018-democracy-international/govs.json', encoding='utf-8')):
    gg = gov_by_ar[key(g['nameAR'])]
    for x in g['municipalities']:
        m = find(gg, x['nameAR']) or find(gg, x['nameEN'], arabic=False)
        if m is None:
            unmatched.append(('govs', x['nameEN'], x['nameAR']))
            continue
        m['aliases'].update({clean(x['nameEN']), clean(x['nameAR'])})
# Onshor: the Arabic name and the code are reliable, the Latin name is not (DISCREPANCIES.md), so only
# the Arabic name is used to join, and the Latin name is not kept.
for r in csv.DictReader(open(TN / 'onshor-openbaladiati/clean_mun_final.csv', encoding='utf-8')):
    code = r['municipal_id'].strip()
    m = find(code[:2], r['name_ar'])
    if m is None and r['name_ar'].strip().startswith('جربة '):
        # The three Djerba municipalities lost the «جربة» prefix of their pre-2016 names (DISCREPANCIES.md).
        m = find(code[:2], r['name_ar'].strip()[len('جربة '):])
    if m is None:
        unmatched.append(('onshor', code, r['name_ar']))
        continue
    m['onshor'] = code
    m['aliases'].add(clean(r['name_ar']))
ins_to_iso = {v: k for k, v in INS.items()}
for r in json.load(open(TN / 'fanatico-ins-codes/municipalities_ins4.json', encoding='utf-8')):
    gg = ins_to_iso[r['code'][:2]]
    m = find(gg, r['municipality'], arabic=False)
    if m is None:
        # Second pass, only when exactly one municipality of the governorate has the same skeleton.
        hits = [x for x in muns if x['gg'] == gg and not x['ins']
                and (skeleton(x['fr']) == skeleton(r['municipality'])
                     or any(skeleton(a) == skeleton(r['municipality']) for a in x['aliases'] if a.isascii()))]
        m = hits[0] if len(hits) == 1 else None
    if m is None:
        unmatched.append(('ins4', r['code'], r['municipality']))
        continue
    m['ins'] = r['code']
    m['aliases'].add(clean(re.sub(r',.*$', '', r['municipality'])))

# Jisr's numbers: within each governorate, 001, 002 … in the order of the French names of the 2018 list.
out = []
for gg in sorted({m['gg'] for m in muns}):
    group = sorted((m for m in muns if m['gg'] == gg), key=lambda m: (latin_key(m['fr']), m['fr']))
    for i, m in enumerate(group, 1):
        # Spellings that differ from the list's own names only by what matching folds anyway are left out.
        aliases = sorted(a for a in m['aliases'] if a and key(a) not in (key(m['fr']), key(m['ar'])))
        out.append([f'TN-{gg}-{i:03d}', gg, m['fr'], m['ar'], m['new'], m['onshor'], m['ins'], '|'.join(aliases)])
write('tn-municipalities.tsv', ['id', 'governorate', 'nameFr', 'nameAr', 'created2016', 'onshor5', 'ins4', 'aliases'], out)
print('unmatched', len(unmatched))
for u in unmatched:
    print('  ', *u)
dup = {}
for r in out:
    for c, n in ((5, 'onshor'), (6, 'ins')):
        if r[c]:
            dup.setdefault((n, r[c]), []).append(r[0])
print('duplicate legacy codes', {k: v for k, v in dup.items() if len(v) > 1})
print('with onshor', sum(1 for r in out if r[5]), 'with ins4', sum(1 for r in out if r[6]),
      'created2016', sum(1 for r in out if r[4] == 'yes'), 'unknown state', sum(1 for r in out if not r[4]))
