"""Probes of trial break64d2 (stop 64, second round on dates64b), kept as regression tests of the date rules.

break64d2 tested dates64b. Its rule (2) dropped a date conflict of two units that each quote words sharing no
content word; it lost 17 true conflicts main reports (one statement paraphrased or translated by two outlets,
"apologise"/"apologize", German nouns taken for names, inflection, scare quotes: Q02-Q07, Q11-Q13, Q15-Q17, Q20,
Q21, Q23-Q25) and was reverted. Its rule (1) set one weekday both reports name bare aside when the readings did not
point opposite ways, the publication day itself going with either side; a past act read as that day and a future
one read a week on, in reports of one day, were lost: "The nationwide rail strike began on Monday" / "Der
landesweite Bahnstreik wird am Montag beginnen" (R09; R10-R14 the same shape in de/en, fr/en, nl/en, en/es). A
reading of the publication day now points the way its sentence's tense does (quantities.same_weekdays).

Data: tests/data/conflict_probes/weekdays_round2_articles.json (from trials/break64d2/harness/probes.py: the weekday
probes R01-R14 and the one-statement probes Q01-Q25, true conflicts main finds: guards). Each probe runs the
harness's path (run_articles.py): whole articles built by ``ingest.jsonl._line_document`` through the real Comparer
(slow); right = a conflicting claim whose conflict is a ``date:``/``weekday:`` note, or none.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "conflict_probes"
ARTICLES = json.loads((DATA / "weekdays_round2_articles.json").read_text(encoding="utf-8"))
_NOTE = re.compile(r"(?:^|; )(?:date|weekday):")

# What main and this branch both get wrong (probe id -> why; the tester's finding). A fix flips these: move them then.
_UNSURE = "reports of two publication days: main leaves every bare weekday unjudged (_unsure_reference; break64d2)"
ARTICLES_WRONG: dict[str, str] = {
    **{r: _UNSURE for r in ("R01", "R02", "R03", "R08")},
    **{q: "one statement, two days: no date conflict found on main either (break64d2 same-wrong)"
       for q in ("Q10", "Q18", "Q19")},
}


def _params(probes, wrong):
    return [pytest.param(p, id=p["id"], marks=pytest.mark.xfail(strict=True, reason=wrong[p["id"]]))
            if p["id"] in wrong else pytest.param(p, id=p["id"]) for p in probes]


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens.report.compare import Comparer

    return Comparer(embedder=embedder)


@pytest.mark.slow
@pytest.mark.parametrize("probe", _params(ARTICLES, ARTICLES_WRONG))
def test_whole_articles_conflict_or_not(comparer, probe):
    from storylens.ingest.jsonl import _line_document

    docs = [_line_document(json.dumps({"id": f"{probe['id']}{n}", "language": d["language"], "published": d["published"],
                                       "outlet": d["outlet"], "title": d["title"], "text": d["text"]},
                                      ensure_ascii=False), f"{probe['id']}{n}")
            for n, d in zip("ab", probe["documents"], strict=True)]
    report = comparer.compare(docs)
    notes = [c.conflict for c in report.claims if c.status == "conflicting" and c.conflict and _NOTE.search(c.conflict)]
    assert bool(notes) == (probe["right"] == "conflict"), (probe["note"], notes)
