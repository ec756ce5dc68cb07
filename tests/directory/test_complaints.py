"""Everyday complaints, as patients write them in four languages, and the department that sees each."""

from __future__ import annotations

import pytest
import yaml

from directory.vocabulary.complaints import COMPLAINTS_FOLDER, complaints, find_complaints, stated_age
from directory.vocabulary.red_flags import LEXICON_LANGUAGES, find_red_flag
from directory.vocabulary.specialties import SPECIALTIES

NON_EMERGENCY_SPECIALTIES = {term.id for term in SPECIALTIES} - {"emergency"}


def departments(text: str) -> list[str]:
    return [match.specialty for match in find_complaints(text)]


# One sentence per department and language at least, as a patient might write it.
SAYINGS = {
    "en": [
        ("my mother had a heart attack two years back and wants regular follow-ups", "cardiology"),
        ("I had a minor stroke in 2019 and would like a yearly neurology review", "neurology"),
        ("my kneecap popped out again during football", "orthopedics"),
        ("sometimes my heart skips when I climb stairs", "cardiology"),
        ("I think I have mental health problems since the move", "psychiatry"),
        ("I've had a streaming cold for three days", "general_practice"),
        ("I think I caught the flu, everything aches", "general_practice"),
        ("I need a repeat prescription for my blood thinners", "general_practice"),
        ("I'm exhausted all the time lately and don't know why", "internal_medicine"),
        ("my ankles are really swollen in the evenings", "internal_medicine"),
        ("our baby is teething and miserable", "pediatrics"),
        ("my little girl wets the bed every night", "pediatrics"),
        ("I missed my period and might be pregnant", "obstetrics_gynecology"),
        ("really painful periods every month", "obstetrics_gynecology"),
        ("my heart keeps fluttering at night", "cardiology"),
        ("my blood pressure is too high again", "cardiology"),
        ("my father needs a heart valve replacement", "cardiac_surgery"),
        ("looking for a surgeon for a coronary bypass", "cardiac_surgery"),
        ("I pulled my back lifting my suitcase and now my lower back hurts", "orthopedics"),
        ("I rolled my ankle on the stairs", "orthopedics"),
        ("there's an itchy rash on my arms", "dermatology"),
        ("a mole on my shoulder has changed colour", "dermatology"),
        ("my eyes are red and sticky", "ophthalmology"),
        ("my vision has gone blurry in one eye", "ophthalmology"),
        ("I have an earache since the flight", "ent"),
        ("my throat is really sore when I swallow", "ent"),
        ("I chipped my tooth on a bone", "dentistry"),
        ("my gums bleed when I brush", "dentistry"),
        ("I feel anxious all the time and can't sleep", "psychiatry"),
        ("I've been depressed since I moved here", "psychiatry"),
        ("I get migraines with flashing lights", "neurology"),
        ("my fingers go numb at night", "neurology"),
        ("terrible heartburn after every meal", "gastroenterology"),
        ("my stomach hurts after eating", "gastroenterology"),
        ("I found a lump under my arm", "oncology"),
        ("I'm continuing my chemo while I'm in Chengdu", "oncology"),
        ("it stings when I pee", "urology"),
        ("I think I have a kidney stone", "urology"),
        ("I have a hernia in my groin that needs looking at", "general_surgery"),
        ("my gallbladder needs to come out", "general_surgery"),
        ("I burned my finger on a hot pan", "general_surgery"),
        ("I've had a cough for two weeks", "respiratory"),
        ("my asthma has been worse with the pollution", "respiratory"),
        ("I need my thyroid levels checked", "endocrinology"),
        ("I'm diabetic and ran low on insulin", "endocrinology"),
        ("I've had a fever since I got back from a trip to Laos", "infectious_diseases"),
        ("a stray dog bit me in the park", "infectious_diseases"),
        ("I'd like to try acupuncture", "traditional_chinese_medicine"),
        ("someone recommended cupping for my shoulders", "traditional_chinese_medicine"),
        ("I need physiotherapy for my knee", "rehabilitation"),
        ("rehab after my hip replacement", "rehabilitation"),
        ("I want a full health check", "health_checkup"),
        ("I need a medical for my work permit", "health_checkup"),
    ],
    "ja": [
        ("数年前の心筋梗塞の経過を見てほしい", "cardiology"),
        ("以前の脳卒中の定期検査を受けたい", "neurology"),
        ("バスケで肩を脱臼しました", "orthopedics"),
        ("仕事のことで落ち込みがひどい", "psychiatry"),
        ("心の不調が続いています", "psychiatry"),
        ("風邪をひいて鼻水が止まらない", "general_practice"),
        ("体調が悪くて熱もある", "general_practice"),
        ("いつも疲れやすいです", "internal_medicine"),
        ("貧血と言われたことがある", "internal_medicine"),
        ("赤ちゃんの夜泣きがひどい", "pediatrics"),
        ("娘がおねしょをする", "pediatrics"),
        ("妊娠したかもしれません", "obstetrics_gynecology"),
        ("生理痛がつらい", "obstetrics_gynecology"),
        ("最近動悸がします", "cardiology"),
        ("血圧が高いと言われた", "cardiology"),
        ("父が心臓の弁の手術を受ける予定です", "cardiac_surgery"),
        ("バイパス手術ができる病院", "cardiac_surgery"),
        ("荷物を持ち上げたら腰が痛くなった", "orthopedics"),
        ("足首を捻挫した", "orthopedics"),
        ("腕に湿疹ができた", "dermatology"),
        ("ニキビがひどい", "dermatology"),
        ("目が赤く充血している", "ophthalmology"),
        ("目がかすんで見えにくい", "ophthalmology"),
        ("耳が痛いです", "ent"),
        ("のどがいたくて声がかすれる", "ent"),
        ("歯が痛くて眠れない", "dentistry"),
        ("前歯が欠けた", "dentistry"),
        ("不安で夜眠れない", "psychiatry"),
        ("気分が落ち込んでいる", "psychiatry"),
        ("片頭痛が続いている", "neurology"),
        ("手足がしびれる", "neurology"),
        ("胸焼けがひどい", "gastroenterology"),
        ("お腹が痛くて下痢をしている", "gastroenterology"),
        ("首にしこりがある", "oncology"),
        ("抗がん剤治療を続けたい", "oncology"),
        ("おしっこの時に痛みがある", "urology"),
        ("尿路結石かもしれない", "urology"),
        ("盲腸の手術", "general_surgery"),
        ("痔がつらい", "general_surgery"),
        ("指をやけどしてしまった", "general_surgery"),
        ("咳が二週間続いている", "respiratory"),
        ("喘息の薬がなくなった", "respiratory"),
        ("甲状腺の数値が気になる", "endocrinology"),
        ("糖尿病の薬を処方してほしい", "endocrinology"),
        ("タイから帰国してから熱が下がらない", "infectious_diseases"),
        ("犬に噛まれた", "infectious_diseases"),
        ("鍼灸を受けたい", "traditional_chinese_medicine"),
        ("漢方薬を処方してもらいたい", "traditional_chinese_medicine"),
        ("リハビリに通いたい", "rehabilitation"),
        ("手術の後のリハビリ", "rehabilitation"),
        ("健康診断を受けたい", "health_checkup"),
        ("就労ビザのための健康診断", "health_checkup"),
    ],
    "de": [
        ("nach meinem Herzinfarkt brauche ich Kontrollen", "cardiology"),
        ("mein Schlaganfall ist lange her, ich möchte eine Nachsorge", "neurology"),
        ("mir ist die Schulter beim Schwimmen ausgekugelt", "orthopedics"),
        ("ich habe seit dem Umzug psychische Beschwerden", "psychiatry"),
        ("Ich bin seit Tagen erkältet", "general_practice"),
        ("Ich habe Fieber und fühle mich schlapp", "general_practice"),
        ("Ich bin ständig müde und erschöpft", "internal_medicine"),
        ("Mir wurde Eisenmangel diagnostiziert", "internal_medicine"),
        ("Unser Baby zahnt und schreit", "pediatrics"),
        ("Mein Kind hat Windpocken", "pediatrics"),
        ("Ich bin schwanger und suche Betreuung", "obstetrics_gynecology"),
        ("Meine Periode bleibt seit zwei Monaten aus", "obstetrics_gynecology"),
        ("Mein Herz stolpert manchmal", "cardiology"),
        ("Ich habe Bluthochdruck", "cardiology"),
        ("Meine Mutter braucht eine neue Herzklappe", "cardiac_surgery"),
        ("Er braucht eine Bypass-Operation", "cardiac_surgery"),
        ("Ich habe mich verhoben, seitdem tut mein Rücken weh", "orthopedics"),
        ("Rückenschmerzen im unteren Rücken", "orthopedics"),
        ("Ich habe einen juckenden Ausschlag", "dermatology"),
        ("hautproblem an den Händen", "dermatology"),
        ("Mein Auge ist gerötet und verklebt", "ophthalmology"),
        ("Ich sehe plötzlich verschwommen", "ophthalmology"),
        ("Ohrenschmerzen seit dem Flug", "ent"),
        ("Mein Hals tut beim Schlucken weh", "ent"),
        ("Ich habe furchtbare Zahnschmerzen", "dentistry"),
        ("Mir ist ein Stück vom Zahn abgebrochen", "dentistry"),
        ("Ich kann seit Wochen nicht schlafen", "psychiatry"),
        ("Ich habe Angstzustände", "psychiatry"),
        ("Ich habe oft Migräne", "neurology"),
        ("Meine Finger kribbeln und sind taub", "neurology"),
        ("Ich habe Sodbrennen nach dem Essen", "gastroenterology"),
        ("Durchfall seit gestern", "gastroenterology"),
        ("Ich habe einen Knoten in der Brust ertastet", "oncology"),
        ("Ich muss meine Chemotherapie fortsetzen", "oncology"),
        ("Es brennt beim Pinkeln", "urology"),
        ("Ich habe einen Nierenstein", "urology"),
        ("Ich habe einen Leistenbruch", "general_surgery"),
        ("Gallensteine, die entfernt werden müssen", "general_surgery"),
        ("Ich huste seit zwei Wochen", "respiratory"),
        ("Mein Asthma ist schlimmer geworden", "respiratory"),
        ("Meine Schilddrüsenwerte sind auffällig", "endocrinology"),
        ("Ich bin Diabetiker und brauche Insulin", "endocrinology"),
        ("Fieber nach der Reise nach Vietnam", "infectious_diseases"),
        ("Ein Affe hat mich gebissen", "infectious_diseases"),
        ("Ich möchte Akupunktur ausprobieren", "traditional_chinese_medicine"),
        ("Gibt es chinesische Kräutermedizin?", "traditional_chinese_medicine"),
        ("Ich brauche Physiotherapie für mein Knie", "rehabilitation"),
        ("Reha nach der Knie-OP", "rehabilitation"),
        ("Ich möchte einen Gesundheitscheck machen", "health_checkup"),
        ("Untersuchung für das Arbeitsvisum", "health_checkup"),
    ],
    "fr": [
        ("après mon infarctus je dois être suivi", "cardiology"),
        ("j'ai eu un AVC autrefois et je veux un suivi", "neurology"),
        ("mon épaule s'est déboîtée au ski", "orthopedics"),
        ("mon cœur saute un battement de temps en temps", "cardiology"),
        ("je voudrais parler de ma santé mentale", "psychiatry"),
        ("je suis enrhumé depuis trois jours", "general_practice"),
        ("je ne me sens pas bien et j'ai de la fièvre", "general_practice"),
        ("je suis tout le temps fatigué", "internal_medicine"),
        ("j'ai de l'anémie", "internal_medicine"),
        ("mon bébé fait ses dents", "pediatrics"),
        ("ma fille a la varicelle", "pediatrics"),
        ("je suis enceinte de trois mois", "obstetrics_gynecology"),
        ("j'ai des règles très douloureuses", "obstetrics_gynecology"),
        ("j'ai des palpitations le soir", "cardiology"),
        ("ma tension est trop élevée", "cardiology"),
        ("mon père doit faire remplacer une valve cardiaque", "cardiac_surgery"),
        ("il lui faut un pontage", "cardiac_surgery"),
        ("j'ai mal au dos depuis que j'ai porté mes valises", "orthopedics"),
        ("je me suis fait une entorse à la cheville", "orthopedics"),
        ("j'ai un problème de peau sur le visage", "dermatology"),
        ("un grain de beauté a changé", "dermatology"),
        ("j'ai l'œil rouge et gonflé", "ophthalmology"),
        ("je vois flou depuis hier", "ophthalmology"),
        ("j'ai mal à l'oreille", "ent"),
        ("j'ai mal à la gorge quand j'avale", "ent"),
        ("j'ai une dent cassée", "dentistry"),
        ("mes gencives saignent", "dentistry"),
        ("je n'arrive pas à dormir depuis des semaines", "psychiatry"),
        ("je suis très angoissée", "psychiatry"),
        ("j'ai souvent des migraines", "neurology"),
        ("j'ai des fourmillements dans les mains", "neurology"),
        ("j'ai des brûlures d'estomac", "gastroenterology"),
        ("j'ai mal au ventre et la diarrhée", "gastroenterology"),
        ("j'ai senti une boule dans le sein", "oncology"),
        ("je dois continuer ma chimiothérapie", "oncology"),
        ("ça brûle quand j'urine", "urology"),
        ("je crois que j'ai une cystite", "urology"),
        ("j'ai une hernie inguinale", "general_surgery"),
        ("il faut enlever un kyste", "general_surgery"),
        ("je me suis brûlé le doigt avec le fer", "general_surgery"),
        ("je tousse depuis deux semaines", "respiratory"),
        ("mon asthme s'aggrave", "respiratory"),
        ("j'ai un problème de thyroïde", "endocrinology"),
        ("je suis diabétique", "endocrinology"),
        ("j'ai de la fièvre depuis mon retour du Laos", "infectious_diseases"),
        ("j'ai été mordu par un chien", "infectious_diseases"),
        ("je voudrais essayer l'acupuncture", "traditional_chinese_medicine"),
        ("des ventouses pour mon dos", "traditional_chinese_medicine"),
        ("j'ai besoin de kiné pour mon genou", "rehabilitation"),
        ("rééducation après une opération du genou", "rehabilitation"),
        ("je voudrais faire un bilan de santé complet", "health_checkup"),
        ("un examen médical pour mon visa", "health_checkup"),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "specialty"),
    [(language, text, specialty) for language, cases in SAYINGS.items() for text, specialty in cases],
)
def test_an_everyday_complaint_leads_to_the_department_that_sees_it(
    language: str, text: str, specialty: str
) -> None:
    found = find_complaints(text)
    assert [match.specialty for match in found][:1] == [specialty], text
    assert found[0].language == language


