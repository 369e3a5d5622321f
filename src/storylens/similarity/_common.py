"""Shared constants, score types and text helpers of :mod:`storylens.similarity`: the dimensions, model files,
feature inputs, folding, and the dates and numbers a text writes."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from .._datafile import REINSTALL, SHIPPED_DATA, read_json_bytes
from ..errors import DataFileError, ModelError
from ..text import (
    CLOCK_ZONES,
    base,
    month_names,
)
from ..text._ascii import ASCII
from ..text.segment import quick_sentences
from .shingles import NearDuplicate

T = TypeVar("T")

DIMENSIONS = ("overall", "geography", "entities", "time", "narrative", "style", "tone")

MODEL_VERSION = "v2"

VARIANTS = ("full", "fast")

# The model every entry point uses unless told otherwise: ``full`` scores higher on dev
# (grouped CV 0.826 against 0.794 for ``fast``; 0.811 before its retrain with rare terms and
# the language-calibrated e5 cosine, same folds) and its e5 lead vector is what carries
# cross-lingual pairs; ``fast`` (USE only) costs about a quarter of the CPU per new pair
# for users with large pair files (``settings.similarity_pairs_hint_texts``).
DEFAULT_VARIANT = "full"

GAZETTEER_FILE = "similarity-model-gazetteer.json"

# inflected common words that fold to a city's foreign name: German "Türen" (doors) is Turin's "turen"
# (trial55 F4); built by scripts/build_place_common_forms.py from simplemma's lexicons
PLACE_COMMON_FORMS_FILE = "place-common-forms.json"


def model_files(variant: str = DEFAULT_VARIANT) -> tuple[str, str]:
    """(regressors, metadata) file names of a shipped model variant in ``storylens/data``."""
    if variant not in VARIANTS:
        raise ModelError(f"unknown similarity model {variant!r}: choose one of {', '.join(VARIANTS)}")
    stem = f"similarity-model-{MODEL_VERSION}" + ("" if variant == "full" else f"-{variant}")
    return f"{stem}.joblib", f"{stem}.json"


def shipped_cv_pearson(variant: str) -> float:
    """The dev grouped-CV Pearson (Overall) a shipped model variant records in its metadata."""
    return _data_json(model_files(variant)[1], None, lambda meta: float(meta["cv_pearson"]["overall"]))


def array_model_file(model_file: str) -> str:
    """The arrays file beside a joblib model (``_forest.export_models``): loads without scikit-learn."""
    return model_file.removesuffix(".joblib") + ".npz"

# Sentences embedded one by one (the default inputs, FeatureInputs()): a news story's
# identity is in its head, and the whole-text vector already covers the first 1,200
# characters. Grouped dev CV Pearson (fast model, same folds): 8 head + 2 tail 0.787,
# 5+1 0.788, 3+1 0.789, 3+0 0.786, 2+1 0.786 (within fold noise, ~±0.003), while each
# sentence costs a USE call (~1.6 ms idle; 4-8 ms on a loaded 2-core machine); 3+1 cut
# the CPU per uncached pair by a fifth. The whole-text vector carries the most: without
# it 0.752; 600 characters 0.781; 2,000 characters 0.789.
HEAD_SENTENCES = 3

TAIL_SENTENCES = 1

WHOLE_CHARS = 1200  # the whole-text embedding sees the head only: USE cost grows with length

SENTENCE_CHARS = 400

# The e5 vector (``full`` model only) sees the lead only: ~1.4 ms per token idle, the same
# per token at 24 and at 250 tokens (3.1-4.4 ms at load 8). On dev, 600 characters gave
# the same gain as the whole (truncated) text, 250 about half of it; 24 tokens (~80
# characters) gave +0.004 grouped CV Pearson over USE alone for 2.6x the CPU per pair.
# Again on 2026-11-30 (benchmarks/similarity_cv.py, the 535 dev rows with both leads cached,
# grouped folds): 600 characters 0.798, 300 characters 0.787 (-0.011, bootstrap sd 0.003),
# no e5 0.781, for 0.49 / 0.25 CPU-s per lead at load 12: the lead stays at 600.
# Stop 44 (perf44, int8 engine; similarity_cv.py --lead-chars, the first 800 dev rows, paired folds, without
# the lead-bank features): 600 characters 0.7949, 525 0.7887 (-0.0063, bootstrap sd 0.0022), 450 0.7890 (-0.006,
# sd 0.0027), no e5 0.7762, for 68 / 54 CPU-ms per lead at 600 / 450 (load 13): the 150 CPU-ms pair target is not
# bought with the lead.
LEAD_CHARS = 600

# Where a text says its event happened: the places of its opening characters (title, dateline, first
# sentence), for the rule on places in two countries (_other_countries).
PLACE_LEAD_CHARS = 300

# Languages of the training data. Each side's language is a feature: scores and
# cosines are distributed differently per language; other languages get zeros.
LANGUAGES = ("en", "de", "es", "it", "fr", "pl", "tr", "ru", "ar", "zh")


def to_unit(score_1_to_4: float) -> float:
    """SemEval scale (1 = very similar .. 4 = very dissimilar) -> [0, 1] (1 = same)."""
    return float(min(1.0, max(0.0, (4.0 - score_1_to_4) / 3.0)))


@dataclass(frozen=True)
class PairScore:
    """Similarity of two articles: seven scores in [0, 1] (1 = same), a decision, reasons."""

    overall: float
    geography: float
    entities: float
    time: float
    narrative: float
    style: float
    tone: float
    same_story: bool | None  # None: not enough text to judge (``undecided`` says why)
    reasons: tuple[str, ...] = ()
    model: str = DEFAULT_VARIANT  # the model variant that scored the pair ("custom" for one not shipped)
    # Why there is no verdict (too little text, not article text), else None. The seven
    # scores are still the model's output (research use); reports and JSON withhold them.
    undecided: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON form; without a verdict (``undecided``) the scores are null: a number there reads as one."""
        return {
            **{d: None if self.undecided else round(getattr(self, d), 4) for d in DIMENSIONS},
            "same_story": self.same_story,
            "undecided": self.undecided,
            "reasons": list(self.reasons),
            "model": f"{self.model} {MODEL_VERSION}" if self.model in VARIANTS else self.model,
        }


