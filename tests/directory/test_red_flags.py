"""Emergencies found as words in what a patient types, in four languages, and the near misses that are not.

Every test here uses the red-flag module loaded by file path, as the Rasa runtime (Python 3.10) loads it:
it cannot import the `directory` package.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

MODULE_PATH = Path(__file__).resolve().parents[2] / "directory" / "vocabulary" / "red_flags.py"
RASA_PYTHON = Path(__file__).resolve().parents[2] / ".venv-rasa" / "bin" / "python"


def load_by_path() -> ModuleType:
    spec = importlib.util.spec_from_file_location("mednav_red_flags", MODULE_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class body runs.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


red_flags = load_by_path()


def sign_in(text: str) -> str | None:
    match = red_flags.find_red_flag(text)
    return None if match is None else str(match.sign)


EMERGENCIES = {
    "en": [
        ("I think my grandmother is having a stroke", "stroke"),
        ("half of his face is drooping and he can't lift his arm", "stroke"),
        ("her speech suddenly became slurred", "stroke"),
        ("my husband can't breathe properly", "not_breathing"),
        ("he's choking on a piece of meat", "not_breathing"),
        ("a man collapsed in the metro and is not responding", "unconscious"),
        ("my friend passed out and won't wake up", "unconscious"),
        ("crushing chest pain that goes into my left arm", "chest_pain"),
        ("my chest feels tight and my jaw hurts", "chest_pain"),
        ("I cut my hand and it won't stop bleeding", "severe_bleeding"),
        ("my son is having a seizure", "seizure"),
        ("my lips and tongue are swelling after eating peanuts", "anaphylaxis"),
        ("my toddler swallowed some of my pills", "poisoning"),
        ("I don't want to live anymore", "suicidal"),
        ("sometimes I think about ending my life", "suicidal"),
        ("I keep thinking about suicide", "suicidal"),
        ("we were in a motorbike accident on the ring road", "serious_injury"),
        ("please call an ambulance to the Shangri-La", "serious_injury"),
        ("my baby has turned blue", "child_not_breathing"),
        ("the worst headache of my life came out of nowhere", "sudden_headache"),
        ("I'm 12 weeks pregnant and bleeding a lot", "pregnancy_bleeding"),
        ("boiling water scalded her whole arm badly", "large_burn"),
    ],
    "ja": [
        ("父が脳卒中かもしれない", "stroke"),
        ("母のろれつが回らなくなった", "stroke"),
        ("夫が息ができないと言っている", "not_breathing"),
        ("友達が倒れて意識がない", "unconscious"),
        ("胸が締め付けられるように痛い", "chest_pain"),
        ("指を切って血が止まらない", "severe_bleeding"),
        ("息子がけいれんを起こしている", "seizure"),
        ("エビを食べたら喉が腫れてきた", "anaphylaxis"),
        ("子供が洗剤を飲んでしまった", "poisoning"),
        ("もう死にたい", "suicidal"),
        ("交通事故にあいました", "serious_injury"),
        ("救急車を呼んでください", "serious_injury"),
        ("赤ちゃんが息をしていない", "child_not_breathing"),
        ("突然ものすごく激しい頭痛がした", "sudden_headache"),
        ("妊娠中ですが出血があります", "pregnancy_bleeding"),
        ("熱湯をかぶって全身やけどした", "large_burn"),
    ],
    "de": [
        ("Ich glaube, mein Vater hat einen Schlaganfall", "stroke"),
        ("Sein Gesicht hängt auf einer Seite herunter", "stroke"),
        ("Meine Frau bekommt keine Luft", "not_breathing"),
        ("Ein Mann ist bewusstlos auf der Straße", "unconscious"),
        ("Ich habe starke Brustschmerzen", "chest_pain"),
        ("Die Wunde hört nicht auf zu bluten", "severe_bleeding"),
        ("Meine Tochter hat einen Krampfanfall", "seizure"),
        ("Nach dem Wespenstich schwillt mein Hals zu", "anaphylaxis"),
        ("Er hat zu viele Tabletten genommen", "poisoning"),
        ("Ich will nicht mehr leben", "suicidal"),
        ("Wir hatten einen Autounfall", "serious_injury"),
        ("Bitte rufen Sie einen Krankenwagen", "serious_injury"),
        ("Mein Baby atmet nicht mehr", "child_not_breathing"),
        ("plötzlich extrem starke Kopfschmerzen", "sudden_headache"),
        ("Ich bin schwanger und habe Blutungen", "pregnancy_bleeding"),
        ("Er hat sich großflächig verbrannt", "large_burn"),
    ],
    "fr": [
        ("je crois que mon père fait un AVC", "stroke"),
        ("ma mère n'arrive plus à parler et sa bouche est déformée", "stroke"),
        ("mon mari n'arrive pas à respirer", "not_breathing"),
        ("un homme a perdu connaissance dans le bus", "unconscious"),
        ("j'ai une douleur dans la poitrine qui descend dans le bras", "chest_pain"),
        ("je saigne beaucoup de la jambe", "severe_bleeding"),
        ("mon fils fait une crise d'épilepsie", "seizure"),
        ("sa langue gonfle après une piqûre d'abeille", "anaphylaxis"),
        ("il a avalé trop de médicaments", "poisoning"),
        ("j'ai envie de mourir", "suicidal"),
        ("accident de scooter devant l'hôtel", "serious_injury"),
        ("appelez une ambulance s'il vous plaît", "serious_injury"),
        ("mon bébé ne respire plus", "child_not_breathing"),
        ("le pire mal de tête de ma vie, d'un coup", "sudden_headache"),
        ("je suis enceinte et je saigne", "pregnancy_bleeding"),
        ("il est gravement brûlé au bras", "large_burn"),
        ("des brûlures sur tout le dos après l'incendie", "large_burn"),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "sign"),
    [(language, text, sign) for language, cases in EMERGENCIES.items() for text, sign in cases],
)
def test_an_emergency_is_found_in_the_words_of_its_language(language: str, text: str, sign: str) -> None:
    match = red_flags.find_red_flag(text)
    assert match is not None, text
    assert (match.sign, match.language) == (sign, language)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my wife is having a stroke and I need a German-speaking doctor near Jinjiang", "stroke"),
        ("which hospital takes Bupa? my friend has stopped breathing", "not_breathing"),
        ("父が倒れて意識がない、英語が通じる病院はどこ", "unconscious"),
        ("Herzinfarkt! Krankenhaus mit Englisch und AXA bitte", "chest_pain"),
        ("je veux mourir, il y a un psychiatre qui parle anglais ?", "suicidal"),
    ],
)
def test_an_emergency_is_found_whatever_else_the_message_asks(text: str, sign: str) -> None:
    assert sign_in(text) == sign


@pytest.mark.parametrize(
    "text",
    [
        # en
        "I had a stroke of luck at the night market",
        "the swimming backstroke class is at 7",
        "he's a breaststroke swimmer",
        "I'm dying to know which hospital takes Cigna",
        "this is a killer deal on a health check",
        "this queue is killing me",
        "I had a stroke two years ago and need rehab now",
        "my dad had a heart attack years ago and sees a cardiologist",
        "food poisoning from street food, I think",
        "I need a flu shot",
        "heartburn after spicy hotpot",
        "does the hospital have its own ambulance service?",
        "my shins hurt after the coach made us run suicide drills",
        "the car has suicide doors",
        # ja
        "死ぬほど笑った",
        "死ぬほど疲れた",
        "蚊に刺されてかゆい",
        "ゲーム中毒の息子",
        "その病院に救急車はありますか",
        # de
        "Ich lach mich tot",
        "wir haben uns totgelacht",
        "Verdacht auf Lebensmittelvergiftung",
        "Kopfschmerzen seit gestern",
        "Mein Vater hatte vor fünf Jahren einen Herzinfarkt",
        "Hat die Klinik einen eigenen Krankenwagen?",
        # fr
        "mort de rire",
        "je suis morte de rire",
        "une intoxication alimentaire, je pense",
        "le prix s'est effondré",
        "il a eu un infarctus il y a dix ans",
        "est-ce qu'ils ont une ambulance ?",
    ],
)
def test_a_near_miss_is_not_an_emergency(text: str) -> None:
    assert red_flags.find_red_flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "the ambulance came and took my wife to hospital",
        "der Krankenwagen hat ihn mitgenommen",
        "l'ambulance l'a emmené",
        "父は救急車で運ばれました",
    ],
)
def test_words_saying_help_has_come_are_no_emergency(text: str) -> None:
    assert red_flags.help_has_come(text)
    assert red_flags.find_red_flag(text) is None


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("the paramedics are here but he is not breathing", "not_breathing"),
        ("when will the ambulance get here?", "serious_injury"),
        ("救急車が来ない", "serious_injury"),
    ],
)
def test_a_sign_beside_help_or_help_still_awaited_is_an_emergency(text: str, sign: str) -> None:
    assert sign_in(text) == sign


@pytest.mark.parametrize(
    "text", ["母は三年前に脳卒中をして、今はリハビリ中です", "昨年心臓発作を起こした夫の定期検診"]
)
def test_a_japanese_sign_told_as_history_is_no_emergency(text: str) -> None:
    assert red_flags.find_red_flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "not bad enough to call an ambulance, but my ankle is swollen",
        "ich brauche keinen Krankenwagen, aber mein Knie ist dick",
        "pas besoin d'une ambulance, mais j'ai mal au genou",
        "救急車を呼ぶほどではないけど、膝が腫れています",
    ],
)
def test_an_ambulance_said_not_to_be_needed_is_no_emergency(text: str) -> None:
    assert red_flags.find_red_flag(text) is None


def test_alternatives_of_several_words_are_refused_with_the_phrase() -> None:
    # "24h|24-hour" would read as the words "24h|24" then "hour".
    with pytest.raises(ValueError, match=re.escape("24h|24-hour")):
        red_flags.compile_phrase("open 24h|24-hour")
    with pytest.raises(ValueError, match=re.escape("cues.yml: opening_hours")):
        red_flags.lexicon_entry("opening_hours", "en", {"phrases": ["24h|24/7"]}, "cues.yml")


def test_the_match_points_at_the_words_of_the_sign() -> None:
    text = "Hi, my dad is having a Stroke right now"
    match = red_flags.find_red_flag(text)
    assert match is not None
    assert text[match.start : match.end] == "Stroke"


def test_the_first_sign_in_the_message_is_reported() -> None:
    match = red_flags.find_red_flag("she fainted and won't wake up, and her lips are swelling")
    assert match is not None and match.sign == "unconscious"


def test_words_are_matched_whatever_the_case_accents_and_width() -> None:
    assert sign_in("HÉMORRAGIE") == "severe_bleeding"
    assert sign_in("hemorragie") == "severe_bleeding"
    assert sign_in("ＳＴＲＯＫＥ") == "stroke"
    assert sign_in("ｱﾅﾌｨﾗｷｼｰ") == "anaphylaxis"


def test_japanese_is_matched_by_dictionary_form_whatever_the_inflection() -> None:
    for text in ("息ができない", "息ができなくて苦しい", "息ができません"):
        assert sign_in(text) == "not_breathing", text


def test_japanese_spans_point_into_the_original_half_width_text() -> None:
    text = "ｱﾚﾙｷﾞｰで唇が腫れた"
    match = red_flags.find_red_flag(text)
    assert match is not None
    assert text[match.start : match.end] == "唇が腫れ"


def test_every_sign_is_written_in_all_four_languages() -> None:
    signs = {
        language: set(yaml.safe_load((red_flags.RED_FLAGS_FOLDER / f"{language}.yml").read_text())["signs"])
        for language in red_flags.LEXICON_LANGUAGES
    }
    assert set(signs) == {"en", "ja", "de", "fr"}
    assert signs["ja"] == signs["en"] and signs["de"] == signs["en"] and signs["fr"] == signs["en"]
    assert {"stroke", "not_breathing", "suicidal", "anaphylaxis", "chest_pain"} <= signs["en"]


def test_the_module_imports_only_what_the_rasa_runtime_has() -> None:
    tree = ast.parse(MODULE_PATH.read_text(encoding="utf-8"))
    imported = {
        (node.module if isinstance(node, ast.ImportFrom) else alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert imported - set(sys.stdlib_module_names) == {"yaml", "fugashi"}


@pytest.mark.skipif(not RASA_PYTHON.exists(), reason="the Rasa environment .venv-rasa is not built")
def test_the_rasa_runtime_loads_the_module_by_path_and_finds_emergencies() -> None:
    script = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("red_flags", {str(MODULE_PATH)!r})
module = importlib.util.module_from_spec(spec)
sys.modules["red_flags"] = module
spec.loader.exec_module(module)
for text in ("my dad is having a stroke", "死にたい", "Ich bekomme keine Luft", "the backstroke class"):
    match = module.find_red_flag(text)
    print(sys.version_info[:2], match.sign if match else None)
"""
    result = subprocess.run(
        [str(RASA_PYTHON), "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.splitlines() == [
        "(3, 10) stroke",
        "(3, 10) suicidal",
        "(3, 10) not_breathing",
        "(3, 10) None",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I had one seizure as a kid and none since; I'd like a neurologist for my prescription",
        "Vor vier Jahren hatte ich einen Krampfanfall, seitdem ist nichts mehr passiert",
        "mon fils a fait une crise convulsive il y a deux ans, tout va bien depuis",
        "去年、軽い脳梗塞になりました",
        "Vor einem Jahr hatte ich einen leichten Schlaganfall, jetzt geht es mir gut",
    ],
)
def test_a_sign_placed_long_ago_is_the_patients_history(text: str) -> None:
    assert sign_in(text) is None


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("mon père dit que quelque chose lui écrase la poitrine", "chest_pain"),
        ("mon fils a avalé deux aimants", "poisoning"),
        ("Der Kleine hat einen Magneten verschluckt", "poisoning"),
        ("母が睡眠薬を大量に飲んだみたいです", "poisoning"),
        ("子どもがボタン電池を飲み込んだ", "poisoning"),
    ],
)
def test_crushing_chest_pain_and_swallowed_batteries_magnets_or_pills_are_emergencies(
    text: str, sign: str
) -> None:
    assert sign_in(text) == sign


