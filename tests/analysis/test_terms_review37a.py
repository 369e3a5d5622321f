"""review37a M4: a term's cue must govern its period, not merely stand in its clause.

Before: "He spent two days in custody before the sentencing" gave the days of pre-trial custody as the prison
term ("custody" and "sentencing" were penalty words of the clause), and any demand word made any period a
"demanded term" ("Protesters demanded answers for two weeks")."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import extract_numbers
from storylens.report.pipeline import _Measures


def _kinds(text: str, lang: str) -> dict[str, list[float | None]]:
    return {k: [q.value for q in v] for k, v in filter_numbers(text, extract_numbers(text, lang), lang).items()}


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "He spent two days in custody before the sentencing.", 2),
    ("de", "Er saß zwei Tage in Untersuchungshaft, bevor er verurteilt wurde.", 2),
    ("fr", "Il a passé deux jours en garde à vue avant d'être condamné.", 2),
    ("es", "Estuvo detenido dos días antes de ser condenado.", 2),
    ("ru", "Он провёл два дня под стражей до приговора.", 2),
])
def test_a_period_in_custody_is_no_prison_term(lang, text, value):
    kinds = _kinds(text, lang)
    assert kinds.get("custody") == [value], kinds
    assert not kinds.get("term") and not kinds.get("demanded term")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protesters demanded answers for two weeks."),
    ("en", "Workers demanded 30 days of paid leave."),
    ("de", "Demonstranten forderten zwei Wochen lang Antworten."),
    ("fr", "Les manifestants ont réclamé des réponses pendant deux semaines."),
    ("en", "The judge, who sentenced him, had been on the bench for 20 years."),
])
def test_a_demand_or_penalty_word_elsewhere_in_the_clause_makes_no_term(lang, text):
    kinds = _kinds(text, lang)
    assert not kinds.get("term") and not kinds.get("demanded term"), kinds


@pytest.mark.parametrize(("lang", "text", "kind", "value"), [
    ("en", "Prosecutors demanded 12 years for the killer.", "demanded term", 12),
    ("de", "Die Staatsanwaltschaft forderte für den Angeklagten zwölf Jahre Haft.", "demanded term", 12),
    ("en", "He was sentenced to three years in prison.", "term", 3),
    ("en", "A court sentenced Viktor Halden, 62, to nine years.", "term", 9),  # an age's aside is no clause
    ("ar", "قضت محكمة بسجن الوزير السابق فيكتور هالدن تسع سنوات.", "term", 9),  # the sentenced man between
    ("fr", "Il a été condamné à deux ans de prison après deux jours de garde à vue.", "term", 2),
])
def test_a_governing_cue_still_makes_a_term(lang, text, kind, value):
    assert _kinds(text, lang).get(kind) == [value]


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}-s1", text, 0, len(text), lang)


@pytest.mark.parametrize(("a", "b", "expected"), [
    # the days in custody against the sentence: two facts
    (("He spent two days in custody before the sentencing.", "en"), ("Er wurde zu drei Jahren Haft verurteilt.", "de"), []),
    (("He spent two days in custody.", "en"), ("Il a passé trois jours en garde à vue.", "fr"), ["custody: day: 2 vs 3"]),
])
def test_custody_meets_only_custody(a, b, expected):
    measures = _Measures({"d1": "2026-12-01", "d2": "2026-12-01"})
    assert measures.number_conflicts(_unit("d1", *a), _unit("d2", *b)) == expected
