"""The refine judges read the events rule with publication dates (final34 #1: `stories --refine --judge full`
merged the 16 Dec avalanche, en + fr, into the 9 Dec avalanche's story, while `similarity` on the same two
files held them apart). ArticleSides analysed every text with no publication date, so an opening's "on
Wednesday" dated no event and the rule never fired: the date of the text's header, or the one given (a
store's), is read now. The scores are unchanged: the model reads no publication date."""

from __future__ import annotations

import numpy as np

from storylens import similarity as sim

FIRST = ("Avalanche buries mountain hut in Tarvia, killing 14\n"
         "Northern Post, December 10, 2026, by Jane Holloway\n\n"
         "An avalanche buried a mountain hut near Puerto Calvén in southern Tarvia on Wednesday, killing 14 people, "
         "civil protection officials said.\n\nThirty people were injured.")
SECOND = ("Second avalanche strikes Puerto Calvén, three dead\n"
          "Southern Ledger, December 17, 2026, by Rosa Whitcombe\n\n"
          "An avalanche swept over the access road above Puerto Calvén in southern Tarvia on Wednesday morning, "
          "killing three road workers and injuring five, civil protection officials said.")
FOLLOW_UP = ("Avalanche toll in Tarvia rises to 16\n"
             "Southern Ledger, December 12, 2026, by Rosa Whitcombe\n\n"
             "Rescuers on Saturday found two more bodies under the avalanche that buried a mountain hut near Puerto "
             "Calvén on Wednesday, raising the toll to 16 killed.")


def _header_off(text: str) -> str:
    head, _, body = text.partition("\n\n")
    return f"{head.splitlines()[0]}\n\n{body}"


def test_the_header_dates_date_the_weekdays(hashing_embedder):
    sides = sim.ArticleSides([FIRST, SECOND, FOLLOW_UP], ["en"] * 3, embedder=hashing_embedder, variant="fast")
    assert sides.events_apart([0, 0, 1], [1, 2, 2]).tolist() == [True, False, True]  # a follow-up: one event
    assert sides.events_apart([1], [0]).tolist() == [True]


def test_given_dates_date_the_weekdays_of_a_text_without_a_header(hashing_embedder):
    texts = [_header_off(FIRST), _header_off(SECOND)]
    bare = sim.ArticleSides(texts, ["en", "en"], embedder=hashing_embedder, variant="fast")
    assert bare.events_apart([0], [1]).tolist() == [False]  # no date: "on Wednesday" dates nothing
    dated = sim.ArticleSides(texts, ["en", "en"], embedder=hashing_embedder, variant="fast",
                             published=["2026-12-10", "2026-12-17"])
    assert dated.events_apart([0], [1]).tolist() == [True]
    # the model reads no publication date: the scores are the same
    assert np.allclose(bare.overall([0], [1]), dated.overall([0], [1]), equal_nan=True)


def test_a_side_computed_without_a_date_is_not_reused_with_one(hashing_embedder):
    texts = [_header_off(FIRST), _header_off(SECOND)]
    bare = sim.ArticleSides(texts, ["en", "en"], embedder=hashing_embedder, variant="fast")
    bare.prepare([0, 1])
    dated = sim.ArticleSides(texts, ["en", "en"], known=bare, published=["2026-12-10", "2026-12-17"])
    assert dated.events_apart([0], [1]).tolist() == [True]
