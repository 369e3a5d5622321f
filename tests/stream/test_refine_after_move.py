"""Trial 14, defect 14: a user's wrong ``story move`` holds through ``stories --refine``, but the forced
article is no evidence when the refine judges the story's own articles (SQLite, hashing embedder)."""

from __future__ import annotations

import json

from storylens import stream
from storylens.store import SQLiteStore
from storylens.stream.corrections import move_article, refine_stories

# Two reports of one ECB meeting (worded apart, as a translation is) and an unrelated football report.
RECORDS = [
    {"id": "reuters-ecb", "lang": "en", "published": "2026-11-26", "title": "ECB holds rates at 2% as Lagarde warns on growth",
     "text": "The European Central Bank kept its deposit rate at 2% on Thursday, President Christine Lagarde said in "
             "Frankfurt. Lagarde said inflation in the euro zone was close to the bank's 2% target but growth remained "
             "weak. The ECB Governing Council decided unanimously, Lagarde told reporters after the meeting in Frankfurt. "
             "Markets expect the ECB to hold rates through the spring, analysts said."},
    {"id": "wire-ecb", "lang": "en", "published": "2026-11-26", "title": "European Central Bank leaves rates unchanged",
     "text": "Eurozone borrowing costs stay where they are: the central bank left its deposit rate unchanged at 2% on "
             "Thursday. Inflation was near the 2% target while growth stayed weak, policymakers said. The decision was "
             "unanimous, the bank's president told a news conference. Economists expect rates to stay on hold into the "
             "spring as wages cool."},
    {"id": "kicker-9001", "lang": "en", "published": "2026-11-22", "title": "Dortmund beat Bayern 3-1 in Bundesliga top match",
     "text": "Borussia Dortmund beat Bayern Munich 3-1 in the Bundesliga on Saturday at Signal Iduna Park. Striker Serhou "
             "Guirassy scored twice and BVB coach Niko Kovac praised his team's pressing. Bayern coach Vincent Kompany "
             "said his side lost too many duels in midfield. Dortmund move up to second place in the table, four points "
             "behind Leipzig."},
]


def _store(tmp_path, hashing_embedder) -> SQLiteStore:
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    store = SQLiteStore(tmp_path / "s.db")
    stream.ingest_paths([str(path)], store, embedder=hashing_embedder)
    return store


def _stories(store) -> dict[str, str]:
    ids = {ext: store.find_articles(ext)[0] for ext in ("reuters-ecb", "wire-ecb", "kicker-9001")}
    got = store.assignments(list(ids.values()))
    return {ext: got[aid].story for ext, aid in ids.items()}


def _refine(store, hashing_embedder) -> dict:
    return refine_stories(store, lead_vectors=False, judge="links", embedder=hashing_embedder)


def test_the_ecb_reports_stay_one_story_through_a_refine(tmp_path, hashing_embedder):
    # the control: without the move the refine keeps the two reports together
    with _store(tmp_path, hashing_embedder) as store:
        before = _stories(store)
        assert before["reuters-ecb"] == before["wire-ecb"] != before["kicker-9001"]
        _refine(store, hashing_embedder)
        assert _stories(store) == before


def test_a_wrong_move_holds_and_evicts_nothing_on_refine(tmp_path, hashing_embedder):
    with _store(tmp_path, hashing_embedder) as store:
        ecb = _stories(store)["reuters-ecb"]
        assert move_article(store, store.find_articles("kicker-9001")[0], ecb).moved
        report = _refine(store, hashing_embedder)
        # the correction holds, the wire report of the same meeting stays, the story keeps its id
        assert _stories(store) == {"reuters-ecb": ecb, "wire-ecb": ecb, "kicker-9001": ecb}
        assert report["moved"] == 0 and report["stories_after"] == 1
