"""trial50 F2, F3, F16 end to end, through a real Comparer (USE).

F2: "Le tunnel … reste fermé jusqu'à lundi" / "El túnel … fue reabierto el jueves" conflicted alone but was shared
once both headlines ("… coupe le tunnel", "obliga a cerrar el túnel") joined the claim: the Spanish headline's
closing "answered" the French keeping (claims._answered). A closing answers no measure kept in force.
F3: "The A12 … reopened" against "De A12 … blijft tot maandag afgesloten" (a road named by its number) was shared.
F16: closed/open across pl/en (the Polish locative "w Medyce" and "at Medyka" were two places) and es/en
("paso fronterizo", "siguió abierto"), and "curfew lifted" / "extended until Monday" were shared."""

from __future__ import annotations

import pytest

from storylens import Comparer

_HEAD = {
    "en": "Flood closes roads in the region\n\nReuters\nLONDON, Nov 26, 2026\n\nHeavy rain flooded the river valley on "
          "Wednesday, forcing about 1,500 residents to leave their homes, the regional authorities said on Thursday.\n\n",
    "nl": "Overstroming sluit wegen in de regio\n\nANP\nAmsterdam, 26 november 2026\n\nZware regen heeft woensdag het "
          "rivierdal overstroomd, waardoor ongeveer 1.500 inwoners hun huis moesten verlaten, meldden de regionale "
          "autoriteiten donderdag.\n\n",
    "pl": "Powódź zamyka drogi w regionie\n\nPAP\nWarszawa, 26 listopada 2026\n\nUlewne deszcze zalały w środę dolinę "
          "rzeki, zmuszając około 1500 mieszkańców do opuszczenia domów, poinformowały w czwartek władze regionu.\n\n",
    "es": "Las inundaciones cortan carreteras en la región\n\nEFE\nMadrid, 26 de noviembre de 2026\n\nLas fuertes lluvias "
          "inundaron el valle el miércoles y obligaron a unos 1.500 vecinos a abandonar sus casas, informaron el jueves "
          "las autoridades regionales.\n\n",
    "fr": "Des inondations coupent des routes dans la région\n\nAFP\nParis, 26 novembre 2026\n\nDe fortes pluies ont "
          "inondé la vallée mercredi, obligeant environ 1 500 habitants à quitter leur domicile, ont indiqué jeudi les "
          "autorités régionales.\n\n",
}

# Two reports of one rockfall, each headline about the tunnel's closing; the bodies disagree on its state.
FR_TUNNEL = """Pyrénées : un éboulement coupe le tunnel du Somport

AFP
Pau, 26 novembre 2026

Un important éboulement survenu mercredi soir sur la route nationale 134 a contraint les autorités à fermer le tunnel du Somport, a annoncé jeudi la préfecture.

Quelque 300 camions sont restés bloqués des deux côtés de la frontière, selon la préfecture.

Le tunnel du Somport reste fermé jusqu'à lundi.
"""
ES_TUNNEL = """Un desprendimiento obliga a cerrar el túnel de Somport

EFE
Huesca, 26 de noviembre de 2026

Un gran desprendimiento de rocas registrado el miércoles por la noche en la carretera nacional 134 obligó a cerrar el túnel de Somport, informó el jueves la prefectura.

Unos 300 camiones quedaron atrapados a ambos lados de la frontera, según la prefectura.

El túnel de Somport fue reabierto el jueves por la tarde.
"""
# the same kind in German, English and Italian, each headline closing the tunnel (all three were shared)
DE_TUNNEL = """Felssturz sperrt Somport-Tunnel

dpa
Pau, 26. November 2026

Ein großer Felssturz hat am Mittwochabend die Behörden gezwungen, den Somport-Tunnel zwischen Frankreich und Spanien zu sperren, teilte die Präfektur am Donnerstag mit.

Rund 300 Lastwagen saßen auf beiden Seiten der Grenze fest, teilte die Präfektur mit.

Der Somport-Tunnel bleibt bis Montag gesperrt.
"""
EN_TUNNEL = """Rockfall closes Somport tunnel

AP
PAU, Nov 26, 2026

A huge rockfall on Wednesday night forced officials to close the Somport tunnel linking France and Spain, the prefecture said on Thursday.

Some 300 trucks were trapped on both sides of the border, the prefecture said.

The Somport tunnel was reopened on Thursday afternoon.
"""
IT_TUNNEL = """Una frana chiude il tunnel del Somport

ANSA
Pau, 26 novembre 2026

Una grande frana mercoledì sera ha costretto le autorità a chiudere il tunnel del Somport tra Francia e Spagna, ha detto giovedì la prefettura.

Circa 300 camion sono rimasti bloccati su entrambi i lati del confine, ha detto la prefettura.

Il tunnel del Somport è stato riaperto giovedì pomeriggio.
"""


