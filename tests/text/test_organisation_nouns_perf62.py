"""text.organisation_nouns: the organisation words each lexicon reads as common nouns, shipped
(text/data/organisation_nouns.json) so a comparison asks no lexicon of a language its texts are not in about them
(trial newuser61 M3: two English texts built es, fr, it, nl, pl, pt's lexicons); and text.may_read_given_name,
the check that keeps the name readers from asking pl/ru's lexicons about an English name."""

from __future__ import annotations

import json

import pytest

from storylens import _cache
from storylens.text import _lang, _names, nominative_name, organisation_nouns
from storylens.text._names import may_read_given_name

from .._lemma_spy import LemmaSpy


@pytest.fixture
def asked(monkeypatch):
    recorder = LemmaSpy()
    monkeypatch.setattr(_cache, "_LEMMAS", recorder)
    _lang.organisation_nouns.cache_clear()
    yield recorder.asked
    _lang.organisation_nouns.cache_clear()


@pytest.mark.slow  # builds the lexicons of en, de, es, fr, it, nl, pl, pt (~10 CPU-s the first time)
def test_shipped_table_is_what_the_lexicons_give():
    # Fails after a simplemma upgrade or an edit of "organisation_words": rebuild with
    # scripts/build_organisation_nouns.py (until then the stale entries are not read, the lexicons are asked).
    shipped = json.loads((_lang._DATA / _lang.ORGANISATION_NOUNS_FILE).read_text(encoding="utf-8"))
    assert shipped == _lang.organisation_nouns_table()


def test_a_current_entry_is_read_without_asking_a_lexicon(asked):
    assert {"gouvernement", "police", "club"} <= organisation_nouns("fr")
    assert {"policía", "gobierno"} <= organisation_nouns("es") and "generalitat" not in organisation_nouns("es")
    assert "knesset" not in organisation_nouns("en") and "council" in organisation_nouns("en")
    assert organisation_nouns("ja") == frozenset() and organisation_nouns(None) == frozenset()
    assert asked == []


def test_a_stale_entry_is_not_read_and_the_lexicon_is_asked(asked, monkeypatch):
    # an edited word list ("asked" no longer the language's words): the lexicon answers, as before the table
    stale = {"en": {"asked": ["police"], "nouns": ["knesset"]}}
    monkeypatch.setattr(_lang, "_shipped_organisation_nouns", lambda: stale)
    got = organisation_nouns("en")
    assert "knesset" not in got and "council" in got and {lang for lang, _ in asked} == {"en"}
    assert got == frozenset(_lang.organisation_nouns_from_lexicon("en"))


def test_a_table_of_another_simplemma_is_not_read(tmp_path, monkeypatch):
    table = json.loads((_lang._DATA / _lang.ORGANISATION_NOUNS_FILE).read_text(encoding="utf-8"))
    (tmp_path / _lang.ORGANISATION_NOUNS_FILE).write_text(json.dumps({**table, "simplemma": "0.0.1"}), encoding="utf-8")
    monkeypatch.setattr(_lang, "_DATA", tmp_path)
    _lang._shipped_organisation_nouns.cache_clear()
    try:
        assert _lang._shipped_organisation_nouns() == {}
    finally:
        _lang._shipped_organisation_nouns.cache_clear()


@pytest.mark.parametrize(("word", "lang", "case", "want"), [
    ("Анной", "ru", "instrumental", True),   # -> Анна
    ("Pawłem", "pl", "instrumental", True),  # -> Paweł
    ("Anną", "pl", "instrumental", True),
    ("Borisa", "pl", "genitive", True),      # -> Boris
    ("Anna", "ru", "instrumental", True),    # a given name as written
    ("Collective", "ru", "instrumental", False),  # trial newuser61 M3: "with Collective Soul" built ru's lexicon
    ("Harlem", "pl", "instrumental", True),  # -em read off: "Harl" is a listed given name
    ("Jerusalem", "pl", "instrumental", False),  # "Jerusal" is none
    ("Oberalp", "pl", "genitive", False),
    ("Ministerstwa", "pl", "genitive", False),
])
def test_may_read_given_name(word, lang, case, want):
    assert may_read_given_name(word, lang, case) is want


@pytest.mark.parametrize("name", ["Collective Soul", "Harlem Hospital", "Oberalp Pass", "Ministerstwa Zdrowia",
                                  "Kowalskim Janem", "Анной Лисицыной", "Pawłem Górskim", "Jerusalem Post",
                                  "Adamem Nowakiem", "Salem Witch", "Borisa Johnsona", "Ивана Петрова"])
@pytest.mark.parametrize("lang", ["pl", "ru"])
@pytest.mark.parametrize("case", ["genitive", "instrumental"])
def test_no_given_name_reading_means_nominative_name_gives_none_first(name, lang, case):
    # the promise the quote readers rely on to skip a language: when False, the first word nominative_name gives
    # is no given name (it may be one when True: "Kowalskim Janem" reads "Kowalski" first, no given name)
    first = nominative_name(name, lang, case=case).split()[0]
    if not may_read_given_name(name.split()[0], lang, case):
        assert not _names.given_name_gender(first)
