#!/usr/bin/env python3
"""Validates directory.json and cases.py of the blind6 evaluation set; prints count tables.

Exit status 1 when any problem is found.
"""
import collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from q import search  # noqa: E402

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
LANGUAGES = "en zh ja fr de ko ru es it ar pt".split()
LOCALES = ["en", "zh", "ja", "de", "fr"]
REPLY_LANGS = ["en", "ja", "de", "fr"]
MECHANISMS = ["context", "corrections", "symptoms", "new_terms", "typos", "kana", "code_switching",
              "language_switch", "kind_confusion", "short_messages", "search_first", "baseline"]

BUILTIN_DISTRICTS = {
    "jinjiang": ["Jinjiang", "锦江", "錦江"], "qingyang": ["Qingyang", "青羊"], "jinniu": ["Jinniu", "金牛"],
    "wuhou": ["Wuhou", "武侯"], "chenghua": ["Chenghua", "成华", "成華"], "longquanyi": ["Longquanyi", "龙泉驿", "龍泉"],
    "qingbaijiang": ["Qingbaijiang", "青白江"], "xindu": ["Xindu", "新都"], "wenjiang": ["Wenjiang", "温江"],
    "shuangliu": ["Shuangliu", "双流"], "pidu": ["Pidu", "郫都"], "xinjin": ["Xinjin"], "dujiangyan": ["Dujiangyan", "都江堰"],
    "pengzhou": ["Pengzhou"], "qionglai": ["Qionglai"], "chongzhou": ["Chongzhou"], "jianyang": ["Jianyang"],
    "jintang": ["Jintang"], "dayi": ["Dayi"], "pujiang": ["Pujiang"],
    "high-tech-zone": ["High-tech Zone", "High-tech", "Hightech", "高新"],
    "tianfu-new-area": ["Tianfu New Area", "Tianfu", "天府"],
}
BUILTIN_INSURERS = {
    "cigna": ["Cigna Global", "Cigna"], "allianz-care": ["Allianz Care", "Allianz"], "axa": ["AXA"],
    "bupa-global": ["Bupa Global", "Bupa"], "aetna-international": ["Aetna International", "Aetna"],
    "geoblue": ["GeoBlue"], "henner": ["Henner"], "april-international": ["April International"],
    "now-health": ["Now Health"], "william-russell": ["William Russell"], "generali": ["Generali"], "img": ["IMG"],
    "international-sos": ["International SOS"], "ping-an-health": ["Ping An Health", "平安健康"],
    "taikang-online": ["Taikang Online", "泰康在线"],
}
# How a patient may name each hospital in a message (lower case); used to decide whether an INFO turn
# picks its hospital unambiguously.
MENTIONS = {
    "rongcheng-intl": ["rongcheng", "蓉城", "ようじょう"],
    "panda-view-family": ["panda", "パンダ", "熊猫", "ﾊﾟﾝﾀﾞ"],
    "maple-leaf-dental": ["maple", "メープル", "枫叶"],
    "shuxin-university": ["shuxin", "蜀新"],
    "jade-bridge-women-children": ["jade bridge", "jade", "玉桥", "玉橋"],
    "cedar-heart-center": ["cedar", "シダー", "雪松"],
    "bamboo-grove-tcm": ["bamboo", "竹林"],
    "sunrise-eye": ["sunrise", "サンライズ", "日升"],
    "harmony-mind": ["harmony", "ハーモニー", "和心"],
    "summit-ortho-sports": ["summit", "サミット", "峰顶"],
    "silk-road-medical": ["silk road", "シルクロード", "丝路"],
    "ginkgo-children": ["ginkgo", "銀杏", "银杏", "いちょう"],
    "riverside-smile-dental": ["riverside", "リバーサイド", "河畔"],
    "evergreen-rehab": ["evergreen", "エバーグリーン", "常青"],
    "clearwater-checkup": ["clearwater", "クリアウォーター", "清泉"],
    "longmen-cancer": ["longmen", "龍門", "龙门"],
    "azure-skin": ["azure", "アジュール", "蔚蓝"],
    "golden-hibiscus": ["hibiscus", "芙蓉"],
    "pinewind-respiratory": ["pinewind", "松風", "松风"],
    "aurora-clinic": ["aurora", "オーロラ", "极光"],
    "willow-ent": ["willow", "柳岸"],
    "moonbay-urology": ["moonbay", "ムーンベイ", "月湾"],
    "starlight-maternity": ["starlight", "スターライト", "星光"],
    "bright-pearl-eye-dental": ["bright pearl", "明珠"],
    "redwood-neuro": ["redwood", "レッドウッド", "红杉"],
}

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")
problems = []


