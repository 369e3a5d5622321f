"""trial18 #4: an Arabic name after a title ends at a colon or a quotation mark; the quotation's first
word ("لقد", indeed) is not the name's third word. Inputs written for these tests after the trial's corpus."""

from __future__ import annotations

import pytest

from storylens.analysis.entities._scripts import _arabic_people


@pytest.mark.parametrize("text, name", [
    ('وقالت القاضية إيلينا مورافيتس: "لقد خان المتهم ثقة كل مواطن في هذا البلد".', "إيلينا مورافيتس"),
    ("وقال الوزير سامي حداد «لقد انتهى وقت الكلام».", "سامي حداد"),
], ids=["colon-quote", "guillemets"])
def test_an_arabic_name_ends_before_the_quotation(text, name):
    people = _arabic_people(text)
    assert name in people
    assert not any(p.startswith(name + " ") for p in people)
