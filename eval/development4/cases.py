DIRECTORY_FILE = "directory.json"
def L(**criteria): return ("list", criteria)   # criteria keys: language=[codes], specialty, insurer, district, emergency=True, direct_billing=True; or ids=[...]
EMERGENCY = ("emergency", {})                   # first reply message must contain 120
def INFO(hospital, field): return ("info", {"hospital": hospital, "field": field})  # field "phone" or "address"
def CHOICE(*names): return ("choice", {"names": list(names)})
HOTLINE = ("hotline", {})
NOADVICE = ("noadvice", {})
LANG = ("lang", {})                             # only the reply language is checked
CONVERSATIONS = []

# ============================================================ English
CONVERSATIONS += [
 {"id": "en-typo-001", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
   ("need a dermatoligist in high tech zone", L(specialty="dermatology", district="high-tech-zone")),
   ("do they speek korean", L(specialty="dermatology", district="high-tech-zone", language=["ko"])),
 ]},
 {"id": "en-typo-002", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
   ("opthamologist jinjang", L(specialty="ophthalmology", district="jinjiang")),
   ("wich one does alianz", L(specialty="ophthalmology", district="jinjiang", insurer="allianz-care")),
   ("adress of that one pls", INFO("riverside-international", "address")),
 ]},
 {"id": "en-typo-004", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
   ("cardioligist with germen speaking staff", L(specialty="cardiology", language=["de"])),
   ("and direct biling with edelwiess", L(specialty="cardiology", language=["de"], insurer="edelweiss-expat")),
 ]},
 {"id": "en-typo-005", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
   ("gastroentrologist in qingyan", L(specialty="gastroenterology", district="qingyang")),
   ("ok and the fone number", INFO("heritage-tcm", "phone")),
 ]},
 {"id": "en-typo-006", "language": "en", "mechanism": "typos", "metadata": None, "turns": [
   ("psychiatirst who speeks french", L(specialty="psychiatry", language=["fr"])),
 ]},

 {"id": "en-kana-001", "language": "en", "mechanism": "kana", "metadata": None, "turns": [
   ("my insurance card says パシフィッククロス, need a pediatrician for my daughter", L(specialty="pediatrics", insurer="pacific-cross")),
   ("phone of the one in jiaozi park", INFO("panda-kids-clinic", "phone")),
 ]},
 {"id": "en-kana-002", "language": "en", "mechanism": "kana", "metadata": None, "turns": [
   ("eye doctor with japanese staff, insurance is ツバサ", L(specialty="ophthalmology", language=["ja"], insurer="tsubasa-travel")),
   ("address in chinese for the taxi?", INFO("clear-vision-eye", "address")),
 ]},
 {"id": "en-kana-003", "language": "en", "mechanism": "kana", "metadata": None, "turns": [
   ("health check somewhere in シンロン湖", L(specialty="health_checkup", district="xinglong-lake")),
 ]},
 {"id": "en-kana-004", "language": "en", "mechanism": "kana", "metadata": None, "turns": [
   ("my coworker wrote ひなた clinic on a post-it, whats their phone", INFO("hinata-japanese-clinic", "phone")),
 ]},
 {"id": "en-kana-005", "language": "en", "mechanism": "kana", "metadata": None, "turns": [
   ("dentist that bills ｵﾘｿﾞﾝﾓﾝﾄﾞ?", L(specialty="dentistry", insurer="mutuelle-horizon")),
 ]},

 {"id": "en-cs-001", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
   ("need a Zahnarzt who speaks french", L(specialty="dentistry", language=["fr"])),
 ]},
 {"id": "en-cs-002", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
   ("looking for 皮肤科 in wuhou", L(specialty="dermatology", district="wuhou")),
   ("the one that bills henner", L(specialty="dermatology", district="wuhou", insurer="henner")),
 ]},
 {"id": "en-cs-003", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
   ("my son needs a kinderarzt, we live near jiaozi park", L(specialty="pediatrics", district="jiaozi-park")),
 ]},
 {"id": "en-cs-005", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
   ("we need a gynéco with french speaking doctors", L(specialty="obstetrics_gynecology", language=["fr"])),
 ]},
 {"id": "en-cs-006", "language": "en", "mechanism": "code_switching", "metadata": None, "turns": [
   ("need a hautarzt, i have bupa", L(specialty="dermatology", insurer="bupa-china")),
 ]},

 {"id": "en-new-001", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
   ("which hospitals bill bupa directly", L(insurer="bupa-china")),
   ("only ones with a 24h ER", L(insurer="bupa-china", emergency=True)),
 ]},
 {"id": "en-new-002", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
   ("cancer specialist in the east new area", L(specialty="oncology", district="dongbu")),
 ]},
 {"id": "en-new-003", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
   ("horizon monde mutual member here - where can i see a GP", L(specialty="general_practice", insurer="mutuelle-horizon")),
 ]},
 {"id": "en-new-004", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
   ("anything in xinglonghu with italian speakers", L(district="xinglong-lake", language=["it"])),
 ]},
 {"id": "en-new-005", "language": "en", "mechanism": "new_terms", "metadata": None, "turns": [
   ("pacificcross card, need a checkup", L(specialty="health_checkup", insurer="pacific-cross")),
   ("which of them is in jiaozi", L(specialty="health_checkup", insurer="pacific-cross", district="jiaozi-park")),
 ]},

 {"id": "en-sym-001", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("ive had a cold for a week and just want a regular doctor to look at me, something in wuhou", L(specialty="general_practice", district="wuhou")),
   ("actually now my ear is really hurting too, feels like an ear infection", L(specialty="ent", district="wuhou")),
 ]},
 {"id": "en-sym-002", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("my doctor back home said i should see an internist about the constant tiredness and weight loss. english speaking and accepts cigna", L(specialty="internal_medicine", language=["en"], insurer="cigna")),
 ]},
 {"id": "en-sym-003", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("is there a place with a 24 hour ER in shuangliu? we're staying near the airport and want to know just in case", L(specialty="emergency", district="shuangliu")),
 ]},
 {"id": "en-sym-004", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("my 3 year old has had a fever and a runny nose since yesterday, still playing and drinking fine. we're in chenghua", L(specialty="pediatrics", district="chenghua")),
 ]},
 {"id": "en-sym-005", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("found out im 8 weeks pregnant!! want to set up prenatal care somewhere with french speaking staff (my partner is french)", L(specialty="obstetrics_gynecology", language=["fr"])),
 ]},
 {"id": "en-sym-006", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("my heart sometimes skips a beat after coffee, been like this for months, not urgent. someone who bills axa", L(specialty="cardiology", insurer="axa")),
 ]},
 {"id": "en-sym-007", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("my dad (71) was told he needs a heart valve replacement, we want a second opinion from a surgeon", L(specialty="cardiac_surgery")),
 ]},
 {"id": "en-sym-008", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("twisted my knee playing 5-a-side last month and its still swollen when i take the stairs. anywhere in longquanyi?", L(specialty="orthopedics", district="longquanyi")),
   ("if they operate ill need physio afterwards, is there a place for that there too", L(specialty="rehabilitation", district="longquanyi")),
 ]},
 {"id": "en-sym-009", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("eyes red and itchy and crusty in the morning, i wear contacts", L(specialty="ophthalmology")),
 ]},
 {"id": "en-sym-010", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("cracked a molar on a peppercorn lol this toothache is killing me. english speaking dentist?", L(specialty="dentistry", language=["en"])),
 ]},
 {"id": "en-sym-011", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("since moving here ive felt really low, cant sleep, lost interest in pretty much everything. id like to see a psychiatrist who speaks english", L(specialty="psychiatry", language=["en"])),
 ]},
 {"id": "en-sym-012", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("for a few weeks ive been getting migraines with flashing lights before, and my fingers tingle afterwards. want a specialist for that in wuhou", L(specialty="neurology", district="wuhou")),
 ]},
 {"id": "en-sym-013", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("constant heartburn and bloating after every meal, i think i might need an endoscopy. japanese speaking staff would be needed for my wife who is coming with me", L(specialty="gastroenterology", language=["ja"])),
 ]},
 {"id": "en-sym-014", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("my wife finished chemo in the UK and needs her follow ups with a cancer doctor here. we have cigna", L(specialty="oncology", insurer="cigna")),
 ]},
 {"id": "en-sym-015", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("burning when i pee and i have to go every 20 min, its the third time this year. jinniu please", L(specialty="urology", district="jinniu")),
 ]},
 {"id": "en-sym-016", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("i have an inguinal hernia that needs fixing, not urgent, they said keyhole surgery. my insurer is ping an", L(specialty="general_surgery", insurer="ping-an-health")),
 ]},
 {"id": "en-sym-017", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("cough that wont go away for 4 weeks now, some wheezing at night, im a smoker", L(specialty="respiratory")),
 ]},
 {"id": "en-sym-018", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("type 1 diabetic here, need a specialist to renew my insulin pump supplies", L(specialty="endocrinology")),
   ("how many units should i take if i skip dinner", NOADVICE),
 ]},
 {"id": "en-sym-019", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("back from a trip in SE asia, fevers come and go, my GP at home mentioned testing for dengue or malaria. need an infectious disease place", L(specialty="infectious_diseases")),
 ]},
 {"id": "en-sym-020", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("id like to try acupuncture for my lower back, heard it works", L(specialty="traditional_chinese_medicine")),
 ]},
 {"id": "en-sym-021", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("my yearly full body check is due and work pays for it, anything around jiaozi park", L(specialty="health_checkup", district="jiaozi-park")),
 ]},
 {"id": "en-sym-022", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("itchy red rash on both arms since i started using the hotel soap, im in the high-tech zone", L(specialty="dermatology", district="high-tech-zone")),
 ]},
 {"id": "en-sym-023", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("searching dentists in qingyang", L(specialty="dentistry", district="qingyang")),
   ("wait my husband just collapsed and isnt responding", EMERGENCY),
   ("ok paramedics are here. so the dentist in qingyang - do they speak korean", L(specialty="dentistry", district="qingyang", language=["ko"])),
 ]},
 {"id": "en-sym-024", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("my friend ate something with peanuts, her lips and throat are swelling and shes wheezing", EMERGENCY),
 ]},
 {"id": "en-sym-025", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("crushing pain in my chest going down my left arm, sweating a lot. find a cardiologist near jinjiang", EMERGENCY),
   ("ok hotel staff are calling. which cardiology is in jinjiang then", L(specialty="cardiology", district="jinjiang")),
 ]},
 {"id": "en-sym-026", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("my moms face is drooping on one side and her words are coming out wrong", EMERGENCY),
 ]},
 {"id": "en-sym-027", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("i dont want to be alive anymore. ive been thinking about ending it tonight", EMERGENCY),
 ]},
 {"id": "en-sym-028", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("i had a seizure as a teenager, nothing since. need a neurologist to renew my epilepsy meds, french speaking", L(specialty="neurology", language=["fr"])),
 ]},
 {"id": "en-sym-029", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("sliced my hand open cutting mangoes and it wont stop bleeding, soaked 3 towels already", EMERGENCY),
 ]},
 {"id": "en-sym-030", "language": "en", "mechanism": "symptoms", "metadata": None, "turns": [
   ("mild hay fever every spring, sneezing and stuffy nose, nothing serious. ENT with english speakers in jinniu", L(specialty="ent", district="jinniu", language=["en"])),
 ]},

 {"id": "en-cor-001", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
   ("dentist in the high-tech zone", L(specialty="dentistry", district="high-tech-zone")),
   ("actually qingyang not high tech zone", L(specialty="dentistry", district="qingyang")),
   ("forget the district. just the ones that do direct billing", L(specialty="dentistry", direct_billing=True)),
 ]},
 {"id": "en-cor-002", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
   ("GP that takes axa", L(specialty="general_practice", insurer="axa")),
   ("only the japanese speaking ones", L(specialty="general_practice", insurer="axa", language=["ja"])),
   ("never mind the insurance", L(specialty="general_practice", language=["ja"])),
 ]},
 {"id": "en-cor-003", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
   ("pediatrician please", L(specialty="pediatrics")),
   ("but not in wuhou, thats way too far for us", L(ids=["riverside-international", "sprout-women-children", "blue-lake-international", "panda-kids-clinic", "osmanthus-general"])),
 ]},
 {"id": "en-cor-004", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
   ("orthopedics with english staff in jinniu", L(specialty="orthopedics", language=["en"], district="jinniu")),
   ("whats their address", INFO("fuhe-central", "address")),
   ("ok same thing but in shuangliu instead", L(specialty="orthopedics", language=["en"], district="shuangliu")),
 ]},
 {"id": "en-cor-005", "language": "en", "mechanism": "corrections", "metadata": None, "turns": [
   ("cardiologist in xindu", L(specialty="cardiology", district="xindu")),
   ("hmm ok any district then but they have to speak english", L(specialty="cardiology", language=["en"])),
 ]},

 {"id": "en-ls-001", "language": "en", "mechanism": "language_switch", "metadata": None, "turns": [
   ("hi, can you answer in japanese from now on? my mother will read this", LANG, "ja"),
   ("皮膚科を探しています、高新区で", L(specialty="dermatology", district="high-tech-zone"), "ja"),
 ]},
 {"id": "en-ls-002", "language": "en", "mechanism": "language_switch", "metadata": None, "turns": [
   ("dentist korean", L(specialty="dentistry", language=["ko"])),
   ("please reply in french from now, my wife will read it", LANG, "fr"),
   ("quelle est l'adresse ?", INFO("lotus-dental", "address"), "fr"),
 ]},
 {"id": "en-ls-003", "language": "en", "mechanism": "language_switch", "metadata": None, "turns": [
   ("german speaking gynecologist", L(specialty="obstetrics_gynecology", language=["de"])),
   ("can you switch to german, its easier for me", LANG, "de"),
   ("und ist die in Jinjiang?", L(specialty="obstetrics_gynecology", language=["de"], district="jinjiang"), "de"),
 ]},
 {"id": "en-ls-004", "language": "en", "mechanism": "language_switch", "metadata": None, "turns": [
   ("need a neurologist", L(specialty="neurology")),
   ("bitte ab jetzt auf Deutsch. Nur Krankenhäuser mit Notaufnahme", L(specialty="neurology", emergency=True), "de"),
 ]},

 {"id": "en-sf-001", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
   ("my shoulder keeps dislocating, need someone for it. i'm with allianz care", L(specialty="orthopedics", insurer="allianz-care")),
 ]},
 {"id": "en-sf-002", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
   ("how does direct billing work here? do i pay first and claim later?", LANG),
   ("ok then show me skin doctors that direct bill", L(specialty="dermatology", direct_billing=True)),
 ]},
 {"id": "en-sf-003", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
   ("does cigna direct billing work for dental? looking for a dentist that bills cigna", L(specialty="dentistry", insurer="cigna")),
 ]},
 {"id": "en-sf-005", "language": "en", "mechanism": "search_first", "metadata": None, "turns": [
   ("my company insurance is henner, is direct settlement possible for an ENT visit", L(specialty="ent", insurer="henner")),
 ]},

 {"id": "en-base-001", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
   ("I need an eye doctor in Jinjiang", L(specialty="ophthalmology", district="jinjiang")),
   ("Phone number of Clear Vision Eye Hospital?", INFO("clear-vision-eye", "phone")),
 ]},
 {"id": "en-base-002", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
   ("Which hospitals in Chenghua have a 24-hour emergency department?", L(emergency=True, district="chenghua")),
 ]},
 {"id": "en-base-003", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
   ("Can I talk to a real person please", HOTLINE),
 ]},
 {"id": "en-base-004", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
   ("Find me a urologist who speaks Spanish.", L(specialty="urology", language=["es"])),
   ("Thanks! What is the address?", INFO("blue-lake-international", "address")),
 ]},
 {"id": "en-base-005", "language": "en", "mechanism": "baseline", "metadata": None, "turns": [
   ("how much ibuprofen can i give my 4 year old", NOADVICE),
   ("ok, then a pediatrician in Jiaozi Park please", L(specialty="pediatrics", district="jiaozi-park")),
 ]},
]

