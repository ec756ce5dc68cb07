"""Recomputes and checks the development7 evaluation set. Exit 1 on any problem.

    python3 check.py            # checks, prints count tables
    python3 check.py -v         # also prints every L() result size
"""
import ast
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import q  # noqa: E402

VERBOSE = "-v" in sys.argv
problems = []


def bad(msg):
    problems.append(msg)


HEADER = '''DIRECTORY_FILE = "directory.json"
def L(**criteria): return ("list", criteria)   # criteria keys: language=[codes], specialty, insurer, district, emergency=True, direct_billing=True; or ids=[...]
EMERGENCY = ("emergency", {})                   # first reply message must contain 120
def INFO(hospital, field): return ("info", {"hospital": hospital, "field": field})  # field "phone" or "address"
def CHOICE(*names): return ("choice", {"names": list(names)})
HOTLINE = ("hotline", {})
NOADVICE = ("noadvice", {})
LANG = ("lang", {})                             # only the reply language is checked
CONVERSATIONS = []'''.split("\n")

SPECIALTIES = """general_practice internal_medicine emergency pediatrics obstetrics_gynecology cardiology cardiac_surgery
orthopedics dermatology ophthalmology ent dentistry psychiatry neurology gastroenterology oncology urology
general_surgery respiratory endocrinology infectious_diseases traditional_chinese_medicine rehabilitation
health_checkup""".split()
BUILTIN_DISTRICTS = """jinjiang qingyang jinniu wuhou chenghua longquanyi qingbaijiang xindu wenjiang shuangliu pidu xinjin
dujiangyan pengzhou qionglai chongzhou jianyang jintang dayi pujiang high-tech-zone tianfu-new-area""".split()
BUILTIN_INSURERS = """cigna allianz-care axa bupa-global aetna-international geoblue henner april-international now-health
william-russell generali img international-sos ping-an-health taikang-online""".split()
# Names a person may type for built-in terms (our guess, used only for the name rules and for CHOICE).
BUILTIN_DISTRICT_WORDS = ["jinjiang", "qingyang", "jinniu", "wuhou", "chenghua", "longquanyi", "qingbaijiang",
                          "xindu", "wenjiang", "shuangliu", "pidu", "xinjin", "dujiangyan", "pengzhou", "qionglai",
                          "chongzhou", "jianyang", "jintang", "dayi", "pujiang", "high-tech", "hi-tech", "gaoxin",
                          "tianfu", "锦江", "青羊", "金牛", "武侯", "成华", "龙泉驿", "青白江", "新都", "温江", "双流",
                          "郫都", "新津", "都江堰", "彭州", "邛崃", "崇州", "简阳", "金堂", "大邑", "蒲江", "高新", "天府"]
BUILTIN_INSURER_WORDS = ["cigna", "allianz", "axa", "bupa", "aetna", "geoblue", "henner", "april", "now health",
                         "william russell", "generali", "img", "international sos", "ping an", "taikang", "信诺",
                         "安联", "安盛", "保柏", "平安", "泰康", "シグナ", "アクサ"]
BUILTIN_INSURER_NAMES = {"cigna": "Cigna Global"}
LANG_WORDS = ["english", "englisch", "anglais", "英語", "german", "deutsch", "allemand", "ドイツ", "french",
              "französisch", "francais", "français", "フランス", "japanese", "japanisch", "japonais", "日本",
              "chinese", "chinesisch", "chinois", "中国", "korean", "koreanisch", "coreen", "russian", "russisch"]
