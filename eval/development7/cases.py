DIRECTORY_FILE = "directory.json"
def L(**criteria): return ("list", criteria)   # criteria keys: language=[codes], specialty, insurer, district, emergency=True, direct_billing=True; or ids=[...]
EMERGENCY = ("emergency", {})                   # first reply message must contain 120
def INFO(hospital, field): return ("info", {"hospital": hospital, "field": field})  # field "phone" or "address"
def CHOICE(*names): return ("choice", {"names": list(names)})
HOTLINE = ("hotline", {})
NOADVICE = ("noadvice", {})
LANG = ("lang", {})                             # only the reply language is checked
CONVERSATIONS = []

# ============================================================== English
CONVERSATIONS += [
    {"id": "en-base-001", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("Hi, I need a dermatologist who speaks English", L(specialty="dermatology", language=["en"])),
        ("What's the phone number of Crystal Skin?", INFO("crystal-skin", "phone")),
    ]},
    {"id": "en-base-002", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("Looking for a urologist in Jinjiang", L(specialty="urology", district="jinjiang")),
        ("What's the address?", INFO("lindenhof-praxis", "address")),
        ("thanks a lot!", LANG),
    ]},
    {"id": "en-base-003", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("Is there a hospital with a 24-hour emergency department in Xiangyun Lake?",
         L(emergency=True, district="xiangyun-lake")),
        ("ok. can I talk to someone at your hotline? a real person I mean", HOTLINE),
    ]},
    {"id": "en-base-004", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("Which hospitals have an oncology department and bill Bupa directly?",
         L(specialty="oncology", insurer="bupa-global")),
        ("address please", INFO("azure-cancer", "address")),
    ]},
    {"id": "en-base-005", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("hello", LANG),
        ("I need a cardiac surgeon for a second opinion before my valve operation", L(specialty="cardiac_surgery")),
    ]},
    {"id": "en-base-006", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
        ("What do I need to bring for a hospital visit here? Passport?", LANG),
        ("ok and is there an internist in Jinjiang?", L(specialty="internal_medicine", district="jinjiang")),
    ]},

    {"id": "en-ctx-001", "language": "en", "mechanism": "context", "metadata": None, "turns": [
        ("I'm looking for a pediatrician", L(specialty="pediatrics")),
        ("in Wuhou", L(specialty="pediatrics", district="wuhou")),
        ("French-speaking", L(specialty="pediatrics", district="wuhou", language=["fr"])),
        ("which of them takes AXA?", L(specialty="pediatrics", district="wuhou", language=["fr"], insurer="axa")),
        ("phone of Clinique Lumiere?", INFO("clinique-lumiere", "phone")),
    ]},
    {"id": "en-ctx-002", "language": "en", "mechanism": "context", "metadata": None, "turns": [
        ("need an ENT doctor, my ears have been blocked for a week", L(specialty="ent")),
        ("one that also has a 24h ER", L(specialty="ent", emergency=True)),
        ("in Baihe if possible", L(specialty="ent", emergency=True, district="baihe")),
        ("how do I get there, what's the address", INFO("little-oak-children", "address")),
    ]},
    {"id": "en-ctx-003", "language": "en", "mechanism": "context", "metadata": None, "turns": [
        ("gastroenterologist please", L(specialty="gastroenterology")),
        ("with Japanese speaking staff, it's for my colleague", L(specialty="gastroenterology", language=["ja"])),
        ("and direct billing with International SOS?",
         L(specialty="gastroenterology", language=["ja"], insurer="international-sos")),
        ("Evergreen's phone number?", INFO("evergreen-screening", "phone")),
    ]},
    {"id": "en-ctx-004", "language": "en", "mechanism": "context", "metadata": None, "turns": [
        ("Respiratory specialist for my persistent cough", L(specialty="respiratory")),
        ("German-speaking?", L(specialty="respiratory", language=["de"])),
        ("Ok, the one that bills Kestrel Expat", L(specialty="respiratory", language=["de"], insurer="kestrel-expat")),
    ]},

    {"id": "en-cor-001", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
        ("orthopedist in Wenjiang", L(specialty="orthopedics", district="wenjiang")),
        ("sorry, I meant Tianfu New Area, not Wenjiang", L(specialty="orthopedics", district="tianfu-new-area")),
        ("actually forget the district, just one that bills Generali", L(specialty="orthopedics", insurer="generali")),
    ]},
    {"id": "en-cor-002", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
        ("endocrinologist who speaks Japanese", L(specialty="endocrinology", language=["ja"])),
        ("make that French instead", L(specialty="endocrinology", language=["fr"])),
        ("any language is fine really, but with Allianz direct billing",
         L(specialty="endocrinology", insurer="allianz-care")),
    ]},
    {"id": "en-cor-003", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
        ("neurologist with Henner", L(specialty="neurology", insurer="henner")),
        ("oh wait, I switched to Generali last month, not Henner anymore", L(specialty="neurology", insurer="generali")),
        ("and it has to be in Baihe", L(specialty="neurology", insurer="generali", district="baihe")),
    ]},
    {"id": "en-cor-004", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
        ("general surgeon in Yushui with a 24h emergency room",
         L(specialty="general_surgery", district="yushui", emergency=True)),
        ("no wait, skip the emergency part, and make it Chenghua", L(specialty="general_surgery", district="chenghua")),
    ]},
    {"id": "en-cor-005", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
        ("eye doctor in Jinniu", L(specialty="ophthalmology", district="jinniu")),
        ("hmm, Shuangliu rather, we live near the airport", L(specialty="ophthalmology", district="shuangliu")),
    ]},

    {"id": "en-sym-001", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("my 3 year old has had a fever since yesterday, where can I take her?", L(specialty="pediatrics")),
        ("somewhere in Baihe", L(specialty="pediatrics", district="baihe")),
    ]},
    {"id": "en-sym-002", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("my dad suddenly can't speak properly and one side of his face is drooping", EMERGENCY),
        ("the ambulance is coming. which hospital nearby has a 24h ER? we're in Yushui",
         L(emergency=True, district="yushui")),
    ]},
    {"id": "en-sym-003", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("I had a heart attack 4 years ago, all fine now, just need a routine follow-up with a cardiologist "
         "in the high-tech zone", L(specialty="cardiology", district="high-tech-zone")),
        ("another question: I twisted my ankle playing football yesterday, it's swollen but I can walk on it",
         L(specialty="orthopedics")),
    ]},
    {"id": "en-sym-004", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("toothache for three days now, my cheek is a bit swollen", L(specialty="dentistry")),
        ("any in Qingyang?", L(specialty="dentistry", district="qingyang")),
    ]},
    {"id": "en-sym-005", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("how many mg of ibuprofen can I give my son, he's 20 kg", NOADVICE),
    ]},
    {"id": "en-sym-007", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("burning when I pee and I need to go all the time", L(specialty="urology")),
        ("different thing - I've been feeling really low and anxious for months and can't sleep. Looking for a psychiatrist "
         "who speaks German", L(specialty="psychiatry", language=["de"])),
    ]},
    {"id": "en-sym-008", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("my flatmate took a whole bottle of sleeping pills and won't wake up!!", EMERGENCY),
        ("ok ambulance called. which 24h emergency room is in Wuhou? that's where we are",
         L(emergency=True, district="wuhou")),
    ]},
    {"id": "en-sym-012", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("I'm allergic to shellfish and just ate some, my throat is closing up and I have hives everywhere", EMERGENCY),
    ]},
    {"id": "en-sym-013", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("my grandmother died of a stroke and I'm worried about my own risk, no symptoms. Is there a neurologist in Yushui?",
         L(specialty="neurology", district="yushui")),
        ("what's the address?", INFO("morningstar-general", "address")),
    ]},
    {"id": "en-sym-010", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
        ("itchy red rash on both arms since we moved here", L(specialty="dermatology")),
        ("this traffic is giving me a heart attack lol. different question: I also need a full health check-up, "
         "somewhere in the high-tech zone", L(specialty="health_checkup", district="high-tech-zone")),
    ]},

    {"id": "en-new-001", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("any hospital in Yushui District that bills Lotus Bridge Health?", L(district="yushui", insurer="lotus-bridge")),
        ("phone?", INFO("sunrise-intl", "phone")),
    ]},
    {"id": "en-new-002", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("I'm insured with Cigna, need a pediatrician", CHOICE("Cigna Global", "Cigna Sichuan Care")),
        ("@button Cigna Sichuan", L(specialty="pediatrics", insurer="cigna-sichuan")),
    ]},
    {"id": "en-new-003", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Harborline Assurance: which gynecologists accept it?", L(specialty="obstetrics_gynecology", insurer="harborline")),
        ("the one in Xiangyun Lake, what's the address?", INFO("northstar-union", "address")),
    ]},
    {"id": "en-new-004", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("cardiologist with Cigna please", CHOICE("Cigna Global", "Cigna Sichuan Care")),
        ("@button Cigna Global", L(specialty="cardiology", insurer="cigna")),
    ]},
    {"id": "en-new-005", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("rehab clinics in Baihe?", L(specialty="rehabilitation", district="baihe")),
        ("does it take Lotus Bridge?", L(specialty="rehabilitation", district="baihe", insurer="lotus-bridge")),
    ]},
    {"id": "en-new-006", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
        ("infectious disease doctor, Xiangyun Lake, Kestrel Expat",
         L(specialty="infectious_diseases", district="xiangyun-lake", insurer="kestrel-expat")),
    ]},

    {"id": "en-typo-001", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
        ("pediatrition in wuhuo", L(specialty="pediatrics", district="wuhou")),
        ("separate question, opthalmologist that takes axa", L(specialty="ophthalmology", insurer="axa")),
    ]},
    {"id": "en-typo-003", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
        ("need a gynocologist in jinjang", L(specialty="obstetrics_gynecology", district="jinjiang")),
        ("adress?", INFO("magnolia-womens", "address")),
    ]},
    {"id": "en-typo-004", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
        ("urolgist harbourline", L(specialty="urology", insurer="harborline")),
        ("also, unrelated: onkologist in yushiu pls", L(specialty="oncology", district="yushui")),
    ]},
    {"id": "en-typo-006", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
        ("is there a psychiatrst who bills bupa", L(specialty="psychiatry", insurer="bupa-global")),
        ("one more, different search: endocrinoligist for my diabetis, speaks french", L(specialty="endocrinology", language=["fr"])),
    ]},
    {"id": "en-typo-008", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
        ("tradtional chinese medecine in qingyang", L(specialty="traditional_chinese_medicine", district="qingyang")),
    ]},

    {"id": "en-cs-001", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Hi, I need a Kinderarzt for my son, preferably in Wuhou", L(specialty="pediatrics", district="wuhou")),
        ("another question: do you know a good 皮膚科 in Jinniu?", L(specialty="dermatology", district="jinniu")),
    ]},
    {"id": "en-cs-002", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
        ("looking for a dentiste near Jinjiang, my friend from Lyon said there is one",
         L(specialty="dentistry", district="jinjiang")),
        ("great, what's their numéro de téléphone?", INFO("bamboo-smile-dental", "phone")),
    ]},
    {"id": "en-cs-004", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
        ("need a Frauenarzt, my insurance is Henner", L(specialty="obstetrics_gynecology", insurer="henner")),
        ("different thing - Where's a good 耳鼻科 with a 24h emergency department?", L(specialty="ent", emergency=True)),
    ]},
    {"id": "en-cs-006", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
        ("my wife needs a Kardiologe, we're insured with Generali, anything in the high-tech zone?",
         L(specialty="cardiology", insurer="generali", district="high-tech-zone")),
    ]},

    {"id": "en-ls-001", "language": "en", "mechanism": "language_switch", "metadata": None, "turns": [
        ("Orthopedic surgeon in Tianfu New Area", L(specialty="orthopedics", district="tianfu-new-area")),
        ("Can you answer in German from now on? My husband doesn't read English well", LANG, "de"),
        ("Wie ist die Telefonnummer?", INFO("summit-bone-joint", "phone"), "de"),
    ]},
    {"id": "en-ls-002", "language": "en", "mechanism": "language_switch", "metadata": None, "turns": [
        ("please reply in French, my mother will be reading this", LANG, "fr"),
        ("Elle cherche un gynécologue qui parle français", L(specialty="obstetrics_gynecology", language=["fr"]), "fr"),
        ("celui de Wuhou, c'est quelle adresse ?", INFO("clinique-lumiere", "address"), "fr"),
    ]},
    {"id": "en-ls-003", "language": "en", "mechanism": "language_switch", "metadata": None, "turns": [
        ("could you switch to Japanese? 日本語でお願いします", LANG, "ja"),
        ("白鶴区で小児科を探しています", L(specialty="pediatrics", district="baihe"), "ja"),
    ]},

    {"id": "en-kc-001", "language": "en", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("I'm German, insured with Deutsche Weltkasse, looking for a dentist",
         L(specialty="dentistry", insurer="deutsche-weltkasse")),
        ("new search: dermatologist japanese", L(specialty="dermatology", language=["ja"])),
    ]},
    {"id": "en-kc-003", "language": "en", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("cardiologist, Deutsche Weltkasse", L(specialty="cardiology", insurer="deutsche-weltkasse")),
        ("separate question, neurologist French", L(specialty="neurology", language=["fr"])),
    ]},
    {"id": "en-kc-005", "language": "en", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("which urologist takes Deutsche Weltkasse? I don't speak any German btw",
         L(specialty="urology", insurer="deutsche-weltkasse")),
        ("also, unrelated: my husband is French and we're with Henner. Need a family doctor",
         L(specialty="general_practice", insurer="henner")),
    ]},
    {"id": "en-kc-007", "language": "en", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("internist German", L(specialty="internal_medicine", language=["de"])),
        ("do any of them bill Weltkasse?", L(specialty="internal_medicine", language=["de"], insurer="deutsche-weltkasse")),
    ]},
    {"id": "en-kc-008", "language": "en", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("pediatrician Korean", L(specialty="pediatrics", language=["ko"])),
    ]},

    {"id": "en-short-001", "language": "en", "mechanism": "short_messages", "metadata": None, "turns": [
        ("dentist jinjiang?", L(specialty="dentistry", district="jinjiang")),
    ]},
    {"id": "en-short-002", "language": "en", "mechanism": "short_messages", "metadata": None, "turns": [
        ("cardiologist yushui", L(specialty="cardiology", district="yushui")),
    ]},
    {"id": "en-short-003", "language": "en", "mechanism": "short_messages", "metadata": None, "turns": [
        ("ENT Baihe", L(specialty="ent", district="baihe")),
        ("phone?", INFO("little-oak-children", "phone")),
    ]},
    {"id": "en-short-004", "language": "en", "mechanism": "short_messages", "metadata": None, "turns": [
        ("urology shuangliu?", L(specialty="urology", district="shuangliu")),
    ]},
    {"id": "en-short-005", "language": "en", "mechanism": "short_messages", "metadata": None, "turns": [
        ("24h ER Xiangyun", L(emergency=True, district="xiangyun-lake")),
        ("phone?", INFO("northstar-union", "phone")),
    ]},
    {"id": "en-short-006", "language": "en", "mechanism": "short_messages", "metadata": None, "turns": [
        ("skin doctor Qingyang", L(specialty="dermatology", district="qingyang")),
    ]},
    {"id": "en-short-007", "language": "en", "mechanism": "short_messages", "metadata": None, "turns": [
        ("oncology, Bupa", L(specialty="oncology", insurer="bupa-global")),
    ]},
    {"id": "en-short-008", "language": "en", "mechanism": "short_messages", "metadata": None, "turns": [
        ("TCM Shuangliu", L(specialty="traditional_chinese_medicine", district="shuangliu")),
        ("psychiatrist there too?", L(specialty="psychiatry", district="shuangliu")),
    ]},
    {"id": "en-short-009", "language": "en", "mechanism": "short_messages", "metadata": None, "turns": [
        ("eye clinic, Xiangyun?", L(specialty="ophthalmology", district="xiangyun-lake")),
    ]},

    {"id": "en-sf-001", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
        ("I have AXA insurance and need an eye doctor", L(specialty="ophthalmology", insurer="axa")),
        ("one more, different search: does any pediatrician in Jinjiang have direct billing with Aetna insurance?",
         L(specialty="pediatrics", district="jinjiang", insurer="aetna-international")),
    ]},
    {"id": "en-sf-002", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
        ("which dentists offer direct billing?", L(specialty="dentistry", direct_billing=True)),
        ("how does direct billing actually work, do I pay anything at the desk?", LANG),
    ]},
    {"id": "en-sf-004", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
        ("insurance question: I'm with Taikang, need a neurologist", L(specialty="neurology", insurer="taikang-online")),
        ("another question: billing - is there a cardiac surgery department that bills Ping An directly?",
         L(specialty="cardiac_surgery", insurer="ping-an-health")),
    ]},
    {"id": "en-sf-006", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
        ("my insurance is William Russell, where can I do a health check-up?",
         L(specialty="health_checkup", insurer="william-russell")),
        ("different thing - direct billing for general surgery in Tianfu New Area?",
         L(specialty="general_surgery", district="tianfu-new-area", direct_billing=True)),
    ]},
    {"id": "en-sf-008", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
        ("Is there direct billing with Bupa Global at a French-speaking cardiology department?",
         L(specialty="cardiology", insurer="bupa-global", language=["fr"])),
    ]},
]

