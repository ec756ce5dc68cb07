#!/usr/bin/env python3
"""Validates directory.json and cases.py of eval/development9. Prints counts; ends with OK or the problems."""
import collections, importlib.util, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from q import query  # noqa: E402

SPECIALTIES = ["general_practice", "internal_medicine", "emergency", "pediatrics", "obstetrics_gynecology", "cardiology",
               "cardiac_surgery", "orthopedics", "dermatology", "ophthalmology", "ent", "dentistry", "psychiatry",
               "neurology", "gastroenterology", "oncology", "urology", "general_surgery", "respiratory", "endocrinology",
               "infectious_diseases", "traditional_chinese_medicine", "rehabilitation", "health_checkup"]
BUILTIN_INSURERS = {
    "cigna": ["Cigna Global Health", "Cigna", "信诺"], "allianz-care": ["Allianz Care", "Allianz", "安联"],
    "axa": ["AXA Global Healthcare", "AXA", "安盛"], "bupa-global": ["Bupa Global", "Bupa", "保柏"],
    "aetna-international": ["Aetna International", "Aetna", "安泰"], "geoblue": ["GeoBlue"],
    "henner": ["Henner", "MSH International"], "april-international": ["APRIL International"],
    "now-health": ["Now Health International", "Now Health"], "william-russell": ["William Russell"],
    "generali": ["Generali Global Health", "Generali", "忠利"], "img": ["IMG International Medical Group", "IMG"],
    "international-sos": ["International SOS", "SOS"], "ping-an-health": ["Ping An Health", "Ping An", "平安"],
    "taikang-online": ["Taikang Online", "Taikang", "泰康"]}
BUILTIN_DISTRICTS = {
    "jinjiang": ["Jinjiang", "锦江"], "qingyang": ["Qingyang", "青羊"], "jinniu": ["Jinniu", "金牛"], "wuhou": ["Wuhou", "武侯"],
    "chenghua": ["Chenghua", "成华"], "longquanyi": ["Longquanyi", "龙泉驿"], "qingbaijiang": ["Qingbaijiang", "青白江"],
    "xindu": ["Xindu", "新都"], "wenjiang": ["Wenjiang", "温江"], "shuangliu": ["Shuangliu", "双流"], "pidu": ["Pidu", "郫都"],
    "xinjin": ["Xinjin", "新津"], "dujiangyan": ["Dujiangyan", "都江堰"], "pengzhou": ["Pengzhou", "彭州"],
    "qionglai": ["Qionglai", "邛崃"], "chongzhou": ["Chongzhou", "崇州"], "jianyang": ["Jianyang", "简阳"],
    "jintang": ["Jintang", "金堂"], "dayi": ["Dayi", "大邑"], "pujiang": ["Pujiang", "蒲江"],
    "high-tech-zone": ["Hi-tech Zone", "High-tech", "Hightech", "Gaoxin", "高新"],
    "tianfu-new-area": ["Tianfu New Area", "Tianfu", "天府"]}
MECHANISMS = {"baseline": "bas", "context": "ctx", "corrections": "cor", "symptoms": "sym", "new_terms": "new",
              "typos": "typ", "kana": "kan", "code_switching": "cod", "language_switch": "lsw",
              "kind_confusion": "kin", "short_messages": "sho", "search_first": "sea"}
LANGS = ["en", "ja", "de", "fr"]
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
problems = []


def bad(msg):
    problems.append(msg)


def contains_term(text, alias):
    t, a = text.lower(), alias.lower()
    if re.fullmatch(r"[a-z0-9 .'-]+", a) and len(a) <= 4:
        return re.search(r"(?<![a-z])" + re.escape(a) + r"(?![a-z])", t) is not None
    return a in t