def _claim_of(report, text):
    return next(c for c in report.claims if any(text[:30] in e.text for e in c.evidence))


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)  # the default model, as the CLI compares


@pytest.mark.parametrize("a, b, kept, line", [
    (FR_TUNNEL, ES_TUNNEL, "Le tunnel du Somport reste fermé", "measure: d1 kept, d2 lifted"),
    (DE_TUNNEL, EN_TUNNEL, "Der Somport-Tunnel bleibt bis Montag", "measure: d1 kept, d2 lifted"),
    (IT_TUNNEL, DE_TUNNEL, "Der Somport-Tunnel bleibt bis Montag", "measure: d1 lifted, d2 kept"),
])
def test_a_kept_measure_against_its_reopening_stands_beside_the_headlines(comparer, a, b, kept, line):
    claim = _claim_of(comparer.compare([a, b]), kept)
    assert claim.status == "conflicting" and line in claim.conflict


@pytest.mark.parametrize("la, a, lb, b, conflict", [
    # F3: a road by its number alone
    ("nl", "De A12 tussen Utrecht en Arnhem blijft tot maandag afgesloten.",
     "en", "The A12 between Utrecht and Arnhem reopened on Thursday morning.", "measure: d1 kept, d2 lifted"),
    ("en", "The A7 remains closed, police said.", "en", "The A7 was reopened on Thursday, police said.",
     "measure: d1 kept, d2 lifted"),
    # F16: closed / open across languages
    ("pl", "Przejście graniczne w Medyce zostało w środę zamknięte dla ciężarówek, poinformowała Straż Graniczna.",
     "en", "The border crossing at Medyka remained open to trucks on Wednesday, the border guard said.",
     "measure: d1 closed, d2 open"),
    ("en", "The border crossing at Medyka was closed to trucks on Wednesday, the border guard said.",
     "es", "El paso fronterizo de Medyka siguió abierto a los camiones el miércoles, informó la guardia fronteriza.",
     "measure: d1 closed, d2 open"),
    ("fr", "Le poste-frontière de Medyka a été fermé aux camions mercredi, a indiqué la police aux frontières.",
     "es", "El paso fronterizo de Medyka siguió abierto a los camiones el miércoles, informó la guardia fronteriza.",
     "measure: d1 closed, d2 open"),
    # F16: an extension keeps a measure in force
    ("en", "The curfew in Medyka was lifted on Thursday, the border guard said.",
     "en", "The curfew in Medyka was extended until Monday, the border guard said.", "measure: d1 lifted, d2 kept"),
    ("fr", "Le couvre-feu à Medyka a été levé jeudi, a indiqué la police aux frontières.",
     "en", "The curfew in Medyka remains in force, the border guard said.", "measure: d1 lifted, d2 kept"),
])
def test_stances_conflict(comparer, la, a, lb, b, conflict):
    claim = _claim_of(comparer.compare([_HEAD[la] + a, _HEAD[lb] + b]), a)
    assert claim.status == "conflicting" and conflict in claim.conflict


