"""A negated verb of excluding is no denial (new-user check final36 §3): "Castan schloss weitere
Erhöhungen nicht aus" / "no descartó nuevas subidas" / "не исключила дальнейшего повышения" against
"said further increases were possible" were 6 polarity conflicts. "Did not rule out" affirms a
possibility (litotes; text/data "exclusion_negation"); a real denial ("did not confirm", "bestritt")
still conflicts."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity_conflict

_POSSIBLE = ("Governor Mirela Castan said further increases were possible in the spring.", "en")

_NOT_RULED_OUT = [
    ("Governor Mirela Castan did not rule out further increases.", "en"),
    ("The governor would not rule further rate increases out, she said.", "en"),
    ("Castan said further hikes could not be ruled out.", "en"),
    ("Notenbankchefin Mirela Castan schloss weitere Erhöhungen nicht aus.", "de"),
    ("Weitere Erhöhungen seien nicht auszuschließen, sagte Castan.", "de"),
    ("La gobernadora Mirela Castan no descartó nuevas subidas.", "es"),
    ("Castan dijo que no se descartan nuevas subidas de tipos.", "es"),
    ("Глава Центрального банка Мирела Кастан не исключила дальнейшего повышения ставки.", "ru"),
    ("Кастан заявила, что не исключено дальнейшее повышение ставки.", "ru"),
    ("La gouverneure Mirela Castan n'a pas exclu de nouvelles hausses.", "fr"),
    ("Castan n'exclut pas de nouvelles hausses de taux.", "fr"),
    ("Prezes banku Mirela Castan nie wykluczyła dalszych podwyżek.", "pl"),
    ("Castan powiedziała, że nie można wykluczyć kolejnych podwyżek.", "pl"),
]


@pytest.mark.parametrize("text, lang", _NOT_RULED_OUT)
def test_not_ruling_out_is_no_denial(text: str, lang: str) -> None:
    assert not negated(text, lang)
    assert polarity_conflict(_POSSIBLE[0], _POSSIBLE[1], text, lang) is None


@pytest.mark.parametrize(
    "denial, lang",
    [
        ("Governor Mirela Castan did not confirm further increases.", "en"),
        ("Castan bestritt, dass weitere Erhöhungen geplant seien.", "de"),
        ("Castan kündigte keine weiteren Erhöhungen an.", "de"),
        ("La gobernadora no anunció nuevas subidas.", "es"),
        ("Кастан не объявила о дальнейшем повышении ставки.", "ru"),
        ("Castan n'a pas annoncé de nouvelles hausses.", "fr"),
        ("Castan nie zapowiedziała dalszych podwyżek.", "pl"),
    ],
)
def test_a_real_denial_still_denies(denial: str, lang: str) -> None:
    assert negated(denial, lang)


@pytest.mark.parametrize(
    "denial, lang",
    [
        # Not excluded from a place or a body: a denial of the excluding itself.
        ("Journalists were not excluded from the meeting.", "en"),
        ("Депутат не исключён из партии, но его не исключили из фракции.", "ru"),
        ("Posłanka nie została wykluczona z klubu.", "pl"),
    ],
)
def test_not_excluded_from_still_denies(denial: str, lang: str) -> None:
    assert negated(denial, lang)