def test_every_department_but_the_emergency_one_is_reached_in_every_language() -> None:
    for language, cases in SAYINGS.items():
        assert {specialty for _, specialty in cases} == NON_EMERGENCY_SPECIALTIES, language


@pytest.mark.parametrize(
    "text",
    [
        "cold water, please",
        "I broke up with my boyfriend",
        "my phone screen is broken",
        "I want to boil some eggs",
        "the address of the hospital, please",
        "which hospitals take Cigna in Jinjiang?",
        "ich lache mich kaputt",
        "ein Wolkenbruch hat uns erwischt",
        "Sehnsucht nach zu Hause",
        "c'est un coup de cœur",
        "un café, s'il vous plaît",
        "英語が通じる病院を探しています",
        "これはいいですね",
    ],
)
def test_a_message_without_a_complaint_names_no_department(text: str) -> None:
    assert find_complaints(text) == []


def test_the_reply_line_can_name_the_complaint_in_each_language() -> None:
    match = find_complaints("my back has been hurting for a week")[0]
    assert (match.complaint, match.specialty) == ("back_pain", "orthopedics")
    assert dict(match.reason) == {
        "en": "back pain",
        "ja": "腰痛",
        "de": "Rückenschmerzen",
        "fr": "un mal de dos",
    }


def test_the_match_points_at_the_complaint_in_the_original_text() -> None:
    text = "Hello! My Lower Back has been Hurting, and I need an English-speaking doctor with AXA"
    match = find_complaints(text)[0]
    assert text[match.start : match.end] == "Back has been Hurting"


