#!/usr/bin/env python3
"""Writes directory.json for eval/development9 (CONTRACT section 2, version 1).
Every hospital, address, phone number, insurer and district here is invented."""
import json, os

INSURERS = [
    {"id": "tomorrow-health",
     "name": {"en": "Tomorrow Health", "zh": "明日健康保险", "ja": "トゥモロー・ヘルス",
              "de": "Tomorrow Health", "fr": "Tomorrow Health"},
     "aliases": ["Tomorrow", "Tomorrow Health", "TomorrowHealth", "TMRW", "トゥモロー", "トゥモローヘルス", "とぅもろー"]},
    {"id": "mandarin-assurance",
     "name": {"en": "Mandarin Assurance", "zh": "满达林保险", "ja": "マンダリン保険",
              "de": "Mandarin Assurance", "fr": "Mandarin Assurance"},
     "aliases": ["Mandarin", "Mandarin Assurance", "MandarinAssurance", "マンダリン", "まんだりん"]},
    {"id": "heartwell",
     "name": {"en": "Heartwell Insurance", "zh": "心康保险", "ja": "ハートウェル保険",
              "de": "Heartwell Versicherung", "fr": "Assurance Heartwell"},
     "aliases": ["Heartwell", "Heart Well", "ハートウェル", "はーとうぇる"]},
    {"id": "pacific-crest",
     "name": {"en": "Pacific Crest Health", "zh": "太平峰健康", "ja": "パシフィック・クレスト",
              "de": "Pacific Crest Health", "fr": "Pacific Crest Health"},
     "aliases": ["Pacific", "Pacific Crest", "PacificCrest", "パシフィック", "パシフィッククレスト"]},
    {"id": "pacific-harbor",
     "name": {"en": "Pacific Harbor Mutual", "zh": "太平港互助保险", "ja": "パシフィック・ハーバー",
              "de": "Pacific Harbor Mutual", "fr": "Pacific Harbor Mutual"},
     "aliases": ["Pacific", "Pacific Harbor", "Pacific Harbour", "PacificHarbor", "パシフィック", "パシフィックハーバー"]},
]

DISTRICTS = [
    {"id": "panda-valley",
     "name": {"en": "Panda Valley District", "zh": "熊猫谷区", "ja": "パンダ谷区",
              "de": "Bezirk Pandatal", "fr": "district de la Vallée des Pandas"},
     "aliases": ["Panda Valley", "PandaValley", "Xiongmaogu", "熊猫谷", "パンダバレー", "パンダ谷", "ぱんだだに",
                 "Pandatal", "Vallée des Pandas", "Vallee des Pandas"]},
    {"id": "qingyuan",
     "name": {"en": "Qingyuan District", "zh": "青源区", "ja": "青源区",
              "de": "Bezirk Qingyuan", "fr": "district de Qingyuan"},
     "aliases": ["Qingyuan", "Qing Yuan", "青源", "チンユエン", "チンユアン", "せいげん"]},
    {"id": "wangjiang",
     "name": {"en": "Wangjiang District", "zh": "望江区", "ja": "望江区",
              "de": "Bezirk Wangjiang", "fr": "district de Wangjiang"},
     "aliases": ["Wangjiang", "Wang Jiang", "望江", "ワンジャン", "ワンジアン"]},
]