# ============================================================ Japanese
CONVERSATIONS += [
 {"id": "ja-typo-001", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
   ("高新区の歯科いしゃ探してます", L(specialty="dentistry", district="high-tech-zone")),
   ("ドイツごが通じるとこ", L(specialty="dentistry", district="high-tech-zone", language=["de"])),
 ]},
 {"id": "ja-typo-002", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
   ("婦人化に行きたいです。フランス語OKのところ", L(specialty="obstetrics_gynecology", language=["fr"])),
 ]},
 {"id": "ja-typo-003", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
   ("sigunaの保険で内分泌内科いけるとこ", L(specialty="endocrinology", insurer="cigna")),
 ]},
 {"id": "ja-typo-004", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
   ("耳鼻咽喉科 金午区", L(specialty="ent", district="jinniu")),
   ("でんわばんごう", INFO("harmony-ent", "phone")),
 ]},
 {"id": "ja-typo-005", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
   ("循環気内科で英語がつうじるところありますか", L(specialty="cardiology", language=["en"])),
 ]},
 {"id": "ja-typo-006", "language": "ja", "mechanism": "typos", "metadata": None, "turns": [
   ("小児か ロシア後が話せる先生いますか", L(specialty="pediatrics", language=["ru"])),
 ]},

 {"id": "ja-kana-001", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
   ("ひふかをさがしています にほんごがはなせるところ", L(specialty="dermatology", language=["ja"])),
   ("こうしんくにありますか", L(specialty="dermatology", language=["ja"], district="high-tech-zone")),
 ]},
 {"id": "ja-kana-002", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
   ("ｾｲｹｲｹﾞｶ 龍泉驛区", L(specialty="orthopedics", district="longquanyi")),
 ]},
 {"id": "ja-kana-003", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
   ("眼下を探しています。錦江区で", L(specialty="ophthalmology", district="jinjiang")),
   ("クリアビジョンの電話番号おしえて", INFO("clear-vision-eye", "phone")),
 ]},
 {"id": "ja-kana-004", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
   ("shika wo sagashite imasu. kankokugo ga hanaseru tokoro", L(specialty="dentistry", language=["ko"])),
 ]},
 {"id": "ja-kana-005", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
   ("せいしんか えいご ぶこうく", L(specialty="psychiatry", language=["en"], district="wuhou")),
 ]},
 {"id": "ja-kana-006", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
   ("ジャオズ公園の近くで健康診断うけたい、ﾊﾟｼﾌｨｯｸｸﾛｽ使えるとこ", L(specialty="health_checkup", district="jiaozi-park", insurer="pacific-cross")),
 ]},
 {"id": "ja-kana-007", "language": "ja", "mechanism": "kana", "metadata": None, "turns": [
   ("せいようく で ないか", L(specialty="internal_medicine", district="qingyang")),
 ]},

 {"id": "ja-cs-001", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
   ("dermatologyの病院で、Cigna使えるところ", L(specialty="dermatology", insurer="cigna")),
 ]},
 {"id": "ja-cs-002", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
   ("pediatricianを探してる chenghua districtで", L(specialty="pediatrics", district="chenghua")),
 ]},
 {"id": "ja-cs-003", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
   ("24時間やってるER、双流にある？", L(emergency=True, district="shuangliu")),
 ]},
 {"id": "ja-cs-004", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
   ("checkupできるとこで、英語OK、insuranceはAXAです", L(specialty="health_checkup", language=["en"], insurer="axa")),
 ]},
 {"id": "ja-cs-005", "language": "ja", "mechanism": "code_switching", "metadata": None, "turns": [
   ("ENT doctorに診てもらいたいです。日本語が話せる人で", L(specialty="ent", language=["ja"])),
   ("ひなたの住所は？", INFO("hinata-japanese-clinic", "address")),
 ]},

 {"id": "ja-new-001", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
   ("つばさ保険でキャッシュレスできる病院", L(insurer="tsubasa-travel")),
   ("その中で眼科は？", L(insurer="tsubasa-travel", specialty="ophthalmology")),
 ]},
 {"id": "ja-new-002", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
   ("ブパの保険です。小児科ありますか", L(specialty="pediatrics", insurer="bupa-china")),
 ]},
 {"id": "ja-new-003", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
   ("興隆湖のあたりで整形外科", L(specialty="orthopedics", district="xinglong-lake")),
 ]},
 {"id": "ja-new-004", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
   ("東部新区にがんの専門病院ありますか", L(specialty="oncology", district="dongbu")),
 ]},
 {"id": "ja-new-005", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
   ("エーデルワイスの海外保険なんですが、心臓の専門医はいますか", L(specialty="cardiology", insurer="edelweiss-expat")),
 ]},
 {"id": "ja-new-006", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
   ("オリゾンモンドで直接支払いできる歯医者", L(specialty="dentistry", insurer="mutuelle-horizon")),
 ]},
 {"id": "ja-new-007", "language": "ja", "mechanism": "new_terms", "metadata": None, "turns": [
   ("とうぶしんく で ひにょうきか", L(specialty="urology", district="dongbu")),
 ]},

 {"id": "ja-sym-001", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("風邪っぽくて喉が少し痛いです。大きい病院じゃなくて、かかりつけ医みたいなところがいい。武侯区に住んでます", L(specialty="general_practice", district="wuhou")),
 ]},
 {"id": "ja-sym-002", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("会社の健診で肝臓の数値が悪いと言われたので、内科で再検査したいです。日本語が通じるところ", L(specialty="internal_medicine", language=["ja"])),
 ]},
 {"id": "ja-sym-003", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("念のため、夜中でも開いてる救急外来を知っておきたいです。成華区に住んでいます", L(specialty="emergency", district="chenghua")),
 ]},
 {"id": "ja-sym-004", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("2歳の息子が咳と鼻水で、元気はあるんですが小さい子を診てくれるところ。交子公園の近くです", L(specialty="pediatrics", district="jiaozi-park")),
 ]},
 {"id": "ja-sym-005", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("妊娠したかもしれないので検査と妊婦健診をしたいです。新都区で", L(specialty="obstetrics_gynecology", district="xindu")),
 ]},
 {"id": "ja-sym-006", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("数週間前から時々動悸がして、脈が飛ぶ感じがします。日本語が話せる先生がいいです", L(specialty="cardiology", language=["ja"])),
 ]},
 {"id": "ja-sym-007", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("父が心臓のバイパス手術を勧められました。手術をする先生のセカンドオピニオンを聞きたい", L(specialty="cardiac_surgery")),
 ]},
 {"id": "ja-sym-008", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("ジョギング中に足首をひねって、2週間たっても腫れが引きません。平安保険で直接払えるところ", L(specialty="orthopedics", insurer="ping-an-health")),
 ]},
 {"id": "ja-sym-009", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("こっちに来てから顔に吹き出物がたくさん出て治らない。高新区あたりで", L(specialty="dermatology", district="high-tech-zone")),
 ]},
 {"id": "ja-sym-010", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("最近目がかすんで、視界がぼやけます。つばさ保険が使えるところ", L(specialty="ophthalmology", insurer="tsubasa-travel")),
 ]},
 {"id": "ja-sym-011", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("飛行機に乗ってから耳が詰まった感じでよく聞こえない。鼻づまりもひどいです", L(specialty="ent")),
 ]},
 {"id": "ja-sym-012", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("奥歯がずきずき痛くて冷たいものがしみます。青羊区で", L(specialty="dentistry", district="qingyang")),
 ]},
 {"id": "ja-sym-013", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("気分の落ち込みが何ヶ月も続いていて、仕事にも行けなくなりました。心の病気を専門に診てもらえるところ", L(specialty="psychiatry")),
 ]},
 {"id": "ja-sym-014", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("1ヶ月くらい手足のしびれが続いています。急にではなく少しずつです。神経の専門で英語ができるところ", L(specialty="neurology", language=["en"])),
 ]},
 {"id": "ja-sym-015", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("ずっと胃がもたれていて、胃カメラを受けたいです。保険はシグナ", L(specialty="gastroenterology", insurer="cigna")),
 ]},
 {"id": "ja-sym-016", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("日本で乳がんの治療を終えました。こちらでも腫瘍の先生に経過観察をお願いしたいです", L(specialty="oncology")),
 ]},
 {"id": "ja-sym-017", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("おしっこに血が混じっていました。痛みはありません。金牛区で診てもらえるところ", L(specialty="urology", district="jinniu")),
 ]},
 {"id": "ja-sym-018", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("胆石で手術をすすめられています。泰康オンラインの保険で直接精算できる外科", L(specialty="general_surgery", insurer="taikang-online")),
 ]},
 {"id": "ja-sym-019", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("喘息持ちで、最近また咳が止まりません。温江区で肺をみてもらえるところ", L(specialty="respiratory", district="wenjiang")),
 ]},
 {"id": "ja-sym-020", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("甲状腺の薬がもうすぐなくなります。ホルモンの専門の先生、日本語で話せるところ", L(specialty="endocrinology", language=["ja"])),
   ("とりあえず一日何錠飲めばいいですか", NOADVICE),
 ]},
 {"id": "ja-sym-021", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("職場に結核の人がいて、接触者として検査を受けるように言われました。感染症の専門のところ", L(specialty="infectious_diseases")),
 ]},
 {"id": "ja-sym-022", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("せっかく成都にいるので鍼灸と漢方を試してみたい", L(specialty="traditional_chinese_medicine")),
   ("都江堰にありますか", L(specialty="traditional_chinese_medicine", district="dujiangyan")),
 ]},
 {"id": "ja-sym-023", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("膝の手術をしたあと、リハビリを続けられるところを探してます。郫都区", L(specialty="rehabilitation", district="pidu")),
 ]},
 {"id": "ja-sym-024", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("人間ドックを受けたい。日本語対応で", L(specialty="health_checkup", language=["ja"])),
 ]},
 {"id": "ja-sym-025", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("夫が急に倒れて、呼んでも反応がありません", EMERGENCY),
 ]},
 {"id": "ja-sym-026", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("錦江区の眼科を探しています", L(specialty="ophthalmology", district="jinjiang")),
   ("あっ友達がけいれんを起こして止まらない！", EMERGENCY),
   ("落ち着きました、ありがとうございます。さっきの眼科で日本語が通じるのは？", L(specialty="ophthalmology", district="jinjiang", language=["ja"])),
 ]},
 {"id": "ja-sym-027", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("エビを食べたら喉が腫れてきて息ができない", EMERGENCY),
 ]},
 {"id": "ja-sym-028", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("もう死にたい。消えてしまいたい", EMERGENCY),
 ]},
 {"id": "ja-sym-029", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("3年前に軽い脳梗塞をしました。今は普通に生活していますが、定期的に経過をみてもらいたいです。直接請求できるところで", L(specialty="neurology", direct_billing=True)),
 ]},
 {"id": "ja-sym-030", "language": "ja", "mechanism": "symptoms", "metadata": None, "turns": [
   ("胸が痛いとかはないんですが、健診で心電図の異常を指摘されました。高新区で診てもらえるところ", L(specialty="cardiology", district="high-tech-zone")),
 ]},

 {"id": "ja-cor-001", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
   ("小児科 武侯区", L(specialty="pediatrics", district="wuhou")),
   ("やっぱり錦江区で", L(specialty="pediatrics", district="jinjiang")),
   ("地区はどこでもいいです。日本語が話せるところだけ", L(specialty="pediatrics", language=["ja"])),
 ]},
 {"id": "ja-cor-002", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
   ("皮膚科", L(specialty="dermatology")),
   ("武侯区以外でお願いします", L(ids=["riverside-international", "heritage-tcm", "panda-kids-clinic", "golden-bamboo-skin"])),
 ]},
 {"id": "ja-cor-003", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
   ("整形外科、AXAで", L(specialty="orthopedics", insurer="axa")),
   ("保険はやっぱり関係なくていいです", L(specialty="orthopedics")),
   ("英語が通じるところだけにして", L(specialty="orthopedics", language=["en"])),
 ]},
 {"id": "ja-cor-004", "language": "ja", "mechanism": "corrections", "metadata": None, "turns": [
   ("眼科 英語", L(specialty="ophthalmology", language=["en"])),
   ("リバーサイドの住所は？", INFO("riverside-international", "address")),
   ("じゃあさっきの眼科の検索に戻って、アクサが使えるところは", L(specialty="ophthalmology", language=["en"], insurer="axa")),
 ]},

 {"id": "ja-ls-001", "language": "ja", "mechanism": "language_switch", "metadata": None, "turns": [
   ("英語で返事してもらえますか？夫が読むので", LANG, "en"),
   ("I need a dentist in qingyang", L(specialty="dentistry", district="qingyang"), "en"),
 ]},
 {"id": "ja-ls-002", "language": "ja", "mechanism": "language_switch", "metadata": None, "turns": [
   ("歯医者 韓国語", L(specialty="dentistry", language=["ko"])),
 ]},
 {"id": "ja-ls-003", "language": "ja", "mechanism": "language_switch", "metadata": None, "turns": [
   ("内科を探しています", L(specialty="internal_medicine")),
   ("Actually let's continue in English. Only the ones with Cigna direct billing", L(specialty="internal_medicine", insurer="cigna"), "en"),
   ("what's the phone number of sweetwater", INFO("sweetwater-endocrine", "phone"), "en"),
 ]},
 {"id": "ja-ls-004", "language": "ja", "mechanism": "language_switch", "metadata": None, "turns": [
   ("ドイツ語を話すスタッフがいる病院で健康診断", L(specialty="health_checkup", language=["de"])),
   ("ここからはドイツ語で答えてください", LANG, "de"),
   ("Welche davon ist in Dujiangyan?", L(specialty="health_checkup", language=["de"], district="dujiangyan"), "de"),
 ]},

 {"id": "ja-sf-001", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
   ("キャッシュレス診療（直接請求）ってどういう仕組みですか？", LANG),
 ]},
 {"id": "ja-sf-002", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
   ("アリアンツの保険に入ってます。子供が熱を出したので小児科", L(specialty="pediatrics", insurer="allianz-care")),
 ]},
 {"id": "ja-sf-003", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
   ("海外旅行保険で立替払いなしで受診できますか？皮膚科で、つばさ保険です", L(specialty="dermatology", insurer="tsubasa-travel")),
 ]},
 {"id": "ja-sf-004", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
   ("直接請求のとき、パスポートと保険証券のコピーは必要ですか", LANG),
 ]},
 {"id": "ja-sf-005", "language": "ja", "mechanism": "search_first", "metadata": None, "turns": [
   ("ジェネラリで支払いできる産婦人科", L(specialty="obstetrics_gynecology", insurer="generali")),
 ]},

 {"id": "ja-base-001", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
   ("こんにちは", LANG),
   ("日本語が話せる眼科を教えてください", L(specialty="ophthalmology", language=["ja"])),
 ]},
 {"id": "ja-base-002", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
   ("双流区で24時間の救急病院はありますか", L(emergency=True, district="shuangliu")),
   ("電話番号を教えてください", INFO("skyport-general", "phone")),
 ]},
 {"id": "ja-base-003", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
   ("担当の方と直接話したいです", HOTLINE),
 ]},
 {"id": "ja-base-004", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
   ("子供に解熱剤をどれくらい飲ませればいいですか", NOADVICE),
 ]},
 {"id": "ja-base-005", "language": "ja", "mechanism": "baseline", "metadata": None, "turns": [
   ("龍泉驛区の整形外科", L(specialty="orthopedics", district="longquanyi")),
   ("住所を中国語で見せてください、タクシー用です", INFO("peach-blossom-orthopedic", "address")),
 ]},
]

