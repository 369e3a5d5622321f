"""A chamber's size written "el Sejm de 460 escaños" / "la Diète de 460 sièges" / "il Sejm di 460 seggi" is a
whole (fixs: only "the 460-seat Sejm" and "194 of 460" were), and a part with no unit of its own counts the
whole's: "około 130 z 199 mandatów" is about 130 seats, which differs from another report's 133 seats
(final32: "about 130" vs 133 had no `differs`). Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import differing_numbers, extract_numbers, unit_key


@pytest.mark.parametrize(("text", "lang"), [
    ("PiS obtuvo 194 escaños en el Sejm de 460 escaños.", "es"),
    ("Le PiS a obtenu 194 sièges à la Diète de 460 sièges.", "fr"),
    ("Il PiS ha ottenuto 194 seggi nel Sejm di 460 seggi.", "it"),
])
def test_a_chamber_of_n_seats_is_a_whole(text, lang):
    found = {q.value: q.whole for q in extract_numbers(text, lang)}
    assert found == {194.0: False, 460.0: True}


@pytest.mark.parametrize("text", ["El PiS obtuvo una mayoría de 231 escaños.", "El PiS obtuvo 231 escaños en el Sejm."])
def test_a_party_s_seats_after_de_are_no_whole(text):
    assert not any(q.whole for q in extract_numbers(text, "es"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Fidesz będzie miał około 130 z 199 mandatów.", "pl"),
    ("Fidesz tendrá unos 130 de los 199 escaños.", "es"),
    ("Fidesz bude mít asi 130 ze 199 křesel.", "cs"),  # final33 D3: "seat: 130 vs 199" was a conflict
])
def test_a_part_counts_the_whole_s_unit_and_differs_from_an_exact_figure(text, lang):
    part = next(q for q in extract_numbers(text, lang) if q.value == 130)
    assert unit_key(part.unit) == "seat" and not part.whole
    exact = extract_numbers("Fidesz will have 133 of the 199 seats in parliament.", "en")
    assert [(key, b) for key, _, b in differing_numbers(extract_numbers(text, lang), exact)] == [("seat", "133")]