@dataclass(frozen=True)
class PairFeatures:
    """The feature vector of one pair plus the evidence that explains it."""

    values: tuple[float, ...]
    shared_names: tuple[str, ...] = ()
    # (name, the other text's spelling) of each shared name the other text writes only in another spelling
    # ("Tokayev", "Токаев"): the reasons show both (:func:`_other_spellings`, break57 F10)
    name_spellings: tuple[tuple[str, str], ...] = ()
    # (name, as the reasons show it) of each shared name both texts write inside a longer name, "" for none to show
    # ("Jinping" -> "Xi Jinping", "Madrid" of "Real Madrid" -> "Real Madrid", "York" -> "Nueva York / New York"; "MAX"
    # of "737 MAX" -> ""): :func:`_names_as_shown`, reasons only
    names_shown: tuple[tuple[str, str], ...] = ()
    # shared names that name an international body ("ECOWAS", "UNICEF", "Union" of "African Union" / "Unione
    # africana" both texts write whole): no country of the event (:func:`_body_names`; the country rule of _apart)
    body_names: tuple[str, ...] = ()
    # shared places that a text names as a side of a match ("Liverpool host Everton"): a club, no place in the reasons
    club_places: tuple[str, ...] = ()
    # two-word names both whole texts write (:func:`_shared_full_names`; reasons and the content rule only)
    shared_full_names: tuple[str, ...] = ()
    shared_places: tuple[str, ...] = ()  # named by both texts, not only in one's dateline (where its outlet files from)
    # (label, as text a writes it, as text b writes it) of each shared place, "" where a text writes none of its
    # spellings (a country read from a region's name): the reasons show the texts' own (:func:`_place_spellings`)
    # (a tuple, or in the verdict's rules' features a sequence read on first use: _features._LateSpellings)
    place_spellings: Sequence[tuple[str, str, str]] = ()
    # places both name, one text only in its dateline: no shared place of the event (trial48 F16: "same places:
    # Amman" of two bus crashes), but the one filing place of two reports still supports the same story when
    # the texts' wording differs (the verdict's content rule, :func:`_apart`)
    shared_filed: tuple[str, ...] = ()
    places_only: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    shared_dates: tuple[str, ...] = ()
    shared_numbers: tuple[str, ...] = ()
    # the values of ``shared_numbers``, in its order ("40 тисяч": 40000.0), when the features read them
    shared_values: tuple[float, ...] = ()
    aligned: float = 0.0  # share of sentences with a close counterpart
    published_gap_days: float | None = None
    # The gap the far-apart rule reads (:func:`~storylens.similarity._far._published_apart_gap`): None beside a date
    # that may have been read the other way round or a year's typo, as when a date is unknown.
    published_apart_gap: float | None = None
    # One story's weak ties beside such a gap (:func:`~storylens.similarity._far._far_ties`): (folded word or "",
    # what is shared), read only when published_apart_gap is settings.published_apart_days or more.
    far_ties: tuple[tuple[str, str], ...] = ()
    # The base code of a side's language that capitalises every noun (German), "" otherwise
    # (:func:`~storylens.similarity._far._nouns_capitalised`): there the far-apart rule cannot read that two texts name
    # nothing in common, and holds them apart only on two places the gazetteer knows.
    far_nouns_capitalised: str = ""
    # ... and there, the places each side names and the other does not, as gazetteer ids, without its dateline's (two
    # desks' datelines, "Berlin (dpa)" and "München (dpa)", may tell one event): read only beside far_nouns_capitalised
    far_places: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # Shingle overlap of the two texts: a copy is the same story whatever the model says.
    near_duplicate: NearDuplicate | None = None
    # The places each side names and the other does not, as gazetteer ids ("AL", "c3185728"), and
    # those its opening (PLACE_LEAD_CHARS: the title, dateline and first sentence) names.
    place_ids_only: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    lead_place_ids: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # Each opening's people, none named in the other opening, and the dates that differ
    # (:func:`_people_apart`): ("Viktor Halden", "Irena Kovash", "published 7 days apart").
    people_apart: tuple[str, str, str] | None = None
    # Each opening's names the other text never writes, and how the openings' days differ (:func:`_other_days_apart`:
    # "Monday vs Wednesday"): two occasions of one recurring actor; and the days alone (:func:`_other_days`), which a
    # pair with a side the sentence encoder does not read weighs against one shared place (:func:`_blind_decides`).
    other_days_apart: tuple[str, str, str] | None = None
    other_days: str | None = None
    # The titled names both texts of a pair without capitals write (:func:`_titled_names`: Japanese "石破茂" of
    # "石破茂首相"), which the other-days rule's verdict reads as office holders in common (no names are read there).
    shared_holders: tuple[str, ...] = ()
    # Two events of one kind (:func:`_events_apart`): the reason's words ("30 November vs 23 November, and
    # the later toll is lower (killed: 2 vs 38)"), None when the rule does not hold.
    events_apart: str | None = None
    # Two datelines, neither place written in the other text (:func:`_datelines_apart`): the two places
    # as written, None when the rule does not hold. The verdict reads it with nothing named in common.
    datelines_apart: tuple[str, str] | None = None
    # Two reports of one kind of event about other actors (:func:`_actors_apart`): the reason's parts
    # ("different people: Zhomart Seitkali / Nurlan Bekov", "different places: Karaganda / Pavlodar",
    # "different dates: March 2025 / January 2025"), None when the rule does not hold.
    actors_apart: tuple[str, ...] | None = None
    # One protagonist, two counterparts, two occasions (:func:`_counterparts_apart`): (the shared actor, a's own, b's
    # own, how the texts show two occasions), None when the rule does not hold.
    counterparts_apart: tuple[str, str, str, str] | None = None
    # Two matches of one club pair, or a preview and the report of another match (:func:`_matches_apart`): the
    # evidence, as the verdict's reason writes it; None when the rule does not hold.
    matches_apart: str | None = None
    # Two summits of the same leaders weeks apart with other outcomes (:func:`_summits_apart`): the evidence, as the
    # verdict's reason writes it; None when the rule does not hold.
    summits_apart: str | None = None
    # One office, two holders (:func:`_offices_apart`): (the office as written, a's holder, b's holder), None when the
    # rule does not hold.
    offices_apart: tuple[str, str, str] | None = None
    # Two reports whose openings name other places or things below the country (:func:`_names_apart`):
    # (a's names, b's names). The verdict reads it only beside no shared name or place below the country, or
    # beside ``occasions``.
    names_apart: tuple[str, str] | None = None
    # Whether each opening names someone or something (a person, an actor, a name, a counterpart or a place): the
    # far-apart rule reads only such openings (:func:`~storylens.similarity._verdict._opening_named`).
    openings_named: tuple[bool, bool] = (False, False)
    # The two days the openings date their events on ("27 November and 20 November": :func:`_occasions`), PEOPLE_APART_MIN_DAYS
    # or more apart, none in common, with figures beside them and no figure of one kind alike in both; None
    # otherwise. Beside ``names_apart`` it is two occasions at two places whatever else the texts share (a
    # country's broadcaster, head of state or radio, named in every such report: trial50 F15).
    occasions: str | None = None
    # The days the openings date their events on when they are CITIES_APART_DAYS or more apart (:func:`_weeks_apart`:
    # figures beside both, none of the days in common), alike figures or not ("26 November and 19 November"); None
    # otherwise. Beside ``names_apart``: two occasions of one template a week apart at two places (trial52 F9: wildfires
    # on Rhodes and on Euboea, 150 evacuated and three villages in both).
    weeks_apart: str | None = None
    # (a's opening names and cities, b's) when the openings date their events a week or more apart and the later
    # opening names neither a name nor a city of the earlier's, but something the earlier text never writes
    # (:func:`_recalled_apart`: a new event's report recalls the earlier one only further down); None otherwise.
    recalled_apart: tuple[str, str] | None = None
    # How one text names the other's event when they were published CITIES_APART_DAYS or more apart, as the reasons
    # write it (:func:`_recalled_event`: its day, "its date 6 March (summit)", or what came of it, "the results of
    # the EU summit"); None otherwise. The
    # cities rule stands down beside it: a follow-up in another city that names the event is no other occasion.
    recalled_event: str | None = None
    # The places both texts name only in their datelines (gazetteer ids): where two outlets file from, no place of
    # either event (trial51 F8: two Chile quakes, both "SANTIAGO" datelines, held no city apart).
    filed_ids: frozenset[str] = frozenset()
    # Each opening's names (:func:`_opening_names`) the other text does not write (:func:`_name_written`), and the
    # cities of each opening the other text does not name (labels), for the cities rule (:func:`_lead_cities_apart`).
    lead_names_only: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    lead_cities_only: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    # Whether each side's text writes one of its ``lead_cities_only`` again, as the gazetteer labels it ("Toulon ...
    # the mayor of Toulon"): the city its event is in, not one it mentions once (a speaker's, a team's).
    lead_cities_again: tuple[bool, bool] = (False, False)
    # The names of cities that are common words or given names one text writes as the place and the other only as
    # something else: a storm's, a person's, a noun's modifier (:func:`_word_city_split`: "Florence", "Mobile").
    word_city_split: tuple[str, ...] = ()
    # Each opening's road or line codes ("A1" / "A14": :func:`_roads_apart`) when both openings number a road and no
    # code of either is written in the other text; None otherwise.
    roads_apart: tuple[str, str] | None = None
    # Each side's desk places (:func:`_desk_places`): gazetteer ids its dateline names and its body writes nowhere,
    # not even by country ("Reuters / LONDON" over a report on "the valley"): where the outlet files from. The
    # country and datelines rules leave them out when the texts agree sentence by sentence (:func:`_desk_agreement`).
    desk_place_ids: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    desk_labels: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # the same places as the reasons write them
    # Each side's places apart that the reasons do not write as the event's (try46 F10): the cities its dateline names
    # and its body never writes (新华社成都, "(베이징=연합뉴스)", "BERLIN (dpa) -": where the desk files from, whatever
    # country the body names) and the places it names only as where someone was taken ("taken to hospital in Köln");
    # and the first of these alone, as the reasons write them. The rules read the places as before.
    elsewhere_labels: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    filed_labels: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
    # ``shared_full_names`` of two texts written in two cased scripts (:func:`_other_cased_scripts`: "Okay Memiş" /
    # "Окая Мемиша"), which the reasons list beside the kept sentences' names (:func:`_with_full_names`); () otherwise.
    scripts_names: tuple[str, ...] = ()
    # The spelling keys of words of names either text writes after a role noun (:attr:`_Text.role_names`): the
    # verdict of a pair with an unread side reads such a name as its office's, no evidence of one event alone.
    role_names: frozenset[str] = frozenset()
    # The ``shared_numbers`` written without a digit that give no figure ("dozens", "hundreds", Indonesian "ratusan":
    # a vague amount, its value a representative one): the rules read them as before, the reasons list them as no
    # figure in common (break49 O5: "figures: Ratusan" was the one figure of a pair with an unread side).
    vague_numbers: tuple[str, ...] = ()
    # Small tolls both texts state, one value of one counted noun ("Three people died" / "Drei Menschen starben"): the
    # reasons list them with the figures in common; no rule reads them (dates72: counts under 10 were never listed)
    shared_counts: tuple[str, ...] = ()
    # the whole counts under 10 both texts write with the same kind and measure ("three people" / "3 people"), as
    # the first writes them: read only by the far-apart rule's place tie (similarity._verdict._place_alone)
    shared_small_counts: tuple[str, ...] = ()
    # the shared one-word names each text writes right after another capitalised word, the family name of a person
    # each names in full, whatever its case ending ("Jana Kowalskiego" / "Jan Kowalski", "Ивана Петрова" / "Иван
    # Петров": no two-word name in common is read across them): read only by the far-apart rule's place tie
    # (similarity._verdict._place_alone; apart72: a trial months after an arrest, in Polish and Russian, held apart)
    shared_name_runs: tuple[str, ...] = ()
    # the later text naming the earlier publication's month, a quotation of 5+ words both write
    # (similarity._far._place_recalls): read only by the far-apart rule's place tie (apart72fix MEDIUM-3)
    place_recalls: tuple[str, ...] = ()