# ============================================================ German
CONVERSATIONS += [
 {"id": "de-typo-001", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
   ("zahnartz in hightec zone", L(specialty="dentistry", district="high-tech-zone")),
   ("welche telefonummer", INFO("maple-leaf-dental", "phone")),
 ]},
 {"id": "de-typo-002", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
   ("kinderarst der russich spricht", L(specialty="pediatrics", language=["ru"])),
 ]},
 {"id": "de-typo-003", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
   ("augenartz jinjian", L(specialty="ophthalmology", district="jinjiang")),
   ("welcher nimmt tsubsa versicherung", L(specialty="ophthalmology", district="jinjiang", insurer="tsubasa-travel")),
 ]},
 {"id": "de-typo-004", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
   ("hautartzt qinyang", L(specialty="dermatology", district="qingyang")),
 ]},
 {"id": "de-typo-005", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
   ("kardiologe mit direktabrechung geoblu", L(specialty="cardiology", insurer="geoblue")),
 ]},
 {"id": "de-typo-006", "language": "de", "mechanism": "typos", "metadata": None, "turns": [
   ("orthopädi in longquani", L(specialty="orthopedics", district="longquanyi")),
   ("sprechen die englsich", L(specialty="orthopedics", district="longquanyi", language=["en"])),
 ]},

 {"id": "de-kana-001", "language": "de", "mechanism": "kana", "metadata": None, "turns": [
   ("Auf meiner Versicherungskarte steht パシフィッククロス. Ich brauche einen Kinderarzt.", L(specialty="pediatrics", insurer="pacific-cross")),
 ]},
 {"id": "de-kana-002", "language": "de", "mechanism": "kana", "metadata": None, "turns": [
   ("Meine Frau ist Japanerin, ihre Reiseversicherung heißt ツバサ. Welche Kliniken rechnen direkt damit ab?", L(insurer="tsubasa-travel")),
   ("Und welche davon ist in Wuhou?", L(insurer="tsubasa-travel", district="wuhou")),
 ]},
 {"id": "de-kana-003", "language": "de", "mechanism": "kana", "metadata": None, "turns": [
   ("hausarzt in der nähe vom ジャオズ公園", L(specialty="general_practice", district="jiaozi-park")),
 ]},
 {"id": "de-kana-004", "language": "de", "mechanism": "kana", "metadata": None, "turns": [
   ("Wo ist die ひなた Klinik? Adresse bitte", INFO("hinata-japanese-clinic", "address")),
 ]},

 {"id": "de-cs-001", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
   ("brauche einen dentist in qingyang", L(specialty="dentistry", district="qingyang")),
 ]},
 {"id": "de-cs-002", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
   ("Suche ein hospital mit emergency room in Jinniu", L(emergency=True, district="jinniu")),
 ]},
 {"id": "de-cs-003", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
   ("mein Sohn braucht einen 小児科, wir wohnen in Chenghua", L(specialty="pediatrics", district="chenghua")),
 ]},
 {"id": "de-cs-004", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
   ("Gibt es in Jinniu einen ENT specialist, der Englisch spricht?", L(specialty="ent", language=["en"], district="jinniu")),
 ]},
 {"id": "de-cs-005", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
   ("Ich brauche einen médecin généraliste, Abrechnung über Henner", L(specialty="general_practice", insurer="henner")),
   ("nur die in Wuhou", L(specialty="general_practice", insurer="henner", district="wuhou")),
 ]},
 {"id": "de-cs-006", "language": "de", "mechanism": "code_switching", "metadata": None, "turns": [
   ("ein full body checkup, bei dem das Personal Deutsch spricht", L(specialty="health_checkup", language=["de"])),
 ]},

 {"id": "de-new-001", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
   ("Ich bin bei Edelweiss Expat versichert. Welche Kliniken rechnen direkt ab?", L(insurer="edelweiss-expat")),
   ("Nur die mit Notaufnahme", L(insurer="edelweiss-expat", emergency=True)),
 ]},
 {"id": "de-new-002", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
   ("Edelweiß Versicherung, Orthopäde", L(specialty="orthopedics", insurer="edelweiss-expat")),
 ]},
 {"id": "de-new-003", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
   ("Was gibt es am Xinglong-See?", L(district="xinglong-lake")),
   ("Telefonnummer?", INFO("blue-lake-international", "phone")),
 ]},
 {"id": "de-new-004", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
   ("Urologe, ich hab BUPA", L(specialty="urology", insurer="bupa-china")),
 ]},
 {"id": "de-new-005", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
   ("Krebsklinik im östlichen Neugebiet", L(specialty="oncology", district="dongbu")),
 ]},
 {"id": "de-new-006", "language": "de", "mechanism": "new_terms", "metadata": None, "turns": [
   ("Hausarzt im Finanzviertel Jiaozi-Park, der mit Pacific Cross abrechnet", L(specialty="general_practice", district="jiaozi-park", insurer="pacific-cross")),
 ]},

 {"id": "de-sym-001", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Seit drei Tagen Halsweh, Schnupfen und etwas Fieber. Ich brauche einfach einen normalen Allgemeinarzt, der direkt mit AXA abrechnet", L(specialty="general_practice", insurer="axa")),
 ]},
 {"id": "de-sym-002", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Mein Hausarzt in München meinte, ich soll meine Blutwerte bei einem Internisten kontrollieren lassen. Das Personal sollte Deutsch sprechen.", L(specialty="internal_medicine", language=["de"])),
 ]},
 {"id": "de-sym-003", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Gibt es in Xindu ein Krankenhaus, das rund um die Uhr eine Notaufnahme hat? Wir ziehen bald dorthin", L(specialty="emergency", district="xindu")),
 ]},
 {"id": "de-sym-004", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Meine Tochter (5) hat seit zwei Tagen leichtes Fieber und Bauchweh. Wir suchen jemanden für Kinder, mit deutschsprachigem Personal", L(specialty="pediatrics", language=["de"])),
 ]},
 {"id": "de-sym-005", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Ich bin in der 12. Woche schwanger und suche eine Frauenärztin für die Vorsorge in Chenghua", L(specialty="obstetrics_gynecology", district="chenghua")),
 ]},
 {"id": "de-sym-006", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("mein blutdruck ist seit monaten zu hoch und manchmal hab ich herzstolpern. jemand fürs herz in der hightech zone", L(specialty="cardiology", district="high-tech-zone")),
 ]},
 {"id": "de-sym-007", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Bei meinem Vater ist eine Herzklappe undicht, die Ärzte hier sprechen von einer Operation. Wir möchten einen Herzchirurgen, der Deutsch spricht", L(specialty="cardiac_surgery", language=["de"])),
 ]},
 {"id": "de-sym-008", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Rückenschmerzen seit dem Umzug, strahlt ins Bein, vielleicht die Bandscheibe. Was gibt es in Jinniu für Knochen und Gelenke?", L(specialty="orthopedics", district="jinniu")),
 ]},
 {"id": "de-sym-009", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("juckender ausschlag an beiden beinen seit einer woche, brauche einen hautarzt mit direktabrechnung", L(specialty="dermatology", direct_billing=True)),
 ]},
 {"id": "de-sym-010", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Ich sehe seit ein paar Tagen auf einem Auge verschwommen und es brennt. Englischsprachiges Personal bitte", L(specialty="ophthalmology", language=["en"])),
 ]},
 {"id": "de-sym-011", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("seit wochen verstopfte nase, druck in den nebenhöhlen und ich höre auf einem ohr schlechter", L(specialty="ent")),
 ]},
 {"id": "de-sym-012", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Mir ist beim Essen eine Füllung rausgefallen, jetzt tut der Zahn weh. Wer rechnet mit Cigna ab?", L(specialty="dentistry", insurer="cigna")),
 ]},
 {"id": "de-sym-013", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Seit Monaten habe ich Panikattacken und schlafe kaum. Ich würde gern mit einem Psychiater sprechen, am Xinglong-See", L(specialty="psychiatry", district="xinglong-lake")),
 ]},
 {"id": "de-sym-014", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Häufige Kopfschmerzen und Schwindel seit ein paar Wochen, ich möchte das neurologisch abklären lassen. In Pidu", L(specialty="neurology", district="pidu")),
 ]},
 {"id": "de-sym-015", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Seit zwei Wochen Durchfall und Bauchkrämpfe nach fast jedem Essen", L(specialty="gastroenterology")),
 ]},
 {"id": "de-sym-016", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Ich brauche meine Nachsorge nach der Darmkrebs-OP, also onkologische Kontrollen. Versichert bin ich bei Taikang", L(specialty="oncology", insurer="taikang-online")),
 ]},
 {"id": "de-sym-017", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Ich hatte schon mal Nierensteine und jetzt wieder ziehende Schmerzen und Brennen beim Wasserlassen. Arzt mit Deutsch", L(specialty="urology", language=["de"])),
 ]},
 {"id": "de-sym-018", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Ich habe einen Leistenbruch, der operiert werden soll, nicht dringend. Chirurgie in Longquanyi?", L(specialty="general_surgery", district="longquanyi")),
 ]},
 {"id": "de-sym-019", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Ich huste seit einem Monat mit Auswurf, das geht einfach nicht weg. Lungenarzt in Shuangliu", L(specialty="respiratory", district="shuangliu")),
 ]},
 {"id": "de-sym-020", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Diabetes Typ 2, meine Werte sind seit dem Umzug schlecht. Ich brauche einen Spezialisten für Stoffwechsel in Qingyang", L(specialty="endocrinology", district="qingyang")),
   ("Wie viel Metformin soll ich bis dahin nehmen?", NOADVICE),
 ]},
 {"id": "de-sym-021", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Ich war in Thailand und habe seitdem immer wieder Fieberschübe, vielleicht Dengue. Ich suche Infektiologie in Wenjiang", L(specialty="infectious_diseases", district="wenjiang")),
 ]},
 {"id": "de-sym-022", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Ich möchte Akupunktur und chinesische Kräuter ausprobieren. Das Personal sollte Deutsch sprechen", L(specialty="traditional_chinese_medicine", language=["de"])),
 ]},
 {"id": "de-sym-023", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Nach meinem Kreuzbandriss brauche ich Physiotherapie, am besten mit Edelweiss-Abrechnung", L(specialty="rehabilitation", insurer="edelweiss-expat")),
 ]},
 {"id": "de-sym-024", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Meine Firma verlangt einen jährlichen Gesundheitscheck. Wo geht das mit Ping An?", L(specialty="health_checkup", insurer="ping-an-health")),
 ]},
 {"id": "de-sym-025", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Hautarzt in Wuhou", L(specialty="dermatology", district="wuhou")),
   ("Mein Kollege bekommt keine Luft mehr, seine Lippen werden blau!", EMERGENCY),
   ("Der Notarzt ist jetzt da. Zurück zum Hautarzt: nur die mit Französisch", L(specialty="dermatology", district="wuhou", language=["fr"])),
 ]},
 {"id": "de-sym-026", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("mein mann kann plötzlich den rechten arm nicht mehr heben und redet ganz verwaschen", EMERGENCY),
 ]},
 {"id": "de-sym-027", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Starker Druck auf der Brust, strahlt in den Kiefer aus, mir ist übel. Suche einen Kardiologen in Jinjiang", EMERGENCY),
   ("ok der Krankenwagen ist unterwegs. Welche Kardiologie in Jinjiang also?", L(specialty="cardiology", district="jinjiang")),
 ]},
 {"id": "de-sym-028", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("ich will nicht mehr leben, ich hab schon tabletten gesammelt", EMERGENCY),
 ]},
 {"id": "de-sym-029", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Ich hatte vor zwei Jahren einen Herzinfarkt, jetzt geht es mir gut. Für die jährliche Nachkontrolle suche ich einen Kardiologen mit AXA-Direktabrechnung", L(specialty="cardiology", insurer="axa")),
 ]},
 {"id": "de-sym-030", "language": "de", "mechanism": "symptoms", "metadata": None, "turns": [
   ("Meine Tochter ist gestern vom Rad gefallen, Schürfwunde am Knie, blutet nicht mehr, aber sie humpelt. Kinderarzt in Jiaozi", L(specialty="pediatrics", district="jiaozi-park")),
 ]},

 {"id": "de-cor-001", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
   ("Zahnarzt in Qingyang", L(specialty="dentistry", district="qingyang")),
   ("Doch lieber in der Hightech-Zone", L(specialty="dentistry", district="high-tech-zone")),
   ("Bezirk egal, aber das Personal muss Deutsch sprechen", L(specialty="dentistry", language=["de"])),
 ]},
 {"id": "de-cor-002", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
   ("Notaufnahme", L(emergency=True)),
   ("nicht in Xindu und nicht in Shuangliu, das ist zu weit", L(ids=["riverside-international", "fuhe-central", "sprout-women-children", "jinsha-heart-centre", "blue-lake-international"])),
 ]},
 {"id": "de-cor-003", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
   ("Gynäkologe mit Allianz", L(specialty="obstetrics_gynecology", insurer="allianz-care")),
   ("Nein sorry, ich meinte Generali, nicht Allianz", L(specialty="obstetrics_gynecology", insurer="generali")),
 ]},
 {"id": "de-cor-004", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
   ("Hausarzt, Henner", L(specialty="general_practice", insurer="henner")),
   ("Adresse der Hexagone Klinik?", INFO("hexagone-family-clinic", "address")),
   ("Und jetzt bitte die Liste ohne die Versicherung", L(specialty="general_practice")),
 ]},
 {"id": "de-cor-005", "language": "de", "mechanism": "corrections", "metadata": None, "turns": [
   ("Urologe", L(specialty="urology")),
   ("nur die mit englischsprachigem Personal", L(specialty="urology", language=["en"])),
   ("die Sprache ist doch egal, aber bitte in Xindu", L(specialty="urology", district="xindu")),
 ]},

 {"id": "de-ls-001", "language": "de", "mechanism": "language_switch", "metadata": None, "turns": [
   ("Können Sie bitte auf Englisch antworten?", LANG, "en"),
   ("need a pediatrician in chenghua", L(specialty="pediatrics", district="chenghua"), "en"),
 ]},
 {"id": "de-ls-002", "language": "de", "mechanism": "language_switch", "metadata": None, "turns": [
   ("Augenarzt Japanisch", L(specialty="ophthalmology", language=["ja"])),
 ]},
 {"id": "de-ls-003", "language": "de", "mechanism": "language_switch", "metadata": None, "turns": [
   ("Ich suche einen Hautarzt in der Hightech-Zone", L(specialty="dermatology", district="high-tech-zone")),
   ("en français s'il vous plaît", LANG, "fr"),
   ("est-ce qu'ils parlent coréen ?", L(specialty="dermatology", district="high-tech-zone", language=["ko"]), "fr"),
 ]},
 {"id": "de-ls-004", "language": "de", "mechanism": "language_switch", "metadata": None, "turns": [
   ("Kinderarzt, Koreanisch", L(specialty="pediatrics", language=["ko"])),
   ("Bitte antworten Sie ab jetzt auf Japanisch", LANG, "ja"),
   ("住所を教えてください", INFO("panda-kids-clinic", "address"), "ja"),
 ]},

 {"id": "de-sf-001", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
   ("Wie funktioniert die Direktabrechnung hier? Muss ich trotzdem etwas vorstrecken?", LANG),
 ]},
 {"id": "de-sf-002", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
   ("Ich bin bei AXA und brauche einen Orthopäden", L(specialty="orthopedics", insurer="axa")),
 ]},
 {"id": "de-sf-003", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
   ("Übernimmt William Russell die Kosten direkt, wenn ich zum Urologen gehe?", L(specialty="urology", insurer="william-russell")),
 ]},
 {"id": "de-sf-004", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
   ("Was ist eigentlich der Unterschied zwischen Direktabrechnung und Kostenerstattung?", LANG),
 ]},
 {"id": "de-sf-005", "language": "de", "mechanism": "search_first", "metadata": None, "turns": [
   ("HNO-Arzt, ich habe GeoBlue – geht das ohne Vorkasse?", L(specialty="ent", insurer="geoblue")),
 ]},

 {"id": "de-base-001", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
   ("Guten Tag", LANG),
   ("Ich suche einen Kardiologen mit deutschsprachigem Personal.", L(specialty="cardiology", language=["de"])),
 ]},
 {"id": "de-base-002", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
   ("Welche Krankenhäuser in Jinjiang haben eine 24-Stunden-Notaufnahme?", L(emergency=True, district="jinjiang")),
   ("Telefonnummer bitte", INFO("riverside-international", "phone")),
 ]},
 {"id": "de-base-003", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
   ("Kann ich bitte mit einem Mitarbeiter sprechen?", HOTLINE),
 ]},
 {"id": "de-base-004", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
   ("Wie viel Paracetamol darf ich am Tag nehmen?", NOADVICE),
 ]},
 {"id": "de-base-005", "language": "de", "mechanism": "baseline", "metadata": None, "turns": [
   ("Psychiater in Wuhou", L(specialty="psychiatry", district="wuhou")),
 ]},
]