def test_a_complaint_is_found_next_to_the_other_criteria_of_the_message() -> None:
    assert departments("toothache, Japanese-speaking dentist in Wuhou who takes Bupa") == ["dentistry"]
    assert departments("Zahnschmerzen, Klinik in Jinjiang mit Englisch") == ["dentistry"]


def test_several_complaints_are_listed_in_the_order_written() -> None:
    assert departments("a rash on my neck and a toothache") == ["dermatology", "dentistry"]


@pytest.mark.parametrize(
    "text",
    [
        "I have a cold and my ear hurts",
        "Erkältung und Ohrenschmerzen",
        "un rhume et mal à l'oreille",
        "風邪で耳が痛い",
    ],
)
def test_a_departments_own_complaint_comes_before_the_general_doors(text: str) -> None:
    assert departments(text) == ["ent", "general_practice"]


@pytest.mark.parametrize(
    ("text", "care"),
    [
        ("my lower back hurts, I'd like to try acupuncture for it", "traditional_chinese_medicine"),
        ("Knieschmerzen seit dem Sturz, ich brauche Physiotherapie", "rehabilitation"),
        ("j'ai mal au dos et je voudrais essayer l'acupuncture", "traditional_chinese_medicine"),
        ("腰が痛いので鍼を試したいです", "traditional_chinese_medicine"),
    ],
)
def test_a_kind_of_care_asked_for_comes_before_the_complaint_it_is_for(text: str, care: str) -> None:
    assert departments(text)[0] == care


