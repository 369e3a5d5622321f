"""What a number measures, as one key across languages ("muertos" / "dead" -> killed, "Stärke" ->
magnitude): :func:`unit_key`, :func:`same_kind`, :func:`same_measure`, :func:`anchor_measure`, money keys."""

from __future__ import annotations

from functools import cache

from ...models import NumberMention
from ...text import measure_words
from ._lexicon import _COUNTED, _CURRENCY_CODES, _events
from ._records import _is_cjk


@cache
def _cjk_measures() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((w, k) for w, k in measure_words().items() if _is_cjk(w)), key=lambda wk: -len(wk[0])))


@cache
def _cjk_measure_cues() -> tuple[dict[str, str], int]:
    """The Chinese measure cues (:func:`_cjk_measures`) by cue, and the longest cue's length."""
    cues = dict(_cjk_measures())
    return cues, max(map(len, cues), default=0)


def _measure_of(word: str) -> str | None:
    """What a unit word measures in any language ("stärke" -> magnitude, "muertos" -> killed,
    "级地" -> magnitude: a Chinese unit is read by its opening characters, the longest cue first)."""
    found = measure_words().get(word)
    if found or not _is_cjk(word[:1]):
        return found
    # the word's prefixes, longest first: the cue the scan of every cue by length found first (two cues of one
    # length that both open the word are one string), a few lookups instead of a startswith per cue (pairfast51)
    cues, longest = _cjk_measure_cues()
    return next((cues[word[:k]] for k in range(min(len(word), longest), 0, -1) if word[:k] in cues), None)


# Measures that count people (text/data "measures"): a toll word around them says what happened to
# them, "Murieron 14 mineros" counts the dead as "14 miners died" does.
_PEOPLE = frozenset({"person", "man", "miner", "worker", "child", "soldier", "student", "rescuer", "passenger"})


# People counted as suspects (text data "measures": "Verdächtige" / "suspects" / "sospechosos"): a count of people or
# of those arrested may be theirs ("12 Menschen festgenommen" / "12 suspects"), a toll's dead or injured not (break53
# F11 gave "verdächtige: 3 vs 12" as two languages' nouns, never judged).
_SUSPECTS = frozenset({"suspect"})


# Tallies that only rise while an event unfolds: a reading of one at a moment is no contradiction of another.
# Evacuees and the rescued are such tallies too, but only when a cue says so: "About 2,000 people have
# been evacuated so far" / "Dotychczas ewakuowano ponad 2,5 tys. osób" read the one count at two moments
# (final29 #5); "aumentó a 5.000 el lunes por la noche" / "salito a 3.000 entro lunedì sera" still conflict.
_RUNNING_MEASURES = frozenset({"killed", "injured", "aftershock", "evacuated", "rescued"})


# The period a percentage is read over when its clause names none: a headline rate of inflation or growth is
# the change on a year before ("inflation rose to 9.8%" is "interanual"), so only another period sets it apart.
_USUAL_PERIOD = "year on year"


# A temperature, in degrees Celsius whatever scale it was written in (a Fahrenheit figure is read so: _units).
CELSIUS = "°C"
FAHRENHEIT = "°F"
# The unit of a change of temperature (break55 F3: "8 degrees above normal", "dropped 15 degrees", "um 5 Grad
# gesunken"): compared only with another change in the same scale, never with a temperature's level ("°C: 8 vs 40").
# English degrees of no scale stay in none ("degrees change"); a Fahrenheit change is no Celsius one (x 5/9, no -32).
TEMPERATURE_CHANGES: dict[str | None, str] = {CELSIUS: "°C change", FAHRENHEIT: "°F change", None: "degrees change"}


def unit_key(unit: str | None, language: str | None = None) -> str | None:
    """Comparable form of what a number counts: casualty words map to one English key, nouns to their lemma."""
    if not unit:
        return None
    low = unit.lower()
    if low in _events(None):
        return _events(None)[low]
    measure = _measure_of(low)
    if measure:
        return measure
    if unit == CELSIUS or unit in TEMPERATURE_CHANGES.values():  # a temperature or its change (_units)
        return unit
    if low in ("%", "times", "bp", "vote") or unit.upper() in _CURRENCY_CODES or unit.endswith("$") or (
            low.startswith("per ") and low[4:].upper() in _CURRENCY_CODES) or (
            low.endswith(" each") and low[:-5].upper() in _CURRENCY_CODES):
        return low
    from ..._cache import lemmatize  # simplemma, with the answers kept on disk (start-up)

    lang = language if language in ("en", "de", "fr", "ru") else "en"
    return lemmatize(low, lang).lower()


