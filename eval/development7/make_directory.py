"""Writes directory.json for the development7 evaluation set (contract section 2, version 1).

Every hospital, address, phone number, insurer and district below is invented.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

INSURERS = [
    {   # shares the brand name "Cigna" (and シグナ / 信诺) with the built-in insurer `cigna` (Cigna Global)
        "id": "cigna-sichuan",
        "name": {"en": "Cigna Sichuan Care", "zh": "信诺四川关爱计划", "ja": "Cigna Sichuan Care（シグナ四川ケア）",
                 "de": "Cigna Sichuan Care", "fr": "Cigna Sichuan Care"},
        "aliases": ["Cigna", "シグナ", "信诺", "Cigna Sichuan", "シグナ四川", "信诺四川", "CSC"],
    },
    {   # looks like the German nationality / language word "Deutsch(e)"
        "id": "deutsche-weltkasse",
        "name": {"en": "Deutsche Weltkasse", "zh": "德意世界保险", "ja": "ドイチェ・ヴェルトカッセ",
                 "de": "Deutsche Weltkasse", "fr": "Deutsche Weltkasse"},
        "aliases": ["Weltkasse", "DWK", "ヴェルトカッセ", "ドイチェヴェルトカッセ"],
    },
    {
        "id": "lotus-bridge",
        "name": {"en": "Lotus Bridge Health", "zh": "莲桥健康", "ja": "ロータスブリッジ・ヘルス",
                 "de": "Lotus Bridge Health", "fr": "Lotus Bridge Santé"},
        "aliases": ["Lotus Bridge", "LotusBridge", "ロータスブリッジ", "莲桥"],
    },
    {
        "id": "harborline",
        "name": {"en": "Harborline Assurance", "zh": "港线保险", "ja": "ハーバーライン保険",
                 "de": "Harborline Versicherung", "fr": "Harborline Assurance"},
        "aliases": ["Harborline", "Harbourline", "Harbor Line", "ハーバーライン", "港线"],
    },
    {
        "id": "kestrel-expat",
        "name": {"en": "Kestrel Expat Health", "zh": "红隼海外健康", "ja": "ケストレル・エクスパット・ヘルス",
                 "de": "Kestrel Expat Health", "fr": "Kestrel Expat Santé"},
        "aliases": ["Kestrel", "Kestrel Expat", "ケストレル", "红隼"],
    },
]

DISTRICTS = [
    {
        "id": "yushui",
        "name": {"en": "Yushui District", "zh": "玉水区", "ja": "玉水区", "de": "Bezirk Yushui",
                 "fr": "District de Yushui"},
        "aliases": ["Yushui", "Yu Shui", "玉水", "ユーシュイ", "ぎょくすい", "Jadewater", "Jadewasser",
                    "Eau de Jade"],
    },
    {
        "id": "baihe",
        "name": {"en": "Baihe District", "zh": "白鹤区", "ja": "白鶴区", "de": "Bezirk Baihe",
                 "fr": "District de Baihe"},
        "aliases": ["Baihe", "Bai He", "白鹤", "白鶴", "バイホー", "はっかく", "White Crane",
                    "Weißer Kranich", "Grue Blanche"],
    },
    {
        "id": "xiangyun-lake",
        "name": {"en": "Xiangyun Lake District", "zh": "祥云湖区", "ja": "祥雲湖区", "de": "Bezirk Xiangyun-See",
                 "fr": "District du Lac Xiangyun"},
        "aliases": ["Xiangyun Lake", "Xiangyun", "祥云湖", "祥雲湖", "シャンユン湖", "しょううんこ",
                    "Xiangyun-See", "Xiangyunsee", "Lac Xiangyun"],
    },
]


def H(id, en, zh, district, addr_en, addr_zh, phone, languages, specialties, billing, ja=None, de=None, fr=None,
      desk=None):
    name = {"en": en, "zh": zh}
    if ja: name["ja"] = ja
    if de: name["de"] = de
    if fr: name["fr"] = fr
    h = {
        "id": id, "name": name, "district": district,
        "address": {"en": addr_en, "zh": addr_zh},
        "phone": phone,
        "languages": languages,
        "specialties": specialties,
        "emergency_24h": "emergency" in specialties,
        "direct_billing": billing,
        "verified_on": "2026-11-02",
    }
    if desk:
        h["international_desk"] = {"phone": desk}
    return h


HOSPITALS = [
    H("hibiscus-intl", "Hibiscus International Hospital", "芙蓉国际医院", "wuhou",
      "77 Kehua North Road", "科华北路77号", "028-8553-3101", ["en", "zh", "fr", "ja"],
      ["emergency", "general_practice", "internal_medicine", "pediatrics", "cardiology", "orthopedics", "ent",
       "health_checkup", "general_surgery"],
      ["cigna", "cigna-sichuan", "bupa-global", "axa", "lotus-bridge"],
      ja="ハイビスカス国際病院", fr="Hôpital international Hibiscus", desk="028-8553-3199"),
    H("westgate-clinic", "Westgate Family Clinic", "西门家庭诊所", "qingyang",
      "15 Dongchenggen Upper Street", "东城根上街15号", "028-8631-4472", ["en", "zh", "de"],
      ["general_practice", "pediatrics", "dermatology", "health_checkup"],
      ["allianz-care", "henner", "deutsche-weltkasse"],
      de="Familienpraxis Westgate"),
    H("magnolia-womens", "Magnolia Women's and Children's Hospital", "玉兰妇儿医院", "jinjiang",
      "233 Shuangqiao Road", "双桥路233号", "028-8467-5508", ["en", "zh", "ja", "ko"],
      ["obstetrics_gynecology", "pediatrics", "endocrinology"],
      ["cigna", "aetna-international", "ping-an-health", "harborline"],
      ja="マグノリア母子病院"),
    H("redstone-heart", "Redstone Heart Center", "赤石心脏中心", "high-tech-zone",
      "9 Jiaozi Avenue, Building C", "交子大道9号C座", "028-8593-6614", ["en", "zh"],
      ["cardiology", "cardiac_surgery", "internal_medicine", "emergency"],
      ["cigna", "cigna-sichuan", "generali", "ping-an-health"]),
    H("bamboo-smile-dental", "Bamboo Smile Dental", "竹笑口腔诊所", "jinjiang",
      "46 Hongxing Road Section 3", "红星路三段46号", "028-8677-2315", ["en", "zh", "fr", "es"],
      ["dentistry"], ["april-international", "henner"],
      fr="Cabinet dentaire Bamboo Smile"),
    H("silverpine-rehab", "Silverpine Rehabilitation Hospital", "银松康复医院", "wenjiang",
      "388 Liutai Avenue", "柳台大道388号", "028-8271-9043", ["en", "zh", "ru"],
      ["rehabilitation", "orthopedics", "neurology", "traditional_chinese_medicine"],
      ["taikang-online", "ping-an-health"]),
    H("clearview-eye", "Clearview Eye Hospital", "明视眼科医院", "jinniu",
      "61 Yihuan Road North Section 2", "一环路北二段61号", "028-8336-7781", ["en", "zh", "ja"],
      ["ophthalmology"], ["axa", "bupa-global"],
      ja="クリアビュー眼科病院"),
    H("morningstar-general", "Morningstar General Hospital", "晨星综合医院", "yushui",
      "500 Jinxiu Avenue", "锦绣大道500号", "028-8719-4456", ["en", "zh", "de", "fr"],
      ["emergency", "internal_medicine", "general_surgery", "gastroenterology", "respiratory",
       "infectious_diseases", "urology", "oncology", "neurology"],
      ["cigna", "allianz-care", "deutsche-weltkasse", "kestrel-expat", "axa"],
      de="Morgenstern-Klinikum", fr="Hôpital général Morningstar", desk="028-8719-4400"),
    H("camphor-tcm", "Camphor Tree TCM Clinic", "香樟中医馆", "qingyang",
      "8 Kuan Alley", "宽巷子8号", "028-8625-3387", ["zh", "en", "ja"],
      ["traditional_chinese_medicine", "rehabilitation"], [],
      ja="楠の木漢方クリニック"),
    H("stillbrook-mind", "Stillbrook Mind Centre", "静溪心理中心", "chenghua",
      "72 Jianshe South Road", "建设南路72号", "028-8439-6625", ["en", "zh", "de", "fr"],
      ["psychiatry", "neurology"], ["cigna", "bupa-global", "april-international", "henner"],
      fr="Centre Stillbrook de santé mentale"),
    H("little-oak-children", "Little Oak Children's Hospital", "小橡树儿童医院", "baihe",
      "19 Heming Road", "鹤鸣路19号", "028-8756-2048", ["en", "zh", "ko"],
      ["pediatrics", "emergency", "ent", "respiratory", "infectious_diseases"],
      ["cigna-sichuan", "aetna-international", "harborline", "lotus-bridge"],
      ja="リトルオーク小児病院"),
    H("summit-bone-joint", "Summit Bone & Joint Hospital", "峰顶骨科医院", "tianfu-new-area",
      "1688 Kexue City Road", "科学城路1688号", "028-8591-3366", ["en", "zh", "de"],
      ["orthopedics", "rehabilitation", "general_surgery"],
      ["allianz-care", "generali", "kestrel-expat", "deutsche-weltkasse"],
      de="Summit Klinik für Knochen und Gelenke"),
    H("sakuragi-clinic", "Sakuragi Medical Clinic", "樱木医疗诊所", "high-tech-zone",
      "3F, 88 Tianfu Third Street", "天府三街88号3楼", "028-8513-0947", ["ja", "en", "zh"],
      ["general_practice", "internal_medicine", "pediatrics", "gastroenterology", "health_checkup", "dermatology"],
      ["cigna", "cigna-sichuan", "international-sos", "img"],
      ja="さくらぎメディカルクリニック"),
    H("lindenhof-praxis", "Lindenhof Medical Practice", "菩提庭诊所", "jinjiang",
      "27 Zongfu Road", "总府路27号", "028-8662-5174", ["de", "en", "zh", "fr"],
      ["general_practice", "internal_medicine", "cardiology", "endocrinology", "urology"],
      ["allianz-care", "deutsche-weltkasse", "henner", "generali"],
      de="Arztpraxis Lindenhof", fr="Cabinet médical Lindenhof"),
    H("clinique-lumiere", "Clinique Lumiere", "光明法式诊所", "wuhou",
      "5 Yulin West Road", "玉林西路5号", "028-8557-6619", ["fr", "en", "zh"],
      ["general_practice", "obstetrics_gynecology", "dermatology", "pediatrics"],
      ["april-international", "henner", "axa", "cigna-sichuan"],
      fr="Clinique Lumière"),
    H("azure-cancer", "Azure Cancer Hospital", "蔚蓝肿瘤医院", "chenghua",
      "301 Shuanglin Road", "双林路301号", "028-8437-5562", ["en", "zh"],
      ["oncology", "general_surgery", "gastroenterology", "respiratory"],
      ["cigna", "bupa-global", "aetna-international", "ping-an-health", "taikang-online"]),
    H("crystal-skin", "Crystal Skin & Laser Clinic", "晶肤皮肤科诊所", "jinniu",
      "14 Jiuli Dike Road", "九里堤路14号", "028-8765-9935", ["en", "zh", "ko", "ja"],
      ["dermatology"], [],
      ja="クリスタル皮膚科"),
    H("willowbank-ent", "Willowbank ENT & Eye Hospital", "柳岸耳鼻喉眼科医院", "xiangyun-lake",
      "66 Hubin Road", "湖滨路66号", "028-8837-4425", ["en", "zh", "fr"],
      ["ent", "ophthalmology", "dentistry"], ["axa", "lotus-bridge", "harborline"],
      fr="Hôpital ORL et ophtalmologique Willowbank"),
    H("northstar-union", "Northstar Union Hospital", "北辰协和医院", "xiangyun-lake",
      "899 Yunhu Avenue", "云湖大道899号", "028-8839-6677", ["en", "zh", "ru", "es"],
      ["emergency", "internal_medicine", "cardiology", "neurology", "general_surgery", "urology",
       "obstetrics_gynecology", "infectious_diseases", "endocrinology"],
      ["cigna-sichuan", "taikang-online", "ping-an-health", "harborline", "kestrel-expat"],
      desk="028-8839-6600"),
    H("evergreen-screening", "Evergreen Health Screening Center", "常青健康体检中心", "high-tech-zone",
      "18 Yizhou Avenue Middle Section", "益州大道中段18号", "028-8531-4408", ["en", "zh", "ja", "ko"],
      ["health_checkup", "gastroenterology", "internal_medicine"],
      ["cigna", "international-sos", "img", "now-health", "william-russell"],
      ja="エバーグリーン健診センター"),
    H("seashell-dental", "Seashell Dental Studio", "贝壳口腔门诊", "qingyang",
      "39 Xinhua West Road", "新华西路39号", "028-8639-5514", ["en", "zh", "de", "ja"],
      ["dentistry"], ["william-russell", "now-health", "deutsche-weltkasse", "kestrel-expat"],
      ja="シーシェル歯科", de="Zahnstudio Seashell"),
    H("cedar-brain-spine", "Cedar Brain & Spine Institute", "雪松脑脊柱医院", "baihe",
      "256 Songlin Street", "松林街256号", "028-8759-3341", ["en", "zh", "fr", "de"],
      ["neurology", "rehabilitation", "orthopedics", "psychiatry"], ["generali", "axa", "lotus-bridge"],
      fr="Institut Cedar du cerveau et du rachis", de="Cedar Institut für Gehirn und Wirbelsäule"),
    H("sunrise-intl", "Sunrise International Medical Center", "朝阳国际医疗中心", "yushui",
      "2 Fengming Road", "凤鸣路2号", "028-8716-5583", ["en", "zh", "ja", "fr", "de"],
      ["emergency", "general_practice", "internal_medicine", "pediatrics", "obstetrics_gynecology", "cardiology",
       "cardiac_surgery", "respiratory", "endocrinology"],
      ["cigna", "cigna-sichuan", "bupa-global", "allianz-care", "international-sos", "lotus-bridge"],
      ja="サンライズ国際医療センター", de="Sunrise Internationales Medizinzentrum",
      fr="Centre médical international Sunrise", desk="028-8716-5500"),
    H("osmanthus-plaza", "Osmanthus Medical Plaza", "桂花医疗广场", "shuangliu",
      "45 Airport East Road", "机场东路45号", "028-8596-7732", ["en", "zh", "it"],
      ["general_practice", "urology", "infectious_diseases", "traditional_chinese_medicine", "psychiatry",
       "ophthalmology"],
      ["img", "generali", "harborline"]),
]

DIRECTORY = {"version": 1, "hospitals": HOSPITALS, "insurers": INSURERS, "districts": DISTRICTS}

if __name__ == "__main__":
    with open(os.path.join(HERE, "directory.json"), "w", encoding="utf-8") as f:
        json.dump(DIRECTORY, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote directory.json: {len(HOSPITALS)} hospitals, {len(INSURERS)} insurers, {len(DISTRICTS)} districts")
