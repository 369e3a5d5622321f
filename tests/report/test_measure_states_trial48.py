"""trial48 F14/F6/F18 end to end, through a real Comparer (USE): opposite states of one measure are a conflict,
whether the pair is a lead or a closing sentence and in any language pair ("closed its border" / "reopened its
border", "remains open" / "was closed", "restera fermé" / "reabrió", "pozostaną zamknięte" / "were open
again"); a closing and an opening dated apart are the measure's course, no conflict; and "would stay closed
until Monday" is no date conflict with "was closed on Wednesday" (a time limit's end is no event's day)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer

EN_CLOSED = """Lithuania shuts Belarus border

VILNIUS, Dec 2, 2026 (Reuters) - Lithuania closed its border with Belarus on Wednesday after smuggling balloons crossed into its airspace, the interior ministry said.

Two border guards were injured when a balloon's cargo fell on a patrol car near the village of Rudamina, police said.

The border with Poland remains open.
"""
EN_REOPENED = """Lithuania reopens Belarus border

VILNIUS, Dec 2, 2026 (AP) - Lithuania reopened its border with Belarus on Wednesday after a week-long closure over smuggling balloons, the interior ministry said.

Two border guards were injured when a balloon's cargo fell on a patrol car near the village of Rudamina, police said.

The border with Poland was closed for repairs.
"""
# the same report, its opening dated two days after the closing: the measure's course
EN_REOPENED_FRIDAY = EN_REOPENED.replace("reopened its border with Belarus on Wednesday",
                                         "reopened its border with Belarus on Friday")
PL_KEPT = """Litwa zamyka granicę z Białorusią

WILNO, 2 grudnia 2026 (PAP) – Dwaj funkcjonariusze straży granicznej zostali ranni, gdy ładunek balonu spadł na radiowóz w pobliżu wsi Rudamina – poinformowała policja.

Minister spraw wewnętrznych powiedział, że przejścia graniczne z Białorusią pozostaną zamknięte do odwołania.
"""
EN_OPEN_AGAIN = """Lithuania reopens Belarus border

VILNIUS, Dec 2, 2026 (AP) - Two border guards were injured when a balloon's cargo fell on a patrol car near the village of Rudamina, police said.

The interior minister said the border crossings with Belarus were open again.
"""
# a kept measure against its reversal as the closing sentence of two strike reports (trial48 F6)
FR_STRIKE = """Marseille : les dockers en grève, le port paralysé

MARSEILLE, 2 décembre 2026 (AFP) - Les dockers du port de Marseille ont entamé mercredi une grève de 48 heures contre la réforme des retraites portuaires, a indiqué la CGT.

Le ministre des Transports a annoncé qu'il recevrait les syndicats lundi. Le terminal à conteneurs restera fermé jusqu'à vendredi.
"""
ES_STRIKE = """Huelga de estibadores paraliza el puerto de Marsella

MARSELLA, 2 dic 2026 (EFE) - Los estibadores del puerto de Marsella iniciaron este miércoles una huelga de 48 horas contra la reforma de las pensiones portuarias, según el sindicato CGT.

El ministro de Transportes anunció que recibirá a los sindicatos el lunes. La terminal de contenedores reabrió el jueves.
"""
EN_LIMIT = """Road closed after crash near Vilnius

VILNIUS, Dec 2, 2026 (Reuters) - The road was closed after the crash and would stay closed until Monday, police said.

Two people were injured in the crash near the village of Rudamina, police said.
"""
EN_BEGAN = """Road closed after crash near Vilnius

VILNIUS, Dec 2, 2026 (AP) - The road was closed on Wednesday after the crash, police said.

Two people were injured in the crash near the village of Rudamina, police said.
"""
DE_LIMIT = """Straße nach Unfall bei Vilnius gesperrt

VILNIUS, 2. Dezember 2026 (dpa) - Die Straße bleibt nach dem Unfall bis Montag gesperrt, teilte die Polizei mit.