# ============================================================== Japanese
CONVERSATIONS += [
    {"id": "ja-base-001", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("こんにちは。日本語が話せる歯科を探しています", L(specialty="dentistry", language=["ja"])),
        ("電話番号を教えてください", INFO("seashell-dental", "phone")),
    ]},
    {"id": "ja-base-002", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("錦江区に内分泌内科はありますか", L(specialty="endocrinology", district="jinjiang")),
        ("マグノリアの住所は？", INFO("magnolia-womens", "address")),
    ]},
    {"id": "ja-base-003", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("玉水区で24時間救急をやっている病院を教えてください", L(emergency=True, district="yushui")),
        ("ありがとうございました！助かります", LANG),
    ]},
    {"id": "ja-base-004", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("すみません、ホットラインの担当の方と直接話せますか？", HOTLINE),
    ]},
    {"id": "ja-base-005", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("成華区の腫瘍科を教えてください", L(specialty="oncology", district="chenghua")),
        ("住所もお願いします", INFO("azure-cancer", "address")),
    ]},
    {"id": "ja-base-006", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
        ("初めて受診する時は何を持って行けばいいですか", LANG),
    ]},

    {"id": "ja-ctx-001", "language": "ja", "mechanism": "context", "metadata": None, "turns": [
        ("産婦人科を探しています", L(specialty="obstetrics_gynecology")),
        ("日本語が話せるところで", L(specialty="obstetrics_gynecology", language=["ja"])),
        ("玉水区だとどうですか", L(specialty="obstetrics_gynecology", language=["ja"], district="yushui")),
        ("電話番号は？", INFO("sunrise-intl", "phone")),
    ]},
    {"id": "ja-ctx-002", "language": "ja", "mechanism": "context", "metadata": None, "turns": [
        ("整形外科", L(specialty="orthopedics")),
        ("ドイツ語が話せる先生がいいです", L(specialty="orthopedics", language=["de"])),
        ("Generaliで直接請求できるところ", L(specialty="orthopedics", language=["de"], insurer="generali")),
        ("白鶴区のほうの住所を教えて", INFO("cedar-brain-spine", "address")),
    ]},
    {"id": "ja-ctx-003", "language": "ja", "mechanism": "context", "metadata": None, "turns": [
        ("人間ドックを受けたいです", L(specialty="health_checkup")),
        ("高新区で", L(specialty="health_checkup", district="high-tech-zone")),
        ("IMGの直接支払いはできますか", L(specialty="health_checkup", district="high-tech-zone", insurer="img")),
        ("さくらぎの電話番号", INFO("sakuragi-clinic", "phone")),
    ]},
    {"id": "ja-ctx-004", "language": "ja", "mechanism": "context", "metadata": None, "turns": [
        ("感染症内科を探しています。東南アジア旅行の後からずっと微熱が続いていて", L(specialty="infectious_diseases")),
        ("祥雲湖区にありますか", L(specialty="infectious_diseases", district="xiangyun-lake")),
    ]},

    {"id": "ja-cor-001", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
        ("青羊区の皮膚科", L(specialty="dermatology", district="qingyang")),
        ("すみません、金牛区の間違いでした", L(specialty="dermatology", district="jinniu")),
    ]},
    {"id": "ja-cor-002", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
        ("フランス語が通じる精神科はありますか", L(specialty="psychiatry", language=["fr"])),
        ("やっぱり言語はどれでもいいです。成華区でお願いします", L(specialty="psychiatry", district="chenghua")),
    ]},
    {"id": "ja-cor-003", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
        ("Allianzで直接請求できる内科", L(specialty="internal_medicine", insurer="allianz-care")),
        ("あ、Allianzじゃなくて、Kestrelでした", L(specialty="internal_medicine", insurer="kestrel-expat")),
        ("救急もあるところだけ", L(specialty="internal_medicine", insurer="kestrel-expat", emergency=True)),
    ]},
    {"id": "ja-cor-004", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
        ("武侯区の一般外科", L(specialty="general_surgery", district="wuhou")),
        ("地区はどこでもいいので、Ping Anが使えるところにしてください",
         L(specialty="general_surgery", insurer="ping-an-health")),
    ]},
    {"id": "ja-cor-005", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
        ("泌尿器科、双流区で", L(specialty="urology", district="shuangliu")),
        ("双流じゃなくて祥雲湖区にしてください", L(specialty="urology", district="xiangyun-lake")),
    ]},

    {"id": "ja-sym-001", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("夫が胸を押さえて苦しんでいます、冷や汗もすごい", EMERGENCY),
    ]},
    {"id": "ja-sym-002", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("子どもが昨日から熱があって咳もしています", L(specialty="pediatrics")),
        ("白鶴区で", L(specialty="pediatrics", district="baihe")),
    ]},
    {"id": "ja-sym-003", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("3年前に心筋梗塞をやりましたが今は落ち着いています。定期検診のために循環器内科を探しています",
         L(specialty="cardiology")),
        ("別件ですが、目が赤くてかゆいです、コンタクトのせいかも", L(specialty="ophthalmology")),
    ]},
    {"id": "ja-sym-005", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("解熱剤は一回に何錠まで飲んでいいですか？", NOADVICE),
    ]},
    {"id": "ja-sym-006", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("もう死にたい。今夜ぜんぶ終わりにしようと思ってる", EMERGENCY),
    ]},
    {"id": "ja-sym-007", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("ここ2週間ずっと胃がもたれて胸やけがします", L(specialty="gastroenterology")),
        ("もう一つ別の質問です。妊娠したかもしれません。日本語が話せる産婦人科がいいです",
         L(specialty="obstetrics_gynecology", language=["ja"])),
    ]},
    {"id": "ja-sym-009", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("ジョギング中に膝をひねりました。歩けますが少し腫れています", L(specialty="orthopedics")),
        ("話は変わりますが、肩こりがひどいので鍼治療を受けてみたいです", L(specialty="traditional_chinese_medicine")),
    ]},
    {"id": "ja-sym-011", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("蜂に刺されて顔がどんどん腫れてきて、息が苦しい", EMERGENCY),
    ]},
    {"id": "ja-sym-012", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
        ("糖尿病でいつもの薬が切れそうなので、内分泌の先生に診てもらいたい", L(specialty="endocrinology")),
    ]},

    {"id": "ja-new-001", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("シグナの保険で内科に行きたいです", CHOICE("Cigna Global", "Cigna Sichuan Care")),
        ("@button Cigna Sichuan", L(specialty="internal_medicine", insurer="cigna-sichuan")),
    ]},
    {"id": "ja-new-002", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("祥雲湖区の眼科", L(specialty="ophthalmology", district="xiangyun-lake")),
        ("ハーバーライン保険は使えますか", L(specialty="ophthalmology", district="xiangyun-lake", insurer="harborline")),
    ]},
    {"id": "ja-new-003", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("ロータスブリッジ・ヘルスで直接請求できる耳鼻科", L(specialty="ent", insurer="lotus-bridge")),
        ("別の検索をお願いします。白鶴区の神経内科を教えてください", L(specialty="neurology", district="baihe")),
    ]},
    {"id": "ja-new-004", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("玉水区の病院でドイチェ・ヴェルトカッセが使えるのは？", L(district="yushui", insurer="deutsche-weltkasse")),
        ("電話番号", INFO("morningstar-general", "phone")),
    ]},
    {"id": "ja-new-006", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Cignaで呼吸器内科にかかりたい", CHOICE("Cigna Global", "Cigna Sichuan Care")),
        ("@button Cigna Sichuan", L(specialty="respiratory", insurer="cigna-sichuan")),
    ]},
    {"id": "ja-new-007", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
        ("ケストレルの保険が使える歯医者さん", L(specialty="dentistry", insurer="kestrel-expat")),
    ]},

    {"id": "ja-typo-001", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
        ("小児化を探してます、武候区", L(specialty="pediatrics", district="wuhou")),
        ("別件ですが、耳鼻咽候科　白鶴区", L(specialty="ent", district="baihe")),
    ]},
    {"id": "ja-typo-003", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
        ("泌尿気科でKestelが使えるところ", L(specialty="urology", insurer="kestrel-expat")),
        ("もう一つ別の質問です。しんけい内か、祥雲湖く", L(specialty="neurology", district="xiangyun-lake")),
    ]},
    {"id": "ja-typo-004", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
        ("循環機内科、高新区", L(specialty="cardiology", district="high-tech-zone")),
        ("でんわ番号", INFO("redstone-heart", "phone")),
    ]},
    {"id": "ja-typo-006", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
        ("心臓下科はどこにありますか", L(specialty="cardiac_surgery")),
    ]},

    {"id": "ja-kana-001", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("ひふか　さがしてます", L(specialty="dermatology")),
        ("きんぎゅうく　で", L(specialty="dermatology", district="jinniu")),
    ]},
    {"id": "ja-kana-002", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("ｼﾞｭﾝｶﾝｷﾅｲｶ ｼｸﾞﾅ ﾂｶｴﾙ?", CHOICE("Cigna Global", "Cigna Sichuan Care")),
        ("@button Cigna Sichuan", L(specialty="cardiology", insurer="cigna-sichuan")),
    ]},
    {"id": "ja-kana-003", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("sanfujinka wo sagashite imasu. nihongo ga hanaseru tokoro",
         L(specialty="obstetrics_gynecology", language=["ja"])),
        ("べつの しつもんです。ぎょくすい　の　きゅうきゅう", L(emergency=True, district="yushui")),
    ]},
    {"id": "ja-kana-005", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("ｶﾞﾝ ﾉ ｾﾝﾓﾝ ﾋﾞｮｳｲﾝ ｦ ｻｶﾞｼﾃｲﾏｽ", L(specialty="oncology")),
        ("はなしは かわりますが、はいしゃ　しょううんこ", L(specialty="dentistry", district="xiangyun-lake")),
    ]},
    {"id": "ja-kana-007", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("seishinka, doitsugo ga hanaseru sensei", L(specialty="psychiatry", language=["de"])),
        ("べつの しつもんです。かんせんしょうないか　ハーバーライン", L(specialty="infectious_diseases", insurer="harborline")),
    ]},
    {"id": "ja-kana-008", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("ﾘﾊﾋﾞﾘ ｵﾝｺｳ", L(specialty="rehabilitation", district="wenjiang")),
        ("ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ", INFO("silverpine-rehab", "phone")),
    ]},
    {"id": "ja-kana-010", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
        ("naika, yushui ku de onegai shimasu", L(specialty="internal_medicine", district="yushui")),
    ]},

    {"id": "ja-cs-001", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Pediatricianを探してます。Wuhouあたりで", L(specialty="pediatrics", district="wuhou")),
        ("話は変わりますが、Zahnarztを探してます、DWKが使えるところ", L(specialty="dentistry", insurer="deutsche-weltkasse")),
    ]},
    {"id": "ja-cs-003", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
        ("urgences 24h がある病院、白鶴区で", L(emergency=True, district="baihe")),
        ("addressを教えてください", INFO("little-oak-children", "address")),
    ]},
    {"id": "ja-cs-004", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
        ("general surgeryがあってdirect billingできる病院、成華区で",
         L(specialty="general_surgery", district="chenghua", direct_billing=True)),
        ("別の検索をお願いします。gastroの専門医で、International SOSが使えるところ",
         L(specialty="gastroenterology", insurer="international-sos")),
    ]},
    {"id": "ja-cs-005", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Hautarztに行きたいんですけど、クリスタル皮膚科のphone numberは？", INFO("crystal-skin", "phone")),
    ]},

    {"id": "ja-ls-001", "language": "ja", "mechanism": "language_switch", "metadata": None, "turns": [
        ("金牛区の眼科を探しています", L(specialty="ophthalmology", district="jinniu")),
        ("英語で答えてもらえますか？夫に見せたいので", LANG, "en"),
        ("What's the phone number?", INFO("clearview-eye", "phone"), "en"),
    ]},
    {"id": "ja-ls-002", "language": "ja", "mechanism": "language_switch", "metadata": None, "turns": [
        ("ドイツ語で返信してください", LANG, "de"),
        ("Ich suche eine Urologie mit Notaufnahme in Yushui",
         L(specialty="urology", emergency=True, district="yushui"), "de"),
        ("Adresse bitte", INFO("morningstar-general", "address"), "de"),
    ]},
    {"id": "ja-ls-003", "language": "ja", "mechanism": "language_switch", "metadata": None, "turns": [
        ("ここからフランス語で話してもらえますか", LANG, "fr"),
        ("un dermatologue à Wuhou ?", L(specialty="dermatology", district="wuhou"), "fr"),
    ]},

    {"id": "ja-kc-001", "language": "ja", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("ドイチェ・ヴェルトカッセに加入しています。整形外科を探しています",
         L(specialty="orthopedics", insurer="deutsche-weltkasse")),
        ("別件ですが、小児科　韓国語", L(specialty="pediatrics", language=["ko"])),
    ]},
    {"id": "ja-kc-003", "language": "ja", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("夫はドイツ人です。循環器内科でDeutsche Weltkasseが使えるところ",
         L(specialty="cardiology", insurer="deutsche-weltkasse")),
        ("もう一つ別の質問です。歯科 フランス語", L(specialty="dentistry", language=["fr"])),
    ]},
    {"id": "ja-kc-005", "language": "ja", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("ヴェルトカッセで救急外来にかかれる病院", L(emergency=True, insurer="deutsche-weltkasse")),
        ("話は変わりますが、家族はフランス人で、Hennerに加入しています。かかりつけ医を探しています",
         L(specialty="general_practice", insurer="henner")),
    ]},
    {"id": "ja-kc-006", "language": "ja", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("眼科　日本語", L(specialty="ophthalmology", language=["ja"])),
        ("電話は？", INFO("clearview-eye", "phone")),
    ]},
    {"id": "ja-kc-008", "language": "ja", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("神経内科 ロシア語", L(specialty="neurology", language=["ru"])),
    ]},

    {"id": "ja-short-001", "language": "ja", "mechanism": "short_messages", "metadata": None, "turns": [
        ("歯科　青羊区", L(specialty="dentistry", district="qingyang")),
    ]},
    {"id": "ja-short-002", "language": "ja", "mechanism": "short_messages", "metadata": None, "turns": [
        ("眼科　双流", L(specialty="ophthalmology", district="shuangliu")),
    ]},
    {"id": "ja-short-003", "language": "ja", "mechanism": "short_messages", "metadata": None, "turns": [
        ("皮膚科　武侯区？", L(specialty="dermatology", district="wuhou")),
    ]},
    {"id": "ja-short-004", "language": "ja", "mechanism": "short_messages", "metadata": None, "turns": [
        ("救急　祥雲湖", L(emergency=True, district="xiangyun-lake")),
    ]},
    {"id": "ja-short-005", "language": "ja", "mechanism": "short_messages", "metadata": None, "turns": [
        ("漢方　青羊区", L(specialty="traditional_chinese_medicine", district="qingyang")),
        ("住所は？", INFO("camphor-tcm", "address")),
    ]},
    {"id": "ja-short-006", "language": "ja", "mechanism": "short_messages", "metadata": None, "turns": [
        ("心臓外科　平安", L(specialty="cardiac_surgery", insurer="ping-an-health")),
    ]},
    {"id": "ja-short-007", "language": "ja", "mechanism": "short_messages", "metadata": None, "turns": [
        ("リハビリ　天府新区", L(specialty="rehabilitation", district="tianfu-new-area")),
    ]},
    {"id": "ja-short-008", "language": "ja", "mechanism": "short_messages", "metadata": None, "turns": [
        ("産婦人科　錦江区", L(specialty="obstetrics_gynecology", district="jinjiang")),
    ]},
    {"id": "ja-short-009", "language": "ja", "mechanism": "short_messages", "metadata": None, "turns": [
        ("内科　高新区", L(specialty="internal_medicine", district="high-tech-zone")),
    ]},

    {"id": "ja-sf-001", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
        ("AXAの保険で行ける歯科はありますか", L(specialty="dentistry", insurer="axa")),
        ("別の検索をお願いします。保険はBupaです。精神科を受診したい", L(specialty="psychiatry", insurer="bupa-global")),
    ]},
    {"id": "ja-sf-002", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
        ("直接請求ができる皮膚科はありますか", L(specialty="dermatology", direct_billing=True)),
        ("直接請求ってどういう仕組みですか？窓口では払わなくていいの？", LANG),
    ]},
    {"id": "ja-sf-004", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
        ("保険はNow Healthです。人間ドックを受けられるところ", L(specialty="health_checkup", insurer="now-health")),
        ("別件ですが、キャッシュレスで受診できる小児科で、日本語が話せるところ",
         L(specialty="pediatrics", language=["ja"], direct_billing=True)),
    ]},
    {"id": "ja-sf-006", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
        ("April Internationalの直接支払いができる婦人科", L(specialty="obstetrics_gynecology", insurer="april-international")),
        ("もう一つ別の質問です。保険の直接請求ができる泌尿器科を教えてください", L(specialty="urology", direct_billing=True)),
    ]},
    {"id": "ja-sf-008", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
        ("Taikangの保険で使えるリハビリ病院", L(specialty="rehabilitation", insurer="taikang-online")),
    ]},
]

