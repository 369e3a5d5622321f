"""Embedding features and the shipped tables: rare shared terms (:class:`TermTable`), name keys
(:class:`NameKeyTable`) and the dev leads (:class:`LeadBank`)."""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

import numpy as np

from ..text import (
    base,
    common_word,
    given_name_gender,
    institution_name_only,
    institution_words_any,
    stop_words,
    use_covers,
)
from ._common import _COMMON_INITIAL, MODEL_VERSION, _data_arrays, _data_json, _fold
from ._offices import _calendar_word
from ._openings import (
    _adjective_keys,
    _other_cased_scripts,
    _outlet_keys,
    _shared_full_names,
    _spelling_key,
    _without_case_ending,
)
from ._places import Gazetteer
from ._sides import _name_tokens, _norm, _Side, _Text

TERM_FEATURES = ("idf_cosine", "idf_rare_shared", "idf_overlap")

TITLE_FEATURES = ("idf_title_lead_max", "idf_title_lead_min", "idf_title_title")


def _cos(a: np.ndarray, b: np.ndarray, na: float | None = None, nb: float | None = None) -> float:
    """Cosine of two vectors; ``na``/``nb``: their :func:`_norm` when known (the same value either way)."""
    na = _norm(a) if na is None else na
    nb = _norm(b) if nb is None else nb
    return float(a @ b / (na * nb)) if na and nb else 0.0


def _embedding_features(a: _Side, b: _Side) -> tuple[list[float], float]:
    sim = a.vecs @ b.vecs.T
    best1, best2 = sim.max(axis=1), sim.max(axis=0)
    top = _top3(sim.ravel())
    head_a, head_b = a.head, b.head
    tail_a, tail_b = a.tail, b.tail
    na, nb = a.norms, b.norms
    chunk = a.chunks @ b.chunks.T
    c1, c2 = float(chunk.max(axis=1).mean()), float(chunk.max(axis=0).mean())
    covers = []
    for t in (0.5, 0.65, 0.8):
        x, y = _share(best1 >= t), _share(best2 >= t)
        covers += [min(x, y), max(x, y)]
    b1, b2 = float(best1.mean()), float(best2.mean())
    values = [
        _cos(a.whole, b.whole, na["whole"], nb["whole"]), _cos(a.mean, b.mean, na["mean"], nb["mean"]),
        float(sim[0, 0]), _cos(head_a, head_b, na["head"], nb["head"]), _cos(tail_a, tail_b, na["tail"], nb["tail"]),
        max(_cos(head_a, tail_b, na["head"], nb["tail"]), _cos(tail_a, head_b, na["tail"], nb["head"])),
        float(sim.mean()), b1, b2, min(b1, b2), max(b1, b2), (b1 + b2) / 2,
        *covers, float(top[0]), float(top.mean()), min(c1, c2), max(c1, c2),
        max(_cos(a.vecs[0], b.whole, na["first"], nb["whole"]), _cos(b.vecs[0], a.whole, nb["first"], na["whole"])),
    ]
    aligned = (_share(best1 >= 0.65) + _share(best2 >= 0.65)) / 2
    return values, aligned


def _top3(values: np.ndarray) -> np.ndarray:
    """The (up to) three largest of ``values``, largest first: ``np.sort(values)[::-1][:3]`` without
    sorting all of a pair's sentence-by-sentence cosines (the same elements in the same order)."""
    if len(values) > 3:
        values = np.partition(values, len(values) - 3)[-3:]
    return np.sort(values)[::-1]


def _share(mask: np.ndarray) -> float:
    """``float(mask.mean())`` of a boolean array: the count of True over the length (the same float: the
    mean sums exact 0/1 values, and either way one correctly rounded division)."""
    return float(np.count_nonzero(mask)) / mask.size


def _jaccard(a: AbstractSet[Any], b: AbstractSet[Any]) -> float:
    if not (a or b):
        return 0.0
    shared = len(a & b)  # the union's size without building it (trigram sets hold thousands)
    return shared / (len(a) + len(b) - shared)


def _cover(shared: int, a: AbstractSet[Any], b: AbstractSet[Any]) -> tuple[float, float]:
    x = shared / len(a) if a else 0.0
    y = shared / len(b) if b else 0.0
    return min(x, y), max(x, y)


def _match_names(a: list[str], b: list[str]) -> tuple[list[str], int, int, int]:
    """Fuzzy-match folded name tokens across the texts; returns (shared labels, n shared, |A|, |B|)."""
    return _match_name_tokens(_name_tokens(a), _name_tokens(b))

# Two folded name words are one name when rapidfuzz's ratio is at least this ("Tokayev" / "Tokajew",
# "Halden" / "Халден" folded): the name features, the reasons' confirmed names and the people rule read
# names alike (the feature's cutoff since the model was trained on it: not to be changed without retraining).
_NAME_RATIO = 82


