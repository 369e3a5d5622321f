"""robust68 (open LOW, Arabic): ``search`` for "دمشق" did not find "ودمشق" (and Damascus), nor "ودمشق" a text writing
"دمشق": Arabic glues و, ف, ب and ل onto a noun without the article, and the indexes keep words as written. Now a
query word is asked with and without such a letter, on both backends (store._common.word_forms), never from or
onto a word the text layer knows whole: "بليون" (billion) is not Lyon, and "بأمان" (safely) is not Amman."""

from __future__ import annotations

import dataclasses

import pytest

from storylens.store import ArticleRecord, StoreBatch


def _article(i: int, text: str) -> ArticleRecord:
    return ArticleRecord(id=f"{i:016x}", source=f"x#{i}", text=text, title=f"T{i}", outlet="O", language="ar",
                         published="2026-11-12", metadata={})


TEXTS = [
    "وصل الرئيس إلى بيروت ودمشق يوم الثلاثاء لإجراء محادثات مع المسؤولين.",  # 1: and Damascus
    "عقد الاجتماع في دمشق يوم الأحد بحضور الوزراء.",  # 2: Damascus
    "عاد المسافرون بأمان إلى منازلهم بعد العاصفة.",  # 3: safely (not Amman)
    "أعلنت الحكومة عن استثمار بقيمة بليون دولار.",  # 4: a billion (not Lyon)
    "التقى الوزير نظيره في عمان يوم الأحد.",  # 5: in Amman
    "وصل الوفد إلى ليون يوم الاثنين.",  # 6: Lyon
]


def _ids(*numbers: int) -> list[str]:
    return [f"{n:016x}" for n in numbers]


# PostgreSQL: an Arabic article is indexed as written, as one of no language (robust69: its arabic configuration
# stemmed "بليون" to "ليون", each found the other: the two strict xfails here)
@pytest.mark.parametrize("language", ["ar", None])
@pytest.mark.parametrize(("query", "found"), [
    ("دمشق", (1, 2)), ("ودمشق", (1, 2)), ("بدمشق", (1, 2)),
    ("عمان", (5,)), ("ليون", (6,)), ("بليون", (4,)),
])
def test_a_proclitic_letter_is_asked_both_ways(any_store, language, query, found):
    any_store.write_batch(StoreBatch(articles=[dataclasses.replace(_article(i, t), language=language)
                                               for i, t in enumerate(TEXTS, 1)]))
    assert sorted(a for a, _ in any_store.search_text(query)) == _ids(*found)


def test_a_postgresql_store_indexed_with_the_arabic_stemmer_is_indexed_again(pg_url):
    # robust69: a store whose Arabic articles were indexed through the 'arabic' configuration (before migration 18)
    # gets their vectors again as written, so "ليون" (Lyon) no longer finds "بليون" (billion)
    import psycopg

    from storylens.store import PostgresStore

    s = PostgresStore(pg_url)
    s.write_batch(StoreBatch(articles=[_article(i, t) for i, t in enumerate(TEXTS, 1)]))
    s.close()
    with psycopg.connect(pg_url, autocommit=True) as db:
        db.execute("UPDATE articles SET tsv = to_tsvector('arabic', text)")  # as the schema before step 18 wrote it
        db.execute("DELETE FROM migrations WHERE version = 18")
        assert {r[0] for r in db.execute("SELECT id FROM articles WHERE tsv @@ to_tsquery('simple', 'ليون')")} == \
            set(_ids(4, 6))
    s = PostgresStore(pg_url)
    assert s.pending_migrations() == []
    assert sorted(a for a, _ in s.search_text("ليون")) == _ids(6)
    assert sorted(a for a, _ in s.search_text("بليون")) == _ids(4)
    s.close()