# ============================================================== German
CONVERSATIONS += [
    {"id": "de-base-001", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Guten Tag, ich suche einen Augenarzt in Jinniu.", L(specialty="ophthalmology", district="jinniu")),
        ("Wie lautet die Adresse?", INFO("clearview-eye", "address")),
        ("Danke schön!", LANG),
    ]},
    {"id": "de-base-002", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Gibt es eine Herzchirurgie, die mit Allianz direkt abrechnet?",
         L(specialty="cardiac_surgery", insurer="allianz-care")),
        ("Telefonnummer?", INFO("sunrise-intl", "phone")),
    ]},
    {"id": "de-base-003", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Hallo! Welche Unterlagen muss ich zum Arzttermin mitbringen?", LANG),
        ("Und ich hätte gern einen Hausarzt in Qingyang", L(specialty="general_practice", district="qingyang")),
    ]},
    {"id": "de-base-004", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Kann ich bitte mit einem Mitarbeiter der Hotline sprechen?", HOTLINE),
    ]},
    {"id": "de-base-005", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
        ("Ich suche eine Klinik für Infektionskrankheiten in Shuangliu",
         L(specialty="infectious_diseases", district="shuangliu")),
    ]},

    {"id": "de-ctx-001", "language": "de", "mechanism": "context", "metadata": None, "turns": [
        ("Wir brauchen einen Kinderarzt.", L(specialty="pediatrics")),
        ("am besten deutschsprachig", L(specialty="pediatrics", language=["de"])),
        ("mit Direktabrechnung über Allianz", L(specialty="pediatrics", language=["de"], insurer="allianz-care")),
        ("Die Praxis in Qingyang – Telefonnummer bitte", INFO("westgate-clinic", "phone")),
    ]},
    {"id": "de-ctx-002", "language": "de", "mechanism": "context", "metadata": None, "turns": [
        ("Ich suche einen Neurologen", L(specialty="neurology")),
        ("in Baihe", L(specialty="neurology", district="baihe")),
        ("und mit Lotus Bridge?", L(specialty="neurology", district="baihe", insurer="lotus-bridge")),
        ("Adresse?", INFO("cedar-brain-spine", "address")),
    ]},
    {"id": "de-ctx-003", "language": "de", "mechanism": "context", "metadata": None, "turns": [
        ("Hautarzt gesucht", L(specialty="dermatology")),
        ("englischsprachig würde reichen", L(specialty="dermatology", language=["en"])),
        ("in Wuhou", L(specialty="dermatology", language=["en"], district="wuhou")),
    ]},
    {"id": "de-ctx-004", "language": "de", "mechanism": "context", "metadata": None, "turns": [
        ("Ich bräuchte eine Lungenfachärztin", L(specialty="respiratory")),
        ("mit 24-Stunden-Notaufnahme", L(specialty="respiratory", emergency=True)),
        ("in Jadewasser, also Yushui", L(specialty="respiratory", emergency=True, district="yushui")),
    ]},
    {"id": "de-ctx-005", "language": "de", "mechanism": "context", "metadata": None, "turns": [
        ("Ich suche eine Praxis für Traditionelle Chinesische Medizin", L(specialty="traditional_chinese_medicine")),
        ("in Qingyang", L(specialty="traditional_chinese_medicine", district="qingyang")),
        ("Wie komme ich hin, welche Adresse?", INFO("camphor-tcm", "address")),
    ]},

    {"id": "de-cor-001", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
        ("Urologe in Jinjiang", L(specialty="urology", district="jinjiang")),
        ("Korrektur: Xiangyun-See, nicht Jinjiang", L(specialty="urology", district="xiangyun-lake")),
        ("Bezirk egal, aber mit Notaufnahme", L(specialty="urology", emergency=True)),
    ]},
    {"id": "de-cor-002", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
        ("Zahnarzt, der Französisch spricht", L(specialty="dentistry", language=["fr"])),
        ("lieber Deutsch statt Französisch", L(specialty="dentistry", language=["de"])),
    ]},
    {"id": "de-cor-003", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
        ("Gynäkologin mit Henner-Direktabrechnung", L(specialty="obstetrics_gynecology", insurer="henner")),
        ("ach nee, wir sind seit Januar bei Harborline", L(specialty="obstetrics_gynecology", insurer="harborline")),
        ("vergiss die Versicherung, Hauptsache in Yushui", L(specialty="obstetrics_gynecology", district="yushui")),
    ]},
    {"id": "de-cor-004", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
        ("Onkologie in Chenghua mit Taikang", L(specialty="oncology", district="chenghua", insurer="taikang-online")),
        ("Versicherung streichen, und Yushui statt Chenghua", L(specialty="oncology", district="yushui")),
    ]},
    {"id": "de-cor-005", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
        ("HNO am Xiangyun-See", L(specialty="ent", district="xiangyun-lake")),
        ("doch lieber eins mit Notaufnahme, der Bezirk ist egal", L(specialty="ent", emergency=True)),
    ]},
    {"id": "de-cor-006", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
        ("Augenklinik in Shuangliu", L(specialty="ophthalmology", district="shuangliu")),
        ("nein, Jinniu statt Shuangliu", L(specialty="ophthalmology", district="jinniu")),
    ]},

    {"id": "de-sym-001", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Mein Mann hat plötzlich starke Brustschmerzen, die in den linken Arm ziehen, und schwitzt total", EMERGENCY),
    ]},
    {"id": "de-sym-002", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Meine Tochter ist 2 und hat seit gestern 39 Grad Fieber", L(specialty="pediatrics")),
        ("gibt es was in Wuhou?", L(specialty="pediatrics", district="wuhou")),
    ]},
    {"id": "de-sym-003", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ich habe seit Tagen Zahnschmerzen, links unten, kann kaum kauen", L(specialty="dentistry")),
        ("Telefon von Seashell?", INFO("seashell-dental", "phone")),
    ]},
    {"id": "de-sym-004", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Meine Frau blutet nach der Geburt sehr stark und ist ganz blass", EMERGENCY),
    ]},
    {"id": "de-sym-005", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ich hatte vor zwei Jahren einen Schlaganfall, jetzt suche ich eine Reha zur Nachsorge",
         L(specialty="rehabilitation")),
        ("Andere Frage: Seit Wochen Sodbrennen und Bauchschmerzen nach dem Essen", L(specialty="gastroenterology")),
    ]},
    {"id": "de-sym-006", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Wie viel Paracetamol darf ich meinem Kind geben? Sie wiegt 14 kg", NOADVICE),
    ]},
    {"id": "de-sym-008", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Mir ist beim Basketball das Handgelenk umgeknickt, geschwollen, aber ich kann es bewegen",
         L(specialty="orthopedics")),
        ("Noch was anderes: Ich schlafe seit Wochen kaum und bin ständig niedergeschlagen. Gibt es einen Psychiater hier?",
         L(specialty="psychiatry")),
    ]},
    {"id": "de-sym-010", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Blut im Urin seit gestern, aber keine Schmerzen", L(specialty="urology")),
        ("Neue Suche: Mein Blutzucker ist viel zu hoch, mein Hausarzt meint, ich soll zum Endokrinologen",
         L(specialty="endocrinology")),
    ]},
    {"id": "de-sym-011", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Hilfe, mein Kollege ist umgekippt und atmet nicht mehr!", EMERGENCY),
    ]},
    {"id": "de-sym-013", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ich hatte letztes Jahr einen Herzinfarkt, jetzt ist alles stabil. Ich brauche nur die Routinekontrolle "
         "beim Kardiologen, gern deutschsprachig", L(specialty="cardiology", language=["de"])),
    ]},

    {"id": "de-new-001", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Ich bin bei Cigna versichert und brauche einen Internisten", CHOICE("Cigna Global", "Cigna Sichuan Care")),
        ("@button Cigna Global", L(specialty="internal_medicine", insurer="cigna")),
    ]},
    {"id": "de-new-002", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Gibt es im Bezirk Xiangyun-See ein Krankenhaus mit Notaufnahme?", L(emergency=True, district="xiangyun-lake")),
        ("rechnet es direkt mit Kestrel ab?", L(emergency=True, district="xiangyun-lake", insurer="kestrel-expat")),
    ]},
    {"id": "de-new-003", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("HNO-Arzt, der mit Harborline abrechnet", L(specialty="ent", insurer="harborline")),
        ("Separate Frage – Welche Kliniken in Yushui rechnen mit Kestrel Expat ab?", L(district="yushui", insurer="kestrel-expat")),
    ]},
    {"id": "de-new-004", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Kinderklinik im Bezirk Weißer Kranich?", L(specialty="pediatrics", district="baihe")),
        ("Adresse bitte", INFO("little-oak-children", "address")),
    ]},
    {"id": "de-new-005", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Hautarzt mit Cigna", CHOICE("Cigna Global", "Cigna Sichuan Care")),
        ("@button Cigna Sichuan", L(specialty="dermatology", insurer="cigna-sichuan")),
    ]},
    {"id": "de-new-007", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Frauenklinik am Xiangyunsee", L(specialty="obstetrics_gynecology", district="xiangyun-lake")),
    ]},
    {"id": "de-new-008", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Moin! Gibt's eine Kardiologie in der Hightech-Zone?", L(specialty="cardiology", district="high-tech-zone")),
        ("Kann man da direkt mit Cigna abrechnen?", CHOICE("Cigna Global", "Cigna Sichuan Care")),
        ("@button Cigna Sichuan", L(specialty="cardiology", district="high-tech-zone", insurer="cigna-sichuan")),
    ]},

    {"id": "de-typo-001", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
        ("zahnartz in qingyang", L(specialty="dentistry", district="qingyang")),
        ("Andere Frage: Kinderartz mit Notaufname", L(specialty="pediatrics", emergency=True)),
    ]},
    {"id": "de-typo-003", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
        ("Kardiolge in Yuschui", L(specialty="cardiology", district="yushui")),
        ("Noch was anderes: Orthopäde, Versicherung Weltkase", L(specialty="orthopedics", insurer="deutsche-weltkasse")),
    ]},
    {"id": "de-typo-005", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
        ("augenartz jinnui", L(specialty="ophthalmology", district="jinniu")),
        ("telefonnumer?", INFO("clearview-eye", "phone")),
    ]},
    {"id": "de-typo-006", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
        ("Hals-Nasen-Orhen in baihe", L(specialty="ent", district="baihe")),
        ("Neue Suche: gastroentrologe mit direktabrechnung", L(specialty="gastroenterology", direct_billing=True)),
    ]},
    {"id": "de-typo-008", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
        ("Neurolge chenghau", L(specialty="neurology", district="chenghua")),
    ]},

    {"id": "de-cs-001", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Hallo, ich suche einen pediatrician, der English spricht", L(specialty="pediatrics", language=["en"])),
        ("Separate Frage – Wo finde ich einen dentist in Jinjiang, am besten mit direct billing?",
         L(specialty="dentistry", district="jinjiang", direct_billing=True)),
    ]},
    {"id": "de-cs-003", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Mein Mann braucht einen cardiologue, wir wohnen in Yushui", L(specialty="cardiology", district="yushui")),
        ("Und die adresse von Sunrise?", INFO("sunrise-intl", "address")),
    ]},
    {"id": "de-cs-004", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Ich suche eine 産婦人科, also Frauenärztin, die Japanisch spricht",
         L(specialty="obstetrics_gynecology", language=["ja"])),
        ("Andere Frage: Gibt es ein health check-up center mit Now Health?", L(specialty="health_checkup", insurer="now-health")),
    ]},
    {"id": "de-cs-006", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Brauche Physiotherapie, also rehab nach meiner Knie-OP, in der Tianfu New Area",
         L(specialty="rehabilitation", district="tianfu-new-area")),
    ]},

    {"id": "de-ls-001", "language": "de", "mechanism": "language_switch", "metadata": None, "turns": [
        ("Endokrinologie in Jinjiang", L(specialty="endocrinology", district="jinjiang")),
        ("Kannst du bitte auf Englisch antworten? Mein Kollege liest mit", LANG, "en"),
        ("What's the address of Lindenhof?", INFO("lindenhof-praxis", "address"), "en"),
    ]},
    {"id": "de-ls-002", "language": "de", "mechanism": "language_switch", "metadata": None, "turns": [
        ("Bitte antworte ab jetzt auf Japanisch, meine Frau ist Japanerin", LANG, "ja"),
        ("日本語が話せる皮膚科はありますか", L(specialty="dermatology", language=["ja"]), "ja"),
        ("クリスタルの電話番号を教えてください", INFO("crystal-skin", "phone"), "ja"),
    ]},
    {"id": "de-ls-003", "language": "de", "mechanism": "language_switch", "metadata": None, "turns": [
        ("Könntest du auf Französisch wechseln?", LANG, "fr"),
        ("Je cherche un service d'urgences à Baihe", L(emergency=True, district="baihe"), "fr"),
    ]},

    {"id": "de-kc-001", "language": "de", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("Ich bin bei der Deutschen Weltkasse versichert und suche eine Notaufnahme",
         L(emergency=True, insurer="deutsche-weltkasse")),
        ("Noch was anderes: Kinderarzt koreanisch", L(specialty="pediatrics", language=["ko"])),
    ]},
    {"id": "de-kc-003", "language": "de", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("Orthopäde Französisch", L(specialty="orthopedics", language=["fr"])),
        ("Neue Suche: versichert bei Deutsche Weltkasse, brauche einen Allgemeinarzt",
         L(specialty="general_practice", insurer="deutsche-weltkasse")),
    ]},
    {"id": "de-kc-005", "language": "de", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("Ich bin Deutscher, spreche aber gut Englisch. Suche einen Hautarzt in Jinniu",
         L(specialty="dermatology", district="jinniu")),
        ("Separate Frage – Gibt es einen deutschsprachigen Urologen, der die Deutsche Weltkasse nimmt?",
         L(specialty="urology", language=["de"], insurer="deutsche-weltkasse")),
    ]},
    {"id": "de-kc-007", "language": "de", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("Augenarzt japanisch", L(specialty="ophthalmology", language=["ja"])),
        ("Andere Frage: HNO, versichert bei Lotus Bridge", L(specialty="ent", insurer="lotus-bridge")),
    ]},
    {"id": "de-kc-009", "language": "de", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("Allgemeinmedizin italienisch", L(specialty="general_practice", language=["it"])),
    ]},

    {"id": "de-short-001", "language": "de", "mechanism": "short_messages", "metadata": None, "turns": [
        ("Neurologe Wenjiang", L(specialty="neurology", district="wenjiang")),
    ]},
    {"id": "de-short-002", "language": "de", "mechanism": "short_messages", "metadata": None, "turns": [
        ("Hautarzt Wuhou?", L(specialty="dermatology", district="wuhou")),
    ]},
    {"id": "de-short-003", "language": "de", "mechanism": "short_messages", "metadata": None, "turns": [
        ("Notaufnahme Baihe", L(emergency=True, district="baihe")),
        ("Telefon?", INFO("little-oak-children", "phone")),
    ]},
    {"id": "de-short-004", "language": "de", "mechanism": "short_messages", "metadata": None, "turns": [
        ("Zahnarzt Xiangyun?", L(specialty="dentistry", district="xiangyun-lake")),
    ]},
    {"id": "de-short-005", "language": "de", "mechanism": "short_messages", "metadata": None, "turns": [
        ("Frauenarzt Yushui", L(specialty="obstetrics_gynecology", district="yushui")),
    ]},
    {"id": "de-short-006", "language": "de", "mechanism": "short_messages", "metadata": None, "turns": [
        ("Chirurgie Tianfu", L(specialty="general_surgery", district="tianfu-new-area")),
    ]},
    {"id": "de-short-007", "language": "de", "mechanism": "short_messages", "metadata": None, "turns": [
        ("Onkologie Yushui", L(specialty="oncology", district="yushui")),
    ]},
    {"id": "de-short-008", "language": "de", "mechanism": "short_messages", "metadata": None, "turns": [
        ("Psychiater Chenghua", L(specialty="psychiatry", district="chenghua")),
    ]},
    {"id": "de-short-009", "language": "de", "mechanism": "short_messages", "metadata": None, "turns": [
        ("Check-up Hightech-Zone", L(specialty="health_checkup", district="high-tech-zone")),
    ]},
    {"id": "de-short-010", "language": "de", "mechanism": "short_messages", "metadata": None, "turns": [
        ("Akupunktur Wenjiang", L(specialty="traditional_chinese_medicine", district="wenjiang")),
    ]},

    {"id": "de-sf-001", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
        ("Ich habe eine Versicherung bei Bupa – welcher Augenarzt rechnet direkt ab?",
         L(specialty="ophthalmology", insurer="bupa-global")),
        ("Noch was anderes: Versicherung: Generali. Brauche einen Urologen.", L(specialty="urology", insurer="generali")),
    ]},
    {"id": "de-sf-002", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
        ("Welche Kinderkliniken bieten Direktabrechnung an?", L(specialty="pediatrics", direct_billing=True)),
        ("Wie funktioniert die Direktabrechnung eigentlich genau?", LANG),
    ]},
    {"id": "de-sf-004", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
        ("Direktabrechnung mit IMG für Allgemeinmedizin?", L(specialty="general_practice", insurer="img")),
        ("Neue Suche: Abrechnung über Henner möglich beim Psychiater?", L(specialty="psychiatry", insurer="henner")),
    ]},
    {"id": "de-sf-006", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
        ("Meine Versicherung ist Aetna. Gibt es eine Onkologie, die direkt abrechnet?",
         L(specialty="oncology", insurer="aetna-international")),
        ("Separate Frage – Welcher Kardiologe in Jinjiang hat Direktabrechnung?",
         L(specialty="cardiology", district="jinjiang", direct_billing=True)),
    ]},
    {"id": "de-sf-008", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
        ("Versicherungsfrage: rechnet eine Klinik mit Notaufnahme direkt mit Ping An ab?",
         L(emergency=True, insurer="ping-an-health")),
    ]},
]

