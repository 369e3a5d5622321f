"""The online join keeps one story told weeks apart and tied only weakly together while it holds another event apart
(issue #11; break67s2 split "Nguyen Van An" and "Mr Nguyen" two months apart with samestory67's far-apart rule,
reverted). The join reads the verdict's rules (:class:`similarity.VerdictRules`), the far-apart rule and its weak ties
(similarity._far) among them. The texts are written for this test."""

from __future__ import annotations

from storylens import stream
from storylens.models import RawDocument
from storylens.store import open_store

LOW = {"threshold": -0.5}  # the hashing embedder's cosines are low: every pair below reaches the cut

ARREST = ("Police in Vietnam arrested property developer Nguyen Van An on Thursday on suspicion of fraud involving "
          "apartment sales. Investigators said buyers lost their deposits.")
TRIAL = ("Mr Nguyen went on trial on Wednesday accused of taking deposits for apartments that were never built. He "
         "denies the charges.")
OTHER = ("Republican National Committee Chairman Michael Steele faced calls to resign on Monday after reports that the "
         "committee spent nearly $2,000 at a Los Angeles nightclub.")


def _doc(name: str, text: str, published: str) -> RawDocument:
    return RawDocument(name, text, metadata={"title": text.split(",")[0][:60], "language": "en",
                                             "published": published})


def test_mr_nguyen_two_months_on_joins_and_another_event_stays_apart(tmp_path, hashing_embedder):
    docs = [_doc("arrest.txt", ARREST, "2026-01-09"), _doc("trial.txt", TRIAL, "2026-03-12"),
            _doc("other.txt", OTHER, "2026-05-20")]
    with open_store(tmp_path / "s.db") as store:
        stream.ingest(docs, store, embedder=hashing_embedder, clusterer_params=LOW)
        ids = {a.source: a.id for a in store.articles()}
        story = {k: r.story for k, r in store.assignments().items()}
    assert story[ids["arrest.txt"]] == story[ids["trial.txt"]] != story[ids["other.txt"]]
