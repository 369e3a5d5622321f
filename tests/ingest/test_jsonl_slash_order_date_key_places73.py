"""A JSONL file's slash dates are read in one order (final72: "03/11/2024" was read day-first beside "11/15/2024"
month-first in one file, silently): the order its unambiguous dates write, ambiguous ones undated with a warning when
the file writes both; and a record's "date" key is read as its published date (it was cut to ten characters:
"March 12, " and "1773300000" became dates, a time and its zone were lost). Records written for these tests."""

from __future__ import annotations

import json

import pytest

from storylens.ingest.dates import UNREAD_DATE, slash_order, stated_date
from storylens.ingest.jsonl import read_jsonl

BODY = "Ein schwerer Sturm hat in Hamburg Dutzende Bäume entwurzelt. Zwei Menschen wurden verletzt."


def _read(tmp_path, values, key="published"):
    path = tmp_path / "records.jsonl"
    rows = [{"id": f"r{i}", "text": f"{BODY} Meldung {i}.", key: v} for i, v in enumerate(values)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return list(read_jsonl(path))


@pytest.mark.parametrize(("value", "order"), [("15/03/2026", "dmy"), ("03/15/2026", "mdy"), ("03/11/2026", None),
                                              ("11/11/2026", None), ("15.03.2026", None), ("2026-03-15", None),
                                              ("13/13/2026", None), ("03/15/2026 10:00", "mdy")])
def test_slash_order(value, order):
    assert slash_order(value) == order


def test_a_us_file_reads_its_ambiguous_dates_month_first(tmp_path):
    docs = _read(tmp_path, ["03/11/2026", "11/15/2026", "03/12/2026"])
    assert [d.metadata["published"] for d in docs] == ["2026-03-11", "2026-11-15", "2026-03-12"]
    warning = docs[0].metadata["warnings"][0]
    assert "month-first as 2026-03-11" in warning and "'11/15/2026' on line 2" in warning and "2026-11-03" in warning
    assert not docs[1].metadata.get("warnings")


def test_a_european_file_reads_day_first_as_before(tmp_path):
    docs = _read(tmp_path, ["03/11/2026", "15/03/2026"])
    assert [d.metadata["published"] for d in docs] == ["2026-11-03", "2026-03-15"]
    assert "read day-first as 2026-11-03" in docs[0].metadata["warnings"][0]


def test_a_file_of_both_orders_keeps_its_ambiguous_dates_undated_and_says_so_once(tmp_path):
    docs = _read(tmp_path, ["03/11/2026", "11/15/2026", "15/03/2026", "04/05/2026", "07/07/2026"])
    assert [d.metadata.get("published") for d in docs] == [None, "2026-11-15", "2026-03-15", None, "2026-07-07"]
    first, later = docs[0].metadata["warnings"][0], docs[3].metadata["warnings"][0]
    assert "'15/03/2026' on line 3 is day-first, '11/15/2026' on line 2 month-first" in first
    assert first.endswith(UNREAD_DATE) and later.endswith(UNREAD_DATE)  # each said in a line of its own by ingest
    assert "records.jsonl#1" in later and "on line 3" not in later
    assert docs[0].metadata["published_raw"] == "03/11/2026"


def test_a_file_without_slash_dates_reads_as_before(tmp_path):
    docs = _read(tmp_path, ["03/11/2026", "2026-03-12"])
    assert [d.metadata["published"] for d in docs] == ["2026-11-03", "2026-03-12"]


def test_a_date_key_is_read_as_the_published_date(tmp_path):
    docs = _read(tmp_path, ["2026-03-12T23:30:00-05:00", "Thu, 12 Mar 2026 10:00:00 +0100", "March 12, 2026",
                            1773300000, "yesterday"], key="date")
    assert [d.metadata.get("published") for d in docs] == ["2026-03-12"] * 4 + [None]
    # the time and its zone kept, as a "published" key's are
    assert docs[0].metadata["published_at"] == "2026-03-12T23:30:00-05:00"
    assert docs[1].metadata["published_at"] == "2026-03-12T10:00:00+01:00"
    assert "date: cannot read 'yesterday'" in docs[4].metadata["warnings"][0]
    assert all("date" not in d.metadata for d in docs)


def test_a_date_key_follows_the_files_slash_order(tmp_path):
    docs = _read(tmp_path, ["03/11/2026", "11/15/2026"], key="date")
    assert [d.metadata["published"] for d in docs] == ["2026-03-11", "2026-11-15"]


def test_without_a_files_order_stated_date_is_unchanged():
    assert stated_date("03/11/2026")[0] == "2026-11-03"
    assert stated_date("03/11/2026", order="dmy")[0] == "2026-11-03"
    assert stated_date("03/11/2026", order="mdy", evidence="x")[0] == "2026-03-11"
    assert stated_date("11/11/2026", order="mixed", evidence="x") == ("2026-11-11", None)  # both orders read it alike
    assert stated_date("15/03/2026", order="mixed", evidence="x")[0] == "2026-03-15"


@pytest.mark.parametrize("first", [
    {"published": "2026-01-05", "date": "11/15/2026"},  # a "date" beside a given published is not the record's date
    {"published": "2026-01-05", "meta": {"date": "11/15/2026"}},  # nor a nested object's (places73fix D10, D11)
])
def test_only_a_records_own_date_tells_the_files_order(tmp_path, first):
    path = tmp_path / "records.jsonl"
    rows = [{"id": "r0", "text": f"{BODY} Meldung 0.", **first}, {"id": "r1", "text": BODY, "published": "03/11/2026"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs = list(read_jsonl(path))
    assert docs[1].metadata["published"] == "2026-11-03"  # day-first, as without the other key
    assert "month-first" not in " ".join(docs[1].metadata.get("warnings", ()))


def test_a_date_key_alone_tells_the_files_order(tmp_path):
    docs = _read(tmp_path, ["11/15/2026", "03/11/2026"], key="date")
    assert [d.metadata["published"] for d in docs] == ["2026-11-15", "2026-03-11"]


def test_a_gzipped_file_reads_its_slash_dates_in_one_order_too(tmp_path):
    """A .jsonl.gz file's records cannot seek back after the first pass: it reads its own inflating stream (int73:
    the merged gzip reader and the first pass met here)."""
    import gzip

    rows = [{"id": f"r{i}", "text": f"{BODY} Meldung {i}.", "published": v}
            for i, v in enumerate(["03/11/2026", "11/15/2026", "03/12/2026"])]
    path = tmp_path / "records.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(json.dumps(r) for r in rows) + "\n").encode("utf-8")))
    docs = list(read_jsonl(path))
    assert [d.metadata["published"] for d in docs] == ["2026-03-11", "2026-11-15", "2026-03-12"]
    assert "month-first as 2026-03-11" in docs[0].metadata["warnings"][0]
