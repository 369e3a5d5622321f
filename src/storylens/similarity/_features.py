"""A pair's feature vector (:func:`pair_features`) and the place spellings it compares."""

from __future__ import annotations

import itertools
import math
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from typing import Any

from ..text import LANGUAGES as TEXT_LANGUAGES
from ..text import (
    base,
    club_words,
    given_name_gender,
    profile,
    stop_words_any,
    territory_names,
)
from ._banks import (
    LeadBank,
    TermTable,
    _cos,
    _cover,
    _embedding_features,
    _gap_days,
    _jaccard,
    _match_name_tokens,
    _other_spellings,
    _pair_full_names,
    _ratio,
    _shared_acronyms,
    _shared_names,
    _word_city_split,
    full_name_features,
    lead_bank,
    name_key_table,
    term_table,
)
from ._columns import BANK_FEATURES, FEATURE_NAMES, MARGIN_FEATURES, NEAREST_FEATURES
from ._common import _WORD, LANGUAGES, FeatureInputs, PairFeatures, _fold, _word_hits, _word_matches
from ._contests import _apart_places, _matches_apart, _summits_apart
from ._events import (
    CITIES_APART_DAYS,
    _date_label,
    _other_days,
    _other_days_apart,
    _people_apart,
    _recalled_event,
)
from ._far import _far_ties, _nouns_capitalised, _place_recalls, _published_apart_gap
from ._offices import _TITLE_WORDS
from ._openings import (
    _competition_words,
    _currency_keys,
    _inflected_country,
    _opens_sentence,
    _place_names,
    _spelling_key,
    _titled_written,
    _without_case_ending,
)
from ._people import _actors_apart, _counterparts_apart, _offices_apart
from ._places import Gazetteer, _place_countries_of, _unelided
from ._rules import (
    _datelines_apart,
    _events_apart,
    _names_apart,
    _opening_named,
    _recalled_apart,
    _roads_apart,
    _shared_quantity_values,
    _shared_small_tolls,
    _telling_name,
    _two_occasions,
    _unwritten_names,
    _weeks_apart,
)
from ._sides import _HEBREW_WORD, _hebrew_word_places, _Side, _sides, _Text
from ._teams import _lead_cut, _results, _team_contest, _team_fixture
from .shingles import near_duplicate


