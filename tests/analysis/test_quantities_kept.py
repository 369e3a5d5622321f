"""extract_numbers keeps its answers per process (issue 16): a kept answer is the fresh reading."""

from __future__ import annotations

from storylens.analysis.quantities import _numbers, extract_numbers


def test_a_repeated_text_is_answered_from_the_table_with_the_fresh_reading():
    text = "Mehr als 13.000 Menschen mussten ihre Häuser verlassen, 38 starben."
    first = extract_numbers(text, "de")
    assert extract_numbers(text, "de") is first  # kept, not read again
    assert first == _numbers._extract_numbers(text, "de")
    assert [q.value for q in first] == [13000, 38]
    # the language is part of the key: the same characters read as English differ ("13.000" is 13)
    assert extract_numbers(text, "en") == _numbers._extract_numbers(text, "en") != first