@pytest.mark.parametrize(
    "text",
    [
        "a fever for four days now",
        "Fieber seit vier Tagen",
        "de la fièvre depuis quatre jours",
        "熱が三日も続いています",
    ],
)
def test_a_fever_that_has_lasted_days_goes_to_internal_medicine(text: str) -> None:
    assert departments(text) == ["internal_medicine"]


def test_a_kanji_words_reading_matches_kana_not_a_homophone_in_kanji() -> None:
    # ひまん is 肥満 (obesity) in kana; MeCab cuts it into ひま, whose kanji 暇 is "free time".
    assert departments("週末は暇なので健康診断に行きたい") == ["health_checkup"]
    assert departments("あたまがいたい") == ["neurology"]


def test_the_longer_phrase_wins_where_two_overlap() -> None:
    assert departments("fever since I got back from my trip") == ["infectious_diseases"]
    assert departments("a fever") == ["general_practice"]


def test_a_childs_cough_or_rash_goes_to_pediatrics() -> None:
    assert departments("my son keeps coughing at night") == ["pediatrics"]
    assert departments("my 3 year old has a rash on her legs") == ["pediatrics"]
    assert departments("息子が咳をしている") == ["pediatrics"]
    assert departments("Meine Tochter hat Fieber") == ["pediatrics"]
    assert departments("mon fils a de la fièvre") == ["pediatrics"]