@pytest.mark.parametrize(
    "text", ["je me serre la ceinture ce mois-ci", "Knopfbatterie gewechselt", "ボタン電池を交換したい"]
)
def test_a_battery_or_a_tight_belt_alone_is_no_emergency(text: str) -> None:
    assert sign_in(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my uncle died of a heart attack, so I'd like my heart checked",
        "Mein Vater ist an einem Schlaganfall gestorben, ich möchte zur Vorsorge",
        "ma tante est morte d'un AVC, je voudrais un bilan neurologique",
        "父は脳卒中で亡くなったので、検査を受けたいです",
    ],
)
def test_a_sign_someone_died_of_is_family_history(text: str) -> None:
    assert sign_in(text) is None


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my uncle died of a heart attack and now my father has crushing chest pain", "chest_pain"),
        ("Mein Vater ist an einem Schlaganfall gestorben, jetzt hängt Mamas Gesicht schief", "stroke"),
    ],
)
def test_a_sign_of_today_beside_a_death_long_ago_is_an_emergency(text: str, sign: str) -> None:
    assert sign_in(text) == sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("my wife had a seizure twenty minutes ago", "seizure"),
        ("he had seizures as a child and now he is convulsing again", "seizure"),
        ("Vor zwei Jahren hatte er einen Schlaganfall, jetzt hängt sein Gesicht schief", "stroke"),
        ("il y a trois ans un AVC, et maintenant il n'arrive plus à parler", "stroke"),
        ("昔脳梗塞をしたが、今また言葉がうまく出ない", "stroke"),
        ("Last year it was nothing, but today my father has crushing pain in his chest", "chest_pain"),
    ],
)
def test_a_sign_of_long_ago_that_is_happening_now_again_is_an_emergency(text: str, sign: str) -> None:
    assert sign_in(text) == sign


