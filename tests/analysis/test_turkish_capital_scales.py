"""Turkish scale words in capitals ("2 BİN 473 TL", "3 MİLYAR DOLAR"): the capital İ lowers to "i" and a
combining dot, which the case-blind scale pattern matched and no table held, so extract_numbers (and
`storylens compare` on such a text, a dev text among them) raised KeyError."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Sürücüye 2 BİN TL para cezası uygulandı.", 2_000.0, "TRY"),
    ("Zarar 3 MİLYAR DOLAR olarak açıklandı.", 3e9, "USD"),
    ("Şirket 5 MİLYON TL kâr etti.", 5e6, "TRY"),
    ("Şirket 5 milyon TL kâr etti.", 5e6, "TRY"),  # the lower-case form reads the same
])
def test_a_scale_word_in_turkish_capitals_is_read(text, value, unit):
    assert [(q.value, q.unit) for q in extract_numbers(text, "tr")][:1] == [(value, unit)]
