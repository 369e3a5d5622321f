import pytest

from storylens.text.segment import Segmenter


def test_quotes_stay_whole_and_attribution_tail_joins():
    text = ("“What kind of negotiations can there be with criminals, murderers?” Tokayev added. "
            "He thanked the “leaders of the U.N. and other organizations.” Then he left.")
    spans = [s.text for s in Segmenter().split(text)]
    assert spans == [
        "“What kind of negotiations can there be with criminals, murderers?” Tokayev added.",
        "He thanked the “leaders of the U.N. and other organizations.”",
        "Then he left.",
    ]


def test_missing_newline_between_documents():
    text = "CNN’s Jane Doe contributed to this reportKazakhstan's President spoke on Friday."
    spans = [s.text for s in Segmenter().split(text)]
    assert spans == ["CNN’s Jane Doe contributed to this report", "Kazakhstan's President spoke on Friday."]


def test_glued_curly_quote():
    spans = [s.text for s in Segmenter().split("“They need to be destroyed.”The speech ended.")]
    assert spans == ["“They need to be destroyed.”", "The speech ended."]


def test_offsets_and_paragraphs():
    text = "First one. Second one.\n\nThird in a new paragraph."
    spans = Segmenter().split(text)
    assert [text[s.start : s.end] for s in spans] == [s.text for s in spans]
    assert [s.paragraph for s in spans] == [0, 0, 1]


def test_german():
    spans = Segmenter().split("Der Präsident sprach am 7. Januar 2022 im Fernsehen. Die Lage sei „stabil“, sagte er.", "de")
    assert len(spans) == 2


def _texts(text, lang=None):
    return [s.text for s in Segmenter().split(text, lang)]


def test_german_opening_mark_with_ascii_closer_is_one_sentence():
    text = 'Vogel sagte: „Wir werden die Pflege zu Hause neu ordnen."\n\nDie Opposition kritisierte den Zeitplan.'
    assert _texts(text, "de") == ['Vogel sagte: „Wir werden die Pflege zu Hause neu ordnen."', "Die Opposition kritisierte den Zeitplan."]
    assert _texts(text) == _texts(text, "de")  # language unknown: the same


def test_no_sentence_is_a_lone_quote_mark():
    text = "Er sagte: „Das ist gut.“ Dann ging er. Sie sagte: „Wir bleiben.\" Und blieb."
    assert not any(s.strip("„“”\"»« ") == "" for s in _texts(text, "de"))


def test_chinese_keeps_closing_quote_and_attribution():
    text = "气象部门周四发布暴雨橙色预警。“这次降雨范围很广。”市气象台首席预报员王丽说。她表示，预计未来三天降雨量将达到150毫米。“请市民尽量减少外出，注意安全。”她说。全市已有12所学校停课。"
    assert _texts(text, "zh") == [
        "气象部门周四发布暴雨橙色预警。",
        "“这次降雨范围很广。”市气象台首席预报员王丽说。",
        "她表示，预计未来三天降雨量将达到150毫米。",
        "“请市民尽量减少外出，注意安全。”她说。",
        "全市已有12所学校停课。",
    ]
    assert _texts(text) == _texts(text, "zh")  # the script is recognised without a language
    assert not any(s.startswith("”") for s in _texts(text, "zh"))


def test_chinese_quote_followed_by_new_sentence_is_cut_after_the_mark():
    assert _texts("“我们准备好了。”会议随后结束。", "zh") == ["“我们准备好了。”", "会议随后结束。"]


def test_chinese_question_and_exclamation():
    assert _texts("你去哪里？我去北京！好的。", "zh") == ["你去哪里？", "我去北京！", "好的。"]


def test_arabic_comma_is_not_a_sentence_end():
    text = "وقال د. أحمد علي، وزير الصحة، إن الوضع مستقر، مضيفا أن ٤٥ مليون شخص تلقوا اللقاح. وأكد أن الحكومة ستواصل جهودها."
    assert _texts(text, "ar") == [
        "وقال د. أحمد علي، وزير الصحة، إن الوضع مستقر، مضيفا أن ٤٥ مليون شخص تلقوا اللقاح.",
        "وأكد أن الحكومة ستواصل جهودها.",
    ]


