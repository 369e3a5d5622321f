"""The bulk restore (StoryClusterer.from_rows, used by from_state and the store's load_clusterer)
builds bit for bit the state that adding the articles one by one gives."""

from __future__ import annotations

import base64
import random
from datetime import date, timedelta

import numpy as np

from storylens.cluster import ArticleFeatures, StoryClusterer


def _one_by_one(state: dict) -> StoryClusterer:
    """The restore as it was before the bulk path: one _add_article/_join per article (the reference)."""
    self = StoryClusterer(**state["params"])
    self.corrections_ = [dict(r) for r in state["corrections"]]
    self.history_ = [dict(r) for r in state["history"]]
    self._reset(keep_corrections=True)
    for rec in state["articles"]:
        vec = np.frombuffer(base64.b64decode(rec["vector"]), dtype=np.float32).copy()
        published = date.fromisoformat(rec["published"]) if rec.get("published") else None
        art = ArticleFeatures(rec["id"], vec, frozenset(rec["entities"]), published, rec.get("language"))
        self._add_article(art, vec, index=False)
        if rec["story"] in self.stories_:
            self._join(rec["story"], art.id)
        else:
            self._new_story(rec["story"], art.id)
    for sid, cached in state["entity_norms"].items():
        if sid in self.stories_:
            self.stories_[sid].norm_cache = (int(cached[0]), int(cached[1]), float(cached[2]))
    self._index.add_items(self._vecs[: len(self._ids)], np.arange(len(self._ids)), num_threads=1)
    return self


def _stream(n: int, seed: int = 3) -> list[ArticleFeatures]:
    rng, pick = np.random.default_rng(seed), random.Random(seed)
    centres = rng.normal(size=(60, 24)).astype(np.float32)
    out = []
    for i in range(n):
        s = pick.randrange(60)
        v = centres[s] + rng.normal(0, 0.5, 24).astype(np.float32)
        v[pick.randrange(24)] = -0.0  # signed zeros survive the sums as they do one by one
        keys = frozenset({f"e{s}-{j}" for j in range(4) if pick.random() < 0.6} | {f"x{pick.randrange(300)}"})
        day = None if pick.random() < 0.1 else date(2021, 1, 1) + timedelta(days=pick.randrange(900))
        out.append(ArticleFeatures(f"a{i}", v / np.linalg.norm(v), keys, day, pick.choice(["en", "de", None])))
    return out


def _snapshot(c: StoryClusterer) -> dict:
    n = len(c._ids)
    return {
        "ids": c._ids, "pos": c._pos, "labels": c.labels_, "dates": c._dates, "langs": c._langs,
        "ents": [sorted(e) for e in c._ents], "vecs": c._vecs.tobytes(), "vecs_shape": c._vecs.shape,
        "ords": c._ord_arr.tobytes(), "ord_range": c._ord_range,
        "df": list(c.entity_df_.items()), "article_story": list(c.article_story_.items()),
        "stories": [(sid, st.members, st.vector_sum.dtype, st.vector_sum.tobytes(), st.first_date, st.last_date,
                     list(st.entity_counts.items()), st.created, list(st.languages.items()), st.norm_cache)
                    for sid, st in c.stories_.items()],
        "index": (c._index.get_current_count(), c._index.get_max_elements(),
                  np.asarray(c._index.get_items(list(range(n)))).tobytes()),
        "corrections": c.corrections_, "history": c.history_,
    }


def test_bulk_restore_is_bit_identical_to_one_by_one():
    arts = _stream(1500)
    live = StoryClusterer(threshold=0.75).fit(arts[:1100])
    live.merge(live.labels_[3], live.labels_[40])
    live.move(arts[7].id, live.labels_[500])
    state = live.state()
    fast, slow = StoryClusterer.from_state(state), _one_by_one(state)
    assert _snapshot(fast) == _snapshot(slow)
    a, b = fast.partial_fit(arts[1100:]), slow.partial_fit(arts[1100:])
    assert [(x.story, x.score, x.reason) for x in a] == [(x.story, x.score, x.reason) for x in b]


def test_from_rows_of_nothing_is_an_empty_fitted_clusterer():
    c = StoryClusterer.from_rows({}, [], [], [], [], [], np.zeros((0, 0), dtype=np.float32))
    assert c.stories_ == {} and c._index is None
    assert [a.story for a in c.partial_fit(_stream(3))] == [a.story for a in StoryClusterer().partial_fit(_stream(3))]
