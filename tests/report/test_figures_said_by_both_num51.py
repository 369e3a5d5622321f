"""trial64 F4/F7: a headline's subgroup against another report's total, and counts of workers that never meet.

F4: dpa's headline "Vier Tote und zwei verletzte Deutsche" conflicted with ANSA's "31 feriti" ("injured: 2 vs 31") while
dpa's body says "31 weitere wurden verletzt": a report that states the other side's figure of a toll itself holds no
contradiction. F7: es "beneficiará a 2,4 millones de trabajadores" / pt "abrange 2,5 milhões de trabalhadores" sat in
two claims and were never compared: now a figure of one kind that differs (not judged), never a conflict."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.models import NOT_JUDGED, Document
from storylens.report.pipeline import _AnchoredFigures, _claim_wide_figures, _Measures, _unmet_tolls

from ._docs import claim_of, titled_doc


def _unit(doc: str, n: int, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s{n}", text, 0, len(text), lang)


def _measures(docs: dict[str, tuple[str, list[str]]]) -> _Measures:
    sentences = {doc: tuple((f"{doc}:s{i}", text, lang) for i, text in enumerate(rows)) for doc, (lang, rows) in docs.items()}
    return _Measures(dict.fromkeys(docs, "2026-11-03"), sentences=sentences)


_OTHER = ("it", "Incidente in autobus nelle Alpi: 30 feriti")

# (language, a report whose headline gives a group of the injured and whose body gives the total, the other headline)
_SUBGROUPS = [
    ("de", ["Zugunglück bei Bologna: Vier Tote und zwei verletzte Deutsche",
            "Bei einem Zugunglück in der Nähe von Bologna sind am Dienstag vier Menschen ums Leben gekommen.",
            "31 weitere wurden verletzt, wie die Behörden mitteilten."],
     ("it", "Deraglia treno regionale vicino a Bologna: quattro morti e 31 feriti")),
    ("en", ["Alps bus crash: two injured Britons", "Thirty people were injured when a bus crashed in the Alps on Monday."],
     ("fr", "Accident de car dans les Alpes : 30 blessés")),
    ("fr", ["Accident de car : deux Belges blessés", "Trente personnes ont été blessées lundi dans l'accident."], _OTHER),
    ("es", ["Accidente de autobús: dos españoles heridos", "Treinta personas resultaron heridas el lunes."],
     ("de", "Busunglück in den Alpen: 30 Verletzte")),
]


@pytest.mark.parametrize(("lang", "report", "other"), _SUBGROUPS)
def test_a_report_that_states_the_other_figure_holds_no_conflict(lang: str, report: list[str], other: tuple[str, str]) -> None:
    m = _measures({"d1": (lang, report), "d2": (other[0], [other[1]])})
    a, b = _unit("d1", 0, report[0], lang), _unit("d2", 0, other[1], other[0])
    for check in (m.measure_conflicts, _AnchoredFigures(m)):
        assert check(a, b) == [] and check(b, a) == []


@pytest.mark.parametrize("body", [
    "Der Bus kam am Montag von der Straße ab.",  # no total of its own
    "Im Jahr 2019 waren bei einem Unfall an gleicher Stelle 30 Menschen verletzt worden.",  # another year's
])
def test_a_report_that_does_not_state_it_still_conflicts(body: str) -> None:
    report = ["Zwei Verletzte bei Busunglück", body]
    m = _measures({"d1": ("de", report), "d2": (_OTHER[0], [_OTHER[1]])})
    a, b = _unit("d1", 0, report[0], "de"), _unit("d2", 0, _OTHER[1], _OTHER[0])
    assert m.measure_conflicts(a, b) == ["injured: 2 vs 30"]
    assert _AnchoredFigures(m)(a, b) == ["injured: 2 vs 30"]


def _doc(doc_id: str, lang: str, sentences: list[str], published: str = "2026-11-10") -> Document:
    return titled_doc(doc_id, lang, sentences, published)


_claim = claim_of


_ES = ["El Gobierno aprueba subir el salario mínimo", "El Consejo de Ministros aprobó este martes una subida del salario mínimo.",
       "La ministra de Trabajo, Yolanda Díaz, defendió que la medida beneficiará a 2,4 millones de trabajadores."]
_WORKERS = [
    ("pt", ["Espanha aumenta salário mínimo", "O Governo espanhol aprovou hoje um aumento do salário mínimo.",
            "Segundo o Governo, a medida abrange 2,5 milhões de trabalhadores."], "2,5 milhões"),
    ("fr", ["L'Espagne relève son salaire minimum", "Le gouvernement espagnol a approuvé mardi une hausse du salaire minimum.",
            "Selon le gouvernement, la mesure concerne 2,5 millions de salariés."], "2,5 millions"),
]


@pytest.mark.parametrize(("lang", "other", "label"), _WORKERS)
def test_counts_of_workers_that_never_meet_are_shown_as_differing(lang: str, other: list[str], label: str) -> None:
    es, xx = _doc("d1", "es", _ES), _doc("d2", lang, other)
    # the aligner's pairing of trial64 F7: the Spanish figure in a shared claim, the other report's alone
    claims = [_claim("c1", (es, 0), (xx, 0)), _claim("c2", (es, 1), (xx, 1)), _claim("c3", (es, 2), (xx, 0)),
              _claim("c4", (xx, 2))]
    out = _unmet_tolls(claims, [es, xx], _Measures({"d1": es.published, "d2": xx.published}), {"d1": 0, "d2": 0})
    assert [c.status for c in out] == ["shared", "shared", "shared", "unique"]
    assert out[2].differs == f"worker: 2,4 millones vs {label} {NOT_JUDGED}"
    assert {e.sentence for e in out[2].evidence} == {es.sentences[2].id, xx.sentences[0].id, xx.sentences[2].id}
    assert out[:2] == claims[:2] and out[3] == claims[3]


def test_one_count_of_workers_in_both_shows_nothing() -> None:
    es = _doc("d1", "es", _ES)
    xx = _doc("d2", "pt", [*_WORKERS[0][1][:2], "Segundo o Governo, a medida abrange 2,4 milhões de trabalhadores."])
    claims = [_claim("c1", (es, 0), (xx, 0)), _claim("c2", (es, 1), (xx, 1)), _claim("c3", (es, 2), (xx, 0)), _claim("c4", (xx, 2))]
    assert _unmet_tolls(claims, [es, xx], _Measures({"d1": es.published, "d2": xx.published}), {"d1": 0, "d2": 0}) == claims


@pytest.mark.parametrize(("body", "shown"), [
    ("31 weitere wurden verletzt, wie die Behörden mitteilten.", False),
    ("Der Zug kam am Dienstag aus Rimini.", True),
])
def test_a_claim_wide_difference_of_a_toll_both_reports_state_is_not_shown(body: str, shown: bool) -> None:
    de = _doc("d1", "de", ["Zugunglück bei Bologna: zwei verletzte Deutsche", body])
    it = _doc("d2", "it", ["Deraglia treno regionale vicino a Bologna: 31 feriti", "Il treno veniva da Rimini."])
    m = _Measures({"d1": de.published, "d2": it.published},
                  sentences={d.id: tuple((s.id, s.text, d.language) for s in d.sentences) for d in (de, it)})
    out = _claim_wide_figures(_claim("c1", (de, 0), (it, 0)), [de, it], m)
    assert (out.differs == f"injured: zwei vs 31 {NOT_JUDGED}") if shown else out.differs is None
