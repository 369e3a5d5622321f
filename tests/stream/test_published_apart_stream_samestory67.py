"""The online join holds two texts published weeks apart with nothing of one event in common apart (issue #11,
newuser66: two chemical-plant blasts in two cities 72 days apart, and one party chairman's two events 163 days apart,
joined online into one story). The join reads the verdict's rules (:class:`similarity.VerdictRules`), which now read
the far-apart rule (:func:`similarity._verdict._published_apart`); a follow-up naming the company and the city weeks
later still joins. The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.models import RawDocument
from storylens.store import open_store

LOW = {"threshold": -0.5}  # the hashing embedder's cosines are low: every pair below reaches the cut

BASF = ("An explosion at a chemical plant in Ludwigshafen killed four workers on Tuesday, the company BASF said. Fire "
        "crews brought the blaze under control after three hours. Mayor Jutta Steinruck said residents should keep "
        "their windows closed.")
COVESTRO = ("An explosion at a chemical plant in Leverkusen killed six workers on Thursday, the company Covestro said. "
            "Fire crews brought the blaze under control after four hours. Mayor Uwe Richrath said residents should keep "
            "their windows closed.")
BASF_LATER = ("A faulty valve caused the explosion at the BASF chemical plant in Ludwigshafen in March that killed five "
              "workers, investigators said on Wednesday. Mayor Jutta Steinruck welcomed the findings.")
STEELE_OUTREACH = ("Republican National Committee Chairman Michael Steele said on Sunday that the party must do more to "
                   "reach out to black and Hispanic voters. Democrats said Steele's remarks showed the party was in "
                   "disarray.")
STEELE_NIGHTCLUB = ("Republican National Committee Chairman Michael Steele faced calls to resign on Monday after reports "
                    "that the committee spent nearly $2,000 at a Los Angeles nightclub. Steele said he had not been "
                    "aware of the expense.")


def _doc(name: str, text: str, published: str) -> RawDocument:
    return RawDocument(name, text, metadata={"title": text.split(",")[0][:60], "language": "en",
                                             "published": published})


def _stories(tmp_path, hashing_embedder, docs: list[RawDocument]) -> dict[str, str]:
    with open_store(tmp_path / "s.db") as store:
        stream.ingest(docs, store, embedder=hashing_embedder, clusterer_params=LOW)
        ids = {a.source: a.id for a in store.articles()}
        story = {k: r.story for k, r in store.assignments().items()}
    return {name: story[i] for name, i in ids.items()}


@pytest.mark.parametrize(("first", "second"), [
    ((BASF, "2026-03-10"), (COVESTRO, "2026-05-21")),
    ((STEELE_OUTREACH, "2009-10-18"), (STEELE_NIGHTCLUB, "2010-03-30")),
])
def test_far_apart_texts_of_two_events_are_two_stories_online(tmp_path, hashing_embedder, first, second):
    story = _stories(tmp_path, hashing_embedder, [_doc("a.txt", *first), _doc("b.txt", *second)])
    assert story["a.txt"] != story["b.txt"]
    # the same two texts days apart are left to the score, which joins them at this cut
    story = _stories(tmp_path / "near", hashing_embedder, [_doc("a.txt", first[0], "2026-03-10"),
                                                           _doc("b.txt", second[0], "2026-03-12")])
    assert story["a.txt"] == story["b.txt"]


def test_a_follow_up_weeks_later_naming_the_company_and_city_joins(tmp_path, hashing_embedder):
    story = _stories(tmp_path, hashing_embedder, [_doc("a.txt", BASF, "2026-03-10"),
                                                  _doc("c.txt", COVESTRO, "2026-05-21"),
                                                  _doc("b.txt", BASF_LATER, "2026-04-28")])
    assert story["a.txt"] == story["b.txt"] != story["c.txt"]