def test_a_childs_tooth_or_broken_arm_keeps_its_own_department() -> None:
    assert departments("my daughter chipped her tooth") == ["dentistry"]
    assert departments("my son broke his arm at school") == ["orthopedics"]


def test_an_adults_cough_is_respiratory_medicine() -> None:
    assert departments("I've been coughing for days") == ["respiratory"]


def test_a_cold_or_feeling_unwell_goes_to_general_practice() -> None:
    for text in ("I have a cold", "feeling unwell since yesterday", "風邪をひいた", "Ich habe eine Grippe"):
        assert departments(text) == ["general_practice"], text


def test_german_compounds_match_by_their_parts() -> None:
    assert departments("Rückenschmerzen") == ["orthopedics"]
    assert departments("Rücken-Schmerzen") == ["orthopedics"]
    assert departments("Rücken Schmerzen seit gestern") == ["orthopedics"]
    assert departments("Kinderzahnschmerzen") == ["dentistry"]


def test_words_match_whatever_their_case_accents_and_width() -> None:
    assert departments("BRÛLURES D'ESTOMAC") == ["gastroenterology"]
    assert departments("brulures d'estomac") == ["gastroenterology"]
    assert departments("ｈｅａｒｔｂｕｒｎ") == ["gastroenterology"]
    assert departments("j'ai mal au coeur") == departments("j'ai mal au cœur") == ["gastroenterology"]


