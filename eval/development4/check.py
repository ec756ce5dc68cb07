#!/usr/bin/env python3
"""Checker for the ds4 blind evaluation set: directory conditions + cases format/expectations + count tables."""
import json, os, re, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []
def P(msg): problems.append(msg)

SPECS = ("general_practice internal_medicine emergency pediatrics obstetrics_gynecology cardiology cardiac_surgery "
         "orthopedics dermatology ophthalmology ent dentistry psychiatry neurology gastroenterology oncology urology "
         "general_surgery respiratory endocrinology infectious_diseases traditional_chinese_medicine rehabilitation "
         "health_checkup").split()
LANGS = set("en zh ja fr de ko ru es it ar pt".split())
BUILTIN_DISTRICTS = set(("jinjiang qingyang jinniu wuhou chenghua longquanyi qingbaijiang xindu wenjiang shuangliu pidu "
                         "xinjin dujiangyan pengzhou qionglai chongzhou jianyang jintang dayi pujiang high-tech-zone "
                         "tianfu-new-area").split())
BUILTIN_INSURERS = set(("cigna allianz-care axa bupa-global aetna-international geoblue henner april-international "
                        "now-health william-russell generali img international-sos ping-an-health taikang-online").split())
BRANDS = {"bupa": "bupa-global", "henner": "henner", "generali": "generali", "cigna": "cigna", "axa": "axa",
          "allianz": "allianz-care", "aetna": "aetna-international", "geoblue": "geoblue", "april": "april-international"}
CONV_LANGS = ("en", "ja", "de", "fr")
MECHS = ("typos", "kana", "code_switching", "new_terms", "symptoms", "corrections", "language_switch",
         "search_first", "baseline")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")
KATAKANA = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]")

# ---------------------------------------------------------------- directory
D = json.load(open(os.path.join(HERE, "directory.json"), encoding="utf-8"))
if D.get("version") != 1: P("directory: version must be 1")
if set(D) - {"version", "hospitals", "insurers", "districts"}: P("directory: unknown top-level keys")
H = D["hospitals"]; N = len(H)
if not 20 <= N <= 24: P(f"directory: {N} hospitals, want 20-24")
HKEYS_REQ = {"id", "name", "district", "address", "phone", "languages", "specialties"}
HKEYS_OPT = {"international_desk", "website", "location", "emergency_24h", "direct_billing", "accreditations",
             "verified_on", "notes"}
new_ins = {t["id"]: t for t in D.get("insurers", [])}
new_dis = {t["id"]: t for t in D.get("districts", [])}
INSURERS = BUILTIN_INSURERS | set(new_ins); DISTRICTS = BUILTIN_DISTRICTS | set(new_dis)
for kind, terms, builtin in (("insurers", new_ins, BUILTIN_INSURERS), ("districts", new_dis, BUILTIN_DISTRICTS)):
    for tid, t in terms.items():
        if not ID_RE.match(tid): P(f"{kind}.{tid}: bad id")
        if tid in builtin: P(f"{kind}.{tid}: not new (built-in id)")
        if set(t) - {"id", "name", "aliases"}: P(f"{kind}.{tid}: unknown keys")
        if "en" not in t.get("name", {}): P(f"{kind}.{tid}: name.en missing")
        if len(t.get("name", {})) < 2: P(f"{kind}.{tid}: name only in one language")
        if not any(KATAKANA.search(a) for a in t.get("aliases", [])): P(f"{kind}.{tid}: no katakana alias")
