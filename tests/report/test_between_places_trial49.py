"""trial49 F2 end to end, through a real Comparer (USE): a road "between <place> and <place>" kept closed in one
report and reopened in the other is a measure conflict, en/en and across languages (it was shared, match 1.00)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer

_EN = """Fire destroys chemicals warehouse in Setubal

A fire destroyed a chemicals warehouse in the industrial zone of Setubal on Thursday, civil protection said. One worker was killed, according to fire commander Rui Costa.

{last}
"""
_DE = """Brand zerstört Chemielager in Setúbal

Ein Brand hat am Donnerstag ein Chemielager im Industriegebiet von Setúbal zerstört, teilte der Zivilschutz mit. Ein Arbeiter kam ums Leben, sagte Feuerwehrkommandant Rui Costa.

{last}
"""
_PT = """Incêndio destrói armazém em Setúbal

Um incêndio destruiu na quinta-feira um armazém de produtos químicos na zona industrial de Setúbal, informou a Proteção Civil. Um trabalhador morreu, segundo o comandante dos bombeiros Rui Costa.

{last}
"""


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)


@pytest.mark.parametrize(("kept", "reopened", "word"), [
    (_EN.format(last="The road between Lagos and Sagres remains closed."),
     _EN.format(last="The road between Lagos and Sagres was reopened."), "remains closed"),
    (_DE.format(last="Die Straße zwischen Lagos und Sagres bleibt gesperrt."),
     _EN.format(last="The road between Lagos and Sagres was reopened."), "bleibt gesperrt"),
    (_PT.format(last="A estrada entre Monchique e Portimão continua cortada."),
     _EN.format(last="The road between Monchique and Portimao was reopened."), "continua cortada"),
    # objects of the same kind: a bridge over a river, a line from a place to a place
    (_DE.format(last="Die Brücke über die Elbe bleibt gesperrt."),
     _EN.format(last="The bridge over the Elbe was reopened."), "bleibt gesperrt"),
    (_EN.format(last="The rail line from Lagos to Faro remains closed."),
     _PT.format(last="A linha ferroviária de Lagos a Faro foi reaberta."), "remains closed"),
])
def test_a_road_between_two_places_kept_against_reopened_conflicts(comparer, tmp_path: Path, kept, reopened, word):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, (kept, reopened)):
        path.write_text(body, encoding="utf-8")
    claims = comparer.compare(paths).claims
    claim = next(c for c in claims if any(word in e.text for e in c.evidence))
    assert any(("reopened" in e.text or "reaberta" in e.text) for e in claim.evidence)
    assert claim.status == "conflicting" and claim.conflict == "measure: d1 kept, d2 lifted", claim.conflict