split_sentences = quick_sentences  # moved to storylens.text.segment (one place for splitters)


@dataclass(frozen=True)
class FeatureInputs:
    """What of each text the encoders see: a model records the inputs it was trained on
    (``inputs`` in its metadata; models without it used these defaults), and its
    features are computed the same way when it scores."""

    head_sentences: int = HEAD_SENTENCES
    tail_sentences: int = TAIL_SENTENCES
    whole_chars: int = WHOLE_CHARS
    lead_chars: int = LEAD_CHARS

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any]) -> FeatureInputs:
        """The inputs a model's metadata records; models trained before they were recorded saw
        8 head + 2 tail sentences, 1,200 characters of whole text and a 600-character lead."""
        if "inputs" not in meta:
            return cls(head_sentences=8, tail_sentences=2, whole_chars=1200, lead_chars=600)
        return cls(**{k: int(v) for k, v in meta["inputs"].items() if k in cls.__dataclass_fields__})

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def _keep_head_tail(sentences: list[str], inputs: FeatureInputs | None = None) -> list[str]:
    head, tail = (inputs.head_sentences, inputs.tail_sentences) if inputs else (HEAD_SENTENCES, TAIL_SENTENCES)
    if len(sentences) <= head + tail:
        return sentences
    return sentences[:head] + (sentences[-tail:] if tail else [])


