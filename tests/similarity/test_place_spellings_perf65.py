"""A text's place spellings are read once per text, not once per pair (perf65, issue #16), with the same answers."""

from __future__ import annotations

import pytest

from storylens.analysis import entities
from storylens.similarity import _features, _sides
from storylens.similarity._places import Gazetteer

TEXTS = (
    ("Kanzler Scholz reiste am Montag nach Paris. In Frankreich traf er Macron; danach flog er weiter nach Kiew.", "de"),
    ("Le chancelier allemand s'est rendu lundi à Paris. En France, il a rencontré Macron avant de partir pour Kyiv.", "fr"),
    ("German Chancellor Scholz travelled to Paris on Monday to meet Macron, then flew on to Kyiv in Ukraine.", "en"),
    ("Kanclerz Niemiec przyjechał w poniedziałek do Paryża, a potem poleciał do Kijowa na Ukrainie.", "pl"),
)


@pytest.fixture(scope="module")
def infos():
    gaz = Gazetteer.load()
    return gaz, [_sides._analyse(t, lg, None, [t], gaz, rules_only=True) for t, lg in TEXTS]


def _every_pair(gaz, infos):
    return {(i, j): _features._shared_place_spellings(frozenset(a.places | b.places), a, b, gaz)
            for i, a in enumerate(infos) for j, b in enumerate(infos) if i != j}


def test_spellings_do_not_depend_on_what_was_asked_before(infos):
    gaz, texts = infos
    _features._spellings_of.cache_clear()
    first = _every_pair(gaz, texts)
    # each pair again with nothing kept: the same answers
    for (i, j), spelled in first.items():
        _features._spellings_of.cache_clear()
        again = _features._shared_place_spellings(frozenset(texts[i].places | texts[j].places), texts[i], texts[j], gaz)
        assert again == spelled
    # the places as each text writes them
    de_fr = {label: (a, b) for label, a, b in first[(0, 1)]}
    assert de_fr["Paris"] == ("Paris", "Paris")
    assert de_fr["France"] == ("Frankreich", "France")


def test_a_text_is_read_once_for_all_its_pairs(infos, monkeypatch):
    gaz, texts = infos
    _features._spellings_of.cache_clear()
    calls: list[str] = []
    real = entities.exact_key
    monkeypatch.setattr(entities, "exact_key", lambda form: calls.append(form) or real(form))
    _every_pair(gaz, texts)
    once = len(calls)
    assert once > 0
    _every_pair(gaz, texts)  # twelve more pairs of the same four texts: no word read again
    assert len(calls) == once