def test_japanese_matches_inflections_kana_and_half_width() -> None:
    for text in ("歯が痛い", "歯が痛くて", "歯がすごく痛かった", "歯痛"):
        assert departments(text) == ["dentistry"], text
    assert departments("のどがいたい") == ["ent"]
    assert departments("ﾉﾄﾞが痛い") == ["ent"]


def test_a_wildcard_stem_does_not_match_a_different_word() -> None:
    # "cough" is a word: "coughing" inflects it, "Coughlin" is a name.
    assert departments("Dr. Coughlin's clinic address") == []


def test_every_department_but_the_emergency_one_has_complaints_in_all_four_languages() -> None:
    for language in LEXICON_LANGUAGES:
        document = yaml.safe_load((COMPLAINTS_FOLDER / f"{language}.yml").read_text(encoding="utf-8"))
        assert set(document["complaints"]) == NON_EMERGENCY_SPECIALTIES, language
        for specialty, entries in document["complaints"].items():
            assert len(entries) >= 1 and all(entry["phrases"] for entry in entries.values()), specialty


def test_every_complaint_is_named_in_all_four_languages_under_the_same_department() -> None:
    assert LEXICON_LANGUAGES == ("en", "ja", "de", "fr")
    files = {
        language: yaml.safe_load((COMPLAINTS_FOLDER / f"{language}.yml").read_text(encoding="utf-8"))
        for language in LEXICON_LANGUAGES
    }
    departments_by_language = {
        language: {cid: sp for sp, entries in document["complaints"].items() for cid in entries}
        for language, document in files.items()
    }
    assert all(by_id == departments_by_language["en"] for by_id in departments_by_language.values())
    for complaint in complaints().values():
        assert set(complaint.reason) == {"en", "ja", "de", "fr"}, complaint.id
        assert all(label.strip() for label in complaint.reason.values()), complaint.id


def test_a_word_two_languages_share_is_read_in_the_language_the_message_speaks() -> None:
    assert [(m.specialty, m.language) for m in find_complaints("j'ai souvent des migraines")] == [
        ("neurology", "fr")
    ]
    assert [(m.specialty, m.language) for m in find_complaints("Mein Asthma ist schlimmer")] == [
        ("respiratory", "de")
    ]


def test_a_little_word_of_the_message_language_is_not_another_languages_complaint() -> None:
    # The French IST (a sexually transmitted infection) is the German "ist".
    assert departments("Mein Knie ist geschwollen") == ["orthopedics"]
    assert departments("j'ai peur d'avoir une IST") == ["infectious_diseases"]


def test_a_small_burn_is_a_complaint_and_a_large_one_an_emergency() -> None:
    assert departments("I burned my hand on the kettle") == ["general_surgery"]
    assert find_red_flag("burns all over his back from the fire") is not None
    assert find_red_flag("I burned my hand on the kettle") is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("a cough for 8 months now", None),
        ("咳が2か月以上続いています", None),
        ("j'ai des migraines depuis 3 ans", None),
        ("seit 6 Monaten Rückenschmerzen", None),
        ("my 8 month old has a rash", 0),
        ("bébé de 9 mois", 0),
        ("生後5ヶ月の娘", 0),
        ("mon mari de 52 ans", 52),
    ],
)
def test_a_number_of_months_or_years_is_an_age_only_when_it_says_how_old(text: str, age: int | None) -> None:
    assert stated_age(text) == age


def test_a_word_typed_with_an_accent_is_no_english_word() -> None:
    # Accents are optional to match ("fievre"), but "goût" is French taste, not gout.
    assert departments("je n'ai plus goût à manger") == []
    assert departments("my gout is back") == ["internal_medicine"]


@pytest.mark.parametrize(
    "text",
    [
        "I keep getting up at night to pee",
        "er muss nachts mehrmals auf die Toilette",
        "je me lève la nuit pour uriner",
        "夜に何度もトイレに起きます",
    ],
)
def test_getting_up_at_night_to_pass_water_goes_to_urology(text: str) -> None:
    assert departments(text) == ["urology"]


def test_a_complaint_found_at_a_check_up_goes_to_its_own_department() -> None:
    assert departments("at my check-up they found a suspicious mole")[0] == "dermatology"
    assert departments("健診で血糖値が高いと言われました")[0] == "endocrinology"
