"""Pairs of articles: :class:`ArticleSides` and the stream's :class:`VerdictRules`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

import numpy as np

from .._threads import one_blas_thread
from ._banks import _UnreadTerms
from ._common import DEFAULT_VARIANT, FeatureInputs, PairFeatures, _data_json, model_files
from ._features import _features
from ._model import SimilarityModel, _Scorer, _scorer
from ._openings import _default_gazetteer, full_names
from ._places import Gazetteer, _place_countries_of
from ._prepare import PreparedText, glued_parts, prepare_text, word_count
from ._rules import _events_apart
from ._sides import _analyse, _embed_by_length, _kept_sentences, _quantities, _Side, _sides
from ._stored import decode_analysis, encode_analysis
from ._verdict import (
    DESK_NUMBERS,
    _apart,
    _confirmed_lead_countries,
    _far_read,
    _held,
    _may_hold_apart,
    _place_far,
    lead_countries_apart,
)
from .shingles import near_duplicate


class ArticleSides:
    """Pair features among one set of articles, each article analysed and embedded once.

    :func:`score_pairs` analyses and embeds both texts of every pair it is given (an
    uncached pair cost 1.1 CPU-s with the ``full`` model, mostly the e5 lead), so
    judging the tens of candidate pairs of every article in a stream (the offline
    refine pass, :meth:`storylens.cluster.StoryClusterer.refine`) would pay for each
    article once per pair. Here each article's half of the features (its USE head,
    sentence and whole-text vectors, its e5 lead vector, its names, places, dates,
    numbers and style) is computed once, on first use, and kept for the life of the
    object; the vectors also go to the encoders' on-disk cache (the default
    encoders keep them in the shared cache directory), so a later pass over the same
    articles re-reads them. A pair then costs only the comparison of two sides.
    Measured on 40 dev.csv texts (2026-11-30, load 7-9): an article's side 566
    CPU-ms with nothing cached, 9 CPU-ms with its vectors cached; the features of a
    pair from two sides 1.5 CPU-ms and the model's prediction 0.08 CPU-ms, against
    11 CPU-ms a pair through :func:`pair_features` with every vector cached.

    ``texts``: article texts (prepared as every entry point prepares them,
    :func:`prepare_text`); ``languages``: their codes (None: detected); the model and
    encoders as in :func:`score_pairs`; ``known``: an earlier set whose computed sides are
    reused where text and language are the same (and whose model and encoders are used).
    ``published``: ISO publication dates of the texts (None: the date of a text's header, if any), read
    only by the events rule. Positions ``i``, ``j`` index ``texts``.
    """

    def __init__(self, texts: Sequence[str], languages: Sequence[str | None] | None = None, *,
                 model: SimilarityModel | None = None, variant: str | None = None, embedder: Any = None,
                 doc_embedder: Any = None, gazetteer: Gazetteer | None = None, batch: int = 32,
                 progress: Callable[[int, int], None] | None = None, known: ArticleSides | None = None,
                 published: Sequence[str | None] | None = None):
        self._scorer: _Scorer = (known._scorer if known is not None
                                 else _scorer(embedder, model, gazetteer, doc_embedder, variant=variant))
        self.model = self._scorer.model
        prepared = glued_parts([prepare_text(t) if t and t.strip() else PreparedText("") for t in texts],
                               self._scorer.embedder)
        self.texts = [p.text for p in prepared]
        self.story_parts = [p.story_part for p in prepared]  # judged from fewer words (their headline)
        # a text judged from its headline because its body is about something else is read whole too
        # (:attr:`PreparedText.whole`): its whole reading is a side of its own, at position len(texts) + k
        self.wholes = [p.whole for p in prepared]
        self._whole_at = {p: len(prepared) + k for k, p in enumerate(q for q, w in enumerate(self.wholes) if w)}
        self._article = list(range(len(prepared))) + list(self._whole_at)  # side position -> article
        self._side_texts = self.texts + [self.wholes[p] for p in self._whole_at]
        self._loose = [p.loose_headline for p in prepared]  # no whole reading against these
        self.datelines = [p.dateline for p in prepared]  # the place rule reads them with the opening
        # the events rule reads an opening's weekday ("on Wednesday") against its publication date: the
        # given one (a store's), else its header's (final34 #1: read as None, the rule never fired in refine)
        given_dates = list(published) if published is not None else [None] * len(prepared)
        self.published = [(str(d)[:10] if d else None) or p.published for d, p in zip(given_dates, prepared)]
        if languages is None or not all(languages):
            from ..text.language import LanguageDetector

            detector = LanguageDetector()
            given = list(languages) if languages is not None else [None] * len(self.texts)
            languages = [lang or (detector.language(t) if t else None) for lang, t in zip(given, self.texts)]
        self.languages = list(languages)
        self.batch = batch
        self.progress = progress
        self._sides: dict[int, _Side] = {}
        self._ok: list[bool] | None = None
        self._full_names: list[frozenset[str]] | None = None
        # side positions -> whether the verdict's rules hold them apart (with, without the country rule)
        self._held_apart: dict[tuple[int, int], tuple[bool, bool]] = {}
        if known is not None:  # what an earlier set computed for the same text and language
            done = {known._key(p): side for p, side in known._sides.items()}
            for p in range(len(self._side_texts)):
                if self._key(p) in done:
                    self._sides[p] = done[self._key(p)]

    def _key(self, p: int) -> tuple[str, str | None, str | None]:
        """(text, language, date) of side position ``p`` (an article as judged, or an article read whole)."""
        a = self._article[p]
        return self._side_texts[p], self.languages[a], self.published[a]

    def __len__(self) -> int:
        return len(self.texts)

    def prepare(self, positions: Iterable[int]) -> None:
        """Analyse and embed these articles now (those not done yet), ``batch`` at a time."""
        todo = sorted({int(p) for p in positions} - set(self._sides))
        s = self._scorer
        with one_blas_thread():
            for a in range(0, len(todo), self.batch):
                part = todo[a : a + self.batch]
                items = [(self._side_texts[p] or " ", self.languages[self._article[p]],
                          self.published[self._article[p]], self.datelines[self._article[p]]) for p in part]
                self._sides.update(zip(part, _sides(items, s.embedder, s.gazetteer, s.doc_embedder,
                                                    s.model.inputs_)))
                if self.progress:
                    self.progress(min(a + self.batch, len(todo)), len(todo))

    @property
    def reads_leads(self) -> bool:
        """Whether the model reads e5 lead vectors (``full``): e5 reads the languages USE was not trained on."""
        return self._scorer.doc_embedder is not None

    def lead_vectors(self) -> np.ndarray | None:
        """The e5 lead vector of every article (n x d, unit rows), or None when the model reads none."""
        if self._scorer.doc_embedder is None:
            return None
        self.prepare(range(len(self.texts)))
        rows = np.vstack([np.asarray(self._sides[p].lead, dtype=np.float32).reshape(-1) for p in range(len(self))])
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        return rows / np.where(norms > 0, norms, 1.0)

    def features(self, i: Sequence[int], j: Sequence[int]) -> list[PairFeatures]:
        """The features of the pairs (i[k], j[k]), as :func:`pair_features` computes them."""
        self.prepare(list(i) + list(j))
        g = self._scorer.gazetteer
        terms = self._scorer.model.terms_table()
        return [_features(self._sides[int(a)], self._sides[int(b)], g, terms) for a, b in zip(i, j)]

    def overall(self, i: Sequence[int], j: Sequence[int]) -> np.ndarray:
        """Predicted overall similarity of each pair in [0, 1] (1 = same story), as :func:`score_pairs`
        gives it: a copy is lifted to its floor; NaN where there is no verdict (too little text,
        not article prose, a cookie or registration wall on either side)."""
        i, j = [int(a) for a in i], [int(b) for b in j]
        if not i:
            return np.zeros(0)
        out = self._overall(i, j)
        # a text judged from its headline (its body about something else) is read whole too, against the
        # other as judged, and the better reading counts (as :func:`score_pairs` does)
        read = [(k, self._whole_at[a], b) for k, (a, b) in enumerate(zip(i, j))
                if a in self._whole_at and not self._loose[b]]
        read += [(k, a, self._whole_at[b]) for k, (a, b) in enumerate(zip(i, j))
                 if b in self._whole_at and not self._loose[a]]
        if read:
            whole = self._overall([a for _, a, _ in read], [b for _, _, b in read])
            for (k, _, _), v in zip(read, whole):
                out[k] = np.fmax(out[k], v)
        return out

    def _overall(self, i: list[int], j: list[int]) -> np.ndarray:
        """:meth:`overall` of side positions (articles as judged, or read whole), one reading each."""
        self.prepare(i + j)
        g = self._scorer.gazetteer
        terms = self._scorer.model.terms_table()
        feats = [_features(self._sides[a], self._sides[b], g, terms) for a, b in zip(i, j)]
        # the verdict's rules read the same features (:meth:`verdict_apart`): kept, not computed again
        self._held_apart.update(((a, b), _held(f)) for a, b, f in zip(i, j, feats))
        out = self.model.predict(np.array([f.values for f in feats]))[:, 0]
        ok = self._judgeable()
        for k, (a, b, f) in enumerate(zip(i, j, feats)):
            copy = f.near_duplicate is not None and f.near_duplicate.is_copy
            if copy and f.near_duplicate is not None:
                out[k] = max(out[k], f.near_duplicate.floor)
            elif not (ok[int(a)] and ok[int(b)]) or (f.near_duplicate is not None and f.near_duplicate.wall):
                out[k] = np.nan
        return out

    def full_names(self) -> list[frozenset[str]]:
        """The people each article names in full (:func:`full_names` of its prepared text), computed once."""
        if self._full_names is None:
            g = self._scorer.gazetteer
            self._full_names = [full_names(t, g) if t else frozenset() for t in self.texts]
        return self._full_names

    def places_apart(self, i: Sequence[int], j: Sequence[int]) -> np.ndarray:
        """True where the openings of the pair (i[k], j[k]) are in two countries that the other text
        never names (:func:`lead_countries_apart`): one topic in two countries, not one story."""
        i, j = list(i), list(j)
        self.prepare(i + j)
        g = self._scorer.gazetteer
        dateline = {p: frozenset(g.find(self.datelines[p])) if self.datelines[p] else frozenset() for p in {*i, *j}}
        return np.array([lead_countries_apart(self._sides[int(a)].info, self._sides[int(b)].info,
                                              dateline[a], dateline[b]) for a, b in zip(i, j)], dtype=bool)

    def own_places(self, positions: Sequence[int]) -> list[tuple[frozenset[str], frozenset[str], frozenset[str]]]:
        """(own, opening, named) countries of each article, ISO codes. ``own``: where the text places its event,
        sure: the opening's and dateline's countries that the text names again (:func:`_confirmed_lead_countries`,
        the place veto's reading), and its dateline's one country. ``opening``: those and every country its
        opening (PLACE_LEAD_CHARS) or dateline names once, none when it names more than two (a roundup).
        ``named``: every country its places lie in. Names and lower-case words count nowhere ("para", Belém).
        A place the text only mentions after its opening -- a photo caption's golf course, a link to another
        story, an earlier trip -- is a named country, never an own one (the refine's group place rule reads the
        three: :meth:`storylens.cluster.StoryClusterer._places_apart`)."""
        positions = [int(p) for p in positions]
        self.prepare(positions)
        g = self._scorer.gazetteer
        out = []
        for p in positions:
            t = self._sides[p].info
            dateline = frozenset(g.find(self.datelines[p])) if self.datelines[p] else frozenset()
            off = t.name_places | t.lower_places
            named = _place_countries_of(((t.places | t.spelled_places) - off) | dateline)
            # a dateline of one country is where the report says it is, confirmed or not ("MADRID, 25 nov (Lusa) -"
            # before "O Governo espanhol ...", whose "Espanha" the gazetteer does not spell)
            filed = _place_countries_of(dateline)
            own = _confirmed_lead_countries(t, dateline) | (filed if len(filed) == 1 else frozenset())
            opening = _place_countries_of(((t.opening.places | t.opening.spelled) - off) | dateline)
            out.append((own, own | (opening if len(opening) <= 2 else frozenset()), named))
        return out

    def verdict_apart(self, i: Sequence[int], j: Sequence[int], *, countries: bool = True) -> np.ndarray:
        """True where the same-story verdict's rules hold the pair (i[k], j[k]) apart whatever its score
        (:func:`verdict_apart`: the rules by which ``similarity`` answers "different stories" above its cut,
        evidence of two events: not the content rule, a want of evidence that the judge's score reads),
        read on every reading :meth:`overall` scores (a text judged from its headline is read whole too):
        a pair is apart only when each reading is. The features :meth:`overall` computed are reused.
        ``countries`` False: without the country rule (:func:`_other_countries`; see
        ``settings.refine_verdict_countries``)."""
        i, j = [int(a) for a in i], [int(b) for b in j]
        readings = []
        for a, b in zip(i, j):
            read = [(a, b)]
            if a in self._whole_at and not self._loose[b]:
                read.append((self._whole_at[a], b))
            if b in self._whole_at and not self._loose[a]:
                read.append((a, self._whole_at[b]))
            readings.append(read)
        todo = list(dict.fromkeys(r for read in readings for r in read if r not in self._held_apart))
        if todo:
            self.prepare([p for r in todo for p in r])
            g, terms = self._scorer.gazetteer, self._scorer.model.terms_table()
            for a, b in todo:
                self._held_apart[(a, b)] = _held(_features(self._sides[a], self._sides[b], g, terms))
        at = 0 if countries else 1
        return np.array([all(self._held_apart[r][at] for r in read) for read in readings], dtype=bool)

    def events_apart(self, i: Sequence[int], j: Sequence[int]) -> np.ndarray:
        """True where the openings of the pair (i[k], j[k]) report two events of one kind
        (:func:`_events_apart`: days apart, a toll lower by half in the later one)."""
        i, j = list(i), list(j)
        self.prepare(i + j)
        return np.array([_events_apart(self._sides[int(a)].info.opening.event, self._sides[int(b)].info.opening.event) is not None
                         for a, b in zip(i, j)], dtype=bool)

    def _judgeable(self) -> list[bool]:
        if self._ok is None:
            from ..ingest.files import not_article_text
            from ..settings import DEFAULT

            least = (DEFAULT.similarity_min_words, DEFAULT.similarity_min_words_story_part)
            parts = self.story_parts + [False] * len(self._whole_at)  # a whole reading is a whole text
            self._ok = [bool(t) and word_count(t) >= least[part] and not not_article_text(t)
                        for t, part in zip(self._side_texts, parts)]
        return self._ok


@lru_cache(maxsize=4)
def _variant_inputs(variant: str) -> FeatureInputs:
    """What of each text a shipped model variant's encoders saw (its metadata's ``inputs``), read without loading
    the model: its kept sentences are the ones the names features and the rules read."""
    return _data_json(model_files(variant)[1], None, FeatureInputs.from_meta)


class VerdictRules:
    """The same-story verdict's hold-apart rules between texts read one at a time, with no model and no encoder:
    :meth:`ArticleSides.verdict_apart` (:func:`verdict_apart` but the content rule, a want of evidence the score
    reads) of two texts added by key, for a stream's online join and near-duplicate link (issue #11, break53:
    "Sánchez met Zelensky in Kyiv on Monday" / "... in Madrid on Thursday" 24 days apart were one story online
    though ``storylens similarity`` says "different cities in the openings"). The rules read each text's analysis
    (:func:`_analyse`, without the parts only the model reads) and never its vectors but for one: the share of
    sentences with a close counterpart that lets two outlets' desk places stand aside (:func:`_desk_agreement`),
    embedded with ``embedder`` (None: the default sentence encoder, loaded then) only for a pair with a desk place
    and DESK_NUMBERS counts alike. ``variant``: the model variant whose kept sentences are read (its metadata only).

    A text is prepared as every entry point prepares it (:func:`prepare_text`) and analysed once, in :meth:`add`;
    a text judged from its headline is read whole too and a pair is apart only when each reading is, as in
    :class:`ArticleSides`. The last ``keep`` texts added are held (a BASIL text's analysis is ~13 KB pickled, ~70 KB
    in memory with the memos it fills). Measured (BASIL tune, 80 texts of ~3,700 characters, 2026-12-04, one process,
    load ~8): an analysis 23.6 CPU-ms (with the model's parts and the quantities 38.6) and its preparation 6.7; the
    rules of a pair 2-10 CPU-ms (the quantities of each side read on its first pair that asks)."""

    def __init__(self, variant: str | None = None, *, gazetteer: Gazetteer | None = None, embedder: Any = None,
                 keep: int = 1024):
        self.variant = variant or DEFAULT_VARIANT
        self._inputs = _variant_inputs(self.variant)
        self._gazetteer = gazetteer
        self._embedder = embedder
        self.keep = int(keep)
        # key -> [its side, its whole reading's side (None: not read yet, or none), loose headline, what its whole
        # reading is read from (prepared whole text, language, date, dateline) until it is read, else None, and once
        # :meth:`may_hold` asked, its answers without and with the country rule]
        self._sides: dict[Any, list[Any]] = {}
        self._vectors: dict[int, np.ndarray] = {}  # id(side) -> its kept sentences' vectors (a desk pair only)
        self._counts: dict[int, _Side] = {}  # id(side) -> the side with its quantities read (when a rule asked)
        self._detector: Any = None  # the language detector of texts added without a language (made on the first)
        # a gazetteer of the caller's reads places otherwise than the shipped one: no stored analysis read or made
        self._own_gazetteer = gazetteer is not None
        self.analyses_read = 0  # stored analyses read back (:meth:`add` ``analysis``)
        self._datelines: dict[Any, str] = {}  # key -> the dateline its first reading was analysed with

    def __contains__(self, key: Any) -> bool:
        return key in self._sides

    def __len__(self) -> int:
        return len(self._sides)

    def add(self, key: Any, text: str, language: str | None, published: str | None = None, *,
            title: str | None = None, cleaned: Any = None, parts: Mapping[str, Any] | None = None,
            prepared: PreparedText | None = None, analysis: bytes | None = None) -> PreparedText | None:
        """Prepare ``text`` (with ``title`` as its first line: :func:`prepare_text`) and analyse it (its language
        code, None: detected; ``published``: its ISO date, None: its header's) under ``key``; a key held already is
        not read again. ``cleaned`` and ``parts``: what the caller read of ``text`` already (:func:`prepare_text`'s);
        ``prepared``: the whole preparation, read before (a stream's stored reading: :func:`encode_prepared`), not
        read again; ``analysis``: the analysis of that preparation, stored before (:meth:`analysis_of`), not made
        again when it is this version's of this very reading (:func:`decode_analysis`; :attr:`analyses_read` counts
        those read). Returns the preparation read (None: the key was held already)."""
        if key in self._sides:
            return None
        self._gazetteer = self._gazetteer or _default_gazetteer()
        if prepared is None:
            prepared = prepare_text(text, title=title, cleaned=cleaned, parts=parts) if text and text.strip() \
                else PreparedText("")
        if not language and prepared.text:
            if self._detector is None:  # one for every text: a detector loads fastText's model (~60 CPU-ms) on first use
                from ..text.language import LanguageDetector

                self._detector = LanguageDetector()
            language = self._detector.language(prepared.text)
        date = (str(published)[:10] if published else None) or prepared.published

        # The whole reading of a text judged from its headline is analysed only when a pair asks for it (:meth:`apart`
        # reads it only after the first reading holds the pair apart, ~1 pair in 250 of the online join's on dev):
        # a sixth of the dev texts the join reads have one (join55).
        side = None
        if analysis is not None and not self._own_gazetteer:
            info = decode_analysis(analysis, prepared.text or " ", language, date, prepared.dateline, self.variant)
            if info is not None:
                side = _Side(info, _NO_VECTOR, _NO_VECTORS, None)
                self.analyses_read += 1
        self._sides[key] = [side or self._side(prepared.text, language, date, prepared.dateline), None,
                            prepared.loose_headline, (prepared.whole, language, date, prepared.dateline)
                            if prepared.whole else None]
        self._datelines[key] = prepared.dateline
        if len(self._sides) > self.keep:  # the oldest half goes
            for k in list(self._sides)[: len(self._sides) - self.keep // 2]:
                self._datelines.pop(k, None)
                for s in self._sides.pop(k)[:2]:
                    if s is None:
                        continue
                    counted = self._counts.pop(id(s), None)
                    self._vectors.pop(id(s), None)
                    if counted is not None:
                        self._vectors.pop(id(counted), None)
        return prepared

    def analysis_of(self, key: Any) -> bytes | None:
        """The analysis of key's first reading as a store keeps it (:func:`encode_analysis`; read back by :meth:`add`
        ``analysis``), or None (a key not held, a caller's gazetteer, an analysis longer than a stored one may be)."""
        held = self._sides.get(key)
        if held is None or self._own_gazetteer:
            return None
        info = held[0].info
        return encode_analysis(info, self._datelines.get(key, ""), self.variant)

    def _side(self, body: str, language: str | None, date: str | None, dateline: str) -> _Side:
        """The rules' side of one prepared text (its analysis without the model's parts)."""
        body = body or " "
        sents = _kept_sentences(body, self._inputs)
        info = _analyse(body, language, date, sents, self._gazetteer or _default_gazetteer(), dateline, rules_only=True)
        return _Side(info, _NO_VECTOR, _NO_VECTORS, None)

    def _whole(self, key: Any) -> _Side:
        """The side of key's whole reading, analysed on the first call (a key whose text has one)."""
        held = self._sides[key]
        if held[1] is None and held[3] is not None:
            held[1] = self._side(*held[3])
            held[3] = None
        return held[1]

    def apart(self, a: Any, b: Any, *, countries: bool = True) -> str | None:
        """Why the verdict's rules hold the texts of keys ``a`` and ``b`` apart whatever their score (the first
        reading's reason), or None (also when a key is not held). ``countries`` False: without the country rule
        (``settings.refine_verdict_countries``)."""
        if a not in self._sides or b not in self._sides:
            return None
        held_a, held_b = self._sides[a], self._sides[b]
        # the readings in turn: a key stands for its whole reading, analysed only when the readings before it hold
        # the pair apart
        readings: list[tuple[Any, Any]] = [(held_a[0], held_b[0])]
        if (held_a[1] is not None or held_a[3] is not None) and not held_b[2]:
            readings.append((a, held_b[0]))
        if (held_b[1] is not None or held_b[3] is not None) and not held_a[2]:
            readings.append((held_a[0], b))
        first = None
        for x, y in readings:
            why = self._reading_apart(x if isinstance(x, _Side) else self._whole(x),
                                      y if isinstance(y, _Side) else self._whole(y), countries)
            if why is None:
                return None
            first = first or why
        return first

    def may_hold(self, key: Any, *, countries: bool = True) -> bool:
        """Whether the rules could hold key's text apart from any other (:func:`_may_hold_apart` on its first
        reading, the one :meth:`apart` reads first): False means :meth:`apart` of key with any key is None, so a
        caller need not add the other text. True for a key not held."""
        held = self._sides.get(key)
        if held is None:
            return True
        if len(held) < 5:  # the answer is kept beside the side: (countries False, countries True)
            info = held[0].info
            g = self._gazetteer or _default_gazetteer()
            held.append((_may_hold_apart(info, g, countries=False), _may_hold_apart(info, g, countries=True)))
        return held[4][int(bool(countries))]

    def _reading_apart(self, x: _Side, y: _Side, countries: bool) -> str | None:
        g = self._gazetteer or _default_gazetteer()
        f = _features(x, y, g, _UnreadTerms(), late_spellings=True)
        if f.names_apart is not None or f.other_days_apart is not None or any(f.desk_place_ids) or _place_far(f):
            # the three rules reading the figures in common (:func:`_names_veto`, :func:`_telling_figures`,
            # :func:`_desk_agreement`, and the far-apart rule's place tie, :func:`_place_alone`) ask: the texts'
            # quantities are read now (a third of an analysis), once a side
            x, y = self._counted(x), self._counted(y)
            f = _features(x, y, g, _UnreadTerms(), late_spellings=True)
        if any(f.desk_place_ids) and len(f.shared_numbers) >= DESK_NUMBERS:
            # the one rule reading vectors: whether the sentences agree closely enough for a desk place to stand aside
            f = _features(self._embedded(x), self._embedded(y), g, _UnreadTerms(), late_spellings=True)
        veto = _apart(f, content=False, countries=countries)
        if veto is not None and _far_read(f) and f.near_duplicate is not None and not f.near_duplicate.shorter:
            # the stream's sides keep no shingles, so the far-apart rule's copy guard (:func:`_far_silence`) read
            # none: a near-copy republished months later is the story's (apart72fix J03). Read only for a pair the
            # rules hold apart that far apart (shingles of a text are cached: :func:`shingles.shingles`)
            copy = near_duplicate(x.info.text, y.info.text, wall=x.info.wall or y.info.wall)
            if copy.is_copy:
                veto = _apart(replace(f, near_duplicate=copy), content=False, countries=countries)
        return None if veto is None else veto[0]

    def _counted(self, side: _Side) -> _Side:
        """``side`` with its text's quantities read (kept: the held side is replaced)."""
        counted = self._counts.get(id(side))
        if counted is None:
            info = replace(side.info, quantities=_quantities(side.info.text, side.info.lang),
                           small_quantities=_quantities(side.info.text, side.info.lang, small=True))
            counted = self._counts[id(side)] = _Side(info, side.whole, side.vecs, side.lead)
        return counted

    def _embedded(self, side: _Side) -> _Side:
        vecs = self._vectors.get(id(side))
        if vecs is None:
            if self._embedder is None:
                from .. import embed

                self._embedder = embed.get_default_embedder()
            vecs = self._vectors[id(side)] = _embed_by_length(list(side.info.sentences), self._embedder)
        return _Side(side.info, np.zeros(vecs.shape[1], dtype=np.float32), vecs, None)

# A side analysed for the rules only (VerdictRules): no vectors (the rules but one read none; that one embeds)
_NO_VECTOR = np.zeros(1, dtype=np.float32)

_NO_VECTORS = np.zeros((1, 1), dtype=np.float32)
