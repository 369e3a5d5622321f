"""A story's third report joins when the verdict's rules hold it apart from one member but not from another
(break55 F1): "Zelensky said in Kyiv on Monday that the plan agreed ... at their emergency summit", 11 days after
the Brussels summit, is "different cities in the openings" from the summit's report but one story with the Kyiv
reaction of 9 March. The online join read only the story's nearest member and split it off."""

from __future__ import annotations

from storylens import cluster, stream
from storylens.models import RawDocument
from storylens.store import open_store

LOW = {"threshold": -0.5}  # the hashing embedder's cosines are low: every pair below reaches the cut

SUMMIT = ("European Union leaders meeting at an emergency summit in Brussels on Thursday backed a plan to mobilise up "
          "to 800 billion euros for defence and pledged continued military support for Ukraine. Ukrainian President "
          "Volodymyr Zelensky, who attended the summit, thanked the leaders. Hungary's Viktor Orban refused to sign "
          "the joint statement on Ukraine.")
REACTION = ("KYIV — Volodymyr Zelensky welcomed on Sunday the defence fund backed by the bloc's heads of government, "
            "calling it proof that his country was not alone. Speaking to reporters in Kyiv, he said he expected the "
            "first money within weeks.")
# (break55's text dated the summit, "at their emergency summit on March 6", which now names the summit's report's event:
# :func:`storylens.similarity._events._recalls_event`; without the date it is held apart from it still)
LATER = ("Ukrainian President Volodymyr Zelensky said in Kyiv on Monday that the plan agreed by European Union leaders "
         "at their emergency summit to mobilise up to 800 billion euros for defence must also finance "
         "Ukraine's arms industry. He again criticised Hungary's Viktor Orban, who refused to sign the joint "
         "statement on military support for Ukraine.")


def _stories(tmp_path, embedder, name):
    docs = [RawDocument(n, t, metadata={"title": t.split(",")[0][:60], "language": "en", "published": d})
            for n, t, d in [("a.txt", SUMMIT, "2025-03-06"), ("b.txt", REACTION, "2025-03-09"),
                            ("c.txt", LATER, "2025-03-17")]]
    with open_store(tmp_path / name) as store:
        stream.ingest(docs, store, embedder=embedder, clusterer_params=LOW)
        ids = {a.source: a.id for a in store.articles()}
        assigned = store.assignments()
        return {n: assigned[i].story for n, i in ids.items()}


def test_a_follow_up_apart_from_the_first_report_joins_through_a_later_one(tmp_path, hashing_embedder):
    story = _stories(tmp_path, hashing_embedder, "s.db")
    assert story["a.txt"] == story["b.txt"] == story["c.txt"]


def test_reading_the_nearest_member_only_splits_it(tmp_path, hashing_embedder, monkeypatch):
    # the test above can fail: with one member read, the third report is split off (break55 F1)
    monkeypatch.setattr(cluster, "VERDICT_MATES", 1)
    story = _stories(tmp_path, hashing_embedder, "one.db")
    assert story["a.txt"] == story["b.txt"] != story["c.txt"]
