"""Publication dates from evidence: machine formats in metadata -> ISO ``YYYY-MM-DD`` or None.

A date is the calendar day *where it was written*: ``2022-01-06T23:05:00-05:00``
is 2022-01-06, not the next day in UTC. Epoch numbers have no zone and are read
as UTC. Nothing here looks at the clock or guesses from numbers in a text.

Accepted (the shapes news feeds, exports and crawls use):

- epoch seconds (``1641459600``) and milliseconds (``1641459600000``), as numbers or digit strings;
- ISO 8601 dates and date-times with or without an offset (``2022-01-06T10:00:00+01:00``);
- RFC 822 / RFC 1123 / RFC 2822 (``Thu, 06 Jan 2022 10:00:00 GMT``);
- compact ``YYYYMMDD`` and ``YYYYMMDDhhmmss`` (GDELT, WARC-Date without separators);
- ISO 8601 week dates (``2022-W01-4``, ``2022W014``); a week without its day is no date;
- day-first ``dd.mm.yyyy`` and ``dd/mm/yyyy`` (European, the day comes first; :func:`stated_date`
  warns with the reading when a slash date could also be month-first, ``06/01/2022``); a slash date
  that only month-first reads (``03/14/2026``, a US export) is read so;
- anything else dateparser reads unambiguously in strict mode (``6 January 2022``).

Years outside 1900..2100 are rejected: they are not publication dates. A stated date more than a day after
today is kept with a warning (:func:`stated_date`): the clock never makes a date, it only doubts one.

A wire dateline often gives a day and a month without a year ("Copiapó (Chile), 13 oct (EFE).-",
"САНТЬЯГО, 13 окт — РИА Новости.", "新华社圣地亚哥10月13日电"). The rule for such a day
(:func:`month_day`, :func:`year_of_day`):

- it is the publication date only when the year is known **from the text** (the text writes the
  same day and month with a year: "el 13 de octubre de 2026", "13/10/2026", "2026年10月13日", or full
  dates a few days from it that all put it in one year; the page's removed stamps a month away) or
  **from the record** (the date it was crawled: the year of that date, or the year before when the
  day falls after it, since a dispatch is never later than its capture);
- otherwise the day and month are kept as such (``--10-13``, ISO 8601's form for a day of no stated
  year) and the article has no publication date. The year is never taken from the clock.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from itertools import pairwise

__all__ = ["DATE_LANGUAGES", "DateError", "month_day", "nearest_year_of_day", "parse_date", "parse_timestamp",
           "slash_order", "stated_date", "written_offset", "year_of_day"]

# Languages whose month names dateparser tries. Naming them keeps its first call
# at ~1 s instead of ~6 s (it otherwise loads every language it knows).
DATE_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "ru", "uk", "tr", "ar", "zh", "ja", "ko")

_MIN_YEAR, _MAX_YEAR = 1900, 2100
# Epoch seconds of 1971-01-01: a smaller number given as a date is a placeholder or a count (_epoch_moment); the
# web's news begins decades later, so no real record is lost below it
_EPOCH_FLOOR = 31_536_000
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
# YYYYMMDD, then hours, minutes and seconds optional (8, 10, 12 or 14 digits).
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})\.?(?:[ ,T].*)?$")
# ISO 8601's week date, "2022-W01-4" (the Thursday of week 1) or "2022W014", a time after it optional; any other
# value naming a week ("2022/W01/4", "W01 2022") is no day (fielddates78: dateparser cut "2022-W01-4" into 2022-01-04)
_ISO_WEEK = re.compile(r"^(\d{4})-?W(\d{2})-?([1-7])(?:T.*)?$")
_WEEK = re.compile(r"(?<![A-Za-z])W\d")


class DateError(ValueError):
    """A value that looks like it should be a date but cannot be read as one (``str(exc)`` is the reason)."""


# How the warning on a stated date that cannot be read ends (stream.ingest says such warnings in a line of their own)
UNREAD_DATE = "kept as no date"


def stated_date(value: object, field: str = "published", order: str | None = None,
                evidence: str = "") -> tuple[str | None, str | None]:
    """A date a record states (a JSONL field, an API client's ``published``) -> (``YYYY-MM-DD`` or None,
    warning or None). Unreadable ("yesterday", "2024-13-45") is no date and one warning naming the
    field and the value, never the raw string passed on as a date. The one reading of stated dates
    for ingest and the API (they were two four-line copies with different messages).

    ``order``: how the file the value comes from writes its slash dates (:func:`slash_order` of its other
    records; ``evidence`` says where): a slash date whose day and month could swap is read month-first in a file
    whose slash dates are month-first ("mdy"), and is no date in a file that writes both orders ("mixed"); else
    day-first, as without an order."""
    if order in ("mdy", "mixed") and (both := _swappable(value)) is not None:
        return _in_file_order(str(value).strip(), both, field, order, evidence)
    try:
        day = parse_date(value)
    except DateError as exc:
        return None, f"{field}: {exc}; {UNREAD_DATE}"
    warnings = [w for w in (_ambiguous(value, day, field), _future(value, day, field)) if w]
    return day, "; ".join(warnings) or None


_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ ,T].*)?$")


def slash_order(value: object) -> str | None:
    """The order a slash date writes its day and month in when only one reads it: "dmy" for "15/03/2026",
    "mdy" for "03/15/2026"; None for any other value, and for one both orders read ("03/11/2026")."""
    m = _SLASH.match(value.strip()) if isinstance(value, str) else None
    if m is None:
        return None
    first, second = int(m[1]), int(m[2])
    if first > 12 >= second >= 1:
        return "dmy"
    if second > 12 >= first >= 1:
        return "mdy"
    return None


def _swappable(value: object) -> tuple[date, date] | None:
    """(day-first, month-first) readings of a slash date both orders read as two days ("03/11/2026"), else None."""
    m = _SLASH.match(value.strip()) if isinstance(value, str) else None
    if m is None or m[1].lstrip("0") == m[2].lstrip("0"):
        return None
    dmy, mdy = _ymd(m[3], m[2], m[1]), _ymd(m[3], m[1], m[2])
    if dmy is None or mdy is None or not (_MIN_YEAR <= dmy.year <= _MAX_YEAR):
        return None
    return dmy, mdy


def _in_file_order(written: str, both: tuple[date, date], field: str, order: str,
                   evidence: str) -> tuple[str | None, str | None]:
    """A swappable slash date read in its file's order (:func:`stated_date`): month-first with a warning naming the
    reading and the file's evidence, or no date in a file that writes both orders (the tester's final72: "03/11/2024"
    was read day-first beside "11/15/2024" month-first in one file, silently)."""
    dmy, mdy = both
    if order == "mixed":
        return None, (f"{field}: {written!r} could be day/month or month/day, and this file writes slash dates in both "
                      f"orders ({evidence}); give YYYY-MM-DD; {UNREAD_DATE}")
    day = mdy.isoformat()
    warning = (f"{field}: {written!r} is ambiguous (day/month or month/day); read month-first as {day}, as this file "
               f"writes its slash dates ({evidence}), not {dmy.isoformat()}; give YYYY-MM-DD to be sure")
    return day, "; ".join(w for w in (warning, _future(written, day, field)) if w)


# A day after today by more than this is no publication yet: the widest zone gap (UTC+14 to UTC-12) is one day
_FUTURE_SLACK_DAYS = 1


def _future(value: object, day: str | None, field: str, today: date | None = None) -> str | None:
    """A warning for a stated day after today (``"2099-01-01"``: newuser71 LOW-10 stored it silently): kept as
    given, since the record may know better than this machine's clock, but said."""
    if not day:
        return None
    today = today or datetime.now(UTC).date()
    if date.fromisoformat(day) <= today + timedelta(days=_FUTURE_SLACK_DAYS):
        return None
    written = str(value).strip()[:40]
    said = day if written == day else f"{written!r} ({day})"
    return f"{field}: {said} is after today ({today.isoformat()}); kept as given: check the record's date"


