"""A capital written in a script without capitals, or in a Cyrillic name of three letters, is that capital (break58:
ar "روما", he "רומא", ru "Рим" were not linked to "Rome"). The gazetteer keeps no key under four letters and Arabic,
Persian and Hebrew fold without vowels, so these names never met their city; the entity linker's GeoNames index holds
them, read for capitals (bare or after a glued prefix: "ברומא"), never for a country's name ("عمان": Oman) or a
common word ("سيول": torrents). names55 measured 25 capitals x 6 scripts (ja/ar/he/zh/fa/ru) against an English
text naming the capital: 160 -> 171 of 180 pairs share it (the rest: Washington in ja/ar/he/fa, Persian "رم" and
"دهلی نو", Chinese "渥太华" have no name in the shipped tables; "سيول" and "Вена" are common words too). Inputs
written for these tests."""

from __future__ import annotations

import pytest

from storylens import similarity as sim


def _shared(other: str, lang: str, capital: str, hashing_embedder) -> tuple[str, ...]:
    english = f"Officials met in {capital} on Monday, the ministry said."
    f = sim.pair_features([(english, other, "en", lang)], hashing_embedder, sim.Gazetteer.load())[0]
    return f.shared_places


@pytest.mark.parametrize(("text", "lang", "capital"), [
    ("اجتمع المسؤولون في روما يوم الاثنين.", "ar", "Rome"),
    ("המשלחת נפגשה ברומא ביום שני.", "he", "Rome"),
    ("Делегации встретились в понедельник. Рим принял гостей.", "ru", "Rome"),
    ("مقامات روز دوشنبه در پکن دیدار کردند.", "fa", "Beijing"),
    ("وزیران روز دوشنبه در وین دیدار کردند.", "fa", "Vienna"),
    ("التقى الوزراء في أثينا يوم الاثنين.", "ar", "Athens"),
    ("وصل الوفد إلى أوتاوا يوم الاثنين.", "ar", "Ottawa"),
    ("وزیران روز دوشنبه در کابل دیدار کردند.", "fa", "Kabul"),
])
def test_a_capital_in_another_script_is_a_shared_place(text, lang, capital, hashing_embedder):
    assert capital in _shared(text, lang, capital, hashing_embedder)


@pytest.mark.parametrize(("text", "lang", "capital"), [
    ("اجتاحت سيول جارفة القرى يوم الاثنين.", "ar", "Seoul"),     # torrents
    ("وصل وزير خارجية عمان إلى الرياض.", "ar", "Amman"),           # Oman
])
def test_a_common_word_or_a_country_is_no_capital(text, lang, capital, hashing_embedder):
    assert capital not in _shared(text, lang, capital, hashing_embedder)


def test_the_reason_shows_each_text_its_own_spelling(hashing_embedder):
    english = "Officials met in Rome on Monday, the ministry said."
    f = sim.pair_features([(english, "המשלחת נפגשה ברומא ביום שני.", "en", "he")], hashing_embedder,
                          sim.Gazetteer.load())[0]
    assert sim._features._place_items(f) == ("Rome / רומא",)