if len(new_ins) < 4: P("directory: fewer than 4 new insurers")
if len(new_dis) < 2: P("directory: fewer than 2 new districts")
ids = [h["id"] for h in H]
if len(set(ids)) != N: P("directory: duplicate hospital ids")
HB = {h["id"]: h for h in H}
spec_count = defaultdict(int)
for i, h in enumerate(H):
    w = f"hospitals[{i}]({h.get('id')})"
    if HKEYS_REQ - set(h): P(f"{w}: missing {HKEYS_REQ - set(h)}")
    if set(h) - HKEYS_REQ - HKEYS_OPT: P(f"{w}: unknown keys {set(h) - HKEYS_REQ - HKEYS_OPT}")
    if not ID_RE.match(h["id"]): P(f"{w}: bad id")
    for f in ("name", "address"):
        if not {"en", "zh"} <= set(h[f]): P(f"{w}.{f}: en and zh required")
    if h["district"] not in DISTRICTS: P(f"{w}: unknown district {h['district']}")
    for l in h["languages"]:
        if l not in LANGS: P(f"{w}: language {l} not allowed")
    if "zh" not in h["languages"]: P(f"{w}: no zh")
    if not h["specialties"]: P(f"{w}: no specialty")
    for s in h["specialties"]:
        if s not in SPECS: P(f"{w}: unknown specialty {s}")
        spec_count[s] += 1
    if bool(h.get("emergency_24h", False)) != ("emergency" in h["specialties"]): P(f"{w}: emergency_24h mismatch")
    for ins in h.get("direct_billing", []):
        if ins not in INSURERS: P(f"{w}: unknown insurer {ins}")
    texts = [h["phone"]] + list(h["address"].values())
    desk = h.get("international_desk", {})
    texts += [v for k, v in desk.items() if isinstance(v, str)] + list(desk.get("hours", {}).values())
    for t in texts:
        if "120" in re.sub(r"[\s\-().+]", "", t): P(f"{w}: '120' in {t!r}")
for s in SPECS:
    if not 2 <= spec_count[s] <= N - 1: P(f"directory: specialty {s} offered by {spec_count[s]}")
if sum("en" not in h["languages"] for h in H) < 3: P("directory: fewer than 3 hospitals without en")
if sum(not h.get("direct_billing") for h in H) < 2: P("directory: fewer than 2 hospitals without direct billing")
billed = {i for h in H for i in h.get("direct_billing", [])}
for t in new_ins:
    if t not in billed: P(f"directory: new insurer {t} billed by no hospital")
for t in new_dis:
    if t not in {h["district"] for h in H}: P(f"directory: new district {t} used by no hospital")
shadow = [(t, a) for t, term in new_ins.items() for a in term.get("aliases", []) if a.lower() in BRANDS]
if not shadow: P("directory: no new insurer takes a built-in brand alias")
for t, a in shadow:
    if BRANDS[a.lower()] in billed: P(f"directory: built-in {BRANDS[a.lower()]} is billed although {t} takes alias {a}")

# ---------------------------------------------------------------- cases
HEADER = '''DIRECTORY_FILE = "directory.json"
def L(**criteria): return ("list", criteria)   # criteria keys: language=[codes], specialty, insurer, district, emergency=True, direct_billing=True; or ids=[...]
EMERGENCY = ("emergency", {})                   # first reply message must contain 120
def INFO(hospital, field): return ("info", {"hospital": hospital, "field": field})  # field "phone" or "address"
def CHOICE(*names): return ("choice", {"names": list(names)})
HOTLINE = ("hotline", {})
NOADVICE = ("noadvice", {})
LANG = ("lang", {})                             # only the reply language is checked
CONVERSATIONS = []
'''
src = open(os.path.join(HERE, "cases.py"), encoding="utf-8").read()
if not src.startswith(HEADER): P("cases.py: header is not verbatim")
ns = {}; exec(compile(src, "cases.py", "exec"), ns)
C = ns["CONVERSATIONS"]
if ns.get("DIRECTORY_FILE") != "directory.json": P("cases.py: DIRECTORY_FILE")

def match(h, c):
    if "ids" in c: return h["id"] in c["ids"]
    for k, v in c.items():
        if k == "language" and not all(l in h["languages"] for l in v): return False
        if k == "specialty" and v not in h["specialties"]: return False
        if k == "insurer" and v not in h.get("direct_billing", []): return False
        if k == "district" and h["district"] != v: return False
        if k == "emergency" and not h.get("emergency_24h"): return False
        if k == "direct_billing" and not h.get("direct_billing"): return False
    return True