@pytest.mark.parametrize(
    "text",
    [
        "no chest pain, only a racing heart after coffee",
        "Mein Herz stolpert manchmal, aber ohne Brustschmerzen",
        "des palpitations, mais pas de douleur thoracique",
        "動悸がしますが、胸の痛みはありません",
        "胸の痛みや息苦しさはないです",
    ],
)
def test_a_sign_the_patient_denies_is_no_emergency(text: str) -> None:
    assert sign_in(text) is None


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("No, chest pain! Since an hour", "chest_pain"),
        ("I've never had chest pain like this before", "chest_pain"),
        ("Kein Fieber, aber starke Brustschmerzen", "chest_pain"),
        ("胸が痛いと言っていますが、熱はない", "chest_pain"),
        ("胸が痛くて我慢できない", "chest_pain"),
    ],
)
def test_a_denial_of_something_else_leaves_the_sign_an_emergency(text: str, sign: str) -> None:
    assert sign_in(text) == sign


@pytest.mark.parametrize(
    "text",
    [
        "ok, the paramedics are on their way to us",
        "Der Rettungswagen ist schon da",
        "le samu est en route",
        "救急隊がいまこちらに向かっています",
    ],
)
def test_help_on_its_way_or_just_arrived_has_come(text: str) -> None:
    assert red_flags.help_has_come(text)