# ============================================================== French
CONVERSATIONS += [
    {"id": "fr-base-001", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("Bonjour, je cherche un pédiatre à Wuhou", L(specialty="pediatrics", district="wuhou")),
        ("Le numéro de la Clinique Lumière, svp ?", INFO("clinique-lumiere", "phone")),
        ("Merci beaucoup !", LANG),
    ]},
    {"id": "fr-base-002", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("Y a-t-il un service de chirurgie cardiaque où l'on parle français ?",
         L(specialty="cardiac_surgery", language=["fr"])),
        ("Quelle est l'adresse ?", INFO("sunrise-intl", "address")),
    ]},
    {"id": "fr-base-003", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("Est-ce que je peux parler à quelqu'un de la hotline ?", HOTLINE),
        ("Sinon, je cherche un gastro-entérologue dans la zone High-Tech",
         L(specialty="gastroenterology", district="high-tech-zone")),
    ]},
    {"id": "fr-base-004", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("Bonsoir, qu'est-ce que je dois apporter pour une consultation ? passeport, carte d'assurance ?", LANG),
        ("et un ORL à Baihe ?", L(specialty="ent", district="baihe")),
    ]},
    {"id": "fr-base-005", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
        ("Je voudrais un neurologue dans le district de Chenghua", L(specialty="neurology", district="chenghua")),
        ("adresse ?", INFO("stillbrook-mind", "address")),
        ("Merci, bonne journée !", LANG),
    ]},

    {"id": "fr-ctx-001", "language": "fr", "mechanism": "context", "metadata": None, "turns": [
        ("Je cherche un dermatologue", L(specialty="dermatology")),
        ("qui parle français", L(specialty="dermatology", language=["fr"])),
        ("et qui accepte le tiers payant avec April ?",
         L(specialty="dermatology", language=["fr"], insurer="april-international")),
        ("c'est où exactement ?", INFO("clinique-lumiere", "address")),
    ]},
    {"id": "fr-ctx-002", "language": "fr", "mechanism": "context", "metadata": None, "turns": [
        ("un cardiologue, s'il vous plaît", L(specialty="cardiology")),
        ("avec des urgences 24h/24", L(specialty="cardiology", emergency=True)),
        ("plutôt à Yushui", L(specialty="cardiology", emergency=True, district="yushui")),
        ("et le téléphone ?", INFO("sunrise-intl", "phone")),
    ]},
    {"id": "fr-ctx-003", "language": "fr", "mechanism": "context", "metadata": None, "turns": [
        ("Médecine interne ?", L(specialty="internal_medicine")),
        ("dans la zone High-Tech", L(specialty="internal_medicine", district="high-tech-zone")),
        ("avec du personnel qui parle japonais, c'est pour ma voisine",
         L(specialty="internal_medicine", district="high-tech-zone", language=["ja"])),
        ("Evergreen, c'est quel numéro ?", INFO("evergreen-screening", "phone")),
    ]},
    {"id": "fr-ctx-004", "language": "fr", "mechanism": "context", "metadata": None, "turns": [
        ("J'ai besoin d'un urologue", L(specialty="urology")),
        ("à Shuangliu, près de l'aéroport", L(specialty="urology", district="shuangliu")),
        ("et un psychiatre, toujours à Shuangliu ?", L(specialty="psychiatry", district="shuangliu")),
    ]},

    {"id": "fr-cor-001", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
        ("Gynécologue à Jinjiang", L(specialty="obstetrics_gynecology", district="jinjiang")),
        ("pardon, je voulais dire Wuhou", L(specialty="obstetrics_gynecology", district="wuhou")),
        ("finalement peu importe le quartier, mais avec tiers payant Henner",
         L(specialty="obstetrics_gynecology", insurer="henner")),
    ]},
    {"id": "fr-cor-002", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
        ("ophtalmo qui parle japonais", L(specialty="ophthalmology", language=["ja"])),
        ("non, plutôt français que japonais", L(specialty="ophthalmology", language=["fr"])),
    ]},
    {"id": "fr-cor-003", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
        ("chirurgien général avec AXA", L(specialty="general_surgery", insurer="axa")),
        ("en fait c'est Allianz, pas AXA", L(specialty="general_surgery", insurer="allianz-care")),
        ("oubliez l'assurance, à Tianfu", L(specialty="general_surgery", district="tianfu-new-area")),
    ]},
    {"id": "fr-cor-004", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
        ("pneumologue à Baihe", L(specialty="respiratory", district="baihe")),
        ("à Chenghua plutôt", L(specialty="respiratory", district="chenghua")),
    ]},
    {"id": "fr-cor-005", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
        ("Un endocrinologue qui parle allemand, avec des urgences",
         L(specialty="endocrinology", language=["de"], emergency=True)),
        ("sans les urgences finalement", L(specialty="endocrinology", language=["de"])),
    ]},

    {"id": "fr-sym-001", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Mon fils de 4 ans a de la fièvre et il tousse depuis hier soir", L(specialty="pediatrics")),
        ("à Baihe si possible", L(specialty="pediatrics", district="baihe")),
    ]},
    {"id": "fr-sym-002", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Ma femme ne peut plus bouger le bras droit et elle parle bizarrement depuis 10 minutes", EMERGENCY),
    ]},
    {"id": "fr-sym-003", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Je me suis tordu le genou au foot, ça gonfle un peu mais je marche", L(specialty="orthopedics")),
        ("à Tianfu ?", L(specialty="orthopedics", district="tianfu-new-area")),
    ]},
    {"id": "fr-sym-004", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("J'ai fait un infarctus il y a 5 ans, tout va bien, c'est juste pour le suivi annuel chez un "
         "cardiologue à Jinjiang", L(specialty="cardiology", district="jinjiang")),
        ("Autre question : J'ai des plaques rouges qui grattent sur le cou depuis une semaine", L(specialty="dermatology")),
    ]},
    {"id": "fr-sym-005", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Quelle dose de Doliprane pour un bébé de 8 mois ?", NOADVICE),
    ]},
    {"id": "fr-sym-006", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Mon ami a le visage qui gonfle et il n'arrive plus à respirer après avoir mangé des cacahuètes", EMERGENCY),
    ]},
    {"id": "fr-sym-008", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Je n'en peux plus, je pense à me suicider ce soir", EMERGENCY),
    ]},
    {"id": "fr-sym-009", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("J'ai mal aux dents depuis 3 jours, surtout avec le froid", L(specialty="dentistry")),
        ("il y en a un à Xiangyun ?", L(specialty="dentistry", district="xiangyun-lake")),
    ]},
    {"id": "fr-sym-010", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Je suis enceinte de 3 mois, je cherche un suivi de grossesse", L(specialty="obstetrics_gynecology")),
        ("Autre chose : des brûlures en urinant depuis 2 jours", L(specialty="urology")),
    ]},
    {"id": "fr-sym-012", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("je tousse depuis trois semaines, pas de fièvre, pas de douleur", L(specialty="respiratory")),
    ]},
    {"id": "fr-sym-013", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
        ("Rien de grave, je me suis coupé le doigt en cuisinant, ça ne saigne plus, mais je voudrais des "
         "urgences ouvertes la nuit pour des points", L(emergency=True)),
        ("à Wuhou", L(emergency=True, district="wuhou")),
        ("numéro ?", INFO("hibiscus-intl", "phone")),
    ]},

    {"id": "fr-new-001", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Je suis assurée chez Cigna, je cherche un gynécologue", CHOICE("Cigna Global", "Cigna Sichuan Care")),
        ("@button Cigna Sichuan", L(specialty="obstetrics_gynecology", insurer="cigna-sichuan")),
    ]},
    {"id": "fr-new-002", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Y a-t-il des urgences dans le district du Lac Xiangyun ?", L(emergency=True, district="xiangyun-lake")),
        ("et ils prennent Harborline ?", L(emergency=True, district="xiangyun-lake", insurer="harborline")),
        ("adresse ?", INFO("northstar-union", "address")),
    ]},
    {"id": "fr-new-003", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
        ("un ORL avec tiers payant Lotus Bridge Santé", L(specialty="ent", insurer="lotus-bridge")),
        ("Nouvelle recherche : un médecin généraliste à Eau de Jade", L(specialty="general_practice", district="yushui")),
    ]},
    {"id": "fr-new-005", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Cigna, pédiatre à Yushui", CHOICE("Cigna Global", "Cigna Sichuan Care")),
        ("@button Cigna Global", L(specialty="pediatrics", district="yushui", insurer="cigna")),
    ]},
    {"id": "fr-new-006", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
        ("Quels hôpitaux de Baihe travaillent avec Lotus Bridge ?", L(district="baihe", insurer="lotus-bridge")),
        ("Question différente : un neurologue qui accepte Kestrel Expat", L(specialty="neurology", insurer="kestrel-expat")),
    ]},

    {"id": "fr-typo-001", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
        ("pediatre qui parle francais a yushui", L(specialty="pediatrics", language=["fr"], district="yushui")),
        ("Autre question : dermatolgue jinniu", L(specialty="dermatology", district="jinniu")),
    ]},
    {"id": "fr-typo-003", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
        ("ophtalmologue a xiangyun, tiers payant harbourline",
         L(specialty="ophthalmology", district="xiangyun-lake", insurer="harborline")),
        ("Autre chose : cancerologue avec ping an", L(specialty="oncology", insurer="ping-an-health")),
    ]},
    {"id": "fr-typo-004", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
        ("gastro-enterologe a chengua", L(specialty="gastroenterology", district="chenghua")),
        ("numero de tel ?", INFO("azure-cancer", "phone")),
    ]},
    {"id": "fr-typo-006", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
        ("psychiatrre a shuanglu", L(specialty="psychiatry", district="shuangliu")),
        ("Nouvelle recherche : endocrinologe a jinjang", L(specialty="endocrinology", district="jinjiang")),
    ]},
    {"id": "fr-typo-008", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
        ("medecine traditionelle chinoise, accupuncture", L(specialty="traditional_chinese_medicine")),
    ]},

    {"id": "fr-cs-001", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Salut, je cherche un dentist qui parle English à Jinjiang",
         L(specialty="dentistry", language=["en"], district="jinjiang")),
        ("Question différente : un bon 整形外科 à Baihe ?", L(specialty="orthopedics", district="baihe")),
    ]},
    {"id": "fr-cs-002", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
        ("J'ai besoin d'un Hautarzt... euh, un dermatologue, à Qingyang", L(specialty="dermatology", district="qingyang")),
        ("leur phone number ?", INFO("westgate-clinic", "phone")),
    ]},
    {"id": "fr-cs-004", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
        ("Je cherche un check-up complet, genre full body health screening, avec International SOS",
         L(specialty="health_checkup", insurer="international-sos")),
        ("Autre question : Mon mari a besoin d'un Urologe, on est couverts par Generali", L(specialty="urology", insurer="generali")),
    ]},
    {"id": "fr-cs-006", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
        ("rehab center pour ma mère après son AVC de l'an dernier, à Wenjiang",
         L(specialty="rehabilitation", district="wenjiang")),
    ]},

    {"id": "fr-ls-001", "language": "fr", "mechanism": "language_switch", "metadata": None, "turns": [
        ("Un infectiologue à Shuangliu ?", L(specialty="infectious_diseases", district="shuangliu")),
        ("Tu peux répondre en anglais ? c'est pour un collègue", LANG, "en"),
        ("And their phone number?", INFO("osmanthus-plaza", "phone"), "en"),
    ]},
    {"id": "fr-ls-002", "language": "fr", "mechanism": "language_switch", "metadata": None, "turns": [
        ("Réponds en allemand s'il te plaît, c'est pour mon beau-père", LANG, "de"),
        ("Er sucht einen Kardiologen in Jinjiang", L(specialty="cardiology", district="jinjiang"), "de"),
        ("Adresse?", INFO("lindenhof-praxis", "address"), "de"),
    ]},
    {"id": "fr-ls-003", "language": "fr", "mechanism": "language_switch", "metadata": None, "turns": [
        ("Passe en japonais s'il te plaît", LANG, "ja"),
        ("歯科を探しています、日本語が話せるところ", L(specialty="dentistry", language=["ja"]), "ja"),
    ]},

    {"id": "fr-kc-001", "language": "fr", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("Je suis allemande et assurée chez Deutsche Weltkasse, il me faut un interniste",
         L(specialty="internal_medicine", insurer="deutsche-weltkasse")),
        ("Autre chose : pédiatre anglais", L(specialty="pediatrics", language=["en"])),
    ]},
    {"id": "fr-kc-003", "language": "fr", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("gynécologue coréen", L(specialty="obstetrics_gynecology", language=["ko"])),
        ("Nouvelle recherche : Notre assurance c'est Deutsche Weltkasse, on cherche des urgences à Yushui",
         L(emergency=True, insurer="deutsche-weltkasse", district="yushui")),
    ]},
    {"id": "fr-kc-005", "language": "fr", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("dermatologue japonais", L(specialty="dermatology", language=["ja"])),
        ("Question différente : Je suis française mais je parle anglais, il me faut un ORL à Xiangyun",
         L(specialty="ent", district="xiangyun-lake")),
    ]},
    {"id": "fr-kc-007", "language": "fr", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("urologue espagnol", L(specialty="urology", language=["es"])),
        ("Autre question : Un généraliste qui prend la Weltkasse et qui parle allemand ?",
         L(specialty="general_practice", insurer="deutsche-weltkasse", language=["de"])),
    ]},
    {"id": "fr-kc-009", "language": "fr", "mechanism": "kind_confusion", "metadata": None, "turns": [
        ("un dentiste, allemand si possible", L(specialty="dentistry", language=["de"])),
    ]},

    {"id": "fr-short-001", "language": "fr", "mechanism": "short_messages", "metadata": None, "turns": [
        ("dentiste jinjiang ?", L(specialty="dentistry", district="jinjiang")),
        ("téléphone ?", INFO("bamboo-smile-dental", "phone")),
    ]},
    {"id": "fr-short-002", "language": "fr", "mechanism": "short_messages", "metadata": None, "turns": [
        ("urgences Baihe", L(emergency=True, district="baihe")),
        ("adresse ?", INFO("little-oak-children", "address")),
    ]},
    {"id": "fr-short-003", "language": "fr", "mechanism": "short_messages", "metadata": None, "turns": [
        ("ORL Wuhou", L(specialty="ent", district="wuhou")),
        ("téléphone ?", INFO("hibiscus-intl", "phone")),
    ]},
    {"id": "fr-short-004", "language": "fr", "mechanism": "short_messages", "metadata": None, "turns": [
        ("gynéco Yushui ?", L(specialty="obstetrics_gynecology", district="yushui")),
    ]},
    {"id": "fr-short-005", "language": "fr", "mechanism": "short_messages", "metadata": None, "turns": [
        ("kiné Tianfu", L(specialty="rehabilitation", district="tianfu-new-area")),
    ]},
    {"id": "fr-short-006", "language": "fr", "mechanism": "short_messages", "metadata": None, "turns": [
        ("cardiologue Xiangyun", L(specialty="cardiology", district="xiangyun-lake")),
    ]},
    {"id": "fr-short-007", "language": "fr", "mechanism": "short_messages", "metadata": None, "turns": [
        ("acupuncture Qingyang ?", L(specialty="traditional_chinese_medicine", district="qingyang")),
    ]},
    {"id": "fr-short-008", "language": "fr", "mechanism": "short_messages", "metadata": None, "turns": [
        ("ophtalmo Shuangliu", L(specialty="ophthalmology", district="shuangliu")),
    ]},

    {"id": "fr-sf-001", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
        ("J'ai une assurance AXA, il me faut un orthopédiste", L(specialty="orthopedics", insurer="axa")),
        ("comment marche le tiers payant, je dois avancer les frais ?", LANG),
    ]},
    {"id": "fr-sf-002", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
        ("Quels pédiatres font le tiers payant avec Aetna ?", L(specialty="pediatrics", insurer="aetna-international")),
        ("Autre chose : assurance Taikang : y a-t-il de la médecine traditionnelle chinoise en facturation directe ?",
         L(specialty="traditional_chinese_medicine", insurer="taikang-online")),
    ]},
    {"id": "fr-sf-004", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
        ("facturation directe pour un bilan de santé, peu importe l'assurance",
         L(specialty="health_checkup", direct_billing=True)),
        ("Nouvelle recherche : Mon assurance c'est William Russell, un dentiste ?", L(specialty="dentistry", insurer="william-russell")),
    ]},
    {"id": "fr-sf-006", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
        ("Prise en charge directe Generali en neurologie ?", L(specialty="neurology", insurer="generali")),
        ("Question différente : Est-ce qu'il y a des urgences avec facturation directe à Xiangyun ?",
         L(emergency=True, direct_billing=True, district="xiangyun-lake")),
    ]},
    {"id": "fr-sf-008", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
        ("assurance Now Health, médecine interne ?", L(specialty="internal_medicine", insurer="now-health")),
    ]},
]
