"""The contract's 24 specialty codes, with display names and the words people type for each department.

Aliases are matched as words or substrings in free chat text, so each one is specific to its department:
no bare body parts, no generic words (doctor, hospital, Arzt, médecin, 医生...), no one-character CJK
forms, no Latin forms shorter than three letters except well-known acronyms, and none shared between two
specialties.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Final

from directory.vocabulary.terms import Term, TermKind, localized, with_aliases

_DEPARTMENTS: Final[tuple[Term, ...]] = (
    with_aliases(
        TermKind.SPECIALTY,
        "general_practice",
        localized(
            en="General Practice",
            zh="全科医学科",
            ja="総合診療科",
            de="Allgemeinmedizin",
            fr="Médecine générale",
        ),
        en=(
            "GP",
            "general practitioner",
            "family doctor",
            "family physician",
            "family medicine",
            "primary care",
        ),
        zh=(
            "全科",
            "全科医生",
            "家庭医生",
        ),
        ja=(
            "総合診療",
            "かかりつけ医",
            "家庭医",
        ),
        de=(
            "Hausarzt",
            "Hausärztin",
            "Allgemeinarzt",
            "Allgemeinmediziner",
        ),
        fr=(
            "médecin généraliste",
            "généraliste",
            "médecin traitant",
            "médecin de famille",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "internal_medicine",
        localized(
            en="Internal Medicine",
            zh="内科",
            ja="内科",
            de="Innere Medizin",
            fr="Médecine interne",
        ),
        en=(
            "internist",
            "internal medicine doctor",
            "internal med",
            "general medicine",
        ),
        zh=(
            "普通内科",
            "大内科",
            "内科医生",
        ),
        ja=(
            "一般内科",
            "総合内科",
            "内科医",
        ),
        de=(
            "Internist",
            "Internistin",
            "Internisten",
        ),
        fr=(
            "interniste",
            "internistes",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "emergency",
        localized(
            en="Emergency Department",
            zh="急诊科",
            ja="救急科",
            de="Notaufnahme",
            fr="Urgences",
        ),
        en=(
            "emergency room",
            "emergency ward",
            "ER",
            "A&E",
            "accident and emergency",
            "casualty",
        ),
        zh=(
            "急诊",
            "急诊室",
            "急诊中心",
        ),
        ja=(
            "救急",
            "救急外来",
            "救命救急センター",
        ),
        de=(
            "Notfallambulanz",
            "Notfallaufnahme",
            "Notfallzentrum",
            "Rettungsstelle",
        ),
        fr=(
            "service des urgences",
            "salle d'urgence",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "pediatrics",
        localized(
            en="Pediatrics",
            zh="儿科",
            ja="小児科",
            de="Kinderheilkunde",
            fr="Pédiatrie",
        ),
        en=(
            "peds",
            "paediatrics",
            "pediatric",
            "paediatric",
            "pediatrician",
            "paediatrician",
            "kids doctor",
            "children's doctor",
            "child doctor",
            "children's hospital",
            "children's department",
        ),
        zh=(
            "小儿科",
            "儿科医生",
        ),
        ja=("小児科医",),
        de=(
            "pädiatrisch",
            "Kinderarzt",
            "Kinderabteilung",
            "Kinderklinik",
            "Kinderärztin",
            "Kinderärzte",
            "Kinder- und Jugendmedizin",
            "Pädiatrie",
            "Pädiater",
        ),
        fr=(
            "pédiatre",
            "médecin pour enfants",
            "pédiatres",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "obstetrics_gynecology",
        localized(
            en="Obstetrics & Gynecology",
            zh="妇产科",
            ja="産婦人科",
            de="Gynäkologie und Geburtshilfe",
            fr="Gynécologie-obstétrique",
        ),
        en=(
            "gyno",
            "gyn",
            "OB/GYN",
            "OB-GYN",
            "OBGYN",
            "gynecology",
            "gynaecology",
            "obstetrics",
            "gynecologist",
            "gynaecologist",
            "obstetrician",
            "maternity",
            "maternity ward",
            "labour ward",
            "labor ward",
            "midwife",
        ),
        zh=(
            "妇科",
            "产科",
        ),
        ja=(
            "婦人科",
            "産科",
            "産院",
            "助産師",
        ),
        de=(
            "Frauenarzt",
            "Frauenärztin",
            "Frauenheilkunde",
            "Gynäkologe",
            "Gynäkologin",
            "Gyn",
            "Gyni",
            "Geburtshilfe",
            "Entbindungsstation",
            "Geburtsstation",
            "Geburtsklinik",
            "Kreißsaal",
            "Hebamme",
        ),
        fr=(
            "gynéco",
            "gynécos",
            "gynécologue",
            "obstétricien",
            "obstétricienne",
            "obstétrique",
            "maternité",
            "sage-femme",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "cardiology",
        localized(
            en="Cardiology",
            zh="心血管内科",
            ja="循環器内科",
            de="Kardiologie",
            fr="Cardiologie",
        ),
        en=(
            "cardiac",
            "cardiologist",
            "heart doctor",
            "heart specialist",
            "cardio",
        ),
        zh=(
            "心内科",
            "心脏科",
            "心脏内科",
            "心血管科",
        ),
        ja=(
            "心臓内科",
            "循環器科",
            "循環器",
            "心臓の専門医",
            "心臓専門医",
        ),
        de=(
            "Kardiologe",
            "Kardiologin",
            "Herzarzt",
            "Herzärztin",
            "Herzspezialist",
            "Kardio",
        ),
        fr=(
            "cardio",
            "cardiaque",
            "cardiologue",
            "cardiologues",
            "médecin du cœur",
            "spécialiste du cœur",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "cardiac_surgery",
        localized(
            en="Cardiac Surgery",
            zh="心脏外科",
            ja="心臓血管外科",
            de="Herzchirurgie",
            fr="Chirurgie cardiaque",
        ),
        en=(
            "cardiac surgeon",
            "heart surgeon",
            "heart surgery",
            "cardiothoracic surgery",
            "cardiothoracic surgeon",
            "cardiovascular surgery",
        ),
        zh=(
            "心外科",
            "心胸外科",
            "心血管外科",
            "心脏大血管外科",
        ),
        ja=("心臓外科",),
        de=(
            "Kardiochirurgie",
            "kardiochirurgisch",
            "Herzchirurg",
            "Herzchirurgin",
        ),
        fr=(
            "chirurgien cardiaque",
            "chirurgie cardiovasculaire",
            "chirurgien du cœur",
            "chirurgie du cœur",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "orthopedics",
        localized(
            en="Orthopedics",
            zh="骨科",
            ja="整形外科",
            de="Orthopädie",
            fr="Orthopédie",
        ),
        en=(
            "orthopaedics",
            "orthopedic",
            "orthopaedic",
            "orthopedist",
            "orthopedic surgeon",
            "orthopaedic surgeon",
            "bone doctor",
            "ortho",
        ),
        zh=(
            "骨外科",
            "骨伤科",
            "矫形外科",
        ),
        ja=("整形外科医",),
        de=(
            "Orthopäde",
            "Orthopädin",
            "Unfallchirurgie",
            "Ortho",
        ),
        fr=(
            "orthopédiste",
            "chirurgien orthopédiste",
            "traumatologie",
            "ortho",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "dermatology",
        localized(
            en="Dermatology",
            zh="皮肤科",
            ja="皮膚科",
            de="Dermatologie",
            fr="Dermatologie",
        ),
        en=(
            "derm",
            "dermatologist",
            "skin doctor",
            "skin specialist",
            "derma",
        ),
        zh=(
            "皮肤病科",
            "皮肤性病科",
            "皮肤科医生",
        ),
        ja=("皮膚科医",),
        de=(
            "Hautarzt",
            "Hautärztin",
            "Hautklinik",
            "Dermatologe",
            "Dermatologin",
            "Derma",
        ),
        fr=(
            "dermatologue",
            "médecin de la peau",
            "dermato",
            "derma",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "ophthalmology",
        localized(
            en="Ophthalmology",
            zh="眼科",
            ja="眼科",
            de="Augenheilkunde",
            fr="Ophtalmologie",
        ),
        en=(
            "ophthalmologist",
            "eye doctor",
            "eye specialist",
            "eye clinic",
            "oculist",
        ),
        zh=("眼科医生",),
        ja=(
            "眼医者",
            "眼科医",
        ),
        de=(
            "Augenarzt",
            "Augenärztin",
            "Augenklinik",
            "Ophthalmologie",
            "Ophthalmologe",
        ),
        fr=(
            "ophtalmo",
            "médecin des yeux",
            "ophtalmologue",
            "ophtalmologiste",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "ent",
        localized(
            en="ENT (Ear, Nose and Throat)",
            zh="耳鼻喉科",
            ja="耳鼻咽喉科",
            de="Hals-Nasen-Ohren-Heilkunde",
            fr="Oto-rhino-laryngologie",
        ),
        en=(
            "ear, nose and throat",
            "ear nose and throat",
            "ear nose throat",
            "ENT",
            "ENT doctor",
            "otolaryngology",
            "otorhinolaryngology",
            "otolaryngologist",
        ),
        zh=(
            "耳鼻喉",
            "耳鼻咽喉头颈外科",
        ),
        ja=(
            "耳鼻科",
            "耳鼻咽喉",
        ),
        de=(
            "HNO",
            "HNO-Arzt",
            "HNO-Ärztin",
            "Hals-Nasen-Ohren",
        ),
        fr=(
            "ORL",
            "oto-rhino",
            "oto-rhino-laryngologiste",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "dentistry",
        localized(
            en="Dentistry",
            zh="口腔科",
            ja="歯科",
            de="Zahnmedizin",
            fr="Soins dentaires",
        ),
        en=(
            "dentist",
            "dental",
            "dental clinic",
            "orthodontist",
            "orthodontics",
        ),
        zh=(
            "牙科",
            "牙医",
            "看牙",
            "口腔医院",
        ),
        ja=(
            "歯医者",
            "歯科医",
            "デンタルクリニック",
        ),
        de=(
            "Zahnarzt",
            "Zahnärztin",
            "Zahnklinik",
            "Kieferorthopäde",
        ),
        fr=(
            "dentaire",
            "soins dentaires",
            "dentiste",
            "dentistes",
            "chirurgien-dentiste",
            "dentisterie",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "psychiatry",
        localized(
            en="Psychiatry",
            zh="精神科",
            ja="精神科",
            de="Psychiatrie",
            fr="Psychiatrie",
        ),
        en=(
            "psychiatrist",
            "psychologist",
            "mental health",
            "psych",
        ),
        zh=(
            "心理科",
            "精神心理科",
            "精神卫生科",
            "心理咨询",
            "心理医生",
        ),
        ja=(
            "心療内科",
            "メンタルクリニック",
            "精神科医",
        ),
        de=(
            "psychiatrisch",
            "Psychiater",
            "Psychiaterin",
            "Psychologe",
            "Psychologin",
        ),
        fr=(
            "psy",
            "psychiatre",
            "psychologue",
            "santé mentale",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "neurology",
        localized(
            en="Neurology",
            zh="神经内科",
            ja="脳神経内科",
            de="Neurologie",
            fr="Neurologie",
        ),
        en=(
            "neurologist",
            "neurological",
            "nerve specialist",
        ),
        zh=(
            "神经科",
            "神经内科医生",
        ),
        ja=("神経内科",),
        de=(
            "Neurologe",
            "Neurologin",
            "Nervenarzt",
            "Nervenärztin",
        ),
        fr=(
            "neuro",
            "neurologue",
            "neurologues",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "gastroenterology",
        localized(
            en="Gastroenterology",
            zh="消化内科",
            ja="消化器内科",
            de="Gastroenterologie",
            fr="Gastro-entérologie",
        ),
        en=(
            "gastroenterologist",
            "GI doctor",
            "gastro",
            "stomach doctor",
            "digestive medicine",
            "digestive diseases",
        ),
        zh=(
            "消化科",
            "肠胃科",
            "胃肠科",
        ),
        ja=(
            "消化器科",
            "胃腸科",
            "胃腸内科",
        ),
        de=(
            "Gastroenterologe",
            "Gastroenterologin",
            "Magen-Darm-Arzt",
            "Gastro",
        ),
        fr=(
            "gastro",
            "gastro-entérologue",
            "gastroentérologue",
            "gastroentérologie",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "oncology",
        localized(
            en="Oncology",
            zh="肿瘤科",
            ja="腫瘍内科",
            de="Onkologie",
            fr="Oncologie",
        ),
        en=(
            "oncologist",
            "cancer doctor",
            "cancer specialist",
            "cancer center",
            "cancer centre",
            "chemotherapy",
            "onco",
        ),
        zh=(
            "肿瘤内科",
            "肿瘤医院",
            "癌症中心",
            "放疗科",
            "化疗",
        ),
        ja=(
            "腫瘍科",
            "がんセンター",
        ),
        de=(
            "Onkologe",
            "Onkologin",
            "Krebsarzt",
            "Onko",
        ),
        fr=(
            "oncologue",
            "cancérologue",
            "cancérologie",
            "onco",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "urology",
        localized(
            en="Urology",
            zh="泌尿外科",
            ja="泌尿器科",
            de="Urologie",
            fr="Urologie",
        ),
        en=(
            "urologist",
            "andrology",
            "uro",
        ),
        zh=(
            "泌尿科",
            "男科",
        ),
        ja=(
            "泌尿器",
            "泌尿器科医",
        ),
        de=(
            "Urologe",
            "Urologin",
            "Andrologie",
            "Uro",
        ),
        fr=(
            "urologue",
            "urologues",
            "uro",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "general_surgery",
        localized(
            en="General Surgery",
            zh="普通外科",
            ja="外科",
            de="Allgemeinchirurgie",
            fr="Chirurgie générale",
        ),
        en=(
            "general surgeon",
            "surgical department",
            "surgery department",
        ),
        zh=(
            "普外科",
            "普外",
            "胃肠外科",
            "肝胆外科",
        ),
        ja=(
            "一般外科",
            "消化器外科",
            "外科医",
        ),
        de=(
            "Chirurg",
            "Chirurgin",
            "Viszeralchirurgie",
        ),
        fr=(
            "chirurgical",
            "chirurgicale",
            "chirurgien général",
            "chirurgie viscérale",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "respiratory",
        localized(
            en="Respiratory Medicine",
            zh="呼吸内科",
            ja="呼吸器内科",
            de="Pneumologie",
            fr="Pneumologie",
        ),
        en=(
            "pulmonology",
            "pulmonologist",
            "lung doctor",
            "lung specialist",
            "chest physician",
        ),
        zh=(
            "呼吸科",
            "呼吸与危重症医学科",
            "肺科",
        ),
        ja=(
            "呼吸器科",
            "呼吸器",
        ),
        de=(
            "Lungenarzt",
            "Lungenärztin",
            "Lungenheilkunde",
            "Pneumologe",
            "Pneumologin",
        ),
        fr=(
            "pneumologue",
            "pneumo",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "endocrinology",
        localized(
            en="Endocrinology",
            zh="内分泌科",
            ja="内分泌内科",
            de="Endokrinologie",
            fr="Endocrinologie",
        ),
        en=(
            "endocrinologist",
            "diabetes doctor",
            "diabetes clinic",
            "diabetologist",
            "thyroid doctor",
            "hormone doctor",
            "hormone clinic",
        ),
        zh=(
            "内分泌",
            "内分泌代谢科",
        ),
        ja=(
            "糖尿病内科",
            "代謝内科",
            "ホルモン外来",
        ),
        de=(
            "Endokrinologe",
            "Endokrinologin",
            "Diabetologe",
            "Diabetologin",
            "Hormonarzt",
            "Hormonärztin",
        ),
        fr=(
            "endocrinologue",
            "endocrino",
            "diabétologue",
            "médecin des hormones",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "infectious_diseases",
        localized(
            en="Infectious Diseases",
            zh="感染科",
            ja="感染症内科",
            de="Infektiologie",
            fr="Maladies infectieuses",
        ),
        en=(
            "infectious disease",
            "infectious disease specialist",
            "tropical medicine",
            "fever clinic",
        ),
        zh=(
            "感染性疾病科",
            "传染科",
            "感染内科",
            "发热门诊",
        ),
        ja=(
            "感染症科",
            "感染症",
        ),
        de=(
            "Infektiologe",
            "Infektiologin",
            "Infektionskrankheiten",
            "Tropenmedizin",
        ),
        fr=(
            "infectiologue",
            "infectiologie",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "traditional_chinese_medicine",
        localized(
            en="Traditional Chinese Medicine",
            zh="中医科",
            ja="中医学",
            de="Traditionelle Chinesische Medizin",
            fr="Médecine traditionnelle chinoise",
        ),
        en=(
            "TCM",
            "Chinese medicine",
            "acupuncture",
            "acupuncturist",
            "tuina",
        ),
        zh=(
            "中医",
            "中医院",
            "针灸",
            "推拿",
        ),
        ja=(
            "漢方",
            "漢方内科",
            "東洋医学",
            "鍼灸",
            "中国伝統医学",
        ),
        de=(
            "chinesische Medizin",
            "TCM",
            "TCM-Arzt",
            "Akupunktur",
        ),
        fr=(
            "médecine chinoise",
            "MTC",
            "TCM",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "rehabilitation",
        localized(
            en="Rehabilitation",
            zh="康复医学科",
            ja="リハビリテーション科",
            de="Rehabilitation",
            fr="Rééducation",
        ),
        en=(
            "rehab",
            "physiotherapy",
            "physiotherapist",
            "physical therapy",
            "physical therapist",
            "physio",
        ),
        zh=(
            "康复科",
            "康复中心",
            "理疗科",
            "理疗",
        ),
        ja=(
            "リハビリ",
            "理学療法",
            "理学療法士",
        ),
        de=(
            "Reha",
            "Physiotherapie",
            "Physiotherapeut",
            "Krankengymnastik",
            "Physio",
        ),
        fr=(
            "kinésithérapie",
            "kinésithérapeute",
            "kiné",
            "réadaptation",
            "physiothérapie",
            "physiothérapeute",
        ),
    ),
    with_aliases(
        TermKind.SPECIALTY,
        "health_checkup",
        localized(
            en="Health Check-up",
            zh="体检中心",
            ja="健康診断",
            de="Gesundheitscheck",
            fr="Bilan de santé",
        ),
        en=(
            "health check",
            "health checkup",
            "medical check-up",
            "medical checkup",
            "physical exam",
            "physical examination",
            "annual physical",
            "check-up",
            "checkup",
        ),
        zh=(
            "体检",
            "健康体检",
            "健康检查",
            "健康管理中心",
        ),
        ja=(
            "健診",
            "人間ドック",
        ),
        de=(
            "Vorsorgeuntersuchung",
            "Gesundheitsuntersuchung",
            "Check-up",
            "Checkup",
            "Vorsorge-Check",
            "Vorsorgecheck",
            "Gesundheits-Check",
            "Vorsorge",
        ),
        fr=(
            "check-up",
            "checkup",
            "check-up médical",
            "bilan médical",
        ),
    ),
)


# Japanese names a department by its field and a word for its doctor as often as by the department's
# name: 皮膚科 is asked for as 皮膚の専門医 or 皮膚の先生, 感染症内科 as 感染症の専門医. The field is the name
# without 内科 or 科; surgeries (外科) are left out, since the field of 心臓外科 is cardiology's too, and
# so is a field of one character (眼, 歯), which is a body part.
_DOCTOR_WORDS: Final = ("の専門医", "専門医", "の先生", "の医者")
# "General" (一般内科, 総合内科) is no field: 一般の先生 is any doctor.
_NOT_FIELDS: Final = frozenset(("一般", "総合"))


def _field(japanese_name: str) -> str | None:
    if japanese_name.endswith("外科"):
        return None
    for suffix in ("内科", "科"):
        if japanese_name.endswith(suffix):
            field = japanese_name.removesuffix(suffix)
            return field if len(field) >= 2 and field not in _NOT_FIELDS else None
    return None


def _doctor_forms(term: Term) -> list[str]:
    japanese = [term.name.get("ja", ""), *(a for a, code in term.alias_languages.items() if code == "ja")]
    fields = dict.fromkeys(field for name in japanese if (field := _field(name)))
    return [field + word for field in fields for word in _DOCTOR_WORDS]


def _with_doctor_forms(departments: tuple[Term, ...]) -> tuple[Term, ...]:
    """Each department with the Japanese forms of its field's doctor that no other term spells."""
    forms = {term.id: _doctor_forms(term) for term in departments}
    made = Counter(form for term_forms in forms.values() for form in term_forms)
    spelled = {spelling for term in departments for spelling in term.spellings()}
    result = []
    for term in departments:
        new = [form for form in forms[term.id] if made[form] == 1 and form not in spelled]
        languages = {**term.alias_languages, **dict.fromkeys(new, "ja")}
        result.append(replace(term, aliases=(*term.aliases, *new), alias_languages=languages))
    return tuple(result)


SPECIALTIES: Final[tuple[Term, ...]] = _with_doctor_forms(_DEPARTMENTS)