def _ambiguous(value: object, day: str | None, field: str) -> str | None:
    """A warning naming the reading of a slash date whose day and month could swap (``06/01/2022``:
    read day-first as 2022-01-06, while a US writer means 2022-06-01); None when only one reading exists."""
    if not isinstance(value, str) or not day:
        return None
    m = _DMY.match(value.strip())
    if m is None or "/" not in value or m.group(1).lstrip("0") == m.group(2).lstrip("0") or int(m.group(2)) > 12:
        return None
    if int(m.group(1)) > 12:
        return None
    other = _ymd(m.group(3), m.group(1), m.group(2))
    return (f"{field}: {value.strip()!r} is ambiguous (day/month or month/day); read day-first as {day}, "
            f"not {other.isoformat() if other else 'month-first'}; give YYYY-MM-DD to be sure")


def parse_date(value: object) -> str | None:
    """``value`` -> ``YYYY-MM-DD``; None for an empty value; :class:`DateError` when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise DateError(f"not a date: {value!r}")
    if isinstance(value, (int, float)):
        return _check(_epoch(float(value)), value)
    if isinstance(value, datetime):
        return _check(value.date(), value)
    if isinstance(value, date):
        return _check(value, value)
    if not isinstance(value, str):
        raise DateError(f"not a date: a JSON {type(value).__name__}")
    text = value.strip()
    if not text:
        return None
    return _check(_from_string(text), value)


# A date-time as ISO 8601 writes it: a time of day after the date, seconds and fractions optional, then
# an offset ("Z", "+01:00", "+0100") or none.
_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$",
                       re.IGNORECASE)
# A 12-hour clock's marker after the time ("10:30 PM", "10:30 p.m."): parsedate_tz skips it, so
# "10:30 PM" was 10:30 (and a zone after it was lost); it is taken out and applied to the hour.
_MERIDIEM = re.compile(r"(\d:\d\d(?::\d\d)?)\s*([ap])\.?m\b\.?", re.IGNORECASE)
# The zone an RFC 822 date ends with; parsedate_tz reads a missing zone as UTC, which it is not.
_RFC_ZONE = re.compile(r"(?:[+-]\d{4}|\b(?:GMT|UTC|UT|Z|[ECMP][SD]T))\s*$", re.IGNORECASE)


def parse_timestamp(value: object) -> str | None:
    """The moment ``value`` states, to the second, when it states a time of day: ISO 8601
    ``YYYY-MM-DDThh:mm:ss`` with the offset it was written with (``+01:00``; ``+00:00`` for "Z", "GMT"
    and epoch numbers), or without one when none was written (a local time of an unknown zone). None
    for a date alone, an empty value or an unreadable one (:func:`parse_date` says why): an update
    filed the same day as its original is ordered by this, never by a time taken from the clock."""
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return _stamp(_epoch_moment(float(value)))
    if isinstance(value, datetime):
        return _stamp(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.isdigit():
        found = _from_digits(text)
        return _stamp(found) if isinstance(found, datetime) else None
    return _stamp(_time_of(text))


# An offset written after GMT or UTC ("GMT+1", "UTC-05:00", "GMT+0100", "GMT+5:30", "GMT\u22123" with a minus sign); a
# space may stand before the sign ("GMT +7"), none after it ("10:15 GMT - 14 March" writes no offset). Its digits are
# checked by _offset_of, so "GMT+15" or "GMT+1:75" is an offset written wrong, not plain GMT.
_ZONE_OFFSET = re.compile(r"\b(?:GMT|UTC)\s?([+\-\u2212])(\d+(?::\d+)?)", re.IGNORECASE)
# ... closing a date-time, in brackets or before a full stop ("09:10 (GMT+7)", VnExpress; "8:00 PM GMT+1.")
_ZONE_OFFSET_END = re.compile(rf"\(?{_ZONE_OFFSET.pattern}\)?\.?\s*$", re.IGNORECASE)
_ZONE_COMMENT = re.compile(r"([+\-]\d{4})\s*\([A-Za-z][A-Za-z .]{0,40}\)$")
_OFFSET_DIGITS = re.compile(r"(\d{1,2})(?::(\d{2}))?|(\d{2})(\d{2})")
_MAX_OFFSET = timedelta(hours=14)  # the furthest any zone is from UTC (Kiribati's Line Islands, +14:00)


def written_offset(text: str) -> str | None:
    """The offset ``text`` writes after GMT or UTC, as ISO: "GMT+1" -> "+01:00", "UTC-05:00" -> "-05:00",
    "GMT+5:30" -> "+05:30", "GMT+0100" -> "+01:00"; "" when it writes none (plain "GMT" is +00:00 by its name, which
    the caller reads); None when it writes one no zone has ("GMT+15", "GMT+1:75"): no moment, never GMT's. The one
    reader of such offsets for dates, report.compare and stream.metadata (stop 71: three copies, two of which lost
    "GMT+5:30" or "GMT+0100")."""
    match = _ZONE_OFFSET.search(text)
    if match is None:
        return ""
    if (offset := _offset_of(match)) is None:
        return None
    return datetime(2000, 1, 1, tzinfo=offset).isoformat()[-6:]  # "+05:30"; "GMT-0" is "+00:00", as ISO writes UTC


def _offset_of(match: re.Match[str]) -> timezone | None:
    """The zone a :data:`_ZONE_OFFSET` match writes, or None for digits no zone has."""
    digits = _OFFSET_DIGITS.fullmatch(match[2])
    if digits is None:
        return None
    hours, minutes = (int(d or 0) for d in (digits[1] or digits[3], digits[2] or digits[4]))
    offset = timedelta(hours=hours, minutes=minutes)
    if minutes > 59 or offset > _MAX_OFFSET:
        return None
    return timezone(-offset if match[1] != "+" else offset)



def parsedate_tz(text: str) -> tuple[int, int, int, int, int, int, int, int, int, int | None] | None:
    """``email.utils.parsedate_tz``, imported on the first RFC 2822 date: ``email.utils`` imports ``socket`` and the
    email package, ~20 CPU-ms of every process that imports this module (a compare of .txt files reads none, warm72)."""
    from email.utils import parsedate_tz as parse

    return parse(text)

def _time_of(text: str) -> datetime | None:
    if m := _ISO_TIME.match(text):
        day, clock, zone = m.groups()
        zone = "+00:00" if zone and zone.upper() == "Z" else zone
        if zone and ":" not in zone:
            zone = f"{zone[:3]}:{zone[3:]}"
        try:
            return datetime.fromisoformat(f"{day}T{clock.replace(',', '.')}{zone or ''}")
        except ValueError:
            return None
    offset = None
    if m := _ZONE_OFFSET_END.search(text):  # "09:00 GMT+1": parsedate_tz reads it as GMT, or as no zone at all
        if (offset := _offset_of(m)) is None:
            return None
        text = text[:m.start()].rstrip()
    # RFC 2822's zone comment after a numeric offset ("09:00:00 +0100 (CET)", "+0000 (UTC)"): parsedate_tz
    # reads the comment as the zone and loses the offset (tz71fix)
    text = _ZONE_COMMENT.sub(r"\1", text)
    meridiem = None
    if m := _MERIDIEM.search(text):
        meridiem = m.group(2).lower()
        text = f"{text[:m.start()]}{m.group(1)}{text[m.end():]}"
    parts = parsedate_tz(text)
    if parts is None or not parts[0] or not re.search(r"\d:\d\d", text):
        return None
    hour = int(parts[3])
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None  # "13:30 PM": no reading
        hour = hour % 12 + (12 if meridiem == "p" else 0)  # 12 AM is midnight, 12 PM noon
    try:
        local = datetime(int(parts[0]), int(parts[1]), int(parts[2]), hour, int(parts[4]), int(parts[5]))
    except ValueError:
        return None
    if offset is not None:
        return local.replace(tzinfo=offset)
    if _RFC_ZONE.search(text) is None:
        return local
    return local.replace(tzinfo=timezone(timedelta(seconds=parts[9] or 0)))


def _stamp(moment: datetime | None) -> str | None:
    if moment is None or not _MIN_YEAR <= moment.year <= _MAX_YEAR:
        return None
    return moment.replace(microsecond=0).isoformat()


def _check(day: date | None, original: object) -> str:
    if day is None:
        raise DateError(f"cannot read {str(original)[:40]!r} as a date")
    if not _MIN_YEAR <= day.year <= _MAX_YEAR:
        raise DateError(f"{str(original)[:40]!r} gives the year {day.year}, outside {_MIN_YEAR}-{_MAX_YEAR}")
    return day.isoformat()


def _epoch(seconds: float) -> date | None:
    moment = _epoch_moment(seconds)
    return moment.date() if moment is not None else None


def _epoch_moment(seconds: float) -> datetime | None:
    """Epoch seconds, or milliseconds above 1e11 (1e11 s is the year 5138), as a UTC moment; None for a number
    below :data:`_EPOCH_FLOOR`: 0 and numbers near it are a system's placeholder for "no date" (1970-01-01) or a
    count, not a day a news record states (trial newuser64: ``"published": -5`` was stored as 1969-12-31;
    break64z: 5 and 86400 as 1970-01-01 and -02)."""
    if seconds < _EPOCH_FLOOR:
        return None
    if seconds > 1e11:
        seconds /= 1000.0
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None


def _from_digits(text: str) -> datetime | date | None:
    """A string of digits as :func:`parse_date` and :func:`parse_timestamp` both read it: ``YYYYMMDD``
    with hours, minutes and seconds optional when it is a real day (a moment, of no zone, when it
    gives minutes; the day alone when its clock is no time), else epoch seconds or milliseconds (9,
    10, 12 or 13 digits, UTC), else None. The compact form first: "202403141230" is 2024-03-14 12:30,
    not an epoch in 1976."""
    if len(text) in (8, 10, 12, 14) and (m := _COMPACT.match(text)) and (day := _ymd(*m.groups()[:3])):
        if m.group(5) is None:
            return day
        try:
            return datetime(day.year, day.month, day.day, int(m.group(4)), int(m.group(5)), int(m.group(6) or 0))
        except ValueError:
            return day
    if len(text) in (9, 10, 12, 13):
        return _epoch_moment(float(text))
    return None


def _week_day(text: str) -> date | None:
    """The day of an ISO 8601 week date ("2022-W01-4" -> 2022-01-06); None (no date, a warning naming the value) for a
    week without its day ("2022-W01") or a week written otherwise ("2022/W01/4"), never a day guessed from its digits."""
    m = _ISO_WEEK.match(text)
    if m is None:
        return None
    try:
        return date.fromisocalendar(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:  # week 53 of a year of 52 weeks, week 00
        return None


def _ymd(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _from_string(text: str) -> date | None:
    m = _ISO.match(text)
    if m:
        return _ymd(*m.groups())
    if _WEEK.search(text):
        return _week_day(text)
    if text.isdigit():
        found = _from_digits(text)
        return found.date() if isinstance(found, datetime) else found
    m = _DMY.match(text)
    if m:
        d, mo, y = m.groups()
        if "/" in text and int(d) <= 12 < int(mo):  # only month-first reads it: "03/14/2026" (newuser71 LOW-10)
            return _ymd(y, d, mo)
        return _ymd(y, mo, d)
    parts = parsedate_tz(text)
    if parts is not None and parts[0]:
        return _ymd(str(parts[0]), str(parts[1]), str(parts[2]))  # the day where it was written
    return _dateparser(text)


def _dateparser(text: str) -> date | None:
    if len(text) > 64 or not re.search(r"\d{4}", text):
        return None  # no year: "Friday" or "06.01." is not a publication date
    import dateparser

    parsed = dateparser.parse(text, languages=list(DATE_LANGUAGES),
                              settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False,
                                        # never from the clock ("26 Den 2026": 26 days ago; try48 F9)
                                        "PARSERS": ["custom-formats", "absolute-time"]})
    return parsed.date() if parsed else None


# ----------------------------------------------------------------- a dateline's day without a year

_CJK_DAY = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR = r"((?:19|20)\d{2})(?!\d)"


def month_day(written: str, language: str | None = None) -> str | None:
    """A day and a month of any language with no year -> ``--MM-DD``, else None: "13 oct", "Nov 16",
    "16 ноября", "13 окт", "10月13日". A month's short form is a month name's first letters
    (RIA's "окт", EFE's "oct"). ``language``: the text's, when known: a month name of it is read as its month
    (Croatian "listopada" is October, Polish November: try48 F9)."""
    cjk = _CJK_DAY.fullmatch(written.strip())
    if cjk:
        return _yearless(int(cjk[2]), int(cjk[3]))
    days = re.findall(r"(?<!\d)\d{1,2}(?!\d)", written)
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", written)]
    pairs = [" ".join(p) for p in pairwise(words)]  # "تشرين الثاني": a two-word month
    from ..text import month_names

    own = month_names(language) if language else {}
    month = next((own[w] for w in words if w in own and len(w) > 3), None) \
        or next((m for w in pairs if (m := _two_word_month(w))), None) or next(
        (m for w in words if (m := _month_of(w))), None)
    return _yearless(month, int(days[0])) if month and len(days) == 1 else None


def year_of_day(day: str, text: str = "", record: str | None = None, furniture: str = "") -> str | None:
    """``--MM-DD`` with its year as ``YYYY-MM-DD`` when ``text`` writes that day with a year, else when the
    full dates ``text`` writes within :data:`_NEAR_DAYS` days of it all put it in one year ("BEIJING, Nov 26"
    over "on 24 November 2026"), else when the full dates of the page's ``furniture`` (removed header lines,
    update stamps: "Updated Nov 27, 2026") within :data:`_FURNITURE_DAYS` days do, or the ``record`` date
    (``YYYY-MM-DD…``, when it was crawled) gives it; else None (see the module's rule: never the clock)."""
    month, dom = int(day[2:4]), int(day[5:7])
    years = set(_written_years(text, month, dom))
    if len(years) == 1 and (found := _ymd(str(years.pop()), str(month), str(dom))):
        return found.isoformat()
    for source, days in ((text, _NEAR_DAYS), (furniture, _FURNITURE_DAYS)):
        if not years and (near := _year_near(day, source, days)):
            return near
    if record and (m := _ISO.match(str(record).strip())):
        year = int(m[1]) - ((month, dom) > (int(m[2]), int(m[3])))
        found = _ymd(str(year), str(month), str(dom))
        return found.isoformat() if found else None
    return None


# How near a full date of the text must be to a yearless dateline's day to give it its year: a story's own
# days ("on Tuesday, 24 November 2026" under "Nov 26"), not an anniversary's (a year's date written a month off).
# Set by hand to a week, not tuned; the removed furniture's stamps (an update, a header date) are
# the article's own, so a month.
_NEAR_DAYS = 7
_FURNITURE_DAYS = 31


def _year_near(day: str, text: str, days: int) -> str | None:
    """``--MM-DD`` dated by the full dates of ``text`` at most ``days`` days from it, when each puts it in the
    same year (:func:`nearest_year_of_day` of each); None without such a date or when they disagree."""
    if not text:
        return None
    found = set()
    for year, month, dom in _full_dates(text):
        if (near := nearest_year_of_day(day, f"{year:04d}-{month:02d}-{dom:02d}")) is None:
            continue
        if abs((date.fromisoformat(near) - date(year, month, dom)).days) <= days:
            found.add(near)
    return found.pop() if len(found) == 1 else None


def nearest_year_of_day(day: str, near: str) -> str | None:
    """``--MM-DD`` as the ``YYYY-MM-DD`` nearest to ``near`` (another document's date of the same story,
    ``YYYY-MM-DD``), either side of it: an update datelined "Dec 2" beside a story of 2026-11-30 is of
    2026-12-02, not 2025 (the record's rule of :func:`year_of_day`, "never after its capture", does not
    hold for another document, which an update follows). None when ``near`` is no date."""
    m = _ISO.match(str(near).strip())
    if m is None:
        return None
    anchor = date(int(m[1]), int(m[2]), int(m[3]))
    found = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _ymd(str(y), day[2:4], day[5:7]))]
    return min(found, key=lambda d: abs((d - anchor).days)).isoformat() if found else None