def test_arabic_colon_before_a_quotation_does_not_cut():
    assert _texts("وقال وزير الصحة أحمد علي: «الوضع تحت السيطرة».", "ar") == ["وقال وزير الصحة أحمد علي: «الوضع تحت السيطرة»."]


def test_polish_abbreviations():
    text = "W Warszawie protestowało ok. 180 tys. osób, m.in. nauczyciele z woj. mazowieckiego. Policja nie interweniowała."
    assert _texts(text, "pl") == [
        "W Warszawie protestowało ok. 180 tys. osób, m.in. nauczyciele z woj. mazowieckiego.",
        "Policja nie interweniowała.",
    ]


def test_polish_scale_abbreviation_may_end_a_sentence():
    assert _texts("Straty sięgnęły 180 tys. Policja prowadzi śledztwo.", "pl") == [
        "Straty sięgnęły 180 tys.", "Policja prowadzi śledztwo."]


def test_russian_and_spanish_and_french():
    assert _texts("Погибли 2,3 тыс. человек. Власти объявили траур.", "ru") == [
        "Погибли 2,3 тыс. человек.", "Власти объявили траур."]
    assert _texts("La Sra. López llegó a las 10. El Dr. Pérez la recibió.", "es") == [
        "La Sra. López llegó a las 10.", "El Dr. Pérez la recibió."]
    assert _texts("« Nous ne lâcherons rien », a déclaré M. Martin. Il est parti.", "fr") == [
        "« Nous ne lâcherons rien », a déclaré M. Martin.", "Il est parti."]


# pysbd's golden rules that plain pysbd gets right; StoryLens's repairs must not break them.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Оқушылар үйі, Достық даңғылы, Абай даналығы, ауыл шаруашылығы – кім? не?", "kk",
         ["Оқушылар үйі, Достық даңғылы, Абай даналығы, ауыл шаруашылығы – кім?", "не?"]),
        ("See the footnoteRef for details. Join #stopTheSteal now.", "en",
         ["See the footnoteRef for details.", "Join #stopTheSteal now."]),
        ("The iPhone was launched. It sold well.", "en", ["The iPhone was launched.", "It sold well."]),
        ("Бірақ оның енді не керегі бар? — деді.", "kk", ["Бірақ оның енді не керегі бар? — деді."]),
    ],
)
def test_golden_rules_plain_pysbd_gets_right(text, lang, expected):
    import pysbd

    assert [s.strip() for s in pysbd.Segmenter(language=lang, clean=False).segment(text)] == expected
    assert _texts(text, lang) == expected


def test_hard_wrapped_paragraph_is_not_split_at_every_newline():
    text = ("The committee met on Monday and discussed the budget for the coming year in\n"
            "great detail, before voting to approve it by a wide margin. The mayor\n"
            "welcomed the decision.")
    spans = Segmenter().split(text)
    assert [s.text.replace("\n", " ") for s in spans] == [
        ("The committee met on Monday and discussed the budget for the coming year in great detail, "
         "before voting to approve it by a wide margin."),
        "The mayor welcomed the decision.",
    ]
    assert {s.paragraph for s in spans} == {0}
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_bullets_and_headlines_stay_separate_lines():
    text = "Flood warning issued\nBy Jane Doe\n\nThe measures:\n- schools close\n- roads shut\nOfficials said more rain is due."
    assert _texts(text) == ["Flood warning issued", "By Jane Doe", "The measures:", "- schools close", "- roads shut",
                            "Officials said more rain is due."]


# Texts of the kinds pySBD's golden rules cover (abbreviations, numbers, initials, URLs, e-mail,
# ellipses, parentheses, lists, camel case, hashtags): StoryLens's repairs must leave plain pysbd's
# answer alone wherever none of their conditions (a glued quote, a lost line break, an abbreviation
# of the language, an attribution after a closed quotation) occurs.
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Dr. Smith met Mr. Jones at 5 p.m. on Friday. They talked for an hour.", "en"),
        ("The U.S. economy grew 2.5 percent in 2019. Inflation stayed low.", "en"),
        ("J. R. R. Tolkien wrote it. It sold well.", "en"),
        ("Visit https://example.com/a.b?x=1 for details. Or write to press@example.org today.", "en"),
        ("He paused... Then he spoke again. Nobody answered.", "en"),
        ("The plan (see p. 12) was approved. Work starts soon.", "en"),
        ("Protesters used #stopTheSteal and #BlackLivesMatter online. Police watched.", "en"),
        ("The iOS update and the eBay listing went live. Sales rose.", "en"),
        ("Der Umsatz stieg um 2,5 Prozent. Die Aktie fiel.", "de"),
        ("M. Dupont est venu. Il pleuvait.", "fr"),
        ("Вчера прошло заседание. Решение не приняли.", "ru"),
        ("García llegó el lunes. La reunión empezó a las 10.", "es"),
    ],
)
def test_repairs_leave_plain_pysbd_alone(text, lang):
    import pysbd

    plain = [s.strip() for s in pysbd.Segmenter(language=lang, clean=False).segment(text) if s.strip()]
    assert _texts(text, lang) == plain