def _match_name_tokens(fa: dict[str, tuple[str, int]], fb: dict[str, tuple[str, int]],
                       places: tuple[Mapping[str, AbstractSet[str]], Mapping[str, AbstractSet[str]]] | None = None,
                       ) -> tuple[list[str], int, int, int]:
    """:func:`_match_names` on the texts' :func:`_name_tokens`. ``places``: each side's keys that name places
    (:meth:`_Side.token_places`); two keys naming places none in common are no one name, however alike they are
    spelled or equal ("Niger" / "Nigeria", ratio 83; "Gambia" / "Sambia"; "Sudan" of "Sudan" and of "South Sudan";
    break56b F3): the fuzzy match stays as trained for every other word."""
    from rapidfuzz import fuzz, process

    if not fa or not fb:
        return [], 0, len(fa), len(fb)
    keys_a, keys_b = list(fa), list(fb)
    scores = process.cdist(keys_a, keys_b, scorer=fuzz.ratio, score_cutoff=_NAME_RATIO)
    if places is not None and places[0] and places[1]:
        for i, j in zip(*np.nonzero(scores)):
            pa, pb = places[0].get(keys_a[i]), places[1].get(keys_b[j])
            if pa and pb and not pa & pb:
                scores[i, j] = 0
    matched_a = np.flatnonzero(scores.max(axis=1) > 0)
    # A word matched only by its likeness to a word of the other text that this text writes too is no name the
    # two share: "Athletic" (Bilbao) is like "Atlético" (Madrid), and a text that writes both has its own
    # counterpart of the other's "Atlético" (F10 of break57: "same names: Athletic" for a text that writes
    # only "Atlético"). A case form or possessive of the other's word is its name still ("Pell's", "Mersin'de"
    # beside "Pell", "Mersin"). Labels only: the counts below, the model's features, stay as trained.
    shown = [i for i in matched_a if keys_a[i] in fb or _one_stem(keys_a[i], other := keys_b[int(scores[i].argmax())])
             or other not in fa]
    shared = sorted((fa[keys_a[i]] for i in shown), key=lambda t: (-t[1], t[0]))
    # The shared count is the smaller side's, so it is the same whichever text comes first
    # ("Tokayev" and "Tokajew" in one text both match one token of the other).
    n_shared = min(len(matched_a), int((scores.max(axis=0) > 0).sum()))
    return [label for label, _ in shared], n_shared, len(fa), len(fb)


def _one_stem(x: str, y: str, endings: bool = True) -> bool:
    """Whether two folded words are forms of one: one starts or ends the other (a possessive, a case ending, a
    compound's head: "pells" and "pell", "rekordpressekonferenz" and "pressekonferenz") or, with ``endings`` (a
    language that inflects names), they differ only in the last two letters of the shorter ("викторию" and
    "виктория", "trojki" and "trojka"; not "barcelona" and "barcelone", two languages' names)."""
    short, long = sorted((x, y), key=len)
    return long.startswith(short) or long.endswith(short) \
        or endings and len(os.path.commonprefix((x, y))) >= max(3, len(short) - 2)


def _other_spellings(fa: Mapping[str, tuple[str, int]], fb: Mapping[str, tuple[str, int]], endings: bool = True
                     ) -> dict[str, str]:
    """Label of a name word of ``fa`` -> how the other text writes it, for each word the other text writes only
    in another spelling ("Navalny" -> "Nawalny", "Tokayev" -> "Токаев"): :func:`_match_name_tokens`' closest word
    of ``fb`` whose spelling key (:func:`_spelling_key`) neither equals nor starts or ends the other (a case form,
    "Trzaskowskiego" of "Trzaskowski", is one spelling; ``endings``: either text's language inflects names, so two
    last letters apart are a case form too, :func:`_one_stem`). The reasons show both (break57 F10; break58:
    "Barcelona" shown for a French text that writes "Barcelone")."""
    from rapidfuzz import fuzz, process

    out: dict[str, str] = {}
    keys_b = list(fb)
    if not keys_b:
        return out
    for key, (label, _) in fa.items():
        if key in fb:
            continue
        best = process.extractOne(key, keys_b, scorer=fuzz.ratio, score_cutoff=_NAME_RATIO)
        # a case form or a longer ending of one spelling is no other spelling: "Trzaskowskiego" / "Trzaskowski"
        if best is not None and best[0] not in fa and not _one_stem(_spelling_key(label), _spelling_key(fb[best[0]][0]), endings):
            out[label] = fb[best[0]][0]
    return out


def _shared_names(names: Sequence[str], side_a: _Side, side_b: _Side, given: AbstractSet[str],
                  fragments: AbstractSet[str], gazetteer: Gazetteer | None = None,
                  whole: Sequence[str] = ()) -> tuple[str, ...]:
    """The names two texts share, the same whichever text comes first (trial61 F5: Turkish "Mersin", written
    only before another capitalised word, "Mersin Valisi", was read as a given name and Greek "Μερσίνης" was
    kept, so a tr/el pair had a name in common in one order and none in the other): the first text's
    ``names`` that the reasons' rules keep (:func:`_confirmed_names`: no given name, fragment or common
    word), then the second text's spellings they keep from its side that match none of those. On SemEval
    dev (1,283 pairs) no verdict moved; 40 reasons list a name more. With the ``gazetteer``, no city's name that is a
    common word or a given name (:attr:`Gazetteer.word_cities`) which one text writes as the place and the other
    not: "Hurricane Florence" and "rain hit Florence", "Mobile phone networks" and "a tornado struck Mobile,
    Alabama" name two things (break50b 11: "same names: Florence", "same names: Mobile"). No generic word of bodies'
    names (:func:`storylens.text.institution_name_only`: "Rescue", "Council", "Health") unless a name of several
    words both texts write (``whole``: :func:`_pair_full_names`) holds it beside a word of its own ("Brandon
    University", whose "Brandon" is read as a given name: SemEval dev 1544221535_1544175685)."""
    from rapidfuzz import fuzz, process

    split = _word_city_split(side_a.info, side_b.info, gazetteer) if gazetteer is not None else ()
    a, b = side_a.info, side_b.info
    langs = tuple(lg for lg in (base(a.lang), base(b.lang)) if lg)
    bodies = {_fold(w) for n in whole if not institution_name_only(n, langs) for w in n.split()}

    def generic(name: str) -> bool:
        # a generic word of bodies' names ("Rescue", "Council", "Health", "Ayuntamiento") is no name in common when it
        # is the tail of two bodies' own names: two fires' "West Yorkshire Fire and Rescue Service" and "Avon Fire and
        # Rescue Service" were "same names: Rescue Service" at 0.67 (issue #11); a body both name whole ties them by
        # its own words ("Avon") and by these, and one body both name bare ("the Home Office", "the Coastguard") is a
        # name in common (break68n V01, Y04)
        bare = _without_case_ending(name)
        return institution_name_only(bare, langs) and _fold(bare) not in bodies \
            and _other_bodies_tail(bare, a.text, b.text, langs)

    names = [n for n in names if _without_case_ending(n) not in split and not generic(n)]  # "Nice's" too

    inner, nouns = a.inner_names | b.inner_names, _common_nouns(a, b)

    def key(name: str) -> str:
        return _fold(name).replace(" ", "")

    def kept(labels: Sequence[str], own: _Text) -> tuple[str, ...]:
        return _confirmed_names([n for n in labels if (key(n) not in given or _acronym_label(n, (a.text, b.text), (a.lang, b.lang)))
                                 and not _fragment(key(n), fragments)],
                                inner, nouns, own.inner_names, own.lang)

    out = kept(names, a)
    places = (side_b.token_places(gazetteer), side_a.token_places(gazetteer)) if gazetteer is not None else None
    others = kept([n for n in _match_name_tokens(side_b.name_tokens, side_a.name_tokens, places)[0]
                   if _without_case_ending(n) not in split and not generic(n)], b)
    keys = [key(n) for n in out]
    shared = out + tuple(n for n in others
                         if process.extractOne(key(n), keys, scorer=fuzz.ratio, score_cutoff=_NAME_RATIO) is None)
    return tuple(n for n in shared if not _two_family_members(key(_without_case_ending(n)), a, b))


