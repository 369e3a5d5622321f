"""Trial newuser64 LOW: messages in Python's words ("line is a JSON str", "a JSON NoneType") and counts with the
wrong number ("linked 1 near-duplicates", "after 1 complete records")."""

from __future__ import annotations

import pytest

from storylens.errors import InputError
from storylens.ingest.jsonl import _line_document
from storylens.stream.ingest import IngestReport


@pytest.mark.parametrize(("line", "kind"), [('"hi"', "a string"), ("null", "null"), ("[1, 2]", "a list"),
                                           ("5", "a number"), ("true", "true or false")])
def test_a_line_that_is_no_object_is_named_in_json_s_words_with_the_fix(line, kind):
    with pytest.raises(InputError) as caught:
        _line_document(line, "x.jsonl#1")
    assert str(caught.value) == (f"x.jsonl#1: line is {kind}, not an object; write each record as one JSON object "
                                 "per line with its article in a 'text' field ({\"text\": \"...\"})")


def test_one_near_duplicate_is_one():
    assert "linked 1 near-duplicate;" in IngestReport(near_duplicates=(("a", "b"),)).summary() + ";"
    assert "linked 2 near-duplicates" in IngestReport(near_duplicates=(("a", "b"), ("c", "d"))).summary()


@pytest.mark.parametrize("value", ["-5", "0", "-1700000000", "5", "86400"])  # break64z: 5 and 86400 were 1970
def test_a_zero_or_negative_epoch_is_no_date(value):
    """Trial newuser64 LOW: ``"published": -5`` was stored as 1969-12-31 (epoch seconds before 1970: a
    placeholder, not a day the record states); the string "0" was already refused."""
    doc = _line_document('{"text": "Heavy rain flooded Valencia on Tuesday, officials said.", "published": '
                         + value + "}", "x.jsonl#1")
    assert doc.metadata.get("published") is None
    assert doc.metadata["warnings"] == [f"published: cannot read '{value}' as a date; kept as no date"]
