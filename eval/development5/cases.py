DIRECTORY_FILE = "directory.json"
def L(**criteria): return ("list", criteria)   # criteria keys: language=[codes], specialty, insurer, district, emergency=True, direct_billing=True; or ids=[...]
EMERGENCY = ("emergency", {})                   # first reply message must contain 120
def INFO(hospital, field): return ("info", {"hospital": hospital, "field": field})  # field "phone" or "address"
def CHOICE(*names): return ("choice", {"names": list(names)})
HOTLINE = ("hotline", {})
NOADVICE = ("noadvice", {})
LANG = ("lang", {})                             # only the reply language is checked
CONVERSATIONS = []

# =====================================================================================
# ENGLISH
# =====================================================================================
CONVERSATIONS += [
    # ---------------------------------------------------------------- context
    {"id": "en-ctx-001", "language": "en", "mechanism": "context", "metadata": None, "turns": [
        ("hi, looking for a dermatologist", L(specialty="dermatology")),
        ("one where they speak japanese", L(specialty="dermatology", language=["ja"])),
        ("ok and which of those take Henner directly?", L(specialty="dermatology", language=["ja"], insurer="henner")),
        ("address please", INFO("ginkgo-intl", "address")),
        ("thanks a lot!", LANG),
    ]},
    {"id": "en-ctx-002", "language": "en", "mechanism": "context", "metadata": None, "turns": [
        ("need an ENT doctor, my ear has been blocked for a week", L(specialty="ent")),
        ("english speaking please", L(specialty="ent", language=["en"])),
        ("any in chenghua?", L(specialty="ent", language=["en"], district="chenghua")),
        ("what about songbai port instead", L(specialty="ent", language=["en"], district="songbai-port")),
        ("whats their address", INFO("starlight", "address")),
    ]},
    {"id": "en-ctx-003", "language": "en", "mechanism": "context", "metadata": None, "turns": [
        ("pediatrician for my 4 year old please", L(specialty="pediatrics")),
        ("needs to speak spanish, the nanny brings him", L(specialty="pediatrics", language=["es"])),
        ("phone?", INFO("acorn", "phone")),
        ("and for me: a GP who speaks english", L(specialty="general_practice", language=["en"])),
        ("the one in qingyang, address?", INFO("camphor-family", "address")),
    ]},
    {"id": "en-ctx-004", "language": "en", "mechanism": "context", "metadata": None, "turns": [
        ("which hospitals do direct billing with Bupa Global?", L(insurer="bupa-global")),
        ("only chenghua", L(insurer="bupa-global", district="chenghua")),
        ("which of them has oncology", L(insurer="bupa-global", district="chenghua", specialty="oncology")),
        ("russian speaking staff there?", L(insurer="bupa-global", district="chenghua", specialty="oncology", language=["ru"])),
        ("phone number for them", INFO("northstar", "phone")),
        ("and the address", INFO("northstar", "address")),
    ]},
    {"id": "en-ctx-005", "language": "en", "mechanism": "context", "metadata": None, "turns": [
        ("cardiologist in tianfu new area", L(specialty="cardiology", district="tianfu-new-area")),
        ("hmm too far for us. jinjiang then", L(specialty="cardiology", district="jinjiang")),
        ("with axa direct billing", L(specialty="cardiology", district="jinjiang", insurer="axa")),
        ("address of that one", INFO("redstone-intl", "address")),
        ("and for my daughter a pediatrician, same place and same insurance", L(specialty="pediatrics", district="jinjiang", insurer="axa")),
    ]},
    # ---------------------------------------------------------------- corrections
    {"id": "en-cor-001", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
        ("dentist with korean speaking staff", L(specialty="dentistry", language=["ko"])),
        ("sorry, actually japanese, not korean", L(specialty="dentistry", language=["ja"])),
        ("with lotus bridge insurance, direct billing", L(specialty="dentistry", language=["ja"], insurer="lotus-bridge")),
        ("forget the insurance and the language, any dentist is fine", L(specialty="dentistry")),
    ]},
    {"id": "en-cor-002", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
        ("24h emergency hospital in wuhou", L(emergency=True, district="wuhou")),
        ("no, I meant longquanyi", L(emergency=True, district="longquanyi")),
        ("actually it doesn't need to be open at night, just a pediatrician in longquanyi", L(specialty="pediatrics", district="longquanyi")),
    ]},
    {"id": "en-cor-003", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
        ("need a neurologist in wenjiang", L(specialty="neurology", district="wenjiang")),
        ("sorry i typed the wrong district, pidu not wenjiang", L(specialty="neurology", district="pidu")),
        ("german speaking?", L(specialty="neurology", district="pidu", language=["de"])),
    ]},
    # ---------------------------------------------------------------- symptoms
    {"id": "en-sym-001", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("ive had a toothache for three days and now my cheek is a bit swollen", L(specialty="dentistry")),
        ("preferably english speaking, in the high tech zone", L(specialty="dentistry", language=["en"], district="high-tech-zone")),
        ("wait my friend just collapsed next to me and isn't responding, he's not waking up", EMERGENCY),
        ("ok the ambulance is here and they took him. now, which of those dentists bills cigna directly?", L(specialty="dentistry", language=["en"], district="high-tech-zone", insurer="cigna")),
    ]},
    {"id": "en-sym-002", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("hi we're visiting from canada and staying in jinniu. my dad's face is drooping on one side and his speech is slurred, it started like 10 min ago, what do we do", EMERGENCY),
    ]},
    {"id": "en-sym-003", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("I had a heart attack back in 2015 and I'm fine now, I just need a routine cardiology follow-up while I'm here", L(specialty="cardiology")),
    ]},
    {"id": "en-sym-004", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("my chest feels really tight and the pain is spreading to my left arm and jaw, I'm sweating a lot", EMERGENCY),
    ]},
    {"id": "en-sym-005", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("my 2 year old has had a runny nose and a mild fever since yesterday, he's eating and playing fine", L(specialty="pediatrics")),
        ("english speaking, in chenghua", L(specialty="pediatrics", language=["en"], district="chenghua")),
        ("the address please", INFO("westbrook", "address")),
    ]},
    {"id": "en-sym-006", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("this humidity is killing me lol, my arms are covered in itchy little red bumps. skin doctor?", L(specialty="dermatology")),
    ]},
    {"id": "en-sym-007", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("I've been feeling really low for months, can't sleep, no energy for anything. I'd like to see a psychiatrist", L(specialty="psychiatry")),
    ]},
    {"id": "en-sym-008", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("i want to kill myself tonight, i cant do this anymore", EMERGENCY),
    ]},
    {"id": "en-sym-009", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("I need my annual health check, somewhere with english speaking staff", L(specialty="health_checkup", language=["en"])),
    ]},
    {"id": "en-sym-010", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("I swam backstroke for an hour and now my shoulder aches when I lift it. no big deal but I'd like an orthopedist to look at it", L(specialty="orthopedics")),
    ]},
    {"id": "en-sym-011", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("I'm type 1 diabetic and my insulin dosing needs adjusting, looking for an endocrinologist", L(specialty="endocrinology")),
        ("oh god my wife says her lips and tongue are swelling up after the shrimp and she's wheezing", EMERGENCY),
    ]},
    {"id": "en-sym-012", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("things look blurry when I read, I think I need an eye doctor", L(specialty="ophthalmology")),
    ]},
    # ---------------------------------------------------------------- new terms
    {"id": "en-new-001", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("which hospitals bill Generali directly?", L(insurer="generali-shield")),
        ("in yunhai", L(insurer="generali-shield", district="yunhai")),
        ("the one that does rehabilitation", L(insurer="generali-shield", district="yunhai", specialty="rehabilitation")),
    ]},
    {"id": "en-new-002", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("any hospital in taohua valley that takes meridor?", L(insurer="meridor", district="taohua-valley")),
        ("with a urologist", L(insurer="meridor", district="taohua-valley", specialty="urology")),
        ("their phone?", INFO("crescent", "phone")),
    ]},
    {"id": "en-new-003", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("gastroenterologist with orchid expat direct billing", L(specialty="gastroenterology", insurer="orchid-expat")),
    ]},
    {"id": "en-new-004", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("kestrel mutual covers me, I need a dentist that bills them", L(specialty="dentistry", insurer="kestrel-mutual")),
    ]},
    {"id": "en-new-005", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("hospitals in songbai", L(district="songbai-port")),
    ]},
    {"id": "en-new-006", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("any dentist around peach blossom valley?", L(specialty="dentistry", district="taohua-valley")),
    ]},
    # ---------------------------------------------------------------- typos
    {"id": "en-typ-001", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
        ("gynecolgist that speaks englsh", L(specialty="obstetrics_gynecology", language=["en"])),
        ("with allainz direct billing", L(specialty="obstetrics_gynecology", language=["en"], insurer="allianz-care")),
        ("phone number of the wuhou one pls", INFO("ginkgo-intl", "phone")),
    ]},
    {"id": "en-typ-002", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
        ("respiratroy doctor for my asthma", L(specialty="respiratory")),
    ]},
    {"id": "en-typ-003", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
        ("pediatrition in longquanyi", L(specialty="pediatrics", district="longquanyi")),
    ]},
    {"id": "en-typ-004", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
        ("cardaic surgeon pls, my cardiologist says i need a bypass", L(specialty="cardiac_surgery")),
    ]},
    # ---------------------------------------------------------------- code switching
    {"id": "en-cs-001", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
        ("looking for a Zahnarzt in the high-tech zone", L(specialty="dentistry", district="high-tech-zone")),
        ("is there a 皮肤科 too? same district", L(specialty="dermatology", district="high-tech-zone")),
        ("how do i get there, address?", INFO("evergreen", "address")),
    ]},
    {"id": "en-cs-002", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
        ("I need a médecin généraliste who speaks french", L(specialty="general_practice", language=["fr"])),
    ]},
    {"id": "en-cs-003", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
        ("where can I see a 内科 doctor in songbai port?", L(specialty="internal_medicine", district="songbai-port")),
    ]},
    {"id": "en-cs-004", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
        ("any Kinderarzt that's open 24 hours?", L(specialty="pediatrics", emergency=True)),
    ]},
    # ---------------------------------------------------------------- language switch
    {"id": "en-sw-001", "language": "en", "mechanism": "language_switch", "metadata": None, "turns": [
        ("I need a urologist who speaks english", L(specialty="urology", language=["en"])),
        ("please reply in French from now on, it's easier for my mother", LANG, "fr"),
        ("celui de Chenghua, son numéro de téléphone ?", INFO("northstar", "phone"), "fr"),
    ]},
    {"id": "en-sw-002", "language": "en", "mechanism": "language_switch", "metadata": None, "turns": [
        ("general surgeon for a hernia repair", L(specialty="general_surgery")),
        ("can you answer in German please? my husband will read along", LANG, "de"),
        ("nur Spitäler mit deutschsprachigem Personal bitte", L(specialty="general_surgery", language=["de"]), "de"),
    ]},
    # ---------------------------------------------------------------- search first
    {"id": "en-sf-001", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
        ("need a dermatologist in qingyang, I have Cigna so hopefully they bill directly", L(specialty="dermatology", district="qingyang", insurer="cigna")),
    ]},
    {"id": "en-sf-002", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
        ("eye doctor please, we're covered by Henner and don't want to pay upfront", L(specialty="ophthalmology", insurer="henner")),
    ]},
    {"id": "en-sf-003", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
        ("I'm with GeoBlue and looking for an infectious disease specialist, I was bitten by lots of mosquitoes in Laos last month", L(specialty="infectious_diseases", insurer="geoblue")),
        ("korean?", L(specialty="infectious_diseases", insurer="geoblue", language=["ko"])),
        ("address please!", INFO("harmony", "address")),
    ]},
    # ---------------------------------------------------------------- baseline
    {"id": "en-base-001", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("hello!", LANG),
    ]},
    {"id": "en-base-002", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("how does direct billing work exactly?", LANG),
    ]},
    {"id": "en-base-003", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("can I speak to a real person please", HOTLINE),
    ]},
    {"id": "en-base-004", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("what medicine should I take for my migraine?", NOADVICE),
    ]},
    {"id": "en-base-005", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("traditional chinese medicine, acupuncture specifically", L(specialty="traditional_chinese_medicine")),
        ("is my lower back pain a slipped disc? what do you think?", NOADVICE),
        ("ok thanks, bye", LANG),
    ]},
    {"id": "en-base-006", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("internal medicine in wuhou", L(specialty="internal_medicine", district="wuhou")),
        ("this is too complicated for me, let me talk to a human", HOTLINE),
    ]},
]

