"""A monarch's or pope's name with its regnal number, across scripts: محمد السادس / Mohammed VI / Mohammed VI. /
Мухаммед VI, تشارلز الثالث / Charles III / 查尔斯三世 are one person each (the Arabic ordinal, a word, hid the
name from the sound rules); two kings of one number (Mohammed VI, Felipe VI) stay two."""

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.text import regnal_name

from ._docs import doc_of


def _entities(docs):
    return EntityExtractor().extract([doc_of(f"d{i + 1}", s, lang) for i, (lang, s) in enumerate(docs)])


def _joined(entities, a: str, b: str) -> bool:
    return any(a in e.variants and b in e.variants for e in entities)


MOROCCO = [
    ("ar", ["أعطى الملك محمد السادس تعليماته للحكومة يوم الاثنين.", "وقال محمد السادس إن المغرب سيواصل دعم المتضررين."]),
    ("fr", ["Le roi Mohammed VI a donné lundi ses instructions au gouvernement."]),
    ("ru", ["Король Мухаммед VI в понедельник дал указания правительству."]),
    ("es", ["El rey Mohamed VI y el rey Felipe VI se reunieron en Rabat."]),
]


def test_mohammed_vi_across_scripts() -> None:
    entities = _entities(MOROCCO)
    for form in ("Mohammed VI", "Мухаммед VI", "Mohamed VI"):
        assert _joined(entities, "محمد السادس", form), [e.variants for e in entities]
    assert not _joined(entities, "Felipe VI", "Mohammed VI")


def test_german_dot_after_the_numeral() -> None:
    # (the extractor keeps the German title: "König Mohammed VI"; the last word before the numeral is read too)
    entities = _entities([("ar", MOROCCO[0][1]), ("de", ["König Mohammed VI. wies die Regierung am Montag an."])])
    assert any("محمد السادس" in e.variants and any("Mohammed VI" in v for v in e.variants) for e in entities), \
        [e.variants for e in entities]


def test_charles_iii_in_arabic_and_chinese() -> None:
    entities = _entities([("ar", ["قال الملك تشارلز الثالث إنه حزين."]), ("en", ["King Charles III said he was saddened."]),
                          ("zh", ["英国国王查尔斯三世表示他感到悲伤。"])])
    assert _joined(entities, "تشارلز الثالث", "Charles III") and _joined(entities, "查尔斯三世", "Charles III"), \
        [e.variants for e in entities]


@pytest.mark.parametrize(("name", "read"), [
    ("Mohammed VI", ("Mohammed", 6)), ("Mohammed VI.", ("Mohammed", 6)), ("Мухаммед VI", ("Мухаммед", 6)),
    ("محمد السادس", ("محمد", 6)), ("إليزابيث الثانية", ("إليزابيث", 2)), ("穆罕默德六世", ("穆罕默德", 6)),
    ("本笃十六世", ("本笃", 16)), ("ムハンマド6世", ("ムハンマド", 6)), ("찰스 3세", ("찰스", 3)),
    ("Benedikt XVI.", ("Benedikt", 16)), ("Louis XIV", ("Louis", 14)), ("Juan Carlos I", ("Juan Carlos", 1)),
    ("Mohammed", None), ("VI", None), ("Kim Il Sung", None),
])
def test_regnal_name(name, read):
    assert regnal_name(name) == read
