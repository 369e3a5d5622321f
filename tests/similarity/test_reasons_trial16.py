"""Similarity reasons of new-user trial 16 #14 (an earthquake in Van): "same numbers: 38" for 38 dead and
a depth of 38 km (docs/cli.md: shared numbers are typed quantities of equal value), and "same names: Van,
AFAD, Nov" from the wire datelines "ANKARA, Nov 24 (Reuters)"."""

from __future__ import annotations

import pytest

from storylens.similarity._banks import _confirmed_names
from storylens.similarity._rules import _shared_quantities
from storylens.similarity._sides import _quantities


@pytest.mark.parametrize(
    "a, b",
    [
        (("El terremoto causó al menos 38 muertos.", "es"), ("El sismo tuvo una profundidad de 38 kilómetros.", "es")),
        (("At least 38 people were killed.", "en"), ("The quake struck at a depth of 38 km.", "en")),
        (("Mindestens 38 Menschen kamen ums Leben.", "de"), ("Mehr als 38 Gebäude stürzten ein.", "de")),
    ],
)
def test_a_number_of_another_unit_is_not_shared(a, b):
    assert _shared_quantities(_quantities(*a), _quantities(*b)) == ()


@pytest.mark.parametrize(
    "a, b",
    [
        (("At least 38 people were killed.", "en"), ("Al menos 38 muertos.", "es")),
        (("38 people died in the quake.", "en"), ("38 dead in the quake.", "en")),
        (("The quake struck at a depth of 38 km.", "en"), ("Its depth was 38 km.", "en")),
    ],
)
def test_a_number_of_one_measure_is_shared(a, b):
    assert _shared_quantities(_quantities(*a), _quantities(*b)) == ("38",)


def test_a_dateline_month_is_no_shared_name():
    assert _confirmed_names(["Van", "AFAD", "Nov"], {"van", "afad", "nov"}) == ("Van", "AFAD")