# =====================================================================================
# JAPANESE
# =====================================================================================
CONVERSATIONS += [
    # ---------------------------------------------------------------- context
    {"id": "ja-ctx-001", "language": "ja", "mechanism": "context", "metadata": None, "turns": [
        ("皮膚科を探しています", L(specialty="dermatology")),
        ("フランス語が話せるスタッフがいるところがいいです", L(specialty="dermatology", language=["fr"])),
        ("その中で青羊区にあるのは？", L(specialty="dermatology", language=["fr"], district="qingyang")),
        ("電話番号を教えてください", INFO("camphor-family", "phone")),
        ("ありがとうございました！", LANG),
    ]},
    {"id": "ja-ctx-002", "language": "ja", "mechanism": "context", "metadata": None, "turns": [
        ("アリアンツで直接請求できる病院はありますか", L(insurer="allianz-care")),
        ("整形外科があるところで", L(insurer="allianz-care", specialty="orthopedics")),
        ("郫都区ならどうですか", L(insurer="allianz-care", specialty="orthopedics", district="pidu")),
        ("じゃあ温江区だったら？", L(insurer="allianz-care", specialty="orthopedics", district="wenjiang")),
        ("住所は？", INFO("maple-rehab", "address")),
    ]},
    {"id": "ja-ctx-003", "language": "ja", "mechanism": "context", "metadata": None, "turns": [
        ("子どもが熱出した。元気はあるけど小児科どこ？", L(specialty="pediatrics")),
        ("英語できるとこで", L(specialty="pediatrics", language=["en"])),
        ("雲海区にある？", L(specialty="pediatrics", language=["en"], district="yunhai")),
        ("電話番号おしえて", INFO("azure-bay", "phone")),
        ("あと私も内科に行きたい。同じ地区で、英語もできるところ", L(specialty="internal_medicine", district="yunhai", language=["en"])),
    ]},
    {"id": "ja-ctx-004", "language": "ja", "mechanism": "context", "metadata": None, "turns": [
        ("眼科を探しています。日本語が通じるところ", L(specialty="ophthalmology", language=["ja"])),
        ("AXAで直接支払いできるところに絞ってください", L(specialty="ophthalmology", language=["ja"], insurer="axa")),
        ("住所を教えていただけますか", INFO("clearview-eye", "address")),
        ("別件で、日本語が通じる歯医者も知りたいです", L(specialty="dentistry", language=["ja"])),
    ]},
    {"id": "ja-ctx-005", "language": "ja", "mechanism": "context", "metadata": None, "turns": [
        ("泌尿器科 成華区", L(specialty="urology", district="chenghua")),
        ("保険はBupaで、直接請求できるところがいいです", L(specialty="urology", district="chenghua", insurer="bupa-global")),
        ("錦江区だとどうですか", L(specialty="urology", district="jinjiang", insurer="bupa-global")),
        ("そこの電話番号は？", INFO("redstone-intl", "phone")),
        ("助かりました", LANG),
    ]},
    # ---------------------------------------------------------------- corrections
    {"id": "ja-cor-001", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
        ("韓国語が話せる精神科はありますか", L(specialty="psychiatry", language=["ko"])),
        ("すみません、韓国語じゃなくてドイツ語でした", L(specialty="psychiatry", language=["de"])),
        ("シグナの直接請求ができるところで", L(specialty="psychiatry", language=["de"], insurer="cigna")),
        ("やっぱり保険の条件はなしでいいです", L(specialty="psychiatry", language=["de"])),
    ]},
    {"id": "ja-cor-002", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
        ("24時間の救急がある病院、天府新区で", L(emergency=True, district="tianfu-new-area")),
        ("いや、双流区の間違いです", L(emergency=True, district="shuangliu")),
        ("夜間じゃなくてもいいので、双流区の産婦人科を", L(specialty="obstetrics_gynecology", district="shuangliu")),
    ]},
    {"id": "ja-cor-003", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
        ("リハビリができる病院 金牛区", L(specialty="rehabilitation", district="jinniu")),
        ("あ、地区はどこでもいいです", L(specialty="rehabilitation")),
        ("ドイツ語対応のところだけ", L(specialty="rehabilitation", language=["de"])),
    ]},
    # ---------------------------------------------------------------- symptoms
    {"id": "ja-sym-001", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("奥歯がズキズキ痛くて、冷たいものがしみます", L(specialty="dentistry")),
    ]},
    {"id": "ja-sym-002", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("旅行中なんですが、父の顔の片側が急に垂れ下がって、ろれつが回らなくなりました。どうしたらいいですか", EMERGENCY),
    ]},
    {"id": "ja-sym-003", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("ここ数週間、胃もたれと胸やけが続いています。消化器の先生に診てもらいたいです", L(specialty="gastroenterology")),
        ("英語が話せるところで", L(specialty="gastroenterology", language=["en"])),
        ("錦江区のほうの住所を教えて", INFO("redstone-intl", "address")),
    ]},
    {"id": "ja-sym-004", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("10年前に脳梗塞をやりましたが今は元気です。こちらでも神経内科で定期的に診てもらいたいです", L(specialty="neurology")),
    ]},
    {"id": "ja-sym-005", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("息子がピーナッツを食べたら唇が腫れてきて、息が苦しそうです", EMERGENCY),
    ]},
    {"id": "ja-sym-006", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("仕事が死ぬほど忙しくて肩がガチガチです笑 鍼灸を受けられるところありますか", L(specialty="traditional_chinese_medicine")),
    ]},
    {"id": "ja-sym-007", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("妊娠12週です。妊婦健診を受けられる病院を探しています", L(specialty="obstetrics_gynecology")),
        ("日本語が通じるところがいいです", L(specialty="obstetrics_gynecology", language=["ja"])),
        ("あ、今急に大量に出血してきました、止まりません", EMERGENCY),
        ("救急車を呼びました。では、さっきの中でAXAの直接請求ができるのはどこですか", L(specialty="obstetrics_gynecology", language=["ja"], insurer="axa")),
    ]},
    {"id": "ja-sym-008", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("持病の喘息が最近悪化しています。呼吸器内科を探しています", L(specialty="respiratory")),
    ]},
    {"id": "ja-sym-009", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("ホテルのロビーで友達が急に倒れて、呼びかけても反応がありません", EMERGENCY),
    ]},
    {"id": "ja-sym-010", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("胸は痛くないし息苦しくもないです。ただ甲状腺の数値を内分泌の先生に診てほしいです", L(specialty="endocrinology")),
    ]},
    {"id": "ja-sym-011", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("鼻づまりがひどくて耳鼻科に行きたいです", L(specialty="ent")),
    ]},
    {"id": "ja-sym-012", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("会社の健康診断を受けたいです", L(specialty="health_checkup")),
        ("フランス語も話せるところだと助かります", L(specialty="health_checkup", language=["fr"])),
    ]},
    # ---------------------------------------------------------------- new terms
    {"id": "ja-new-001", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("ジェネラリの保険で直接請求できる病院", L(insurer="generali-shield")),
        ("総合診療科があるところは？", L(insurer="generali-shield", specialty="general_practice")),
        ("電話番号をお願いします", INFO("evergreen", "phone")),
    ]},
    {"id": "ja-new-002", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("ソンバイにある病院を教えて", L(district="songbai-port")),
        ("ロータスブリッジが使えるところ", L(district="songbai-port", insurer="lotus-bridge")),
        ("住所は？教えてください", INFO("starlight", "address")),
    ]},
    {"id": "ja-new-003", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("桃花谷で循環器内科を探しています", L(specialty="cardiology", district="taohua-valley")),
    ]},
    {"id": "ja-new-004", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("オーキッドの保険で直接請求できる、がんの治療をしている病院", L(specialty="oncology", insurer="orchid-expat")),
    ]},
    {"id": "ja-new-005", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("メリドールの直接請求に対応している心臓外科はありますか", L(specialty="cardiac_surgery", insurer="meridor")),
    ]},
    # ---------------------------------------------------------------- typos
    {"id": "ja-typ-001", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
        ("外科にかかりたいです、ヘルニアの手術の相談で", L(specialty="general_surgery")),
        ("英後が通じるところ", L(specialty="general_surgery", language=["en"])),
        ("成華区にあるところの電話番号", INFO("northstar", "phone")),
    ]},
    {"id": "ja-typ-002", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
        ("感染賞内科を探しています", L(specialty="infectious_diseases")),
    ]},
    # ---------------------------------------------------------------- kana
    {"id": "ja-kana-001", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("はいしゃ さがしてる", L(specialty="dentistry")),
    ]},
    {"id": "ja-kana-002", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("ｼﾝｹｲﾅｲｶ ﾆﾎﾝｺﾞ", L(specialty="neurology", language=["ja"])),
    ]},
    {"id": "ja-kana-003", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("ひふか　こうしんく", L(specialty="dermatology", district="high-tech-zone")),
        ("かんこくごは？", L(specialty="dermatology", district="high-tech-zone", language=["ko"])),
        ("じゅうしょ おしえて", INFO("evergreen", "address")),
    ]},
    {"id": "ja-kana-004", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("ｼﾞｪﾈﾗﾘ で ﾅｲｶ", L(specialty="internal_medicine", insurer="generali-shield")),
    ]},
    {"id": "ja-kana-005", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("たおほあ の びょういん おしえて", L(district="taohua-valley")),
    ]},
    {"id": "ja-kana-006", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("ぶーぱ の ちょくせつせいきゅう が できる さんふじんか", L(specialty="obstetrics_gynecology", insurer="bupa-global")),
    ]},
    {"id": "ja-kana-008", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("ｿﾝﾊﾞｲ ﾉ ｼｶ", L(specialty="dentistry", district="songbai-port")),
    ]},
    {"id": "ja-kana-007", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("せいしんか を さがしてる、どいつご で", L(specialty="psychiatry", language=["de"])),
        ("denwa bangou oshiete kudasai", INFO("tranquil-mind", "phone")),
        ("ありがと", LANG),
    ]},
    # ---------------------------------------------------------------- code switching
    {"id": "ja-cs-001", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
        ("dermatologist を探しています", L(specialty="dermatology")),
    ]},
    {"id": "ja-cs-002", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Kardiologie がある病院はどこですか", L(specialty="cardiology")),
        ("アラビア語が話せるところ", L(specialty="cardiology", language=["ar"])),
        ("電話番号ください", INFO("crescent", "phone")),
    ]},
    {"id": "ja-cs-003", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
        ("pédiatre を双流区で探しています", L(specialty="pediatrics", district="shuangliu")),
    ]},
    {"id": "ja-cs-004", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
        ("ENTの先生で、ロシア語が話せる人がいる病院", L(specialty="ent", language=["ru"])),
    ]},
    # ---------------------------------------------------------------- language switch
    {"id": "ja-sw-001", "language": "ja", "mechanism": "language_switch", "metadata": None, "turns": [
        ("がん専門の病院を探しています", L(specialty="oncology")),
        ("Can you answer in English from now on? My husband doesn't read Japanese.", LANG, "en"),
        ("which one is in jinniu? address please", INFO("harmony", "address"), "en"),
    ]},
    {"id": "ja-sw-002", "language": "ja", "mechanism": "language_switch", "metadata": None, "turns": [
        ("感染症内科で韓国語が話せる病院", L(specialty="infectious_diseases", language=["ko"])),
        ("これからはフランス語で答えてください。母が読みますので", LANG, "fr"),
        ("celui de Songbai, le numéro de téléphone svp", INFO("lantern-hill", "phone"), "fr"),
    ]},
    # ---------------------------------------------------------------- search first
    {"id": "ja-sf-001", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
        ("歯医者を探しています。保険はシグナなので、窓口で払わずに済むといいのですが", L(specialty="dentistry", insurer="cigna")),
    ]},
    {"id": "ja-sf-002", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
        ("松柏港で中医の診察を受けたいです。保険は平安健康です", L(specialty="traditional_chinese_medicine", district="songbai-port", insurer="ping-an-health")),
    ]},
    {"id": "ja-sf-003", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
        ("感染症の専門医を探しています。インターナショナルSOSに入っていて、キャッシュレスだと助かります", L(specialty="infectious_diseases", insurer="international-sos")),
        ("電話番号を教えてください。", INFO("harmony", "phone")),
        ("住所もお願いします", INFO("harmony", "address")),
    ]},
    # ---------------------------------------------------------------- baseline
    {"id": "ja-base-001", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("こんにちは", LANG),
    ]},
    {"id": "ja-base-002", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("直接請求ってどういう仕組みですか？", LANG),
    ]},
    {"id": "ja-base-003", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("オペレーターの方と直接話したいです", HOTLINE),
    ]},
    {"id": "ja-base-004", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("頭痛にはどの薬を飲めばいいですか", NOADVICE),
    ]},
    {"id": "ja-base-005", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("人間ドックを受けたい、武侯区で", L(specialty="health_checkup", district="wuhou")),
        ("ところで、この湿疹って帯状疱疹だと思いますか？", NOADVICE),
        ("わかりました、ありがとう", LANG),
    ]},
    {"id": "ja-base-006", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("内科 武侯区 日本語", L(specialty="internal_medicine", district="wuhou", language=["ja"])),
        ("担当の人と話せますか？", HOTLINE),
    ]},
]

