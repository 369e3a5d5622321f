"""Versions of one article: the rule ``compare`` and the stream share, and what an update changed.

Trial49 F10/F12: ``compare`` read a real update of one Reuters article (several figures changed, a
sentence added, an "Updated:" stamp) as a second source, because it asked for near-identical text,
while the stream read it as an update; and the stream read the same outlet's report of the NEXT strike
(36 days later, another airport, the same template sentences) as an update of the first. One rule now
(:func:`is_rewritten_version`): a later text of the same outlet (or byline) is a version of an earlier
one when it keeps ``settings.member_version_share`` of its sentences (a sentence kept when the two share
``settings.member_version_sentence_overlap`` of the longer one's words: :func:`kept`) and tells of the
same event (:func:`other_event`: the datelines name one place, or either names none, and the two are
published at most ``settings.version_max_days_apart`` days apart; :func:`other_occasion`: no kept sentence
dates its event on another day). :func:`text_changes` says what a
version changed ("killed: at least 9 → 11", a new sentence with figures), for the stream's story view
and ``compare``'s "Versions" section alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ..settings import DEFAULT

if TYPE_CHECKING:
    from ..prepare.clean import CleanText
    from ..text.segment import Segmenter
    from .quantities import Quantity

__all__ = ["MARK_KINDS", "RETITLED", "cleaned_text", "filed_before", "is_rewritten_version", "kept", "kept_share", "other_event",
           "other_occasion", "split_sentences", "text_changes", "update_changes", "update_mark", "without_headline"]


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_FIGURE = re.compile(rf"(?<![.,]|[^\W{_CJK}])\d+(?:[.,\u00a0\u202f ]\d+)*(?![^\W{_CJK}])")
_WORD = re.compile(r"[^\W\d_]+")


def _sentences(text: str, language: str | None, segmenter: Segmenter) -> list[str]:
    """The sentences of ``text`` as every other reader splits them (:class:`~storylens.text.segment.Segmenter`):
    a split of its own at ". " never split Chinese, whose sentences have no space after "。", nor a
    sentence after a quotation closed by '."' (a new sentence with figures was a changed figure)."""
    return [s.text for s in segmenter.split(text, language)]


def _figures(sentence: str, language: str | None = None) -> list[str]:
    """The figures of a sentence as written: digits, and number words ("Two dead, five missing" ->
    "Death toll rises to 4; 3 still missing": trial 13's update listed only "15,000 → 3, 4")."""
    from .quantities import extract_numbers

    digits = [m.group().replace("\u00a0", " ").replace("\u202f", " ") for m in _FIGURE.finditer(sentence)]
    words = [q.text for q in extract_numbers(sentence, language) if not any(ch.isdigit() for ch in q.text)]
    return digits + words


def _negations(sentence: str, negation: frozenset[str]) -> list[str]:
    return [w for w in _WORD.findall(sentence.casefold()) if w in negation]


def _overlap(a: str, b: str) -> float:
    wa, wb = set(_WORD.findall(a.casefold())), set(_WORD.findall(b.casefold()))
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def text_changes(old: str, new: str, language: str | None = None) -> tuple[str, ...]:
    """What ``new`` changes in ``old`` that a ledger reader must see: figures replaced or added
    and negations added or removed, each as a short phrase; () when neither changed.

    Each sentence of ``old`` missing from ``new`` is paired with the most similar new sentence
    (at least half of the shorter one's words shared); their typed figures are compared by what they
    count ("killed: at least 9 → 11"; a figure only added or removed is named when nothing it counts
    was replaced), and their negation words. A new sentence with no old counterpart is named
    ("new sentence with figures: …")."""
    from ..text import profile

    titles = _retitled(old, new)
    old, new = _compared_bodies(old, new)
    if titles is not None:
        # a headline is compared only with the headline: a new one is no "new sentence with figures", and
        # only the figures it replaces are a change (trial20 #17: a copy that differs only in its headline
        # read "sentence with figures in one version only: 'Calvera's central bank … 7.2%'")
        old, new = without_headline(old, titles[0]), without_headline(new, titles[1])
    negation = frozenset(w.casefold() for w in profile(language).negation)
    before, after = list(split_sentences(old, language)), list(split_sentences(new, language))
    gone = [s for s in before if s not in set(after)]
    added = [s for s in after if s not in set(before)]
    out: list[str] = []
    paired: set[int] = set()
    counts: dict[str, tuple[list[str], list[str]]] = {}  # what is counted -> (was, now), every sentence
    one_sided: dict[str, tuple[list[str], list[str]]] = {}
    shown: dict[str, str] = {}  # a figure's value label ("at least 9") -> as first written ("at least nine")
    if titles is not None:  # the headlines first, as they open the texts: a figure is shown as they write it
        for key, (was, now) in _count_changes(*titles, language, shown).items():
            if was and now:  # only a figure replaced: a headline names few of its text's figures
                counts[key] = (was, now)
    # each old sentence with its most similar new one, the closest pairs first: taken in text order, an old headline
    # over the outlet's line ("Fire in Lyon: two dead", 3 of 5 words in the lead) took the lead's new sentence and
    # the lead's own change was lost ("injured added: five" though both say it; newuser70b H1)
    overlaps = sorted(((_overlap(s, a), g, i) for g, s in enumerate(gone) for i, a in enumerate(added)),
                      key=lambda t: (-t[0], t[1], t[2]))
    match: dict[int, int] = {}
    for share, g, i in overlaps:
        if share < 0.5:
            break
        if g not in match and i not in paired:
            match[g] = i
            paired.add(i)
    for g, s in enumerate(gone):
        if (best := match.get(g)) is None:
            continue
        for key, (was, now) in _count_changes(s, added[best], language, shown).items():
            # a figure replaced is listed under what it counts; one only added or removed ("two of them
            # died overnight" beside "killing 11") only when nothing it counts was replaced
            old_was, old_now = (counts if was and now else one_sided).setdefault(key, ([], []))
            old_was.extend(w for w in was if w not in old_was)
            old_now.extend(n for n in now if n not in old_now)
        n_old, n_new = Counter(_negations(s, negation)), Counter(_negations(added[best], negation))
        if n_old != n_new:
            change = "added" if sum(n_new.values()) > sum(n_old.values()) else "removed"
            out.append(f"negation {change}: “{_short(added[best] if change == 'added' else s)}”")
    for key, (was, now) in one_sided.items():
        if key not in counts:
            counts[key] = (was, now)
    figures = [_count_phrase(key, _one_per_figure(was), _one_per_figure(now)) for key, (was, now) in counts.items()
               if _one_per_figure(was) != _one_per_figure(now)]
    for i, s in enumerate(added):
        if i not in paired and _figures(s, language):
            out.append(f"new sentence with figures: “{_short(s)}”")
    if titles is not None and not figures and not out and old.strip() == new.strip():
        return (f"{RETITLED}: “{_short(titles[0])}” → “{_short(titles[1])}”",)
    return tuple(dict.fromkeys(figures + out))


# How a reader is told that two versions differ in their headline alone: a retitled copy, not an update.
RETITLED = "retitled copy, same text; headline"


def _retitled(old: str, new: str) -> tuple[str, str] | None:
    """The two headlines when both texts open with one and they differ, else None."""
    a, b = cleaned_text(old).title, cleaned_text(new).title
    return (a, b) if a and b and a != b else None


_LABEL_FIGURE = re.compile(r"\d[\d\s.,]*")


def _one_per_figure(labels: list[str]) -> list[str]:
    """Each figure once: a headline's "12" and the lead's "at least 12" are one figure, shown with its
    bound ("killed: 12, at least 12 → 19, at least 19" read as four figures, final29 #20). Labels without
    digits ("dozens") stay as they are."""
    out: dict[str, str] = {}
    for label in labels:
        m = _LABEL_FIGURE.search(label)
        key = m.group().strip() if m else label
        if key not in out or len(label) > len(out[key]):
            out[key] = label
    return list(out.values())


def _compared_bodies(old: str, new: str) -> tuple[str, str]:
    """The two texts as the ledger reads them (:func:`~storylens.prepare.clean.clean_text`): without the
    header, byline, dateline and other lines it reads as metadata (trial 15: a text file's header line
    "date 2025-06-05 By Jan Mallien, Handelsblatt" was a "new sentence with figures" against a JSONL
    update with no header). A headline is compared only with a headline: when one text opens with one
    and the other does not (its title is the record's metadata), that headline is left out too."""
    before, after = cleaned_text(old), cleaned_text(new)
    if (before.title is None) == (after.title is None):
        return before.text, after.text
    return without_headline(before.text, before.title), without_headline(after.text, after.title)


@lru_cache(maxsize=16)
def split_sentences(text: str, language: str | None) -> tuple[str, ...]:
    """The sentences (strings, in order) of a cleaned body ``text`` in ``language`` (ISO 639-1 or None), as
    every other reader splits them, kept for the last few: a version between two others is compared with
    both (stream.versions' steps), and splitting is most of a comparison's cost. A story view may be read
    by several server threads at once: the segmenter is thread-safe."""
    from ..text.segment import Segmenter

    return tuple(_sentences(text, language, Segmenter()))


@lru_cache(maxsize=16)
def cleaned_text(text: str) -> CleanText:
    """:func:`~storylens.prepare.clean.clean_text` of a raw ``text``, kept for the last few texts: a version
    between two others is compared with both (stream.versions' steps), and was cleaned twice. A long text is read
    as compare reads it: its first 2 x settings.compare_max_chars characters cleaned, the body cut at
    compare_max_chars (newuser78 H2: ingest's fuller-text check cleaned a stored 1 MB text whole, twice)."""
    from dataclasses import replace

    from ..prepare.clean import clean_capped
    from ..settings import DEFAULT

    clean, body, _ = clean_capped(text, DEFAULT.compare_max_chars)
    return replace(clean, text=body) if len(body) < len(clean.text) else clean


def without_headline(text: str, title: str | None) -> str:
    """``text`` without the headline ``title`` it opens with (leading space dropped then), else as given."""
    body = text.lstrip()
    return body[len(title):] if title and body.startswith(title) else text


def update_mark(title: str | None, slugs: Sequence[str] = ()) -> int:
    """The version number a wire's update marker states, 0 when there is none: a Reuters slug removed before
    the headline or a wire's update note removed under it (``slugs``, the texts of the removed items of kinds
    "wire_slug" and "update_note": "UPDATE 2-" -> 2, "(Adds death toll, quotes)" -> 1) or a marker in the
    ``title`` (text/data "update_markers" of
    every language: dpa's "(Neu: Opferzahl gestiegen, A13 wieder frei)" -> 1, "(2. Zusammenfassung)" -> 2,
    AFP's "(nouveau bilan)", EFE's "(2ª Ampliación)", ANSA's "(aggiornamento)", «(обновлено)», Yonhap's
    "(종합2보)" -> 2). A marked version is later than an unmarked one of its day, a higher number later than a
    lower; trial52 F26/F11: two dpa and two AFP versions of one day had no order, so compare read them as
    two sources with false conflicts and the stream said "order unknown"."""
    from ..text import update_marker_pattern

    marks = [int(m.group(1)) if m.group(1) else 1 for slug in slugs if (m := _SLUG_NUMBER.match(slug))]
    for text in (title or "", *slugs):
        for match in update_marker_pattern().finditer(text):
            digits = next((g for g in match.groups() if g), None)
            marks.append(int(digits) if digits else 1)
    return max(marks, default=0)


# The kinds of removed items (prepare.clean) whose text :func:`update_mark` reads.
MARK_KINDS = frozenset({"wire_slug", "update_note"})


# A Reuters slug that marks an update ("UPDATE 2-", "WRAPUP 1-", "CORRECTED-"); "EXCLUSIVE-" marks none.
_SLUG_NUMBER = re.compile(r"(?:.*\b(?:UPDATE|WRAPUP)\s+(\d{1,2})|(?:REFILE|CORRECTED)\b)", re.IGNORECASE)


def filed_before(a: tuple[str | None, str | None, int], b: tuple[str | None, str | None, int]) -> bool | None:
    """Is the version ``a`` known to be filed before ``b``, each given as (publication day YYYY-MM-DD, the
    filing time its dateline states "HH:MM" on the outlet's clock, :func:`update_mark`); None when nothing
    tells. By the days when they differ, else by the two filing times of one day ("Innsbruck (dpa) - 26.
    November 2026, 08:10 Uhr -" before "… 11:45 Uhr -"), else by the update marks (an unmarked version before
    a marked one, "UPDATE 1" before "UPDATE 2")."""
    (day_a, time_a, mark_a), (day_b, time_b, mark_b) = a, b
    if day_a and day_b and day_a != day_b:
        return day_a < day_b
    if day_a and day_a == day_b and time_a and time_b and time_a != time_b:
        return time_a < time_b
    if mark_a != mark_b:
        return mark_a < mark_b
    return None


def _count_changes(old: str, new: str, language: str | None, shown: dict[str, str]
                   ) -> dict[str, tuple[list[str], list[str]]]:
    """What is counted -> (figures only the old sentence gives, figures only the new one gives), by
    what the figures count ("killed", "injured", "figure" when a number names nothing): trial 14's
    update read "figure 17 → 18; figure 9, dozens → 11; figure 17, 48, nine → 11, 18, 64", the dateline
    day among the figures and the dead lumped with the injured. Dates, times and years are no figures
    (:func:`~storylens.analysis.quantities.extract_numbers` leaves them out). ``shown``: a figure's
    value label -> how it was first written, shared by the sentences of one text (filled here)."""
    from .quantities import bound_label, unit_key

    def by_key(sentence: str) -> dict[str, Counter[str]]:
        out: dict[str, Counter[str]] = {}
        for q in _quantities(sentence, language):
            value = _figure_label(q)
            shown.setdefault(value, bound_label(q) if any(ch.isdigit() for ch in bound_label(q)) or q.low != q.value
                             else _bounded(q))
            key = unit_key(q.unit, language) or "figure"
            # the share of a partial count ("with 99.6 % of constituencies counted") is no vote share (trial 17 #12)
            key = f"{key} counted" if key == "%" and q.measure == "counted" else key
            # a whole's size is not a part's count: "the 460-seat Sejm" -> "248 seats" is no change (trial 17 #2)
            out.setdefault(f"{key} (total)" if q.whole and key != "figure" else key, Counter())[value] += 1
        return out

    before, after = by_key(old), by_key(new)
    changes = {}
    for key in dict.fromkeys([*before, *after]):
        was, now = before.get(key, Counter()), after.get(key, Counter())
        if was != now:
            changes[key] = ([shown[v] for v in (was - now).elements()], [shown[v] for v in (now - was).elements()])
    return changes


def _bounded(q: Quantity) -> str:
    """An exact number word with its bound as written: "at least nine", "Two"."""
    from dataclasses import replace

    from .quantities import bound_label

    digits = str(int(q.value or 0))
    return bound_label(replace(q, text=digits)).replace(digits, " ".join(q.text.split()))


def _quantities(sentence: str, language: str | None) -> list[Quantity]:
    from .quantities import extract_numbers

    return [q for q in extract_numbers(sentence, language) if q.value is not None]


def _figure_label(q: Quantity) -> str:
    """A figure's value as a reader compares it, an exact number word in digits ("at least nine" -> "at
    least 9"): the key under which "at least 9" and "at least nine" are one figure."""
    from dataclasses import replace

    from .quantities import bound_label

    if q.value is not None and not any(ch.isdigit() for ch in q.text) and q.low == q.value and q.value.is_integer():
        q = replace(q, text=str(int(q.value)))
    return bound_label(q)


def _is_money(key: str) -> bool:
    from .quantities import is_money_key

    return is_money_key(key)


def _count_phrase(key: str, was: list[str], now: list[str]) -> str:
    """"killed: at least 9 → 11", "injured added: 64", "figure removed: 24,10", "per EUR: 24,10 → 24,12"."""
    key = re.sub(r"\b(?:[a-z]{3})$", lambda m: m.group().upper(), key) if _is_money(key) else key
    if was and now:
        return f"{key}: {', '.join(was)} → {', '.join(now)}" if key != "figure" else \
            f"figure {', '.join(was)} → {', '.join(now)}"
    return f"{key} {'removed' if was else 'added'}: {', '.join(was or now)}"


def _short(sentence: str, chars: int = 90) -> str:
    return sentence if len(sentence) <= chars else sentence[: chars - 1] + "…"


def kept_share(before: Sequence[str], after: Sequence[str]) -> float:
    """Share (0-1) of the earlier text's sentences ``before`` that the later text's sentences ``after``
    keep (:func:`kept`)."""
    count = sum(1 for s in before if any(kept(s, t) for t in after))
    return count / max(1, len(before))


def kept(old: str, new: str) -> bool:
    """Is ``new`` the sentence ``old`` kept, its figures perhaps changed: the words both share are
    ``settings.member_version_sentence_overlap`` of the longer one's words (figures are no words). Half of
    the shorter one's (:func:`_overlap`, which pairs sentences to name a change) made a follow-up a version:
    "Interior Minister Mazen al-Faraya ordered an investigation." / "… said the investigation into the crash
    was continuing." (trial48 F13)."""
    wa, wb = set(_WORD.findall(old.casefold())), set(_WORD.findall(new.casefold()))
    return len(wa & wb) >= DEFAULT.member_version_sentence_overlap * max(1, len(wa), len(wb))


def other_event(place_a: str | None, place_b: str | None, day_a: str | None, day_b: str | None) -> str | None:
    """Why two texts of one outlet tell of two events whatever sentences they share, or None: their
    datelines name two places ("FRANKFURT" / "MUNICH"), or their publication days (YYYY-MM-DD) lie more
    than ``settings.version_max_days_apart`` days apart. Trial49 F12: Reuters' reports of two Verdi strikes
    36 days apart, at two airports, retell one template ("Lufthansa cancelled about 800 flights at
    Frankfurt airport on Tuesday as ground staff walked out …", the union's demand, the same quote), so
    three of five sentences were "kept" and the first report left the ledger as an outdated version.
    A place or day not stated is no evidence either way."""
    a, b = _place_key(place_a), _place_key(place_b)
    if a and b and a != b:
        return f"datelines name two places: {place_a} / {place_b}"
    gap = _days_apart(day_a, day_b)
    if gap is not None and gap > DEFAULT.version_max_days_apart:
        return f"published {gap} days apart"
    return None


def _place_key(place: str | None) -> str:
    """A dateline place as compared: its first part, case and accents folded ("Copiapó, Chile" -> "copiapo")."""
    first = (place or "").split(",")[0].strip().casefold()
    return "".join(ch for ch in unicodedata.normalize("NFKD", first) if not unicodedata.combining(ch))


def _days_apart(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat((a or "")[:10]) - date.fromisoformat((b or "")[:10])).days)
    except ValueError:
        return None