Zwei Menschen wurden bei dem Unfall nahe dem Dorf Rudamina verletzt, teilte die Polizei mit.
"""


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)  # the default model, as the CLI compares


def _claims(comparer: Comparer, tmp_path: Path, a: str, b: str):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, (a, b)):
        path.write_text(body, encoding="utf-8")
    return comparer.compare(paths).claims


def _claim(claims, text: str):
    return next(c for c in claims if any(text in e.text for e in c.evidence))


def test_closed_against_reopened_the_same_day_and_open_against_closed_conflict(comparer, tmp_path):
    claims = _claims(comparer, tmp_path, EN_CLOSED, EN_REOPENED)
    lead = _claim(claims, "closed its border")
    assert any("reopened its border" in e.text for e in lead.evidence)
    assert lead.status == "conflicting" and lead.conflict == "measure: d1 closed, d2 lifted", lead.conflict
    poland = _claim(claims, "remains open")
    assert any("closed for repairs" in e.text for e in poland.evidence)
    assert poland.status == "conflicting" and poland.conflict == "measure: d1 open, d2 closed", poland.conflict
    # the sentence both tell alike stays shared
    assert _claim(claims, "patrol car").status == "shared"


def test_a_closing_and_an_opening_dated_apart_are_no_conflict(comparer, tmp_path):
    lead = _claim(_claims(comparer, tmp_path, EN_CLOSED, EN_REOPENED_FRIDAY), "closed its border")
    assert "measure:" not in (lead.conflict or ""), lead.conflict


def test_kept_until_further_notice_against_open_again_across_languages(comparer, tmp_path):
    claim = _claim(_claims(comparer, tmp_path, PL_KEPT, EN_OPEN_AGAIN), "pozostaną zamknięte")
    assert any("open again" in e.text for e in claim.evidence)
    assert claim.status == "conflicting" and "measure: d1 kept, d2 open" in (claim.conflict or ""), claim.conflict


def test_kept_against_reopened_as_the_closing_sentence(comparer, tmp_path):
    claim = _claim(_claims(comparer, tmp_path, FR_STRIKE, ES_STRIKE), "restera fermé")
    assert any("reabrió" in e.text for e in claim.evidence)
    # a limit ("jusqu'à vendredi") against the reopening's day is no date conflict: the measure is the line
    assert claim.status == "conflicting" and claim.conflict == "measure: d1 kept, d2 lifted", claim.conflict


@pytest.mark.parametrize("limit", [EN_LIMIT, DE_LIMIT])
def test_a_time_limit_is_no_date_conflict_with_the_day_the_measure_began(comparer, tmp_path, limit):
    claim = _claim(_claims(comparer, tmp_path, limit, EN_BEGAN), "was closed on Wednesday")
    assert len(claim.docs) == 2 and claim.status == "shared", claim.conflict



def _unit(doc: str, text: str, lang: str = "en"):
    from storylens.analysis.claims import Unit

    return Unit(doc, f"{doc}-s1", text, 0, len(text), lang)


@pytest.mark.parametrize(("closed", "reopened", "conflict"), [
    ("Lithuania closed its border with Belarus on Wednesday.", "Lithuania reopened its border with Belarus on Wednesday.", True),
    ("Lithuania closed its border with Belarus.", "Lithuania reopened its border with Belarus.", True),
    # the day of a statement or a limit's end dates no act: both still undated
    ("Lithuania closed its border with Belarus, the ministry said on Thursday.", "Lithuania reopened its border with Belarus.", True),
    # shut until a day it dates no other way: kept shut (states42), a conflict whatever the day
    ("Lithuania closed its border with Belarus until Friday.", "Lithuania reopened its border with Belarus.", "kept"),
    # dated apart, or only one dated: the measure's course
    ("Lithuania closed its border with Belarus on Monday.", "Lithuania reopened its border with Belarus on Wednesday.", False),
    ("Lithuania closed its border with Belarus on Monday.", "Lithuania reopened its border with Belarus.", False),
])
def test_a_closing_against_an_opening_conflicts_on_one_day_only(closed, reopened, conflict):
    from storylens.report.pipeline import _measure_stance_conflict, _Measures

    measures = _Measures({"d1": "2026-12-02", "d2": "2026-12-02"})
    found = _measure_stance_conflict(_unit("d1", closed), _unit("d2", reopened), None, measures)
    stance = conflict if isinstance(conflict, str) else "closed"
    assert found == ([f"measure: d1 {stance}, d2 lifted"] if conflict else []), found