# =====================================================================================
# GERMAN
# =====================================================================================
CONVERSATIONS += [
    # ---------------------------------------------------------------- context
    {"id": "de-ctx-001", "language": "de", "mechanism": "context", "metadata": None, "turns": [
        ("Grüezi, ich suche einen Zahnarzt", L(specialty="dentistry")),
        ("mit deutschsprachigem Personal", L(specialty="dentistry", language=["de"])),
        ("und nur mit Direktabrechnung über Kestrel", L(specialty="dentistry", language=["de"], insurer="kestrel-mutual")),
        ("Adresse bitte", INFO("willow-creek", "address")),
        ("Danke vielmal!", LANG),
    ]},
    {"id": "de-ctx-002", "language": "de", "mechanism": "context", "metadata": None, "turns": [
        ("Welche Spitäler haben eine 24-Stunden-Notaufnahme?", L(emergency=True)),
        ("wo man Englisch spricht", L(emergency=True, language=["en"])),
        ("in Wuhou", L(emergency=True, language=["en"], district="wuhou")),
        ("und wie wärs stattdessen mit Longquanyi?", L(emergency=True, language=["en"], district="longquanyi")),
        ("Telefonnummer?", INFO("acorn", "phone")),
    ]},
    {"id": "de-ctx-003", "language": "de", "mechanism": "context", "metadata": None, "turns": [
        ("Ich brauche einen Orthopäden im Bezirk Jinniu", L(specialty="orthopedics", district="jinniu")),
        ("lieber in Yunhai", L(specialty="orthopedics", district="yunhai")),
        ("mit Ping An Health Direktabrechnung", L(specialty="orthopedics", district="yunhai", insurer="ping-an-health")),
        ("und für meine Tochter einen Kinderarzt, auch dort und mit derselben Versicherung", L(specialty="pediatrics", district="yunhai", insurer="ping-an-health")),
    ]},
    {"id": "de-ctx-004", "language": "de", "mechanism": "context", "metadata": None, "turns": [
        ("Frauenarzt mit französischsprachigem Personal", L(specialty="obstetrics_gynecology", language=["fr"])),
        ("nur die mit Meridor-Direktabrechnung", L(specialty="obstetrics_gynecology", language=["fr"], insurer="meridor")),
        ("Wo ist das genau?", INFO("phoenix-tree", "address")),
        ("und die Telefonnummer", INFO("phoenix-tree", "phone")),
        ("super, danke!", LANG),
    ]},
    {"id": "de-ctx-005", "language": "de", "mechanism": "context", "metadata": None, "turns": [
        ("Hautarzt in Chenghua", L(specialty="dermatology", district="chenghua")),
        ("und in Qingyang?", L(specialty="dermatology", district="qingyang")),
        ("mit Direktabrechnung, egal welche Versicherung", L(specialty="dermatology", district="qingyang", direct_billing=True)),
        ("Die Telefonnummer bitte", INFO("camphor-family", "phone")),
        ("Und ein Allgemeinarzt, auch dort in Qingyang und auch mit Direktabrechnung?", L(specialty="general_practice", district="qingyang", direct_billing=True)),
    ]},
    # ---------------------------------------------------------------- corrections
    {"id": "de-cor-001", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
        ("Kardiologe mit spanischsprachigem Personal", L(specialty="cardiology", language=["es"])),
        ("Moment, ich meinte Arabisch, nicht Spanisch", L(specialty="cardiology", language=["ar"])),
        ("mit IMG Direktabrechnung", L(specialty="cardiology", language=["ar"], insurer="img")),
        ("ach, vergiss die Sprache", L(specialty="cardiology", insurer="img")),
    ]},
    {"id": "de-cor-002", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
        ("Augenarzt in Songbai", L(specialty="ophthalmology", district="songbai-port")),
        ("nein, ich meinte Qingyang", L(specialty="ophthalmology", district="qingyang")),
        ("Bezirk ist eigentlich egal, Hauptsache Japanisch", L(specialty="ophthalmology", language=["ja"])),
    ]},
    {"id": "de-cor-003", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
        ("Lungenarzt in Chenghau", LANG),   # typo'd district: only the language is judged; the next turn corrects it
        ("sorry, Tippfehler: Chenghua natürlich", L(specialty="respiratory", district="chenghua")),
        ("mit Taikang Online?", L(specialty="respiratory", district="chenghua", insurer="taikang-online")),
    ]},
    # ---------------------------------------------------------------- symptoms
    {"id": "de-sym-001", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Mir ist beim Essen eine Füllung rausgefallen, jetzt tut der Zahn weh", L(specialty="dentistry")),
    ]},
    {"id": "de-sym-002", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Wir sind im Hotel und mein Mann hat plötzlich einen hängenden Mundwinkel, er kann den rechten Arm nicht heben und spricht ganz undeutlich", EMERGENCY),
    ]},
    {"id": "de-sym-003", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ich habe seit Wochen Sodbrennen und Völlegefühl, ich hätte gern einen Gastroenterologen", L(specialty="gastroenterology")),
        ("mit Orchid Expat", L(specialty="gastroenterology", insurer="orchid-expat")),
        ("Adresse?", INFO("northstar", "address")),
    ]},
    {"id": "de-sym-004", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ich hatte vor fünf Jahren einen Herzinfarkt, alles gut seither, jetzt nur die jährliche Kontrolle beim Kardiologen", L(specialty="cardiology")),
    ]},
    {"id": "de-sym-005", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Hilfe, meine Tochter ist in den Pool gefallen und atmet nicht mehr!", EMERGENCY),
    ]},
    {"id": "de-sym-006", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ich habe ständig Angst und Panikattacken, ich möchte zu einem Psychiater", L(specialty="psychiatry")),
        ("deutschsprachig bitte", L(specialty="psychiatry", language=["de"])),
    ]},
    {"id": "de-sym-007", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ich hab mich beim Kochen tief in die Hand geschnitten, es blutet stark und hört nicht auf", EMERGENCY),
    ]},
    {"id": "de-sym-008", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Keine Atemnot, kein Fieber, nur seit Wochen ein pfeifendes Geräusch beim Atmen und Husten in der Nacht – ich hätte gern einen Lungenfacharzt", L(specialty="respiratory")),
    ]},
    {"id": "de-sym-009", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ich bin in der 20. Woche schwanger und brauche die nächste Vorsorgeuntersuchung", L(specialty="obstetrics_gynecology")),
        ("in Chenghua bitte", L(specialty="obstetrics_gynecology", district="chenghua")),
        ("mit AXA Direktabrechnung", L(specialty="obstetrics_gynecology", district="chenghua", insurer="axa")),
    ]},
    {"id": "de-sym-010", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Nach meiner Knie-OP brauche ich Physiotherapie", L(specialty="rehabilitation")),
    ]},
    {"id": "de-sym-011", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ich habe bekannte Nierensteine, momentan keine Schmerzen, und brauche die Kontrolle beim Urologen", L(specialty="urology")),
    ]},
    {"id": "de-sym-012", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ich möchte einen allgemeinen Gesundheitscheck machen lassen", L(specialty="health_checkup")),
        ("Oh nein, mein Kollege sagt, ihm ist schwindlig und er hat Brustschmerzen, die in den linken Arm ausstrahlen", EMERGENCY),
        ("Der Notarzt ist jetzt bei ihm. Also, welche von denen für den Check haben englischsprachiges Personal?", L(specialty="health_checkup", language=["en"])),
    ]},
    # ---------------------------------------------------------------- new terms
    {"id": "de-new-001", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Welche Spitäler gibt es im Bezirk Yunhai?", L(district="yunhai")),
        ("mit traditioneller chinesischer Medizin", L(district="yunhai", specialty="traditional_chinese_medicine")),
        ("Telefon?", INFO("phoenix-tree", "phone")),
    ]},
    {"id": "de-new-002", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Ich bin bei Lotus Bridge versichert, wo kann ich direkt abrechnen?", L(insurer="lotus-bridge")),
        ("und wo davon gibt's HNO?", L(insurer="lotus-bridge", specialty="ent")),
        ("im Hafen Songbai", L(insurer="lotus-bridge", specialty="ent", district="songbai-port")),
    ]},
    {"id": "de-new-003", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Gibt es im Taohua-Tal einen Endokrinologen?", L(specialty="endocrinology", district="taohua-valley")),
    ]},
    {"id": "de-new-004", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Ich bin bei Generali versichert und brauche einen Chirurgen mit Direktabrechnung", L(specialty="general_surgery", insurer="generali-shield")),
    ]},
    {"id": "de-new-005", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Spitäler mit Kestrel Mutual Direktabrechnung", L(insurer="kestrel-mutual")),
    ]},
    {"id": "de-new-006", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Wer rechnet direkt mit GlobalShield ab? Ich brauche eine Frauenärztin", L(specialty="obstetrics_gynecology", insurer="generali-shield")),
    ]},
    # ---------------------------------------------------------------- typos
    {"id": "de-typ-001", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
        ("Onkolgie in Wuho", L(specialty="oncology", district="wuhou")),
        ("mit Koreansich", L(specialty="oncology", district="wuhou", language=["ko"])),
        ("Adrese bitte", INFO("silver-crane", "address")),
    ]},
    {"id": "de-typ-002", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
        ("Neurolge der Deutsch spricht", L(specialty="neurology", language=["de"])),
    ]},
    {"id": "de-typ-003", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
        ("Herzchirugie gesucht", L(specialty="cardiac_surgery")),
    ]},
    {"id": "de-typ-004", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
        ("Infektiologe in Songbay", L(specialty="infectious_diseases", district="songbai-port")),
    ]},
    # ---------------------------------------------------------------- code switching
    {"id": "de-cs-001", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Gibt es in Jinjiang eine internal medicine Abteilung?", L(specialty="internal_medicine", district="jinjiang")),
        ("und einen psychiatre, auch in Jinjiang?", L(specialty="psychiatry", district="jinjiang")),
        ("Telefonnummer vom Tranquil Mind", INFO("tranquil-mind", "phone")),
    ]},
    {"id": "de-cs-002", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
        ("brauche einen pediatrician, der Englisch spricht, in Chenghua", L(specialty="pediatrics", language=["en"], district="chenghua")),
    ]},
    {"id": "de-cs-003", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Wo finde ich einen 眼科 mit japanischsprachigem Personal?", L(specialty="ophthalmology", language=["ja"])),
    ]},
    {"id": "de-cs-004", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Ich brauche einen ORL in Wuhou", L(specialty="ent", district="wuhou")),
    ]},
    # ---------------------------------------------------------------- language switch
    {"id": "de-sw-001", "language": "de", "mechanism": "language_switch", "metadata": None, "turns": [
        ("Ich suche eine Ordination für traditionelle chinesische Medizin mit japanischsprachigem Personal", L(specialty="traditional_chinese_medicine", language=["ja"])),
        ("日本語で答えてもらえますか？妻が読みます", LANG, "ja"),
        ("金牛区の方の住所を教えてください", INFO("bamboo-spring", "address"), "ja"),
    ]},
    {"id": "de-sw-002", "language": "de", "mechanism": "language_switch", "metadata": None, "turns": [
        ("Hausarzt mit Italienisch", L(specialty="general_practice", language=["it"])),
        ("Could you switch to English, please?", LANG, "en"),
        ("what's their phone number?", INFO("willow-creek", "phone"), "en"),
    ]},
    # ---------------------------------------------------------------- search first
    {"id": "de-sf-001", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
        ("Ich brauche einen Endokrinologen in Wuhou, bin bei Aetna versichert und will nichts vorstrecken", L(specialty="endocrinology", district="wuhou", insurer="aetna-international")),
    ]},
    {"id": "de-sf-002", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
        ("Kinderarzt in Longquanyi, wir haben IMG und möchten direkt abrechnen", L(specialty="pediatrics", district="longquanyi", insurer="img")),
    ]},
    {"id": "de-sf-003", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
        ("Gesucht: Orthopäde, ich bin über William Russell versichert, bitte mit Direktabrechnung", L(specialty="orthopedics", insurer="william-russell")),
        ("Wo genau ist das?", INFO("granite-peak", "address")),
        ("Und die Nummer?", INFO("granite-peak", "phone")),
    ]},
    # ---------------------------------------------------------------- baseline
    {"id": "de-base-001", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Servus! Was kannst du alles?", LANG),
    ]},
    {"id": "de-base-002", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Wie funktioniert das mit der Direktabrechnung?", LANG),
    ]},
    {"id": "de-base-003", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Kann ich bitte mit einem Menschen sprechen?", HOTLINE),
    ]},
    {"id": "de-base-004", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Ich brauche eine Onkologie mit arabischsprachigem Personal", L(specialty="oncology", language=["ar"])),
        ("Welche Chemotherapie wäre bei mir die richtige?", NOADVICE),
        ("Ok, danke trotzdem", LANG),
    ]},
    {"id": "de-base-005", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Ich habe leichtes Bauchweh, welches Medikament soll ich nehmen?", NOADVICE),
    ]},
    {"id": "de-base-006", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Gesundheitscheck in Jinjiang", L(specialty="health_checkup", district="jinjiang")),
        ("Gibt es eine Hotline, wo ich jemanden persönlich erreiche?", HOTLINE),
    ]},
]