@pytest.mark.parametrize("la, a, lb, b", [
    # one stance told two ways
    ("en", "The authorities did not extend the curfew in Medyka, the border guard said.",
     "en", "The curfew in Medyka was lifted on Thursday, the border guard said."),
    # two crossings (an inflected place name is one place, another name is another)
    ("en", "The border crossing at Medyka was closed to trucks on Wednesday, the border guard said.",
     "pl", "Przejście graniczne w Dorohusku pozostało w środę otwarte dla ciężarówek, poinformowała Straż Graniczna."),
])
def test_no_stance_conflict(comparer, la, a, lb, b):
    report = comparer.compare([_HEAD[la] + a, _HEAD[lb] + b])
    assert not any(c.conflict and "measure" in c.conflict for c in report.claims)


# -- a measure's course (trial50 F17) ---------------------------------------------------------
# A closing and an opening dated on two days are the measure's course, not two dates of one fact: "was closed on
# Wednesday" / "was reopened on Thursday" was "date: on Wednesday vs on Thursday". On one day the stances still
# conflict; the two acts are still two occasions for their figures.
_COURSE_HEAD = {
    "en": "Border crossing update\n\nReuters\nLONDON, Nov 26, 2026\n\nHeavy rain flooded the river valley on Wednesday, "
          "forcing about 1,500 residents to leave their homes, the regional authorities said on Thursday.\n\n",
    "de": "Grenzübergang\n\ndpa\nBerlin, 26. November 2026\n\nStarker Regen hat am Mittwoch das Flusstal überflutet, rund "
          "1.500 Einwohner mussten ihre Häuser verlassen, teilten die Behörden am Donnerstag mit.\n\n",
}


@pytest.mark.parametrize("la, a, lb, b", [
    ("en", "The border crossing at Medyka was closed to trucks on Wednesday, the border guard said.",
     "en", "The border crossing at Medyka was reopened to trucks on Thursday, the border guard said."),
    ("en", "The road to Medyka was closed on Wednesday, police said.",
     "en", "The road to Medyka was reopened on Thursday, police said."),
    ("de", "Der Grenzübergang Medyka wurde am Mittwoch für Lastwagen geschlossen, teilte der Grenzschutz mit.",
     "en", "The border crossing at Medyka was reopened to trucks on Thursday, the border guard said."),
])
def test_a_closing_and_an_opening_on_two_days_are_no_conflict(comparer, la, a, lb, b):
    claim = _claim_of(comparer.compare([_COURSE_HEAD[la] + a, _COURSE_HEAD[lb] + b]), a)
    assert claim.status == "shared" and claim.conflict is None


def test_a_closing_and_an_opening_on_one_day_still_conflict(comparer):
    a = "The border crossing at Medyka was closed to trucks on Wednesday, the border guard said."
    b = "The border crossing at Medyka remained open to trucks on Wednesday, the border guard said."
    claim = _claim_of(comparer.compare([_COURSE_HEAD["en"] + a, _COURSE_HEAD["en"] + b]), a)
    assert claim.status == "conflicting" and "measure" in claim.conflict


def test_two_days_of_one_act_still_conflict(comparer):
    a = "The border crossing at Medyka was closed to trucks on Wednesday, the border guard said."
    b = "The border crossing at Medyka was closed to trucks on Thursday, the border guard said."
    claim = _claim_of(comparer.compare([_COURSE_HEAD["en"] + a, _COURSE_HEAD["en"] + b]), a)
    assert claim.status == "conflicting" and "date" in claim.conflict


@pytest.mark.parametrize("la, a, lb, b", [
    ("en", "The road to Medyka was closed on Wednesday after a landslide killed three people, police said.",
     "en", "The road to Medyka was reopened on Thursday after a landslide killed five people, police said."),
    ("de", "Die Straße nach Medyka wurde am Mittwoch gesperrt, nachdem ein Erdrutsch drei Menschen getötet hatte.",
     "en", "The road to Medyka was reopened on Thursday after a landslide killed five people, police said."),
])
def test_a_measures_two_acts_are_still_two_occasions_for_their_figures(comparer, la, a, lb, b):
    # the two days are no date conflict, but they are two days: a toll that rose between them is no conflict
    # (review41: "killed: 3 vs 5" conflicted once the acts' days were left out)
    claim = _claim_of(comparer.compare([_COURSE_HEAD[la] + a, _COURSE_HEAD[lb] + b]), a)
    assert "killed" not in (claim.conflict or ""), claim.conflict
