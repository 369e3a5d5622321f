"""Quote speakers from a multilingual trial (a mine collapse near Copiapó, two rate decisions):
the name the reporting clause gives, whole names in Chinese, role words apart from the name,
dash dialogue whose reporting clause is no quote. Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _doc(text, lang, doc_id="d1"):
    return segmented_doc(text, lang, doc_id)


def _quotes(text, lang):
    return [(q.text, q.speaker) for q in extract_quote_spans([_doc(text, lang)])]


# ---------------------------------------------------------------- Russian dash dialogue

_RU_LEAD = "Министр горнодобывающей промышленности Марсела Эрнандо приехала на шахту под Копьяпо.\n"


@pytest.mark.parametrize("line, speech", [
    ("— Мы найдём их — живыми, — сказала она.", "Мы найдём их — живыми"),
    ("— Скважина готова — осталось спустить капсулу, — заявила она.", "Скважина готова — осталось спустить капсулу"),
    ("— Работы идут круглосуточно – без перерыва, – добавила Эрнандо.", "Работы идут круглосуточно – без перерыва"),
])
def test_russian_dash_inside_the_speech_is_not_the_attribution(line, speech):
    # the verb after the second dash belongs to that dash: the words between the dashes are speech
    assert _quotes(_RU_LEAD + line, "ru") == [(speech, "Марсела Эрнандо")]


# ---------------------------------------------------------------- Chinese names and pronouns


@pytest.mark.parametrize("text, speaker", [
    ("智利矿工卡罗琳娜·塞普尔韦达说：“我们听到了敲击声。”", "卡罗琳娜·塞普尔韦达"),
    ("“我们听到了敲击声。”塞普尔韦达说。", "塞普尔韦达"),
    ("“我们听到了敲击声。”卡罗琳娜塞普尔韦达说。", "卡罗琳娜塞普尔韦达"),
    ("新西兰联储主席阿德里安·奥尔表示：“通胀已回到目标区间。”", "阿德里安·奥尔"),
    ("“通胀已回到目标区间。”奥尔表示。", "奥尔"),
])
def test_a_chinese_transliterated_name_is_taken_whole(text, speaker):
    # "韦达" and "尔" end the foreign name with a Chinese surname's characters: the name is the whole run
    assert _quotes(text, "zh") == [(text[text.index("“") + 1 : text.index("”")], speaker)]


@pytest.mark.parametrize("text, speaker", [
    ("矿工卡罗琳娜·塞普尔韦达在现场等待消息。“我们听到了敲击声。”她说。", "卡罗琳娜·塞普尔韦达"),
    ("智利总统博里奇周一抵达科皮亚波。“我们不会放弃任何一个人。”他表示。", "博里奇"),
    ("捷克央行行长米哈尔周四宣布加息。“通胀压力依然很大。”他说。", "米哈尔"),
])
def test_a_chinese_pronoun_after_the_quote_is_the_person_named_before(text, speaker):
    assert _quotes(text, "zh")[0][1] == speaker


# ---------------------------------------------------------------- role words belong to the description


@pytest.mark.parametrize("lang, text", [
    ("de", "„Wir haben Klopfzeichen gehört“, sagte Bergarbeiterin Carolina Sepúlveda."),
    ("de", "„Wir haben Klopfzeichen gehört“, sagte die Minenarbeiterin Carolina Sepúlveda."),
    ("de", "Geologin Carolina Sepúlveda sagte: „Der Stollen ist stabil.“"),
    ("de", "„Wir haben Klopfzeichen gehört“, sagte die Bergarbeiterin Carolina Sepúlveda der Nachrichtenagentur AFP."),
    ("it", "Minatrice Carolina Sepúlveda ha detto: «Abbiamo sentito dei colpi»."),
    ("it", "«Abbiamo sentito dei colpi», ha raccontato Soccorritrice Carolina Sepúlveda."),
    ("fr", "Mineuse Carolina Sepúlveda a déclaré : « Nous avons entendu des coups »."),
    ("es", "Rescatista Carolina Sepúlveda dijo: «Escuchamos golpes»."),
    ("en", "Miner Carolina Sepúlveda said: \"We heard tapping.\""),
])
def test_a_capitalised_role_word_is_not_part_of_the_name(lang, text):
    # capitalised at a sentence start, after a verb, or as a German noun (also a compound's head)
    assert [s for _, s in _quotes(text, lang)] == ["Carolina Sepúlveda"]


@pytest.mark.parametrize("lang, text", [
    ("de", "„Die Inflation ist zu hoch“, sagte Notenbank-Gouverneur Aleš Michl."),
    ("fr", "« L'inflation est trop élevée », a déclaré Gouverneur Aleš Michl."),
])
def test_a_central_bank_governor_title_is_not_part_of_the_name(lang, text):
    # the Czech rate hike: a hyphenated compound title and a capitalised one
    assert [s for _, s in _quotes(text, lang)] == ["Aleš Michl"]


def test_a_common_noun_the_text_also_writes_in_lower_case_is_no_name():
    text = ("Enfermera Ana Soto, del hospital de Copiapó, dijo: «Los heridos están estables».\n"
            "La enfermera Ana Soto trabaja en el hospital desde 2010.")
    assert _quotes(text, "es") == [("Los heridos están estables", "Ana Soto")]


def test_a_name_that_opens_with_a_role_like_word_keeps_two_words():
    # "Minatrice Sepúlveda": one word after the role would be a surname alone, and a given name
    # that is a common noun elsewhere is kept when the text never writes it in lower case before the name
    assert [s for _, s in _quotes("«Siamo pronti», ha detto Rosa Maria Bianchi.", "it")] == ["Rosa Maria Bianchi"]


# ---------------------------------------------------------------- Spanish: the name the reporting clause gives

_ES_LEAD = "El presidente Gabriel Boric llegó el lunes a Copiapó, donde se reunió con las familias. "


@pytest.mark.parametrize("clause, speaker", [
    ("«Vamos a sacarlos con vida», declaró a EFE Diego Pardow.", "Diego Pardow"),
    ("«Vamos a sacarlos con vida», explicó a la prensa Aurora Williams.", "Aurora Williams"),
    ("«Vamos a sacarlos con vida», dijo a Efe Diego Pardow.", "Diego Pardow"),
    ("«Vamos a sacarlos con vida», contó a Europa Press Aurora Williams.", "Aurora Williams"),
    ("«Vamos a sacarlos con vida», dijo a AFP Diego Pardow, ministro de Energía.", "Diego Pardow"),
    ("«Vamos a sacarlos con vida», dijo este martes a los periodistas el ministro de Energía, Diego Pardow.", "Diego Pardow"),
    ("«Vamos a sacarlos con vida» —dijo el ministro de Energía, Diego Pardow—.", "Diego Pardow"),
    ("«Vamos a sacarlos con vida» —dijo el ministro Pardow—.", "Pardow"),
    ("«Vamos a sacarlos con vida», según precisó a EFE el ministro Diego Pardow.", "Diego Pardow"),
    ("«Vamos a sacarlos con vida», aseguró por su parte el subsecretario del Interior, Manuel Monsalve.", "Manuel Monsalve"),
])
def test_spanish_speaker_is_the_name_the_reporting_clause_gives(clause, speaker):
    # not Gabriel Boric, named in the sentence before: an addressee, a time phrase or a dash
    # between the verb and the name does not hide the name
    assert [s for _, s in _quotes(_ES_LEAD + clause, "es")] == [speaker]


def test_spanish_surname_after_the_role_takes_the_full_name_given_before():
    text = ("La ministra de Minería, Aurora Williams, viajó a la mina junto al presidente Gabriel Boric.\n"
            "«Hay señales de vida», dijo la ministra Williams.")
    assert _quotes(text, "es") == [("Hay señales de vida", "Aurora Williams")]


def test_an_addressee_that_is_a_name_alone_is_not_the_speaker():
    # "a Radio Bío Bío": the medium, no person after it; "a EFE el ministro …": the person after the article
    text = _ES_LEAD + "«Vamos a sacarlos con vida», afirmó a Radio Bío Bío el ministro Diego Pardow."
    assert [s for _, s in _quotes(text, "es")] == ["Diego Pardow"]


@pytest.mark.parametrize("reply, speaker", [
    ("— Когда? — спросил журналист.", "журналист"),
    ("— Мы ждём, — ответила жена одного из шахтёров.", "жена одного из шахтёров"),
    ("— А вода у них есть? — спросила мать одного из горняков.", "мать одного из горняков"),
])
def test_russian_reply_by_a_described_person_is_not_the_last_speakers(reply, speaker):
    # the reply's reporting clause names no one but describes its speaker: not the minister's turn
    text = _RU_LEAD + "— Мы найдём их, — сказала она.\n" + reply
    got = _quotes(text, "ru")
    assert got[0] == ("Мы найдём их", "Марсела Эрнандо") and got[1][1] == speaker


def test_russian_where_it_was_said_is_no_description():
    # "говорится в заявлении": a place in the text, not a person; the quote keeps no invented speaker
    text = "Спасатели продолжают работу.\n— Работы идут круглосуточно, — говорится в заявлении."
    assert [s for _, s in _quotes(text, "ru")] != ["в заявлении"]


@pytest.mark.parametrize("text, speaker", [
    ("矿业部长马塞拉·埃尔南多说：“救援正在进行。”智利总统博里奇周一抵达科皮亚波。“我们不会放弃任何一个人。”他表示。", "博里奇"),
    ("矿业部长埃尔南多说：“救援正在进行。”随后，总统博里奇抵达现场。“我们不会放弃。”他说。", "博里奇"),
    ("矿业部长埃尔南多说：“救援正在进行。”“我们不会放弃。”她说。", "埃尔南多"),
])
def test_a_chinese_pronoun_takes_the_person_a_later_sentence_opens_with(text, speaker):
    # as in English: the newer sentence subject, not the earlier speaker; with none, the earlier speaker
    assert _quotes(text, "zh")[-1][1] == speaker


def test_a_chinese_shout_is_a_reporting_verb_and_an_adverb_before_it_is_not_the_speaker():
    # dev23 zh gold: "一名妇女随后开始高呼“quid pro Joe”" -> 一名妇女
    text = "救援现场聚集了许多家属。一名妇女随后开始高呼“把他们救出来”。"
    assert _quotes(text, "zh") == [("把他们救出来", "一名妇女")]


@pytest.mark.parametrize("line, speech", [
    ("—Los vamos a encontrar —aseguró—. Es cuestión de días —añadió.", ["Los vamos a encontrar", "Es cuestión de días"]),
    ("—Los vamos a encontrar —dijo—. Hay señales de vida.", ["Los vamos a encontrar", "Hay señales de vida."]),
    ("—Los vamos a encontrar —aseguró la ministra—, porque hay señales de vida.",
     ["Los vamos a encontrar", "porque hay señales de vida."]),
])
def test_spanish_reporting_clause_closed_by_a_glued_dash_is_no_quote(line, speech):
    # "—aseguró—." closes the clause: the speech goes on after it ("añadió." is no quote), and the
    # bare verb's subject is the minister (Spanish drops it)
    text = "La ministra Marcela Hernando llegó a la mina de Copiapó.\n" + line
    assert _quotes(text, "es") == [(s, "Marcela Hernando") for s in speech]


@pytest.mark.parametrize("quoted, parts", [
    ("«Мы найдём их, — сказала она. — Никто не уйдёт отсюда».", ["Мы найдём их", "Никто не уйдёт отсюда"]),
    ("«Мы найдём их, — заявила Эрнандо, — никто не уйдёт отсюда».", ["Мы найдём их", "никто не уйдёт отсюда"]),
    ("«Мы найдём их — живыми», — сказала она.", ["Мы найдём их — живыми"]),
])
def test_russian_reporting_clause_inside_the_marks_is_not_quoted(quoted, parts):
    # the clause between the dashes is narration, the quotation is the speech around it
    assert _quotes(_RU_LEAD + quoted, "ru") == [(p, "Марсела Эрнандо") for p in parts]


@pytest.mark.parametrize("text, speaker", [
    ("博里奇周一抵达科皮亚波。“我们不会放弃任何一个人。”他说。", "博里奇"),
    ("塞普尔韦达在现场等了三天。“我们听到了敲击声。”她说。", "塞普尔韦达"),
    ("王丽在现场等了三天。“我们听到了敲击声。”她说。", "王丽"),
    ("巴西在本周宣布援助。“我们支持智利。”他说。", None),  # a country opens the sentence: no person
])
def test_a_chinese_pronoun_takes_a_bare_name_that_opens_the_sentence(text, speaker):
    assert _quotes(text, "zh")[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a passive's agent speaks in the clause after it (dev23 zh: "拜登被一系列质问者打断，称他为“…”")
    ("部长埃尔南多抵达矿区。她随后被一群矿工家属围住，称救援“太慢了”。", "一群矿工家属"),
    ("部长埃尔南多抵达矿区。她被一名女子拦下，质问她“为什么还没有消息”。", None),  # 质问 is no reporting verb
    # the clause before names the subject (dev23 zh: "房间后面的一名男子指责他行为不当，大喊“…”")
    ("部长讲话后不久，人群中的一名男子打断了她，大喊“快点救人”。", "人群中的一名男子"),
    ("救援开始后，几名矿工的家属冲向警戒线，高呼“我们要见部长”。", "几名矿工的家属"),
    # a headline run into the text with a space: the clause starts after it
    ("矿工家属围堵矿业部 抗议者冲向警戒线，高呼“我们要见部长”。", "抗议者"),
])
def test_a_chinese_reporting_verb_opening_a_clause_takes_the_subject_of_the_clause_before(text, speaker):
    quotes = _quotes(text, "zh")
    assert quotes[-1][1] == speaker


@pytest.mark.parametrize("line, lang, speaker", [
    ("«Vamos a encontrarlos», dijo desde Copiapó Diego Pardow.", "es", "Diego Pardow"),
    ("«Hay señales de vida», declaró desde Santiago de Chile Marcela Hernando.", "es", "Marcela Hernando"),
    ("“We will find them,” said from Geneva Diego Pardow.", "en", "Diego Pardow"),
    ("«Nous allons les retrouver», a déclaré depuis Genève Diego Pardow.", "fr", "Diego Pardow"),
    ("«Li troveremo», ha detto da Ginevra Diego Pardow.", "it", "Diego Pardow"),
    ("„Wir finden sie“, sagte aus Genf Diego Pardow.", "de", "Diego Pardow"),
    ("«Мы их найдём», — заявил из Женевы Диего Пардо.", "ru", "Диего Пардо"),
])
def test_a_place_after_a_preposition_is_not_part_of_the_speaker(line, lang, speaker):
    # "dijo desde Copiapó Diego Pardow" gave "Copiapó Diego Pardow"
    assert _quotes(line, lang)[0][1] == speaker


def test_a_place_before_an_article_leaves_the_description_after_it():
    assert _quotes("«Vamos a encontrarlos», declaró desde Copiapó el ministro Diego Pardow.", "es")[0][1] == "Diego Pardow"


@pytest.mark.parametrize("text, speaker", [
    # dev23 tr: "İstanbul Valiliği, … duyurdu. Yapılan yazılı açıklamada, "…"" (in the statement, no subject)
    (('Zonguldak Valiliği, madendeki kurtarma çalışmalarını duyurdu. Yapılan yazılı açıklamada, '
     '"Tüm işçilere ulaşıldı" denildi.'), "Zonguldak Valiliği"),
    (('Enerji ve Tabii Kaynaklar Bakanlığından yapılan açıklamaya göre ocakta 12 işçi vardı.\n'
     'Açıklamada, "Kurtarma ekipleri ocağa girdi." ifadesi kullanıldı.'), "Enerji ve Tabii Kaynaklar Bakanlığı"),
    ('Kurtarma çalışmaları sürüyor. Açıklamada, "Tüm işçilere ulaşıldı" denildi.', None),  # no organisation named
    # an organisation in the genitive owns a thing ("Bakanlığı'nın genelgesi"), it made no statement
    (('Zonguldak Valiliği kurtarma çalışmalarını duyurdu. Çalışma saatlerinin İçişleri Bakanlığı\'nın genelgesiyle '
     'belirlendiği hatırlatılan açıklamada, "Tüm işçilere ulaşıldı" denildi.'), "Zonguldak Valiliği"),
])
def test_a_turkish_statement_without_a_subject_is_the_organisation_that_made_it(text, speaker):
    assert _quotes(text, "tr")[-1][1] == speaker


_PL_LEAD = "Ministra górnictwa Marcela Hernando przyjechała do kopalni pod Copiapó.\n— Znajdziemy ich wszystkich — powiedziała Hernando.\n"


@pytest.mark.parametrize("line, speaker", [
    # a reply whose clause describes its speaker is not the previous speaker's (as in Russian)
    ("— Kiedy? — zapytał dziennikarz.", "dziennikarz"),
    ("— Nie wiemy — odpowiedziała żona jednego z górników.", "żona jednego z górników"),
    ("— Dlaczego tak długo? — zapytał jeden z ratowników.", "jeden z ratowników"),
    ("— Kiedy? — zapytała starsza kobieta z tłumu.", "starsza kobieta z tłumu"),
    ("— Wkrótce — odpowiedziała spokojnie.", "Marcela Hernando"),  # an adverb describes no one
])
def test_a_polish_dash_reply_takes_the_description_of_its_speaker(line, speaker):
    assert _quotes(_PL_LEAD + line, "pl")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("智利总统博里奇周一抵达科皮亚波。矿业部长埃尔南多表示“我们会找到他们”。博里奇走上讲台，大喊“我们不会放弃”。", "博里奇"),
    ("市气象台首席预报员王丽介绍了天气。矿业部长埃尔南多表示“我们会找到他们”。王丽走上台，大喊“大家注意安全”。", "王丽"),
])
def test_a_chinese_clause_without_a_subject_speaks_for_the_person_its_sentence_opens_with(text, speaker):
    # the speaker named in an earlier clause of the same sentence, not the previous quote's speaker
    assert _quotes(text, "zh")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # "وقالت الوزارة في بيان": the ministry the text named before, not the bare noun
    ('أعلنت وزارة التعدين التشيلية عن بدء عمليات الإنقاذ. وقالت الوزارة في بيان: "نحن على اتصال بالعمال".',
     "وزارة التعدين التشيلية"),
    ('أعلنت شركة كوديلكو عن توقف الإنتاج أمس. وقالت الشركة في بيان: "الإنتاج سيستأنف قريبا".', "شركة كوديلكو"),
    ('وقالت الشركة في بيان: "الإنتاج سيستأنف قريبا".', "الشركة"),  # none named: the noun stays
])
def test_an_arabic_definite_organisation_noun_is_the_organisation_the_text_named(text, speaker):
    assert _quotes(text, "ar")[-1][1] == speaker


@pytest.mark.parametrize("text", [
    # dev23 ar: "فيما هدد الرئيس الإسرائيلي رؤبين ريفلين، بتوجيه "ضربة قاصمة"" gave None
    'وصلت فرق الإنقاذ إلى المنجم، فيما قال الرئيس التشيلي غابرييل بوريتش إن "العمال سيخرجون أحياء".',
    'وصلت فرق الإنقاذ إلى المنجم. فيما هدد الرئيس التشيلي غابرييل بوريتش، بمعاقبة "كل من أهمل".',
    'وصلت فرق الإنقاذ إلى المنجم، بينما أكد الرئيس التشيلي غابرييل بوريتش أن "العمال سيخرجون أحياء".',
])
def test_an_arabic_verb_after_a_clause_conjunction_has_its_subject_after_it(text):
    assert _quotes(text, "ar")[-1][1] == "غابرييل بوريتش"


@pytest.mark.parametrize("text, speaker", [
    # the owner of "açıklamasında" (its statement) before the quote, not a subject the verb leaves out
    ('Madenciler dün tahliye edildi. THY açıklamasında "Seferler iptal edildi" ifadelerine yer verdi.', "THY"),
    ('Enerji Bakanlığı kurtarma planını açıkladı. Bakanlık açıklamasında "Tüm işçilere ulaşıldı" dedi.',
     "Enerji Bakanlığı"),
    ('Recep Tayyip Erdoğan madene gitti. Bakan Fatih Dönmez de oradaydı. Erdoğan açıklamasında "Ocağı kapatacağız" dedi.',
     "Recep Tayyip Erdoğan"),
])
def test_a_turkish_statement_s_owner_is_its_speaker(text, speaker):
    assert _quotes(text, "tr")[-1][1] == speaker
