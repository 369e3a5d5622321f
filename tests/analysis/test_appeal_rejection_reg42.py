"""A rejection of an appeal against a ruling keeps the ruling (text data "appeal_rejection", "legal_stages" "upheld"):
"rejected the prosecution's appeal against his acquittal" is no denial and reads as the acquittal, "rejected his
appeal against his conviction" as the conviction upheld (trial53 F14: a false polarity conflict with "upheld his
acquittal"). A rejection of anything else still denies."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, verdict_stance


@pytest.mark.parametrize("text, lang", [
    ("The Sofia appeals court on Thursday rejected the prosecution's appeal against Petar Ivanov's acquittal.", "en"),
    ("The court denied the appeal by prosecutors against the acquittal.", "en"),
    ("Die Berufung der Staatsanwaltschaft gegen den Freispruch wurde zurückgewiesen.", "de"),
    ("La cour d'appel a rejeté jeudi l'appel du parquet contre l'acquittement de Petar Ivanov.", "fr"),
    ("El tribunal rechazó el recurso de la fiscalía contra la absolución de Petar Ivanov.", "es"),
    ("O tribunal rejeitou o recurso do Ministério Público contra a absolvição de Petar Ivanov.", "pt"),
    ("La corte ha respinto il ricorso della procura contro l'assoluzione di Petar Ivanov.", "it"),
    ("Het hof verwierp het beroep van het OM tegen de vrijspraak.", "nl"),
])
def test_a_rejected_appeal_against_an_acquittal_keeps_it(text, lang):
    assert not negated(text, lang)
    assert verdict_stance(text, lang) == "acquitted"


@pytest.mark.parametrize("text, lang", [
    ("The court rejected Petar Ivanov's appeal against his conviction.", "en"),
    ("The court dismissed his appeal against the six-year sentence.", "en"),
    ("La cour a rejeté l'appel de Petar Ivanov contre sa condamnation.", "fr"),
    ("El tribunal rechazó el recurso de Petar Ivanov contra su condena.", "es"),
    ("Das Gericht wies die Berufung von Petar Iwanow gegen seine Verurteilung zurück.", "de"),
])
def test_a_rejected_appeal_against_a_conviction_upholds_it(text, lang):
    assert not negated(text, lang)
    assert verdict_stance(text, lang) == "upheld"


@pytest.mark.parametrize("text, lang", [
    ("The minister rejected claims that the troops would leave.", "en"),
    ("The government denied the report.", "en"),
    ("The court rejected the appeal.", "en"),
    ("Die Regierung wies die Vorwürfe zurück.", "de"),
])
def test_other_rejections_still_deny(text, lang):
    assert negated(text, lang)
