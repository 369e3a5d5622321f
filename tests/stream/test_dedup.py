"""Near-duplicate detection's shingle cache (stream.dedup)."""

from __future__ import annotations

import numpy as np

from storylens.stream.dedup import ShingleCache, jaccard, near_duplicates, shingles


def test_the_shingle_cache_holds_a_long_streams_candidates():
    # A stored article is a near-duplicate candidate again whenever its topic recurs. The cache
    # held 4,096 articles (a third of a 12k stream) and the last 2k articles read and cleaned
    # ~3 stored texts each again; it is bounded by shingles held (8 bytes each), not articles.
    cache = ShingleCache()
    for i in range(20_000):
        cache.put(f"a{i}", frozenset(range(i, i + 60)))
    assert cache.get("a0") is not None and len(cache) == 20_000
    assert cache.get("a0").tolist() == list(range(60))  # sorted, as the overlap reads it


def test_the_shingle_cache_drops_the_least_recently_used_past_its_bound():
    cache = ShingleCache(held=100)
    cache.put("a", frozenset(range(40)))
    cache.put("b", frozenset(range(40)))
    assert cache.get("a") is not None  # used: b is now the oldest
    cache.put("c", frozenset(range(40)))
    assert cache.get("b") is None and cache.get("a") is not None and cache.get("c") is not None
    cache.put("d", np.arange(500, dtype=np.int64))  # one set over the bound: it alone is held
    assert len(cache) == 1 and cache.get("d") is not None


class _Store:
    """The reads near_duplicates makes, counted."""

    def __init__(self, texts):
        self.texts, self.read = texts, []

    def articles(self, ids):
        from storylens.store import ArticleRecord

        self.read += list(ids)
        return [ArticleRecord(id=a, source=a, text=self.texts[a]) for a in ids]

    def article(self, aid):
        return self.articles([aid])[0]


def test_overlaps_are_the_jaccard_of_the_shingle_sets_and_a_stored_text_is_read_once():
    base = ("The council of Porto voted to close the central bridge for repairs on Monday, the mayor said. "
            "Engineers warned that traffic would be diverted through the old town for six months.")
    texts = {"s1": base, "s2": "An unrelated report about a jazz festival in Graz drew many visitors to its stages."}
    store = _Store(texts)
    cache = ShingleCache()
    copy = base + " Residents were divided."
    vec = np.ones((1, 4), dtype=np.float32) / 2
    found = near_duplicates([("n1", copy)], vec, store, [[("s1", 0.9), ("s2", 0.8)]], cache)
    expected = jaccard(shingles(copy), shingles(base))
    assert found == {"n1": ("s1", f"near-duplicate of s1: cosine 0.900, shingle overlap {expected:.2f}")}
    assert sorted(store.read) == ["s1", "s2"]  # the candidates' texts, once (s1's canonical id from that read)
    near_duplicates([("n2", "Another text entirely, about ferries and harbours and the sea.")], vec, store,
                    [[("s1", 0.9)]], cache)
    assert sorted(store.read) == ["s1", "s2"]  # s1's shingles were held: its text is not read again


def test_a_plain_stored_text_is_shingled_as_stored_and_gives_the_same_overlap(monkeypatch):
    # A 32-article ingest into a 12k store cleaned ~150 stored candidates' texts again (90 of its
    # ~380 CPU-ms more than into a new store): a text cleaning leaves as it is is not cleaned.
    from storylens.store import ArticleRecord
    from storylens.stream import dedup

    base = ("The council of Porto voted to close the central bridge for repairs on Monday, the mayor said.\n\n"
            "Engineers warned that traffic would be diverted through the old town for six months.")
    copy = base + "\n\nResidents were divided."
    vec = np.ones((1, 4), dtype=np.float32) / 2
    cleaned: list[str] = []
    real = dedup.article_text
    monkeypatch.setattr(dedup, "article_text", lambda t: cleaned.append(t) or real(t))

    class Plain(_Store):
        def __init__(self, texts, plain):
            super().__init__(texts)
            self.plain = plain

        def articles(self, ids):
            return [ArticleRecord(id=a, source=a, text=self.texts[a], plain=self.plain) for a in ids]

    assert dedup.plain_text(base, real(base))
    found = {plain: near_duplicates([("n1", copy)], vec, Plain({"s1": base}, plain), [[("s1", 0.9)]])
             for plain in (False, True)}
    assert found[True] == found[False] and found[True]["n1"][0] == "s1"
    assert cleaned == [base]  # only the stored text not marked plain was cleaned


def test_a_text_cleaning_changes_is_not_plain():
    from storylens.stream.dedup import article_text, plain_text

    page = "Sections  News  Sports  Opinion  Subscribe\n\nThe council of Porto voted to close the bridge, the mayor said."
    assert article_text(page) != page and not plain_text(page, article_text(page))
    assert plain_text("One  two\nthree.", "one two three")  # words alone: spacing and case are not read
    assert plain_text("Same words.", "Same words.") and plain_text("ONE  two", "one two")  # equal texts, equal normalised
    assert not plain_text("one two", "one three") and not plain_text("one two", "one, two, three")


