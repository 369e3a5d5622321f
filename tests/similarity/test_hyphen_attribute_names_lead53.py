"""A word built on a name with a lower-case tail after a hyphen names the name, not a name of its own (lead53,
issue #11; ECB+ train topic 9).

"an eleventh-hour Bush-era rule" gave the opening the name "Bush-era", which no other report writes ("the Bush
administration"), and the other-days rule (:func:`storylens.similarity._events._other_days_apart`) read such a word as a
counterpart only one report names. The names of an opening (:func:`storylens.similarity._openings._opening_names`) now read
the head: "Bush-era" -> "Bush", "Kremlin-backed" -> "Kremlin", German "Wagner-nahen" -> "Wagner"; a name whose
parts are all capitalised stays whole ("Pan-American", "Jean-Pierre"). Reasons and verdict only."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.text import given_name_gender

from ._pairs import pair_features


def _opening(text: str, lang: str) -> sim.Opening:
    prepared = sim.prepare_text(text)
    return sim._sides._analyse(prepared.text, lang, None, sim._sides._kept_sentences(prepared.text), sim.Gazetteer.load(),
                        prepared.dateline).opening


@pytest.mark.parametrize(("text", "lang", "head"), [
    (("The Obama administration today revoked an eleventh-hour Bush-era rule on endangered species. The Bush rule "
      "had lifted the requirement."), "en", "Bush"),
    ("Prime Minister Keir Starmer on Monday met a Kremlin-backed delegation in London. The Kremlin denied it.",
     "en", "Kremlin"),
    ("Bundeskanzler Olaf Scholz hat am Montag die Wagner-nahen Gruppen verurteilt. Wagner bestreitet das.", "de",
     "Wagner"),
    ("Le gouvernement a dénoncé lundi un groupe Wagner-compatible au Mali. Wagner dément.", "fr", "Wagner"),
])
def test_a_hyphened_attribute_names_its_head(text, lang, head):
    opening = _opening(text, lang)
    words = set(opening.names) | set(opening.mentions)
    assert not any("-" in w for w in words)
    assert head in opening.names or head in opening.mentions or given_name_gender(head) is not None


@pytest.mark.parametrize(("text", "name"), [
    ("Two buses collided on Peru's Pan-American Highway on Monday. The Pan-American Highway was closed.",
     "Pan-American"),
    ("President Jean-Pierre Dubois met the ministers on Monday. Jean-Pierre Dubois said little.", "Jean-Pierre"),
])
def test_a_hyphened_name_stays_whole(text, name):
    assert name in _opening(text, "en").names


@pytest.mark.parametrize(("a", "b", "lang"), [
    (("Prime Minister Keir Starmer on Monday met a Kremlin-backed delegation in London. Starmer said the talks "
      "were frank."),
     ("Prime Minister Keir Starmer said on Thursday that the Kremlin had sent envoys to London. Starmer spoke in "
      "Parliament."), "en"),
    (("Bundeskanzler Olaf Scholz hat am Montag in Berlin die Wagner-nahen Gruppen verurteilt. Scholz sprach von "
      "Gefahr."),
     ("Bundeskanzler Olaf Scholz sagte am Donnerstag in Berlin, Wagner bedrohe Europa. Scholz sprach vor "
      "Soldaten."), "de"),
])
def test_a_name_the_other_report_writes_bare_is_no_counterpart_of_its_own(a, b, lang, hashing_embedder):
    f = pair_features(f" date 2025-02-03\n\n{a}", f" date 2025-02-06\n\n{b}", lang, lang, hashing_embedder)
    assert f.other_days_apart is None
