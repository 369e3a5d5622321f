"""review39 Z1: "more than" written after a Chinese figure ("余", "多") was read as the start of its unit: "千余名警察",
"1000余名警察", "300余人", "二十多名警察" had the units "余名", "余人", "多名" (the unit table even lists "多人" as a
person), so "About 300 police officers" against "千余名警察出动" (more than a thousand) or "Some 20 people" against
"百余人被困" was never compared. The unit is read after the approximator, as for "多人"."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


@pytest.mark.parametrize(("zh", "unit"), [
    ("千余名警察出动。", "police"),
    ("1000余名警察出动。", "police"),
    ("二十多名警察赶到。", "police"),
    ("300余人参加。", "人"),  # as "300人参加" (the classifier: people; "被困" reads the trapped since num52)
    ("百余名游客滞留。", "tourist"),  # a noun a measure knows (num45: tourists)
    ("300余人被困。", "trapped"),
])
def test_the_unit_after_more_than(zh, unit):
    (q,) = extract_numbers(zh, "zh")
    assert q.unit == unit and q.approx == "above"


@pytest.mark.parametrize(("en", "zh"), [
    ("About 300 police officers were deployed.", "千余名警察出动。"),
    ("About 300 police officers were deployed.", "1000余名警察出动。"),
    ("Some 20 people were trapped.", "300余人被困。"),
])
def test_more_than_a_figure_conflicts_with_a_smaller_one(en, zh):
    assert compare_numbers(extract_numbers(en, "en"), extract_numbers(zh, "zh"))


@pytest.mark.parametrize(("zh", "value"), [("10余万人撤离。", 100_000), ("3多亿美元", 300_000_000)])
def test_a_magnitude_after_more_than_scales_the_figure(zh, value):
    # "10余万": more than 100,000 (read as "more than 10" before: a factor of 10,000 lost)
    (q,) = extract_numbers(zh, "zh")
    assert (q.value, q.approx) == (value, "above")


def test_more_than_a_hundred_thousand_conflicts_with_five_thousand():
    assert compare_numbers(extract_numbers("About 5,000 people were evacuated.", "en"),
                           extract_numbers("10余万人撤离。", "zh"))