def _is_cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"

# A character :func:`_is_cjk` holds: one search in C where a generator called it per character (50,000
# calls over 24 dev pairs' texts, ~1 CPU-ms a pair; perf41)
_CJK_CHAR = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


# anyascii's transliteration in C (storylens.text._ascii: perf41)
_ASCII = ASCII

_NOT_ALNUM = re.compile(r"[^a-z0-9]+")

# Short strings folded before (words, names, places): the rules fold the same few again and again (24,206
# calls over 24 dev pairs' texts, 4,821 different; ~2 CPU-ms a pair; perf41). Whole texts are not kept.
_FOLDED: dict[str, str] = {}

_FOLDED_CHARS = 64  # longest string kept

_FOLDED_MAX = 1 << 16  # strings kept at most (then forgotten all at once): a few MB


def _fold(s: str) -> str:
    """Transliterate to ASCII and lowercase, so 'Токаев', 'Tokajew' and 'Tokayev' come close."""
    found = _FOLDED.get(s)
    if found is None:
        found = _NOT_ALNUM.sub(" ", (s if s.isascii() else s.translate(_ASCII)).lower()).strip()
        if len(s) <= _FOLDED_CHARS:
            if len(_FOLDED) >= _FOLDED_MAX:
                _FOLDED.clear()
            _FOLDED[s] = found
    return found

