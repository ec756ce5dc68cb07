"""Writes directory.json for eval/development8: 24 invented hospitals, 5 new insurers, 3 new districts.

Everything here is invented. Run: python3 make_directory.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- new terms
INSURERS = [
    {   # collides with the built-in Henner alias "MSH": a bare "MSH" is ambiguous
        "id": "msh-pacific",
        "name": {"en": "MSH Pacific Assurance", "zh": "明盛太平洋保险", "ja": "MSHパシフィック保険",
                 "de": "MSH Pacific Assurance", "fr": "MSH Pacific Assurance"},
        "aliases": ["MSH", "MSH Pacific", "MSHPacific", "明盛", "明盛保险", "MSHパシフィック", "エムエスエイチ・パシフィック"],
    },
    {   # looks like a nationality / a language ("Nippon" = Japan)
        "id": "nippon-expat",
        "name": {"en": "Nippon Expat Care", "zh": "日侨安康保险", "ja": "ニッポン・エクスパット・ケア",
                 "de": "Nippon Expat Care", "fr": "Nippon Expat Care"},
        "aliases": ["Nippon Expat", "NipponExpat", "Nippon Expat Care", "ニッポンエクスパット", "ニッポン・エクスパット",
                    "にっぽんえくすぱっと", "日侨安康"],
    },
    {   # a common word
        "id": "clover",
        "name": {"en": "Clover International Health", "zh": "三叶草国际健康保险", "ja": "クローバー・インターナショナル",
                 "de": "Clover International Health", "fr": "Clover International Health"},
        "aliases": ["Clover", "Clover Health Intl", "Clover International", "クローバー", "くろーばー", "三叶草保险"],
    },
    {   # a common word / an animal
        "id": "panda-assist",
        "name": {"en": "Panda Assist", "zh": "熊猫援助保险", "ja": "パンダ・アシスト", "de": "Panda Assist", "fr": "Panda Assist"},
        "aliases": ["PandaAssist", "Panda Assist Insurance", "パンダアシスト", "ぱんだあしすと", "熊猫援助"],
    },
    {   # plain
        "id": "bamboo-health",
        "name": {"en": "Bamboo Health International", "zh": "竹安健康保险", "ja": "バンブー・ヘルス",
                 "de": "Bamboo Health International", "fr": "Bamboo Health International"},
        "aliases": ["Bamboo Health", "BambooHealth", "バンブーヘルス", "ばんぶーへるす", "竹安", "竹安健康"],
    },
]

DISTRICTS = [
    {   # plain new district
        "id": "hehuawan",
        "name": {"en": "Hehuawan District", "zh": "荷花湾区", "ja": "荷花湾区", "de": "Bezirk Hehuawan",
                 "fr": "district de Hehuawan"},
        "aliases": ["Hehuawan", "Hehuawan Qu", "Hehua Bay", "荷花湾", "かかわん", "かかわんく", "カカワン", "Stadtbezirk Hehuawan"],
    },
    {   # looks like a person's name (Meilin is a common given name)
        "id": "meilin",
        "name": {"en": "Meilin District", "zh": "梅林区", "ja": "梅林区", "de": "Bezirk Meilin", "fr": "district de Meilin"},
        "aliases": ["Meilin", "Meilin Qu", "Mei Lin", "梅林", "ばいりん", "ばいりんく", "バイリン", "Stadtbezirk Meilin"],
    },
    {   # looks like a specialty ("Heart", "Herz", "Cœur", 心)
        "id": "xinhu",
        "name": {"en": "Heart Lake District", "zh": "心湖区", "ja": "心湖区", "de": "Bezirk Herzsee",
                 "fr": "district du Lac du Cœur"},
        "aliases": ["Heart Lake", "Xinhu", "Xinhu Qu", "心湖", "しんこ", "しんこく", "シンコ", "Herzsee", "Lac du Cœur",
                    "Lac du Coeur"],
    },
]

# ---------------------------------------------------------------- hospitals
S = {  # short names for specialties
    "gp": "general_practice", "im": "internal_medicine", "er": "emergency", "ped": "pediatrics",
    "obg": "obstetrics_gynecology", "card": "cardiology", "csurg": "cardiac_surgery", "ortho": "orthopedics",
    "derm": "dermatology", "eye": "ophthalmology", "ent": "ent", "dent": "dentistry", "psy": "psychiatry",
    "neuro": "neurology", "gi": "gastroenterology", "onc": "oncology", "uro": "urology", "surg": "general_surgery",
    "resp": "respiratory", "endo": "endocrinology", "inf": "infectious_diseases",
    "tcm": "traditional_chinese_medicine", "rehab": "rehabilitation", "check": "health_checkup",
}

# id, names (en, zh, ja, de, fr), district, address (en, zh), phone, languages, specialties, billing
H = [
    ("sunrise-international", ("Sunrise International Hospital", "旭日国际医院", "サンライズ国際病院",
      "Sunrise Internationales Krankenhaus", "Hôpital international Sunrise"), "high-tech-zone",
     ("66 Yunqiao Road, Chengdu Hi-tech Zone", "成都高新区云桥路66号"), "028-6543 7788", ["en", "zh", "ja", "ko"],
     "gp im er ped obg card ortho derm eye ent dent gi uro surg check",
     ["cigna", "allianz-care", "axa", "bupa-global", "msh-pacific", "nippon-expat"]),
    ("riverside-united", ("Riverside United Hospital", "滨河联合医院", "リバーサイド・ユナイテッド病院",
      "Riverside United Klinikum", "Hôpital Riverside United"), "jinjiang",
     ("9 Lanting Street, Jinjiang District", "锦江区兰亭街9号"), "028-8455 3090", ["en", "zh", "fr", "de"],
     "gp im er ped obg card csurg ortho eye neuro gi onc uro surg endo psy",
     ["cigna", "henner", "april-international", "allianz-care", "clover"]),
    ("crane-hill-general", ("Crane Hill General Hospital", "鹤丘综合医院", "鶴丘総合病院",
      "Allgemeines Krankenhaus Crane Hill", "Hôpital général de Crane Hill"), "tianfu-new-area",
     ("1 Heqiu Avenue, Tianfu New Area", "天府新区鹤丘大道1号"), "028-6870 4455", ["en", "zh"],
     "im er ped obg card ortho neuro onc resp inf tcm rehab",
     ["ping-an-health", "taikang-online", "panda-assist"]),
    ("eastgate-peoples", ("Eastgate People's Hospital", "东门人民医院", "東門人民病院",
      "Volkskrankenhaus Osttor", "Hôpital populaire de la Porte Est"), "chenghua",
     ("233 Dongmen North Road, Chenghua District", "成华区东门北路233号"), "028-8437 6611", ["zh", "en", "ru"],
     "im er card csurg ortho surg neuro resp endo onc tcm ent",
     ["ping-an-health", "international-sos", "taikang-online"]),
    ("orchid-valley", ("Orchid Valley Hospital", "兰谷医院", "蘭谷病院", "Krankenhaus Orchideental",
      "Hôpital de la Vallée des Orchidées"), "xinhu",
     ("18 Langu Road, Heart Lake District", "心湖区兰谷路18号"), "028-6255 8830", ["en", "zh", "ja"],
     "gp im er ped derm obg gi endo check psy",
     ["bamboo-health", "nippon-expat", "geoblue", "cigna"]),
    ("silver-birch", ("Silver Birch Hospital", "银桦医院", "シルバーバーチ病院", "Silberbirke-Krankenhaus",
      "Hôpital du Bouleau d'Argent"), "meilin",
     ("76 Yinhua Street, Meilin District", "梅林区银桦街76号"), "028-6391 2047", ["en", "zh", "de"],
     "im er ortho surg uro resp rehab dent eye",
     ["henner", "allianz-care", "generali"]),
    ("hibiscus-women-children", ("Hibiscus Women & Children's Hospital", "芙蓉妇女儿童医院", "ハイビスカス母子病院",
      "Hibiskus Frauen- und Kinderklinik", "Hôpital mère-enfant Hibiscus"), "wuhou",
     ("301 Furong West Road, Wuhou District", "武侯区芙蓉西路301号"), "028-8533 6708", ["en", "zh", "ja"],
     "obg ped check",
     ["cigna", "bupa-global", "nippon-expat"]),
    ("maple-family-clinic", ("Maple Family Clinic", "枫叶家庭诊所", "メープル・ファミリークリニック",
      "Ahorn Hausarztpraxis", "Clinique familiale de l'Érable"), "qingyang",
     ("5F, 27 Wenshu Lane, Qingyang District", "青羊区文殊巷27号5楼"), "028-8627 3351", ["en", "zh", "fr", "es"],
     "gp ped derm im check",
     ["april-international", "allianz-care", "clover", "axa"]),
    ("brightview-eye", ("Brightview Eye Center", "明视眼科中心", "ブライトビュー眼科センター",
      "Augenzentrum Brightview", "Centre ophtalmologique Brightview"), "chenghua",
     ("45 Shuguang Road, Chenghua District", "成华区曙光路45号"), "028-8349 5562", ["zh", "en"],
     "eye",
     []),
    ("pearl-dental", ("Pearl Dental Clinic", "珍珠口腔诊所", "パール歯科クリニック", "Zahnklinik Pearl",
      "Clinique dentaire Pearl"), "high-tech-zone",
     ("2F, 88 Tianhua Road, Chengdu Hi-tech Zone", "成都高新区天华路88号2楼"), "028-6677 4019", ["en", "zh", "ja", "ko"],
     "dent",
     ["cigna", "panda-assist", "bupa-global"]),
    ("jade-spring-tcm", ("Jade Spring TCM Hospital", "玉泉中医医院", "玉泉中医病院", "TCM-Klinik Jadequelle",
      "Hôpital de MTC Source de Jade"), "qingyang",
     ("12 Caotang Back Street, Qingyang District", "青羊区草堂后街12号"), "028-8779 6543", ["zh", "en", "de"],
     "tcm rehab",
     ["ping-an-health"]),
    ("heartline-cardiovascular", ("Heartline Cardiovascular Center", "心脉心血管病中心", "ハートライン心臓血管センター",
      "Herzzentrum Heartline", "Centre cardiovasculaire Heartline"), "jinniu",
     ("399 Yingbin Avenue, Jinniu District", "金牛区迎宾大道399号"), "028-8756 2233", ["zh", "en"],
     "card csurg er",
     ["ping-an-health", "taikang-online", "axa"]),
    ("harmony-mind", ("Harmony Mind Clinic", "和心心理诊所", "ハーモニー・マインド・クリニック",
      "Praxis Harmony Mind", "Clinique Harmony Mind"), "jinjiang",
     ("7F, 16 Hongxing Road, Jinjiang District", "锦江区红星路16号7楼"), "028-8665 9017", ["en", "zh", "de", "fr"],
     "psy neuro",
     ["bupa-global", "allianz-care", "henner"]),
    ("summit-orthopedic", ("Summit Orthopedic & Sports Hospital", "峰岳骨科运动医院", "サミット整形外科スポーツ病院",
      "Summit Orthopädie- und Sportklinik", "Hôpital orthopédique et du sport Summit"), "wuhou",
     ("58 Kehua South Road, Wuhou District", "武侯区科华南路58号"), "028-8538 7746", ["en", "zh"],
     "ortho rehab surg",
     ["aetna-international", "cigna", "msh-pacific"]),
    ("clearsound-ent", ("ClearSound ENT Hospital", "清音耳鼻喉医院", "クリアサウンド耳鼻咽喉科病院",
      "HNO-Klinik ClearSound", "Hôpital ORL ClearSound"), "jinniu",
     ("21 Shawan Road, Jinniu District", "金牛区沙湾路21号"), "028-8761 4429", ["zh", "en", "ja"],
     "ent",
     []),
    ("silkleaf-dermatology", ("Silkleaf Dermatology Clinic", "丝叶皮肤科诊所", "シルクリーフ皮膚科クリニック",
      "Hautklinik Silkleaf", "Clinique dermatologique Silkleaf"), "hehuawan",
     ("3F, 10 Hehua East Road, Hehuawan District", "荷花湾区荷花东路10号3楼"), "028-6203 5578", ["en", "zh", "fr", "ko"],
     "derm",
     ["clover", "april-international", "axa"]),
    ("nova-cancer-center", ("Nova Cancer Center", "新星肿瘤中心", "ノヴァがんセンター", "Krebszentrum Nova",
      "Centre de cancérologie Nova"), "shuangliu",
     ("166 Konggang Road, Shuangliu District", "双流区空港路166号"), "028-8589 3364", ["en", "zh"],
     "onc surg check",
     ["allianz-care", "cigna", "generali"]),
    ("greenfield-checkup", ("Greenfield Health Checkup Center", "绿野体检中心", "グリーンフィールド健診センター",
      "Vorsorgezentrum Greenfield", "Centre de bilan de santé Greenfield"), "tianfu-new-area",
     ("8 Lüye Road, Tianfu New Area", "天府新区绿野路8号"), "028-6896 4473", ["en", "zh", "ja", "ko"],
     "check gp",
     ["ping-an-health", "taikang-online", "panda-assist", "nippon-expat"]),
    ("clearbreath-chest", ("Clear Breath Chest Hospital", "清肺胸科医院", "クリアブレス胸部病院",
      "Lungenklinik Clear Breath", "Hôpital thoracique Clear Breath"), "wenjiang",
     ("95 Liufang Road, Wenjiang District", "温江区柳坊路95号"), "028-8271 6639", ["zh", "en"],
     "resp inf im",
     ["ping-an-health"]),
    ("northstar-infectious", ("North Star Infectious Disease Hospital", "北辰感染病医院", "ノーススター感染症病院",
      "Infektionsklinik Nordstern", "Hôpital des maladies infectieuses Étoile du Nord"), "pidu",
     ("27 Beichen Road, Pidu District", "郫都区北辰路27号"), "028-8796 3318", ["zh", "en", "ru"],
     "inf resp gi",
     ["international-sos", "geoblue"]),
    ("cedar-digestive", ("Cedar Digestive & Liver Hospital", "雪松消化肝病医院", "シーダー消化器肝臓病院",
      "Zedern-Klinik für Verdauung und Leber", "Hôpital digestif et hépatique du Cèdre"), "meilin",
     ("52 Xuesong Road, Meilin District", "梅林区雪松路52号"), "028-6395 7064", ["en", "zh", "de"],
     "gi endo im",
     ["henner", "generali", "bupa-global"]),
    ("sprout-childrens", ("Sprout Children's Hospital", "新芽儿童医院", "スプラウト小児病院", "Kinderklinik Sprout",
      "Hôpital pour enfants Sprout"), "hehuawan",
     ("66 Lianye Road, Hehuawan District", "荷花湾区莲叶路66号"), "028-6208 9935", ["en", "zh", "ja", "fr"],
     "ped er derm ent",
     ["nippon-expat", "cigna", "bupa-global", "panda-assist"]),
    ("vista-urology", ("Vista Urology & Men's Health Hospital", "远景泌尿男科医院", "ビスタ泌尿器科病院",
      "Vista Klinik für Urologie und Männergesundheit", "Hôpital d'urologie Vista"), "longquanyi",
     ("77 Huaguo Road, Longquanyi District", "龙泉驿区花果路77号"), "028-8486 3375", ["zh", "en"],
     "uro surg endo",
     ["clover", "aetna-international"]),
    ("riverstone-neuroscience", ("Riverstone Neuroscience Hospital", "川石神经专科医院", "リバーストーン神経科病院",
      "Riverstone Neurologische Klinik", "Hôpital de neurosciences Riverstone"), "xinhu",
     ("200 Shihe Road, Heart Lake District", "心湖区石河路200号"), "028-6257 4481", ["en", "zh", "de", "fr", "ja"],
     "neuro psy rehab",
     ["allianz-care", "bamboo-health", "msh-pacific"]),
]


def build():
    hospitals = []
    for hid, names, district, addr, phone, langs, specs, billing in H:
        sp = [S[s] for s in specs.split()]
        h = {
            "id": hid,
            "name": dict(zip(["en", "zh", "ja", "de", "fr"], names)),
            "district": district,
            "address": {"en": addr[0], "zh": addr[1]},
            "phone": phone,
            "languages": langs,
            "specialties": sp,
            "emergency_24h": "emergency" in sp,
            "direct_billing": billing,
            "verified_on": "2025-03-01",
        }
        hospitals.append(h)
    return {"version": 1, "hospitals": hospitals, "insurers": INSURERS, "districts": DISTRICTS}


if __name__ == "__main__":
    d = build()
    with open(os.path.join(HERE, "directory.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote directory.json: {len(d['hospitals'])} hospitals, {len(d['insurers'])} insurers, "
          f"{len(d['districts'])} districts")