# id, en, zh, extra names, district, en address, zh address, phone, languages, specialties, direct billing
H = [
 ("lumen-family-clinic", "Lumen Family Clinic", "明光家庭诊所", {"ja": "ルーメン・ファミリークリニック"},
  "wuhou", "No. 37 Yulin West Road", "玉林西路37号", "+86 28 8553 4471",
  ["en", "zh", "ja"], ["general_practice", "pediatrics", "dermatology", "health_checkup"], ["cigna", "tomorrow-health"]),
 ("redwood-medical-center", "Redwood Medical Center", "红杉医疗中心", {"de": "Redwood Medizinisches Zentrum", "fr": "Centre médical Redwood"},
  "high-tech-zone", "No. 266 Jiaozi Avenue", "交子大道266号", "+86 28 6598 3300",
  ["en", "zh", "de", "fr"], ["general_practice", "internal_medicine", "emergency", "cardiology", "orthopedics", "respiratory", "general_surgery"],
  ["allianz-care", "axa", "heartwell", "pacific-crest", "bupa-global"]),
 ("sakura-bridge-clinic", "Sakura Bridge Clinic", "樱桥诊所", {"ja": "さくらブリッジクリニック"},
  "jinjiang", "No. 9 Hongxing Road Section 3", "红星路三段9号", "+86 28 8671 5539",
  ["ja", "zh", "en"], ["general_practice", "internal_medicine", "pediatrics", "gastroenterology", "health_checkup"], ["tomorrow-health", "axa"]),
 ("bamboo-grove-dental", "Bamboo Grove Dental", "竹林口腔诊所", {},
  "panda-valley", "No. 58 Zhuxi Street", "竹溪街58号", "+86 28 8394 2716",
  ["en", "zh"], ["dentistry"], ["tomorrow-health", "pacific-harbor"]),
 ("silver-crane-general-hospital", "Silver Crane General Hospital", "银鹤综合医院", {"ja": "銀鶴総合病院"},
  "qingyuan", "No. 1 Hefeng Avenue", "鹤峰大道1号", "+86 28 8745 6600",
  ["zh", "en", "ru"], ["emergency", "internal_medicine", "general_surgery", "orthopedics", "neurology", "cardiology",
                        "cardiac_surgery", "oncology", "urology", "ophthalmology"], ["mandarin-assurance", "ping-an-health", "taikang-online"]),
 ("maple-women-children-hospital", "Maple Women & Children's Hospital", "枫叶妇儿医院", {"fr": "Hôpital mère-enfant L'Érable"},
  "chenghua", "No. 77 Jianshe North Road", "建设北路77号", "+86 28 8437 9905",
  ["en", "zh", "fr"], ["obstetrics_gynecology", "pediatrics"], ["heartwell", "cigna", "henner"]),
 ("clearview-eye-center", "Clearview Eye Center", "明眸眼科中心", {},
  "qingyang", "No. 15 Dongchenggen Street", "东城根街15号", "+86 28 8622 4718",
  ["en", "zh", "ko"], ["ophthalmology"], ["pacific-crest", "bupa-global"]),
 ("serene-mind-clinic", "Serene Mind Clinic", "静心心理诊所", {"de": "Praxis Serene Mind"},
  "wangjiang", "No. 6 Lianhua Lane", "莲花巷6号", "+86 28 8519 3362",
  ["en", "zh", "de"], ["psychiatry"], []),
 ("golden-needle-tcm-hospital", "Golden Needle TCM Hospital", "金针中医医院", {"ja": "金針中医病院"},
  "jinniu", "No. 140 Yingmenkou Road", "营门口路140号", "+86 28 8759 0431",
  ["zh", "ja"], ["traditional_chinese_medicine", "rehabilitation", "dermatology"], ["mandarin-assurance"]),
 ("riverstone-hospital", "Riverstone Hospital", "河石医院", {"de": "Krankenhaus Riverstone", "fr": "Hôpital Riverstone"},
  "panda-valley", "No. 300 Shibanqiao Road", "石板桥路300号", "+86 28 8396 5500",
  ["en", "zh"], ["emergency", "general_practice", "internal_medicine", "pediatrics", "orthopedics", "general_surgery",
                 "respiratory", "infectious_diseases"], ["tomorrow-health", "heartwell", "geoblue"]),
 ("orchid-skin-clinic", "Orchid Skin & Laser Clinic", "兰亭皮肤诊所", {"ja": "オーキッド皮膚科クリニック"},
  "high-tech-zone", "No. 88 Tianyun Road", "天韵路88号", "+86 28 6577 2849",
  ["en", "zh", "ja", "ko"], ["dermatology"], ["tomorrow-health", "cigna"]),
 ("northstar-cancer-center", "Northstar Cancer Center", "北辰肿瘤中心", {},
  "qingyuan", "No. 21 Beichen Road", "北辰路21号", "+86 28 8748 3157",
  ["en", "zh"], ["oncology", "health_checkup"], ["mandarin-assurance", "aetna-international"]),
 ("kestrel-orthopedic-clinic", "Kestrel Orthopedic & Sports Clinic", "隼骨科运动医学诊所", {"de": "Kestrel Orthopädie- und Sportklinik"},
  "wenjiang", "No. 45 Liutai Avenue", "柳台大道45号", "+86 28 8271 6648",
  ["en", "zh", "de"], ["orthopedics", "rehabilitation"], ["heartwell", "allianz-care"]),
 ("linden-hospital", "Linden Hospital", "林登医院", {"de": "Lindenhof-Klinik", "fr": "Hôpital Linden"},
  "jinjiang", "No. 19 Dongda Street", "东大街19号", "+86 28 8665 7080",
  ["de", "en", "zh"], ["internal_medicine", "cardiology", "gastroenterology", "endocrinology", "urology", "health_checkup", "emergency"],
  ["allianz-care", "henner", "generali", "pacific-harbor"]),
 ("jade-ent-clinic", "Jade Ear, Nose & Throat Clinic", "翡翠耳鼻喉诊所", {},
  "chenghua", "No. 33 Erxianqiao East Road", "二仙桥东路33号", "+86 28 8437 1186",
  ["zh"], ["ent"], []),
 ("kite-childrens-clinic", "Kite Children's Clinic", "风筝儿童诊所", {"ja": "カイト小児クリニック", "fr": "Clinique pédiatrique Cerf-Volant"},
  "panda-valley", "No. 12 Fengzheng Lane", "风筝巷12号", "+86 28 8391 4427",
  ["en", "zh", "ja", "fr"], ["pediatrics", "ent", "dentistry"], ["pacific-crest", "tomorrow-health"]),
 ("summit-cardiovascular-hospital", "Summit Cardiovascular Hospital", "峰会心血管医院", {"de": "Summit Herzklinik"},
  "qingyang", "No. 66 Wenweng Road", "文翁路66号", "+86 28 8617 9352",
  ["en", "zh"], ["cardiology", "cardiac_surgery", "emergency"], ["heartwell", "mandarin-assurance", "axa"]),
 ("evergreen-rehabilitation-hospital", "Evergreen Rehabilitation Hospital", "常青康复医院", {},
  "shuangliu", "No. 8 Dongsheng Street", "东升街8号", "+86 28 8580 3914",
  ["zh"], ["rehabilitation", "neurology", "orthopedics", "traditional_chinese_medicine"], ["ping-an-health"]),
 ("lotus-pond-hospital", "Lotus Pond Hospital", "荷塘医院", {"fr": "Hôpital de l'Étang aux Lotus"},
  "wangjiang", "No. 210 Hetang Road", "荷塘路210号", "+86 28 8516 7700",
  ["zh", "en", "fr"], ["general_practice", "internal_medicine", "emergency", "obstetrics_gynecology", "pediatrics",
                       "gastroenterology", "respiratory", "endocrinology", "infectious_diseases", "ent"], ["mandarin-assurance", "tomorrow-health"]),
 ("azure-checkup-center", "Azure Checkup Center", "蔚蓝体检中心", {"ja": "アジュール健診センター"},
  "tianfu-new-area", "No. 99 Xinglong Lake Road", "兴隆湖路99号", "+86 28 6893 2275",
  ["en", "zh", "ja", "ko"], ["health_checkup", "internal_medicine"], ["cigna", "pacific-harbor", "img"]),
 ("cedar-fever-clinic", "Cedar Fever & Infection Clinic", "雪松发热感染门诊", {},
  "jinniu", "No. 52 Xihua Avenue", "西华大道52号", "+86 28 8753 6619",
  ["en", "zh"], ["infectious_diseases", "respiratory", "internal_medicine"], []),
 ("willow-womens-clinic", "Willow Women's Clinic", "柳岸女性诊所", {"ja": "ウィロー女性クリニック"},
  "qingyuan", "No. 17 Liuan Street", "柳岸街17号", "+86 28 8749 2083",
  ["en", "zh", "ja"], ["obstetrics_gynecology", "urology", "endocrinology"], ["tomorrow-health", "cigna", "april-international"]),
 ("granite-neuroscience-hospital", "Granite Neuroscience Hospital", "磐石神经医院", {"de": "Granit Neurologische Klinik"},
  "high-tech-zone", "No. 158 Kehua South Road", "科华南路158号", "+86 28 6511 8846",
  ["en", "zh", "de"], ["neurology", "psychiatry"], ["generali", "heartwell"]),
 ("pearl-smile-dental", "Pearl Smile Dental", "珍珠微笑口腔", {"ja": "パールスマイル歯科", "fr": "Cabinet dentaire Pearl Smile"},
  "wuhou", "No. 4 Kehua North Road", "科华北路4号", "+86 28 8541 6093",
  ["en", "zh", "ja", "fr", "ko"], ["dentistry"], ["axa", "mandarin-assurance", "pacific-crest"]),
]