def check_directory():
    d = json.load(open(os.path.join(HERE, "directory.json"), encoding="utf-8"))
    assert d["version"] == 1
    hs = d["hospitals"]
    ins = {t["id"]: t for t in d.get("insurers", [])}
    dis = {t["id"]: t for t in d.get("districts", [])}
    if not 4 <= len(ins) <= 5: bad(f"{len(ins)} new insurers, want 4-5")
    if len(dis) != 3: bad(f"{len(dis)} new districts, want 3")
    known_ins = set(BUILTIN_INSURERS) | set(ins)
    known_dis = set(BUILTIN_DISTRICTS) | set(dis)
    for t in list(ins.values()) + list(dis.values()):
        if t["id"] in BUILTIN_INSURERS or t["id"] in BUILTIN_DISTRICTS: bad(f"term id {t['id']} is built in")
        if "en" not in t["name"]: bad(f"term {t['id']} lacks en name")
    term_words = []
    for tid, words in list(BUILTIN_INSURERS.items()) + list(BUILTIN_DISTRICTS.items()):
        term_words += [(tid, w) for w in words]
    for t in list(ins.values()) + list(dis.values()):
        term_words += [(t["id"], w) for w in list(t["name"].values()) + t.get("aliases", [])]
    ids = set()
    spec_count = collections.Counter()
    for i, h in enumerate(hs):
        p = f"hospitals[{i}] {h['id']}"
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,63}", h["id"]): bad(f"{p}: bad id")
        if h["id"] in ids: bad(f"{p}: duplicate id")
        ids.add(h["id"])
        for k in ("en", "zh"):
            if k not in h["name"] or k not in h["address"]: bad(f"{p}: missing {k} name/address")
        if h["district"] not in known_dis: bad(f"{p}: unknown district")
        for b in h.get("direct_billing", []):
            if b not in known_ins: bad(f"{p}: unknown insurer {b}")
        if not h["specialties"]: bad(f"{p}: no specialty")
        for s in h["specialties"]:
            if s not in SPECIALTIES: bad(f"{p}: unknown specialty {s}")
        spec_count.update(set(h["specialties"]))
        if bool(h.get("emergency_24h")) != ("emergency" in h["specialties"]): bad(f"{p}: emergency_24h mismatch")
        texts = [h["phone"]] + list(h["address"].values())
        if any("120" in x for x in texts): bad(f"{p}: '120' in phone/address")
        for loc, name in h["name"].items():
            for tid, w in term_words:
                if contains_term(name, w): bad(f"{p}: name[{loc}] {name!r} contains term {w!r} ({tid})")
    for s in SPECIALTIES:
        if not 2 <= spec_count[s] <= 9: bad(f"specialty {s} in {spec_count[s]} hospitals")
    nobill = [h["id"] for h in hs if not h.get("direct_billing")]
    if len(nobill) < 2: bad("fewer than 2 hospitals without direct billing")
    # alias collisions inside one kind (for CHOICE)
    collisions = {}
    for kind, terms in (("insurer", ins), ("district", dis)):
        seen = collections.defaultdict(set)
        for t in terms.values():
            for a in list(t["name"].values()) + t.get("aliases", []):
                seen[a.lower()].add(t["name"]["en"])
        for a, names in seen.items():
            if len(names) > 1: collisions[a] = sorted(names)
    print(f"directory: {len(hs)} hospitals, {len(ins)} new insurers, {len(dis)} new districts, "
          f"{len(nobill)} without direct billing, specialties per hospital count min {min(spec_count.values())} max {max(spec_count.values())}")
    print("alias collisions:", collisions)
    return d, collisions


def names_hospital(msg, h):
    m = msg.lower()
    for n in h["name"].values():
        if n.lower() in m: return True
    first = re.split(r"[ ,&']", h["name"]["en"])[0].lower()
    return len(first) >= 4 and first in m


