"""Polish negative pronouns decline ("nic" / "niczego", "nikt" / "nikogo", "żaden" / "żadnych") and each negates as
"nic" does (trial newuser62 HIGH 1: „Niczego nie należy wykluczać” read as affirming once its "nie … wykluczać"
was read as the litotes "not rule out", a polarity conflict against "Nothing should be ruled out")."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated


@pytest.mark.parametrize("text", [
    "„Niczego nie należy wykluczać” – powiedział Emmanuel Macron.",
    "Niczego nie wykluczamy.",
    "Nie należy niczego wykluczać.",
    "Nikogo nie aresztowano.",
    "Policja nie zatrzymała żadnych podejrzanych.",
])
def test_a_declined_negative_pronoun_negates(text):
    assert negated(text, "pl")


def test_a_plain_statement_is_not_negated():
    assert not negated("Policja zatrzymała dwie osoby.", "pl")
    assert negated("\"Nothing should be ruled out,\" Macron said.", "en")  # the other side of the trial's pair
