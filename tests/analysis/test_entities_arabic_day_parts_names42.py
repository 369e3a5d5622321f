"""A part of the day after an Arabic titled name is no third name (trial53 F9: "إيمانويل ماكرون مساء" was the
PERSON, so Emmanuel Macron was never linked); a real third name still is (رجب طيب أردوغان)."""

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._scripts import _arabic_people

from ._docs import doc_of


@pytest.mark.parametrize(("text", "name"), [
    ("وصل الرئيس الفرنسي إيمانويل ماكرون مساء الاثنين إلى الرباط في زيارة دولة", "إيمانويل ماكرون"),
    ("وصل المستشار الألماني أولاف شولتس صباح الثلاثاء إلى القاهرة", "أولاف شولتس"),
    ("غادر الرئيس الأمريكي جو بايدن مساءً إلى واشنطن", "جو بايدن"),
    ("وصل الرئيس التركي رجب طيب أردوغان صباح الثلاثاء إلى القاهرة", "رجب طيب أردوغان"),
])
def test_day_part_ends_the_name(text: str, name: str) -> None:
    assert _arabic_people(text) == [name]


def test_trial53_macron_linked() -> None:
    entities = EntityExtractor().extract([
        doc_of("d1", ["وصل الرئيس الفرنسي إيمانويل ماكرون مساء الاثنين إلى الرباط في زيارة دولة."], "ar"),
        doc_of("d2", ["Le président français Emmanuel Macron est arrivé lundi soir à Rabat."], "fr"),
    ])
    assert any({"إيمانويل ماكرون", "Emmanuel Macron"} <= set(e.variants) for e in entities), [e.variants for e in entities]
