"""trial45 W1 (c) and W2 end to end, through a real Comparer (USE).

W1 (c): a toll, a term or a date in a short sentence of its own against a lead that packs the verdict, the toll
and the date scores under the cross-lingual conflict floor, and the planted figure was "figures differ (not
judged: the sentences are too far apart to check)"; a pair whose units carry one anchor (a term both give, a
count of one counted event) is judged whatever its cosine. Two occasions (the figures and the dates both
disagree) stay no conflict.

W2: '"We will appeal this verdict," said the lawyer' against the Turkish reported "itiraz etmeyeceklerini
söyledi" (said they will not appeal) scores 0.62 (cross polarity floor 0.65) and was shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer
from storylens.models import NOT_JUDGED

FR = """Kazakhstan : neuf ans de prison pour l'ancien directeur d'une mine

ALMATY, 1 déc 2026 (AFP) - Un tribunal kazakh a condamné mardi Jomart Seitkali, ancien directeur de la mine de charbon Lénine, à neuf ans de prison après une explosion de méthane qui avait tué 33 mineurs en mars 2025.

Le parquet avait requis douze ans.
"""
RU = """Бывший директор шахты приговорен к девяти годам заключения

Карагандинский областной суд во вторник приговорил бывшего директора угольной шахты имени Ленина Жомарта Сейткали к девяти годам лишения свободы. Взрыв метана на шахте в марте 2025 года унес жизни 32 горняков.

Прокуратура просила для Сейткали 11 лет заключения.
"""
PL = """Dziewięć lat więzienia dla byłego dyrektora kopalni w Kazachstanie

Sąd w Kazachstanie skazał we wtorek byłego dyrektora kopalni węgla Lenin Żomarta Sejtkalego na dziewięć lat więzienia. W wybuchu metanu w kopalni w marcu 2025 roku zginęło 32 górników.

Prokuratura domagała się 11 lat więzienia.
"""
EN_APRIL = """Kazakh mine boss jailed for nine years

A Kazakh court sentenced Zhomart Seitkali, former director of the Lenin coal mine, to nine years in prison on Tuesday over a methane explosion that killed 32 miners in April 2025.
"""
EN_QUOTE = """Kazakh mine boss jailed

A Kazakh court sentenced the former director of the Lenin coal mine to nine years in prison.

"We will appeal this verdict," said the lawyer, Aigerim Nurlanova.
"""
TR_REPORTED = """Kazakistan'da eski maden müdürüne hapis

Kazakistan'da bir mahkeme, Lenin kömür madeninin eski müdürüne 9 yıl hapis cezası verdi.

Avukat Aygerim Nurlanova, karara itiraz etmeyeceklerini söyledi.
"""
TR_AGREES = TR_REPORTED.replace("etmeyeceklerini", "edeceklerini")


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder, similarity_model="fast")


def _claims(comparer: Comparer, tmp_path: Path, a: str, b: str):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, (a, b)):
        path.write_text(body, encoding="utf-8")
    return comparer.compare(paths).claims


def _conflicts(claims) -> list[str]:
    return [c.conflict for c in claims if c.conflict]


def test_short_toll_and_demand_against_a_packed_lead_are_judged(comparer, tmp_path):
    claims = _claims(comparer, tmp_path, FR, RU)
    found = "; ".join(_conflicts(claims))
    assert "killed: 33 vs 32" in found and "demanded term: year: 12 vs 11" in found, found
    assert not any(NOT_JUDGED in (c.differs or "") for c in claims)


def test_the_same_figures_agree(comparer, tmp_path):
    # pl and ru agree on the toll, the month and the term asked for: nothing to flag
    claims = _claims(comparer, tmp_path, PL, RU)
    assert _conflicts(claims) == []


def test_short_toll_sentence_with_another_month_is_judged(comparer, tmp_path):
    claims = _claims(comparer, tmp_path, EN_APRIL, PL)
    found = "; ".join(_conflicts(claims))
    assert "2025-04" in found and "2025-03" in found, found


def test_quote_against_reported_denial_is_a_polarity_conflict(comparer, tmp_path):
    claims = _claims(comparer, tmp_path, EN_QUOTE, TR_REPORTED)
    claim = next(c for c in claims if any("appeal" in e.text for e in c.evidence))
    assert claim.status == "conflicting" and claim.conflict.startswith("polarity"), claim
    assert any("etmeyeceklerini" in e.text for e in claim.evidence)


def test_quote_against_reported_agreement_is_shared(comparer, tmp_path):
    claims = _claims(comparer, tmp_path, EN_QUOTE, TR_AGREES)
    assert _conflicts(claims) == []


DE_QUOTE = """Grubendirektor in Kasachstan verurteilt

Ein kasachisches Gericht hat den früheren Direktor der Kohlegrube Lenin zu neun Jahren Haft verurteilt.

„Wir werden gegen dieses Urteil Berufung einlegen", sagte die Anwältin Aigerim Nurlanowa.
"""


def test_every_quote_of_the_statement_takes_a_side(comparer, tmp_path):
    # once the English quote and the Turkish denial disagree, the German quote in their claim does too
    paths = [tmp_path / f"{n}.txt" for n in ("a", "b", "c")]
    for path, body in zip(paths, (EN_QUOTE, DE_QUOTE, TR_REPORTED)):
        path.write_text(body, encoding="utf-8")
    claims = comparer.compare(paths).claims
    claim = next(c for c in claims if any("etmeyeceklerini" in e.text for e in c.evidence))
    assert claim.status == "conflicting", claim
    assert any("Berufung" in e.text for e in claim.evidence), claim
    assert "d1 affirms" in claim.conflict and "d2 affirms" in claim.conflict, claim.conflict