def test_a_text_prepared_earlier_in_the_run_is_not_read_from_the_store_again():
    # The writing process cleaned a stored candidate's raw text again (181 of 2,500 dev texts,
    # 0.9 CPU-s); an earlier batch's prepared text is held instead, and dropped once shingled.
    base = ("The council of Porto voted to close the central bridge for repairs on Monday, the mayor said. "
            "Engineers warned that traffic would be diverted through the old town for six months.")
    store = _Store({"s1": "raw text that must not be read"})
    cache = ShingleCache()
    cache.remember("s1", base)
    copy = base + " Residents were divided."
    vec = np.ones((1, 4), dtype=np.float32) / 2
    found = near_duplicates([("n1", copy)], vec, store, [[("s1", 0.9)]], cache)
    assert found["n1"][0] == "s1"
    assert store.read == ["s1"]  # only the canonical id's record, not the candidate's text
    assert cache.text("s1") is None and cache.get("s1") is not None


def test_held_texts_are_bounded_by_characters():
    cache = ShingleCache(held_chars=100)
    cache.remember("a", "x" * 60)
    cache.remember("b", "y" * 60)  # over the bound: the oldest goes
    assert cache.text("a") is None and cache.text("b") == "y" * 60
    cache.remember("c", "z" * 101)  # longer than the bound: not held
    assert cache.text("c") is None


class _Calls(_Store):
    """:class:`_Store` counting its ``articles`` calls."""

    def __init__(self, texts):
        super().__init__(texts)
        self.calls = 0

    def articles(self, ids):
        self.calls += 1
        return super().articles(ids)


_PORTO = ("The council of Porto voted to close the central bridge for repairs on Monday, the mayor said. "
          "Engineers warned that traffic would be diverted through the old town for six months.")
_GRAZ = ("The city of Graz hosted its jazz festival over the weekend, drawing record crowds to four stages. "
         "Organisers said tickets for the closing concert sold out within an hour of going on sale.")
_RIGA = ("Riga approved a wind farm off its coast on Tuesday after a long dispute over the turbines. "
         "Residents of the coastal villages said they would appeal against the decision in court.")


def test_a_batch_reads_its_stored_candidates_texts_in_one_call():
    # One read per item was one round trip per item on a server store (~30 of the ~160 queries of a
    # 32-article ingest into an 8k PostgreSQL store); the batch's candidates are read in one call.
    store = _Calls({"s1": _PORTO, "s2": _GRAZ, "s3": _RIGA})
    items = [("n1", _PORTO + " Residents were divided."), ("n2", _GRAZ + " The mayor attended."),
             ("n3", "A short note on ferries and harbours and the sea, unrelated to any stored report.")]
    vecs = np.eye(3, 4, dtype=np.float32)
    nearest = [[("s1", 0.95), ("s3", 0.91)], [("s2", 0.93), ("s1", 0.5)], [("s3", 0.92)]]
    found = near_duplicates(items, vecs, store, nearest, ShingleCache())
    assert {k: v[0] for k, v in found.items()} == {"n1": "s1", "n2": "s2"}
    assert store.calls == 1 and sorted(store.read) == ["s1", "s2", "s3"]  # s1 under the cosine floor for n2: not read
    # the same answer, reasons included, as items checked one at a time
    one_by_one = {}
    for item, row in zip(items, nearest):
        one_by_one.update(near_duplicates([item], vecs[:1], _Store({"s1": _PORTO, "s2": _GRAZ, "s3": _RIGA}), [row]))
    assert found == one_by_one


def test_a_candidate_whose_shingles_the_batch_pushed_out_is_read_again():
    # Read up front: the candidates whose shingles were not held. One held at the start and pushed out
    # of the cache by the batch's own shingles before its item is compared is read then, not taken as empty.
    copy = _PORTO + " Residents were divided."
    cache = ShingleCache(held=len(shingles(_PORTO)) + len(shingles(_GRAZ)) + 5)
    cache.put("s1", shingles(_PORTO))
    store = _Calls({"s1": _PORTO, "s2": _GRAZ})
    items = [("n2", _GRAZ + " The mayor attended."), ("n1", copy)]
    vecs = np.eye(2, 4, dtype=np.float32)
    found = near_duplicates(items, vecs, store, [[("s2", 0.93)], [("s1", 0.95)]], cache)
    assert {k: v[0] for k, v in found.items()} == {"n1": "s1", "n2": "s2"}
    assert store.calls >= 2 and "s1" in store.read  # s2 up front; s1 when n1 came to it (then its canonical)


def test_shingles_are_one_value_per_distinct_five_words_in_any_script():
    # Each 5-word gram is one value, the same gram the same value wherever it stands, another gram another value
    # (the grams were hashed as joined strings; now as tuples of words: the same sets up to the values).
    for text, other in [("the mayor of Lyon opened the new bridge on Monday and the mayor of Lyon opened it",
                         "the mayor of Lyon opened the old bridge on Monday"),
                        ("Der Bürgermeister von Köln eröffnete am Montag die neue Brücke über den Rhein",
                         "Der Bürgermeister von Köln eröffnete am Dienstag die neue Brücke über den Rhein"),
                        ("Мэр Лиона открыл новый мост в понедельник утром и мэр Лиона открыл",
                         "Вчера мэр Лиона открыл новый мост")]:
        words = text.casefold().split()
        grams = {tuple(words[i : i + 5]) for i in range(len(words) - 4)}
        assert len(shingles(text)) == len(grams)  # a repeated gram ("the mayor of Lyon opened") counts once
        theirs = other.casefold().split()
        shared = grams & {tuple(theirs[i : i + 5]) for i in range(len(theirs) - 4)}
        assert len(shingles(text) & shingles(other)) == len(shared) > 0
        assert shingles(" ".join(words[:5])) == shingles(" ".join(words[:5]).upper())  # normalised: case folded
    assert len(shingles("too short")) == 1  # under five words: the text is one shingle