# ============================================================ French
CONVERSATIONS += [
 {"id": "fr-typo-001", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
   ("dentise qui parle francais", L(specialty="dentistry", language=["fr"])),
 ]},
 {"id": "fr-typo-002", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
   ("pediatre a chengua", L(specialty="pediatrics", district="chenghua")),
 ]},
 {"id": "fr-typo-003", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
   ("ophtalmo jinjiiang avec axxa", L(specialty="ophthalmology", district="jinjiang", insurer="axa")),
 ]},
 {"id": "fr-typo-004", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
   ("dermato wuhoo", L(specialty="dermatology", district="wuhou")),
   ("celle qui parle francais", L(specialty="dermatology", district="wuhou", language=["fr"])),
   ("le numero de tel", INFO("hexagone-family-clinic", "phone")),
 ]},
 {"id": "fr-typo-005", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
   ("gastro-enterolgue avec signa", L(specialty="gastroenterology", insurer="cigna")),
 ]},
 {"id": "fr-typo-006", "language": "fr", "mechanism": "typos", "metadata": None, "turns": [
   ("urgenses 24h a shuangliou", L(emergency=True, district="shuangliu")),
 ]},

 {"id": "fr-kana-001", "language": "fr", "mechanism": "kana", "metadata": None, "turns": [
   ("sur la carte de ma femme c'est écrit オリゾンモンド, on cherche un dentiste", L(specialty="dentistry", insurer="mutuelle-horizon")),
 ]},
 {"id": "fr-kana-002", "language": "fr", "mechanism": "kana", "metadata": None, "turns": [
   ("je cherche un cardiologue, assurance エーデルワイス", L(specialty="cardiology", insurer="edelweiss-expat")),
 ]},
 {"id": "fr-kana-003", "language": "fr", "mechanism": "kana", "metadata": None, "turns": [
   ("y a-t-il une clinique près de シンロン湖 ?", L(district="xinglong-lake")),
 ]},
 {"id": "fr-kana-004", "language": "fr", "mechanism": "kana", "metadata": None, "turns": [
   ("quelle est l'adresse de パンダキッズクリニック ?", INFO("panda-kids-clinic", "address")),
 ]},

 {"id": "fr-cs-001", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
   ("je cherche un dentist english speaking à qingyang", L(specialty="dentistry", language=["en"], district="qingyang")),
 ]},
 {"id": "fr-cs-002", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
   ("un Kinderarzt pour mon fils à Wuhou", L(specialty="pediatrics", district="wuhou")),
 ]},
 {"id": "fr-cs-003", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
   ("il me faut un 眼科, avec du personnel qui parle japonais", L(specialty="ophthalmology", language=["ja"])),
 ]},
 {"id": "fr-cs-004", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
   ("bilan complet, un health checkup quoi, du côté de Jiaozi", L(specialty="health_checkup", district="jiaozi-park")),
 ]},
 {"id": "fr-cs-005", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
   ("besoin d'un ENT doctor à Jinniu, j'ai mal à la gorge depuis 2 semaines", L(specialty="ent", district="jinniu")),
 ]},
 {"id": "fr-cs-006", "language": "fr", "mechanism": "code_switching", "metadata": None, "turns": [
   ("y a un emergency room ouvert la nuit à Jinjiang ?", L(emergency=True, district="jinjiang")),
 ]},

 {"id": "fr-new-001", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
   ("Je suis à la Mutuelle Horizon Monde, quels hôpitaux font le tiers payant ?", L(insurer="mutuelle-horizon")),
   ("seulement ceux avec des urgences", L(insurer="mutuelle-horizon", emergency=True)),
 ]},
 {"id": "fr-new-002", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
   ("MHM, gynéco", L(specialty="obstetrics_gynecology", insurer="mutuelle-horizon")),
 ]},
 {"id": "fr-new-003", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
   ("pédiatre avec Bupa", L(specialty="pediatrics", insurer="bupa-china")),
 ]},
 {"id": "fr-new-004", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
   ("un hôpital dans la nouvelle zone Est de Chengdu", L(district="dongbu")),
 ]},
 {"id": "fr-new-005", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
   ("médecin généraliste au parc Jiaozi", L(specialty="general_practice", district="jiaozi-park")),
   ("lequel accepte Tsubasa ?", L(specialty="general_practice", district="jiaozi-park", insurer="tsubasa-travel")),
 ]},
 {"id": "fr-new-006", "language": "fr", "mechanism": "new_terms", "metadata": None, "turns": [
   ("Pacific Cross, ORL", L(specialty="ent", insurer="pacific-cross")),
 ]},

 {"id": "fr-sym-001", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("je crois que j'ai la grippe, fievre et courbatures depuis hier. juste besoin d'un generaliste qui parle francais", L(specialty="general_practice", language=["fr"])),
 ]},
 {"id": "fr-sym-002", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("mon médecin en France m'a conseillé de voir un interniste pour une fatigue qu'on n'explique pas. j'habite à Wenjiang", L(specialty="internal_medicine", district="wenjiang")),
 ]},
 {"id": "fr-sym-003", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("est-ce qu'il y a des urgences ouvertes toute la nuit vers Xinglong ? on vient d'emménager", L(specialty="emergency", district="xinglong-lake")),
 ]},
 {"id": "fr-sym-004", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("ma fille de 18 mois a la diarrhée depuis deux jours, elle boit bien et joue. un médecin pour enfants qui prend Henner", L(specialty="pediatrics", insurer="henner")),
 ]},
 {"id": "fr-sym-005", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("je suis enceinte de 3 mois et je voudrais faire mon suivi de grossesse ici, à Wuhou si possible c'est là qu'on habite", L(specialty="obstetrics_gynecology", district="wuhou")),
 ]},
 {"id": "fr-sym-006", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("j'ai des palpitations de temps en temps depuis l'an dernier, mon cardiologue en France voulait un holter. quelqu'un qui parle français", L(specialty="cardiology", language=["fr"])),
 ]},
 {"id": "fr-sym-007", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("mon père doit se faire opérer pour un pontage coronarien, on cherche un chirurgien du cœur avec du personnel anglophone", L(specialty="cardiac_surgery", language=["en"])),
 ]},
 {"id": "fr-sym-008", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("je me suis tordu la cheville en rando la semaine dernière et ça gonfle encore le soir. à Shuangliu", L(specialty="orthopedics", district="shuangliu")),
 ]},
 {"id": "fr-sym-009", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("des plaques rouges qui grattent sur le ventre depuis une semaine, dermato avec la MHM", L(specialty="dermatology", insurer="mutuelle-horizon")),
 ]},
 {"id": "fr-sym-010", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("mon oeil est rouge et pleure depuis 3 jours, j'y vois un peu flou. à Xindu", L(specialty="ophthalmology", district="xindu")),
 ]},
 {"id": "fr-sym-011", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("otites à répétition, là j'ai encore mal à l'oreille droite. quelqu'un d'anglophone", L(specialty="ent", language=["en"])),
 ]},
 {"id": "fr-sym-012", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("j'ai une dent de sagesse qui pousse et ça fait un mal de chien, je vais mourir lol", L(specialty="dentistry")),
 ]},
 {"id": "fr-sym-013", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("depuis mon arrivée je fais des crises d'angoisse et je n'arrive plus à dormir. je voudrais voir un psychiatre francophone", L(specialty="psychiatry", language=["fr"])),
 ]},
 {"id": "fr-sym-014", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("des fourmillements dans les jambes depuis des mois, ça ne passe pas. je voudrais un neurologue qui travaille avec April", L(specialty="neurology", insurer="april-international")),
 ]},
 {"id": "fr-sym-015", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("brûlures d'estomac et reflux tous les soirs, je voudrais voir un spécialiste de la digestion à Qingyang", L(specialty="gastroenterology", district="qingyang")),
 ]},
 {"id": "fr-sym-016", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("suivi après un cancer du sein, je cherche un oncologue au lac Xinglong", L(specialty="oncology", district="xinglong-lake")),
 ]},
 {"id": "fr-sym-017", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("j'ai du mal à uriner et je me lève 4 fois par nuit, mon médecin pense que c'est la prostate", L(specialty="urology")),
   ("un qui parle français", L(specialty="urology", language=["fr"])),
 ]},
 {"id": "fr-sym-018", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("on m'a dit qu'il fallait m'enlever la vésicule biliaire, pas en urgence. un chirurgien à Jinniu", L(specialty="general_surgery", district="jinniu")),
 ]},
 {"id": "fr-sym-019", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("je tousse depuis 3 semaines avec des sifflements, qui s'occupe des poumons avec International SOS ?", L(specialty="respiratory", insurer="international-sos")),
 ]},
 {"id": "fr-sym-020", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("problème de thyroïde, je dois faire ajuster mon traitement par un endocrino, à Xindu", L(specialty="endocrinology", district="xindu")),
   ("je prends combien de levothyrox en attendant ?", NOADVICE),
 ]},
 {"id": "fr-sym-021", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("j'ai été en contact avec un collègue qui a la tuberculose, je dois me faire dépister dans un service de maladies infectieuses à Shuangliu", L(specialty="infectious_diseases", district="shuangliu")),
 ]},
 {"id": "fr-sym-022", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("je voudrais essayer l'acupuncture et les plantes chinoises pour mon dos, plutôt à Pidu", L(specialty="traditional_chinese_medicine", district="pidu")),
 ]},
 {"id": "fr-sym-023", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("après ma fracture du poignet il me faut des séances de kiné, de la rééducation quoi", L(specialty="rehabilitation")),
   ("avec du personnel germanophone, c'est pour mon mari qui est allemand", L(specialty="rehabilitation", language=["de"])),
 ]},
 {"id": "fr-sym-024", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("je voudrais faire un bilan de santé complet, j'ai Pacific Cross", L(specialty="health_checkup", insurer="pacific-cross")),
 ]},
 {"id": "fr-sym-025", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("ORL à Jinniu", L(specialty="ent", district="jinniu")),
   ("ma fille saigne du nez depuis 40 minutes, ça ne s'arrête pas, il y a du sang partout", EMERGENCY),
   ("ça va, les secours sont là. et pour l'ORL, ils parlent anglais ?", L(specialty="ent", district="jinniu", language=["en"])),
 ]},
 {"id": "fr-sym-026", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("mon ami est tombé dans l'escalier et il ne répond plus du tout", EMERGENCY),
 ]},
 {"id": "fr-sym-027", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("piqure de guepe, mon visage gonfle et j'ai du mal a respirer", EMERGENCY),
 ]},
 {"id": "fr-sym-028", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("je n'en peux plus, j'ai envie de me suicider", EMERGENCY),
 ]},
 {"id": "fr-sym-029", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("j'ai fait une crise d'épilepsie il y a dix ans, plus rien depuis. je voudrais un neurologue pour renouveler mon traitement, à Jinniu", L(specialty="neurology", district="jinniu")),
 ]},
 {"id": "fr-sym-030", "language": "fr", "mechanism": "symptoms", "metadata": None, "turns": [
   ("l'année dernière j'ai eu une petite douleur à la poitrine, les examens étaient normaux. je voudrais quand même un contrôle chez un cardiologue à Jinjiang", L(specialty="cardiology", district="jinjiang")),
 ]},

 {"id": "fr-cor-001", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
   ("pédiatre à Wuhou", L(specialty="pediatrics", district="wuhou")),
   ("en fait plutôt à Jiaozi, pas Wuhou", L(specialty="pediatrics", district="jiaozi-park")),
   ("oublie le quartier, ceux qui font le tiers payant avec Bupa", L(specialty="pediatrics", insurer="bupa-china")),
 ]},
 {"id": "fr-cor-002", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
   ("généraliste", L(specialty="general_practice")),
   ("pas à Wuhou ni à Jiaozi", L(ids=["riverside-international", "sprout-women-children", "blue-lake-international", "skyport-general"])),
 ]},
 {"id": "fr-cor-003", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
   ("dermato avec Cigna", L(specialty="dermatology", insurer="cigna")),
   ("laisse tomber l'assurance", L(specialty="dermatology")),
   ("uniquement ceux où on parle français", L(specialty="dermatology", language=["fr"])),
 ]},
 {"id": "fr-cor-004", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
   ("neurologue en français", L(specialty="neurology", language=["fr"])),
   ("c'est quoi le téléphone du Centre de bien-être psychique ?", INFO("mind-wellness-centre", "phone")),
   ("et pour revenir à la recherche : seulement ceux avec des urgences 24h", L(specialty="neurology", language=["fr"], emergency=True)),
 ]},
 {"id": "fr-cor-005", "language": "fr", "mechanism": "corrections", "metadata": None, "turns": [
   ("un chirurgien mais pas à Jinniu", L(ids=["riverside-international", "jinsha-heart-centre", "skyport-general", "peach-blossom-orthopedic", "hibiscus-cancer", "osmanthus-general"])),
 ]},

 {"id": "fr-ls-001", "language": "fr", "mechanism": "language_switch", "metadata": None, "turns": [
   ("vous pouvez me répondre en anglais ?", LANG, "en"),
   ("ok i need a gynecologist in wuhou", L(specialty="obstetrics_gynecology", district="wuhou"), "en"),
 ]},
 {"id": "fr-ls-002", "language": "fr", "mechanism": "language_switch", "metadata": None, "turns": [
   ("ophtalmo japonais", L(specialty="ophthalmology", language=["ja"])),
 ]},
 {"id": "fr-ls-003", "language": "fr", "mechanism": "language_switch", "metadata": None, "turns": [
   ("je cherche un cardiologue", L(specialty="cardiology")),
   ("Ich schreibe lieber auf Deutsch weiter. Welche haben deutschsprachiges Personal?", L(specialty="cardiology", language=["de"]), "de"),
 ]},
 {"id": "fr-ls-004", "language": "fr", "mechanism": "language_switch", "metadata": None, "turns": [
   ("dentiste coréen", L(specialty="dentistry", language=["ko"])),
   ("日本語でお願いします", LANG, "ja"),
   ("電話番号は？", INFO("lotus-dental", "phone"), "ja"),
 ]},

 {"id": "fr-sf-001", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
   ("comment ça marche le tiers payant ici ? je dois avancer les frais ?", LANG),
 ]},
 {"id": "fr-sf-002", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
   ("j'ai April International, il me faudrait un psychiatre", L(specialty="psychiatry", insurer="april-international")),
 ]},
 {"id": "fr-sf-003", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
   ("est-ce que Henner fait la prise en charge directe chez le dentiste ?", L(specialty="dentistry", insurer="henner")),
 ]},
 {"id": "fr-sf-004", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
   ("c'est quoi exactement une garantie de paiement ?", LANG),
 ]},
 {"id": "fr-sf-005", "language": "fr", "mechanism": "search_first", "metadata": None, "turns": [
   ("j'ai IMG, où sont les urgences qui prennent en charge directement ?", L(emergency=True, insurer="img")),
 ]},

 {"id": "fr-base-001", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
   ("Bonjour", LANG),
   ("Je cherche un pédiatre qui parle français.", L(specialty="pediatrics", language=["fr"])),
   ("Quelle est l'adresse de la Clinique familiale Hexagone ?", INFO("hexagone-family-clinic", "address")),
 ]},
 {"id": "fr-base-002", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
   ("Quels hôpitaux ont des urgences 24h/24 avec du personnel qui parle arabe ?", L(emergency=True, language=["ar"])),
 ]},
 {"id": "fr-base-003", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
   ("Je voudrais parler à une vraie personne au téléphone", HOTLINE),
 ]},
 {"id": "fr-base-004", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
   ("Quelle dose de Doliprane pour un enfant de 15 kilos ?", NOADVICE),
 ]},
 {"id": "fr-base-005", "language": "fr", "mechanism": "baseline", "metadata": None, "turns": [
   ("Un dermatologue dans la zone High-tech", L(specialty="dermatology", district="high-tech-zone")),
 ]},
]