def _two_family_members(key: str, a: _Text, b: _Text) -> bool:
    """Whether ``key`` (a folded one-word name) is a family name each text writes first in a full name
    (:attr:`_Text.family_full`) and the two texts' full names of it differ: "Wang Wei" and "Wang Fang", "Park
    Ji-hoon" and "Park Mi-ok" are two people (break68n F11, F16, X01). One full name and a bare "Ms Wang", or the
    same full name in both ("Kim Jong Un" / "Kim Jong-un": folded alike), tie the texts."""
    full_a = {full for family, full in a.family_full if family == key}
    full_b = {full for family, full in b.family_full if family == key}
    return bool(full_a and full_b and not full_a & full_b)


_BODY_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Lower-case words joining a body's own name to its generic words: "Ayuntamiento de Zamora", "Ministry of Health".
_BODY_JOINS = frozenset({"of", "and", "de", "del", "di", "della", "du", "des", "la", "von", "für", "der"})


def _body_heads(name: str, text: str, langs: tuple[str, ...]) -> set[str]:
    """The folded own words of the bodies' names ``name`` (generic words of bodies' names, as written) ends or
    starts in ``text``: {"west yorkshire"} for "West Yorkshire Fire and Rescue Service" and name "Rescue Service",
    {"zamora"} for "El Ayuntamiento de Zamora"; "" for a bare mention ("the Home Office", "the Coastguard").
    Empty when ``text`` never writes ``name``."""
    generic = institution_words_any()
    stops = {w for lang in langs for w in stop_words(lang)}
    tokens = [(m.start(), m.end(), m.group(0)) for m in _BODY_WORD.finditer(text)]
    size = len(name.split())
    out: set[str] = set()

    def own(word: str) -> bool:
        return word[:1].isupper() and word.casefold() not in generic and word.casefold() not in stops

    def word_of_body(word: str) -> bool:
        return word[:1].isupper() and word.casefold() in generic

    for i in range(len(tokens) - size + 1):
        if " ".join(t[2] for t in tokens[i : i + size]) != name \
                or any(tokens[k + 1][0] - tokens[k][1] != 1 for k in range(i, i + size - 1)):
            continue
        head: list[str] = []
        # back over the body's generic words, and a join only between two of them ("Fire and Rescue Service"; not
        # "Agentes de la Policía Nacional": break68n T12), then its own capitalised words
        k = i - 1
        while k >= 0 and tokens[k + 1][0] - tokens[k][1] == 1 and (
                word_of_body(tokens[k][2]) or tokens[k][2] in _BODY_JOINS and k > 0
                and tokens[k][0] - tokens[k - 1][1] == 1 and word_of_body(tokens[k - 1][2])):
            k -= 1
        while k >= 0 and tokens[k + 1][0] - tokens[k][1] == 1 and own(tokens[k][2]):
            head.insert(0, tokens[k][2])
            k -= 1
        j = i + size  # forward: "de Zamora", "of Kenya"
        if not head and j + 1 < len(tokens) and tokens[j][2] in _BODY_JOINS and tokens[j][0] - tokens[j - 1][1] == 1 \
                and tokens[j + 1][0] - tokens[j][1] == 1 and own(tokens[j + 1][2]):
            head.append(tokens[j + 1][2])
        out.add(_fold(" ".join(head)))
    return out


def _other_bodies_tail(name: str, text_a: str, text_b: str, langs: tuple[str, ...]) -> bool:
    """Whether ``name`` (generic words of bodies' names) is the tail of two different bodies' names in the two
    texts (:func:`_body_heads`: "West Yorkshire Fire and Rescue Service" / "Avon Fire and Rescue Service"), or of a
    longer name in one text only ("Leeds City Council" / "the City Council"). No: both write it bare ("the Home
    Office", "the Metropolitan Police"), or one same full name is in both."""
    heads_a, heads_b = _body_heads(name, text_a, langs) - {""}, _body_heads(name, text_b, langs) - {""}
    return bool((heads_a or heads_b) and not heads_a & heads_b)


