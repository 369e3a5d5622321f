"""A death toll told with a role noun is a toll in every language (issue #12, newuser66 HIGH).

"Three German ski tourers were killed" was read "killed: 3", but "Zwei deutsche Skitourengeher sind am Samstag bei
einem Lawinenabgang … getötet worden" counted "skitourengeher" (the participle closes a verb bracket eleven words
on) and "Deux skieurs allemands ont été tués" counted "skieurs" (an adjective after the noun): the tolls were never
compared and the two reports shared one claim at 1.00. Now the toll after a counted noun is read past one adjective
after it and, in German and Dutch, at the end of a bracket its auxiliary opens (quantities._units._role_toll_after).
A bracket with another count, a clause link, a reporting verb or a negation before the toll gives no toll.
"""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import AlignedPair, Unit
from storylens.analysis.quantities import extract_numbers
from storylens.report.pipeline import claim_aligner


def _units(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(n.value, n.unit) for n in extract_numbers(text, lang)]


@pytest.mark.parametrize("lang, text, unit", [
    ("de", ("Zwei deutsche Skitourengeher sind am Samstag bei einem Lawinenabgang in den österreichischen Alpen "
           "getötet worden, teilte die Polizei mit."), "killed"),
    ("de", "Drei Bergsteiger wurden am Sonntag am Watzmann bei einem Steinschlag schwer verletzt.", "injured"),
    ("nl", "Twee Duitse bergbeklimmers zijn zaterdag bij een lawine in de Oostenrijkse Alpen gedood.", "killed"),
    ("fr", "Deux skieurs allemands ont été tués samedi dans une avalanche dans les Alpes autrichiennes.", "killed"),
    ("es", "Dos esquiadores alemanes murieron el sábado en una avalancha en los Alpes austriacos.", "killed"),
    ("en", "Three German ski tourers were killed in an avalanche in the Austrian Alps on Saturday.", "killed"),
])
def test_a_role_nouns_toll_is_read(lang, text, unit):
    assert _units(text, lang)[0][1] == unit


@pytest.mark.parametrize("lang, text", [
    # no toll of the people counted: another verb, a negation, a reporting verb, a thing
    ("de", "Zwei Skitourengeher sind am Samstag zu einer Tour in den Alpen aufgebrochen."),
    ("de", "Zwei Skitourengeher sind am Samstag bei dem Lawinenabgang nicht verletzt worden."),
    ("de", "Zwei Skitourengeher sind am Samstag bei dem Lawinenabgang in den Alpen nicht verletzt worden."),
    ("de", "Zwei Skitourengeher sind am Samstag ins Tal gefahren und haben gesagt, ein Mann sei getötet worden."),
    ("de", "Zwei Autos wurden am Samstag bei dem Unwetter beschädigt."),
    ("fr", "Deux voitures brûlées ont été retrouvées samedi."),
])
def test_no_toll_where_the_clause_gives_the_noun_none(lang, text):
    assert _units(text, lang)[0][1] not in ("killed", "injured")


_EN = "Three German ski tourers were killed in an avalanche in the Austrian Alps on Saturday, police said."


@pytest.mark.parametrize("lang, text", [
    ("de", ("Zwei deutsche Skitourengeher sind am Samstag bei einem Lawinenabgang in den österreichischen Alpen "
           "getötet worden, teilte die Polizei mit.")),
    ("fr", ("Deux skieurs allemands ont été tués samedi dans une avalanche dans les Alpes autrichiennes, a indiqué "
           "la police.")),
])
def test_two_tolls_of_one_avalanche_across_languages_conflict(lang, text):
    a, b = Unit("d1", "d1:s1", _EN, 0, len(_EN), "en"), Unit("d2", "d2:s1", text, 0, len(text), lang)
    pair = AlignedPair(a, b, 0.9, 0.9, 0.2)
    aligner = claim_aligner(lambda texts: np.eye(len(texts), dtype=np.float32), [],
                            {"d1": "2026-01-10", "d2": "2026-01-10"})
    claim = aligner._claim("c1", [a, b], [pair], [pair])
    assert claim.status == "conflicting" and claim.conflict == "killed: 3 vs 2"