def _yearless(month: int | None, dom: int) -> str | None:
    # 2000 is a leap year: "29 feb" is a day; a day a month never has ("31 nov") is none
    return f"--{month:02d}-{dom:02d}" if month and _ymd("2000", str(month), str(dom)) else None


def _two_word_month(words: str) -> int | None:
    from ..text import all_month_names

    return all_month_names().get(words)


def _month_of(word: str) -> int | None:
    """The one month a word names (a name, or the first letters of one month's names only)."""
    from ..text import months_named

    found = months_named(word)
    return next(iter(found)) if len(found) == 1 else None


def written_date(text: str) -> str | None:
    """The ISO date of a text that is only a full date with a month's name of any language the text layer
    knows, CLDR's forms and its regional ones ("23 تموز 2025", "14 تشرين الثاني 2025", "23 Temmuz 2025"),
    else None (no date, or more than one). What dateparser's locales miss: the Levantine and Iraqi month names
    of Arabic (trial57 F4: the header of a Jordanian agency's report was no date, and a claim)."""
    m = _WORD_DATE.fullmatch(text.strip().rstrip("."))
    found = _word_date(m) if m else None
    return f"{found[0]:04d}-{found[1]:02d}-{found[2]:02d}" if found and _ymd(*map(str, found)) else None