DISTRICT_EN = {"wuhou": "Wuhou District", "high-tech-zone": "Chengdu Hi-tech Zone", "jinjiang": "Jinjiang District",
               "panda-valley": "Panda Valley District", "qingyuan": "Qingyuan District", "chenghua": "Chenghua District",
               "qingyang": "Qingyang District", "wangjiang": "Wangjiang District", "jinniu": "Jinniu District",
               "wenjiang": "Wenjiang District", "shuangliu": "Shuangliu District", "tianfu-new-area": "Tianfu New Area"}
DISTRICT_ZH = {"wuhou": "武侯区", "high-tech-zone": "高新区", "jinjiang": "锦江区", "panda-valley": "熊猫谷区",
               "qingyuan": "青源区", "chenghua": "成华区", "qingyang": "青羊区", "wangjiang": "望江区", "jinniu": "金牛区",
               "wenjiang": "温江区", "shuangliu": "双流区", "tianfu-new-area": "天府新区"}


def build():
    hospitals = []
    for (hid, en, zh, extra, district, addr_en, addr_zh, phone, langs, specs, billing) in H:
        name = {"en": en, "zh": zh}
        name.update(extra)
        h = {"id": hid, "name": name, "district": district,
             "address": {"en": f"{addr_en}, {DISTRICT_EN[district]}, Chengdu",
                         "zh": f"成都市{DISTRICT_ZH[district]}{addr_zh}"},
             "phone": phone, "languages": langs, "specialties": specs,
             "emergency_24h": "emergency" in specs, "direct_billing": billing,
             "verified_on": "2025-01-15"}
        hospitals.append(h)
    return {"version": 1, "hospitals": hospitals, "insurers": INSURERS, "districts": DISTRICTS}


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "directory.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
    print("wrote directory.json with", len(H), "hospitals")