_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['’\-](?=[^\W\d_]))*", re.UNICODE)


@lru_cache(maxsize=8)
def _word_matches(text: str) -> tuple[re.Match[str], ...]:
    """``_WORD.finditer(text)``, kept for the last texts read: the readers of one text's analysis (:func:`_analyse`)
    each scanned the whole text for its words, a dozen scans and more a text, and the rules of a pair each text again
    (perf58, issue #16: a scan was ~0.06 CPU-ms of a 1,000-character dev text). A tuple: the readers index and slice
    it, and none changes it."""
    return tuple(_WORD.finditer(text))


@lru_cache(maxsize=8)
def _word_strings(text: str) -> tuple[str, ...]:
    """``_WORD.findall(text)`` (the pattern has no group), kept as :func:`_word_matches` is and read from its
    matches: one scan of a text serves both."""
    return tuple(m.group(0) for m in _word_matches(text))


def _word_hits(word: str, text: str, joiners: str = "-", limit: int = 0, not_after: str = "") -> list[int]:
    """The start of each occurrence of ``word`` in ``text`` that has no word character (re's ``\\w``: a letter,
    digit or "_") or one of ``joiners`` right before or after it, left to right and not overlapping: the starts
    of ``re.finditer(rf"(?<![\\w{joiners}]){re.escape(word)}(?![\\w{joiners}])", text)``, and with ``not_after``
    of that pattern behind ``(?<!{re.escape(not_after)})`` (no ``not_after`` written right before it).
    ``limit``: stop after that many (0: all). Without a pattern compiled for each word: the places, names and
    people rules asked re for ~13 new patterns a pair, re's cache (512) holding none of a new text's words
    (perf48, issue 16: ~1.5 % of an uncached pair's CPU). ``\\w`` is ``str.isalnum()`` or "_" for every code
    point (checked over all of them); an empty ``word`` is left to re."""
    if not word:
        behind = rf"(?<!{re.escape(not_after)})" if not_after else ""
        class_ = "\\w" + re.escape(joiners)
        return [m.start() for m in re.finditer(rf"{behind}(?<![{class_}])(?![{class_}])", text)][: limit or None]
    out: list[int] = []
    size, step = len(word), len(not_after)
    i = text.find(word)
    while i >= 0:
        end = i + size
        before = text[i - 1] if i else ""
        after = text[end] if end < len(text) else ""
        if (not (before and (before.isalnum() or before == "_" or before in joiners))
                and not (after and (after.isalnum() or after == "_" or after in joiners))
                and not (step and i >= step and text.startswith(not_after, i - step))):
            out.append(i)
            if limit and len(out) >= limit:
                break
            i = text.find(word, end)  # finditer goes on after the match
        else:
            i = text.find(word, i + 1)
    return out


def _names(sentences: Sequence[str]) -> list[str]:
    """Capitalised words that are not ordinary words written at a sentence start (cased scripts). The model's name
    features count these as trained: a function word among them is left out of the shared names the reasons and
    rules read (:func:`_confirmed_names`; reading spaCy's stop words here moved 531 SemEval dev scores, 301 of them
    away from gold: reasons59)."""
    lower_words = {w.lower() for s in sentences for w in _WORD.findall(s) if w[:1].islower()}
    out: list[str] = []
    for s in sentences:
        for k, m in enumerate(_WORD.finditer(s)):
            word = m.group(0)
            if len(word) < 2 or not word[:1].isupper() or word.lower() in lower_words:
                continue
            if k == 0 and word.lower() in _COMMON_INITIAL:
                continue
            out.append(word)
    return out

# Function words that open sentences in the languages of the data; capitalised only by position.
_COMMON_INITIAL = frozenset(
    "the a an in on at for but and or as it this that these he she they we i there after when while "
    "der die das ein eine im in am und aber auch es er sie wir nach bei mit von als wie "
    "le la les un une des en et mais il elle ils dans pour après "
    "el los las una y pero en por para con tras según "
    "il lo gli i una e ma nel per con dopo "
    "w na i ale to po z od do jest "
    "bu bir ve ama ile için da de".split()
)

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")

# a year of a date; "(1900 GMT)" is a clock time (trial 17 #10: "same dates: 1900"); digits glued to a Latin,
# Greek or Cyrillic letter are a code, not a year: flight "TK1861", "A2024" (trial55 F4: "same dates: 1861";
# a Han character before a year, "于2024年", is no code)
_DATE_YEAR = re.compile(rf"(?<![\dA-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])(1[89]\d\d|20\d\d)(?!\d)"
                        rf"(?!\s?(?:{'|'.join(CLOCK_ZONES)})(?!\w))")

_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,](\d+))?(?![\w])")