def test_spanish_title_abbreviation_does_not_end_a_sentence():
    # plain pysbd cuts after "Sr."; the language's abbreviation list undoes it
    assert _texts("El Sr. García llegó. La reunión empezó a las 10.", "es") == ["El Sr. García llegó.", "La reunión empezó a las 10."]


@pytest.mark.parametrize("text, lang, expected", [
    # French « opens the next sentence; it is no orphan closing mark of the previous one.
    ("L'aide représente 500 millions d'euros. « Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra », a-t-il dit.",
     "fr", ["L'aide représente 500 millions d'euros.",
      "« Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra », a-t-il dit."]),
    # German »…« closes with «: cut off after the full stop it still goes back to its quotation.
    ("»Wir werden die Ukraine unterstützen.« Er verließ den Saal.",
     "de", ["»Wir werden die Ukraine unterstützen.«", "Er verließ den Saal."]),
])
def test_guillemets_open_or_close_by_the_quotation_they_belong_to(text, lang, expected):
    assert [s.text for s in Segmenter().split(text, lang)] == expected


@pytest.mark.parametrize("text, lang", [
    ("Die Lieferung soll bis Mitte Nov. abgeschlossen sein, sagte der Minister.", "de"),
    ("La livraison doit être achevée d'ici la mi-nov. au plus tard, a dit le ministre.", "fr"),
    ("Dostawa ma się zakończyć do połowy lis. tego roku, powiedział minister.", "pl"),
    ("La entrega debe completarse a mediados de nov. de este año, dijo el ministro.", "es"),
    ("The delivery should be complete by mid-Nov. at the latest, the minister said.", "en"),
])
def test_a_month_abbreviation_does_not_end_a_sentence(text, lang):
    assert [s.text for s in Segmenter().split(text, lang)] == [text]


def test_a_month_abbreviation_before_a_capital_may_still_end_one():
    # plain pysbd cut "Le 3 janv." from "il pleuvait."; a capital after the month still starts a sentence
    assert _texts("Le 3 janv. il pleuvait. M. Dupont est venu.", "fr") == ["Le 3 janv. il pleuvait.", "M. Dupont est venu."]
    assert _texts("Es geschah im Nov. Danach kam der Winter.", "de") == ["Es geschah im Nov.", "Danach kam der Winter."]


@pytest.mark.parametrize(
    "text, lang, headline",
    [
        ("Trzęsienie ziemi w Turcji. Co najmniej 2300 ofiar\nW poniedziałek rano ziemia zatrzęsła się.", "pl",
         "Trzęsienie ziemi w Turcji. Co najmniej 2300 ofiar"),
        ("Erdbeben in der Türkei. Mindestens 2300 Tote\nAm Montag bebte die Erde.", "de",
         "Erdbeben in der Türkei. Mindestens 2300 Tote"),
        ("Seísmo en Turquía. Al menos 2300 muertos\nEl lunes la tierra tembló.", "es",
         "Seísmo en Turquía. Al menos 2300 muertos"),
        ("Koronawirus w Polsce. Położna zwolniona. \"Mamy pandemię\"\nDyrektor szpitala milczy.", "pl",
         "Koronawirus w Polsce. Położna zwolniona. \"Mamy pandemię\""),
    ],
)
def test_a_first_line_without_a_full_stop_is_one_headline(text, lang, headline):
    assert Segmenter().split(text, lang)[0].text == headline


@pytest.mark.parametrize(
    "text, first",
    [
        # a first line that ends a sentence, and a text of one paragraph (a body, not a headline)
        ("The quake hit at dawn. At least 2,300 died.\nRescue teams arrived.", "The quake hit at dawn."),
        ("Earthquake in Turkey. At least 2,300 dead", "Earthquake in Turkey."),
    ],
)
def test_sentences_of_a_body_line_are_still_split(text, first):
    assert Segmenter().split(text, "en")[0].text == first