def is_rewritten_version(before: Sequence[str], after: Sequence[str], *, places: tuple[str | None, str | None] = (None, None),
                         days: tuple[str | None, str | None] = (None, None), language: str | None = None) -> bool:
    """Is the later text (its sentences ``after``) a version of the earlier one (``before``), both of one
    outlet (or byline) and one language: it keeps ``settings.member_version_share`` of the earlier one's
    sentences (:func:`kept_share`) and tells of the same event (:func:`other_event` on the two texts'
    dateline ``places`` and publication ``days``, earlier first; and no kept sentence dates its event on
    another day: :func:`other_occasion`). The rule ``compare`` (report.pipeline.version_pairs) and the
    stream (stream.versions) share."""
    if other_event(*places, *days) is not None:
        return False
    if kept_share(before, after) < DEFAULT.member_version_share:
        return False
    return other_occasion(before, after, days, language) is None


def other_occasion(before: Sequence[str], after: Sequence[str], days: tuple[str | None, str | None],
                   language: str | None) -> str | None:
    """A sentence the later text keeps (:func:`kept`) that dates its event on another day than the earlier
    one's ("Lufthansa cancelled about 800 flights at Frankfurt airport on Tuesday …" / "… about 700 flights
    at Frankfurt airport on Friday …": the same place's next strike, three days later, one template), or
    None. Days are resolved against each text's publication day ``days`` (a weekday is the last such day);
    only an event's day counts, not the day a source spoke (:func:`~storylens.analysis.quantities.date_role`:
    an update's "the agency said on Thursday" for "… on Wednesday" is the same fire)."""
    for old in before:
        new = next((t for t in after if kept(old, t)), None)
        if new is None or new == old:
            continue
        was = _event_days(old, published=days[0], language=language)
        now = _event_days(new, published=days[1], language=language)
        # the same words date the same day, whatever each text's publication day makes of them (a kept
        # "today" in an update stamped the next day is the first report's day)
        if was and now and set(was.values()) != set(now.values()) and not set(was) & set(now):
            return f"another day of the event: “{_short(old)}” / “{_short(new)}”"
    return None