@cache
def _body_forms() -> tuple[frozenset[str], dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """(spelling keys of the international bodies' names, word key -> the bodies with a name of several words it is a
    word of, body -> its names of several words), from text data ``international_body_names``."""
    from ..text import international_body_names

    whole: set[str] = set()
    by_word: dict[str, set[str]] = {}
    long_names: dict[str, list[str]] = {}
    for form, body in international_body_names().items():
        # an acronym of two or three letters is a body's written in capitals only ("Au Mali" is no AU, "Un accord"
        # no UN: the acronym guards of bodies58); its spelling key would hold the word
        whole.add(form if _short_acronym(form) else _spelling_key(form))
        if " " in form:
            long_names.setdefault(body, []).append(form)
            for word in _WORD.findall(form):
                by_word.setdefault(_spelling_key(_unelided(word)), set()).add(body)
    return (frozenset(whole), {k: frozenset(v) for k, v in by_word.items()},
            {k: tuple(v) for k, v in long_names.items()})


def _short_acronym(form: str) -> bool:
    """Two or three capitals, full stops apart ("AU", "UN", "U.N.", "ООН")."""
    bare = form.replace(".", "")
    return 2 <= len(bare) <= 3 and bare.isalpha() and bare.isupper()


def _body_names(names: Sequence[str], texts: tuple[str, str]) -> tuple[str, ...]:
    """The shared ``names`` that name an international or supranational body (text data ``international_bodies``):
    the body's name or acronym ("ECOWAS", "CEDEAO", "ВОЗ"), or one word of a body's name of several words, that body
    named whole in each text, in any of its languages ("L'Unione" / "Union" of "Unione africana" / "African Union").
    Such a body works in many countries: it tells none an event is in (break57 F1: a Niger and a Nigeria coup both
    naming ECOWAS were one story, the country rule silent on "same names: ECOWAS")."""
    whole, by_word, long_names = _body_forms()
    out = []
    for name in names:
        key = _spelling_key(_unelided(_without_case_ending(name)))
        bodies = by_word.get(key, frozenset()) if " " not in name else frozenset()
        if key in whole or name.replace(".", "") in whole or any(all(any(form in text for form in long_names[body]) for text in texts) for body in bodies):
            out.append(name)
    return tuple(out)


def _bracketed_apart(a: _Text, b: _Text) -> tuple[frozenset[str], frozenset[str]]:
    """(the bracketed homonyms of one text only whose bracket's region the other text names not: two towns; those
    both texts bracket, or one brackets and the other names its region: one town). A place id in neither set was
    bracketed by neither text."""
    only_a = a.bracketed_places - b.bracketed_places
    only_b = b.bracketed_places - a.bracketed_places
    both = a.bracketed_places & b.bracketed_places
    named_a = only_a if a.bracket_countries & b.region_countries else frozenset[str]()
    named_b = only_b if b.bracket_countries & a.region_countries else frozenset[str]()
    return (only_a - named_a) | (only_b - named_b), both | named_a | named_b


def _features(side_a: _Side, side_b: _Side, gazetteer: Gazetteer, terms: TermTable | None = None,
              leave_out: Sequence[Mapping[str, int]] = (), bank: LeadBank | None = None, *,
              late_spellings: bool = False) -> PairFeatures:
    """Features of one pair; ``terms``: the document frequencies (default: the shipped table),
    ``leave_out`` as :meth:`TermTable.features` (training only); ``bank``: the dev leads
    (default: the shipped :class:`LeadBank`, read only when both sides have an e5 lead). ``late_spellings``: the
    shared places' spellings (:attr:`PairFeatures.place_spellings`) are read when first used
    (:class:`_LateSpellings`), for a caller that reads the verdict's rules only."""
    from ..settings import DEFAULT

    emb, aligned = _embedding_features(side_a, side_b)
    a, b = side_a.info, side_b.info
    has_leads = side_a.lead is not None and side_b.lead is not None
    lead_cos = _cos(side_a.lead, side_b.lead) if has_leads else math.nan  # type: ignore[arg-type]
    bank = (lead_bank() if bank is None else bank) if has_leads else None
    cased = a.cased and b.cased
    # the two-word names both write: the reasons list them, and across two scripts the names features count them
    full_names, scripts, across = _pair_full_names(a, b)
    # two words naming two places are no name in common, however alike ("Niger" / "Nigeria": break56b F3)
    names, n_shared, na, nb = _match_name_tokens(
        side_a.name_tokens, side_b.name_tokens, (side_a.token_places(gazetteer), side_b.token_places(gazetteer))
    ) if cased else ([], 0, 0, 0)
    n_cover = _cover(n_shared, set(range(na)), set(range(nb)))
    pa, pb = a.places, b.places
    p_cover = _cover(len(pa & pb), pa, pb)
    ya, da, ma, yb, db, mb = a.years, a.days, a.months, b.years, b.days, b.months
    nua, nub = a.numbers, b.numbers
    sa, sb = a.style, b.style
    gap = _gap_days(a.published, b.published)
    far_gap = None if gap is None else _published_apart_gap(a.published, b.published, DEFAULT.published_apart_days)
    nouns_capitalised = _nouns_capitalised(a, b)
    same_lang = 0.5 if not (a.lang and b.lang) else float(a.lang.split("-")[0] == b.lang.split("-")[0])
    values = emb + [
        _jaccard(set(range(n_shared)), set(range(na + nb - n_shared))) if na + nb else 0.0,
        *n_cover, float(n_shared), float(min(na, nb)), float(max(na, nb)),
        _jaccard(a.words, b.words), _jaccard(a.char3, b.char3),
        _jaccard(pa, pb), p_cover[0], float(len(pa & pb)), float(min(len(pa), len(pb))), float(max(len(pa), len(pb))),
        _jaccard(ya, yb), float(len(ya & yb)), float(bool(ya and yb)), _jaccard(da, db), float(len(da & db)),
        _jaccard(ma, mb), _jaccard(nua, nub), float(len(nua & nub)), float(min(len(nua), len(nub))),
        _ratio(len(a.text), len(b.text)), math.log1p(min(len(a.text), len(b.text))),
        _ratio(len(a.sentences), len(b.sentences)), _ratio(sa["avg_sent"], sb["avg_sent"]),
        abs(sa["quote"] - sb["quote"]), abs(sa["digit"] - sb["digit"]), abs(sa["upper"] - sb["upper"]),
        abs(sa["punct"] - sb["punct"]), abs(sa["question"] - sb["question"]), same_lang, float(cased),
        float(side_a.cjk_start or side_b.cjk_start),
        *_language_features(a.lang, b.lang),
        lead_cos,
        *(terms or term_table()).features(a.terms, b.terms, leave_out),
        *(bank.features(side_a.lead, side_b.lead, a.lang, b.lang, lead_cos)
          if bank is not None and side_a.lead is not None and side_b.lead is not None
          else [math.nan] * len(BANK_FEATURES)),
        *(terms or term_table()).title_features((a.title_terms, a.lead_terms), (b.title_terms, b.lead_terms), leave_out),
        *(bank.margins(side_a.lead, side_b.lead, lead_cos)
          if bank is not None and side_a.lead is not None and side_b.lead is not None
          else [math.nan] * len(MARGIN_FEATURES)),
        *full_name_features(a, b, full_names if across else None),
        *name_key_table().features(a.name_keys, b.name_keys),
        *(bank.nearest(side_a.lead, side_b.lead, lead_cos)
          if bank is not None and side_a.lead is not None and side_b.lead is not None
          else [math.nan] * len(NEAREST_FEATURES)),
    ]
    assert len(values) == len(FEATURE_NAMES)
    # the reasons and the place rule read these too (trial 13: "El Bolsón (Argentina), 30 nov (EFE).-" was
    # the only "Argentina" of a report judged the same story as Sydney's fire, no place apart)
    # and the country of a region the text names ("Nuevo México": the United States; final31 #9)
    # and, in a language the sentence encoder does not read, the places the body writes in a case form ("Харкові")
    pa = pa | a.spelled_places | a.dateline_places | a.region_countries | a.inflected_places
    pb = pb | b.spelled_places | b.dateline_places | b.region_countries | b.inflected_places
    # a place the body writes only in lower case ("la Patagonia argentina") or inside a name is no place
    # of the text, unless its dateline names it ("El Bolsón (Argentina)")
    off_a = (a.name_places | a.lower_places) - a.dateline_places
    off_b = (b.name_places | b.lower_places) - b.dateline_places
    apart_a, apart_b = pa - pb - off_a - a.doubtful_places, pb - pa - off_b - b.doubtful_places
    only_a, only_b = apart_a, apart_b
    if only_a and only_b:  # "different places" (reasons only): neither a city in the other's country nor a word
        # a country only a region's name holds is no place to be inside ("Guinea" of "Guinea-Bissau" left
        # "different places: Guinea-Bissau vs (nothing)" beside Conakry)
        only_a, only_b = _apart_places(only_a - side_a.word_places(gazetteer), pa - off_a,
                                       only_b - side_b.word_places(gazetteer), pb - off_b)
    places_a = tuple(gazetteer.labels.get(p, p) for p in sorted(only_a))
    places_b = tuple(gazetteer.labels.get(p, p) for p in sorted(only_b))
    # a place both texts name, one of them only inside a person's name ("Carolina Tohá"), is no shared place;
    # nor is one a text names only in its dateline: where the outlet files from, not where its event is (trial48
    # F16: two bus crashes in Jordan were "same places: Amman", both datelines and one text's "south of Amman")
    filed = (a.dateline_places - a.places - a.inflected_places) | (b.dateline_places - b.places - b.inflected_places)
    shared_places = (pa & pb) - off_a - off_b - filed
    bracketed = a.bracketed_places or b.bracketed_places
    apart, same = _bracketed_apart(a, b) if bracketed else (frozenset[str](), frozenset[str]())
    if bracketed:
        # a town both texts place by its bracket's region is one town: "PARIS (Texas)" twice, or beside "PARIS,
        # Texas", keeps "same place: Paris" (places73fix P12-P17)
        shared_places |= (pa & pb & same) - ((off_a | off_b) - same) - filed
    dates = sorted(_date_label(d) for d in da & db) + sorted(ya & yb)
    given = a.given_names | b.given_names | a.word_names | b.word_names  # once per pair, not once per name
    fragments = a.fragment_names | b.fragment_names
    occasions = _two_occasions(a.opening.event, b.opening.event)
    weeks = _weeks_apart(a.opening.event, b.opening.event)
    lead_ids = (((a.opening.places | a.opening.spelled) - off_a - a.doubtful_places) | a.opening.regions,
                ((b.opening.places | b.opening.spelled) - off_b - b.doubtful_places) | b.opening.regions)
    shared_names = _shared_names(names, side_a, side_b, given, fragments, gazetteer, full_names) if names else ()
    if shared_names and bracketed:
        # a town's name one text writes with another country's region in brackets, and the other text with neither
        # the bracket nor its region, names two towns: no shared name ("Paris (Texas)" and Paris, France: "same
        # names: Paris" once "same place: Paris" was gone; places73)
        shared_names = tuple(n for n in shared_names if gazetteer.names.get(_fold(n)) not in apart)
    filed_a, filed_b = _filed_cities(a), _filed_cities(b)
    numbers = _shared_quantity_values(a.quantities, b.quantities)
    number_values = tuple(sorted(numbers, reverse=True))  # largest first
    # the far-apart rule's place tie reads the name runs and recalls (similarity._verdict._place_alone): asked only then
    place_far = far_gap is not None and far_gap >= DEFAULT.published_apart_place_days and bool(shared_places)
    roads = _roads_apart(a, b)
    if roads is not None and any(_telling_name(n, (a.lang, b.lang)) for n in shared_names):
        roads = None
    # a common name read across two scripts is a namesake as often (break49 N6); in one script the spelling ties it
    # ("Chad Wolf", "Martin Lee" of one SemEval dev story each). Reasons only: the features counted them above.
    cross = scripts or a.cased != b.cased
    full_names = tuple(n for n in full_names if not _money_phrase(n) and not _noun_phrase(n, (a.lang, b.lang), (a.text, b.text))
                       and (shared_places or not cross or not _common_full_name(n)))
    full_names = _whole_runs(full_names, (a.text, b.text), (base(a.lang), base(b.lang)))
    endings = not (a.lang and b.lang) or bool({base(a.lang), base(b.lang)} & _name_case_languages())
    return PairFeatures(
        values=tuple(float(v) for v in values),
        shared_names=shared_names,
        name_spellings=tuple((n, w) for n, w in {**_other_spellings(side_b.name_tokens, side_a.name_tokens, endings),
                                                  **_other_spellings(side_a.name_tokens, side_b.name_tokens, endings)}.items()
                             if n in shared_names),
        names_shown=_names_as_shown(shared_names, a, b, gazetteer),
        body_names=_body_names(shared_names, (a.text, b.text)),
        club_places=_club_places(shared_places, a, b, gazetteer),
        shared_full_names=full_names,
        scripts_names=full_names + _shared_acronyms(a, b) if scripts else (),
        role_names=a.role_names | b.role_names,
        shared_places=tuple(sorted(gazetteer.labels.get(p, p) for p in shared_places)),
        place_spellings=_LateSpellings(shared_places, a, b, gazetteer) if late_spellings and shared_places
        else _shared_place_spellings(shared_places, a, b, gazetteer),
        shared_filed=tuple(sorted(gazetteer.labels.get(p, p) for p in ((pa & pb) - off_a - off_b) & filed)),
        places_only=(places_a, places_b),
        place_ids_only=(frozenset(apart_a), frozenset(apart_b)),
        lead_place_ids=lead_ids,
        shared_dates=tuple(dates),
        shared_numbers=tuple(numbers[v] for v in number_values),
        vague_numbers=tuple(numbers[v] for v in number_values if numbers[v] in {
            x.text for x in a.quantities if x.vague and not any(ch.isdigit() for ch in x.text)}),
        shared_counts=_shared_small_tolls(a.small_quantities, b.small_quantities),  # the reasons' only
        shared_values=number_values,
        shared_small_counts=tuple(_shared_quantity_values(a.small_quantities, b.small_quantities).values()),
        shared_name_runs=_name_runs(shared_names, shared_places, a, b, gazetteer) if place_far else (),
        place_recalls=_place_recalls(a, b) if place_far else (),
        aligned=aligned,
        published_gap_days=gap,
        published_apart_gap=far_gap,
        far_ties=_far_ties(a, b, gazetteer) if far_gap is not None and far_gap >= DEFAULT.published_apart_days else (),
        far_nouns_capitalised=nouns_capitalised,
        far_places=(frozenset(apart_a - a.dateline_places), frozenset(apart_b - b.dateline_places))
        if nouns_capitalised else (frozenset(), frozenset()),
        near_duplicate=near_duplicate(a.shingles, b.shingles, wall=a.wall or b.wall, texts=(a.text, b.text),
                                      updates=_may_update(gap)),
        people_apart=_people_apart(a, b, gap),
        other_days_apart=_other_days_apart(a, b, gazetteer),
        shared_holders=tuple(w for w in sorted(a.role_names) if _titled_written(w, b))
        if not (a.cased or b.cased) else (),
        other_days=None if a.days & b.days else _other_days(a.opening, b.opening),
        events_apart=_events_apart(a.opening.event, b.opening.event),
        datelines_apart=_datelines_apart(a, b),
        actors_apart=_actors_apart(a, b, gazetteer),
        counterparts_apart=_counterparts_apart(a, b, gazetteer),
        matches_apart=_matches_apart(a, b),
        summits_apart=_summits_apart(a, b, gazetteer),
        offices_apart=_offices_apart(a, b),
        # a city both name is a shared place, unless both datelines name it (two reports filed from Athens) or
        # the openings date two occasions (two buses from Lima, trial50 F15)
        names_apart=None if occasions is None and weeks is None
        and any(p.startswith("c") for p in shared_places - (a.dateline_places & b.dateline_places))
        else _names_apart(a, b, gazetteer),
        openings_named=(_opening_named(a), _opening_named(b)),
        occasions=occasions,
        weeks_apart=weeks,
        recalled_apart=None if weeks is None else _recalled_apart(a, b, gazetteer, lead_ids),
        recalled_event=(None if (gap or 0.0) < CITIES_APART_DAYS
                        else (_recalled_event(a, b, gazetteer) or (None, None))[1]),
        filed_ids=frozenset((a.dateline_places - a.places) & (b.dateline_places - b.places)),
        lead_names_only=(tuple(_unwritten_names(_place_names(a.opening.names, a), a, b, gazetteer)),
                         tuple(_unwritten_names(_place_names(b.opening.names, b), b, a, gazetteer))),
        roads_apart=roads,
        # a city only its dateline names is where the outlet files from, not the event's (trial52: "Santa Cruz de
        # Tenerife" vs "Madrid" read as the places of two island fires)
        lead_cities_only=tuple(tuple(sorted(gazetteer.labels.get(p, p) for p in lead & only & (t.places | t.spelled_places)
                                            if p.startswith("c")))
                               for lead, only, t in zip(lead_ids, (apart_a, apart_b), (a, b))),  # type: ignore[arg-type]
        word_city_split=_word_city_split(a, b, gazetteer),
        lead_cities_again=tuple(any(_written_twice(p, t, gazetteer)
                                    for p in lead & only & (t.places | t.spelled_places) if p.startswith("c"))
                                for lead, only, t in zip(lead_ids, (apart_a, apart_b), (a, b))),  # type: ignore[arg-type]
        elsewhere_labels=(_labels(gazetteer, filed_a | a.destination_places), _labels(gazetteer, filed_b | b.destination_places)),
        filed_labels=(_labels(gazetteer, filed_a), _labels(gazetteer, filed_b)),
        desk_place_ids=(desk_a := _desk_places(a), desk_b := _desk_places(b)),
        desk_labels=(frozenset(gazetteer.labels.get(p, p) for p in desk_a), frozenset(gazetteer.labels.get(p, p) for p in desk_b)),
    )


class _LateSpellings(Sequence[tuple[str, str, str]]):
    """:func:`_shared_place_spellings` of a pair, read on first use and kept: the verdict's rules read a pair's
    spellings only through :func:`_place_keys`, for a name among the shared places (7 of the 432 pairs the online
    join's rules read on 2,500 dev texts), and reading them was 0.78 of the rules' 2.0 CPU-s of features there
    (perf56, issue #16). Equal to, and hashed and pickled as, the tuple it stands for."""

    __slots__ = ("_args", "_value")

    def __init__(self, ids: AbstractSet[str], a: _Text, b: _Text, gazetteer: Gazetteer):
        self._args: tuple[Any, ...] | None = (ids, a, b, gazetteer)
        self._value: tuple[tuple[str, str, str], ...] | None = None

    def _read(self) -> tuple[tuple[str, str, str], ...]:
        if self._value is None:
            assert self._args is not None  # set until read
            self._value, self._args = _shared_place_spellings(*self._args), None
        return self._value

    def __getitem__(self, index: Any) -> Any:
        return self._read()[index]

    def __len__(self) -> int:
        return len(self._read())

    def __iter__(self) -> Any:
        return iter(self._read())

    def __eq__(self, other: object) -> bool:
        return self._read() == (other._read() if isinstance(other, _LateSpellings) else other)

    def __hash__(self) -> int:
        return hash(self._read())

    def __repr__(self) -> str:
        return repr(self._read())

    def __reduce__(self) -> tuple[Any, ...]:
        return tuple, (self._read(),)


def _shared_place_spellings(ids: AbstractSet[str], a: _Text, b: _Text, gazetteer: Gazetteer
                            ) -> tuple[tuple[str, str, str], ...]:
    """(label, a's spelling, b's spelling) of each shared place, by label (:attr:`PairFeatures.place_spellings`)."""
    if not ids:
        return ()
    sa, sb = _place_spellings(ids, a, gazetteer), _place_spellings(ids, b, gazetteer)
    return tuple(sorted((gazetteer.labels.get(p, p), sa.get(p, ""), sb.get(p, "")) for p in ids))


def _place_spellings(ids: AbstractSet[str], t: _Text, gazetteer: Gazetteer) -> dict[str, str]:
    """Gazetteer id -> how ``t`` writes that place, for the ``ids`` it writes (the first writing): its label ("Kyiv"),
    a name of the gazetteer as the text writes it ("Deutschland", "Allemagne", "Киев", "Washington D.C."), a GeoNames
    name or case form of one word ("Kiew", "Киеве", "Warszawy"), a Hebrew or Arabic word with its glued prefixes
    ("ברומא"), a Chinese or Japanese name ("华盛顿", "ワシントン"). A place the text names none of these ways (a
    country read from a region's name, "Nuevo México") is left out. The reasons show each text's own spelling
    (break58: "same place: Germany" of a German and a French text, neither of which writes "Germany")."""
    found = _spellings_of(t.text, t.lang, gazetteer)
    out: dict[str, str] = {}
    for p in ids:
        label = gazetteer.labels.get(p, p)
        if found.label_written(label):
            out[p] = label
    if len(out) < len(ids):
        _first_unclaimed(found.gazetteer_names(), ids, out)
    if len(out) < len(ids):
        _first_unclaimed(found.other_names(), ids, out)
        for word, places in found.hebrew_words():
            for place in places & ids:
                out.setdefault(place, word)
        for name, place in gazetteer.cjk.items():  # a text holds few of the thousands: test a pair's places only
            if place in ids and place not in out and name in t.text:
                out[place] = name
    return out


def _first_unclaimed(spots: Sequence[tuple[tuple[str, str], ...]], ids: AbstractSet[str], out: dict[str, str]) -> None:
    """Into ``out``, spot by spot in text order: the first (place, spelling) of a spot whose place is one of ``ids``
    not spelled yet (a spot: a word's readings, the longest first: what the scan over the text took at that word)."""
    for readings in spots:
        for place, spelling in readings:
            if place in ids and place not in out:
                out[place] = spelling
                break


class _Spellings:
    """How one text writes the places it names, every place at once, each part read on first use and kept
    (:func:`_spellings_of`). A comparison of N documents asked :func:`_place_spellings` about each text once per
    pair, each time scanning every word of it (80 BASIL articles: 3,160 pairs, ~1.2 million GeoNames key
    readings, ~30 % of the comparison's CPU: perf65, issue #16); a pair now picks its shared places' spellings
    from these lists, in the order the scan met them, so the answer is the one the scan gave."""

    def __init__(self, text: str, lang: str | None, gazetteer: Gazetteer):
        self.text, self.lang, self.gazetteer = text, lang, gazetteer
        self._labels: dict[str, bool] = {}
        self._gazetteer_names: tuple[tuple[tuple[str, str], ...], ...] | None = None
        self._other_names: tuple[tuple[tuple[str, str], ...], ...] | None = None
        self._hebrew: tuple[tuple[str, frozenset[str]], ...] | None = None
        self._twice: dict[str, bool] = {}

    def label_written(self, label: str) -> bool:
        hit = self._labels.get(label)
        if hit is None:
            hit = self._labels[label] = bool(_word_hits(label, self.text, limit=1))
        return hit

    def gazetteer_names(self) -> tuple[tuple[tuple[str, str], ...], ...]:
        """Per word that starts a gazetteer name: its (place, spelling) readings, the most words first; a word's
        first part before a hyphen or an apostrophe with each length ("Irak-Krise", Turkish "Türkiye'de")."""
        if self._gazetteer_names is None:
            self._gazetteer_names = tuple(self._read_gazetteer_names())
        return self._gazetteer_names

    def _read_gazetteer_names(self) -> Iterator[tuple[tuple[str, str], ...]]:
        text, gazetteer = self.text, self.gazetteer
        words = _word_matches(text)
        # an elided article or preposition off the first word ("L'Allemagne", "dell'Italia")
        bare = [_unelided(w.group()) for w in words]
        folded = [_fold(w) for w in bare]
        for i in range(len(words)):
            if folded[i].split(" ", 1)[0] not in gazetteer._longest:
                continue
            readings = []
            for n in range(min(gazetteer.max_words, len(words) - i), 0, -1):
                place = gazetteer.names.get(" ".join(folded[i : i + n]))
                if place is not None:
                    readings.append((place, text[words[i].end() - len(bare[i]) : words[i + n - 1].end()]))
                first = re.split(r"[-'’]", bare[i], maxsplit=1)[0] if n == 1 else ""
                place = gazetteer.names.get(_fold(first)) if first != bare[i] else None
                if place is not None:
                    readings.append((place, first))
            if readings:
                yield tuple(readings)

    def other_names(self) -> tuple[tuple[tuple[str, str], ...], ...]:
        """Per word of three letters or more the gazetteer lacks: its (place, form) readings: one word's GeoNames name
        or case form, a country's case form (pl, ru), a word without its glued prefixes (Hebrew "ברומא": in Rome)."""
        if self._other_names is None:
            self._other_names = tuple(self._read_other_names())
        return self._other_names

    def _read_other_names(self) -> Iterator[tuple[tuple[str, str], ...]]:
        from ..analysis.entities import (
            exact_key as _exact_key,  # GeoNames' names in every script
        )
        from ..analysis.entities import (
            inflected_city as _inflected_city,
        )
        from ..analysis.entities import (
            place_names as _places,
        )
        from ..text import prefix_splits

        index, labels, _ = _places()
        code = base(self.lang) or ""
        countries = territory_names(code) if code in TEXT_LANGUAGES and profile(code).genitive_after_title else {}
        for m in _word_matches(self.text):
            word = m.group(0)
            if len(word) < 3:
                continue
            readings = []
            for form in (word, *prefix_splits(word)):
                city = index.get(_exact_key(form)) or _inflected_city(form, index, code or None)
                place = (self.gazetteer.names.get(_fold(labels[city])) if city
                         else _inflected_country(form.lower(), countries, code))
                if place is not None:
                    readings.append((place, form))
            if readings:
                yield tuple(readings)

    def written_twice(self, place: str) -> bool:
        """:func:`_written_twice` of this text: a pair's rule asked it about each of a text's cities once per pair
        (80 BASIL articles: 951 questions, each a scan of the text's words with GeoNames' keys: speed66)."""
        hit = self._twice.get(place)
        if hit is None:
            hit = self._twice[place] = self._read_written_twice(place)
        return hit

    def _read_written_twice(self, place: str) -> bool:
        gazetteer = self.gazetteer
        label = gazetteer.labels.get(place, place)
        hits = len(_word_hits(label, self.text, limit=2))
        if hits >= 2 or " " in label:
            return hits >= 2
        from ..analysis.entities import (
            exact_key as _exact_key,  # GeoNames' names in every script
        )
        from ..analysis.entities import (
            inflected_city as _inflected_city,
        )
        from ..analysis.entities import (
            place_names as _places,
        )

        index, labels, _ = _places()
        code = base(self.lang) or None
        hits = 0
        for m in _word_matches(self.text):
            word = re.sub(r"^[^\W\d_]{1,4}['’](?=[^\W\d_])", "", m.group(0)) if m.group(0)[:1].islower() else m.group(0)
            if not word[:1].isupper() or len(word) < 3:  # (an elided article or preposition off: "d'Elazig", "dell'")
                continue
            if word == label or gazetteer.names.get(_fold(word)) == place \
                    or len(word) >= 4 and (city := index.get(_exact_key(word)) or _inflected_city(word, index, code)) \
                    and gazetteer.names.get(_fold(labels[city])) == place:
                hits += 1
            if hits >= 2:
                return True
        return False

    def hebrew_words(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """(word, place ids) of each Hebrew word that names places, with its glued prefixes (:func:`_hebrew_word_places`)."""
        if self._hebrew is None:
            self._hebrew = (tuple(_hebrew_word_places(self.text, self.gazetteer, bare=True).items())
                            if _HEBREW_WORD.search(self.text) else ())
        return self._hebrew


# The texts whose place spellings are kept: a comparison reads each of its documents against every other, so more
# than a comparison's documents are kept (80 BASIL articles: 80), not whole streams (a few KB of readings a text).
_SPELLINGS_KEPT = 256


@lru_cache(maxsize=_SPELLINGS_KEPT)
def _spellings_of(text: str, lang: str | None, gazetteer: Gazetteer) -> _Spellings:
    """The :class:`_Spellings` of ``text`` read with ``gazetteer``, one object per text of the last read."""
    return _Spellings(text, lang, gazetteer)


def _place_keys(f: PairFeatures) -> set[str]:
    """Spelling keys of the shared places' labels and of the texts' own spellings of them: a name among them is
    no shared name beside the places ("Deutschland" beside "same place: Deutschland / Allemagne")."""
    spelled = {label: rest for label, *rest in getattr(f, "place_spellings", ())}
    return {_spelling_key(w) for p in f.shared_places for w in (p, *spelled.get(p, ())) if w}


# The longest word before a shared name that the reasons show with it when both texts write it there: a word the
# name filters leave out for its length ("Xi" of "Xi Jinping", "Con" of "Con Edison", "Le" of "Marine Le Pen"). A
# rule, not tuned.
SHOWN_PREFIX_LETTERS = 3


def _names_as_shown(names: Sequence[str], a: _Text, b: _Text, gazetteer: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(name, as the reasons show it) for the one-word shared ``names`` both texts write inside a longer name
    (break55 F6, reasons only): with the short word before it both write ("Jinping" -> "Xi Jinping", "Edison" -> "Con
    Edison"; :data:`SHOWN_PREFIX_LETTERS`, no function word or title) or a club's word (text data clubs.json: "Madrid"
    -> "Real Madrid", "Atlético de Madrid"), the city each text names with the word before it as each writes it
    ("York" -> "Nueva York / New York"); "" (not shown) for a model's designation in capitals both write after a
    figure ("MAX" of "737 MAX")."""
    langs = tuple(lg for lg in (base(a.lang), base(b.lang)) if lg)
    stops = stop_words_any(langs)
    club_before = {_spelling_key(w) for w in club_words()[0]}
    out = []
    for name in names:
        bare = _without_case_ending(name)
        if " " in bare or not bare[:1].isupper():
            continue
        before_a, before_b = _words_before(bare, a.text), _words_before(bare, b.text)
        if not (before_a and before_b):
            continue
        if bare.isupper() and "#" in before_a and "#" in before_b:
            out.append((name, ""))  # "737 MAX": a model's designation, no name
            continue
        words_a, words_b = [w for w in before_a if w not in ("#", "")], [w for w in before_b if w not in ("#", "")]
        cities_a, cities_b = _cities_of_runs(words_a, bare), _cities_of_runs(words_b, bare)
        if cities_a & cities_b and bare not in cities_a:
            # "York" of "Nueva York" / "New York": the city both name, as each writes it
            run_a = next(f"{w} {bare}" for w in words_a if _cities_of_runs([w], bare) & cities_b)
            run_b = next(f"{w} {bare}" for w in words_b if _cities_of_runs([w], bare) & cities_a)
            out.append((name, run_a if _spelling_key(run_a) == _spelling_key(run_b) else f"{run_a} / {run_b}"))
            continue
        common = {_spelling_key(w) for w in words_a} & {_spelling_key(w) for w in words_b}
        city = bool(gazetteer.find(bare))
        # a club's word before a city ("Real Madrid", "FC Barcelona"; not "SS" of "SS League"), or a short word that
        # is no acronym ("DIF Madero", "FM SOL" name an office and a station beside the name), function word or title
        shown = [w for w in words_a if _spelling_key(w) in common
                 and (city and _spelling_key(w.split()[0]) in club_before
                      or len(w) <= SHOWN_PREFIX_LETTERS and not w.isupper() and w.lower() not in stops
                      and w.lower() not in _TITLE_WORDS)]
        if shown:
            out.append((name, f"{shown[0]} {bare}"))
    return tuple(out)


def _cities_of_runs(words: Sequence[str], name: str) -> set[str]:
    """The large cities (GeoNames' names in every language: the entity linker's index) that a word of ``words`` and
    ``name`` after it spell ("Nueva York", "New York": New York City); ``name`` itself when it alone is one's."""
    from ..analysis.entities import exact_key, place_names

    index = place_names()[0]
    out = {city for w in words if (city := index.get(exact_key(f"{w} {name}")))}
    return out | ({name} if out and index.get(exact_key(name)) in out else set())


def _words_before(name: str, text: str) -> list[str]:
    """What stands right before each time ``text`` writes ``name`` as a word: a capitalised word, a club's word with
    its particle ("Atlético de"), "#" for a figure ("737 MAX"), "" for anything else."""
    out = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        head = text[max(0, m.start() - 40) : m.start()]
        run = re.search(r"([^\W\d_][\w'’-]*)(?: (de|del|of))? $", head)
        if re.search(r"\d $", head):
            out.append("#")
        elif run and run.group(1)[:1].isupper():
            out.append(run.group(1) + (f" {run.group(2)}" if run.group(2) else ""))
        else:
            out.append("")
    return out


def _club_places(places: AbstractSet[str], a: _Text, b: _Text, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The labels of the shared ``places`` that either text's opening names as a side of a match, done or to come
    (:func:`_team_contest`, :func:`_team_fixture`: "Liverpool host Everton"), when a text gives a result in its
    opening or names a football competition (not "Joe Biden would travel to Kyiv"), and neither writes after a
    preposition of place ("in Liverpool"): a club named by its city, no place the texts share (break55 F6: "same
    place: Liverpool" of two reports of one derby). Reasons only."""
    if not any(next(_results(_lead_cut(t.text.strip())), None) is not None or _competition_words(t.text) for t in (a, b)):
        return ()
    sides = {_fold(w) for t in (a, b) for pairing in (_team_contest(t), _team_fixture(t)) if pairing
             for w in (*pairing[0], *pairing[1])}
    out = []
    for p in places:
        label = gazetteer.labels.get(p, p)
        if _fold(label) in sides and not any(_placed(label, t) for t in (a, b)):
            out.append(label)
    return tuple(sorted(out))


def _placed(label: str, t: _Text) -> bool:
    """Whether ``t`` writes ``label`` after a preposition of place of its language ("in Liverpool", "à Lyon")."""
    code = base(t.lang) or ""
    preps = {*profile(code).place_prepositions, "in", "at"} if code in TEXT_LANGUAGES else {"in", "at"}
    return re.search(rf"(?<![\w-])(?:{'|'.join(map(re.escape, preps))})\s+{re.escape(label)}(?![\w-])", t.text,
                     re.IGNORECASE) is not None


def _place_items(f: PairFeatures) -> tuple[str, ...]:
    """The shared places as the reasons show them: each in both texts' own spellings, once when they spell it alike
    ("Paris"), both when not ("Deutschland / Allemagne", "Kyiv / Киев"); a place one text names in none of its own
    words is left out (:attr:`PairFeatures.place_spellings`). Features built without spellings show the labels."""
    clubs = set(getattr(f, "club_places", ()))  # a club named by its city is no place (:func:`_club_places`)
    if not getattr(f, "place_spellings", ()):
        return tuple(p for p in f.shared_places if p not in clubs)
    out = []
    for label, sa, sb in f.place_spellings:
        if sa and sb and label not in clubs:
            out.append(sa if _spelling_key(sa) == _spelling_key(sb) else f"{sa} / {sb}")
    return tuple(out)


def _written_twice(place: str, t: _Text, gazetteer: Gazetteer) -> bool:
    """Whether ``t`` writes the gazetteer place ``place`` twice or more, in any spelling the gazetteer or GeoNames
    holds and in any case form its language's data reads: "Elazığ … Elazığ", "Elazig … Elazig", "Элязыге …
    Элязыга" alike (break50 N8: only the label's spelling counted). A label of several words counts as written.
    Read once per text and place (:meth:`_Spellings.written_twice`)."""
    return _spellings_of(t.text, t.lang, gazetteer).written_twice(place)


def _labels(gazetteer: Gazetteer, ids: AbstractSet[str]) -> frozenset[str]:
    """Gazetteer ids as the reasons write them."""
    return frozenset(gazetteer.labels.get(p, p) for p in ids)


def _filed_cities(t: _Text) -> frozenset[str]:
    """The gazetteer ids of the cities ``t``'s dateline names that its body never writes (cased, in a case form or
    spelled another way): where the desk files from ("新华社成都" over a report on Yibin), for the reasons only. Unlike
    :func:`_desk_places`, a city whose country the body names is one too, and a country never is."""
    return frozenset(p for p in t.dateline_places - t.places - t.inflected_places - t.spelled_places
                     if p.startswith("c"))


def _desk_places(t: _Text) -> frozenset[str]:
    """The gazetteer ids of ``t``'s dateline places that its body writes nowhere, neither the place (cased, in
    lower case or inside a name) nor a place of its country: "Reuters / LONDON, Nov 26" over a report on "the
    river valley" (trial53 F11) is where the desk files from, not where the event is. A dateline city whose
    country the body names ("WASHINGTON - … the United States …") or that the body names again is no desk place."""
    body = t.places | t.lower_places | t.name_places | t.spelled_places - t.dateline_places
    countries = _place_countries_of(body)
    return frozenset(p for p in t.dateline_places - body if not _place_countries_of(frozenset({p})) & countries)


def _language_features(lang_a: str | None, lang_b: str | None) -> list[float]:
    codes = {(lang or "").split("-")[0].lower() for lang in (lang_a, lang_b)}
    return [float(code in codes) for code in LANGUAGES]


def pair_features(
    pairs: Sequence[tuple[str, str]] | Sequence[tuple[str, str, str | None, str | None]],
    embedder: Any,
    gazetteer: Gazetteer,
    *,
    published: Sequence[tuple[str | None, str | None]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch_pairs: int = 16,
    datelines: Sequence[tuple[str, str]] | None = None,
    doc_embedder: Any = None,
    inputs: FeatureInputs | None = None,
    terms: TermTable | None = None,
) -> list[PairFeatures]:
    """Features of many pairs; ``pairs`` items are (text1, text2[, lang1, lang2]).

    Without ``doc_embedder`` (an e5 :class:`~storylens.embed.Embedder`) the
    :data:`DOCUMENT_FEATURES` are NaN, which only the ``fast`` model accepts.
    ``inputs``: what the encoders see of each text; pass the scoring model's
    ``inputs_`` (the default is that of models trained before it was recorded).
    ``terms``: the term document frequencies (default: the shipped :class:`TermTable`).
    ``datelines``: each pair's dateline headers (:attr:`PreparedText.dateline`), read with the openings'
    places by the verdict's place rule (:func:`_other_countries`); no model feature reads them.
    """
    items: list[tuple[str, str | None, str | None, str]] = []
    for k, p in enumerate(pairs):
        pub = published[k] if published else (None, None)
        lang1, lang2 = (p[2], p[3]) if len(p) >= 4 else (None, None)
        # p[0], p[1] are the texts in both pair shapes; mypy joins the shapes to tuple[str | None, ...]
        lines = datelines[k] if datelines else ("", "")
        items += [(p[0], lang1, pub[0], lines[0]), (p[1], lang2, pub[1], lines[1])]  # type: ignore[list-item]
    # An article in several pairs (all pairs of N documents) is analysed and embedded
    # once; a side is dropped after the last chunk that needs it, so memory stays flat.
    last_use = {item: i // (2 * batch_pairs) for i, item in enumerate(items)}
    sides: dict[tuple, _Side] = {}
    out: list[PairFeatures] = []
    for chunk_no, start in enumerate(range(0, len(items), 2 * batch_pairs)):
        chunk = items[start : start + 2 * batch_pairs]
        new = list(dict.fromkeys(item for item in chunk if item not in sides))
        sides.update(zip(new, _sides(new, embedder, gazetteer, doc_embedder, inputs)))
        out.extend(_features(sides[a], sides[b], gazetteer, terms) for a, b in zip(chunk[0::2], chunk[1::2]))
        for item in [item for item in sides if last_use[item] <= chunk_no]:
            del sides[item]
        if progress:
            progress(len(out), len(pairs))
    return out


def _money_phrase(name: str) -> bool:
    """Whether a two-word run names an amount, not anyone: a currency word of :func:`_common_name_words`'s
    currencies in it ("Millionen Euro", "Milliarden Dollar": break49 O5)."""
    return any(_spelling_key(w) in _currency_keys() for w in re.split(r"[\s\-]+", name))


# Languages whose names take case endings that change a name's last letters ("Виктория" / "Викторию", "Trojka" /
# "Trojki"): a shared name's two spellings in them are one name's forms, not two spellings (:func:`_other_spellings`).
@cache
def _name_case_languages() -> frozenset[str]:
    from ..text import city_case_languages

    return frozenset(city_case_languages()) | {"ru", "uk", "be", "bg", "sr", "mk", "el", "lt", "lv", "et"}


def _whole_runs(names: Sequence[str], texts: Sequence[str], langs: Sequence[str | None]) -> tuple[str, ...]:
    """Two-word ``names`` (:func:`_full_names`' neighbouring words of a run) as the reasons show them: none opening
    with a function word of ``langs`` before another name's first word ("The White" of "The White House"; "Nuevo
    León" stays), and two that overlap in a word joined into
    the run both make when every text that writes both writes the run ("Green Bay" and "Bay Packers" -> "Green Bay
    Packers", "Region Oberpfalz" and "Oberpfalz Nord" -> "Region Oberpfalz Nord"; break58 and SemEval dev: "same
    names: The White, White House", "Green Bay, Bay Packers" named one thing twice). Reasons only."""
    stops = stop_words_any(tuple(lg for lg in langs if lg))
    # (a function word before a word that opens another of the names: "The White" beside "White House"; "Alle
    # Fakten", "Nuevo León" alone stay as they were)
    kept = [n for n in names if not (n.split()[0].lower() in stops and n.split()[-1] in {m.split()[0] for m in names})]
    wholes: dict[str, str] = {}  # a name -> the run it is joined into
    for x, y in itertools.permutations(kept, 2):
        if x not in wholes and y not in wholes and x.split()[-1] == y.split()[0]:
            whole = f"{x} {y.split(' ', 1)[1]}"
            if _written_whole(whole, x, y, texts):
                wholes[x] = wholes[y] = whole
    return tuple(dict.fromkeys(wholes.get(n, n) for n in kept))


def _written_whole(whole: str, x: str, y: str, texts: Sequence[str]) -> bool:
    """Whether some text writes ``whole`` and every text that writes both ``x`` and ``y`` writes it."""
    def has(name: str, text: str) -> bool:
        return bool(_word_hits(name, text, limit=1))

    writers = [t for t in texts if has(x, t) and has(y, t)]
    return bool(writers) and all(has(whole, t) for t in writers)


def _noun_phrase(name: str, langs: Sequence[str | None], texts: Sequence[str]) -> bool:
    """Whether a two-word run both texts write is an adjective and a noun of one of ``langs`` that opens a headline or
    a sentence wherever a text writes it, no name: "Tödlicher Unfall", "Schwerer Sturm" (break58: "same names:
    Tödlicher Unfall" of two accidents; the entity rules' :func:`storylens.analysis.entities.adjective_noun_phrase`).
    Inside a sentence such a run is a name ("das Rote Kreuz", "the New Year", "the White House"). Reasons only: the
    names features keep them."""
    from ..analysis.entities import adjective_noun_phrase

    if not any(adjective_noun_phrase(name.split(), code) for lang in langs if (code := base(lang))):
        return False
    hits = [(t, at) for t in texts for at in _word_hits(name, t)]
    return bool(hits) and all(_opens_sentence(t, at) for t, at in hits)


def _common_full_name(name: str) -> bool:
    """Whether a two-word name is a common one, every word of it a given name (text/data/given_names.json, ~80
    locales: "Ahmed Hassan", "Mehmet Yılmaz", "Ali Reza"): in the naming customs where a father's or grandfather's
    given name is the family name, thousands of people share it, so that two texts write it says little of one
    story unless they share a place too (break49 N6: a teacher arrested in Giza and a footballer's award in Cairo,
    "same names: Ahmed Hassan" across scripts)."""
    words = name.split()
    return len(words) >= 2 and all(given_name_gender(w) is not None for w in words)


def _may_update(gap_days: float | None) -> bool:
    """Whether two texts published ``gap_days`` apart (None: a date unknown) may be one article's update
    (:func:`~storylens.similarity.shingles.updated_figures`): within ``settings.version_max_days_apart``, the window
    the ledger's and the stream's version rules read (an automated report of one place's next quake, its figures
    changed weeks later, is another event)."""
    from ..settings import DEFAULT

    return gap_days is None or abs(gap_days) <= DEFAULT.version_max_days_apart


def _after_capitalised(text: str, name: str) -> bool:
    """Whether ``text`` writes the one-word name ``name`` (its stem: a case ending may differ, "Kowalskiego" /
    "Kowalski") right after another capitalised word on one line: the family name of a full name
    (:attr:`PairFeatures.shared_name_runs`)."""
    if len(name) < 4 or not name[:1].isupper():
        return False
    return re.search(rf"(?<![\w-])[^\W\d_a-zß-ÿа-яё][\w'’-]+[ \t]+{_family_stem(name)}\w*", text) is not None


def _family_stem(name: str) -> str:
    """The escaped stem a family name is read by whatever its case ending ("Kowalsk" of "Kowalskiego" and "Kowalski",
    "Волк" of "Волкова"): all but its last four letters, four at least."""
    return re.escape(name[:max(4, len(name) - 4)])


def _name_runs(names: Sequence[str], place_ids: AbstractSet[str], a: _Text, b: _Text, gazetteer: Gazetteer
               ) -> tuple[str, ...]:
    """:attr:`PairFeatures.shared_name_runs`: the one-word names of a person or landmark the texts share, read only
    for texts the far-apart rule's place tie reads (the caller asks: a place in common, far apart). apart72fix HIGH-1:
    a family name each writes after another capitalised word, one written twice or more in each that is no place, and
    the family name of a full name one text writes that the other writes alone ("David Hale" / "Hale was cleared")."""
    runs = [n for n in names if " " not in n and (
        (_after_capitalised(a.text, n) and _after_capitalised(b.text, n))
        or (_twice_each(n, a.text, b.text) and not _place_word(n, place_ids, a, b, gazetteer)))]
    return tuple(dict.fromkeys((*runs, *_family_ties(a.text, b.text), *_family_ties(b.text, a.text))))


def _twice_each(name: str, a: str, b: str) -> bool:
    """Whether each text writes the one-word name ``name`` twice or more (the bridge or hall a follow-up is about:
    "ponte Morandi" / "il Morandi"; who reports each event names itself once a report: "operator Adif said"). The
    caller leaves out the places the gazetteer knows: the shared city is what the place rule reads."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return all(len(pattern.findall(t)) >= 2 for t in (a, b))


# particles between a given name and a family name ("Jan de Vries", "Ludwig van Beethoven"), lower case
_PARTICLES = r"(?:(?:de|van|von|der|den|di|da|del|du|le|la|ter|ten|dos|das) )*"
_FULL_NAME = re.compile(rf"(?<=[^\W\d_] |, )([^\W\d_][\w'’-]*) (?={_PARTICLES}([^\W\d_][\w'’-]{{3,}}))")


def _family_ties(text: str, other: str) -> tuple[str, ...]:
    """The family names of the full names ``text`` writes in its body after a lower-case word ("councillor David
    Hale", "депутата Сергея Волкова", "wethouder Jan de Vries") that ``other`` writes alone, capitalised, whatever the
    case ending (its stem as :func:`_after_capitalised` reads it: "Волкова" / "Волков"): a person's later story
    ("Hale was cleared") names the family name only. Read only by the far-apart rule's place tie
    (:attr:`PairFeatures.shared_name_runs`; apart72fix HIGH-1)."""
    body = text.split("\n", 1)[1] if "\n" in text.strip() else text
    found: list[str] = []
    for m in _FULL_NAME.finditer(body):
        given, family = m.group(1), m.group(2)
        # a lower-case word before, or a comma: no sentence's opening, no longer name ("London Fire Brigade")
        before = body[max(0, m.start() - 40):m.start()].split()[-1:] or [""]
        if not (given[:1].isupper() and family[:1].isupper() and (before[0][:1].islower() or before[0].endswith(","))) or given.isupper() or family.isupper():
            continue
        if family not in found and re.search(rf"(?<![\w-]){_family_stem(family)}", other):
            found.append(family)
    return tuple(found)


def _place_word(name: str, place_ids: AbstractSet[str], a: _Text, b: _Text, gazetteer: Gazetteer) -> bool:
    """Whether the one-word name ``name`` is a place: one the gazetteer finds, or a case form of a shared place's
    label or of a text's spelling of it ("Gdańsku" of Gdańsk, "Brně" of Brno: all but the last two letters of the shorter, at least three, in
    common), the place tie's own place."""
    if gazetteer.find(name):
        return True
    # the labels and each text's own spellings ("Львові" of Lviv): asked only of a name written twice in each
    for label in {w for row in _shared_place_spellings(place_ids, a, b, gazetteer) for w in row if w}:
        common = len(os.path.commonprefix([name.casefold(), label.casefold()]))
        if common >= max(3, min(len(name), len(label)) - 2):
            return True
    return False

