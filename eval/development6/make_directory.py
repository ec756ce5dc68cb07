#!/usr/bin/env python3
"""Writes directory.json for the blind6 evaluation set (contract import format, version 1).

Every hospital, phone number, address, new insurer and new district here is invented.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

INSURERS = [
    {"id": "lotus-assure",
     "name": {"en": "Lotus Assure", "zh": "莲花保险", "ja": "ロータス・アシュア", "de": "Lotus Assure", "fr": "Lotus Assure"},
     "aliases": ["Lotus", "LotusAssure", "ロータス", "ロータスアシュア", "莲花", "蓮花保険"]},
    {"id": "meridia-health",
     "name": {"en": "Meridia Health", "zh": "美瑞迪健康", "ja": "メリディア・ヘルス", "de": "Meridia Health", "fr": "Meridia Santé"},
     "aliases": ["Meridia", "Meridia Sante", "Meridia Santé", "メリディア", "メリディアヘルス", "美瑞迪"]},
    {"id": "kestrel-mutual",
     "name": {"en": "Kestrel Mutual", "zh": "红隼互助保险", "ja": "ケストレル・ミューチュアル", "de": "Kestrel Mutual", "fr": "Kestrel Mutuelle"},
     "aliases": ["Kestrel", "Kestrel Mutuelle", "ケストレル", "红隼", "红隼保险"]},
    {"id": "deutsche-expat",
     "name": {"en": "Deutsche Expat Versicherung", "zh": "德意志外派保险", "ja": "ドイチェ・エクスパット保険",
              "de": "Deutsche Expat Versicherung", "fr": "Deutsche Expat Versicherung"},
     "aliases": ["DEV", "Deutsche Expat", "DeutscheExpat", "ドイチェ・エクスパット", "ドイチェエクスパット", "德意志外派"]},
    # Deliberate collision: the alias "Allianz" is also the brand name of the built-in insurer
    # allianz-care (Allianz Care, Allianz). Both are billed by hospitals below, so "Allianz" alone
    # must be answered with a question naming "Allianz Care" and "Allianz Jiahe Health".
    {"id": "allianz-jiahe",
     "name": {"en": "Allianz Jiahe Health", "zh": "安联嘉禾健康", "ja": "アリアンツ嘉禾ヘルス",
              "de": "Allianz Jiahe Health", "fr": "Allianz Jiahe Santé"},
     "aliases": ["Allianz", "Jiahe", "Allianz Jiahe", "嘉禾", "嘉禾健康", "ジアフー"]},
]

DISTRICTS = [
    {"id": "jinsha-lake",
     "name": {"en": "Jinsha Lake", "zh": "金沙湖区", "ja": "金沙湖区", "de": "Jinsha-See", "fr": "Lac Jinsha"},
     "aliases": ["Jinsha", "Jinshahu", "Jinsha Lake District", "金沙湖", "金沙", "ジンシャ湖", "ジンシャ", "きんさこ"]},
    {"id": "baihe-valley",
     "name": {"en": "Baihe Valley", "zh": "白鹤谷", "ja": "白鶴谷", "de": "Baihe-Tal", "fr": "Vallée de Baihe"},
     "aliases": ["Baihe", "Baihegu", "Baihe Valley New Town", "白鹤谷新区", "白鹤", "バイフー谷", "バイフー", "白鶴"]},
    {"id": "xiling-port",
     "name": {"en": "Xiling Port", "zh": "西岭港区", "ja": "西嶺港区", "de": "Hafen Xiling", "fr": "Port de Xiling"},
     "aliases": ["Xiling", "Xilinggang", "Xiling Harbour", "西岭港", "西岭", "西嶺港", "シーリン港", "シーリン"]},
]


def H(id, en, zh, ja, district, addr_en, addr_zh, phone, languages, specialties, billing=(), desk=None, **extra):
    h = {
        "id": id,
        "name": {"en": en, "zh": zh, "ja": ja},
        "district": district,
        "address": {"en": addr_en, "zh": addr_zh},
        "phone": phone,
        "languages": list(languages),
        "specialties": list(specialties),
        "emergency_24h": "emergency" in specialties,
        "direct_billing": list(billing),
        "verified_on": "2025-10-14",
    }
    if desk:
        h["international_desk"] = desk
    h.update(extra)
    return h


HOSPITALS = [
    H("rongcheng-intl", "Rongcheng International Hospital", "蓉城国际医院", "蓉城国際病院", "jinjiang",
      "66 Dongda Street Section 3", "东大街三段66号", "+86 28 8463 5501",
      ["en", "zh", "ja", "fr", "de", "ko"],
      ["general_practice", "internal_medicine", "emergency", "pediatrics", "obstetrics_gynecology", "cardiology",
       "orthopedics", "dermatology", "ent", "gastroenterology", "health_checkup"],
      ["cigna", "bupa-global", "axa", "allianz-care", "lotus-assure"],
      desk={"phone": "+86 28 8463 5599", "email": "intl@rongcheng-intl.example",
            "hours": {"en": "Mon-Sat 8:00-18:00", "zh": "周一至周六 8:00-18:00"}},
      accreditations=["JCI"], website="https://rongcheng-intl.example"),
    H("panda-view-family", "Panda View Family Clinic", "熊猫景家庭诊所", "パンダビュー・ファミリークリニック", "high-tech-zone",
      "18 Jiaozi Avenue, Tower B, 3F", "交子大道18号B座3楼", "+86 28 6537 2218",
      ["en", "zh", "ja", "ko"],
      ["general_practice", "pediatrics", "dermatology", "dentistry"],
      ["cigna", "geoblue", "meridia-health"]),
    H("maple-leaf-dental", "Maple Leaf Dental", "枫叶口腔", "メープルリーフ歯科", "wuhou",
      "9 Kehua North Road", "科华北路9号", "+86 28 8552 6043",
      ["en", "zh", "ja"], ["dentistry"], ["cigna", "allianz-jiahe"]),
    H("shuxin-university", "Shuxin University Hospital", "蜀新大学附属医院", "蜀新大学附属病院", "wuhou",
      "37 Guoxue Lane", "国学巷37号", "+86 28 8542 2887",
      ["zh", "en"],
      ["internal_medicine", "emergency", "cardiology", "cardiac_surgery", "neurology", "oncology", "gastroenterology",
       "respiratory", "endocrinology", "infectious_diseases", "general_surgery", "urology", "ophthalmology", "psychiatry"],
      ["ping-an-health", "taikang-online"],
      desk={"phone": "+86 28 8542 2900", "hours": {"en": "Mon-Fri 8:30-17:00", "zh": "周一至周五 8:30-17:00"}}),
    H("jade-bridge-women-children", "Jade Bridge Women & Children's Hospital", "玉桥妇女儿童医院", "玉橋婦人小児病院", "chenghua",
      "211 Jianshe Road", "建设路211号", "+86 28 8431 7764",
      ["en", "zh", "ru"],
      ["obstetrics_gynecology", "pediatrics", "emergency", "health_checkup"],
      ["bupa-global", "now-health", "kestrel-mutual"]),
    H("cedar-heart-center", "Cedar Heart Center", "雪松心脏中心", "シダー心臓センター", "high-tech-zone",
      "500 Tianfu Avenue Middle Section", "天府大道中段500号", "+86 28 6193 4450",
      ["en", "zh", "de"],
      ["cardiology", "cardiac_surgery", "internal_medicine", "emergency", "rehabilitation"],
      ["cigna", "allianz-care", "axa", "deutsche-expat"], accreditations=["JCI"]),
    H("bamboo-grove-tcm", "Bamboo Grove TCM Hospital", "竹林中医院", "竹林中医病院", "qingyang",
      "3 Wenshu Courtyard Street", "文殊院街3号", "+86 28 8663 0915",
      ["zh", "ja"],
      ["traditional_chinese_medicine", "rehabilitation", "orthopedics"], []),
    H("sunrise-eye", "Sunrise Eye Hospital", "日升眼科医院", "サンライズ眼科病院", "jinniu",
      "77 Yingmenkou Road", "营门口路77号", "+86 28 8749 3306",
      ["zh", "en", "ko"], ["ophthalmology"], ["ping-an-health", "cigna"]),
    H("harmony-mind", "Harmony Mind Clinic", "和心心理诊所", "ハーモニー・マインド・クリニック", "jinjiang",
      "12 Hongxing Road Section 4, 8F", "红星路四段12号8楼", "+86 28 8670 2291",
      ["en", "zh", "fr", "es"], ["psychiatry", "neurology"], ["aetna-international", "henner"]),
    H("summit-ortho-sports", "Summit Orthopedic & Sports Hospital", "峰顶骨科运动医院", "サミット整形外科スポーツ病院", "tianfu-new-area",
      "88 Xinglong Lake Road", "兴隆湖路88号", "+86 28 6835 7712",
      ["en", "zh", "de", "it"],
      ["orthopedics", "rehabilitation", "general_surgery", "emergency"],
      ["allianz-care", "generali", "william-russell", "allianz-jiahe"]),
    H("silk-road-medical", "Silk Road International Medical Center", "丝路国际医疗中心", "シルクロード国際医療センター", "jinsha-lake",
      "1 Huguang Avenue", "湖光大道1号", "+86 28 6271 4480",
      ["en", "zh", "ar", "ru", "fr"],
      ["general_practice", "internal_medicine", "emergency", "pediatrics", "dermatology", "ent", "dentistry",
       "health_checkup", "infectious_diseases"],
      ["international-sos", "img", "axa", "meridia-health"],
      desk={"phone": "+86 28 6271 4488", "email": "care@silkroad-med.example"}),
    H("ginkgo-children", "Ginkgo Children's Hospital", "银杏儿童医院", "銀杏こども病院", "qingyang",
      "45 Caotang Road", "草堂路45号", "+86 28 8735 6619",
      ["en", "zh", "ja"],
      ["pediatrics", "ent", "dermatology", "emergency"],
      ["cigna", "bupa-global", "lotus-assure", "meridia-health"]),
    H("riverside-smile-dental", "Riverside Smile Dental", "河畔微笑口腔", "リバーサイド・スマイル歯科", "jinsha-lake",
      "26 Lanshui Street", "蓝水街26号", "+86 28 6271 9035",
      ["en", "zh", "fr"], ["dentistry"], ["henner", "april-international"]),
    H("evergreen-rehab", "Evergreen Rehabilitation Hospital", "常青康复医院", "エバーグリーン・リハビリ病院", "baihe-valley",
      "150 Songlin Road", "松林路150号", "+86 28 6609 3347",
      ["zh", "en", "ja"],
      ["rehabilitation", "neurology", "orthopedics", "traditional_chinese_medicine"],
      ["taikang-online", "kestrel-mutual"]),
    H("clearwater-checkup", "Clearwater Health Check Center", "清泉体检中心", "クリアウォーター健診センター", "high-tech-zone",
      "99 Yizhou Avenue, 2F", "益州大道99号2楼", "+86 28 6588 4037",
      ["en", "zh", "ja", "ko"],
      ["health_checkup", "general_practice"],
      ["cigna", "axa", "now-health", "meridia-health"]),
    H("longmen-cancer", "Longmen Cancer Center", "龙门肿瘤医院", "龍門がんセンター", "shuangliu",
      "8 Konggang Road Section 1", "空港一路8号", "+86 28 8578 3361",
      ["zh", "en"],
      ["oncology", "general_surgery", "gastroenterology", "respiratory"],
      ["ping-an-health", "bupa-global"]),
    H("azure-skin", "Azure Skin Clinic", "蔚蓝皮肤专科", "アジュール皮膚科クリニック", "wuhou",
      "5 Yulin West Road", "玉林西路5号", "+86 28 8557 4402",
      ["en", "zh", "ja", "fr"], ["dermatology"], ["allianz-jiahe", "lotus-assure"]),
    H("golden-hibiscus", "Golden Hibiscus Hospital", "金芙蓉医院", "金芙蓉病院", "chenghua",
      "300 Erxianqiao East Road", "二仙桥东路300号", "+86 28 8437 9058",
      ["zh", "ru", "ko"],
      ["internal_medicine", "emergency", "general_surgery", "urology", "obstetrics_gynecology", "respiratory",
       "endocrinology"],
      ["ping-an-health", "taikang-online"]),
    H("pinewind-respiratory", "Pinewind Respiratory Hospital", "松风呼吸医院", "松風呼吸器病院", "xiling-port",
      "16 Gangwan Road", "港湾路16号", "+86 28 8893 6674",
      ["zh", "en"],
      ["respiratory", "infectious_diseases", "internal_medicine"], []),
    H("aurora-clinic", "Aurora International Clinic", "极光国际诊所", "オーロラ国際クリニック", "tianfu-new-area",
      "2 Lushan Avenue, Building 7", "麓山大道2号7栋", "+86 28 6507 3389",
      ["en", "zh", "de", "fr", "it", "es", "pt"],
      ["general_practice", "internal_medicine", "gastroenterology", "endocrinology", "dermatology", "health_checkup",
       "psychiatry"],
      ["cigna", "allianz-care", "axa", "generali", "henner", "april-international", "deutsche-expat", "geoblue"],
      desk={"phone": "+86 28 6507 3390", "email": "desk@aurora-clinic.example",
            "hours": {"en": "daily 8:00-20:00", "zh": "每天 8:00-20:00"}}),
    H("willow-ent", "Willow Bank ENT Hospital", "柳岸耳鼻喉医院", "柳岸耳鼻咽喉科病院", "jinniu",
      "61 Shuhan Road", "蜀汉路61号", "+86 28 8751 6640",
      ["zh", "en", "ja"], ["ent"], ["lotus-assure", "meridia-health"]),
    H("moonbay-urology", "Moonbay Urology Clinic", "月湾泌尿专科", "ムーンベイ泌尿器科クリニック", "pidu",
      "33 Wangcong East Road", "望丛东路33号", "+86 28 8787 5914",
      ["zh", "en"], ["urology"], ["img"]),
    H("starlight-maternity", "Starlight Maternity Hospital", "星光妇产医院", "スターライト産婦人科病院", "xindu",
      "140 Guixiang Road", "桂香路140号", "+86 28 8396 7753",
      ["zh", "en", "ja", "ko"],
      ["obstetrics_gynecology", "pediatrics"],
      ["cigna", "kestrel-mutual", "allianz-jiahe"]),
    H("bright-pearl-eye-dental", "Bright Pearl Eye & Dental Center", "明珠眼科口腔中心", "明珠眼科歯科センター", "longquanyi",
      "58 Longdu South Road", "龙都南路58号", "+86 28 8486 3397",
      ["zh", "ko", "ja"], ["ophthalmology", "dentistry"], ["ping-an-health"]),
    H("redwood-neuro", "Redwood Neuro & Stroke Center", "红杉神经医院", "レッドウッド神経・脳卒中センター", "jinjiang",
      "7 Shuangqiao Road", "双桥路7号", "+86 28 8478 6635",
      ["en", "zh"],
      ["neurology", "emergency", "cardiology", "internal_medicine"],
      ["bupa-global", "aetna-international", "kestrel-mutual"]),
]


def main():
    data = {"version": 1, "hospitals": HOSPITALS, "insurers": INSURERS, "districts": DISTRICTS}
    with open(os.path.join(HERE, "directory.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote directory.json: %d hospitals, %d new insurers, %d new districts"
          % (len(HOSPITALS), len(INSURERS), len(DISTRICTS)))


if __name__ == "__main__":
    main()