_MONTH_WORDS = {
    "january": 1, "januar": 1, "janvier": 1, "enero": 1, "gennaio": 1, "styczeń": 1, "stycznia": 1, "ocak": 1,
    "january's": 1, "february": 2, "februar": 2, "février": 2, "febrero": 2, "febbraio": 2, "luty": 2,
    "lutego": 2, "şubat": 2, "march": 3, "märz": 3, "mars": 3, "marzo": 3, "marzec": 3, "marca": 3, "mart": 3,
    "april": 4, "avril": 4, "abril": 4, "aprile": 4, "kwiecień": 4, "kwietnia": 4, "nisan": 4, "may": 5,
    "mai": 5, "mayo": 5, "maggio": 5, "maj": 5, "maja": 5, "mayıs": 5, "june": 6, "juni": 6, "juin": 6,
    "junio": 6, "giugno": 6, "czerwiec": 6, "czerwca": 6, "haziran": 6, "july": 7, "juli": 7, "juillet": 7,
    "julio": 7, "luglio": 7, "lipiec": 7, "lipca": 7, "temmuz": 7, "august": 8, "août": 8, "agosto": 8,
    "sierpień": 8, "sierpnia": 8, "ağustos": 8, "september": 9, "septembre": 9, "septiembre": 9,
    "settembre": 9, "wrzesień": 9, "września": 9, "eylül": 9, "october": 10, "oktober": 10, "octobre": 10,
    "octubre": 10, "ottobre": 10, "październik": 10, "października": 10, "ekim": 10, "november": 11,
    "novembre": 11, "noviembre": 11, "listopad": 11, "listopada": 11, "kasım": 11, "december": 12,
    "dezember": 12, "décembre": 12, "diciembre": 12, "dicembre": 12, "grudzień": 12, "grudnia": 12,
    "aralık": 12, "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12, "يناير": 1, "فبراير": 2,
    "مارس": 3, "أبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
}

