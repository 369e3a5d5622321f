"""Turn a new store's search index back into an older schema's, for the migration tests."""

from __future__ import annotations


def plain_postgres_vectors(url: str, forget: int) -> None:
    """Rebuild every article's search vector as schema 5 built it (title A, text D in the article's
    own configuration, no CJK bigrams, no spellings) and forget migration ``forget``, so the next
    open runs it again."""
    import psycopg

    from storylens.store._postgres import TEXT_SEARCH_CONFIGS

    with psycopg.connect(url, autocommit=True) as db:
        for num, lang in db.execute("SELECT num, language FROM articles").fetchall():
            cfg = TEXT_SEARCH_CONFIGS.get(lang, "simple")
            db.execute("UPDATE articles SET tsv = setweight(to_tsvector(%s::regconfig, coalesce(title, '')), 'A')"
                       " || setweight(to_tsvector(%s::regconfig, text), 'D') WHERE num = %s", (cfg, cfg, num))
        db.execute("DELETE FROM migrations WHERE version = %s", (forget,))