# trial 8: "do 5 proc., czym zaskoczył…" was cut after "proc."; every language's common abbreviations
# before a comma or a lower-case word keep the sentence whole.
@pytest.mark.parametrize(("text", "lang"), [
    ("Bank podniósł stopę o 50 punktów bazowych, do 5 proc., czym zaskoczył analityków.", "pl"),
    ("Korona umocniła się o około 1,5 proc., do 24,10 za euro.", "pl"),
    ("Wartość transakcji to 5 mln., a nie 6 mln. złotych.", "pl"),
    ("Firma ABC sp. z o.o. zatrudnia ok. 300 osób.", "pl"),
    ("Sprzedano 180 tys. egzemplarzy, tj. więcej niż rok temu.", "pl"),
    ("Объём составил 12 млн., т.е. больше прогноза аналитиков.", "ru"),
    ("Доход вырос на 2 тыс. долларов, т. е. совсем немного.", "ru"),
    ("Der Zins stieg um 0,75 Prozentpunkte bzw. um ein Drittel auf 5,25 Prozent.", "de"),
    ("Die Firma zahlte 2 Mio. Euro, d. h. mehr als erwartet.", "de"),
    ("La compañía Telefónica S.A. ganó 2,5 millones, aprox. un 3 % más.", "es"),
    ("Le groupe a levé 12 mds, soit env. 480 M€ par an.", "fr"),
    ("La società Eni S.p.A. ha guadagnato 3 mln. di euro nel trimestre.", "it"),
])
def test_an_abbreviation_before_a_comma_or_a_lower_case_word_does_not_end_a_sentence(text, lang):
    assert _texts(text, lang) == [text]


@pytest.mark.parametrize(("text", "lang", "first"), [
    ("Straty sięgnęły 5 mln. Policja prowadzi śledztwo.", "pl", "Straty sięgnęły 5 mln."),
    ("The deal was signed in the U.S. The company declined to comment.", "en", "The deal was signed in the U.S."),
])
def test_a_scale_or_company_abbreviation_before_a_capital_may_still_end_one(text, lang, first):
    assert _texts(text, lang)[0] == first


@pytest.mark.parametrize(("text", "lang", "first"), [
    ("„Zrobimy wszystko, co konieczne, aby sprowadzić ją do celu 2 proc.” – powiedziała prezes banku. Kurs wzrósł.",
     "pl", "„Zrobimy wszystko, co konieczne, aby sprowadzić ją do celu 2 proc.” – powiedziała prezes banku."),
    ("«Это не так», — сказала она. Потом она ушла.", "ru", "«Это не так», — сказала она."),
])
def test_a_dash_attribution_after_a_closed_quotation_stays_with_it(text, lang, first):
    assert _texts(text, lang)[0] == first


@pytest.mark.parametrize("text, lang", [
    ("He said no. He said no. He said no.", "en"),  # a repeated sentence takes the next occurrence
    ("Hi.  Hi.\u00a0 Hi.\u2003Done", "en"),  # Unicode whitespace after a sentence belongs to it
    ("Dr. Smith arrived at 5 p.m. on Jan. 3. He left. (He left.) He left.", "en"),
    ("Er kam um 10 Uhr. Er ging um 11 Uhr. „Er kam.“ Er kam.", "de"),
    ("a.a.a.a. a.a. a.", "en"),
])
def test_char_spans_are_pysbds_own(text, lang):
    """The str.find scan gives pysbd's regex spans (one compiled pattern per sentence) exactly."""
    import pysbd

    from storylens.text.segment import _char_spans

    plain = pysbd.Segmenter(language=lang, clean=False, char_span=True)
    plain.original_text = text
    sentences = plain.processor(text).process()
    expected = [(s.sent, s.start, s.end) for s in plain.sentences_with_char_spans(sentences)]
    assert [(s.sent, s.start, s.end) for s in _char_spans(plain, sentences)] == expected
    assert [(s.sent, s.start, s.end) for s in _char_spans(plain, ["", *sentences])] == \
        [(s.sent, s.start, s.end) for s in plain.sentences_with_char_spans(["", *sentences])]