@pytest.mark.parametrize(
    "text",
    [
        "the ambulance hasn't arrived yet",
        "der Krankenwagen ist noch nicht gekommen",
        "les pompiers ne sont pas encore arrivés",
        "救急車がまだ到着しない",
    ],
)
def test_help_said_not_to_have_come_yet_has_not(text: str) -> None:
    assert not red_flags.help_has_come(text)


@pytest.mark.parametrize(
    "text",
    [
        "we phoned the ambulance ten minutes ago, it will be here soon",
        "the paramedics are coming",
        "wir haben den Notarzt alarmiert",
        "der Rettungswagen kommt gleich",
        "on a prévenu les pompiers",
        "l'ambulance arrive",
        "さっき救急車を呼びました",
        "救急車がもうすぐ来ます",
        "paramedics alerted, they'll be here in ten minutes",
        "Rettungswagen gerufen, wir warten",
        "ambulance appelée, on attend",
    ],
)
def test_help_called_or_coming_is_help_in_hand(text: str) -> None:
    assert red_flags.help_has_come(text)
    assert red_flags.find_red_flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "should I call an ambulance?",
        "I haven't called the ambulance yet",
        "muss ein Rettungswagen gerufen werden?",
        "l'ambulance n'arrive pas",
        "救急車を呼んだほうがいいですか",
        "救急車を呼んでください",
    ],
)
def test_help_still_to_be_called_is_an_emergency(text: str) -> None:
    assert sign_in(text) == "serious_injury"