turns = defaultdict(int); convs = defaultdict(int); kinds = defaultdict(int)
seen = set(); used_terms = set(); sym_cov = defaultdict(set)
for ci, c in enumerate(C):
    w = f"conv[{ci}]({c.get('id')})"
    if set(c) != {"id", "language", "mechanism", "metadata", "turns"}: P(f"{w}: keys {sorted(c)}")
    if c.get("id") in seen: P(f"{w}: duplicate id")
    seen.add(c.get("id"))
    lang, mech = c.get("language"), c.get("mechanism")
    if lang not in CONV_LANGS: P(f"{w}: language {lang}")
    if mech not in MECHS: P(f"{w}: mechanism {mech}")
    if c.get("metadata") is not None and not isinstance(c["metadata"], dict): P(f"{w}: metadata")
    T = c.get("turns", [])
    if not 1 <= len(T) <= 5: P(f"{w}: {len(T)} turns")
    convs[(mech, lang)] += 1
    for ti, t in enumerate(T):
        tw = f"{w}.turn[{ti}]"
        turns[(mech, lang)] += 1
        if not isinstance(t, tuple) or len(t) not in (2, 3): P(f"{tw}: not a 2/3-tuple"); continue
        msg, exp = t[0], t[1]
        if not isinstance(msg, str) or not msg.strip(): P(f"{tw}: empty message")
        if len(t) == 3:
            if t[2] not in CONV_LANGS: P(f"{tw}: reply language {t[2]}")
            if t[2] == lang: P(f"{tw}: reply language equals conversation language")
        if not (isinstance(exp, tuple) and len(exp) == 2 and isinstance(exp[1], dict)): P(f"{tw}: bad expectation"); continue
        kind, arg = exp; kinds[kind] += 1
        if kind == "list":
            if not arg: P(f"{tw}: L() without criteria")
            for k, v in arg.items():
                if k == "language":
                    if not isinstance(v, list) or not v or any(x not in LANGS for x in v): P(f"{tw}: language {v}")
                elif k == "specialty":
                    if v not in SPECS: P(f"{tw}: specialty {v}")
                elif k == "insurer":
                    if v not in INSURERS: P(f"{tw}: insurer {v}")
                    used_terms.add(v)
                elif k == "district":
                    if v not in DISTRICTS: P(f"{tw}: district {v}")
                    used_terms.add(v)
                elif k in ("emergency", "direct_billing"):
                    if v is not True: P(f"{tw}: {k} must be True")
                elif k == "ids":
                    if not isinstance(v, list) or any(x not in HB for x in v) or len(set(v)) != len(v): P(f"{tw}: ids {v}")
                    if len(arg) != 1: P(f"{tw}: ids mixed with other criteria")
                    used_terms.update(HB[x]["district"] for x in v if x in HB)
                else: P(f"{tw}: unknown criterion {k}")
            n = sum(match(h, arg) for h in H)
            if not 1 <= n <= N - 1: P(f"{tw}: {arg} matches {n} hospitals")
            if mech == "symptoms" and "specialty" in arg: sym_cov[lang].add(arg["specialty"])
        elif kind == "info":
            if arg.get("hospital") not in HB: P(f"{tw}: unknown hospital {arg.get('hospital')}")
            if arg.get("field") not in ("phone", "address"): P(f"{tw}: field {arg.get('field')}")
        elif kind == "choice":
            names = arg.get("names", [])
            if len(names) < 2 or any(x not in HB for x in names): P(f"{tw}: choice {names}")
        elif kind in ("emergency", "hotline", "noadvice", "lang"):
            if arg: P(f"{tw}: {kind} takes no argument")
        else: P(f"{tw}: unknown expectation {kind}")
for t in list(new_ins) + list(new_dis):
    if t not in used_terms: P(f"cases: new term {t} never used in an expectation")
for lang in CONV_LANGS:
    miss = [s for s in SPECS if s not in sym_cov[lang]]
    if miss: P(f"cases: symptoms/{lang} does not cover {miss}")

def table(title, d):
    print(f"\n{title}")
    print(f"{'mechanism':16}" + "".join(f"{l:>6}" for l in CONV_LANGS) + f"{'total':>7}")
    for m in MECHS:
        print(f"{m:16}" + "".join(f"{d[(m, l)]:>6}" for l in CONV_LANGS) + f"{sum(d[(m, l)] for l in CONV_LANGS):>7}")
    print(f"{'total':16}" + "".join(f"{sum(d[(m, l)] for m in MECHS):>6}" for l in CONV_LANGS) + f"{sum(d.values()):>7}")
table("Turns", turns); table("Conversations", convs)
print("\nExpectation kinds:", dict(sorted(kinds.items())))
for p in problems: print("PROBLEM:", p)
print(f"\n{len(problems)} problems")
sys.exit(1 if problems else 0)