def problem(where, msg):
    problems.append("%s: %s" % (where, msg))


def check_localized(v, where, required=("en",)):
    if not isinstance(v, dict) or not v:
        problem(where, "Localized text must be a non-empty object")
        return
    for k, t in v.items():
        if k not in LOCALES:
            problem(where, "unknown locale %r" % k)
        if not isinstance(t, str) or not t.strip():
            problem(where + "." + str(k), "must be non-empty text")
    for r in required:
        if r not in v:
            problem(where, "missing required locale %r" % r)


def check_term(t, where, builtin_ids):
    if not isinstance(t, dict):
        return problem(where, "Term must be an object")
    for k in t:
        if k not in ("id", "name", "aliases"):
            problem(where, "unknown key %r" % k)
    if not isinstance(t.get("id"), str) or not ID_RE.match(t.get("id", "")):
        problem(where + ".id", "bad id %r" % t.get("id"))
    elif t["id"] in builtin_ids:
        problem(where + ".id", "%r is a built-in id, not a new term" % t["id"])
    check_localized(t.get("name"), where + ".name")
    al = t.get("aliases", [])
    if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
        problem(where + ".aliases", "must be a list of non-empty strings")


def check_directory():
    path = os.path.join(HERE, "directory.json")
    raw = open(path, "rb").read()
    if len(raw) > 5_000_000:
        problem("directory.json", "oversize file")
    d = json.loads(raw.decode("utf-8"))
    for k in d:
        if k not in ("version", "hospitals", "insurers", "districts"):
            problem("directory.json", "unknown key %r" % k)
    if d.get("version") != 1 or type(d.get("version")) is not int:
        problem("version", "must be integer 1")
    insurers = {k: list(v) for k, v in BUILTIN_INSURERS.items()}
    districts = {k: list(v) for k, v in BUILTIN_DISTRICTS.items()}
    for kind, store, builtin in (("insurers", insurers, BUILTIN_INSURERS), ("districts", districts, BUILTIN_DISTRICTS)):
        seen = set()
        for i, t in enumerate(d.get(kind, [])):
            check_term(t, "%s[%d]" % (kind, i), builtin)
            if t.get("id") in seen:
                problem("%s[%d].id" % (kind, i), "duplicate id")
            seen.add(t.get("id"))
            store[t["id"]] = list(t["name"].values()) + list(t.get("aliases", []))
    n_new_ins, n_new_dis = len(d.get("insurers", [])), len(d.get("districts", []))
    if not 4 <= n_new_ins <= 6:
        problem("insurers", "brief asks for 4-6 new insurers, found %d" % n_new_ins)
    if n_new_dis != 3:
        problem("districts", "brief asks for 3 new districts, found %d" % n_new_dis)

    hospitals = d.get("hospitals")
    if not isinstance(hospitals, list):
        problem("hospitals", "must be an array")
        return d, insurers, districts
    if not 20 <= len(hospitals) <= 26:
        problem("hospitals", "brief asks for 20-26 hospitals, found %d" % len(hospitals))
    allowed = {"id", "name", "district", "address", "phone", "international_desk", "website", "location", "languages",
               "specialties", "emergency_24h", "direct_billing", "accreditations", "verified_on", "notes"}
    ids = set()
    all_names = [(iid, n) for iid, ns in insurers.items() for n in ns] + [(did, n) for did, ns in districts.items() for n in ns]
    for i, h in enumerate(hospitals):
        w = "hospitals[%d]" % i
        for k in h:
            if k not in allowed:
                problem(w, "unknown key %r" % k)
        for k in ("id", "name", "district", "address", "phone", "languages", "specialties"):
            if k not in h:
                problem(w, "missing required key %r" % k)
        if not isinstance(h.get("id"), str) or not ID_RE.match(h.get("id", "")):
            problem(w + ".id", "bad id %r" % h.get("id"))
        if h.get("id") in ids:
            problem(w + ".id", "duplicate id")
        ids.add(h.get("id"))
        check_localized(h.get("name"), w + ".name", ("en", "zh"))
        check_localized(h.get("address"), w + ".address", ("en", "zh"))
        if h.get("district") not in districts:
            problem(w + ".district", "unknown district %r" % h.get("district"))
        if not isinstance(h.get("phone"), str) or not h["phone"].strip():
            problem(w + ".phone", "must be non-empty text")
        langs = h.get("languages")
        if not isinstance(langs, list):
            problem(w + ".languages", "must be an array")
        else:
            for j, l in enumerate(langs):
                if l not in LANGUAGES:
                    problem("%s.languages[%d]" % (w, j), "unknown language code %r" % l)
            if len(set(langs)) != len(langs):
                problem(w + ".languages", "duplicate codes")
            if "zh" not in langs:
                problem(w + ".languages", "brief: zh everywhere")
        sp = h.get("specialties")
        if not isinstance(sp, list) or not sp:
            problem(w + ".specialties", "must be a non-empty array")
        else:
            for j, s in enumerate(sp):
                if s not in SPECIALTIES:
                    problem("%s.specialties[%d]" % (w, j), "unknown specialty code %r" % s)
        er = h.get("emergency_24h", False)
        if not isinstance(er, bool):
            problem(w + ".emergency_24h", "must be boolean")
        if bool(er) != ("emergency" in (sp or [])):
            problem(w + ".emergency_24h", "brief: true exactly for hospitals with specialty emergency")
        db = h.get("direct_billing", [])
        if not isinstance(db, list):
            problem(w + ".direct_billing", "must be an array")
        else:
            for j, x in enumerate(db):
                if x not in insurers:
                    problem("%s.direct_billing[%d]" % (w, j), "unknown insurer %r" % x)
        if "website" in h and not re.match(r"^https?://[^\s/]+", str(h["website"])):
            problem(w + ".website", "bad URL")
        if "location" in h:
            loc = h["location"]
            if not (isinstance(loc, dict) and set(loc) == {"lat", "lon"} and -90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180):
                problem(w + ".location", "bad location")
        if "verified_on" in h:
            try:
                datetime.date.fromisoformat(h["verified_on"])
            except Exception:
                problem(w + ".verified_on", "bad date")
        if "accreditations" in h and not (isinstance(h["accreditations"], list) and all(isinstance(a, str) for a in h["accreditations"])):
            problem(w + ".accreditations", "must be an array of strings")
        if "notes" in h:
            check_localized(h["notes"], w + ".notes")
        if "international_desk" in h:
            desk = h["international_desk"]
            if not isinstance(desk, dict) or set(desk) - {"phone", "email", "hours"}:
                problem(w + ".international_desk", "bad keys")
            elif "hours" in desk:
                check_localized(desk["hours"], w + ".international_desk.hours")
        # brief rules
        for loc, nm in h.get("name", {}).items():
            for tid, t in all_names:
                tl = t.lower()
                if (len(tl) >= 3 or re.search(r"[\u3040-\u9fff]", tl)) and tl in nm.lower():
                    problem(w + ".name." + loc, "contains the district/insurer name %r (%s)" % (t, tid))
        texts = [h.get("phone", "")] + list(h.get("address", {}).values())
        desk = h.get("international_desk", {})
        if isinstance(desk, dict) and "phone" in desk:
            texts.append(desk["phone"])
        for t in texts:
            if "120" in t or "120" in re.sub(r"\D", "", t):
                problem(w, "phone/address contains 120: %r" % t)
    # coverage rules
    n = len(hospitals)
    for s in SPECIALTIES:
        c = sum(1 for h in hospitals if s in h.get("specialties", []))
        if not 2 <= c <= 9 or c == n:
            problem("specialty " + s, "offered by %d hospitals (brief: 2-9, never all)" % c)
    no_en = [h["id"] for h in hospitals if "en" not in h.get("languages", [])]
    if len(no_en) < 2:
        problem("hospitals", "brief: a few hospitals without en (found %d)" % len(no_en))
    no_db = [h["id"] for h in hospitals if not h.get("direct_billing")]
    if len(no_db) < 2:
        problem("hospitals", "brief: a couple without direct billing (found %d)" % len(no_db))
    # the deliberate collision: allianz-jiahe's alias "Allianz" = allianz-care's brand name, both billed
    billed = collections.Counter(x for h in hospitals for x in h.get("direct_billing", []))
    if not (billed["allianz-care"] and billed["allianz-jiahe"]):
        problem("insurers", "collision design needs both allianz-care and allianz-jiahe billed")
    for k in MENTIONS:
        if k not in ids:
            problem("check.py MENTIONS", "unknown hospital %r" % k)
    for k in ids:
        if k not in MENTIONS:
            problem("check.py MENTIONS", "no mentions for %r" % k)
    return d, insurers, districts


