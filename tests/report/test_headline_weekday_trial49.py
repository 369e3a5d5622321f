"""trial49 F20 end to end, through a real Comparer (USE): a headline's weekday with a future sense ("Road to reopen
Monday", "Estrada reabre segunda-feira") is dated as its body dates the reopening, the next Monday, in the timeline
(it was a row a week back, 2026-08-10, beside the body's 2026-08-17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer

EN = """Road to reopen Monday

LONDON, Aug 14, 2026 (Reuters) - The forest fire near Monchique is still burning and more than 600 firefighters are working at the scene.

The commander said the national road would reopen on Monday.
"""
PT = """Estrada reabre segunda-feira

LISBOA, 14 de agosto de 2026 (Lusa) - O incêndio na serra de Monchique continua ativo e mais de 600 bombeiros combatem as chamas no terreno.

O comandante disse que a estrada nacional reabrirá na segunda-feira.
"""
DE = """Straße soll am Montag wieder öffnen

ROM, 14. August 2026 (dpa) - Der Waldbrand bei Monchique brennt weiter, mehr als 600 Feuerwehrleute sind im Einsatz.

Der Kommandant sagte, die Staatsstraße werde am Montag wieder geöffnet.
"""


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)


@pytest.mark.parametrize("other", [PT, DE])
def test_the_headlines_weekday_is_the_next_monday(comparer, tmp_path: Path, other):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, (EN, other)):
        path.write_text(body, encoding="utf-8")
    timeline = comparer.compare(paths).timeline
    headline = next(row for row in timeline if any(e.text == "Road to reopen Monday" for e in row.evidence))
    assert headline.date == "2026-08-17"
    assert "2026-08-10" not in {row.date for row in timeline}
