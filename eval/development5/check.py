#!/usr/bin/env python3
"""Checker for the blind5 evaluation set: directory constraints, case format, list expectations.

Exits 1 when any problem is found, 0 otherwise.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from q import match  # noqa: E402

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

SPECIALTIES = """general_practice internal_medicine emergency pediatrics obstetrics_gynecology cardiology
cardiac_surgery orthopedics dermatology ophthalmology ent dentistry psychiatry neurology gastroenterology oncology
urology general_surgery respiratory endocrinology infectious_diseases traditional_chinese_medicine rehabilitation
health_checkup""".split()
STAFF_LANGS = "en zh ja fr de ko ru es it ar pt".split()
CHAT_LANGS = ["en", "ja", "de", "fr"]
BUILTIN_DISTRICTS = {
    "jinjiang": ["Jinjiang", "锦江", "錦江"], "qingyang": ["Qingyang", "青羊"], "jinniu": ["Jinniu", "金牛"],
    "wuhou": ["Wuhou", "武侯"], "chenghua": ["Chenghua", "成华", "成華"], "longquanyi": ["Longquanyi", "龙泉驿", "龍泉駅"],
    "qingbaijiang": ["Qingbaijiang", "青白江"], "xindu": ["Xindu", "新都"], "wenjiang": ["Wenjiang", "温江"],
    "shuangliu": ["Shuangliu", "双流"], "pidu": ["Pidu", "郫都"], "xinjin": ["Xinjin", "新津"],
    "dujiangyan": ["Dujiangyan", "都江堰"], "pengzhou": ["Pengzhou", "彭州"], "qionglai": ["Qionglai", "邛崃"],
    "chongzhou": ["Chongzhou", "崇州"], "jianyang": ["Jianyang", "简阳"], "jintang": ["Jintang", "金堂"],
    "dayi": ["Dayi", "大邑"], "pujiang": ["Pujiang", "蒲江"], "high-tech-zone": ["High-tech", "High tech", "高新"],
    "tianfu-new-area": ["Tianfu", "天府"],
}
BUILTIN_INSURERS = {
    "cigna": ["Cigna"], "allianz-care": ["Allianz Care", "Allianz"], "axa": ["AXA"], "bupa-global": ["Bupa Global", "Bupa"],
    "aetna-international": ["Aetna International", "Aetna"], "geoblue": ["GeoBlue"], "henner": ["Henner"],
    "april-international": ["April International"], "now-health": ["Now Health"],
    "william-russell": ["William Russell"], "generali": ["Generali"], "img": ["IMG"],
    "international-sos": ["International SOS"], "ping-an-health": ["Ping An Health", "平安健康"],
    "taikang-online": ["Taikang Online", "泰康在线"],
}
SHADOWED = "generali"          # built-in insurer whose brand a new insurer takes as an alias
SHADOW_ALIAS = "Generali"
MECHANISMS = ["context", "corrections", "symptoms", "new_terms", "typos", "kana", "code_switching",
              "language_switch", "search_first", "baseline"]
MECH_ABBR = {"context": "ctx", "corrections": "cor", "symptoms": "sym", "new_terms": "new", "typos": "typ",
             "kana": "kana", "code_switching": "cs", "language_switch": "sw", "search_first": "sf",
             "baseline": "base"}
KATAKANA = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]")

problems = []


def problem(msg):
    problems.append(msg)


def squash(s):
    return re.sub(r"[\W_]+", "", s, flags=re.UNICODE)


def all_texts(h):
    out = [h["phone"]] + list(h["address"].values())
    desk = h.get("international_desk") or {}
    for k in ("phone", "email"):
        if k in desk:
            out.append(desk[k])
    out += list((desk.get("hours") or {}).values())
    return out


# ---------------------------------------------------------------- directory
def check_directory():
    with open(os.path.join(HERE, "directory.json"), encoding="utf-8") as f:
        d = json.load(f)
    if d.get("version") != 1:
        problem("directory: version must be 1")
    extra = set(d) - {"version", "hospitals", "insurers", "districts"}
    if extra:
        problem("directory: unknown keys %s" % extra)
    hs = d["hospitals"]
    if not 20 <= len(hs) <= 24:
        problem("directory: %d hospitals, want 20-24" % len(hs))
    new_ins = {t["id"]: t for t in d.get("insurers", [])}
    new_dis = {t["id"]: t for t in d.get("districts", [])}
    if len(new_ins) < 4:
        problem("directory: fewer than 4 new insurers")
    if len(new_dis) < 3:
        problem("directory: fewer than 3 new districts")
    for tid in list(new_ins) + list(new_dis):
        if tid in BUILTIN_INSURERS or tid in BUILTIN_DISTRICTS:
            problem("term %s: id collides with a built-in id" % tid)
    # terms
    term_strings = []  # (owner, string)
    for kind, terms in (("insurer", new_ins), ("district", new_dis)):
        for tid, t in terms.items():
            if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,63}", tid):
                problem("%s %s: bad id" % (kind, tid))
            name = t.get("name", {})
            if "en" not in name or not (set(name) & {"zh", "ja", "de", "fr"}):
                problem("%s %s: name needs en plus one of zh/ja/de/fr" % (kind, tid))
            if set(name) - {"en", "zh", "ja", "de", "fr"}:
                problem("%s %s: unknown locale in name" % (kind, tid))
            aliases = t.get("aliases", [])
            if not any(KATAKANA.search(a) for a in aliases):
                problem("%s %s: no katakana alias" % (kind, tid))
            if set(t) - {"id", "name", "aliases"}:
                problem("%s %s: unknown keys" % (kind, tid))
            for s in list(name.values()) + aliases:
                term_strings.append((kind + ":" + tid, s))
    for kind, table in (("insurer", BUILTIN_INSURERS), ("district", BUILTIN_DISTRICTS)):
        for tid, names in table.items():
            for s in names:
                term_strings.append(("builtin-" + kind + ":" + tid, s))
    # overlaps between terms: a string of one term may not equal or contain a string of another term
    shadow_owner = None
    for t in new_ins.values():
        if SHADOW_ALIAS in t.get("aliases", []):
            shadow_owner = "insurer:" + t["id"]
    if not shadow_owner:
        problem("directory: no new insurer takes the alias %r" % SHADOW_ALIAS)
    for i, (o1, s1) in enumerate(term_strings):
        for o2, s2 in term_strings[i + 1:]:
            if o1 == o2 or (o1.startswith("builtin") and o2.startswith("builtin")):
                continue
            a, b = s1.lower(), s2.lower()
            hit = a == b or (len(a) >= 3 and re.search(r"(?<![a-z])" + re.escape(a) + r"(?![a-z])", b)) or \
                (len(b) >= 3 and re.search(r"(?<![a-z])" + re.escape(b) + r"(?![a-z])", a))
            if not hit:
                continue
            pair = {o1, o2}
            if pair == {shadow_owner, "builtin-insurer:" + SHADOWED}:
                continue
            problem("terms overlap: %s %r / %s %r" % (o1, s1, o2, s2))
    # hospitals
    all_districts = set(BUILTIN_DISTRICTS) | set(new_dis)
    all_insurers = set(BUILTIN_INSURERS) | set(new_ins)
    district_words = [s for o, s in term_strings if "district:" in o]
    insurer_words = [s for o, s in term_strings if "insurer:" in o]
    ids = set()
    spec_count = collections.Counter()
    no_en = no_billing = 0
    allowed = {"id", "name", "district", "address", "phone", "international_desk", "website", "location",
               "languages", "specialties", "emergency_24h", "direct_billing", "accreditations", "verified_on",
               "notes"}
    for i, h in enumerate(hs):
        p = "hospitals[%d] %s" % (i, h.get("id"))
        if set(h) - allowed:
            problem(p + ": unknown keys %s" % (set(h) - allowed))
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,63}", h["id"]):
            problem(p + ": bad id")
        if h["id"] in ids:
            problem(p + ": duplicate id")
        ids.add(h["id"])
        for key in ("name", "address"):
            if not {"en", "zh"} <= set(h[key]):
                problem(p + ": %s needs en and zh" % key)
        if h["district"] not in all_districts:
            problem(p + ": unknown district")
        for names in h["name"].values():
            for w in district_words:
                if w.lower() in names.lower():
                    problem(p + ": name %r contains district name %r" % (names, w))
            for w in insurer_words:
                if re.search(r"(?<![a-z])" + re.escape(w.lower()) + r"(?![a-z])", names.lower()):
                    problem(p + ": name %r contains insurer name %r" % (names, w))
        langs = h["languages"]
        if any(x not in STAFF_LANGS for x in langs) or len(set(langs)) != len(langs):
            problem(p + ": bad languages")
        if "zh" not in langs:
            problem(p + ": no zh")
        if "en" not in langs:
            no_en += 1
        specs = h["specialties"]
        if not specs or any(s not in SPECIALTIES for s in specs) or len(set(specs)) != len(specs):
            problem(p + ": bad specialties")
        spec_count.update(specs)
        if bool(h.get("emergency_24h")) != ("emergency" in specs):
            problem(p + ": emergency_24h must be true exactly with the emergency specialty")
        bill = h.get("direct_billing", [])
        if any(b not in all_insurers for b in bill):
            problem(p + ": unknown insurer in direct_billing")
        if SHADOWED in bill:
            problem(p + ": bills the shadowed built-in insurer %s" % SHADOWED)
        if not bill:
            no_billing += 1
        for t in all_texts(h):
            if "120" in squash(t) or "120" in re.sub(r"\D", "", t):
                problem(p + ": text contains 120: %r" % t)
        if "website" in h and not re.match(r"https?://", h["website"]):
            problem(p + ": bad website")
    for s in SPECIALTIES:
        if spec_count[s] < 2:
            problem("specialty %s offered by %d hospitals (<2)" % (s, spec_count[s]))
        if spec_count[s] == len(hs):
            problem("specialty %s offered by all hospitals" % s)
    if no_en < 3:
        problem("directory: only %d hospitals without en" % no_en)
    if no_billing < 2:
        problem("directory: only %d hospitals without direct billing" % no_billing)
    for tid in new_ins:
        if not any(tid in h.get("direct_billing", []) for h in hs):
            problem("new insurer %s billed by no hospital" % tid)
    for tid in new_dis:
        if not any(h["district"] == tid for h in hs):
            problem("new district %s has no hospital" % tid)
    return d, all_insurers, all_districts


# ---------------------------------------------------------------- cases
def hospital_keywords(h, new_dis):
    """Strings by which a turn may name or pick a hospital (name parts or its district)."""
    kws = []
    en = h["name"]["en"]
    kws.append(en.split()[0].lower())
    kws.append(" ".join(en.split()[:2]).lower())
    for loc in ("zh", "ja", "de", "fr"):
        if loc in h["name"]:
            n = h["name"][loc]
            kws.append(n.lower())
            kws.append(n[:2].lower())
    kws += [s.lower() for s in BUILTIN_DISTRICTS.get(h["district"], [])]
    if h["district"] in new_dis:
        t = new_dis[h["district"]]
        kws += [s.lower() for s in list(t["name"].values()) + t["aliases"]]
    kws.append(h["district"].split("-")[0])
    return [k for k in kws if k]


def check_cases(d, all_insurers, all_districts):
    path = os.path.join(HERE, "cases.py")
    src = open(path, encoding="utf-8").read()
    if not src.startswith(HEADER):
        problem("cases.py does not start with the exact header")
    ns = {}
    exec(compile(src, path, "exec"), ns)
    convs = ns["CONVERSATIONS"]
    hs = d["hospitals"]
    byid = {h["id"]: h for h in hs}
    new_dis = {t["id"]: t for t in d.get("districts", [])}
    seen_ids = set()
    seen_texts = {}
    turns_tab = collections.defaultdict(collections.Counter)
    convs_tab = collections.defaultdict(collections.Counter)
    exp_tab = collections.defaultdict(collections.Counter)
    spec_cov = collections.defaultdict(set)
    long_turns = total_turns = 0
    list_sizes = collections.Counter()
    for c in convs:
        cid = c.get("id")
        p = "conversation %s" % cid
        if set(c) != {"id", "language", "mechanism", "metadata", "turns"}:
            problem(p + ": keys must be id, language, mechanism, metadata, turns")
            continue
        if cid in seen_ids:
            problem(p + ": duplicate id")
        seen_ids.add(cid)
        lang, mech = c["language"], c["mechanism"]
        if lang not in CHAT_LANGS:
            problem(p + ": bad language")
        if mech not in MECHANISMS:
            problem(p + ": bad mechanism %r" % mech)
        elif not re.fullmatch(r"%s-%s-\d{3}" % (lang, MECH_ABBR[mech]), cid):
            problem(p + ": id should look like %s-%s-NNN" % (lang, MECH_ABBR[mech]))
        if mech == "kana" and lang != "ja":
            problem(p + ": kana conversations are Japanese")
        if c["metadata"] is not None and not isinstance(c["metadata"], dict):
            problem(p + ": metadata must be None or a dict")
        turns = c["turns"]
        if not 1 <= len(turns) <= 6:
            problem(p + ": %d turns (1-6 allowed)" % len(turns))
        convs_tab[mech][lang] += 1
        total_turns += len(turns)
        if len(turns) >= 3:
            long_turns += len(turns)
        last_list = None
        switched = False
        for ti, t in enumerate(turns):
            tp = "%s turn %d" % (p, ti + 1)
            if not isinstance(t, tuple) or len(t) not in (2, 3):
                problem(tp + ": turn must be (text, expectation[, language])")
                continue
            text, exp = t[0], t[1]
            if not isinstance(text, str) or not text.strip():
                problem(tp + ": empty text")
            if text in seen_texts:
                problem(tp + ": same text as %s" % seen_texts[text])
            seen_texts[text] = tp
            if len(t) == 3:
                if t[2] not in CHAT_LANGS or t[2] == lang:
                    problem(tp + ": third element must be another of en/ja/de/fr")
                switched = True
                rlang = t[2]
            else:
                if switched:
                    problem(tp + ": after a language change every later turn carries the reply language")
                rlang = lang
            turns_tab[mech][lang] += 1
            if not (isinstance(exp, tuple) and len(exp) == 2 and isinstance(exp[1], dict)):
                problem(tp + ": bad expectation")
                continue
            kind, arg = exp
            exp_tab[kind][rlang] += 1
            if kind == "list":
                crit = arg
                keys = set(crit)
                if not crit:
                    problem(tp + ": empty criteria")
                if "ids" in keys and keys != {"ids"}:
                    problem(tp + ": ids cannot be combined with other criteria")
                if keys - {"language", "specialty", "insurer", "district", "emergency", "direct_billing", "ids"}:
                    problem(tp + ": unknown criteria %s" % keys)
                if "language" in crit and (not isinstance(crit["language"], list) or not crit["language"]
                                           or any(x not in STAFF_LANGS for x in crit["language"])):
                    problem(tp + ": bad language criterion")
                if "specialty" in crit and crit["specialty"] not in SPECIALTIES:
                    problem(tp + ": unknown specialty %r" % crit["specialty"])
                if "insurer" in crit and crit["insurer"] not in all_insurers:
                    problem(tp + ": unknown insurer %r" % crit["insurer"])
                if "district" in crit and crit["district"] not in all_districts:
                    problem(tp + ": unknown district %r" % crit["district"])
                for k in ("emergency", "direct_billing"):
                    if k in crit and crit[k] is not True:
                        problem(tp + ": %s must be True" % k)
                if "ids" in crit and any(i not in byid for i in crit["ids"]):
                    problem(tp + ": unknown hospital id in ids")
                try:
                    res = [h["id"] for h in hs if match(h, crit)]
                except KeyError as e:
                    problem(tp + ": %s" % e)
                    res = []
                if not res:
                    problem(tp + ": list expectation matches no hospital %s" % crit)
                list_sizes[min(len(res), 11)] += 1
                last_list = res
                if "specialty" in crit:
                    spec_cov[lang].add(crit["specialty"])
                if crit.get("emergency"):
                    spec_cov[lang].add("emergency")
            elif kind == "info":
                hid, field = arg.get("hospital"), arg.get("field")
                if hid not in byid:
                    problem(tp + ": INFO unknown hospital %r" % hid)
                    continue
                if field not in ("phone", "address"):
                    problem(tp + ": INFO field must be phone or address")
                if last_list is None:
                    problem(tp + ": INFO without a preceding list")
                elif hid not in last_list:
                    problem(tp + ": INFO hospital %s not in the preceding list %s" % (hid, last_list))
                elif len(last_list) > 1:
                    low = text.lower()
                    if not any(k in low for k in hospital_keywords(byid[hid], new_dis)):
                        problem(tp + ": INFO after a list of %d must name the hospital or its district"
                                % len(last_list))
                    else:
                        # the district used to pick it must be unique in that list
                        same = [x for x in last_list if byid[x]["district"] == byid[hid]["district"]]
                        named = any(k in low for k in hospital_keywords(byid[hid], new_dis)[:-1]
                                    if k not in [s.lower() for s in BUILTIN_DISTRICTS.get(byid[hid]["district"], [])])
                        if len(same) > 1 and not named:
                            problem(tp + ": hospital picked by a district that is not unique in the list")
            elif kind == "choice":
                if not arg.get("names"):
                    problem(tp + ": CHOICE without names")
            elif kind in ("emergency", "hotline", "noadvice", "lang"):
                if arg:
                    problem(tp + ": %s takes no argument" % kind)
            else:
                problem(tp + ": unknown expectation kind %r" % kind)
    for lang in CHAT_LANGS:
        missing = [s for s in SPECIALTIES if s not in spec_cov[lang]]
        if missing:
            problem("language %s: specialties never searched: %s" % (lang, ", ".join(missing)))
    return turns_tab, convs_tab, exp_tab, long_turns, total_turns, list_sizes


def table(title, tab, rows):
    print("\n" + title)
    print("%-16s" % "" + "".join("%6s" % l for l in CHAT_LANGS) + "%7s" % "total")
    col = collections.Counter()
    for r in rows:
        vals = [tab[r][l] for l in CHAT_LANGS]
        for l in CHAT_LANGS:
            col[l] += tab[r][l]
        print("%-16s" % r + "".join("%6d" % v for v in vals) + "%7d" % sum(vals))
    print("%-16s" % "total" + "".join("%6d" % col[l] for l in CHAT_LANGS) + "%7d" % sum(col.values()))


def main():
    d, ins, dis = check_directory()
    turns_tab, convs_tab, exp_tab, long_turns, total_turns, sizes = check_cases(d, ins, dis)
    table("TURNS per mechanism x language", turns_tab, MECHANISMS)
    table("CONVERSATIONS per mechanism x language", convs_tab, MECHANISMS)
    table("TURNS per expectation x reply language", exp_tab,
          ["list", "info", "emergency", "hotline", "noadvice", "lang", "choice"])
    share = 100.0 * long_turns / max(total_turns, 1)
    print("\nturns in conversations of 3+ turns: %d / %d = %.1f%%" % (long_turns, total_turns, share))
    print("list sizes (11 = 11 or more):", dict(sorted(sizes.items())))
    if share < 55:
        problem("only %.1f%% of turns in conversations of 3+ turns (want >= 55%%)" % share)
    if not 360 <= total_turns <= 420:
        problem("%d turns in all (want about 360-420)" % total_turns)
    for l in CHAT_LANGS:
        n = sum(turns_tab[m][l] for m in MECHANISMS)
        if not 90 <= n <= 105:
            problem("language %s has %d turns (want 90-105)" % (l, n))
    print("\n%d problem(s)" % len(problems))
    for p in problems:
        print("  - " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
