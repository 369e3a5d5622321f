"""dates72 (newuser71 LOW-10, LOW-8): a slash date only month-first reads is read so, an ambiguous one is read
day-first with a warning naming the order, a day after today is kept with a warning; a feed's channel title
"Outlet - Section" gives the outlet when the host writes the outlet's capitalised words."""

import datetime as dt
import json

import pytest

from storylens.ingest.dates import _future, parse_date, stated_date
from storylens.ingest.feeds import site_name


@pytest.mark.parametrize(("value", "day"), [
    ("03/14/2026", "2026-03-14"),  # the day is above 12: only month-first reads it (a US export)
    ("12/31/2025", "2025-12-31"),
    ("14/03/2026", "2026-03-14"),
    ("14.03.2026", "2026-03-14"),
])
def test_unambiguous_slash_dates(value, day):
    assert stated_date(value) == (day, None)


@pytest.mark.parametrize("value", ["03.14.2026", "13/13/2026", "2026-02-30"])
def test_unreadable_dates_stay_refused(value):
    day, warning = stated_date(value)
    assert day is None and warning is not None and "cannot read" in warning


def test_ambiguous_slash_date_read_day_first_with_the_order_named():
    day, warning = stated_date("03/04/2026")
    assert day == "2026-04-03"
    assert warning is not None and "day-first" in warning and "2026-03-04" in warning


def test_far_future_kept_with_a_warning():
    day, warning = stated_date("2099-01-01")
    assert day == "2099-01-01"
    assert warning is not None and "2099-01-01 is after today" in warning


def test_future_slack_is_one_day():
    today = dt.date(2026, 3, 14)
    assert _future("2026-03-15", "2026-03-15", "published", today) is None  # a zone ahead of this machine's
    warning = _future("03/16/2026", "2026-03-16", "published", today)
    assert warning == ("published: '03/16/2026' (2026-03-16) is after today (2026-03-14); kept as given: "
                       "check the record's date")


def test_jsonl_reads_the_us_date_and_warns_on_the_future(tmp_path):
    from storylens.ingest.jsonl import read_jsonl

    body = "Ein schwerer Sturm hat in Hamburg Dutzende Bäume entwurzelt. Zwei Menschen wurden verletzt."
    rows = [{"id": "a", "published": "03/14/2026", "text": body, "title": "Sturm A"},
            {"id": "b", "published": "2099-01-01", "text": body + " B.", "title": "Sturm B"}]
    path = tmp_path / "dates.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs = [d for d in read_jsonl(path) if not isinstance(d, Exception)]
    assert [d.metadata.get("published") for d in docs] == ["2026-03-14", "2099-01-01"]
    assert not docs[0].metadata.get("warnings")
    assert any("after today" in w for w in docs[1].metadata["warnings"])


def test_html_and_feed_paths_read_the_same_us_date():
    assert parse_date("03/14/2026") == "2026-03-14"


@pytest.mark.parametrize(("title", "link", "outlet"), [
    ("Il Corriere delle Alpi - Esteri", "https://corrierealpi.example.it/", "Il Corriere delle Alpi"),
    ("Il Corriere delle Alpi | Esteri", "https://www.corrierealpi.it/", "Il Corriere delle Alpi"),
    ("Esteri – Il Corriere delle Alpi", "https://corrierealpi.it/", "Il Corriere delle Alpi"),
    ("La Voce del Popolo - Trieste", "https://vocepopolo.example.it/", "La Voce del Popolo"),
    # the host names no part: the title stays whole (a real name with a dash is never cut)
    ("Il Corriere delle Alpi - Esteri", "https://example.com/", "Il Corriere delle Alpi - Esteri"),
    ("Notizie dal Mondo - Esteri", "https://corrierealpi.it/", "Notizie dal Mondo - Esteri"),
    ("Rhein-Zeitung", "https://rhein-zeitung.de/", "Rhein-Zeitung"),
    # as before
    ("Anadolu Ajansı - Ekonomi", "https://www.aa.com.tr/tr/ekonomi", "Anadolu Ajansı"),
    ("World news | The Guardian", "https://www.theguardian.com/world", "The Guardian"),
    ("Corriere della Sera - Esteri", "https://www.corriere.it/esteri", "Corriere della Sera"),
])
def test_feed_outlet_without_its_section(title, link, outlet):
    assert site_name(title, link) == outlet