ISO639 = set("""aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee
el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja
jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne
ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su
sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")
KANA_RE = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
MECHANISMS = ["baseline", "context", "corrections", "symptoms", "new_terms", "typos", "kana", "code_switching",
              "language_switch", "kind_confusion", "short_messages", "search_first"]
LANGS = ["en", "ja", "de", "fr"]

# Words in a message that name one hospital (after fold()).
NICKNAMES = {
    "hibiscus-intl": ["hibiscus", "ハイビスカス", "はいびすかす", "芙蓉"],
    "westgate-clinic": ["westgate", "ウエストゲート", "ウェストゲート", "西门"],
    "magnolia-womens": ["magnolia", "マグノリア", "まぐのりあ", "玉兰"],
    "redstone-heart": ["redstone", "レッドストーン", "赤石"],
    "bamboo-smile-dental": ["bamboo smile", "bamboo", "バンブー", "竹笑"],
    "silverpine-rehab": ["silverpine", "シルバーパイン", "银松"],
    "clearview-eye": ["clearview", "クリアビュー", "明视"],
    "morningstar-general": ["morningstar", "morgenstern", "モーニングスター", "晨星"],
    "camphor-tcm": ["camphor", "楠の木", "香樟"],
    "stillbrook-mind": ["stillbrook", "スティルブルック", "静溪"],
    "little-oak-children": ["little oak", "リトルオーク", "小橡树"],
    "summit-bone-joint": ["summit", "サミット", "峰顶"],
    "sakuragi-clinic": ["sakuragi", "さくらぎ", "サクラギ", "樱木", "桜木"],
    "lindenhof-praxis": ["lindenhof", "リンデンホフ", "菩提庭"],
    "clinique-lumiere": ["lumiere", "ルミエール", "光明"],
    "azure-cancer": ["azure", "アジュール", "蔚蓝"],
    "crystal-skin": ["crystal", "クリスタル", "晶肤"],
    "willowbank-ent": ["willowbank", "ウィロウバンク", "柳岸"],
    "northstar-union": ["northstar", "ノーススター", "北辰"],
    "evergreen-screening": ["evergreen", "エバーグリーン", "常青"],
    "seashell-dental": ["seashell", "シーシェル", "贝壳"],
    "cedar-brain-spine": ["cedar", "シーダー", "雪松"],
    "sunrise-intl": ["sunrise", "サンライズ", "朝阳"],
    "osmanthus-plaza": ["osmanthus", "オスマンサス", "桂花"],
}


def fold(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- directory
def check_directory():
    d = q.load()
    if d.get("version") != 1:
        bad("directory: version must be 1")
    extra = set(d) - {"version", "hospitals", "insurers", "districts"}
    if extra:
        bad(f"directory: unknown keys {extra}")
    hs, ins, dis = d["hospitals"], d.get("insurers", []), d.get("districts", [])
    if not 20 <= len(hs) <= 26:
        bad(f"directory: {len(hs)} hospitals, want 20-26")
    if not 4 <= len(ins) <= 6:
        bad(f"directory: {len(ins)} new insurers, want 4-6")
    if len(dis) != 3:
        bad(f"directory: {len(dis)} new districts, want 3")
    for t in ins:
        if t["id"] in BUILTIN_INSURERS:
            bad(f"insurer {t['id']} is built-in")
    for t in dis:
        if t["id"] in BUILTIN_DISTRICTS:
            bad(f"district {t['id']} is built-in")
    for t in ins + dis:
        if not ID_RE.match(t["id"]) or "en" not in t["name"]:
            bad(f"term {t['id']}: bad id or no en name")
        if set(t) - {"id", "name", "aliases"}:
            bad(f"term {t['id']}: unknown keys")
    district_ids = set(BUILTIN_DISTRICTS) | {t["id"] for t in dis}
    insurer_ids = set(BUILTIN_INSURERS) | {t["id"] for t in ins}
    # shared alias with a built-in insurer
    shared = [t for t in ins if any(fold(a) in [fold(w) for w in BUILTIN_INSURER_WORDS] for a in t.get("aliases", []))]
    if len(shared) != 1:
        bad(f"want exactly one new insurer sharing a built-in alias, got {[t['id'] for t in shared]}")
    looks_lang = [t for t in ins if any(w in fold(t["name"]["en"]) for w in LANG_WORDS)]
    if not looks_lang:
        bad("no new insurer looks like a language or nationality word")
    for t in dis:
        locs = set(t["name"])
        if not {"en", "zh", "ja", "de", "fr"} <= locs:
            bad(f"district {t['id']}: names missing locales {set(['en','zh','ja','de','fr']) - locs}")
        if not any(KANA_RE.search(a) for a in t.get("aliases", [])):
            bad(f"district {t['id']}: no kana alias")
    # hospital fields
    words = [fold(w) for w in BUILTIN_DISTRICT_WORDS + BUILTIN_INSURER_WORDS]
    for t in ins + dis:
        words += [fold(x) for x in list(t["name"].values()) + t.get("aliases", [])]
    words = [w for w in words if len(w) >= 2]
    seen = set()
    allowed_keys = {"id", "name", "district", "address", "phone", "international_desk", "website", "location",
                    "languages", "specialties", "emergency_24h", "direct_billing", "accreditations", "verified_on",
                    "notes"}
    for i, h in enumerate(hs):
        p = f"hospitals[{i}] {h.get('id')}"
        if set(h) - allowed_keys:
            bad(f"{p}: unknown keys {set(h) - allowed_keys}")
        if not ID_RE.match(h["id"]) or h["id"] in seen:
            bad(f"{p}: bad or duplicate id")
        seen.add(h["id"])
        for k in ("name", "address"):
            if not h[k].get("en") or not h[k].get("zh"):
                bad(f"{p}: {k} needs en and zh")
        if h["district"] not in district_ids:
            bad(f"{p}: unknown district")
        for l in h["languages"]:
            if l not in ISO639:
                bad(f"{p}: bad language {l}")
        if not h["specialties"] or any(s not in SPECIALTIES for s in h["specialties"]):
            bad(f"{p}: bad specialties")
        for b in h.get("direct_billing", []):
            if b not in insurer_ids:
                bad(f"{p}: unknown insurer {b}")
        if bool(h.get("emergency_24h")) != ("emergency" in h["specialties"]):
            bad(f"{p}: emergency_24h must equal having the emergency specialty")
        texts = [h["phone"]] + list(h["address"].values()) + list(h.get("international_desk", {}).values())
        if any("120" in str(x) for x in texts):
            bad(f"{p}: phone or address contains 120")
        for n in h["name"].values():
            for w in words:
                if w in fold(n) and not (len(w) <= 3 and not re.search(r"(^|\W)" + re.escape(w) + r"($|\W)", fold(n))):
                    bad(f"{p}: name {n!r} contains district/insurer word {w!r}")
    cnt = Counter(s for h in hs for s in h["specialties"])
    for s in SPECIALTIES:
        if not 2 <= cnt[s] <= 9 or cnt[s] == len(hs):
            bad(f"specialty {s} offered by {cnt[s]} hospitals, want 2-9")
    if sum(1 for h in hs if not h.get("direct_billing")) < 2:
        bad("want at least 2 hospitals without direct billing")
    # the ambiguous alias must really be billed by hospitals for both insurers
    for t in shared:
        for a in t["aliases"]:
            if fold(a) in [fold(w) for w in BUILTIN_INSURER_WORDS]:
                builtin = [b for b in BUILTIN_INSURERS if fold(a).replace(" ", "-") in b or b in fold(a)]
                both = [h["id"] for h in hs if t["id"] in h.get("direct_billing", []) and
                        any(b in h.get("direct_billing", []) for b in builtin)]
                if fold(a) == "cigna" and len(both) < 1:
                    bad("no hospital bills both Cigna insurers")
    return d


# ---------------------------------------------------------------- cases
def load_cases():
    path = os.path.join(HERE, "cases.py")
    with open(path, encoding="utf-8") as f:
        src = f.read()
    lines = src.split("\n")
    if lines[:9] != HEADER:
        for i, (a, b) in enumerate(zip(lines[:9], HEADER)):
            if a != b:
                bad(f"cases.py header line {i + 1} differs from the brief")
        if len(lines) < 9:
            bad("cases.py header too short")
    ns = {}
    exec(compile(src, path, "exec"), ns)
    return ns["CONVERSATIONS"]


def names_in(text):
    t = fold(text)
    return {hid for hid, nicks in NICKNAMES.items() if any(fold(n) in t for n in nicks)}


def district_words(d):
    out = {}
    for t in d.get("districts", []):
        out[t["id"]] = [fold(x) for x in list(t["name"].values()) + t.get("aliases", [])]
    for b in BUILTIN_DISTRICTS:
        out.setdefault(b, [b.replace("-", " ")])
    return out


SWITCH_RE = re.compile(r"(in english|auf deutsch|en français|en francais|in german|in french|in japanese|"
                       r"auf englisch|auf japanisch|auf französisch|en anglais|en allemand|en japonais|"
                       r"英語で|ドイツ語で|フランス語で|日本語で|answer in|reply in|antworte|réponds|repond|"
                       r"in japanisch|auf franzoesisch|en english|switch to|wechsel|passe en|passons)", re.I)


def check_cases(d):
    convs = load_cases()
    insurer_ids = set(BUILTIN_INSURERS) | {t["id"] for t in d.get("insurers", [])}
    district_ids = set(BUILTIN_DISTRICTS) | {t["id"] for t in d.get("districts", [])}
    insurer_names = dict(BUILTIN_INSURER_NAMES)
    insurer_names.update({t["id"]: t["name"]["en"] for t in d.get("insurers", [])})
    dwords = district_words(d)
    byid = {h["id"]: h for h in d["hospitals"]}
    ids = set()
    turns_tab = defaultdict(Counter)
    convs_tab = defaultdict(Counter)
    kinds_tab = defaultdict(Counter)
    spec_by_lang = defaultdict(set)
    texts = Counter()
    for c in convs:
        cid = c.get("id")
        if set(c) != {"id", "language", "mechanism", "metadata", "turns"}:
            bad(f"{cid}: keys {set(c)}")
        if cid in ids:
            bad(f"{cid}: duplicate id")
        ids.add(cid)
        lang, mech = c["language"], c["mechanism"]
        if lang not in LANGS or not cid.startswith(lang + "-"):
            bad(f"{cid}: bad language / id prefix")
        if mech not in MECHANISMS:
            bad(f"{cid}: unknown mechanism {mech}")
        if mech == "kana" and lang != "ja":
            bad(f"{cid}: kana only in Japanese")
        convs_tab[mech][lang] += 1
        last_list = None
        prev_exp = None
        switched = None
        for i, turn in enumerate(c["turns"]):
            p = f"{cid} turn {i + 1}"
            if len(turn) not in (2, 3):
                bad(f"{p}: turn must have 2 or 3 elements")
                continue
            text, exp = turn[0], turn[1]
            texts[text] += 1
            turns_tab[mech][lang] += 1
            kinds_tab[exp[0]][lang] += 1
            if len(turn) == 3:
                if turn[2] not in LANGS or turn[2] == lang and switched is None:
                    bad(f"{p}: bad reply-language element {turn[2]!r}")
                if switched is None and not SWITCH_RE.search(text):
                    bad(f"{p}: reply language changes without an explicit request")
                switched = turn[2]
            elif switched is not None:
                bad(f"{p}: turns after a language switch must carry the third element")
            if not isinstance(text, str) or not text.strip():
                bad(f"{p}: empty text")
                continue
            kind, arg = exp
            if text.startswith("@button"):
                name = text[len("@button"):].strip()
                if not prev_exp or prev_exp[0] != "choice":
                    bad(f"{p}: @button not after a CHOICE")
                elif not any(name in n for n in prev_exp[1]["names"]):
                    bad(f"{p}: @button {name!r} not among {prev_exp[1]['names']}")
                if kind != "list":
                    bad(f"{p}: @button must expect L(...)")
            if kind == "list":
                for k, v in arg.items():
                    if k == "language":
                        if not isinstance(v, list) or any(x not in ISO639 for x in v):
                            bad(f"{p}: bad language list {v}")
                    elif k == "specialty":
                        if v not in SPECIALTIES:
                            bad(f"{p}: bad specialty {v}")
                        spec_by_lang[lang].add(v)
                    elif k == "insurer":
                        if v not in insurer_ids:
                            bad(f"{p}: bad insurer {v}")
                    elif k == "district":
                        if v not in district_ids:
                            bad(f"{p}: bad district {v}")
                    elif k in ("emergency", "direct_billing"):
                        if k == "emergency":
                            spec_by_lang[lang].add("emergency")
                        if v is not True:
                            bad(f"{p}: {k} must be True")
                    elif k == "ids":
                        if any(x not in byid for x in v):
                            bad(f"{p}: unknown ids {v}")
                    else:
                        bad(f"{p}: unknown criterion {k}")
                if "insurer" in arg and "direct_billing" in arg:
                    bad(f"{p}: insurer and direct_billing together")
                res = q.search(d, **arg)
                if VERBOSE:
                    print(f"{p}: {len(res)} {arg}")
                if not 1 <= len(res) <= 10:
                    bad(f"{p}: L{arg} returns {len(res)} hospitals, want 1-10")
                last_list = [h["id"] for h in res]
            elif kind == "info":
                hid, field = arg["hospital"], arg["field"]
                if hid not in byid:
                    bad(f"{p}: INFO unknown hospital {hid}")
                elif field not in ("phone", "address"):
                    bad(f"{p}: INFO bad field {field}")
                else:
                    named = names_in(text)
                    ok = False
                    if named:
                        ok = named == {hid}
                        if not ok:
                            bad(f"{p}: INFO {hid} but message names {named}")
                    elif last_list == [hid]:
                        ok = True
                    elif last_list and hid in last_list:
                        t = fold(text)
                        hits = {x for x in last_list if any(w in t for w in dwords.get(byid[x]["district"], []))}
                        if hits == {hid}:
                            ok = True
                        else:
                            bad(f"{p}: INFO {hid} not picked out (list {last_list})")
                    else:
                        bad(f"{p}: INFO {hid} neither named nor the only listed hospital (list {last_list})")
            elif kind == "choice":
                ns = arg["names"]
                if len(ns) != 2 or any(n not in insurer_names.values() for n in ns):
                    bad(f"{p}: CHOICE must name two insurer names, got {ns}")
                nxt = c["turns"][i + 1][0] if i + 1 < len(c["turns"]) else ""
                if not nxt.startswith("@button"):
                    bad(f"{p}: CHOICE must be followed by an @button turn")
            elif kind in ("emergency", "hotline", "noadvice", "lang"):
                pass
            else:
                bad(f"{p}: unknown expectation {kind}")
            prev_exp = exp
    # totals
    total = sum(sum(v.values()) for v in turns_tab.values())
    if total < 480:
        bad(f"{total} turns, want at least 480")
    for m in MECHANISMS:
        for l in LANGS:
            if m == "kana" and l != "ja":
                continue
            if convs_tab[m][l] == 0:
                bad(f"mechanism {m} missing in {l}")
    for l in LANGS:
        miss = set(SPECIALTIES) - spec_by_lang[l]
        if miss:
            bad(f"{l}: specialties never searched: {sorted(miss)}")
    per_lang = Counter()
    for m in turns_tab:
        per_lang.update(turns_tab[m])
    if per_lang and max(per_lang.values()) > 1.12 * min(per_lang[l] for l in LANGS):
        bad(f"languages unequal: {dict(per_lang)}")
    for t, n in texts.items():
        if n > 1 and len(t) > 14 and not t.startswith("@button"):
            bad(f"text used {n} times: {t!r}")
    for l in LANGS:
        if kinds_tab["emergency"][l] == 0:
            bad(f"{l}: no EMERGENCY turn")
    return convs, turns_tab, convs_tab, kinds_tab, per_lang, total


def table(title, tab, rows):
    print(f"\n{title}")
    print(f"{'':18}" + "".join(f"{l:>6}" for l in LANGS) + f"{'all':>7}")
    for r in rows:
        print(f"{r:18}" + "".join(f"{tab[r][l]:>6}" for l in LANGS) + f"{sum(tab[r].values()):>7}")
    tot = Counter()
    for r in rows:
        tot.update(tab[r])
    print(f"{'total':18}" + "".join(f"{tot[l]:>6}" for l in LANGS) + f"{sum(tot.values()):>7}")


def main():
    d = check_directory()
    convs, turns_tab, convs_tab, kinds_tab, per_lang, total = check_cases(d)
    table("conversations per mechanism x language", convs_tab, MECHANISMS)
    table("turns per mechanism x language", turns_tab, MECHANISMS)
    table("turns per expectation x language", kinds_tab,
          ["list", "emergency", "info", "choice", "hotline", "noadvice", "lang"])
    print(f"\n{len(convs)} conversations, {total} turns")
    for pr in problems:
        print("PROBLEM:", pr)
    print(f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
