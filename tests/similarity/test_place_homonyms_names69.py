"""names69 (tester break68n): a gazetteer place whose name has a more likely reading needs context.

* A one-word region name that is an English common word ("Delta": Nigeria's Delta State; "Rivers", "Unity") is the
  region only before its noun ("Delta State") or in a text that names its country or a city of it: "Delta Air Lines",
  "the Mekong Delta", "the Delta variant" named Nigeria among the countries of a text.
* (names69b) A city name the gazetteer keys to one city of several ("Valencia": the most populous, Venezuela's) stays
  that city, as on main: moving it to the country the text names moved London to Ontario when a Canadian visited.

Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.similarity._openings import _region_countries_of


@pytest.mark.parametrize(("text", "in_context"), [
    ("Shares of Delta Air Lines fell after the carrier cancelled 200 flights.",
     "Flooding in Delta State killed ten people on Monday."),
    ("Floods in the Mekong Delta forced 10,000 people from their homes.",
     "Flooding in the Delta killed ten people, Nigeria's emergency agency said."),
    ("Hospitals filled as the Delta variant spread through the city.",
     "Gunmen attacked a pipeline in Delta, east of Lagos."),
    ("Officials said the Rivers of the north had burst their banks.",
     "Officials in Rivers State said the river had burst its banks."),
])
def test_a_region_named_by_a_common_word_needs_context(text, in_context):
    assert "NG" not in _region_countries_of(text)
    assert "NG" in _region_countries_of(in_context)

