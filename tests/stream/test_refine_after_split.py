"""Trial 15, defect 18: the articles a user splits off together form one story of their own, and that
holds through ``stories --refine``, also when one of them had been moved into the story before
(SQLite, hashing embedder; the corpus of ``test_refine_after_move``)."""

from __future__ import annotations

from storylens.cluster import _Constraints
from storylens.stream.corrections import move_article, split_story

from .test_refine_after_move import _refine, _store, _stories


def test_a_split_keeps_the_split_articles_together_after_a_move_tied_one_of_them_elsewhere():
    c = _Constraints()
    c.link(["pap", "reuters"])  # 'story move pap --to <the story of reuters>'
    c.separate(["pap"], ["old-home"])
    c.link(["copy", "pap"])  # 'story split <that story> --articles copy,pap'
    c.separate(["copy", "pap"], ["reuters", "wire"])
    assert c.partners("pap") == {"copy"} and c.partners("copy") == {"pap"}
    assert c.partners("reuters") == set()
    assert {"reuters", "wire"} <= c.banned("pap") and {"reuters", "wire"} <= c.banned("copy")


def test_the_split_story_holds_through_a_refine(tmp_path, hashing_embedder):
    with _store(tmp_path, hashing_embedder) as store:
        ecb = _stories(store)["reuters-ecb"]
        kicker, wire = store.find_articles("kicker-9001")[0], store.find_articles("wire-ecb")[0]
        assert move_article(store, kicker, ecb).moved
        split = split_story(store, ecb, [wire, kicker])
        expected = {"reuters-ecb": ecb, "wire-ecb": split, "kicker-9001": split}
        assert _stories(store) == expected
        report = _refine(store, hashing_embedder)
        assert _stories(store) == expected and report["moved"] == 0
