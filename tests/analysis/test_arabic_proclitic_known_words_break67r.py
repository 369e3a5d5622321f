"""break67r LOW-MEDIUM: the unmarked proclitic cut (robust67: "ودمشق" is "و" + "دمشق", and Damascus) read "بليون"
(billion) as "ب" + "ليون" (in Lyon) when another report names Lyon: a place no report has. A word the text layer
knows whole is never cut; the cities after "و", "ف", "ب" are still found."""

from __future__ import annotations

import pytest

from storylens.analysis.entities._gazetteer import _places
from storylens.analysis.entities._guided import _city_words
from storylens.analysis.entities._names import _exact_key


def _cities(*names: str) -> dict[str, str]:
    index = _places()[0]
    cities = {index[_exact_key(n)]: n for n in names if index.get(_exact_key(n))}
    assert len(cities) == len(names)
    return cities


@pytest.mark.parametrize("text", [
    "وقال إن الصفقة تبلغ عشرة بليون دولار.",  # billion: "ب" + Lyon
    "وقال مسؤول لوكالة فرانس برس إن الخسائر كبيرة.",  # "فرانس" (France-Presse): "ف" + Reims
])
def test_a_known_arabic_word_is_not_cut_into_a_city(text):
    assert _city_words(text, "ar", _cities("Lyon", "Reims"), _places()[0]) == []


def test_the_cities_after_a_proclitic_are_still_found():
    cities = _cities("Lyon", "Damascus", "Beirut", "Baghdad")
    assert _city_words("ودمشق وبيروت وبغداد بدمشق وليون", "ar", cities, _places()[0]) == [
        "دمشق", "بيروت", "بغداد", "دمشق", "ليون"]