def check_cases(d, collisions):
    src = open(os.path.join(HERE, "cases.py"), encoding="utf-8").read()
    if not src.startswith(HEADER): bad("cases.py does not start with the exact header")
    spec = importlib.util.spec_from_file_location("cases_dev9", os.path.join(HERE, "cases.py"))
    cases = importlib.util.module_from_spec(spec); spec.loader.exec_module(cases)
    if cases.DIRECTORY_FILE != "directory.json": bad("DIRECTORY_FILE")
    hosp = {h["id"]: h for h in d["hospitals"]}
    en_names = {t["name"]["en"] for t in d.get("insurers", []) + d.get("districts", [])}
    seen_ids = set()
    per = collections.defaultdict(lambda: collections.Counter())
    turns_per = collections.defaultdict(lambda: collections.Counter())
    specs = collections.defaultdict(set)
    kinds = collections.Counter()
    for conv in cases.CONVERSATIONS:
        cid = conv["id"]
        if cid in seen_ids: bad(f"duplicate id {cid}")
        seen_ids.add(cid)
        m = re.fullmatch(r"(en|ja|de|fr)-([a-z]{3})-(\d{3})", cid)
        if not m: bad(f"bad id {cid}"); continue
        if conv["language"] != m.group(1): bad(f"{cid}: language field")
        if conv["mechanism"] not in MECHANISMS: bad(f"{cid}: unknown mechanism"); continue
        if MECHANISMS[conv["mechanism"]] != m.group(2): bad(f"{cid}: id does not match mechanism {conv['mechanism']}")
        if set(conv) != {"id", "language", "mechanism", "metadata", "turns"}: bad(f"{cid}: keys")
        lang = m.group(1)
        per[lang][conv["mechanism"]] += 1
        prev_result = None
        for ti, turn in enumerate(conv["turns"]):
            msg, (kind, arg) = turn[0], turn[1]
            kinds[kind] += 1
            turns_per[lang][conv["mechanism"]] += 1
            if not isinstance(msg, str) or not msg.strip(): bad(f"{cid}[{ti}]: empty message")
            if len(turn) > 2 and turn[2] not in LANGS: bad(f"{cid}[{ti}]: reply language {turn[2]}")
            if kind == "list":
                for k in arg:
                    if k not in ("language", "specialty", "insurer", "district", "emergency", "direct_billing", "ids"):
                        bad(f"{cid}[{ti}]: criterion {k}")
                if "ids" in arg:
                    for i in arg["ids"]:
                        if i not in hosp: bad(f"{cid}[{ti}]: unknown id {i}")
                if "specialty" in arg:
                    if arg["specialty"] not in SPECIALTIES: bad(f"{cid}[{ti}]: specialty {arg['specialty']}")
                    if arg["specialty"] == "emergency": bad(f"{cid}[{ti}]: use emergency=True")
                    specs[lang].add(arg["specialty"])
                if arg.get("emergency"): specs[lang].add("emergency")
                if "language" in arg and not isinstance(arg["language"], list): bad(f"{cid}[{ti}]: language not a list")
                r = query(arg, d)
                if not 1 <= len(r) <= 10: bad(f"{cid}[{ti}]: list returns {len(r)} hospitals {arg}")
                prev_result = r
            elif kind == "info":
                h = arg["hospital"]
                if h not in hosp: bad(f"{cid}[{ti}]: INFO unknown hospital {h}")
                elif arg["field"] not in ("phone", "address"): bad(f"{cid}[{ti}]: INFO field")
                elif not (prev_result == [h] or names_hospital(msg, hosp[h])):
                    bad(f"{cid}[{ti}]: INFO {h} neither after a one-hospital list nor named")
            elif kind == "choice":
                names = arg["names"]
                if any(n not in en_names for n in names): bad(f"{cid}[{ti}]: CHOICE names {names}")
                if not any(sorted(names) == v for v in collisions.values()): bad(f"{cid}[{ti}]: CHOICE not a collision")
                nxt = conv["turns"][ti + 1] if ti + 1 < len(conv["turns"]) else None
                if nxt and nxt[0].startswith("@button"):
                    sub = nxt[0][len("@button "):]
                    if sum(sub.lower() in n.lower() for n in names) != 1: bad(f"{cid}[{ti+1}]: @button substring")
                    if nxt[1][0] != "list": bad(f"{cid}[{ti+1}]: after @button expect L")
            elif kind in ("emergency", "hotline", "noadvice", "lang"):
                if kind != "lang": prev_result = None
            else:
                bad(f"{cid}[{ti}]: unknown expectation {kind}")
    for lang in LANGS:
        miss = [mm for mm in MECHANISMS if per[lang][mm] == 0]
        if miss: bad(f"{lang}: missing mechanisms {miss}")
        ms = [s for s in SPECIALTIES if s not in specs[lang]]
        if ms: bad(f"{lang}: missing specialties {ms}")
    # report
    print("\nconversations / turns per language and mechanism")
    print("mechanism".ljust(16) + "".join(l.rjust(10) for l in LANGS) + "total".rjust(10))
    for mm in MECHANISMS:
        row = [f"{per[l][mm]}/{turns_per[l][mm]}" for l in LANGS]
        print(mm.ljust(16) + "".join(x.rjust(10) for x in row)
              + f"{sum(per[l][mm] for l in LANGS)}/{sum(turns_per[l][mm] for l in LANGS)}".rjust(10))
    tc = {l: sum(per[l].values()) for l in LANGS}
    tt = {l: sum(turns_per[l].values()) for l in LANGS}
    print("total".ljust(16) + "".join(f"{tc[l]}/{tt[l]}".rjust(10) for l in LANGS)
          + f"{sum(tc.values())}/{sum(tt.values())}".rjust(10))
    print("expectations:", dict(kinds))
    total_turns = sum(tt.values())
    if not 380 <= total_turns <= 440: bad(f"{total_turns} turns, want 380-440")


d, coll = check_directory()
check_cases(d, coll)
if problems:
    print("\nPROBLEMS:")
    for p in problems: print(" -", p)
    sys.exit(1)
print("\nOK")
