"""A numeric date spaced after each dot is no sentence's end (trial20 #10: "Hospodářské noviny, 26. 11. 2026,
Petr Novák" was the three sentences "…, 26." / "11." / "2026, Petr Novák"; the same inside a lead)."""

from __future__ import annotations

import pytest

from storylens.text.segment import Segmenter


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("cs", "Banka dne 26. 11. 2026 nečekaně zvýšila sazby. Peso oslabilo.", "Banka dne 26. 11. 2026 nečekaně zvýšila sazby."),
    ("sk", "Banka 3. 2. 2026 zvýšila sadzby o 1,5 bodu. Peso oslabilo.", "Banka 3. 2. 2026 zvýšila sadzby o 1,5 bodu."),
    ("pl", "Bank 26. 11. 2026 podniósł stopy. Peso spadło.", "Bank 26. 11. 2026 podniósł stopy."),
    ("cs", "Hospodářské noviny, 26. 11. 2026, Petr Novák. Banka zvýšila sazby.", "Hospodářské noviny, 26. 11. 2026, Petr Novák."),
    ("cs", "Skončil druhý v roce 2025. Poté vyhrál 11. 12. 2026 titul.", "Skončil druhý v roce 2025."),
])
def test_a_spaced_numeric_date_stays_in_its_sentence(lang, text, first):
    spans = [s.text for s in Segmenter().split(text, lang)]
    assert spans[0] == first and len(spans) == 2
    if first.startswith("Skončil"):
        assert spans[1] == "Poté vyhrál 11. 12. 2026 titul."
