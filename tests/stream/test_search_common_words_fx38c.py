"""final38 §5: a name found by sound in another script must be a name's word, not a common word that shares
its consonants. "Георгиева" found a Polish report whose only hit was "Krajowa" (of "Prokuratura Krajowa",
national), and matched the two words "Georg Giewa" (review34a #7). A common word of the text's language
(its lexicon's lower-case headword) counts only when its Latin letters are near the name's; a spelled name
has no more words than the query and a length near its own. The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens.stream._across import sounded

from .test_search_names import _unit
from .test_search_scripts import _FarQuery, _found, _write


@pytest.mark.parametrize(("name", "text", "lang"), [
    ("Георгиева", "Sprawę prowadzi Prokuratura Krajowa w Warszawie.", "pl"),  # krajowa -> krajowy
    ("Гергиев", "Sprawę prowadzi Prokuratura Krajowa w Warszawie.", "pl"),
    ("Гарсия", "Rząd mówi, że Kryzys Energetyczny się skończył.", "pl"),  # kryzys, crisis
    ("Kurz", "Власти заявили, что Кризис на рынке закончился.", "ru"),  # кризис, crisis
    ("Krause", "Власти заявили, что Кризис на рынке закончился.", "ru"),
    ("Георгиева", "The minister Georg Giewa said the loan was approved.", "en"),  # two words for one
], ids=["pl Krajowa", "pl Krajowa 2", "pl Kryzys", "ru Кризис", "ru Кризис 2", "en two words"])
def test_a_common_word_or_a_longer_span_is_no_sound_alike(name, text, lang):
    assert sounded(name, text, lang) is None


@pytest.mark.parametrize(("name", "text", "lang", "want"), [
    ("Курц", "Bundeskanzler Kurz sagte am Montag, die Regierung bleibe.", "de", "Kurz"),  # German kurz, short
    ("Ковальчик", "Minister Anna Kowalczyk powiedziała, że rząd zdecyduje.", "pl", "Kowalczyk"),  # kowalczyk, a word too
    ("Nowak", "Министр Ян Новак заявил, что правительство решит.", "ru", "Новак"),
    ("Putin", "Президент Путин заявил, что переговоры продолжатся.", "ru", "Путин"),  # путин -> путина
    ("Георгиева", "Prezes MFW Kristalina Georgiewa powiedziała, że kredyt przyznano.", "pl", "Georgiewa"),
    ("Montaner", "Глава центробанка Лусия Монтанер заявила, что банк защитит песо.", "ru", "Монтанер"),
], ids=["de Kurz", "pl Kowalczyk", "ru Новак", "ru Путин", "pl Georgiewa", "ru Монтанер"])
def test_a_name_that_is_also_a_word_is_still_found(name, text, lang, want):
    span = sounded(name, text, lang)
    assert span is not None and text[span[0]:span[1]].endswith(want)


_CORPUS = [
    ("IMF approves loan", "IMF Managing Director Kristalina Georgieva said the loan was approved.", "en", _unit(1, 0, 0)),
    ("IWF billigt Kredit", "IWF-Chefin Kristalina Georgiewa sagte, der Kredit sei gebilligt.", "de", _unit(1, 0.1, 0)),
    ("МВФ одобрил кредит", "Глава МВФ Кристалина Георгиева заявила, что кредит одобрен.", "ru", _unit(1, 0, 0.1)),
    # a Polish report near them by meaning whose only capitalised word like the name is a common word
    ("Śledztwo w sprawie lotów", "Prokuratura Krajowa wszczęła śledztwo w sprawie lotów ministra.", "pl",
     _unit(1, 0.1, 0.1)),
    ("Kryzys w rządzie", "Kryzys w rządzie trwa, a Prokuratura Krajowa milczy.", "pl", _unit(1, 0.2, 0.1)),
]


@pytest.mark.parametrize("query", ["Георгиева", "Georgieva"])
def test_search_finds_the_name_not_the_common_word(any_store, query):
    assert _found(_write(any_store, _CORPUS), query, embedder=_FarQuery()) == {1, 2, 3}
