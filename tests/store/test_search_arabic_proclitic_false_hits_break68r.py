"""break68r MEDIUM: the search's Arabic proclitic cut (robust68) cut و/ف/ب/ل from any query word of four letters and
glued them onto any word: "فساد" (corruption) found "ساد" (prevailed), "وحدة" (unit) "حدة" (intensity), "لجنة"
(committee) "جنة" (paradise), "وزير" (minister) "زير" (jar), "بحيرة" (lake) "حيرة" (confusion), and back, some
ranked first. Now a letter is glued onto, or cut to, a city's or country's name only (the gazetteer's, CLDR's):
"دمشق" still finds "ودمشق" and back, "لبنان" finds "ولبنان"."""

from __future__ import annotations

import pytest

from storylens.store import ArticleRecord, StoreBatch

TEXTS = {
    "fasad": "اتهمت الحكومة الوزير السابق بالفساد وقالت إن فساد الإدارة كبير.",
    "sad": "ساد الهدوء في المدينة بعد المواجهات.",
    "wahda": "أعلنت وحدة الإنقاذ عن وصولها.",
    "hidda": "تصاعدت حدة التوتر على الحدود.",
    "lajna": "قالت لجنة الانتخابات إن النتائج ستعلن غدا.",
    "janna": "وصف الزوار المكان بأنه جنة على الأرض.",
    "wazir": "قال وزير الخارجية إن المحادثات مستمرة.",
    "zir": "اشترى زير ماء جديد.",
    "buhaira": "جفت بحيرة طبريا هذا الصيف.",
    "hayra": "أبدى السكان حيرة من القرار.",
    "bihar": "أبحر الصيادون في بحار الشمال.",
    "har": "كان الطقس حار جدا.",
    "bard": "اشتد برد الشتاء.",
    "radd": "جاء رد الحكومة سريعا.",
    "wlubnan": "زار الوفد سوريا ولبنان أمس.",
    "wdimashq": "وصل الرئيس إلى ودمشق يوم الثلاثاء.",
}
KEYS = list(TEXTS)


def _write(store, language):
    store.write_batch(StoreBatch(articles=[
        ArticleRecord(id=f"{i:016x}", source=k, text=t, title=k, outlet="O", language=language,
                      published="2026-11-12", metadata={}) for i, (k, t) in enumerate(TEXTS.items())]))


def _found(store, query: str) -> list[str]:
    return sorted(KEYS[int(a, 16)] for a, _ in store.search_text(query))


@pytest.mark.parametrize(("query", "found"), [
    ("فساد", ["fasad"]), ("ساد", ["sad"]), ("وحدة", ["wahda"]), ("حدة", ["hidda"]), ("لجنة", ["lajna"]),
    ("جنة", ["janna"]), ("وزير", ["fasad", "wazir"]), ("زير", ["zir"]), ("بحيرة", ["buhaira"]), ("حيرة", ["hayra"]),
    ("بحار", ["bihar"]), ("حار", ["har"]), ("رد", ["radd"]), ("برد", ["bard"]),
    ("لبنان", ["wlubnan"]), ("دمشق", ["wdimashq"]),
])
def test_a_letter_is_glued_or_cut_on_place_names_only(any_store, query, found):
    # "fasad" writes "الوزير": the article's form, asked as before. Without a language: PostgreSQL's simple
    # configuration, no stemmer of its own, only the query's forms (as SQLite)
    _write(any_store, None)
    assert _found(any_store, query) == found
