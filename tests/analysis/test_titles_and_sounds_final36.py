"""final36 #4: a German compound title with the role head "kommandant" ("Feuerwehrkommandant Henrik Sjöberg")
stays out of the speaker; a Korean topic particle stays out of a name ("헨리크 셰베리는"); Swedish sj is said
sh, so Henrik Sjöberg is one person with ヘンリック・シェーベリ, 헨리크 셰베리 and Хенрик Шёберг. Sentences written
for this test."""

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.text import sound_match

from ._docs import doc_of, speakers_of


@pytest.mark.parametrize("text, want", [
    ("„Das Feuer ist unter Kontrolle“, sagte Feuerwehrkommandant Henrik Sjöberg.", "Henrik Sjöberg"),
    ("„Wir bleiben vor Ort“, sagte Hafenkommandantin Eva Lind.", "Eva Lind"),
    ("Polizeidirektor Max Becker sagte: „Es gibt noch keine Spur.“", "Max Becker"),
    ("„Die Truppe ist bereit“, sagte Bataillonskommandeur Jan Vogt.", "Jan Vogt"),
])
def test_german_compound_commander_title_is_no_part_of_the_name(text: str, want: str) -> None:
    assert speakers_of(text, "de")[-1] == want


@pytest.mark.parametrize("latin, other, same", [
    ("Henrik Sjöberg", "ヘンリック・シェーベリ", True),
    ("Henrik Sjöberg", "헨리크 셰베리", True),
    ("Henrik Sjöberg", "Хенрик Шёберг", True),
    ("Anna Skjöld", "アンナ・シェルド", True),
    ("Henrik Sjöberg", "Хенрик Шуберт", False),  # another surname
    ("Henrik Sjöberg", "Henrik Sjöstrand", False),  # another surname
])
def test_swedish_sj_is_said_sh(latin: str, other: str, same: bool) -> None:
    assert bool(sound_match(latin, other)) is same


def _entities(docs: list[tuple[str, str]]):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", [s], lang) for i, (lang, s) in enumerate(docs)])


def test_swedish_name_one_person_in_four_scripts() -> None:
    entities = _entities([
        ("en", "Fire chief Henrik Sjöberg said the warehouse could not be saved."),
        ("ja", "消防署長のヘンリック・シェーベリ氏は、倉庫は救えなかったと述べた。"),
        ("ko", "헨리크 셰베리 소방청장은 창고를 구할 수 없었다고 말했다."),
        ("ru", "Начальник пожарной охраны Хенрик Шёберг сказал, что склад спасти не удалось."),
    ])
    one = {"Henrik Sjöberg", "ヘンリック・シェーベリ", "헨리크 셰베리", "Хенрик Шёберг"}
    assert any(one <= set(e.variants) for e in entities), [e.variants for e in entities]


@pytest.mark.parametrize("sentence, name", [
    ("헨리크 셰베리는 소방관 약 60명이 투입됐다고 밝혔다.", "헨리크 셰베리"),
    ("마르코 벨리니는 경찰관 20명을 현장에 보냈다고 말했다.", "마르코 벨리니"),
    ("안나 로시는 검사관 두 명과 함께 창고를 찾았다.", "안나 로시"),
])
def test_korean_topic_particle_is_no_part_of_a_name_before_a_title(sentence: str, name: str) -> None:
    docs = [doc_of("d1", [f"{name} 소방청장은 창고를 구할 수 없었다고 말했다."], "ko"), doc_of("d2", [sentence], "ko")]
    variants = {v for e in EntityExtractor().extract(docs) for v in e.variants}
    assert name in variants and not any(v.startswith(name) and v != name for v in variants), variants


def test_korean_name_ending_in_i_keeps_it() -> None:
    docs = [doc_of("d1", ["알렉세이 이바노프 경찰관은 수색이 계속된다고 말했다."], "ko")]
    variants = {v for e in EntityExtractor().extract(docs) for v in e.variants}
    assert "알렉세이 이바노프" in variants, variants