_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")

_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]+)", re.UNICODE)

# not from inside a word: each start inside a long word ran to its end again (a 20,000-letter word cost ~10 CPU-s
# of `similarity`, lead68); a match inside a word is none anyway (its word's start reaches the same end first)
_MONTH_DAY = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+(\d{1,2})(?!\d)", re.UNICODE)

_CJK_DATE = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")


def _dates(text: str, lang: str | None = None) -> tuple[set[str], set[str], set[int]]:
    """(years, 'month-day' strings, months mentioned) found in the text; a month word read in the text's language
    ``lang`` when that language names a month by it (Croatian "listopada" is October, Polish November: try48 F9)."""
    own = month_names(lang)
    years = set(_DATE_YEAR.findall(text))
    days: set[str] = set()
    months: set[int] = set()
    from ..analysis.quantities import date_in_name

    # a day inside a place's name is none ("Ponte 25 de Abril", "6 October Bridge": trial52 F10 "same dates: 25 April");
    # only a pair whose word is a month word of the tables is asked (the two patterns match any word beside a number,
    # "12 people", "about 20", and asking each was ~0.4 of a rules-only analysis' ~5 CPU-ms on dev texts: ingest67)
    table = month_table(lang)
    found = [(m.group(1), m.group(2)) for m in _DAY_MONTH.finditer(text)
             if m.group(2).lower() in table and not date_in_name(text, m.start(2), m.end(), m.group(2))]
    found += [(m.group(2), m.group(1)) for m in _MONTH_DAY.finditer(text)
              if m.group(1).lower() in table and not date_in_name(text, m.start(1), m.end(), m.group(1))]
    for day, word in found:
        month = _month_of(word, own, table)
        if month and 1 <= int(day) <= 31:
            days.add(f"{month:02d}-{int(day):02d}")
    for m in _CJK_DATE.finditer(text):
        if 1 <= int(m.group(1)) <= 12:
            days.add(f"{int(m.group(1)):02d}-{int(m.group(2)):02d}")
    # each different month word once (a text's words are mostly no month: one set, not a call a word)
    # ... a month word alone only of the tables: babel's forms the tables lack are common words as often (Czech
    # "září" shines, Ukrainian "лютий" fierce, Finnish "joulu" Christmas, Persian "مه" fog: apart72fix 5), so they
    # name a month only beside a day's number (above)
    for low in {w.lower() for w in _word_strings(text)} & _MONTH_WORDS.keys():
        month = _month_of(low, own, table)
        if month:
            months.add(month)
    months.update(int(d[:2]) for d in days)
    return years, days, months