def mentions_hospital(msg, hid):
    m = msg.lower()
    return any(x in m for x in MENTIONS.get(hid, []))


def mentions_district(msg, did, districts):
    m = msg.lower()
    return any(x.lower() in m for x in districts.get(did, []) if len(x) >= 2)


def check_cases(d, insurers, districts):
    src = open(os.path.join(HERE, "cases.py"), encoding="utf-8").read()
    if not src.startswith(HEADER):
        problem("cases.py", "does not start with the exact header from the brief")
    ns = {}
    exec(compile(src, "cases.py", "exec"), ns)
    convs = ns["CONVERSATIONS"]
    hosp = {h["id"]: h for h in d["hospitals"]}
    insurer_names = {n for ns_ in insurers.values() for n in ns_}
    turns_ml = collections.Counter()
    kinds_l = collections.Counter()
    sizes = collections.Counter()
    spec_by_lang = collections.defaultdict(set)
    conv_len = collections.Counter()
    seen = set()
    for c in convs:
        cid = c.get("id")
        w = "conversation %s" % cid
        if set(c) != {"id", "language", "mechanism", "metadata", "turns"}:
            problem(w, "keys must be id, language, mechanism, metadata, turns")
        if cid in seen:
            problem(w, "duplicate id")
        seen.add(cid)
        lang = c.get("language")
        if lang not in REPLY_LANGS:
            problem(w, "bad language %r" % lang)
        if not str(cid).startswith(str(lang) + "-"):
            problem(w, "id should start with the language")
        mech = c.get("mechanism")
        if mech not in MECHANISMS:
            problem(w, "unknown mechanism %r" % mech)
        if mech == "kana" and lang != "ja":
            problem(w, "kana is for Japanese only")
        if c.get("metadata") is not None:
            problem(w, "metadata must be None")
        turns = c.get("turns")
        if not isinstance(turns, list) or not turns:
            problem(w, "turns must be a non-empty list")
            continue
        conv_len[len(turns)] += 1
        current = None   # ids of the last list
        focus = None     # hospital of the last INFO
        pending_choice = None
        for i, t in enumerate(turns):
            tw = "%s turn %d" % (w, i + 1)
            if not isinstance(t, tuple) or len(t) not in (2, 3):
                problem(tw, "turn must be (message, expectation[, language])")
                continue
            msg, exp = t[0], t[1]
            tl = t[2] if len(t) == 3 else lang
            if len(t) == 3:
                if tl not in REPLY_LANGS:
                    problem(tw, "bad turn language %r" % tl)
                if tl == lang:
                    problem(tw, "third element given but equals the conversation language")
            if not isinstance(msg, str) or not msg.strip():
                problem(tw, "message must be non-empty text")
                continue
            if not (isinstance(exp, tuple) and len(exp) == 2 and isinstance(exp[1], dict)):
                problem(tw, "bad expectation %r" % (exp,))
                continue
            kind, arg = exp
            turns_ml[(mech, lang)] += 1
            kinds_l[(kind, lang)] += 1
            if kind == "list":
                crit = dict(arg)
                for k, v in crit.items():
                    if k == "language":
                        if not isinstance(v, list) or not v or any(x not in LANGUAGES for x in v):
                            problem(tw, "language must be a non-empty list of known codes: %r" % (v,))
                    elif k == "specialty":
                        if v not in SPECIALTIES:
                            problem(tw, "unknown specialty %r" % v)
                        else:
                            spec_by_lang[lang].add(v)
                    elif k == "insurer":
                        if v not in insurers:
                            problem(tw, "unknown insurer %r" % v)
                    elif k == "district":
                        if v not in districts:
                            problem(tw, "unknown district %r" % v)
                    elif k in ("emergency", "direct_billing"):
                        if k == "emergency":
                            spec_by_lang[lang].add("emergency")
                        if v is not True:
                            problem(tw, "%s must be True" % k)
                    elif k == "ids":
                        if not isinstance(v, list) or any(x not in hosp for x in v):
                            problem(tw, "unknown ids %r" % (v,))
                    else:
                        problem(tw, "unknown criterion %r" % k)
                if not crit:
                    problem(tw, "L() without criteria")
                try:
                    res = [h["id"] for h in search(d, crit)]
                except Exception as e:  # noqa
                    problem(tw, "cannot evaluate %r: %s" % (crit, e))
                    continue
                if not res:
                    problem(tw, "L%r matches no hospital" % crit)
                if len(res) > 10:
                    problem(tw, "L%r matches %d hospitals (> 10)" % (crit, len(res)))
                sizes[len(res)] += 1
                current, focus = res, None
                if pending_choice:
                    pending_choice = None
            elif kind == "info":
                hid, field = arg.get("hospital"), arg.get("field")
                if hid not in hosp:
                    problem(tw, "INFO on unknown hospital %r" % hid)
                    continue
                if field not in ("phone", "address"):
                    problem(tw, "INFO field must be phone or address")
                named = mentions_hospital(msg, hid)
                others = [x for x in (current or []) if x != hid and mentions_hospital(msg, x)]
                if others:
                    problem(tw, "INFO message also names %r" % others)
                ok = False
                if named:
                    ok = True
                elif focus == hid:
                    ok = True
                elif current and hid in current:
                    if len(current) == 1:
                        ok = True
                    else:
                        did = hosp[hid]["district"]
                        same = [x for x in current if hosp[x]["district"] == did]
                        other_d = [x for x in current if hosp[x]["district"] != did
                                   and mentions_district(msg, hosp[x]["district"], districts)]
                        if len(same) == 1 and mentions_district(msg, did, districts) and not other_d:
                            ok = True
                if not ok:
                    problem(tw, "INFO does not pick %s unambiguously (list %r)" % (hid, current))
                if current and hid not in current and not named:
                    problem(tw, "INFO hospital not in the list in force and not named")
                focus = hid
            elif kind == "choice":
                names = arg.get("names", [])
                if len(names) != 2 or any(n not in insurer_names for n in names):
                    problem(tw, "CHOICE names must be two known insurer names: %r" % names)
                pending_choice = names
            elif kind in ("emergency", "hotline", "noadvice", "lang"):
                if arg:
                    problem(tw, "%s takes no argument" % kind)
            else:
                problem(tw, "unknown expectation kind %r" % kind)

    # coverage
    total = sum(turns_ml.values())
    if total < 420:
        problem("cases", "brief asks for at least 420 turns, found %d" % total)
    by_lang = collections.Counter()
    for (m, l), n in turns_ml.items():
        by_lang[l] += n
    for m in MECHANISMS:
        for l in (["ja"] if m == "kana" else REPLY_LANGS):
            if not turns_ml[(m, l)]:
                problem("cases", "mechanism %s has no %s conversation" % (m, l))
    for l in REPLY_LANGS:
        miss = [s for s in SPECIALTIES if s not in spec_by_lang[l]]
        if miss:
            problem("cases", "language %s never searches %s" % (l, ", ".join(miss)))
    if by_lang and max(by_lang.values()) > 1.25 * min(by_lang.values()):
        problem("cases", "languages not about equal: %r" % dict(by_lang))

    # tables
    print("Turns per mechanism x language")
    print("%-16s %5s %5s %5s %5s %6s" % ("mechanism", "en", "ja", "de", "fr", "total"))
    for m in MECHANISMS:
        row = [turns_ml[(m, l)] for l in REPLY_LANGS]
        print("%-16s %5d %5d %5d %5d %6d" % ((m,) + tuple(row) + (sum(row),)))
    row = [by_lang[l] for l in REPLY_LANGS]
    print("%-16s %5d %5d %5d %5d %6d" % (("TOTAL",) + tuple(row) + (sum(row),)))
    print()
    print("Expectation kinds x language")
    kinds = ["list", "info", "emergency", "choice", "hotline", "noadvice", "lang"]
    print("%-16s %5s %5s %5s %5s %6s" % ("kind", "en", "ja", "de", "fr", "total"))
    for k in kinds:
        row = [kinds_l[(k, l)] for l in REPLY_LANGS]
        print("%-16s %5d %5d %5d %5d %6d" % ((k,) + tuple(row) + (sum(row),)))
    print()
    print("List sizes (hospitals expected per L turn)")
    for n in sorted(sizes):
        print("  %2d: %d" % (n, sizes[n]))
    print()
    print("Conversations: %d; turns per conversation: %s" % (len(convs), dict(sorted(conv_len.items()))))


def main():
    d, ins, dis = check_directory()
    check_cases(d, ins, dis)
    print()
    if problems:
        print("%d problem(s):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("0 problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
