"""trial57 F13, F16, F21 at the figure checks of a comparison (:class:`_Measures`), inputs written for the tests.

F13: a background sentence dated to another year ("In 2018, floods … killed 21 people", or "Later that year, …"
after it) lent its toll to today's claim: "killed: 21 vs aucun décès". F16: a toll two reports read on two days
("killed seven" on 21 June, "has risen to nine" on 22 June) was plain agreement. F21: "No arrests have been
made." and "No one was hurt." shared the anchor "N:0" and were aligned as one fact."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures


def _unit(doc: str, n: int, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s{n}", text, 0, len(text), lang)


def _measures(published: dict[str, str | None], docs: dict[str, list[tuple[str, str]]]) -> _Measures:
    sentences = {doc: tuple((f"{doc}:s{i}", text, lang) for i, (text, lang) in enumerate(rows)) for doc, rows in docs.items()}
    return _Measures(published, sentences=sentences)


_BACKGROUND = [
    ("en", "No deaths were recorded, the spokesman said.",
     ["Rescuers evacuated 1,700 tourists from Petra on Friday.", "In 2018, floods near the Dead Sea killed 21 people."]),
    ("en", "No deaths were recorded, the spokesman said.",
     ["In 2018, heavy rain flooded the site.", "Later that year, floods near the Dead Sea killed 21 people."]),
    ("fr", "Aucun décès n'a été enregistré, a indiqué le porte-parole.",
     ["En 2018, des crues près de la mer Morte avaient fait 21 morts."]),
    ("fr", "Aucun décès n'a été enregistré, a indiqué le porte-parole.",
     ["En 2018, de fortes pluies ont inondé le site.", "La même année, des crues près de la mer Morte ont fait 21 morts."]),
    ("ar", "ولم تسجل أي وفيات، بحسب المتحدث.",
     ["وفي عام 2018، قتل 21 شخصا في سيول قرب البحر الميت."]),
    ("de", "Todesopfer gab es nach Angaben des Sprechers keine.",
     ["Im Jahr 2018 hatten Überschwemmungen am Toten Meer 21 Menschen getötet."]),
]


@pytest.mark.parametrize(("lang", "today", "background"), _BACKGROUND)
@pytest.mark.parametrize("published", ["2025-11-14", None])
def test_a_toll_of_another_year_is_no_conflict(lang: str, today: str, background: list[str], published: str | None) -> None:
    m = _measures({"d1": published, "d2": published},
                  {"d1": [(t, lang) for t in background], "d2": [(today, lang)]})
    past = _unit("d1", len(background) - 1, background[-1], lang)
    now = _unit("d2", 0, today, lang)
    assert m.other_year(past) and not m.other_year(now)
    for check in (m.measure_conflicts, m.figure_differences, m.toll_course):
        assert not check(past, now) and not check(now, past)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The fire, the worst since 2018, killed two people on Tuesday."),  # a start: today's toll
    ("en", "Two people were killed on Tuesday, police said."),
    ("fr", "Depuis 2018, la région a connu dix incendies."),
    ("en", "In 2025, the region has seen ten fires."),  # the publication year itself
])
def test_a_sentence_of_this_year_is_today(lang: str, text: str) -> None:
    m = _measures({"d1": "2025-11-14"}, {"d1": [(text, lang)]})
    assert not m.other_year(_unit("d1", 0, text, lang))


def test_a_toll_of_this_year_against_another_still_conflicts() -> None:
    m = _measures({"d1": "2025-11-14", "d2": "2025-11-14"},
                  {"d1": [("The fire killed two people on Tuesday.", "en")], "d2": [("The fire killed three people on Tuesday.", "en")]})
    a, b = _unit("d1", 0, "The fire killed two people on Tuesday.", "en"), _unit("d2", 0, "The fire killed three people on Tuesday.", "en")
    assert m.measure_conflicts(a, b)


@pytest.mark.parametrize(("lang_a", "first", "lang_b", "later", "what"), [
    ("en", "A gas explosion at a restaurant in Harbin killed seven people on Saturday.",
     "en", "The death toll from the gas explosion in Harbin has risen to nine, state media said on Sunday.", "killed"),
    ("zh", "哈尔滨一饭店21日发生燃气爆炸，造成7人死亡。",
     "ru", "Число погибших при взрыве газа в ресторане в Харбине возросло до девяти.", "killed"),
    ("es", "La explosión dejó 23 heridos el sábado.", "fr", "Le bilan s'élève désormais à 30 blessés.", "injured"),
])
def test_a_toll_read_on_two_days_is_a_difference(lang_a: str, first: str, lang_b: str, later: str, what: str) -> None:
    m = _measures({"d1": "2025-06-21", "d2": "2025-06-22"}, {"d1": [(first, lang_a)], "d2": [(later, lang_b)]})
    found = m.toll_course(_unit("d1", 0, first, lang_a), _unit("d2", 0, later, lang_b))
    assert [(w, a.endswith("(2025-06-21)"), b.endswith("(2025-06-22)")) for w, a, b in found] == [(what, True, True)]


def test_one_day_one_toll_no_course() -> None:
    a = "A gas explosion in Harbin killed seven people on Saturday."
    b = "A gas explosion in Harbin killed nine people on Saturday."
    m = _measures({"d1": "2025-06-21", "d2": "2025-06-21"}, {"d1": [(a, "en")], "d2": [(b, "en")]})
    assert m.toll_course(_unit("d1", 0, a, "en"), _unit("d2", 0, b, "en")) == []


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), [
    ("en", "No arrests have been made.", "en", "No one was hurt."),
    ("en", "No arrests have been made.", "en", "There were no reports of injuries."),
    ("fr", "Aucune arrestation n'a eu lieu.", "en", "No one was hurt."),
    ("de", "Es gab keine Festnahmen.", "fr", "Personne n'a été blessé."),
])
def test_zeros_of_two_things_share_no_anchor(lang_a: str, a: str, lang_b: str, b: str) -> None:
    m = _measures({}, {})
    keys_a, keys_b = m.anchor_keys(_unit("d1", 0, a, lang_a)), m.anchor_keys(_unit("d2", 0, b, lang_b))
    assert keys_a and keys_b and not keys_a & keys_b


def test_zeros_of_one_thing_share_their_anchor() -> None:
    m = _measures({}, {})
    assert m.anchor_keys(_unit("d1", 0, "No one was hurt.", "en")) & m.anchor_keys(_unit("d2", 0, "Personne n'a été blessé.", "fr"))
