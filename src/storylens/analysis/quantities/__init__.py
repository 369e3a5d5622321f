"""Numbers and dates in news text: extract, normalise, resolve, compare.

Pure functions the claim matcher and the report call:

- :func:`extract_numbers` turns "20,000 terrorists", "20.000" (German),
  "1.5 million", "zwanzigtausend", "two dozen", "dozens", "a third" or
  "twice" into :class:`Quantity` records (a :class:`~storylens.models.NumberMention`
  with a range, a vagueness flag and what is counted). Years, dates, times and
  ordinals are *not* quantities; they belong to the dates.
- :func:`extract_dates` resolves "Thursday", "January 2nd", "earlier this week",
  "am Donnerstag", "le 2 janvier", "в четверг" against the publication date into
  :class:`ResolvedDate` records (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).
- :func:`resolve_publication` fills a missing publication date from the other
  documents and says so; :func:`build_timeline` turns dated sentences into
  :class:`~storylens.models.TimelineEvent` records merged across documents.
- :func:`compare_numbers` / :func:`compare_dates` describe conflicts such as
  ``"killed: dozens vs 164"``; :func:`extract_times` / :func:`compare_times` read
  clock times ("4:17 a.m.", "um 6.30 Uhr", "6时30分") and flag two that differ
  by more than a time zone or the 12-hour clock explains.
- What a number measures is one key across languages ("magnitude 7.8" /
  "der Stärke 7,1" / "7.1级"; "seven days" / "dreitägige" / "trzydniowa"), from
  the ``measures`` and ``compound_measures`` data of ``storylens.text``.

Everything is rule-based (English fully; German, French and Russian basic), so it
runs in milliseconds per article and needs no model. ``dateparser`` is only
asked about "N days ago"-style phrases, whose many inflections it knows better.

The package is one public API over private modules, one per task (import from the package; the modules
are an implementation detail, named here so a reader knows where to look). Lower modules never import
higher ones (the order below):

=================  ==========================================================================================
``_records``       the records (:class:`Quantity`, :class:`ResolvedDate`, :class:`PublicationDate`), ``LANGS``
``_scan``          reading around a match: words before/after an offset, overlapping spans, languages to read
``_lexicon``       word tables: number, scale, vague, fraction, currency and percent words; counted events
``_calendar``      date tables and patterns: months, weekdays, relative days, "ago", year and date forms
``_measures``      what a number measures, one key across languages: :func:`unit_key`, :func:`same_kind`,
                   :func:`same_measure`, :func:`may_count_one`, :func:`anchor_measure`, :func:`is_money_key`
``_clock``         clock times: :func:`extract_times`, :func:`compare_times`, :func:`time_readings`,
                   :func:`time_halves`, :func:`time_local`
``_dates``         dates resolved against the publication date: :func:`extract_dates`, :func:`day_first`,
                   :func:`is_date_word`, :func:`date_in_name`, :func:`may_date_month`
``_parse``         number parsing: digits in local formats, number-word runs, scale chains, candidates
``_units``         what stands around a number: unit, event, toll and change words, approximations and the
                   range they stand for (:data:`APPROX_SPREAD`), :func:`counted_words`
``_context``       figures read in their clause: percentages bound to a measure or period, running tallies,
                   wholes, tallies, ranges; :func:`percent_measures` and the percentage checks;
                   :func:`money_subjects` (what an amount of money is: damage, cost, aid, …)
``_numbers``       extraction of quantity mentions: :func:`extract_numbers`
``_timeline``      :func:`publication_dates`, :func:`resolve_publication`, :func:`build_timeline`
``_evacuees``      :func:`evacuee_reading`: counts of people tied to an evacuation word read as the evacuated,
                   for two aligned sentences that both count evacuees
``_compare``       comparison of figures: :func:`compare_numbers`, :func:`differing_numbers`,
                   :func:`differing_lone_counts`, :func:`unmatched_lone_counts`, :func:`bound_label`,
                   :func:`one_moment`
``_date_compare``  comparison of dates: :func:`compare_dates`, :func:`compare_dated`, :func:`date_role`,
                   :func:`date_side`; which dates to compare: :func:`date_is_name`,
                   :func:`same_expressions`, :func:`written_alike`,
                   :func:`same_weekdays`
=================  ==========================================================================================

Private names are imported from the module that defines them; the data-field patterns the running and
state cues use are the text layer's (:func:`storylens.text.field_pattern`), as ``conflicts`` reads them. Module state
(compiled patterns, ``@cache`` tables) lives once, in its module. A test that replaces a name on this
package changes what callers outside read through it, not the calls between the package's modules.
"""

from __future__ import annotations

from ._clock import compare_times, extract_times, time_halves, time_local, time_readings
from ._compare import (
    bound_label,
    compare_numbers,
    differing_lone_counts,
    differing_numbers,
    differing_scoped_tolls,
    one_moment,
    unmatched_lone_counts,
)
from ._context import (
    count_scope,
    injury_told_elsewhere,
    measure_before_percentages,
    money_subjects,
    percent_measures,
    scopes_apart,
    unnamed_percentages,
)
from ._date_compare import (
    DATE_ROLES,
    act_way,
    bare_weekday,
    compare_dated,
    compare_dates,
    date_is_name,
    date_role,
    date_side,
    name_noun_named,
    one_note_per_dates,
    same_expressions,
    same_weekdays,
    written_alike,
)
from ._dates import (
    counted_from_reference,
    date_in_name,
    day_first,
    extract_dates,
    is_date_word,
    may_date_month,
    read_from_reference,
    read_headline,
    read_with_next,
)
from ._evacuees import evacuee_reading
from ._lexicon import COUNTED, number_words
from ._measures import anchor_measure, is_money_key, may_count_one, same_kind, same_measure, unit_key
from ._numbers import extract_numbers
from ._records import LANGS, PublicationDate, Quantity, ResolvedDate
from ._timeline import build_timeline, publication_dates, resolve_publication
from ._units import APPROX_SPREAD, change_direction, counted_words

__all__ = [
    "APPROX_SPREAD",
    "COUNTED",
    "DATE_ROLES",
    "LANGS",
    "PublicationDate",
    "Quantity",
    "ResolvedDate",
    "act_way",
    "anchor_measure",
    "bare_weekday",
    "bound_label",
    "build_timeline",
    "change_direction",
    "compare_dated",
    "compare_dates",
    "compare_numbers",
    "compare_times",
    "count_scope",
    "counted_from_reference",
    "counted_words",
    "date_in_name",
    "date_is_name",
    "date_role",
    "date_side",
    "day_first",
    "differing_lone_counts",
    "differing_numbers",
    "differing_scoped_tolls",
    "evacuee_reading",
    "extract_dates",
    "extract_numbers",
    "extract_times",
    "injury_told_elsewhere",
    "is_date_word",
    "is_money_key",
    "may_count_one",
    "may_date_month",
    "measure_before_percentages",
    "money_subjects",
    "name_noun_named",
    "number_words",
    "one_moment",
    "one_note_per_dates",
    "percent_measures",
    "publication_dates",
    "read_from_reference",
    "read_headline",
    "read_with_next",
    "resolve_publication",
    "same_expressions",
    "same_kind",
    "same_measure",
    "same_weekdays",
    "scopes_apart",
    "time_halves",
    "time_local",
    "time_readings",
    "unit_key",
    "unmatched_lone_counts",
    "unnamed_percentages",
    "written_alike",
]