def written_days(text: str) -> list[str]:
    """The ISO day (``YYYY-MM-DD``) of each full date ``text`` writes, in text order by form ("Updated March 15,
    2026 10:00 GMT" -> ["2026-03-15"], "14.03.2026, 10.15 Uhr" -> ["2026-03-14"]); [] when it writes none."""
    return [f"{y:04d}-{m:02d}-{d:02d}" for y, m, d in _full_dates(text)]


def _written_years(text: str, month: int, dom: int) -> list[int]:
    """The years ``text`` writes beside this day and month: "13 de octubre de 2026", "October 13, 2026",
    "13. Oktober 2026", "13/10/2026", "2026-10-13", "2026年10月13日"."""
    return [y for y, m, d in _full_dates(text) if (m, d) == (month, dom)]


def _full_dates(text: str) -> list[tuple[int, int, int]]:
    """(year, month, day) of each full date ``text`` writes, in the forms :func:`_written_years` reads; a day
    no month has is left out."""
    out = [(int(m[1]), int(m[2]), int(m[3])) for m in _CJK_DAY.finditer(text) if m[1]]
    for m in re.finditer(rf"(?<!\d)(\d{{1,2}})[./](\d{{1,2}})[./]{_YEAR}|{_YEAR}-(\d{{2}})-(\d{{2}})(?!\d)", text):
        if m[1]:
            out.append((int(m[3]), int(m[2]), int(m[1])))
        elif m[5]:
            out.append((int(m[4]), int(m[5]), int(m[6])))
    # a day and a month word, then the year within a few words ("13 de octubre de 2026", "October 13, 2026")
    # Arabic names the month twice: "26 تشرين الثاني/نوفمبر 2026" (the second name is read)
    # ... and a month of two words, the Levantine "تشرين الثاني" (November; trial57 F4: "14 تشرين الثاني 2025"
    # under a headline was no date, and the header a claim)
    out.extend(found for m in _WORD_DATE.finditer(text) if (found := _word_date(m)))
    return [(y, m, d) for y, m, d in out if _ymd(str(y), str(m), str(d))]


