"""Tone cues appear in the terminal and Markdown reports too, not only in JSON (no model needed)."""

from storylens.models import Comparison, Document, Similarity
from storylens.report import render


def _comparison() -> Comparison:
    docs = tuple(Document(id=f"d{i}", source=f"{i}.txt", text="x", sentences=(), outlet=o)
                 for i, o in ((1, "CNN"), (2, "FAZ")))
    tone = {"d1": {"doc": "d1", "words": 100, "sentences": 5, "loaded": {"rioters": 2, "terrorists": 1},
                   "loaded_quoted": 1, "hedges": {"reportedly": 1}, "attributions": 3, "assertions": 2, "score": 0.42},
            "d2": {"doc": "d2", "words": 90, "sentences": 4, "loaded": {}, "loaded_quoted": 0, "hedges": {},
                   "attributions": 1, "assertions": 3, "score": 0.0}}
    return Comparison(documents=docs, similarity=Similarity(True, 0.9, {}), extras={"tone": tone})


def test_markdown_has_a_tone_table():
    md = render(_comparison(), "markdown")
    assert "## Tone cues" in md
    assert "| d1 (CNN) | 0.42 | rioters ×2, terrorists | 1 | 3 / 2 |" in md
    assert "| d2 (FAZ) | 0.00 | - | 0 | 1 / 3 |" in md


def test_terminal_has_a_tone_table():
    out = render(_comparison(), "terminal")
    assert "Tone cues" in out and "rioters ×2" in out


def test_the_typed_tone_field_is_shown():
    from dataclasses import replace

    from storylens.models import Tone

    base = _comparison()
    typed = replace(base, extras={}, tone={k: Tone(**v) for k, v in base.extras["tone"].items()})
    assert "| d1 (CNN) | 0.42 | rioters ×2, terrorists | 1 | 3 / 2 |" in render(typed, "markdown")