def same_kind(a: NumberMention, b: NumberMention) -> bool:
    """Whether two figures can count the same thing: their kinds agree (a count, money, a percent, a
    speed) and so do the casualties or objects they measure, when both say ("11 killed" and "Eleven of
    the injured" do not, trial 14; a person count or a noun no measure knows goes with any count).
    Currencies are compared as units: 12 million euros and 12 million dollars are two figures."""
    ka, kb = getattr(a, "kind", "count"), getattr(b, "kind", "count")
    if ka != kb:
        return False
    if ka == "money" or a.unit in ("%", "km/h", "mph") or b.unit in ("%", "km/h", "mph"):
        return (a.unit or "").lower() == (b.unit or "").lower()
    ma = _measure_of(a.unit.lower()) if a.unit else None
    mb = _measure_of(b.unit.lower()) if b.unit else None
    return ma == mb or ma is None or mb is None or ma in _PEOPLE or mb in _PEOPLE


def same_measure(a: NumberMention, b: NumberMention) -> bool:
    """Whether two figures that both name what they count may count one thing: one unit key (one noun
    in two languages or inflections, "muertos" / "dead"), two counts of people ("38 people" / "38
    dead"), or two nouns no measure knows (of two languages they cannot be told apart: "firefighters" /
    "Feuerwehrleute"). A figure without a unit word goes with any. Stricter than :func:`same_kind`,
    which lets a noun no measure knows go with any count: 38 dead and 38 km are two numbers."""
    if not a.unit or not b.unit:
        return True
    ka, kb = unit_key(a.unit), unit_key(b.unit)
    if ka == kb or _same_unit(ka, kb):
        return True
    ma, mb = _measure_of(a.unit.lower()), _measure_of(b.unit.lower())
    if ma is None and mb is None:
        return True
    if ma in _SUSPECTS or mb in _SUSPECTS:
        return all(m in _SUSPECTS or m in _PEOPLE or m == "arrested" for m in (ma, mb))
    people = _PEOPLE | _COUNTED
    return ma is not None and mb is not None and (ma in _PEOPLE or mb in _PEOPLE) and ma in people and mb in people


# Tolls a figure of another noun never restates: "The hotel has 15 floors", "12 of its fighters took part" or "Police
# arrested 23 suspects" against 15 / 12 / 23 killed (break53 F8). Not "arrested", "rescued", "evacuated" or "trapped":
# who they count is named by any noun ("Police arrested 12 suspects" / "12 Verdächtige festgenommen").
_TOLLS = frozenset({"killed", "injured", "missing"})


def may_count_one(a: NumberMention, b: NumberMention) -> bool:
    """Whether two figures of two reports may count one thing, by what they measure: :func:`same_measure`, or, where
    one names a noun no measure knows (the measures of the text data are few, "700 metros" / "700 meters" among them
    only in English), unless the other counts a toll (:data:`_TOLLS`) or both measures are known and differ."""
    if same_measure(a, b):
        return True
    ma = _measure_of(a.unit.lower()) if a.unit else None
    mb = _measure_of(b.unit.lower()) if b.unit else None
    if ma is not None and mb is not None:
        return False
    known = unit_key(a.unit) if ma is not None else unit_key(b.unit)
    return known not in _TOLLS


def is_money_key(key: str) -> bool:
    """A unit key (:func:`unit_key`) of money: a currency code, an amount of it per head or a rate."""
    return _money_key(key)


def _money_key(key: str) -> bool:
    """A unit key of money: a currency code, an amount of it per head ("usd each") or a rate ("per eur")."""
    code = key.removeprefix("per ").removesuffix(" each")
    return code.upper() in _CURRENCY_CODES


def _same_unit(a: str | None, b: str | None) -> bool:
    """Same key, or one noun in two languages/inflections ("terrorist" / "Terroristen" / "террористов")."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    if _money_key(a) or _money_key(b):  # "aud each" / "usd each" spell alike, yet are two currencies
        return False
    from anyascii import anyascii
    from rapidfuzz import fuzz

    x, y = anyascii(a).lower(), anyascii(b).lower()
    return min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= 85


# An arrest's count by its verb ("arrested 12 people", "detuvo a 15 personas": key "arrested") and by its noun ("15
# sospechosos", "12 Verdächtige": key "suspect"): one count of those held (break56 F5: "Police in Madrid arrested 12
# people" / "La policía detuvo … a 15 sospechosos" was one shared claim, the figures never set side by side).
_ARREST_KEYS = frozenset({"arrested", "suspect"})


def same_count_key(a: str | None, b: str | None) -> bool:
    """Whether two unit keys (:func:`unit_key`) are compared as one count: :func:`_same_unit`, or an arrest's count
    by its verb and by its noun (:data:`_ARREST_KEYS`)."""
    return _same_unit(a, b) or (a != b and a in _ARREST_KEYS and b in _ARREST_KEYS)


def anchor_measure(q: NumberMention) -> str | None:
    """The measure a percentage is matched by across reports (an anchor, a live reading): its ``measure``,
    None for a figure that names only the usual period, a year's ("15,1% у річному вимірі"), which an
    unnamed figure of the other report may be."""
    measure = getattr(q, "measure", None)
    return None if measure == _USUAL_PERIOD else measure
