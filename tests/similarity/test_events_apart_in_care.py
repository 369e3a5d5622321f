"""The events rule compares a toll with a toll of its kind only: the people still in care are no injured
toll (final34 #2: "12 Verletzte werden noch im Krankenhaus behandelt", three days after an avalanche
that injured 30, read as an injured toll fallen from 30 to 12: the follow-up was "a different story" and
compare set it aside). A clause holding a still-word and a care-word of its language (text/data
``care_still_words``, ``care_words``) counts those in care; a fallen toll of the injured still holds
two events apart."""

from __future__ import annotations

import pytest

from storylens import similarity as sim

FIRST = ("Avalanche buries mountain hut in Tarvia, killing 14\n"
         "Northern Post, December 10, 2026, by Jane Holloway\n\n"
         "An avalanche buried a mountain hut near Puerto Calvén in southern Tarvia on Wednesday, killing 14 people, "
         "civil protection officials said.\n\nThirty people were injured.")
FOLLOW_UP_DE = ("Lawinenunglück in Tarvia: Suche eingestellt\n"
                "Bergland-Zeitung, 12. Dezember 2026, von Karl Huber\n\n"
                "Am Samstag hat der Zivilschutz die Suche nach Verschütteten an der Berghütte bei Puerto Calvén "
                "eingestellt; 12 Verletzte werden noch im Krankenhaus von Calvén behandelt.")
FOLLOW_UP_EN = ("Avalanche search ends in Tarvia\n"
                "Southern Ledger, December 13, 2026, by Rosa Whitcombe\n\n"
                "Rescuers on Sunday ended the search at the hut near Puerto Calvén; 12 injured people are still "
                "being treated in hospital in Calvén.")
SECOND_DE = ("Neue Lawine bei Puerto Calvén\n"
             "Bergland-Zeitung, 17. Dezember 2026, von Karl Huber\n\n"
             "Eine Lawine hat am Mittwoch die Zufahrtsstraße oberhalb von Puerto Calvén verschüttet; 5 Verletzte "
             "wurden gezählt.")


def _events(a: str, b: str, la: str, lb: str, embedder) -> str | None:
    return sim.pair_features([(a, b, la, lb)], embedder, sim.Gazetteer.load())[0].events_apart


@pytest.mark.parametrize(("b", "lb"), [(FOLLOW_UP_DE, "de"), (FOLLOW_UP_EN, "en")])
def test_the_injured_still_in_care_are_no_fallen_toll(b, lb, hashing_embedder):
    assert _events(FIRST, b, "en", lb, hashing_embedder) is None
    assert _events(b, FIRST, lb, "en", hashing_embedder) is None


def test_a_fallen_toll_of_the_injured_still_holds_two_events_apart(hashing_embedder):
    # not widened, not narrowed past the clause: "5 Verletzte wurden gezählt" a week later is a toll
    got = _events(FIRST, SECOND_DE, "en", "de", hashing_embedder)
    assert got is not None and "injured: 5 vs 30" in got, got
