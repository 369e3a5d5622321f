"""The reasons' shared names and places are names and places: German common nouns (every German noun
is capitalised) and lower-case words that spell a city ("bargen" / Bergen) are left out (issue 12)."""

from __future__ import annotations

import pytest

from storylens.similarity import Gazetteer, score_pair
from storylens.similarity._banks import _common_nouns, _confirmed_names
from storylens.similarity._sides import _lower_places, _noun_words

DPA = ("Nach dem Untergang der Fähre „Stella del Nord“ vor der albanischen Küste ist die Zahl der Toten gestiegen. "
       "Rettungskräfte bargen 318 Passagiere lebend. Adria-Lines-Chef Marco Ferretti wies Vorwürfe zurück. "
       "Die Fähre war in Bari ausgelaufen. Laut Küstenwache herrschte Windstärke 7.")
SPIEGEL = ("Vor der albanischen Küste ist die Fähre „Stella del Nord“ gekentert. Die Küstenwache bargen 300 "
           "Menschen. Der Chef der Reederei, Marco Ferretti, bestreitet eine Überladung. Die Fähre kam aus Bari.")


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


@pytest.mark.parametrize(
    "sentences, nouns, names",
    [
        (DPA.split(". "), {"fahre", "kuste", "kustenwache"}, {"ferretti", "marco"}),
        (["Die Regierung in Berlin beriet am Abend.", "Kanzler Olaf Scholz sagte, die Lage sei ernst."],
         {"regierung", "abend", "lage"}, {"olaf", "scholz"}),
        (["Laut Polizei wurde der Täter in Köln gefasst.", "Der Sprecher Jan Weber bestätigte das."],
         {"polizei", "tater"}, {"jan", "weber"}),
    ],
)
def test_german_lone_capitalised_lexicon_words_are_common_nouns(sentences, nouns, names):
    found = _noun_words(sentences)
    assert nouns <= found, found
    assert not (names & found), found


@pytest.mark.parametrize(
    "text, lower, kept",
    [
        ("Rettungskräfte bargen 318 Passagiere lebend in Tirana.", {"Bergen"}, {"Tirana"}),
        ("Die Helfer bargen die Opfer, dann flogen sie nach Bergen.", set(), {"Bergen"}),
        ("The plane landed in Rio de Janeiro after a stop in Lima.", set(), {"Rio de Janeiro", "Lima"}),
    ],
)
def test_a_city_spelled_only_by_lower_case_words_is_not_named(gazetteer, text, lower, kept):
    labels = {gazetteer.labels.get(p, p) for p in _lower_places(text, gazetteer)}
    assert labels == lower
    named = {gazetteer.labels.get(p, p) for p in gazetteer.find(text)} - labels
    assert kept <= named
    # the text's places handed in (as _analyse has them, perf45) read the same, and are not found again
    found = gazetteer.find(text)
    calls = []

    class Counting(Gazetteer):
        def find(self, text, folded=None, *, strict=False):
            calls.append(text)
            return super().find(text, folded, strict=strict)

    counting = Counting.__new__(Counting)
    counting.__dict__.update(gazetteer.__dict__)
    assert _lower_places(text, counting, frozenset(found)) == _lower_places(text, gazetteer)
    assert text not in calls


def test_shared_names_leave_out_german_nouns_but_keep_names():
    from types import SimpleNamespace

    de_a = SimpleNamespace(noun_words=_noun_words(DPA.split(". ")), inner_names=frozenset())
    de_b = SimpleNamespace(noun_words=_noun_words(SPIEGEL.split(". ")), inner_names=frozenset())
    inner = {"fahre", "kuste", "kustenwache", "ferretti", "marco"}
    shared = _confirmed_names(["Fähre", "Küste", "Küstenwache", "Ferretti", "Marco"], inner,
                              _common_nouns(de_a, de_b))
    assert set(shared) == {"Ferretti", "Marco"}
    # an English side writes the name capitalised inside a sentence: it stays a name there
    en = SimpleNamespace(noun_words=frozenset(), inner_names=frozenset({"bari"}))
    assert "Bari" in _confirmed_names(["Bari"], {"bari"}, _common_nouns(de_a, en))


def test_the_reasons_of_a_german_pair_name_no_common_noun_or_verb(hashing_embedder):
    pair = score_pair(DPA, SPIEGEL, "de", "de", embedder=hashing_embedder, fast=True)
    reasons = " ".join(pair.reasons)
    for word in ("Fähre", "Küste", "Küstenwache", "Bergen"):
        assert word not in reasons, pair.reasons
