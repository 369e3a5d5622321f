"""Prison terms compared across languages (trial 18 #2): a number word of every language ("acht",
"تسع", "九", "nove") before the word for years of every language ("Jahren", "سنوات", "年", "anos",
"годам", "yıl") is one figure of one measure, "year", so "zu acht Jahren Haft" against "nine years"
is a conflict and "nueve años" against "neun Jahre" is not. Before, the German, Arabic, Chinese and
Portuguese words were no numbers, each language's word for years was a unit of its own, and the
Spanish "nueve años" was an age."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import number_kind
from storylens.analysis.quantities import extract_numbers, unit_key
from storylens.report.pipeline import _Measures
from storylens.text import measure_words


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), lang)


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    measures = _Measures({"d1": "2026-11-24", "d2": "2026-11-24"})
    return measures.measure_conflicts(_unit("d1", *a), _unit("d2", *b))


_DE8 = ("Ein Gericht hat den früheren Minister Viktor Halden zu acht Jahren Haft verurteilt.", "de")
_EN9 = ("A court sentenced former minister Viktor Halden to nine years in prison.", "en")
_EN8 = ("A court sentenced former minister Viktor Halden to eight years in prison.", "en")
_NINE = [
    ("Un tribunal condenó al exministro Viktor Halden a nueve años de prisión.", "es"),
    ("Суд приговорил бывшего министра Виктора Халдена к девяти годам лишения свободы.", "ru"),
    ("Mahkeme eski bakan Viktor Halden'i 9 yıl hapis cezasına çarptırdı.", "tr"),
    ("法院判处前部长维克托·哈尔登九年有期徒刑。", "zh"),
    ("قضت محكمة بسجن الوزير السابق فيكتور هالدن تسع سنوات.", "ar"),
    ("Um tribunal condenou o ex-ministro Viktor Halden a nove anos de prisão.", "pt"),
    _EN9,
]


@pytest.mark.parametrize("nine", _NINE[:-1])
def test_eight_years_against_nine_years_is_a_conflict_in_every_language(nine):
    found = _conflicts(_DE8, nine)
    assert any(msg.startswith("term: year:") for msg in found), found


@pytest.mark.parametrize("nine", _NINE[:4])
def test_eight_years_in_english_against_nine_in_another_language(nine):
    found = _conflicts(_EN8, nine)
    assert any(msg.startswith("term: year:") for msg in found), found


@pytest.mark.parametrize(("a", "b"), [
    (_NINE[0], _NINE[3]), (_NINE[4], _NINE[5]), (_NINE[1], _EN9), (_NINE[2], _NINE[4]),
    (("Der Ex-Minister wurde zu neun Jahren Haft verurteilt.", "de"), _NINE[3]),
])
def test_the_same_term_in_two_languages_is_no_conflict(a, b):
    assert not [m for m in _conflicts(a, b) if "year:" in m]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("zu acht Jahren Haft", "de", 8), ("被判入狱九年", "zh", 9), ("判处十二年有期徒刑", "zh", 12),
    ("بسجنه تسع سنوات", "ar", 9), ("بالسجن تسعة عشر عاما", "ar", 19), ("a nove anos de prisão", "pt", 9),
    ("a dezoito anos de prisão", "pt", 18),
])
def test_number_words_before_years_are_read(text, lang, value):
    found = [(q.value, unit_key(q.unit, lang)) for q in extract_numbers(text, lang)]
    assert found == [(value, "year")], found


@pytest.mark.parametrize(("text", "lang"), [
    ("Das dürfen wir nicht außer acht lassen.", "de"),  # "acht" of "außer Acht lassen" is no eight
    ("2019年9月签署的合同", "zh"),  # a month, no count
    ("他在九年级读书", "zh"),  # ninth grade
    ("二〇一九年", "zh"),  # a year written in numerals
    ("في القرن التاسع عشر", "ar"),  # "the nineteenth century": "ten" of an ordinal
])
def test_homographs_and_dates_stay_no_count(text, lang):
    assert [q for q in extract_numbers(text, lang) if q.value in (8.0, 9.0, 10.0)] == []


@pytest.mark.parametrize(("text", "start", "end", "kind"), [
    ("Halden, de 61 años, fue ministro.", 11, 13, "age"),
    ("Halden, de 61 anos, foi ministro.", 11, 13, "age"),
    ("Un homme de 84 ans a été tué.", 12, 14, "age"),
    ("Murió a los 84 años.", 12, 14, "age"),
    ("Condenado a nueve años de prisión.", 12, 17, "count"),
    ("Una pena de nueve años de cárcel.", 12, 17, "count"),
    ("Condamné à neuf ans de prison.", 11, 15, "count"),
    ("Condannato a nove anni di carcere.", 13, 17, "count"),
])
def test_the_word_for_years_is_an_age_only_beside_an_age_cue(text, start, end, kind):
    assert number_kind(text, start, end) == kind


def test_an_age_is_not_compared_with_a_term():
    found = _conflicts(("Halden, de 61 años, fue condenado a nueve años de prisión.", "es"),
                       ("Halden, 61, was jailed for nine years.", "en"))
    assert not [m for m in found if m.startswith(("year:", "age:"))], found


def test_cldr_forms_of_year_are_the_measure_year_in_every_language():
    """babel's CLDR unit patterns ("{0} Jahre", "{0} سنوات", "{0}年") name the word for years of
    each language; the text data's "measures" "year" must hold every one of them but the French "an",
    which the measure table (one for every language) would also give the English article."""
    babel = pytest.importorskip("babel")
    from storylens.text import LANGUAGES

    words = measure_words()
    for lang in LANGUAGES:
        patterns = babel.Locale.parse(lang)._data["unit_patterns"]["duration-year"]["long"]
        plural = ("zero", "one", "two", "few", "many", "other")  # not "per" ("{0} pro Jahr")
        for form in {v for k, v in dict(patterns).items() if k in plural and isinstance(v, str) and "{0}" in v}:
            word = form.replace("{0}", "").strip().lower()
            if word and "/" not in word and " " not in word and word != "an":
                assert words.get(word) == "year", (lang, word)
