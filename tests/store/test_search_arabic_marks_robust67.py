"""robust67 MEDIUM (Arabic): ``search`` did not find a text with vowel marks ("عمّان") by a query without them, nor
back: the tokenizers keep the marks. Now a marked word is also indexed without them and a query is asked without
them, on both backends; a SQLite store written before gets them at its migration 17."""

from __future__ import annotations

import dataclasses

import pytest

from storylens.store import ArticleRecord, StoreBatch
from storylens.store._sqlite import SQLiteStore


def _article(i: int, text: str) -> ArticleRecord:
    return ArticleRecord(id=f"{i:016x}", source=f"x#{i}", text=text, title=f"T{i}", outlet="O", language="ar",
                         published="2026-11-12", metadata={})


def _texts():
    return [_article(1, "وصل الرئيس إلى عمّان أمس في زيارة رسمية."),
            _article(2, "وصل الوزير إلى عمان أمس في زيارة قصيرة."),
            _article(3, "The minister arrived in Paris.")]


@pytest.mark.parametrize("query", ["عمان", "عمّان", "عُمّان"])
def test_search_ignores_arabic_vowel_marks_both_ways(any_store, query):
    any_store.write_batch(StoreBatch(articles=_texts()))
    assert sorted(a for a, _ in any_store.search_text(query)) == [f"{1:016x}", f"{2:016x}"]


def test_a_store_written_before_finds_its_marked_texts_after_the_migration(tmp_path):
    path = tmp_path / "s.db"
    store = SQLiteStore(path)
    store.write_batch(StoreBatch(articles=_texts()))
    # the store as schema 16 wrote it: no unmarked form of a marked word kept
    store.db.execute("UPDATE articles SET spelled = NULL")
    store.db.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
    store.db.execute("DELETE FROM migrations WHERE version = 17")
    store.db.commit()
    assert [a for a, _ in store.search_text("عمان")] == [f"{2:016x}"]
    store.close()
    old = SQLiteStore(path)
    assert sorted(a for a, _ in old.search_text("عمان")) == [f"{1:016x}", f"{2:016x}"]
    old.close()


def test_a_postgresql_store_written_before_finds_its_marked_texts_after_the_migration(pg_url):
    # (no language: the 'simple' configuration, which keeps the marks; PostgreSQL's arabic one drops them itself)
    import psycopg

    from storylens.store import PostgresStore

    s = PostgresStore(pg_url)
    s.write_batch(StoreBatch(articles=[dataclasses.replace(a, language=None) for a in _texts()]))
    s.close()
    with psycopg.connect(pg_url, autocommit=True) as db:  # the search vector as step 10 wrote it: marks kept only
        db.execute("UPDATE articles SET tsv = setweight(to_tsvector('simple', coalesce(title, '')), 'A')"
                   " || setweight(to_tsvector('simple', text), 'D')")
        db.execute("DELETE FROM migrations WHERE version = 17")
    s = PostgresStore(pg_url)
    try:
        assert s.pending_migrations() == []
        assert sorted(a for a, _ in s.search_text("عمان")) == [f"{1:016x}", f"{2:016x}"]
    finally:
        s.close()
