"""Two events of one kind told from one template are not one story when the texts date them apart (trial50
F6/F15, trial49 F8; written for these tests in the trial's shapes, other countries and wordings).

* The names rule (:func:`storylens.similarity._rules._names_apart`) beside two occasions: the openings name other
  places below one country and date their events two or more days apart with other figures. The names both
  texts share (a state broadcaster, the head of state, a radio station: in every report of that country),
  the template's numbers and the capital both buses left from do not tie them (landslides in Yunnan and
  Guizhou a week apart, "same story 0.75, same names: Xinhua, Jinping").
* A word both write as the head of two names ("Highway" of "Pan-American Highway" and "Central Highway")
  is no name in common; "Pan-American" is a name, no acronym.
* The events rule's long gap (:func:`storylens.similarity._rules._events_apart`): openings dating their events
  ``settings.events_apart_long_days`` or more apart with figures of one kind and none alike (two recalls of
  one maker, 120,000 and 90,000 vehicles, 106 days apart) are two occasions; a follow-up stating the same
  figure, a risen toll or a sentence's years (a count of time) is not.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from storylens import similarity as sim

from ._pairs import score_row as _row

YUNNAN = (
    "Landslide in southwest China kills 8\n\nReuters\nBEIJING, Aug 4, 2026\n\n"
    "A landslide buried homes in China's southwestern Yunnan province on Tuesday, killing eight people and "
    "leaving five missing, state news agency Xinhua said.\n\n"
    "Days of torrential rain loosened the slope above the village in Yunnan's Nujiang prefecture, Xinhua said. "
    "About 200 rescuers were at the scene.\n\nPresident Xi Jinping called for every effort to find the missing.")
GUIZHOU = (
    "Landslide in southwest China kills 12\n\nReuters\nBEIJING, Aug 13, 2026\n\n"
    "A landslide buried homes in China's southwestern Guizhou province on Thursday, killing 12 people and "
    "leaving three missing, state news agency Xinhua said.\n\n"
    "Days of torrential rain loosened the slope above the village in Guizhou's Bijie city, Xinhua said. "
    "About 200 rescuers were at the scene.\n\nPresident Xi Jinping called for every effort to find the missing.")
# the Yunnan landslide two days later: the toll rose, the province named again (one story)
YUNNAN_UPDATE = (
    "Death toll from Yunnan landslide rises to 11\n\nReuters\nBEIJING, Aug 6, 2026\n\n"
    "The death toll from a landslide that buried homes in China's southwestern Yunnan province rose to 11 on "
    "Thursday, with two people still missing, state news agency Xinhua said.\n\n"
    "Rescuers pulled three more bodies from the mud in Nujiang prefecture, Xinhua said. About 400 rescuers "
    "are now at the scene.\n\nPresident Xi Jinping had called for every effort to find the missing.")
NAZCA = (
    "Bus crash on Peru's Pan-American Highway kills 9\n\nAssociated Press\nLIMA, Oct 6, 2026\n\n"
    "A bus carrying farm workers overturned on Peru's Pan-American Highway near Nazca early on Tuesday, killing "
    "nine people and injuring 17, police said.\n\n"
    "The bus, operated by Transportes Cruz, was heading from Lima to Nazca when it overturned on a curve.\n\n"
    "\"We are investigating whether the driver fell asleep,\" police colonel Luis Vargas told RPP radio.")
OROYA = (
    "Bus crash on Peru's Central Highway kills 6\n\nAssociated Press\nLIMA, Oct 9, 2026\n\n"
    "A bus carrying miners overturned on Peru's Central Highway near Oroya early on Friday, killing six people "
    "and injuring 21, police said.\n\n"
    "The bus, operated by Turismo Andino, was heading from Lima to Oroya when it overturned on a curve.\n\n"
    "\"We are investigating whether the driver fell asleep,\" police colonel Miguel Torres told RPP radio.")
CIVIC = (
    "Honda recalls 120,000 Civic cars over fuel pump\n\nReuters\nTOKYO, May 5, 2026\n\n"
    "Honda Motor Co said on Tuesday it would recall about 120,000 vehicles in the United States and Canada "
    "because a fuel pump may fail and stall the engine.\n\n"
    "No crashes or injuries have been linked to the problem, Honda said. Shares in Honda were little changed.")
CRV = (
    "Honda recalls 90,000 CR-V SUVs over seat belts\n\nReuters\nTOKYO, Aug 19, 2026\n\n"
    "Honda Motor Co said on Wednesday it would recall about 90,000 vehicles in the United States because a "
    "seat belt anchor may not hold in a crash.\n\n"
    "No crashes or injuries have been linked to the problem, Honda said. Shares in Honda were little changed.")
# the Civic recall five weeks later: the same 120,000 vehicles (one story)
CIVIC_FIX = (
    "Honda says Civic recall fix ready\n\nReuters\nTOKYO, June 10, 2026\n\n"
    "Honda Motor Co said on Wednesday that new fuel pumps for the 120,000 vehicles it recalled last month in "
    "the United States and Canada are now at dealers.\n\n"
    "The pump may fail and stall the engine. No injuries have been reported, Honda said.")
MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")


@pytest.mark.parametrize(("a", "b", "names_a", "names_b"), [
    (YUNNAN, GUIZHOU, "Yunnan", "Guizhou"),  # "in China's southwestern X province", shared Xinhua / Xi Jinping / 200
    (NAZCA, OROYA, "Pan-American Highway", "Central Highway"),  # one head word, shared RPP and Lima
])
def test_two_places_and_two_occasions_are_two_stories_whatever_names_they_share(a, b, names_a, names_b,
                                                                                hashing_embedder):
    f = _features(a, b, hashing_embedder)
    assert f.names_apart is not None and f.occasions is not None
    assert names_a in f.names_apart[0] and names_b in f.names_apart[1]
    assert sim._verdict._reason_names(f)  # the shared names the old guard stopped at
    score = sim._scoring._pair_score(_row(0.85), f, MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith("different names in the openings: ") and "two events" in score.reasons[0]
    assert sim.verdict_apart(f, content=False) is not None  # the refine judge's rules


def test_a_follow_up_of_one_landslide_stays_one_story(hashing_embedder):
    f = _features(YUNNAN, YUNNAN_UPDATE, hashing_embedder)
    assert f.names_apart is None and f.events_apart is None
    assert sim._scoring._pair_score(_row(0.85), f, MODEL).same_story is True


def test_equal_tolls_are_one_event_told_twice():
    a = sim.OpeningEvent(frozenset({"08-04"}), (("killed", 8.0, 8.0),))
    b = sim.OpeningEvent(frozenset({"08-13"}), (("killed", 8.0, 8.0),))
    assert sim._rules._two_occasions(a, b) is None
    c = sim.OpeningEvent(frozenset({"08-13"}), (("killed", 12.0, 12.0),))
    assert sim._rules._two_occasions(a, c) == "13 August and 4 August"
    assert sim._rules._two_occasions(a, sim.OpeningEvent(frozenset({"08-05"}), c.event_tolls)) is None  # a day apart


def test_a_head_word_alone_in_one_opening_is_a_shared_name():
    gaz = sim.Gazetteer.load()
    a = _text(NAZCA, gaz)
    b = _text(OROYA.replace("Peru's Central Highway near Oroya", "the Highway near Oroya"), gaz)
    assert "Pan-American" in a.opening.names
    assert sim._rules._names_apart(a, b, gaz) is None


def test_two_recalls_months_apart_with_other_figures_are_two_stories(hashing_embedder):
    f = _features(CIVIC, CRV, hashing_embedder)
    assert f.events_apart is not None and "vehicle: 90,000 vs 120,000" in f.events_apart
    assert sim._scoring._pair_score(_row(0.85), f, MODEL).same_story is False
    f = _features(CIVIC, CIVIC_FIX, hashing_embedder)  # the same 120,000 five weeks later
    assert f.events_apart is None
    assert sim._scoring._pair_score(_row(0.85), f, MODEL).same_story is True


def test_the_long_gap_reads_figures_across_languages_and_leaves_out_counts_of_time():
    from storylens.settings import DEFAULT

    en = sim.opening_event(sim.prepare_text(CIVIC).text, language="en", published="2026-05-05")
    fr = sim.opening_event("Honda rappelle 90 000 véhicules\nLe constructeur japonais Honda a annoncé mercredi le "
                           "rappel d'environ 90 000 véhicules aux Etats-Unis.", language="fr", published="2026-08-19")
    assert sim.events_apart(en, fr) is not None
    assert DEFAULT.events_apart_long_days > 7
    # a sentence of four years and its overturning months later: a count of time ties nothing, nor apart
    first = sim.opening_event("A Budapest court on Wednesday sentenced former mayor Gabor Kovacs to four years in "
                              "prison.", language="en", published="2026-06-03")
    appeal = sim.opening_event("A Hungarian appeals court on Wednesday acquitted former mayor Gabor Kovacs, "
                               "overturning a three-year prison sentence.", language="en", published="2026-11-25")
    assert first.event_days and not first.event_counts
    assert sim.events_apart(first, appeal) is None
    # a toll that rose weeks later is one event's follow-up
    quake = sim.OpeningEvent(frozenset({"01-10"}), (("killed", 38.0, 38.0),), (("building", 120.0),))
    later = sim.OpeningEvent(frozenset({"03-02"}), (("killed", 52.0, 52.0),), (("building", 300.0),))
    assert sim.events_apart(quake, later) is None
    fewer = sim.OpeningEvent(frozenset({"03-02"}), (("killed", 30.0, 30.0),), (("building", 300.0),))
    assert sim.events_apart(quake, fewer) is not None


def _features(a: str, b: str, embedder) -> sim.PairFeatures:
    """The pair's features as ``storylens similarity`` computes them: prepared texts, their datelines apart
    and their publication dates (which date "on Tuesday")."""
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    return sim.pair_features([(pa.text, pb.text, "en", "en")], embedder, sim.Gazetteer.load(),
                             datelines=[(pa.dateline, pb.dateline)], published=[(pa.published, pb.published)])[0]


def _text(text: str, gaz: sim.Gazetteer):
    prepared = sim.prepare_text(text)
    return sim._sides._analyse(prepared.text, "en", prepared.published, sim._sides._kept_sentences(prepared.text), gaz,
                        prepared.dateline)
