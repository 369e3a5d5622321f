"""Verdict rules on people: actors apart, two holders of one office, counterparts apart."""

from __future__ import annotations

from ._common import _fold
from ._contests import _opening_speaker, _teams_apart, _two_occasions_shown
from ._events import _cities, _month_label, _named_in, _short
from ._offices import _holder_written, _same_holder
from ._places import Gazetteer
from ._sides import _Text


def _actors_apart(a: _Text, b: _Text, gazetteer: Gazetteer, min_other: int | None = None) -> tuple[str, ...] | None:
    """The reason's parts when two texts report one kind of event about other actors, else None.

    Three kinds of evidence: **people** (each opening names its protagonists, :func:`_lead_people`,
    and no surname of one side's is named anywhere in the other text: :func:`_named_in`, through the
    entity linker's keys), **places** (each text names a city, :func:`_cities`, and none is named by
    both; the gazetteer's ids are one across languages) and **dates** (each opening dates its event
    in a month, :attr:`Opening.months`, and no month is the same). The rule holds on different people
    and at least ``min_other`` of the other two: two court cases of one template in one
    country ("Seitkali, Karaganda, March 2025" vs "Bekov, Pavlodar, January 2025"; trial45 W3) were
    "same story 0.75" with only the country and the wording in common. ``min_other``: how many of the
    other two kinds must differ (default ``settings.actors_apart_min_other``, where its calibration is)."""
    from ..settings import DEFAULT

    # A day both texts name is no evidence of one story here (unlike the people rule's): two verdicts of
    # one day are both dated "Tuesday, December 1".
    people_a, people_b = a.opening.actors, b.opening.actors
    if not (people_a and people_b):
        return None
    if any(_named_in(p, b.name_keys) for p in people_a) or any(_named_in(p, a.name_keys) for p in people_b):
        return None
    parts = [f"different people: {', '.join(people_a)} / {', '.join(people_b)}"]
    ca, cb = _cities(a), _cities(b)
    if ca and cb and ca.isdisjoint(cb):
        label = gazetteer.labels.get
        parts.append(f"different places: {_short(sorted(label(p, p) for p in ca), 2)} / "
                     f"{_short(sorted(label(p, p) for p in cb), 2)}")
    ma, mb = a.opening.months, b.opening.months
    if ma and mb and ma.isdisjoint(mb):
        parts.append(f"different dates: {', '.join(map(_month_label, sorted(ma)))} / "
                     f"{', '.join(map(_month_label, sorted(mb)))}")
    return tuple(parts) if len(parts) - 1 >= (DEFAULT.actors_apart_min_other if min_other is None else min_other) else None


def _counterparts_apart(a: _Text, b: _Text, gazetteer: Gazetteer) -> tuple[str, str, str, str] | None:
    """(the actor, a's counterparts, b's, how the texts show two occasions) when the openings tell one person's
    (:func:`_people_counterparts_apart`) or one team's or firm's (:func:`_teams_apart`) contests or deals with two
    others on two occasions; else None."""
    return _people_counterparts_apart(a, b, gazetteer) or _teams_apart(a, b, gazetteer)


def _offices_apart(a: _Text, b: _Text) -> tuple[str, str, str] | None:
    """(the office as written, a's holder, b's holder) when both texts name a holder of one office
    (:func:`_office_holders`: one place's governor, one department's secretary, one firm's CEO) and no holder one text
    names is the other's or written in the other text; else None. An office has one holder at a time: ECB+ train
    topic 9's Interior Secretary Dirk Kempthorne (the Bush administration's species rules, December 2008) and
    Interior Secretary Ken Salazar (their reversal, 2009), topic 20's Qeshm governors Mehdi Irannejad (2008's quake)
    and Heidar Alishvandi (2005's). A report naming the earlier holder as such names him in its text, and the rule
    does not hold."""
    if not (a.offices and b.offices):
        return None
    held_b: dict[str, list[tuple[str, str]]] = {}
    for key, office, holder in b.offices:
        held_b.setdefault(key, []).append((office, holder))
    for key in sorted({k for k, _, _ in a.offices} & set(held_b)):
        mine = [(o, h) for k, o, h in a.offices if k == key]
        theirs = held_b[key]
        if any(_same_holder(h, g) for _, h in mine for _, g in theirs):
            continue
        if any(_holder_written(h, b) for _, h in mine) or any(_holder_written(g, a) for _, g in theirs):
            continue
        return mine[0][0], mine[0][1], theirs[0][1]
    return None


def _people_counterparts_apart(a: _Text, b: _Text, gazetteer: Gazetteer) -> tuple[str, str, str, str] | None:
    """(the actor both openings name, a's counterparts, b's, how the texts show two occasions) when the openings
    (:attr:`Opening.actors`) share an actor by surname, each names beside it a person of two or more words whom the
    other text never writes (:func:`_named_in`) and who is not the opening's speaker (:func:`_opening_speaker`), no
    other actor of either opening is written in the other text, and the texts show two occasions
    (:func:`_two_occasions_shown`); else None. One actor's two occasions with two others: a champion's title
    defences against two challengers (ECB+ train topic 7: "Wladimir Klitschko stopped Tony Thompson in the sixth
    round" / "Klitschko blasted a sluggish Hasim Rahman (45-7-2, 36 KOs) in Mannheim", joined by the full judge's
    refine on "same names: Klitschko"). Other names alone are no evidence: one event's reports name other second
    people often (break56 F1: Trump signing the stopgap bill "with House Speaker Mike Johnson at his side" / "after
    Chuck Schumer dropped his opposition"; Messi's match with Luis Suárez's goal / with Oscar Ustari's save)."""
    pa, pb = a.opening.actors, b.opening.actors
    if not (pa and pb):
        return None
    shared = [p for p in pa if any(_fold(p.split()[-1]) == _fold(q.split()[-1]) for q in pb)]
    if not shared:
        return None
    # the one actor in common: when the openings name two the other text writes too (the two teams of one game,
    # "Indianapolis Colts" and "Jacksonville Jaguars"), the event's parties are the same and a third name (the
    # player who scored) is one report's detail
    written = {_fold(p.split()[-1]) for p in pa if _named_in(p, b.name_keys)} \
        | {_fold(p.split()[-1]) for p in pb if _named_in(p, a.name_keys)}
    if len(written) > 1:
        return None
    own_a = [p for p in pa if len(p.split()) >= 2 and not _named_in(p, b.name_keys) and not _opening_speaker(p, a)]
    own_b = [p for p in pb if len(p.split()) >= 2 and not _named_in(p, a.name_keys) and not _opening_speaker(p, b)]
    if not (own_a and own_b):
        return None
    shown = _two_occasions_shown(a, b, shared[0], own_a, own_b, gazetteer)
    if shown is None:
        return None
    return shared[0], ", ".join(own_a), ", ".join(own_b), shown
