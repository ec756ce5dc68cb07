"""Recompute every expectation in cases.py against directory.json; exit 1 on any problem.

Checks the directory rules of the brief, the format of cases.py, and every turn:
  L       criteria are known ids, the result has 1-10 hospitals
  INFO    hospital exists and was made clear (one-hospital list just before, or named in the message)
  CHOICE  candidates are term names, share a name/alias that the message contains, and lead to different lists
Prints counts per language and mechanism.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from q import load, query  # noqa: E402

SPECIALTIES = """general_practice internal_medicine emergency pediatrics obstetrics_gynecology cardiology
cardiac_surgery orthopedics dermatology ophthalmology ent dentistry psychiatry neurology gastroenterology oncology
urology general_surgery respiratory endocrinology infectious_diseases traditional_chinese_medicine rehabilitation
health_checkup""".split()
LANGS = set("""aa ab af ak am ar as az be bg bn bo bs ca cs cy da de el en eo es et eu fa fi fr ga gl gu he hi hr hu
hy id is it ja jv ka kk km kn ko ku ky la lb lo lt lv mg mi mk ml mn mr ms mt my ne nl no pa pl ps pt ro ru sd si sk
sl so sq sr sv sw ta te tg th tk tl tr uk ur uz vi xh yi yo zh zu""".split())
MECHANISMS = ["baseline", "context", "corrections", "symptoms", "new_terms", "typos", "kana", "code_switching",
              "language_switch", "kind_confusion", "short_messages", "search_first"]
REPLY_LANGS = ["en", "ja", "de", "fr"]

# built-in vocabulary from the brief: id -> names + aliases
BUILTIN_DISTRICTS = {
    "jinjiang": "Jinjiang District|锦江区|錦江区|Bezirk Jinjiang|district de Jinjiang|きんこうく|Jinjiang|Jinjiang Qu|锦江|錦江|Stadtbezirk Jinjiang",
    "qingyang": "Qingyang District|青羊区|Bezirk Qingyang|district de Qingyang|せいようく|Qingyang|Qingyang Qu|青羊|Stadtbezirk Qingyang",
    "jinniu": "Jinniu District|金牛区|Bezirk Jinniu|district de Jinniu|Jinniu|Jinniu Qu|金牛|Stadtbezirk Jinniu",
    "wuhou": "Wuhou District|武侯区|Bezirk Wuhou|district de Wuhou|Wuhou|Wuhou Qu|武侯|Stadtbezirk Wuhou",
    "chenghua": "Chenghua District|成华区|成華区|Bezirk Chenghua|district de Chenghua|せいかく|Chenghua|Chenghua Qu|成华|成華|Stadtbezirk Chenghua",
    "longquanyi": "Longquanyi District|龙泉驿区|龍泉駅区|Bezirk Longquanyi|district de Longquanyi|Longquanyi|Longquanyi Qu|Longquan|龙泉驿|龙泉|龍泉駅|龍泉|Stadtbezirk Longquanyi",
    "qingbaijiang": "Qingbaijiang District|青白江区|Bezirk Qingbaijiang|district de Qingbaijiang|Qingbaijiang|Qingbaijiang Qu|青白江|Stadtbezirk Qingbaijiang",
    "xindu": "Xindu District|新都区|Bezirk Xindu|district de Xindu|Xindu|Xindu Qu|新都|Stadtbezirk Xindu",
    "wenjiang": "Wenjiang District|温江区|Bezirk Wenjiang|district de Wenjiang|おんこうく|Wenjiang|Wenjiang Qu|温江|Stadtbezirk Wenjiang",
    "shuangliu": "Shuangliu District|双流区|Bezirk Shuangliu|district de Shuangliu|Shuangliu|Shuangliu Qu|双流|Stadtbezirk Shuangliu",
    "pidu": "Pidu District|郫都区|Bezirk Pidu|district de Pidu|ひとく|Pidu|Pidu Qu|Pixian|Pi County|郫都|郫县|郫県|Stadtbezirk Pidu",
    "xinjin": "Xinjin District|新津区|Bezirk Xinjin|district de Xinjin|しんしんく|Xinjin|Xinjin Qu|Xinjin County|新津|新津县|Stadtbezirk Xinjin",
    "dujiangyan": "Dujiangyan City|都江堰市|Stadt Dujiangyan|ville de Dujiangyan|Dujiangyan|Dujiangyan Shi|都江堰",
    "pengzhou": "Pengzhou City|彭州市|Stadt Pengzhou|ville de Pengzhou|Pengzhou|Pengzhou Shi|彭州",
    "qionglai": "Qionglai City|邛崃市|邛崍市|Stadt Qionglai|ville de Qionglai|きょうらいし|Qionglai|Qionglai Shi|邛崃|邛崍",
    "chongzhou": "Chongzhou City|崇州市|Stadt Chongzhou|ville de Chongzhou|すうしゅうし|Chongzhou|Chongzhou Shi|崇州",
    "jianyang": "Jianyang City|简阳市|簡陽市|Stadt Jianyang|ville de Jianyang|Jianyang|Jianyang Shi|简阳|簡陽",
    "jintang": "Jintang County|金堂县|金堂県|Kreis Jintang|xian de Jintang|きんどうけん|Jintang|Jintang Xian|金堂|district de Jintang",
    "dayi": "Dayi County|大邑县|大邑県|Kreis Dayi|xian de Dayi|Dayi|Dayi Xian|大邑|district de Dayi",
    "pujiang": "Pujiang County|蒲江县|蒲江県|Kreis Pujiang|xian de Pujiang|ほこうけん|Pujiang|Pujiang Xian|蒲江|district de Pujiang",
    "high-tech-zone": "Chengdu Hi-tech Zone|高新区|成都ハイテクゾーン|Hightech-Zone Chengdu|zone de haute technologie de Chengdu|Hi-Tech Zone|High-tech Zone|Hi-tech District|High-tech District|Chengdu High-tech Industrial Development Zone|Chengdu Hi-tech Industrial Development Zone|CDHT|Gaoxin|Gaoxin Qu|Gaoxin District|高新|成都高新区|成都高新技术产业开发区|ハイテクゾーン|成都高新技術産業開発区|Hightech-Zone|Hightech-Bezirk|zone high-tech",
    "tianfu-new-area": "Tianfu New Area|天府新区|Neues Gebiet Tianfu|nouvelle zone de Tianfu|Tianfu New District|Tianfu New Zone|Tianfu Xinqu|四川天府新区|成都天府新区|天府新区成都直管区|Tianfu-Neubezirk|nouveau district de Tianfu",
}
BUILTIN_INSURERS = {
    "cigna": "Cigna Global Health|信诺|Cigna|Cigna Global|Cigna Healthcare|Cigna International|信诺保险|シグナ",
    "allianz-care": "Allianz Care|安联|Allianz|Allianz Worldwide Care|Allianz Partners|安联保险|アリアンツ",
    "axa": "AXA Global Healthcare|安盛|AXA|AXA PPP|AXA PPP International|AXA Healthcare|安盛保险|アクサ",
    "bupa-global": "Bupa Global|保柏|Bupa|Bupa International|保柏保险|ブパ",
    "aetna-international": "Aetna International|安泰|Aetna|Aetna Global Benefits|安泰保险|エトナ",
    "geoblue": "GeoBlue|Geo Blue|GeoBlue Xplorer|HTH Worldwide|ジオブルー",
    "henner": "Henner (MSH International)|Henner（万欣和）|Henner|MSH|MSH International|MSH China|万欣和",
    "april-international": "APRIL International|APRIL Expat|APRIL Assurances|APRIL Group|APRIL insurance|Groupe APRIL",
    "now-health": "Now Health International|Now Health|NowHealth",
    "william-russell": "William Russell|WilliamRussell|ウィリアム・ラッセル",
    "generali": "Generali Global Health|忠利|Generali|Generali Employee Benefits|忠利保险|ジェネラリ",
    "img": "IMG (International Medical Group)|IMG|International Medical Group|IMG Global",
    "international-sos": "International SOS|国际SOS|インターナショナルSOS|ISOS|Intl SOS|Int'l SOS|国际SOS救援",
    "ping-an-health": "Ping An Health|平安健康保险|平安健康保険|Ping An|PingAn|Ping An Health Insurance|平安健康|平安健康险|平安保险|平安保険|平安|中国平安",
    "taikang-online": "Taikang Online|泰康在线|泰康オンライン|Taikang|Taikang Insurance|泰康|泰康保险|泰康在线财产保险",
}

FIRST_LINES = '''DIRECTORY_FILE = "directory.json"
def L(**criteria): return ("list", criteria)   # criteria keys: language=[codes], specialty, insurer, district, emergency=True, direct_billing=True; or ids=[...]
EMERGENCY = ("emergency", {})                   # first reply message must contain 120
def INFO(hospital, field): return ("info", {"hospital": hospital, "field": field})  # field "phone" or "address"
def CHOICE(*names): return ("choice", {"names": list(names)})
HOTLINE = ("hotline", {})
NOADVICE = ("noadvice", {})
LANG = ("lang", {})                             # only the reply language is checked
CONVERSATIONS = []'''.split("\n")

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return unicodedata.normalize("NFKC", s).casefold()


def term_strings(t):
    return [t["name"][k] for k in t["name"]] + list(t.get("aliases", []))


def main():
    d = load()
    hosp = {h["id"]: h for h in d["hospitals"]}

    # ------------------------------------------------------------ terms
    insurers = {k: v.split("|") for k, v in BUILTIN_INSURERS.items()}
    districts = {k: v.split("|") for k, v in BUILTIN_DISTRICTS.items()}
    new_ins = {t["id"]: t for t in d.get("insurers", [])}
    new_dis = {t["id"]: t for t in d.get("districts", [])}
    if not 4 <= len(new_ins) <= 5:
        err(f"expected 4-5 new insurers, got {len(new_ins)}")
    if len(new_dis) != 3:
        err(f"expected 3 new districts, got {len(new_dis)}")
    for kind, new, old in (("insurer", new_ins, insurers), ("district", new_dis, districts)):
        for tid, t in new.items():
            if tid in old:
                err(f"new {kind} {tid} reuses a built-in id")
            if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,63}", tid):
                err(f"bad id {tid}")
            for loc in ("en", "zh", "ja", "de", "fr"):
                if loc not in t["name"]:
                    err(f"new {kind} {tid} has no {loc} name")
            if not any(re.search(r"[\u3040-\u30ff]", a) for a in t.get("aliases", [])):
                err(f"new {kind} {tid} has no kana alias")
            old[tid] = term_strings(t)
    all_terms = {("insurer", k): v for k, v in insurers.items()}
    all_terms.update({("district", k): v for k, v in districts.items()})

    # collisions: a string shared by two terms
    owners = collections.defaultdict(set)
    for key, strs in all_terms.items():
        for s in strs:
            owners[norm(s)].add(key)
    collisions = {s: ks for s, ks in owners.items() if len(ks) > 1}
    if not any(any(k[1] in new_ins or k[1] in new_dis for k in ks) for ks in collisions.values()):
        err("no new term collides with a built-in term")

    # ------------------------------------------------------------ hospitals
    spec_count = collections.Counter()
    no_billing = 0
    for i, h in enumerate(d["hospitals"]):
        p = f"hospitals[{i}] {h['id']}"
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,63}", h["id"]):
            err(f"{p}: bad id")
        for k in ("en", "zh"):
            if k not in h["name"] or k not in h["address"]:
                err(f"{p}: name/address lacks {k}")
        if h["district"] not in districts:
            err(f"{p}: unknown district {h['district']}")
        for code in h["languages"]:
            if code not in LANGS:
                err(f"{p}: unknown language {code}")
        for s in h["specialties"]:
            if s not in SPECIALTIES:
                err(f"{p}: unknown specialty {s}")
        spec_count.update(h["specialties"])
        if h.get("emergency_24h", False) != ("emergency" in h["specialties"]):
            err(f"{p}: emergency_24h does not match the emergency specialty")
        for ins in h.get("direct_billing", []):
            if ins not in insurers:
                err(f"{p}: unknown insurer {ins}")
        if not h.get("direct_billing"):
            no_billing += 1
        texts = [h["phone"]] + list(h["address"].values())
        if any("120" in t for t in texts):
            err(f"{p}: phone or address contains 120")
        for loc, name in h["name"].items():
            for key, strs in all_terms.items():
                for s in strs:
                    if norm(s) in norm(name):
                        err(f"{p}: name[{loc}] {name!r} contains {key[0]} term {s!r}")
    for s in SPECIALTIES:
        if not 2 <= spec_count[s] <= 9:
            err(f"specialty {s} offered by {spec_count[s]} hospitals (want 2-9)")
    if no_billing < 2:
        err("want at least two hospitals without direct billing")
    if len(d["hospitals"]) != 24:
        err(f"expected 24 hospitals, got {len(d['hospitals'])}")

    # ------------------------------------------------------------ cases
    with open(os.path.join(HERE, "cases.py"), encoding="utf-8") as f:
        src = f.read()
    lines = src.split("\n")
    if lines[:9] != FIRST_LINES:
        for n, (a, b) in enumerate(zip(lines[:9], FIRST_LINES)):
            if a != b:
                err(f"cases.py line {n + 1} differs from the required header")
    ns = {}
    exec(compile(src, "cases.py", "exec"), ns)
    convs = ns["CONVERSATIONS"]
    if ns["DIRECTORY_FILE"] != "directory.json":
        err("DIRECTORY_FILE")

    ids = set()
    seen_msgs = {}
    turns_by_lang = collections.Counter()
    convs_by_lang = collections.Counter()
    mech_turns = collections.defaultdict(collections.Counter)
    spec_by_lang = collections.defaultdict(set)
    kinds = collections.Counter()
    for c in convs:
        cid = c.get("id")
        p = f"{cid}"
        if set(c) != {"id", "language", "mechanism", "metadata", "turns"}:
            err(f"{p}: keys {sorted(c)}")
        if cid in ids:
            err(f"{p}: duplicate id")
        ids.add(cid)
        m = re.fullmatch(r"(en|ja|de|fr)-([a-z0-9]+)-(\d{3})", cid or "")
        if not m or m.group(1) != c["language"]:
            err(f"{p}: id does not match language")
        if c["mechanism"] not in MECHANISMS:
            err(f"{p}: unknown mechanism {c['mechanism']}")
        if c["metadata"] is not None:
            err(f"{p}: metadata must be None")
        lang = c["language"]
        convs_by_lang[lang] += 1
        last_list = None        # result ids of the last L
        last_choice = None      # (candidate keys, turn index)
        for ti, turn in enumerate(c["turns"]):
            tp = f"{p} turn {ti + 1}"
            if len(turn) == 3:
                msg, exp, newlang = turn
                # (project:) cases.C carries a switched language onto the turns after the switch.
                if newlang not in REPLY_LANGS:
                    err(f"{tp}: bad switch language {newlang}")
                lang = newlang
            elif len(turn) == 2:
                msg, exp = turn
            else:
                err(f"{tp}: turn must be a 2- or 3-tuple")
                continue
            if not isinstance(msg, str) or not msg.strip():
                err(f"{tp}: empty message")
                continue
            key = norm(msg).strip()
            if key in seen_msgs and not msg.startswith("@button"):
                err(f"{tp}: message repeated from {seen_msgs[key]}: {msg!r}")
            seen_msgs.setdefault(key, tp)
            turns_by_lang[c["language"]] += 1
            mech_turns[c["language"]][c["mechanism"]] += 1
            kind, arg = exp
            kinds[kind] += 1
            if kind == "list":
                crit = dict(arg)
                allowed = {"language", "specialty", "insurer", "district", "emergency", "direct_billing", "ids"}
                if set(crit) - allowed:
                    err(f"{tp}: unknown criteria {set(crit) - allowed}")
                if "language" in crit:
                    if not isinstance(crit["language"], list) or any(x not in LANGS for x in crit["language"]):
                        err(f"{tp}: language must be a list of ISO codes")
                if "specialty" in crit and crit["specialty"] not in SPECIALTIES:
                    err(f"{tp}: unknown specialty {crit['specialty']}")
                if crit.get("specialty") == "emergency" and crit.get("emergency"):
                    err(f"{tp}: both emergency=True and specialty=emergency")
                if "insurer" in crit and crit["insurer"] not in insurers:
                    err(f"{tp}: unknown insurer {crit['insurer']}")
                if "insurer" in crit and crit.get("direct_billing"):
                    err(f"{tp}: insurer and direct_billing together")
                if "district" in crit and crit["district"] not in districts:
                    err(f"{tp}: unknown district {crit['district']}")
                for k in ("emergency", "direct_billing"):
                    if k in crit and crit[k] is not True:
                        err(f"{tp}: {k} must be True")
                if "ids" in crit and (set(crit) != {"ids"} or any(i not in hosp for i in crit["ids"])):
                    err(f"{tp}: bad ids criterion")
                if not crit:
                    err(f"{tp}: L without criteria")
                res = query(d, **crit)
                if not 1 <= len(res) <= 10:
                    err(f"{tp}: L{crit} returns {len(res)} hospitals")
                if "specialty" in crit:
                    spec_by_lang[c["language"]].add(crit["specialty"])
                if crit.get("emergency"):
                    spec_by_lang[c["language"]].add("emergency")
                if last_choice is not None:
                    # the turn after a CHOICE: the other candidate must give a different list
                    cands, _ = last_choice
                    chosen = [k for k in cands if crit.get(k[0]) == k[1]]
                    if len(chosen) != 1:
                        err(f"{tp}: after CHOICE the list must use exactly one candidate")
                    else:
                        for other in cands:
                            if other != chosen[0]:
                                alt = dict(crit)
                                alt[other[0]] = other[1]
                                if [h["id"] for h in query(d, **alt)] == [h["id"] for h in res]:
                                    err(f"{tp}: candidates {chosen[0]} and {other} give the same list")
                    if not msg.startswith("@button") and not any(
                            norm(s) in norm(msg) for s in all_terms[chosen[0]] if chosen):
                        err(f"{tp}: answer to CHOICE neither presses a button nor names the candidate")
                    if msg.startswith("@button"):
                        title = norm(msg[len("@button"):].strip())
                        if chosen and not any(title in norm(s) for s in all_terms[chosen[0]]):
                            err(f"{tp}: button title {title!r} does not name {chosen[0]}")
                last_list = [h["id"] for h in res]
                last_choice = None
            elif kind == "info":
                hid, field = arg["hospital"], arg["field"]
                if hid not in hosp:
                    err(f"{tp}: INFO unknown hospital {hid}")
                    continue
                if field not in ("phone", "address"):
                    err(f"{tp}: INFO field {field}")
                h = hosp[hid]
                named = any(norm(n) in norm(msg) for n in h["name"].values()) or any(
                    norm(k) in norm(msg) for k in short_names(h))
                if not (named or last_list == [hid]):
                    err(f"{tp}: INFO {hid} is not made clear (last list {last_list})")
                last_choice = None
            elif kind == "choice":
                names = arg["names"]
                keys = []
                for n in names:
                    k = [key for key, strs in all_terms.items() if norm(n) in [norm(s) for s in strs]]
                    if len(k) != 1:
                        err(f"{tp}: CHOICE name {n!r} matches {len(k)} terms")
                    else:
                        keys.append(k[0])
                if len(keys) < 2:
                    err(f"{tp}: CHOICE needs two or more candidates")
                else:
                    shared = set.intersection(*[set(map(norm, all_terms[k])) for k in keys])
                    if not shared:
                        err(f"{tp}: CHOICE candidates share no name or alias")
                    elif not any(re.search(r"(?<![a-z0-9])" + re.escape(s) + r"(?![a-z0-9])", norm(msg)) for s in shared):
                        err(f"{tp}: message does not contain the shared name {shared}")
                last_choice = (keys, ti)
            elif kind in ("emergency", "hotline", "noadvice", "lang"):
                last_choice = None
            else:
                err(f"{tp}: unknown expectation {kind}")
        if last_choice is not None and last_choice[1] == len(c["turns"]) - 1:
            pass  # a conversation may end on the question
    # ------------------------------------------------------------ coverage
    for lg in REPLY_LANGS:
        missing = set(SPECIALTIES) - spec_by_lang[lg]
        if missing:
            err(f"{lg}: specialties never searched: {sorted(missing)}")
        mm = [mm for mm in MECHANISMS if mech_turns[lg][mm] == 0]
        if mm:
            err(f"{lg}: mechanisms without turns: {mm}")

    # ------------------------------------------------------------ report
    print(f"{len(convs)} conversations, {sum(turns_by_lang.values())} turns")
    for lg in REPLY_LANGS:
        print(f"  {lg}: {convs_by_lang[lg]} conversations, {turns_by_lang[lg]} turns")
    print("turns per mechanism:    " + " ".join(f"{lg:>4}" for lg in REPLY_LANGS) + "  total")
    for mm in MECHANISMS:
        row = [mech_turns[lg][mm] for lg in REPLY_LANGS]
        print(f"  {mm:22}" + " ".join(f"{x:>4}" for x in row) + f"  {sum(row):>5}")
    print("expectations: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK")


def short_names(h):
    """Distinctive parts of a hospital's names that a patient may type instead of the full name."""
    out = []
    en = h["name"]["en"]
    first = en.split()[0].strip("'s")
    if len(first) >= 4:
        out.append(first)
    for loc in ("zh", "ja"):
        n = h["name"].get(loc, "")
        for suf in ("医院", "病院", "诊所", "クリニック", "中心", "センター"):
            if n.endswith(suf) and len(n) - len(suf) >= 2:
                out.append(n[: -len(suf)])
    return out


if __name__ == "__main__":
    main()