def _event_days(sentence: str, *, published: str | None, language: str | None) -> dict[str, str]:
    """The days (YYYY-MM-DD) ``sentence`` dates its event on -> the words that date it ("on Tuesday",
    casefolded)."""
    from .quantities import date_role, extract_dates

    return {d.date: d.text.casefold() for d in extract_dates(sentence, published=published, language=language)
            if d.date and len(d.date) == 10 and date_role(sentence, d, language) == "event"}


def update_changes(old: str, new: str, language: str | None, *, titles: tuple[str | None, str | None] = (None, None)
                   ) -> tuple[str, ...]:
    """What the update ``new`` changed in ``old`` (two cleaned texts of one article), as ``compare``'s
    "Versions" section lists it: the headline when ``titles`` differ ("headline: “… 1,200 to flee …” →
    “… 2,000 to flee …”"), then :func:`text_changes` (figures replaced, added or removed; negations; a new
    sentence with figures), then each sentence added or removed that no sentence of the other text keeps
    (:func:`kept`; one with figures is named once, by :func:`text_changes`). Trial49 F10: the headline's
    change was silent and the added sentence only a unique claim."""
    out: list[str] = []
    title_old, title_new = titles
    if title_old and title_new and title_old != title_new:
        out.append(f"headline: “{_short(title_old)}” → “{_short(title_new)}”")
        # the bodies alone, when cleaning reads no headline in them: the headline line says its figures
        # ("figure 1,200 → 2,000" repeated it)
        bodies = (without_headline(old, title_old).strip(), without_headline(new, title_new).strip())
        if all(cleaned_text(b).title is None for b in bodies):
            old, new = bodies
    out.extend(text_changes(old, new, language))
    before, after = _compared_bodies(old, new)
    if titles[0] and titles[1]:
        before, after = without_headline(before, titles[0]), without_headline(after, titles[1])
    old_sentences, new_sentences = split_sentences(before, language), split_sentences(after, language)
    named = "\n".join(out)
    for s in new_sentences:
        if not any(kept(t, s) for t in old_sentences) and _short(s) not in named:
            out.append(f"sentence added: “{_short(s)}”")
    for s in old_sentences:
        if not any(kept(s, t) for t in new_sentences):
            out.append(f"sentence removed: “{_short(s)}”")
    return tuple(dict.fromkeys(out))
