"""break56b F5/F6 through ``compare`` (tests/data/break56b): AFP's "Trois personnes, une enseignante et deux enfants,
ont été tuées" against Reuters' "A teacher and two children were killed" had "figures differ: killed: 3 vs at least
2"; four reports of the attack written for this fix (es and en with dashes, it "Un'insegnante e due bambini", dpa's
long clause) read killed 3 in each; a teacher named alone (v_de, v_fr) is no "killed: 3 vs 1" against "Three people,
among them a teacher"; dpa's five dead (trois_c) conflict with three as a toll ("killed: 3 vs 5", was "person: 3 vs
5": the dash apposition was cut from its toll)."""

from __future__ import annotations

from pathlib import Path

import storylens
from storylens.analysis.quantities import extract_numbers

DATA = Path(__file__).parents[1] / "data" / "break56b"


def _compare(embedder, *names: str):
    return storylens.compare([DATA / n for n in names], embedder=embedder)


def _killed(result) -> dict[str, set[float]]:
    """Each document's killed figures over the ledger's claims."""
    language = {d.id: d.language for d in result.documents}
    by_doc: dict[str, set[float]] = {}
    for c in result.claims:
        for e in c.evidence:
            for q in extract_numbers(e.text, language[e.doc]):
                if q.unit == "killed" and q.value:
                    by_doc.setdefault(e.doc, set()).add(q.value)
    return by_doc


def test_a_coordinated_toll_and_an_apposition_agree(embedder):
    result = _compare(embedder, "trois_a.txt", "trois_b.txt")
    assert not any(c.conflict for c in result.claims)
    assert not any(c.differs and "killed" in c.differs for c in result.claims)


def test_four_readings_of_one_toll_each_read_three(embedder):
    result = _compare(embedder, "lyon_es.txt", "lyon_it.txt", "lyon_de.txt", "lyon_en.txt")
    assert not any(c.conflict or (c.differs and "killed" in c.differs) for c in result.claims)
    assert _killed(result) == {d: {3.0} for d in ("d1", "d2", "d3", "d4")}


def test_a_teacher_named_alone_is_no_conflict_with_the_toll(embedder):
    for other in ("v_de.txt", "v_fr.txt"):
        result = _compare(embedder, "v_en.txt", other)
        assert not any(c.conflict and "killed" in c.conflict for c in result.claims), other


def test_five_dead_still_conflict_with_three(embedder):
    result = _compare(embedder, "lyon_en.txt", "trois_c.txt")
    assert any(c.conflict and "killed: 3 vs 5" in c.conflict for c in result.claims)