@pytest.mark.parametrize(
    "text",
    [
        "I had a stroke back in 2015, now I need a neurologist for check-ups",
        "2018年に脳梗塞をしました",
        "Im Jahr 2019 hatte ich einen Krampfanfall",
        "j'ai fait un AVC en 2016, je cherche un suivi",
    ],
)
def test_a_sign_in_a_year_gone_by_is_the_patients_history(text: str) -> None:
    assert sign_in(text) is None


def test_a_sign_of_a_year_gone_by_that_is_happening_now_is_an_emergency() -> None:
    assert sign_in("he had a seizure in 2019 and now he is convulsing again") == "seizure"


@pytest.mark.parametrize("text", ["胸は痛くないです", "胸は苦しくありません"])
def test_a_japanese_adjective_sign_said_with_its_own_negation_is_denied(text: str) -> None:
    assert sign_in(text) is None


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("母のろれつが回らない", "stroke"),
        ("父が息ができない", "not_breathing"),
        ("血が止まらない", "severe_bleeding"),
    ],
)
def test_a_japanese_verb_sign_ending_in_its_negation_stays_an_emergency(text: str, sign: str) -> None:
    assert sign_in(text) == sign


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Sein Gesicht ist plötzlich taub", "stroke"),
        ("Sie kann kaum noch sprechen", "stroke"),
        ("Er will sich das Leben nehmen", "suicidal"),
        ("er hält sich die Brust und schwitzt", "chest_pain"),
        ("sa bouche est de travers depuis ce matin", "stroke"),
        ("口が曲がっている", "stroke"),
        ("胸を押さえて苦しんでいる", "chest_pain"),
    ],
)
def test_signs_as_witnesses_describe_them(text: str, sign: str) -> None:
    assert sign_in(text) == sign


@pytest.mark.parametrize(
    "text",
    [
        "Ich kann kaum Chinesisch sprechen, gibt es ein Krankenhaus mit Englisch?",
        "Ich muss mein Leben lang Insulin nehmen",
    ],
)
def test_words_of_a_sign_said_of_something_else_are_no_emergency(text: str) -> None:
    assert sign_in(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "these deadlines are giving me a heart attack lol",
        "die Nachbarn verpassen mir noch einen Herzinfarkt mit ihrem Lärm",
        "mes enfants vont me donner une crise cardiaque",
        "ce bruit va me faire faire une crise cardiaque",
    ],
)
def test_a_heart_attack_someone_gives_you_is_a_figure_of_speech(text: str) -> None:
    assert red_flags.find_red_flag(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "my dad is having a heart attack, give me the nearest hospital",
        "ich glaube, mein Mann hat einen Herzinfarkt",
        "mon mari fait une crise cardiaque",
    ],
)
def test_a_heart_attack_told_beside_the_figure_of_speech_words_is_still_one(text: str) -> None:
    assert sign_in(text) == "chest_pain"
