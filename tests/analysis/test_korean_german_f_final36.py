"""final36 F4c: a German name in Hangul is linked to its Latin spelling when Korean writes the German pf (and
any f) with ㅍ alone: 디트마어 그로스코프 / Dietmar Grosskopf (Großkopf), 슈테판 코프 / Stefan Kopf, 토마스
아펠바움 / Thomas Apfelbaum. The German reading's table is text data (de.json "name_reading"); a Hangul name's ㅍ
is read as p and as f. Other people with other consonants stay apart."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._match import _sound_script_match, _sound_scripts_match

from ._docs import doc_of


@pytest.mark.parametrize(("latin", "hangul"), [
    ("Dietmar Grosskopf", "디트마어 그로스코프"),
    ("Dietmar Großkopf", "디트마르 그로스코프"),
    ("Stefan Kopf", "슈테판 코프"),
    ("Thomas Apfelbaum", "토마스 아펠바움"),
    ("Ralf Kopfmann", "랄프 코프만"),
    ("Stefan Wolf", "슈테판 볼프"),
])
def test_a_german_name_in_hangul_matches_its_latin_spelling(latin: str, hangul: str) -> None:
    assert _sound_script_match(latin, hangul) is not None


@pytest.mark.parametrize(("latin", "hangul"), [
    ("Dieter Kopp", "디트마어 그로스코프"),
    ("Dietmar Grosskopf", "디터 코프"),
    ("Stefan Kopf", "슈테판 코흐"),  # Koch
    ("Thomas Apfelbaum", "토마스 아펠"),
])
def test_another_name_in_hangul_stays_apart(latin: str, hangul: str) -> None:
    assert _sound_script_match(latin, hangul) is None


@pytest.mark.parametrize(("kana", "hangul"), [
    ("ディートマー・グロースコップフ", "디트마어 그로스코프"),
    ("シュテファン・コップフ", "슈테판 코프"),
])
def test_katakana_pfu_and_hangul_p_are_one_german_pf(kana: str, hangul: str) -> None:
    """Katakana writes German pf as プフ, Korean as ㅍ alone: the two readings meet (the linker asks it
    before it joins a Hangul name to an entity that holds the Katakana one)."""
    assert _sound_scripts_match(kana, hangul) is not None


@pytest.mark.parametrize("docs, one", [
    ([("en", "Port safety inspector Dietmar Grosskopf said the crane had been faulty for weeks."),
      ("ja", "港湾安全検査官のディートマー・グロースコップフ氏は、クレーンが数週間前から故障していたと述べた。"),
      ("ru", "Инспектор Дитмар Гросскопф заявил, что кран неисправен уже несколько недель."),
      ("ko", "디트마어 그로스코프 검사관은 크레인이 몇 주째 고장 나 있었다고 말했다.")],
     {"Dietmar Grosskopf", "ディートマー・グロースコップフ", "디트마어 그로스코프"}),
    ([("de", "Hafensicherheitsinspektor Dietmar Großkopf sagte, der Kran sei seit Wochen defekt gewesen."),
      ("en", "Port safety inspector Dietmar Grosskopf said the crane had been faulty for weeks."),
      ("ko", "디트마어 그로스코프 검사관은 크레인이 몇 주째 고장 나 있었다고 말했다.")],
     {"Dietmar Großkopf", "디트마어 그로스코프"}),
    ([("en", "Harbour master Stefan Kopf closed the port on Tuesday."),
      ("ko", "슈테판 코프 항만청장은 화요일 항구를 폐쇄했다고 밝혔다.")],
     {"Stefan Kopf", "슈테판 코프"}),
])
def test_the_hangul_name_joins_the_latin_entity(docs: list[tuple[str, str]], one: set[str]) -> None:
    entities = EntityExtractor().extract([doc_of(f"d{i + 1}", [s], lang) for i, (lang, s) in enumerate(docs)])
    assert any(one <= set(e.variants) and e.type == "PERSON" for e in entities), [e.variants for e in entities]
