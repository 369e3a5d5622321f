"""What trial59's Czech, Ukrainian, Japanese, Korean and Hebrew reports left unread (issue #12; trial59 F10, F12, F15,
the E2/E4/E5/E7 inputs): the text data's missing words, and two readings that were a language's shape.

- cs: "dva se pohřešují" (two are missing) was two dead, "si vyžádaly tři oběti" (claimed three victims) no toll;
- uk: "мають прибути … в середу" (are to arrive on Wednesday) was last Wednesday;
- ja / ko: the vice mayor's speaker was "記者会見で李国強副" (the press conference and half the title) and "리궈창
  옌청시" (the name with the city whose vice mayor he is);
- a lone victim after a headline's colon ("…6.1 בכרתים: אישה נהרגה") was read as counted by the magnitude before
  the colon, and an age before its number ("אישה בת 81") as the toll (the Russian headline, read so before, guards
  the colon rule; the two speakers without a place guard the place rule).
"""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates, extract_numbers

from ._docs import speakers_of


def _figures(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("Tři lidé zahynuli a dva se pohřešují poté, co se v pondělí rozvodnila řeka Júcar.", "cs",
     [(3.0, "killed"), (2.0, "missing")]),
    ("Záplavy ve Španělsku si vyžádaly tři oběti, dva lidé se pohřešují.", "cs", [(3.0, "killed"), (2.0, "missing")]),
    ("רעידת אדמה בעוצמה 6.1 בכרתים: אישה נהרגה", "he", [(6.1, "magnitude"), (1.0, "killed")]),
    ("אישה בת 81 נהרגה כאשר חלק מביתה קרס בכפר.", "he", [(1.0, "killed"), (81.0, "age")]),
    ("Землетрясение магнитудой 5,8 на Крите: погибла женщина", "ru", [(5.8, "magnitude"), (1.0, "killed")]),
])
def test_a_toll_is_read_with_its_kind(text, lang, want):
    assert _figures(text, lang) == want


def test_a_ukrainian_arrival_planned_on_a_weekday_is_ahead():
    dates = extract_dates("Представники міністерства інфраструктури Польщі мають прибути до Гданська в середу.",
                          published="2026-12-01", language="uk")
    assert [d.date for d in dates] == ["2026-12-02"]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("記者会見で李国強副市長は「事故の原因は調査中で、けが人の救命に全力を尽くす」と述べました。", "ja", "李国強"),
    ('리궈창 옌청시 부시장은 현장에서 "사고 원인을 조사하고 있으며, 부상자 치료에 총력을 기울이겠다"고 말했다.', "ko",
     "리궈창"),
])
def test_a_vice_mayors_speaker_is_the_name_alone(text, lang, speaker):
    assert speakers_of(text, lang) == [speaker]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ('안나 켈러 구조대장은 "생존자를 찾고 있다"고 말했다.', "ko", "안나 켈러"),
    ("林芳正官房長官は「情報収集に全力を挙げる」と述べました。", "ja", "林芳正"),
])
def test_a_speaker_without_a_place_keeps_its_name(text, lang, speaker):
    assert speakers_of(text, lang) == [speaker]
