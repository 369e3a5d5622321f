"""Headline-only pages over one site's cookie banner (break56 F4): the banner's buttons were kept as each page's
lead ("Manage preferences.", "Privacy policy."), so unrelated headlines shared two of three lead sentences and
became one story at ingest. Written for this test."""

from __future__ import annotations

from storylens import stream
from storylens.models import RawDocument
from storylens.store import SQLiteStore

BANNER = ("We use cookies and similar technologies to improve your experience. By clicking Accept all you agree to "
          "our use of cookies. Manage preferences. Privacy policy.\nAccept all | Reject all")
HEADLINES = ["Trump signs stopgap bill, averting government shutdown",
             "Nadal to play exhibition match in Madrid next month",
             "Earthquake of magnitude 5.1 shakes southern Greece"]


def test_unrelated_headlines_over_one_banner_are_three_stories(tmp_path, hashing_embedder):
    docs = [RawDocument(f"{k}.txt", f"{h}\n{BANNER}") for k, h in enumerate(HEADLINES)]
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest(docs, store, embedder=hashing_embedder)
        assigned = store.assignments()
        assert len(assigned) == 3
        assert len({a.story for a in assigned.values()}) == 3
