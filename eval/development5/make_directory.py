#!/usr/bin/env python3
"""Generate directory.json (MedNav import format, version 1) for the blind5 evaluation set.

Everything here is invented: hospitals, phones, addresses, insurers and districts.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- new terms
INSURERS = [
    {   # brand shadowing: "Generali" is also the brand of the built-in insurer `generali`;
        # NO hospital below bills the built-in `generali`, so "Generali" must resolve here.
        "id": "generali-shield",
        "name": {"en": "Generali GlobalShield Asia", "zh": "忠利环球盾亚洲",
                 "ja": "ジェネラリ・グローバルシールド・アジア", "de": "Generali GlobalShield Asien",
                 "fr": "Generali GlobalShield Asie"},
        "aliases": ["Generali", "GlobalShield", "Global Shield", "ジェネラリ", "グローバルシールド", "忠利环球盾"],
    },
    {
        "id": "lotus-bridge",
        "name": {"en": "Lotus Bridge Health", "zh": "莲桥健康", "ja": "ロータスブリッジ・ヘルス"},
        "aliases": ["Lotus Bridge", "LotusBridge", "ロータスブリッジ", "莲桥", "蓮橋"],
    },
    {
        "id": "kestrel-mutual",
        "name": {"en": "Kestrel Mutual", "zh": "红隼互助保险", "fr": "Kestrel Mutuelle",
                 "de": "Kestrel Gegenseitigkeitsversicherung"},
        "aliases": ["Kestrel", "Kestrel Mutuelle", "ケストレル", "红隼"],
    },
    {
        "id": "orchid-expat",
        "name": {"en": "Orchid Expat Care", "zh": "兰馨海外医疗保险", "ja": "オーキッド・エクスパット・ケア"},
        "aliases": ["Orchid Expat", "Orchid", "オーキッド", "兰馨"],
    },
    {
        "id": "meridor",
        "name": {"en": "Meridor Assurance", "fr": "Meridor Assurances", "de": "Meridor Versicherung",
                 "zh": "美瑞多保险"},
        "aliases": ["Meridor", "メリドール", "美瑞多"],
    },
]

DISTRICTS = [
    {
        "id": "yunhai",
        "name": {"en": "Yunhai District", "zh": "云海区", "ja": "雲海区", "de": "Bezirk Yunhai",
                 "fr": "district de Yunhai"},
        "aliases": ["Yunhai", "云海", "雲海", "ユンハイ"],
    },
    {
        "id": "taohua-valley",
        "name": {"en": "Taohua Valley", "zh": "桃花谷", "ja": "桃花谷", "de": "Taohua-Tal",
                 "fr": "vallée de Taohua"},
        "aliases": ["Taohua", "Peach Blossom Valley", "タオホア", "タオファ"],
    },
    {
        "id": "songbai-port",
        "name": {"en": "Songbai Port", "zh": "松柏港区", "ja": "松柏港", "de": "Hafen Songbai",
                 "fr": "port de Songbai"},
        "aliases": ["Songbai", "松柏港", "ソンバイ", "ソンバイ港"],
    },
]

# ---------------------------------------------------------------- hospitals
# (id, en name, zh name, ja name or None, district, languages, specialties, billing,
#  address en, address zh, phone, desk phone or None)
H = [
    ("redstone-intl", "Redstone International Hospital", "红石国际医院", "レッドストーン国際病院", "jinjiang",
     ["zh", "en", "ja", "fr", "de"],
     ["emergency", "internal_medicine", "general_surgery", "cardiology", "orthopedics", "pediatrics",
      "obstetrics_gynecology", "neurology", "gastroenterology", "respiratory", "urology", "ent", "health_checkup"],
     ["cigna", "axa", "bupa-global", "allianz-care", "generali-shield"],
     "88 Hongshi Avenue", "红石大道88号", "+86 28 8643 5577", "+86 28 8643 5599"),
    ("camphor-family", "Camphor Tree Family Clinic", "樟树家庭诊所", "カンファーツリー・ファミリークリニック", "qingyang",
     ["zh", "en", "fr"],
     ["general_practice", "pediatrics", "dermatology", "health_checkup"],
     ["cigna", "april-international", "kestrel-mutual"],
     "16 Zhangshu Lane", "樟树巷16号", "+86 28 8776 3341", None),
    ("silver-crane", "Silver Crane Medical Center", "银鹤医疗中心", "シルバークレーン医療センター", "wuhou",
     ["zh", "en", "ko", "ja"],
     ["emergency", "internal_medicine", "cardiology", "cardiac_surgery", "neurology", "oncology",
      "general_surgery", "respiratory", "endocrinology"],
     ["aetna-international", "geoblue", "international-sos", "lotus-bridge"],
     "301 Yinhe Road", "银鹤路301号", "+86 28 8553 9064", "+86 28 8553 9066"),
    ("pearl-smile", "Pearl Smile Dental Clinic", "珍珠微笑口腔诊所", None, "high-tech-zone",
     ["zh", "en", "ko"],
     ["dentistry"],
     ["cigna", "now-health"],
     "Unit 5, 77 Zhenzhu Street", "珍珠街77号5单元", "+86 28 8597 4436", None),
    ("bamboo-spring", "Bamboo Spring TCM Hospital", "竹泉中医医院", "竹泉中医病院", "jinniu",
     ["zh", "ja"],
     ["traditional_chinese_medicine", "rehabilitation", "orthopedics"],
     [],
     "9 Zhuquan Road", "竹泉路9号", "+86 28 8338 6617", None),
    ("westbrook", "Westbrook Hospital", "西溪医院", "ウェストブルック病院", "chenghua",
     ["zh", "en", "ru"],
     ["obstetrics_gynecology", "pediatrics", "dermatology", "ent"],
     ["bupa-global", "axa", "orchid-expat"],
     "455 Xixi East Road", "西溪东路455号", "+86 28 8439 7752", "+86 28 8439 7753"),
    ("clearview-eye", "Clearview Eye Hospital", "明视眼科医院", "クリアビュー眼科病院", "qingyang",
     ["zh", "en", "ja"],
     ["ophthalmology"],
     ["cigna", "axa", "henner"],
     "63 Mingshi Street", "明视街63号", "+86 28 8663 4418", None),
    ("maple-rehab", "Maple Leaf Rehabilitation Center", "枫叶康复中心", None, "wenjiang",
     ["zh", "en", "de"],
     ["rehabilitation", "orthopedics", "neurology"],
     ["allianz-care", "meridor"],
     "27 Fengye Road", "枫叶路27号", "+86 28 8278 6631", None),
    ("aurora-cardio", "Aurora Cardiovascular Hospital", "曙光心血管医院", "オーロラ心臓血管病院", "tianfu-new-area",
     ["zh", "en", "fr", "es"],
     ["cardiology", "cardiac_surgery", "emergency", "internal_medicine"],
     ["axa", "henner", "meridor", "april-international"],
     "500 Shuguang Avenue", "曙光大道500号", "+86 28 8579 3346", "+86 28 8579 3348"),
    ("jade-mountain", "Jade Mountain People's Hospital", "玉山人民医院", None, "shuangliu",
     ["zh"],
     ["emergency", "internal_medicine", "general_surgery", "pediatrics", "obstetrics_gynecology",
      "orthopedics", "infectious_diseases"],
     [],
     "38 Yushan Road", "玉山路38号", "+86 28 8588 4463", None),
    ("tranquil-mind", "Tranquil Mind Clinic", "静心诊所", "トランキルマインド・クリニック", "jinjiang",
     ["zh", "en", "de", "fr"],
     ["psychiatry"],
     ["cigna", "kestrel-mutual"],
     "Floor 6, 19 Jingxin Street", "静心街19号6楼", "+86 28 8697 5536", None),
    ("evergreen", "Evergreen Clinic", "长青诊所", "エバーグリーン・クリニック", "high-tech-zone",
     ["zh", "en", "ja", "ko"],
     ["dermatology", "general_practice"],
     ["generali-shield", "cigna"],
     "66 Changqing Road", "长青路66号", "+86 28 8519 3378", None),
    ("northstar", "Northstar Hospital", "北辰医院", "ノーススター病院", "chenghua",
     ["zh", "en", "ru", "ar"],
     ["oncology", "internal_medicine", "gastroenterology", "urology", "general_surgery", "respiratory",
      "health_checkup"],
     ["bupa-global", "aetna-international", "orchid-expat", "taikang-online"],
     "233 Beichen Avenue", "北辰大道233号", "+86 28 8437 6659", "+86 28 8437 6658"),
    ("azure-bay", "Azure Bay Hospital", "碧湾医院", "アジュールベイ病院", "yunhai",
     ["zh", "en", "ja"],
     ["emergency", "internal_medicine", "pediatrics", "orthopedics", "general_surgery", "ent", "endocrinology"],
     ["lotus-bridge", "generali-shield", "ping-an-health"],
     "8 Biwan Road", "碧湾路8号", "+86 28 8366 5540", "+86 28 8366 5541"),
    ("willow-creek", "Willow Creek Clinic", "柳溪诊所", "ウィロークリーク・クリニック", "taohua-valley",
     ["zh", "en", "fr", "de", "it"],
     ["general_practice", "dentistry", "dermatology", "health_checkup"],
     ["kestrel-mutual", "meridor", "orchid-expat"],
     "14 Liuxi Lane", "柳溪巷14号", "+86 28 8294 7765", None),
    ("lantern-hill", "Lantern Hill Hospital", "灯山医院", None, "songbai-port",
     ["zh", "ko", "ru"],
     ["internal_medicine", "respiratory", "infectious_diseases", "gastroenterology", "traditional_chinese_medicine"],
     ["ping-an-health", "taikang-online"],
     "71 Dengshan Road", "灯山路71号", "+86 28 8335 9947", None),
    ("ginkgo-intl", "Ginkgo International Clinic", "银杏国际诊所", "ギンコー国際クリニック", "wuhou",
     ["zh", "en", "ja", "de", "fr"],
     ["general_practice", "internal_medicine", "pediatrics", "obstetrics_gynecology", "ent", "dermatology",
      "health_checkup"],
     ["cigna", "allianz-care", "axa", "bupa-global", "henner", "april-international", "now-health",
      "william-russell", "international-sos"],
     "Floor 3, 45 Yinxing Road", "银杏路45号3楼", "+86 28 8556 7743", "+86 28 8556 7744"),
    ("acorn", "Acorn Hospital", "橡果医院", "エイコーン病院", "longquanyi",
     ["zh", "en", "es"],
     ["pediatrics", "emergency", "infectious_diseases", "respiratory"],
     ["geoblue", "img"],
     "92 Xiangguo Road", "橡果路92号", "+86 28 8486 5539", None),
    ("granite-peak", "Granite Peak Hospital", "花岗峰医院", None, "pidu",
     ["zh", "en", "de"],
     ["orthopedics", "rehabilitation", "general_surgery", "neurology"],
     ["allianz-care", "william-russell"],
     "57 Huagang Road", "花岗路57号", "+86 28 8793 4461", None),
    ("crescent", "Crescent Medical Center", "新月医疗中心", "クレセント医療センター", "taohua-valley",
     ["zh", "ar", "ru"],
     ["emergency", "internal_medicine", "cardiology", "gastroenterology", "urology", "endocrinology"],
     ["img", "meridor"],
     "3 Xinyue Square", "新月广场3号", "+86 28 8299 6634", None),
    ("starlight", "Starlight Clinic", "星光诊所", "スターライト・クリニック", "songbai-port",
     ["zh", "en", "ja"],
     ["ophthalmology", "ent", "dentistry"],
     ["lotus-bridge", "kestrel-mutual"],
     "Floor 2, 36 Xingguang Road", "星光路36号2楼", "+86 28 8338 7756", None),
    ("harmony", "Harmony Hospital", "和谐医院", "ハーモニー病院", "jinniu",
     ["zh", "en", "ko"],
     ["psychiatry", "neurology", "endocrinology", "infectious_diseases", "oncology"],
     ["international-sos", "geoblue", "orchid-expat"],
     "199 Hexie Road", "和谐路199号", "+86 28 8736 4495", "+86 28 8736 4496"),
    ("phoenix-tree", "Phoenix Tree Hospital", "梧桐医院", "フェニックスツリー病院", "yunhai",
     ["zh", "ja", "fr"],
     ["traditional_chinese_medicine", "rehabilitation", "health_checkup", "obstetrics_gynecology", "urology"],
     ["meridor", "generali-shield"],
     "68 Wutong Avenue", "梧桐大道68号", "+86 28 8367 9935", None),
]

HOURS = {"en": "Mon-Fri 8:30-17:30", "zh": "周一至周五 8:30-17:30", "ja": "月〜金 8:30-17:30",
         "de": "Mo-Fr 8:30-17:30", "fr": "lun.-ven. 8h30-17h30"}


def hospital(row):
    (hid, en, zh, ja, district, langs, specs, billing, addr_en, addr_zh, phone, desk) = row
    name = {"en": en, "zh": zh}
    if ja:
        name["ja"] = ja
    h = {
        "id": hid,
        "name": name,
        "district": district,
        "address": {"en": addr_en + ", Chengdu", "zh": "成都市" + addr_zh},
        "phone": phone,
        "languages": langs,
        "specialties": specs,
        "emergency_24h": "emergency" in specs,
        "direct_billing": billing,
        "verified_on": "2025-03-14",
    }
    if desk:
        h["international_desk"] = {"phone": desk, "email": "intl@" + hid + ".example.org", "hours": HOURS}
    h["website"] = "https://" + hid + ".example.org"
    if not billing:
        h["notes"] = {"en": "No direct billing: pay at the counter and claim afterwards.",
                      "zh": "不支持直付，请先付款后理赔。",
                      "ja": "直接請求なし：窓口で支払い、後で保険請求してください。",
                      "de": "Keine Direktabrechnung: vor Ort bezahlen und danach einreichen.",
                      "fr": "Pas de tiers payant : payer sur place puis se faire rembourser."}
    return h


def build():
    return {"version": 1, "hospitals": [hospital(r) for r in H], "insurers": INSURERS, "districts": DISTRICTS}


if __name__ == "__main__":
    data = build()
    with open(os.path.join(HERE, "directory.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote directory.json with %d hospitals, %d insurers, %d districts"
          % (len(data["hospitals"]), len(INSURERS), len(DISTRICTS)))
