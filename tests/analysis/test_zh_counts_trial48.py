"""New-user trial 48 F1: Chinese approximate counts that never met the English figure.

"十余户民房" (more than ten households' houses) gave no number: the households' classifier "户" was no classifier, and
a "more than" between a numeral and its classifier hid the noun ("二十多所学校"). "七八十名消防救援人员" (rescuers) never
met "About 700 firefighters": firefighters are rescue workers in every language (text data "measures" "rescuer")."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers, unit_key


def _counts(text: str, lang: str) -> list[tuple[float | None, str | None, str | None]]:
    return [(n.value, unit_key(n.unit) if n.unit else None, n.approx) for n in extract_numbers(text, lang)]


@pytest.mark.parametrize(("text", "expected"), [
    ("滑坡掩埋了十余户民房。", [(10.0, "house", "above")]),
    ("滑坡掩埋了5户民房。", [(5.0, "house", None)]),
    ("二十多所学校停课。", [(20.0, "school", "above")]),
    ("3所学校停课。", [(3.0, "school", None)]),
    ("造成12人死亡。", [(12.0, "killed", None)]),
])
def test_chinese_counts_after_a_classifier(text, expected):
    assert _counts(text, "zh") == expected


@pytest.mark.parametrize(("text", "lang"), [
    ("About 700 firefighters were sent to the site.", "en"),
    ("Rund 700 Feuerwehrleute waren im Einsatz.", "de"),
    ("Quelque 700 pompiers ont été déployés.", "fr"),
    ("Unos 700 bomberos fueron enviados.", "es"),
    ("На место направили около 700 пожарных.", "ru"),
    ("Na miejsce wysłano około 700 strażaków.", "pl"),
    ("当地调派700名消防员赶赴现场。", "zh"),
    ("当地调派七八十名消防救援人员赶赴现场。", "zh"),
])
def test_firefighters_are_rescuers(text, lang):
    assert [u for _, u, _ in _counts(text, lang)] == ["rescuer"]