_WORD_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s+(?:([^\W\d_]+)\s+)?(?:[^\W\d_]+/)?([^\W\d_]+)\.?,?\s+"
                        rf"(?:[^\W\d_]+\s+)?{_YEAR}|([^\W\d_]+)\.?\s+(\d{{1,2}})(?!\d),?\s+{_YEAR}")


def _word_date(m: re.Match[str]) -> tuple[int, int, int] | None:
    """(year, month, day) of a :data:`_WORD_DATE` match whose word is a month's name, else None."""
    word, number = (m[3], m[1]) if m[1] else (m[5], m[6])
    pair = f"{m[2]} {m[3]}".casefold() if m[1] and m[2] else ""
    month = (_two_word_month(pair) if pair else None) or _month_of(word.casefold())
    return (int(m[4] if m[1] else m[7]), month, int(number)) if month is not None else None


# Arabic-script letters dateparser reads as one (the Persian and Urdu forms of yeh and kaf and the Arabic ones):
# folded alike on both sides of the match below.
_LETTER_VARIANTS = str.maketrans("یک", "يك")


def date_fold(text: str) -> str:
    """``text`` as dateparser compares a date string's words with its locales' (lower case, without combining
    marks, Arabic-script letter variants as one; a trailing dot left out)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if unicodedata.category(c) != "Mn")
    return folded.lower().translate(_LETTER_VARIANTS).strip().rstrip(".")


# dateparser's keys of the twelve months in its language data, in calendar order
MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")


@cache
def month_readings() -> dict[str, dict[str, int]]:
    """A month name's form (folded: :func:`date_fold`) -> {language: its month 1-12} over dateparser's
    languages, each form's languages in dateparser's order (its data modules, ~40 ms; no locale built)."""
    from importlib import import_module

    from dateparser.data.languages_info import language_order

    out: dict[str, dict[str, int]] = {}
    for lang in language_order:
        info = import_module(f"dateparser.data.date_translation_data.{lang}").info
        for month, key in enumerate(MONTH_KEYS, 1):
            for form in info.get(key, ()):
                out.setdefault(date_fold(str(form)), {}).setdefault(lang, month)
    return out




def disputed_month(word: str) -> bool:
    """Whether languages name different months by ``word`` (:func:`month_readings`): Croatian "listopada" is
    October, Polish and Czech November; Croatian "srpnja" July, Czech "srpna" August. Read only in a language known
    to be the text's (try48 F9, break49 N5)."""
    return len(set(month_readings().get(date_fold(word), {}).values())) > 1  # one form, two months
