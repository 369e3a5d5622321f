"""trial55 F8: a short name (two consonants: "Kickl" k-l, "Rabie" r-b) was found in no other script.
``search "Kickl"`` missed the Russian report's «Киклем» (its instrumental case), ``search "Кикль"`` found
only that report, ``search "Rabie"`` missed the Arabic original's «ربيع», ``search "ربيع"`` the Latin ones:
``sound_match`` asks a surname alone for three consonants. Search reads the reports of what the query found
(their stories, their nearest by meaning), and there a one-word name matches a word in another script with
its consonant skeleton (one more consonant at its end: a case ending), its Latin letters near the name's (in
Arabic: its consonants as written). Both backends; the query's vector is far from every article. The texts
are written for these tests."""

from __future__ import annotations

import pytest

from storylens.stream._across import sounded

from .test_search_names import _unit
from .test_search_scripts import _FarQuery, _found, _write

# (title, text, language, vector): an election story naming its winner in Latin and Cyrillic (inflected),
# a ship story naming the canal's chairman in Latin and Arabic, and near by meaning to each, reports with
# words of the same consonants that are no such name (Клим, Кулак, the ship "غلوري" Glory)
_CORPUS = [
    ("Far right wins in Austria", "The Freedom Party led by Herbert Kickl won the election.", "en", _unit(1, 0, 0)),
    ("FPÖ gewinnt die Wahl", "Die FPÖ unter Herbert Kickl hat die Nationalratswahl gewonnen.", "de", _unit(1, 0.1, 0)),
    ("Ультраправые победили в Австрии", "Партия свободы во главе с Гербертом Киклем победила на выборах.", "ru",
     _unit(1, 0, 0.1)),
    ("Выборы в регионе", "Губернатор Клим Кулак заявил, что выборы прошли спокойно.", "ru", _unit(1, 0.2, 0)),
    ("Ship refloated in Suez", "Canal Authority chairman Ossama Rabie said navigation was normal.", "en",
     _unit(0, 1, 0)),
    ("Porte-conteneurs renfloué", "Le président de l'Autorité du canal, Oussama Rabiee, a salué les équipes.", "fr",
     _unit(0, 1, 0.1)),
    ("جنوح سفينة في قناة السويس", "وقال رئيس هيئة قناة السويس أسامة ربيع إن الملاحة منتظمة.", "ar", _unit(0.1, 1, 0)),
    ("سفينة حاويات", "نجحت القاطرات في إعادة تعويم سفينة الحاويات إيفر غلوري في القناة.", "ar", _unit(0, 1, 0.2)),
]
KICKL, RABIE = {1, 2, 3}, {5, 6, 7}


@pytest.mark.parametrize(("query", "want"), [("Kickl", KICKL), ("Кикль", KICKL), ("Rabie", RABIE), ("ربيع", RABIE)])
def test_a_short_name_finds_its_reports_in_another_script_and_case(any_store, query, want):
    assert _found(_write(any_store, _CORPUS), query, embedder=_FarQuery()) == want


@pytest.mark.parametrize(("name", "text", "lang", "want"), [
    ("Kickl", "Партия во главе с Гербертом Киклем победила.", "ru", "Киклем"),
    ("Кикль", "The Freedom Party led by Herbert Kickl won.", "en", "Kickl"),
    ("Rabie", "وقال رئيس الهيئة أسامة ربيع إن الملاحة منتظمة.", "ar", "ربيع"),
    ("ربيع", "Le président de l'Autorité, Oussama Rabiee, a salué les équipes.", "fr", "Rabiee"),
    ("Tusk", "Премьер-министр Польши Дональд Туском был недоволен.", "ru", "Туском"),  # another, not tuned on
])
def test_a_short_name_sounds_in_another_script(name, text, lang, want):
    span = sounded(name, text, lang)
    assert span is not None and text[span[0]:span[1]] == want


@pytest.mark.parametrize(("name", "text", "lang"), [
    ("Kickl", "Губернатор Клим заявил, что выборы прошли спокойно.", "ru"),  # k-l-m, its letters far from Kickl
    ("Kickl", "Глава района Кулак заявил, что дороги открыты.", "ru"),  # k-l-k
    ("Кикль", "نجحت القاطرات في إعادة تعويم سفينة الحاويات إيفر غلوري.", "ar"),  # gh-l-r: k-l by its classes only
    ("Rabie", "Le ministre Robert a salué les équipes.", "fr"),  # one script: only the name itself counts
])
def test_a_word_of_the_same_consonant_classes_is_no_short_name(name, text, lang):
    assert sounded(name, text, lang) is None
