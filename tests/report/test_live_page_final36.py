"""final36 §3: a live entry that states something new and re-reads a running quantity ("The central bank
raised its key rate to 5.25% from 4.75%. The lira traded at 10.62 per dollar, down 0.2%.") stayed whole, so
its older lira reading was evidence in the shared lira claim beside the newest one. The rule runs per
quantity: the entry keeps its new sentence and loses the sentence a later entry reads again."""

from __future__ import annotations

import pytest

from storylens.report.compare import live_history

_NEWEST = ("15:40", "The lira traded at 10.85 per dollar, down 0.9% on the day, as traders digested the decision.")
_MIXED = [
    ("13:05", "The central bank raised its key rate to 5.25% from 4.75%. The lira traded at 10.62 per dollar, down 0.2%."),
    ("13:05", "At least 12 people were killed, officials said. The rescue chief resigned on Monday."),
]


def _run(entries):
    body = "\n\n".join(x for _, x in entries)
    return live_history(body, [{"time": t, "text": x} for t, x in entries])


def test_an_entry_loses_its_superseded_sentence_and_keeps_its_news():
    text, removed = _run([_NEWEST, _MIXED[0]])
    assert "10.62" not in text and "10.85" in text
    assert "raised its key rate to 5.25% from 4.75%." in text
    history = [r.text for r in removed if r.kind == "live_history"]
    assert history == ["13:05 The lira traded at 10.62 per dollar, down 0.2%."]


@pytest.mark.parametrize("entries", [
    [("19:40", "At least 38 people were killed, the ministry said."), _MIXED[1]],
    [_MIXED[1], ("19:40", "Der Zivilschutz meldet mindestens 38 Tote.")][::-1],
])
def test_a_toll_sentence_goes_the_same_way(entries):
    text, removed = _run(entries)
    assert "At least 12 people" not in text
    assert "The rescue chief resigned on Monday." in text
    assert any(r.kind == "live_history" and "12 people" in r.text for r in removed)


def test_an_entry_whose_sentences_are_all_new_stays_whole():
    text, removed = _run([("15:40", "The lira traded at 10.85 per dollar."),
                          ("13:05", "The central bank raised its key rate to 5.25%. Inflation was 3.1% in November.")])
    assert "raised its key rate to 5.25%. Inflation was 3.1% in November." in text
    assert [r.kind for r in removed] == ["live_time", "live_time"]