@cache
def month_table(lang: str | None) -> Mapping[str, int]:
    """The month words a day or month is read by in a text of ``lang``: the tables' words (``_MONTH_WORDS``, which
    the features were trained on), and for a language the tables do not cover (not all twelve of its months, and not
    one of the SemEval languages the model learnt from) also its own CLDR month names from babel (:func:`month_names`:
    every width, format and standalone, genitive "11 de fevereiro", "3. února", "20 вересня"), less the abbreviations
    (a form of four letters at most that starts a longer form of its month: Czech "pro" is also "for", Ukrainian
    "лист" a letter). apart72: the far-apart rule read no day of a Portuguese, Czech or Ukrainian follow-up naming its
    event's day (p71-pt-porto-relatorio-data: "o fogo de 11 de fevereiro")."""
    from ..analysis.entities._aliases import _SEMEVAL_LANGS

    own = month_names(lang)
    covered = {m for w, m in own.items() if _MONTH_WORDS.get(w) == m}
    if not own or len(covered) == 12 or base(lang) in _SEMEVAL_LANGS:
        return _MONTH_WORDS
    forms = {w.rstrip("."): m for w, m in own.items()}
    kept = {w: m for w, m in forms.items()
            if not (len(w) <= 4 and any(len(v) > len(w) and v.startswith(w) and n == m for v, n in forms.items()))}
    return {**_MONTH_WORDS, **kept}


def _month_of(word: str, own: Mapping[str, int], table: Mapping[str, int] = _MONTH_WORDS) -> int | None:
    """The month a word of the tables (``_MONTH_WORDS``) names: in the text's own language's table ``own`` when it
    has the word, else in the tables of every language, unless languages name different months by it (Croatian
    "listopada" is October, Polish November: a text whose language has no table of its own gives no month; break49
    N5, "same dates: 26 November" for a Croatian 26 October)."""
    low = word.lower()
    if low not in table:
        return None  # the features were trained on the tables' words only (and the uncovered languages' own)
    if low in own:
        return own[low]
    from ..ingest.dates import disputed_month

    return None if disputed_month(low) else _MONTH_WORDS[low]


def _numbers(text: str) -> set[str]:
    """Numbers as canonical strings (thousands separators removed); years and 1-digit counts skipped."""
    out = set()
    for m in _NUMBER.finditer(text):
        whole = re.sub(r"[.,\s]", "", m.group(1))
        if len(whole) < 2 or _YEAR.fullmatch(whole):
            continue
        out.add(whole.lstrip("0") or "0")
    return out


# The fix for a damaged model or table file given by path (a model trained here): not StoryLens's own files
_RETRAIN = "check the file, or write it again (scripts/train_similarity.py)"


def _data_file(name: str, path: str | Path | None) -> tuple[Path, str]:
    """(where the data file ``name`` is read from, the fix when it is damaged): ``path`` when given, else the
    shipped ``storylens/data/<name>``."""
    if path is not None:
        return Path(path), _RETRAIN
    return SHIPPED_DATA / name, REINSTALL


def _data_bytes(name: str, path: str | Path | None) -> bytes:
    where, fix = _data_file(name, path)
    try:
        return where.read_bytes()
    except FileNotFoundError as exc:
        if path is not None:
            raise
        raise ModelError(
            f"storylens/data/{name} is missing: reinstall storylens or run scripts/train_similarity.py"
        ) from exc
    except OSError as exc:  # unreadable (its permissions), a directory: one line naming it (robust75 R1)
        raise DataFileError(str(where), f"cannot be read ({exc.strerror or exc})", fix) from exc


def _data_json(name: str, path: str | Path | None = None, build: Callable[[Any], T] = lambda raw: raw) -> T:
    """``build`` of the JSON data file ``name`` (or the file at ``path``); a damaged one (empty, cut short, of
    another shape) is a :class:`DataFileError` naming it (robust75 R1)."""
    where, fix = _data_file(name, path)
    return read_json_bytes(_data_bytes(name, path), where, build, fix=fix)


def _data_arrays(name: str, path: str | Path | None, build: Callable[[Any], T]) -> T:
    """``build`` of numpy's archive ``name`` (or the file at ``path``) as ``numpy.load`` reads it; a damaged one
    is a :class:`DataFileError` naming it."""
    import io

    import numpy as np

    where, fix = _data_file(name, path)
    data = _data_bytes(name, path)
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
            return build(arrays)
    except Exception as exc:
        raise DataFileError(str(where), "is damaged (not the arrays StoryLens wrote: cut short or edited)",
                            fix) from exc
