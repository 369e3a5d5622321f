"""A comparison asks the lexicons of its own texts' languages only (and English's, which `storylens setup` builds and
every text's capitalised common words are read with): trial newuser61 M3, the first comparison of two English
texts on an empty cache built es, fr, it, nl, pl, pt and ru's lexicons (~9 CPU-s, 200 MB) for the body words of
the verdict's reasons (_verdict._body_nouns), a city-and-plural check (_openings._plural_noun) and the
instrumental-name reader (quotes._phrases._comitative_name)."""

from __future__ import annotations

import pytest

from storylens import _cache
from storylens.analysis.quotes import _phrases
from storylens.similarity import _openings, _verdict
from storylens.text import LANGUAGES, LEMMA_LANGUAGES, _lang, profile

from .._lemma_spy import LemmaSpy


@pytest.fixture
def asked(monkeypatch):
    recorder = LemmaSpy()
    monkeypatch.setattr(_cache, "_LEMMAS", recorder)
    _verdict._body_nouns.cache_clear()
    _lang.organisation_nouns.cache_clear()
    yield recorder.languages
    _verdict._body_nouns.cache_clear()
    _lang.organisation_nouns.cache_clear()


def test_body_nouns_ask_no_lexicon(asked):
    nouns = _verdict._body_nouns()
    assert {_openings._spelling_key(w) for w in ("Police", "Council", "Gouvernement", "Policía", "Clube")} <= nouns
    assert _openings._spelling_key("Knesset") not in nouns and _openings._spelling_key("Verein") not in nouns
    assert asked == set()


@pytest.mark.slow  # asks every language's lexicon, as the rule did before the shipped table (~10 CPU-s uncached)
def test_body_nouns_are_what_the_lexicons_give():
    from storylens._cache import is_known, lemmatize

    _verdict._body_nouns.cache_clear()
    asked = {_openings._spelling_key(w) for lang in LANGUAGES if lang != "de" and lang in LEMMA_LANGUAGES
             for w in profile(lang).organisation_words if is_known(w, lang) and lemmatize(w, lang).islower()}
    assert _verdict._body_nouns() == asked


def test_a_word_with_no_plural_ending_asks_no_lexicon(asked):
    assert not _openings._plural_noun("street") and not _openings._plural_noun("oberalp")
    assert asked == set()
    assert _openings._plural_noun("hornets") and asked == {"en"}  # "Charlotte Hornets": still read so, by English


@pytest.mark.parametrize("toks", [["met", "with", "Collective", "Soul", "in", "Zurich"],
                                  ["talks", "to", "Oberalp", "Pass", "officials"],
                                  ["flights", "to", "Jerusalem", "Airport", "resumed"]])
def test_an_english_name_after_a_short_word_asks_no_slavic_lexicon(asked, toks):
    assert _phrases._comitative_name(toks, 2) == 0
    assert not asked & {"pl", "ru"}


@pytest.mark.parametrize(("toks", "want"), [(["spotkał", "się", "z", "Anną", "Nowak", "."], 2),
                                            (["встретился", "с", "Анной", "Лисицыной", "."], 2)])
def test_a_slavic_comitative_name_is_still_read(toks, want):
    assert _phrases._comitative_name(toks, toks.index(next(t for t in toks if t[:1].isupper()))) == want


_EN_A = ("Police said on Tuesday that the Council of Zurich had met with Collective Soul before the concert on "
         "Paris Street. The Ministry of Transport said the Charlotte Hornets would fly to Zurich on Friday. "
         "Council members from the Government said the Police would close Paris Street for six hours.")
_EN_B = ("The Council of Zurich met the band Collective Soul on Tuesday, police said. Paris Street will be closed "
         "for six hours, the Government and the Ministry of Transport said, as the Charlotte Hornets arrive on "
         "Friday. Police asked residents to avoid the area.")


def test_a_comparison_of_two_english_texts_asks_only_english(asked, embedder, tmp_path):
    from storylens import Comparer

    paths = []
    for name, body in (("a.txt", _EN_A), ("b.txt", _EN_B)):
        (tmp_path / name).write_text(body, encoding="utf-8")
        paths.append(tmp_path / name)
    comparison = Comparer(embedder=embedder).compare(paths)
    assert comparison is not None
    assert asked <= {"en"}, asked