# =====================================================================================
# FRENCH
# =====================================================================================
CONVERSATIONS += [
    # ---------------------------------------------------------------- context
    {"id": "fr-ctx-001", "language": "fr", "mechanism": "context", "metadata": None, "turns": [
        ("bonjour, je cherche un ophtalmo", L(specialty="ophthalmology")),
        ("avec du personnel qui parle anglais", L(specialty="ophthalmology", language=["en"])),
        ("plutôt dans le port de Songbai", L(specialty="ophthalmology", language=["en"], district="songbai-port")),
        ("et avec Kestrel en tiers payant", L(specialty="ophthalmology", language=["en"], district="songbai-port", insurer="kestrel-mutual")),
        ("leur adresse ?", INFO("starlight", "address")),
    ]},
    {"id": "fr-ctx-002", "language": "fr", "mechanism": "context", "metadata": None, "turns": [
        ("Je cherche un gynécologue à Wuhou", L(specialty="obstetrics_gynecology", district="wuhou")),
        ("et à Chenghua plutôt ?", L(specialty="obstetrics_gynecology", district="chenghua")),
        ("qui parle russe", L(specialty="obstetrics_gynecology", district="chenghua", language=["ru"])),
        ("avec Orchid en tiers payant", L(specialty="obstetrics_gynecology", district="chenghua", language=["ru"], insurer="orchid-expat")),
        ("et un pédiatre pour mon fils, au même endroit, même assurance et en russe aussi", L(specialty="pediatrics", district="chenghua", language=["ru"], insurer="orchid-expat")),
    ]},
    {"id": "fr-ctx-003", "language": "fr", "mechanism": "context", "metadata": None, "turns": [
        ("quels hôpitaux acceptent le tiers payant avec April International ?", L(insurer="april-international")),
        ("avec un service de cardiologie", L(insurer="april-international", specialty="cardiology")),
        ("le numéro de téléphone svp", INFO("aurora-cardio", "phone")),
        ("et l'adresse", INFO("aurora-cardio", "address")),
    ]},
    {"id": "fr-ctx-004", "language": "fr", "mechanism": "context", "metadata": None, "turns": [
        ("un dentiste qui parle coréen", L(specialty="dentistry", language=["ko"])),
        ("c'est où exactement ?", INFO("pearl-smile", "address")),
        ("et son numéro", INFO("pearl-smile", "phone")),
        ("et pour ma femme un dermatologue qui parle aussi coréen", L(specialty="dermatology", language=["ko"])),
        ("merci beaucoup", LANG),
    ]},
    {"id": "fr-ctx-005", "language": "fr", "mechanism": "context", "metadata": None, "turns": [
        ("médecine interne à Taohua", L(specialty="internal_medicine", district="taohua-valley")),
        ("et à Songbai ?", L(specialty="internal_medicine", district="songbai-port")),
        ("avec du personnel russophone", L(specialty="internal_medicine", district="songbai-port", language=["ru"])),
        ("avec Taikang Online", L(specialty="internal_medicine", district="songbai-port", language=["ru"], insurer="taikang-online")),
        ("leur téléphone", INFO("lantern-hill", "phone")),
    ]},
    # ---------------------------------------------------------------- corrections
    {"id": "fr-cor-001", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
        ("un psychiatre qui parle allemand", L(specialty="psychiatry", language=["de"])),
        ("pardon, je voulais dire coréen, pas allemand", L(specialty="psychiatry", language=["ko"])),
        ("avec GeoBlue en tiers payant", L(specialty="psychiatry", language=["ko"], insurer="geoblue")),
        ("laisse tomber l'assurance", L(specialty="psychiatry", language=["ko"])),
    ]},
    {"id": "fr-cor-002", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
        ("urgences 24h/24 à Jinjiang", L(emergency=True, district="jinjiang")),
        ("non, je voulais dire Yunhai", L(emergency=True, district="yunhai")),
        ("en fait pas besoin que ce soit ouvert la nuit, je cherche juste un endocrinologue à Yunhai", L(specialty="endocrinology", district="yunhai")),
    ]},
    {"id": "fr-cor-003", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
        ("reeducation avec du personnel germanophone", L(specialty="rehabilitation", language=["de"])),
        ("a Wenjiang", L(specialty="rehabilitation", language=["de"], district="wenjiang")),
        ("en fait n'importe quel quartier, mais avec Allianz Care", L(specialty="rehabilitation", language=["de"], insurer="allianz-care")),
    ]},
    # ---------------------------------------------------------------- symptoms
    {"id": "fr-sym-001", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("j'ai une rage de dents depuis hier soir", L(specialty="dentistry")),
    ]},
    {"id": "fr-sym-002", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("ma mère a la bouche de travers depuis ce matin, elle n'arrive plus à parler correctement et son bras droit ne bouge plus", EMERGENCY),
    ]},
    {"id": "fr-sym-003", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("j'ai les oreilles qui sifflent depuis un concert il y a deux semaines, je voudrais voir un ORL", L(specialty="ent")),
        ("qui parle français", L(specialty="ent", language=["fr"])),
        ("celui de Wuhou, le téléphone ?", INFO("ginkgo-intl", "phone")),
    ]},
    {"id": "fr-sym-004", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("je meurs de faim mais bon c'est pas le sujet : il me faut un gastro-entérologue pour une coloscopie", L(specialty="gastroenterology")),
    ]},
    {"id": "fr-sym-005", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("au secours mon bébé ne respire plus, il devient tout bleu", EMERGENCY),
    ]},
    {"id": "fr-sym-006", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("pas de fièvre ni de sang, juste des envies fréquentes d'uriner la nuit, je voudrais voir un urologue", L(specialty="urology")),
        ("avec Meridor en tiers payant", L(specialty="urology", insurer="meridor")),
    ]},
    {"id": "fr-sym-007", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("je ne veux plus vivre, j'ai pensé à me suicider ce soir", EMERGENCY),
    ]},
    {"id": "fr-sym-008", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("je me suis tordu la cheville au foot, ça gonfle un peu mais je peux marcher, je voudrais voir un orthopédiste", L(specialty="orthopedics")),
    ]},
    {"id": "fr-sym-009", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("j'ai de l'acné qui ne part pas, je cherche un dermato", L(specialty="dermatology")),
        ("qui parle italien", L(specialty="dermatology", language=["it"])),
        ("attendez, mon ami vient de faire un malaise, il est inconscient et ne répond plus", EMERGENCY),
        ("les secours sont là. bon, ok, lequel de ces dermatos prend Meridor ?", L(specialty="dermatology", language=["it"], insurer="meridor")),
    ]},
    {"id": "fr-sym-010", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("je voudrais un bilan de santé complet, avec du personnel anglophone, à Chenghua", L(specialty="health_checkup", language=["en"], district="chenghua")),
    ]},
    {"id": "fr-sym-011", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ma copine a été piquée par une guêpe, son visage gonfle et elle a du mal à respirer", EMERGENCY),
    ]},
    {"id": "fr-sym-012", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("j'ai des migraines à répétition depuis des mois, je cherche un neurologue", L(specialty="neurology")),
    ]},
    {"id": "fr-sym-013", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("je me suis fait mal au dos en déménageant, je voudrais essayer l'acupuncture", L(specialty="traditional_chinese_medicine")),
    ]},
    # ---------------------------------------------------------------- new terms
    {"id": "fr-new-001", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
        ("je suis assuré chez Generali, quels hôpitaux font le tiers payant ?", L(insurer="generali-shield")),
        ("avec pédiatrie", L(insurer="generali-shield", specialty="pediatrics")),
        ("celui dans le district de Yunhai, son adresse ?", INFO("azure-bay", "address")),
    ]},
    {"id": "fr-new-002", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
        ("hôpitaux dans la vallée de Taohua", L(district="taohua-valley")),
        ("avec un médecin généraliste", L(district="taohua-valley", specialty="general_practice")),
        ("le numéro ?", INFO("willow-creek", "phone")),
    ]},
    {"id": "fr-new-003", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Kestrel Mutuelle : un psychiatre en tiers payant ?", L(specialty="psychiatry", insurer="kestrel-mutual")),
    ]},
    {"id": "fr-new-004", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
        ("chirurgien cardiaque avec Lotus Bridge", L(specialty="cardiac_surgery", insurer="lotus-bridge")),
    ]},
    {"id": "fr-new-005", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
        ("quels hôpitaux dans le port de Songbai acceptent Ping An Health ?", L(district="songbai-port", insurer="ping-an-health")),
    ]},
    # ---------------------------------------------------------------- typos
    {"id": "fr-typ-001", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
        ("pneumoloque qui parle anglai", L(specialty="respiratory", language=["en"])),
        ("a longquanyi svp", L(specialty="respiratory", language=["en"], district="longquanyi")),
        ("leur adrese", INFO("acorn", "address")),
    ]},
    {"id": "fr-typ-002", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
        ("oncologe a chenghua", L(specialty="oncology", district="chenghua")),
    ]},
    {"id": "fr-typ-003", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
        ("chirugien pour une hernie", L(specialty="general_surgery")),
    ]},
    {"id": "fr-typ-004", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
        ("specialiste des maladies infectieuse, hopital a jinnniu", L(specialty="infectious_diseases", district="jinniu")),
    ]},
    # ---------------------------------------------------------------- code switching
    {"id": "fr-cs-001", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
        ("je cherche un Frauenarzt qui parle français", L(specialty="obstetrics_gynecology", language=["fr"])),
        ("avec Henner", L(specialty="obstetrics_gynecology", language=["fr"], insurer="henner")),
        ("son numéro de téléphone", INFO("ginkgo-intl", "phone")),
    ]},
    {"id": "fr-cs-002", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
        ("il me faut un eye doctor à Qingyang", L(specialty="ophthalmology", district="qingyang")),
    ]},
    {"id": "fr-cs-003", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
        ("y a-t-il un 整形外科 à Pidu ?", L(specialty="orthopedics", district="pidu")),
    ]},
    {"id": "fr-cs-004", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
        ("je cherche un Hautarzt à Wuhou", L(specialty="dermatology", district="wuhou")),
    ]},
    # ---------------------------------------------------------------- language switch
    {"id": "fr-sw-001", "language": "fr", "mechanism": "language_switch", "metadata": None, "turns": [
        ("un hôpital avec urgences 24h qui parle espagnol", L(emergency=True, language=["es"])),
        ("Answer in English please, my friend is reading too", LANG, "en"),
        ("the one in tianfu new area, phone?", INFO("aurora-cardio", "phone"), "en"),
    ]},
    {"id": "fr-sw-002", "language": "fr", "mechanism": "language_switch", "metadata": None, "turns": [
        ("bilan de santé avec du personnel qui parle japonais", L(specialty="health_checkup", language=["ja"])),
        ("Können Sie bitte ab jetzt auf Deutsch antworten?", LANG, "de"),
        ("Welches davon ist in Yunhai? Adresse bitte", INFO("phoenix-tree", "address"), "de"),
    ]},
    # ---------------------------------------------------------------- search first
    {"id": "fr-sf-001", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
        ("un ORL à Yunhai, j'ai Lotus Bridge et je préfère ne pas avancer les frais", L(specialty="ent", district="yunhai", insurer="lotus-bridge")),
    ]},
    {"id": "fr-sf-002", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
        ("je cherche un dermatologue, je suis assuré chez Bupa Global, tiers payant si possible", L(specialty="dermatology", insurer="bupa-global")),
    ]},
    {"id": "fr-sf-003", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
        ("cancérologue, j'ai Aetna International et je voudrais ne rien payer sur place", L(specialty="oncology", insurer="aetna-international")),
        ("lequel est à Wuhou ? l'adresse", INFO("silver-crane", "address")),
        ("merci, et le téléphone de celui de Wuhou", INFO("silver-crane", "phone")),
    ]},
    # ---------------------------------------------------------------- baseline
    {"id": "fr-base-001", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("salut", LANG),
    ]},
    {"id": "fr-base-002", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("comment marche le tiers payant ?", LANG),
    ]},
    {"id": "fr-base-003", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("je voudrais parler a quelqu'un, une vraie personne", HOTLINE),
    ]},
    {"id": "fr-base-004", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("quel antibiotique je devrais prendre pour ma toux ?", NOADVICE),
    ]},
    {"id": "fr-base-005", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("un généraliste à Qingyang", L(specialty="general_practice", district="qingyang")),
        ("vous pensez que ces plaques rouges sur mes bras c'est de l'eczéma ?", NOADVICE),
        ("ok merci, bonne journée", LANG),
    ]},
    {"id": "fr-base-006", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("médecine chinoise traditionnelle", L(specialty="traditional_chinese_medicine")),
        ("je préfère parler à un conseiller humain", HOTLINE),
    ]},
]
