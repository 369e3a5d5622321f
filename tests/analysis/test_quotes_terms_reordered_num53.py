"""A term in scare quotes is no quotation, and one sentence written in two orders holds no polarity conflict
(num53; break51 O2, break52 zh): '该市宣布进入"紧急状态"。' made the city a speaker of "state of emergency";
'他强调，中方"绝不接受"单边制裁。' / '"绝不接受"单边制裁，王毅强调。' gave "polarity: d1 affirms, d2 denies"."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import polarity

from ._docs import speakers_of


@pytest.mark.parametrize(
    "text, lang",
    [
        ('该市宣布进入"紧急状态"。', "zh"),
        ("该市宣布进入“紧急状态”。", "zh"),
        ('政府宣布"紧急状态"。', "zh"),
        ('该市宣布实施"宵禁"。', "zh"),
        ("政府は「緊急事態」を宣言した。", "ja"),
        ('The city declared a "state of emergency" on Monday.', "en"),
        ('The mayor said the city was in a "state of emergency".', "en"),
        ('La ciudad declaró el "estado de emergencia" el lunes.', "es"),
        ('Il comune ha dichiarato lo "stato di emergenza" lunedì.', "it"),
        ('Władze wprowadziły "stan wyjątkowy" w poniedziałek.', "pl"),
        ("Власти города ввели «режим ЧС» в понедельник.", "ru"),
        ("La ville a décrété « l'état d'urgence » lundi.", "fr"),
        ("Die Stadt rief am Montag den „Ausnahmezustand“ aus.", "de"),
    ],
)
def test_a_term_in_scare_quotes_is_no_quotation(text, lang):
    assert speakers_of(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, speakers",
    [
        ('省政府要求各地"立即撤离"。', "zh", [None]),  # a demand: its term (撤离) is of two characters
        ('他说："紧急状态"。', "zh", [None]),  # after a colon
        ("林官房長官は「緊急事態だ」と述べた。", "ja", ["林"]),
        ('The mayor said: "State of emergency."', "en", ["The mayor"]),
        ("Le maire a déclaré : « l'état d'urgence ».", "fr", ["Le maire"]),
    ],
)
def test_a_quoted_term_that_is_said_stays_a_quotation(text, lang, speakers):
    assert speakers_of(text, lang) == speakers


@pytest.mark.parametrize(
    "a, b, lang",
    [
        ('外交部长王毅周一在北京表示，中方"绝不接受"单边制裁。', '"绝不接受"单边制裁，外交部长王毅周一在北京强调。', "zh"),
        ("他强调，中方绝不接受单边制裁。", "中方绝不接受单边制裁，他强调。", "zh"),
        ("林官房長官は、「制裁は絶対に受け入れない」と強調した。", "「制裁は絶対に受け入れない」、林官房長官はこう強調した。", "ja"),
        ('조태열 장관은, "제재를 결코 받아들이지 않겠다"고 말했다.', '"제재를 결코 받아들이지 않겠다", 조태열 장관은 말했다.', "ko"),
        ("Die Polizei nahm niemanden fest, und die Straße blieb gesperrt.",
         "Die Straße blieb gesperrt, und die Polizei nahm niemanden fest.", "de"),
    ],
)
def test_one_sentence_in_two_orders_holds_no_polarity_conflict(a, b, lang):
    assert polarity(a, lang, b, lang) is None


@pytest.mark.parametrize(
    "a, b, lang",
    [
        ("The court did not fine the man but barred him.", "The court fined the man but did not bar him.", "en"),
        ("قال الوزير، إن بلاده لن تقبل العقوبات.", "قال الوزير، إن بلاده تقبل العقوبات.", "ar"),
        ("Die Polizei nahm niemanden fest, und die Straße wurde gesperrt.",
         "Die Polizei nahm zwei Männer fest, und die Straße wurde nicht gesperrt.", "de"),
        ("Полиция никого не задержала, но дорогу перекрыли.", "Полиция задержала двоих, но дорогу не перекрыли.", "ru"),
    ],
)
def test_clauses_in_one_order_that_differ_still_conflict(a, b, lang):
    assert polarity(a, lang, b, lang) is not None