def _word_city_split(a: _Text, b: _Text, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The names of :attr:`Gazetteer.word_cities` that one text writes as the place and the other only as something
    else (:attr:`_Text.word_city_others`): "rain hit Florence" and "Hurricane Florence", "a tornado struck Mobile,
    Alabama" and "hit Mobile phone networks" (break50b 11). Sorted labels."""
    out = []
    for city in (a.spelled_places ^ b.spelled_places) & frozenset(gazetteer.word_cities.values()):
        label = gazetteer.labels.get(city, "")
        other = b if city in a.spelled_places else a
        if label in other.word_city_others and city not in other.places:
            out.append(label)
    return tuple(sorted(out))


def _acronym_label(label: str, texts: Sequence[str] = (), langs: Sequence[str | None] = ()) -> bool:
    """Whether a shared name label is an acronym: 3 to 6 capitals ("AFAD", "UEFA", "UNICEF") that none of ``texts``
    also writes in small letters ("SAN JOSE, CALIFORNIA", "BUENOS AIRES" datelines and headlines in capitals are
    "San Jose", "Buenos Aires" further down: no acronym) and no lexicon of ``langs`` reads as a common word
    ("CIUDAD DE MÉXICO", "EL PAÍS" in capitals: SemEval dev). An acronym names an organisation, never a person's given
    name, though a text may write it only before a title ("AFAD Başkanı Okay Memiş": AFAD's head). Trial64 F1: the
    Turkish text's "AFAD", written in Latin inside the Russian text too, was dropped from the names in common as a
    given name (:func:`_given_names`) and the pair said "no names in common"."""
    if not (3 <= len(label) <= 6 and label.isalpha() and label.isupper()):
        return False
    low = label.casefold()
    if any(lang and common_word(label, base(lang)) for lang in langs):
        return False
    return not any(w != label and w.casefold() == low for t in texts for w in _word_hits_of(label, t))

# A word of 3 to 6 Latin capitals: an acronym a text in any script may write in Latin letters ("(AFAD)", "(DWD)").
_LATIN_CAPITALS = re.compile(r"(?<![^\W\d_])[A-Z]{3,6}(?![^\W\d_])")


def _shared_acronyms(a: _Text, b: _Text) -> tuple[str, ...]:
    """The Latin acronyms (:func:`_acronym_label`) both whole texts write, no outlet's ("AFP", "PAP"): a Russian
    report's "(DWD)" or "(AFAD)" is its German or Turkish source's own, though outside the sentences the names
    features read (trial64 F1). Read for two texts in two cased scripts only (:func:`_other_cased_scripts`)."""
    outlets = _outlet_keys()
    found = dict.fromkeys(_LATIN_CAPITALS.findall(a.text))
    return tuple(w for w in found if w.casefold() not in outlets and w in set(_LATIN_CAPITALS.findall(b.text))
                 and _acronym_label(w, (a.text, b.text), (a.lang, b.lang)))


def _word_hits_of(label: str, text: str) -> list[str]:
    """The words of ``text`` spelled as ``label`` in any case ("San", "SAN", "san" for "SAN")."""
    return re.findall(rf"(?<!\w){re.escape(label)}(?!\w)", text, flags=re.IGNORECASE)

TERMS_FILE = f"similarity-terms-{MODEL_VERSION}.json"


def _shared_terms(a: Mapping[str, int], b: Mapping[str, int]) -> list[str]:
    """The terms two texts share, sorted: the term features sum floats over them, and a set's
    order follows the process's string hashes (PYTHONHASHSEED), so summing in a set's order gave
    features that differed in the last bit from one process to the next."""
    return sorted(a.keys() & b.keys())

RARE_DF = 3  # a term at most this many dev texts use is "rare" (idf_rare_shared)

_IDF_KEPT = 200_000  # terms whose IDF a table keeps (~20 MB at most)

_NORMS_KEPT = 1_024  # term mappings whose length a table keeps (three per text: ~340 texts, a few MB)


class TermTable:
    """Document frequencies of folded terms (:func:`_terms`) in the texts the models were trained on.

    ``docs``: how many texts were counted; ``df``: term -> texts using it (terms in one text
    only are left out of the shipped table: a term not in it counts as one text, as does a
    term no dev text uses). Built by ``scripts/train_similarity.py`` from dev.csv only.
    """

    def __init__(self, docs: int, df: Mapping[str, int]):
        self.docs = int(docs)
        self.df = df
        # IDF of each term met, kept (nothing left out): a text's terms meet the table once per
        # pair it is in, three times more since the title features read the leads again.
        self._idf: dict[str, float] = {}
        self._norms: dict[int, tuple[Mapping[str, int], float]] = {}
        self._logs: dict[int, tuple[Mapping[str, int], dict[str, float]]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> TermTable:
        return _data_json(TERMS_FILE, path, lambda data: cls(data["docs"], data["df"]))

    @classmethod
    def count(cls, texts: Iterable[Mapping[str, int]], min_df: int = 2) -> TermTable:
        """The table of these texts' terms (each a :func:`_terms` mapping), terms in >= ``min_df`` texts."""
        df: Counter[str] = Counter()
        docs = 0
        for terms in texts:
            df.update(terms.keys())
            docs += 1
        return cls(docs, {w: c for w, c in df.items() if c >= min_df})

    def features(self, a: Mapping[str, int], b: Mapping[str, int],
                 leave_out: Sequence[Mapping[str, int]] = ()) -> list[float]:
        """:data:`TERM_FEATURES` of two texts' terms. ``leave_out``: terms of counted texts to take
        out of the counts (training leaves each pair's own connected group out, so its features
        are what an unseen pair gets)."""
        if not leave_out:  # scoring: the kept IDFs and log weights, no closure per shared term of each pair
            counts = self.df
            norms = [self._kept_norm(terms, self._kept_idf) for terms in (a, b)]
            dot, shared, weights = self._kept_dot(a, b, self._kept_idf)
            rare = sum(1 for w in shared if max(counts.get(w, 1), 1) <= RARE_DF)
        else:
            docs = self.docs - len(leave_out)

            def df(w: str) -> int:
                return max(self.df.get(w, 1) - sum(1 for t in leave_out if w in t), 1)

            def idf(w: str) -> float:
                return math.log((docs + 1) / (df(w) + 1)) + 1.0

            norms = [self._norm(terms, idf) for terms in (a, b)]
            shared = _shared_terms(a, b)
            weights = {w: idf(w) for w in shared}
            dot = sum((1 + math.log(a[w])) * (1 + math.log(b[w])) * weights[w] ** 2 for w in shared)
            rare = sum(1 for w in shared if df(w) <= RARE_DF)
        return [dot / (norms[0] * norms[1]), float(rare), sum(weights[w] for w in shared) / max(1, min(len(a), len(b)))]

    def cosine(self, a: Mapping[str, int], b: Mapping[str, int],
               leave_out: Sequence[Mapping[str, int]] = ()) -> float:
        """``features(a, b, leave_out)[0]`` alone (the title features read only the cosine)."""
        if leave_out:
            return self.features(a, b, leave_out)[0]
        norms = [self._kept_norm(terms, self._kept_idf) for terms in (a, b)]
        return self._kept_dot(a, b, self._kept_idf)[0] / (norms[0] * norms[1])

    def _kept_idf(self, w: str) -> float:
        """The scoring path's IDF of ``w`` (no text left out), kept as :meth:`features` keeps it."""
        got = self._idf.get(w)
        if got is None:
            if len(self._idf) >= _IDF_KEPT:
                self._idf.clear()
            got = self._idf[w] = math.log((self.docs + 1) / (max(self.df.get(w, 1), 1) + 1)) + 1.0
        return got

    def _kept_dot(self, a: Mapping[str, int], b: Mapping[str, int], idf: Callable[[str], float]
                  ) -> tuple[float, list[str], dict[str, float]]:
        """(the weighted dot product of two texts' terms, their shared terms, each one's IDF) with each
        text's log term weights (1 + log count) kept per mapping, as its length is (:meth:`_kept_norm`): a
        text met the same logarithms in each of its pairs. The same products summed in the same order."""
        la, lb = self._kept_logs(a), self._kept_logs(b)
        shared = _shared_terms(a, b)
        weights = {w: idf(w) for w in shared}
        return sum(la[w] * lb[w] * weights[w] ** 2 for w in shared), shared, weights

    def _kept_logs(self, terms: Mapping[str, int]) -> dict[str, float]:
        got = self._logs.get(id(terms))
        if got is not None and got[0] is terms:
            return got[1]
        if len(self._logs) >= _NORMS_KEPT:
            self._logs.clear()
        logs = {w: 1 + math.log(k) for w, k in terms.items()}
        self._logs[id(terms)] = (terms, logs)  # the mapping held, so its id is not reused
        return logs

    @staticmethod
    def _norm(terms: Mapping[str, int], idf: Callable[[str], float]) -> float:
        """The length of a text's weighted term vector (1.0 for none)."""
        norm = 0.0
        for w, k in terms.items():
            norm += ((1 + math.log(k)) * idf(w)) ** 2
        return math.sqrt(norm) or 1.0

    def _kept_norm(self, terms: Mapping[str, int], idf: Callable[[str], float]) -> float:
        """:meth:`_norm` of ``terms``, kept for that mapping: a text meets the table once per pair
        it is in (3,160 pairs at 80 articles), its length is the same each time."""
        got = self._norms.get(id(terms))
        if got is not None and got[0] is terms:
            return got[1]
        if len(self._norms) >= _NORMS_KEPT:
            self._norms.clear()
        norm = self._norm(terms, idf)
        self._norms[id(terms)] = (terms, norm)  # the mapping held, so its id is not reused
        return norm

    def title_features(self, a: tuple[Mapping[str, int], Mapping[str, int]], b: tuple[Mapping[str, int], Mapping[str, int]],
                       leave_out: Sequence[Mapping[str, int]] = ()) -> list[float]:
        """:data:`TITLE_FEATURES` of two texts' (first-sentence terms, lead terms) (:func:`_title_lead_terms`);
        ``leave_out`` as in :meth:`features`."""
        ab = self.cosine(a[0], b[1], leave_out)
        ba = self.cosine(b[0], a[1], leave_out)
        return [max(ab, ba), min(ab, ba), self.cosine(a[0], b[0], leave_out)]


class _UnreadTerms(TermTable):
    """Stands in for the table when the scoring model reads no :data:`TERM_FEATURES` nor
    :data:`TITLE_FEATURES`: their columns are NaN and the 340 KB table is not loaded (21 CPU-ms a process)."""

    def __init__(self) -> None:
        super().__init__(0, {})

    def features(self, a: Mapping[str, int], b: Mapping[str, int],
                 leave_out: Sequence[Mapping[str, int]] = ()) -> list[float]:
        return [math.nan] * len(TERM_FEATURES)

    def title_features(self, a: tuple[Mapping[str, int], Mapping[str, int]], b: tuple[Mapping[str, int], Mapping[str, int]],
                       leave_out: Sequence[Mapping[str, int]] = ()) -> list[float]:
        return [math.nan] * len(TITLE_FEATURES)


def full_name_features(a: _Text, b: _Text, linked: Sequence[str] | None = None) -> list[float]:
    """:data:`FULL_NAME_FEATURES` of two texts: the two-word names (:func:`_full_names`, folded) both whole
    texts write, and that count over each text's number of them (the smaller and the larger share, at most 1;
    a text without capitals has none: its share is 0). ``linked``: the names both write as
    :func:`_shared_full_names` reads them across two scripts (:func:`_pair_full_names`), counted instead of the
    folded keys both write, which never meet there ("Okay Memiş" / "Окая Мемиша", "Olaf Scholz" / "奥拉夫·朔尔茨")."""
    fa, fb = {k for k, _ in a.full_names}, {k for k, _ in b.full_names}
    shared = len(fa & fb) if linked is None else len(linked)
    lo, hi = _cover(shared, fa, fb)
    return [float(shared), min(lo, 1.0), min(hi, 1.0)]


def _pair_full_names(a: _Text, b: _Text) -> tuple[tuple[str, ...], bool, bool]:
    """(the two-word names both texts write as :func:`_shared_full_names` reads them, whether the texts are in two
    cased scripts (:func:`_other_cased_scripts`), whether the names features count those names). Two cased scripts
    link names as the entity linker reads them, and so does a language the sentence encoder does not read (case
    forms); a cased text and one without capitals (Arabic, Hebrew, Chinese) meet by sound.

    The names features (:func:`full_name_features`) count them for two texts whose spellings fold apart (two
    scripts) in languages the sentence encoder reads (trial64 F1: a Turkish and a Russian report of one earthquake
    had no name in common for the model, "Okay Memiş" / "Окая Мемиша" fold apart). Not with a side it does not
    read (Ukrainian, Greek, Hebrew): the score reads nothing of that text, so a spokesman both quote would make it
    (a Polish and a Ukrainian report of two Warsaw fires, 0.53 and "same story"), and the verdict reads the names
    as evidence on their own (:func:`_blind_score`)."""
    scripts = _other_cased_scripts(a, b)
    read = use_covers(a.lang) and use_covers(b.lang)
    names = _shared_full_names(a, b, linked=scripts or not read)
    # "Rescue Service", "City Council", "Police Department" of two bodies' names: no name in common (issue #11)
    langs = tuple(lg for lg in (base(a.lang), base(b.lang)) if lg)
    names = tuple(n for n in names if not (institution_name_only(n, langs) and _other_bodies_tail(n, a.text, b.text, langs)))
    if nouns := a.noun_words | b.noun_words:
        # a sentence's article and German nouns ("Die Terrormiliz" opening a sentence in both): no name (break53 F4)
        names = tuple(n for n in names if not _article_noun(n, nouns))
    return names, scripts, read and (scripts or a.cased != b.cased)

NAME_KEYS_FILE = f"similarity-name-keys-{MODEL_VERSION}.json"


class NameKeyTable:
    """Document frequencies of the entity linker's name keys (:attr:`_Text.name_keys`) in the texts the models
    were trained on, for :data:`NAME_KEY_FEATURES` (as :class:`TermTable` is for the terms).

    ``docs``: how many texts were counted; ``df``: key -> texts writing it (every key, once a text: a key no
    dev text writes counts as none). Built by ``scripts/train_similarity.py`` from dev.csv only; training
    leaves each row's connected group out of the counts (``leave_out``), as it does for the term table.
    """

    def __init__(self, docs: int, df: Mapping[str, int]):
        self.docs = int(docs)
        self.df = df
        self._idf: dict[str, float] = {}  # the scoring path's IDF of each key met (nothing left out)

    @classmethod
    def load(cls, path: str | Path | None = None) -> NameKeyTable:
        return _data_json(NAME_KEYS_FILE, path, lambda data: cls(data["docs"], data["df"]))

    @classmethod
    def count(cls, texts: Iterable[AbstractSet[str]]) -> NameKeyTable:
        """The table of these texts' name keys (one set of keys a text)."""
        df: Counter[str] = Counter()
        docs = 0
        for keys in texts:
            df.update(keys)
            docs += 1
        return cls(docs, dict(df))

    def features(self, a: AbstractSet[str], b: AbstractSet[str], leave_out: Sequence[AbstractSet[str]] = ()) -> list[float]:
        """:data:`NAME_KEY_FEATURES` of two texts' name keys: the cosine of their IDF-weighted key sets
        (IDF log((docs + 1) / (df + 1))), how many shared keys at most :data:`RARE_DF` counted texts write,
        and the summed IDF of the shared keys over the shorter key list. ``leave_out``: the keys of counted
        texts to take out of the counts (training: each pair's own connected group). Sums are
        :func:`math.fsum`: the same whatever the order of the sets (PYTHONHASHSEED)."""
        if leave_out:
            docs = self.docs - len(leave_out)

            def df(k: str) -> int:
                return self.df.get(k, 0) - sum(1 for t in leave_out if k in t)

            def idf(k: str) -> float:
                return math.log((docs + 1) / (df(k) + 1))
        else:
            counts = self.df

            def df(k: str) -> int:
                return counts.get(k, 0)

            idf = self._kept_idf
        wa = {k: idf(k) for k in a}
        wb = {k: idf(k) for k in b}
        shared = a & b
        na = math.sqrt(math.fsum(v * v for v in wa.values()))
        nb = math.sqrt(math.fsum(v * v for v in wb.values()))
        dot = math.fsum(wa[k] * wb[k] for k in shared)
        return [dot / (na * nb) if na and nb else 0.0, float(sum(1 for k in shared if df(k) <= RARE_DF)),
                math.fsum(wa[k] for k in shared) / max(min(len(a), len(b)), 1)]

    def _kept_idf(self, k: str) -> float:
        got = self._idf.get(k)
        if got is None:
            if len(self._idf) >= _IDF_KEPT:
                self._idf.clear()
            got = self._idf[k] = math.log((self.docs + 1) / (self.df.get(k, 0) + 1))
        return got

_NAME_KEY_TABLE: list[NameKeyTable] = []


def name_key_table() -> NameKeyTable:
    """The shipped :class:`NameKeyTable` (read once per process)."""
    if not _NAME_KEY_TABLE:
        _NAME_KEY_TABLE.append(NameKeyTable.load())
    return _NAME_KEY_TABLE[0]

_TERM_TABLE: list[TermTable] = []


def term_table() -> TermTable:
    """The shipped :class:`TermTable` (read once per process)."""
    if not _TERM_TABLE:
        _TERM_TABLE.append(TermTable.load())
    return _TERM_TABLE[0]

LEAD_BANK_FILE = f"similarity-lead-bank-{MODEL_VERSION}.npz"

MARGIN_NEIGHBOURS = 10  # nearest bank leads whose mean cosine is a lead's hubness (MARGIN_FEATURES)

# A bank lead this close to a lead is that lead (a dev text scored again: its own float16 row is at 0.99986-1.0001) or
# a copy of it, not another text (LeadBank.nearest); no dev lead has a lead of another connected group that close (the
# closest two: 0.9953).
SAME_LEAD_COS = 0.999


class LeadBank:
    """The e5 lead vectors of the dev texts and their languages: what the lead cosine of two
    unrelated texts of two languages is (:data:`BANK_FEATURES`).

    An e5 cosine of 0.85 is close for two English leads and ordinary for a German and an
    English one: each lead sits at its own height against each language. For a pair (a, b)
    the pool is a's cosines to the bank's leads in b's language and b's to those in a's (the
    whole bank when neither language is in it); the features are the pair's cosine less the
    pool's mean, and that over the pool's spread. ``vectors``: unit rows (stored as float16,
    computed in float32); built by ``scripts/train_similarity.py`` from dev.csv only. Training
    leaves each pair's connected group out (``keep``), as an unseen pair never meets itself.
    """

    def __init__(self, vectors: np.ndarray, languages: Sequence[str]):
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.languages = np.array([_lang_code(x) for x in languages])
        self._by_lang = {code: np.flatnonzero(self.languages == code) for code in set(self.languages.tolist())}
        # A lead's cosines to one language's bank rows, kept: a lead meets the bank once per pair it is
        # in (~40 pairs an article in refine, N-1 in compare), at ~0.2 CPU-ms a product of 600 rows.
        self._sims: dict[tuple[bytes, str], np.ndarray] = {}
        # a lead's mean cosine to its nearest rows (margins), those rows and their cosines (nearest)
        self._hubs: dict[tuple[bytes, str], tuple[float, np.ndarray, np.ndarray]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> LeadBank:
        return _data_arrays(LEAD_BANK_FILE, path,
                            lambda data: cls(data["vectors"], [str(x) for x in data["languages"]]))

    def save(self, path: str | Path) -> None:
        with open(path, "wb") as fh:
            np.savez_compressed(fh, vectors=self.vectors.astype(np.float16), languages=self.languages.astype("U8"))

    def features(self, a: np.ndarray, b: np.ndarray, lang_a: str | None, lang_b: str | None, cos: float,
                 keep: np.ndarray | None = None) -> list[float]:
        """:data:`BANK_FEATURES` of two leads whose cosine is ``cos``; ``keep``: bank rows to use (training)."""
        sims = [self._lang_sims(vec, _lang_code(other), keep) for vec, other in ((a, lang_b), (b, lang_a))]
        pool = np.concatenate(sims)
        if not len(pool):
            rows = np.flatnonzero(keep) if keep is not None else np.arange(len(self.vectors))
            pool = np.concatenate([self.vectors[rows] @ _unit(a), self.vectors[rows] @ _unit(b)])
        mean, spread = float(pool.mean()), float(pool.std())
        return [cos - mean, (cos - mean) / (spread or 1.0)]

    def margins(self, a: np.ndarray, b: np.ndarray, cos: float, keep: np.ndarray | None = None) -> list[float]:
        """:data:`MARGIN_FEATURES` of two leads whose cosine is ``cos``: ``2 cos - h_a - h_b`` (CSLS) and
        ``cos / ((h_a + h_b) / 2)`` (ratio margin), ``h_x`` the mean cosine of lead x to its
        :data:`MARGIN_NEIGHBOURS` nearest bank leads of any language; ``keep``: bank rows to use (training)."""
        ha, hb = self._hub(a, keep), self._hub(b, keep)
        return [2 * cos - ha - hb, cos / ((ha + hb) / 2) if ha + hb else 0.0]

    def nearest(self, a: np.ndarray, b: np.ndarray, cos: float, keep: np.ndarray | None = None) -> list[float]:
        """:data:`NEAREST_FEATURES` of two leads whose cosine is ``cos``: ``cos`` less the larger and less the smaller
        of the two leads' highest cosines to one other bank lead; ``keep``: bank rows to use (training leaves the
        pair's connected group out). A lead that is nearly another, unrelated text's (a site's block page, a donation
        or cookie notice that fills the lead) is not the article the annotators read: its pair is no closer than that
        unrelated text, whatever the cosine. A bank lead at :data:`SAME_LEAD_COS` or more to either lead of the pair
        is that lead (a dev text scored again: itself, or its partner's row) or a copy of it, no other text: left
        out, so a dev pair scores as an unseen one does, and as training read it (its group left out; no dev lead
        has a lead of another group that close). Reuses the bank products the margins make (:meth:`_hub_pair`): no
        e5 call, and a dot product per kept nearest row (stop 47, model47; a model column since stop 52, pearson52)."""
        na, nb = self._nearest_other(a, b, keep), self._nearest_other(b, a, keep)
        return [cos - max(na, nb), cos - min(na, nb)]

    def _nearest_other(self, vec: np.ndarray, partner: np.ndarray, keep: np.ndarray | None) -> float:
        """The highest cosine of the lead ``vec`` to a bank row (of those in ``keep``) that is neither ``vec`` nor
        ``partner`` nor a copy of either (cosine below :data:`SAME_LEAD_COS` to both); 0.0 when there is none."""
        rows, sims = self._hub_pair(vec, keep)[1:]
        other = self.vectors[rows] @ _unit(partner) < SAME_LEAD_COS if len(rows) else np.zeros(0, dtype=bool)
        ok = (sims < SAME_LEAD_COS) & other
        if ok.any():
            return float(sims[ok].max())
        if keep is None and len(rows) < len(self.vectors) or keep is not None and len(rows) < int(keep.sum()):
            # every one of the nearest rows is one of the two leads: read the whole bank
            index = np.arange(len(self.vectors)) if keep is None else np.flatnonzero(keep)
            every = self.vectors[index] @ _unit(vec)
            ok = (every < SAME_LEAD_COS) & (self.vectors[index] @ _unit(partner) < SAME_LEAD_COS)
            return float(every[ok].max()) if ok.any() else 0.0
        return 0.0

    def _hub(self, vec: np.ndarray, keep: np.ndarray | None) -> float:
        """Mean cosine of the lead ``vec`` to its nearest bank rows (those in ``keep``; kept per lead otherwise)."""
        return self._hub_pair(vec, keep)[0]

    def _hub_pair(self, vec: np.ndarray, keep: np.ndarray | None) -> tuple[float, np.ndarray, np.ndarray]:
        """(mean cosine of the lead ``vec`` to its :data:`MARGIN_NEIGHBOURS` nearest bank rows, those rows' indices in
        the bank, their cosines), over the rows in ``keep``; kept per lead when every row is used."""
        key = (np.asarray(vec, dtype=np.float32).tobytes(), "")
        got = self._hubs.get(key) if keep is None else None
        if got is None:
            index = np.arange(len(self.vectors)) if keep is None else np.flatnonzero(keep)
            sims = self.vectors[index] @ _unit(vec)
            k = min(MARGIN_NEIGHBOURS, len(sims))
            top = np.argpartition(sims, -k)[-k:] if k else np.zeros(0, dtype=np.int64)
            got = (float(sims[top].mean()) if k else 0.0, index[top], sims[top])
            if keep is None:
                if len(self._hubs) >= _LEAD_SIMS_KEPT:
                    self._hubs.clear()
                self._hubs[key] = got
        return got

    def _lang_sims(self, vec: np.ndarray, lang: str, keep: np.ndarray | None) -> np.ndarray:
        """Cosines of the lead ``vec`` to the bank rows of ``lang`` (those in ``keep``; kept per lead
        and language when all rows are used)."""
        rows = self._by_lang.get(lang, np.zeros(0, dtype=np.int64))
        if keep is not None:
            return self.vectors[rows[keep[rows]]] @ _unit(vec)
        key = (np.asarray(vec, dtype=np.float32).tobytes(), lang)
        got = self._sims.get(key)
        if got is None:
            if len(self._sims) >= _LEAD_SIMS_KEPT:
                self._sims.clear()
            got = self._sims[key] = self.vectors[rows] @ _unit(vec)
        return got


def _lang_code(lang: str | None) -> str:
    return (lang or "").split("-")[0].lower()


def _unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32).reshape(-1)
    n = float(np.linalg.norm(v))
    return v / n if n else v

_LEAD_BANK: list[LeadBank] = []

_LEAD_SIMS_KEPT = 20_000  # (lead, language) cosine rows, ~2.4 KB each at most (the 596 English rows)


def lead_bank() -> LeadBank:
    """The shipped :class:`LeadBank` (read once per process)."""
    if not _LEAD_BANK:
        _LEAD_BANK.append(LeadBank.load())
    return _LEAD_BANK[0]


def _ratio(x: float, y: float) -> float:
    return min(x, y) / max(x, y) if max(x, y) > 0 else 1.0


def _gap_days(a: str | None, b: str | None) -> float | None:
    from datetime import date

    try:
        return float(abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)) if a and b else None
    except ValueError:
        return None


def _common_nouns(a: _Text, b: _Text) -> frozenset[str]:
    """German common nouns of either side, unless the other side (not German) writes them as a name."""
    nouns = a.noun_words | b.noun_words
    if not nouns:
        return frozenset()
    other = (b.inner_names if not b.noun_words else frozenset()) | (a.inner_names if not a.noun_words else frozenset())
    return frozenset(nouns - other)


def _article_noun(label: str, nouns: AbstractSet[str]) -> bool:
    """Whether the name ``label`` is a function word opening a sentence and common nouns (:func:`_noun_words`): "Die
    Terrormiliz" of "Die Terrormiliz al-Shabaab bekannte sich …", no name two reports share."""
    words = label.split()
    if len(words) < 2 or words[0].lower() not in _COMMON_INITIAL:
        return False
    return all(_fold(w).replace(" ", "") in nouns for w in words[1:])


def _fragment(key: str, fragments: AbstractSet[str]) -> bool:
    """The folded name is one of the pair's :attr:`_Text.fragment_names`, or one with an elided article
    (French "L'Union" is "lunion" beside English "union"); no fuzzy match: "Fenerbahçe'nin Alman" must
    not take "Fenerbahçe" away."""
    return key in fragments or key[1:] in fragments


def _confirmed_names(labels: Sequence[str], inner: AbstractSet[str],
                     nouns: AbstractSet[str] = frozenset(), own_inner: AbstractSet[str] | None = None,
                     lang: str | None = None) -> tuple[str, ...]:
    """Shared name labels for the reasons: those written capitalised inside a sentence in either
    text (a sentence-initial "About" or "Residents" is no name), calendar and title words, German
    common nouns ("Fähre", "Küste": :func:`_noun_words`) and adjectives of nations ("same names:
    French", trial 10: :func:`storylens.text.nationality_adjectives`) left out. ``own_inner`` and
    ``lang``: the labels' own text's inner names and language; a label that text capitalises only at a
    sentence start, that its lexicon knows as a common word and that neither text writes inside a sentence
    as such (only a name spelled near it: "Regional president …" matched German "Region Emilia-Romagna",
    final41 #7) is no name; "Bush" opening a sentence stays one when the other text writes "Bush" inside one."""
    from rapidfuzz import fuzz

    from .._cache import is_known, lemmatize, simplemma_languages  # simplemma, answered from disk when asked before

    out = []
    outlet_keys = _outlet_keys()
    adjectives = _adjective_keys()
    code = base(lang) if lang else None
    if code is not None:
        # simplemma has no lexicon of some languages the detector names (Arabic): their words are not read as common
        # words (a compare report's Arabic table against a Russian one raised "Unsupported language: ar")
        code = code if code in simplemma_languages() else None
    for label in dict.fromkeys(labels):
        key = _fold(label).replace(" ", "")
        if _calendar_word(label) or key in nouns or key in outlet_keys or key in adjectives:
            continue  # an agency's name ("Reuters") is the source of both texts, not a name they share
        if nouns and _article_noun(label, nouns):
            continue  # a sentence's article and a common noun: "Die Terrormiliz" (break53 F4, beside "Tat")
        low = label.lower()
        if lang and low in stop_words(lang) and not label.isupper() and given_name_gender(label) is None:
            continue  # a function word is never a name, wherever a headline's title case or a run-in puts it ("Für")
        if own_inner is not None and code and key not in own_inner and key not in inner and label.isalpha() \
                and is_known(low, code) and lemmatize(low, code).islower():
            continue  # a common word opening a sentence in its own text ("Regional", "Farmers")
        if key in inner or any(fuzz.ratio(key, k) >= _NAME_RATIO for k in inner):
            out.append(label)
    return tuple(out)
