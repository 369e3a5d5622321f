"""review33b §1 and §4: bare clock stamps ranked a live page that runs past midnight backwards (23:40 after
00:15, so the newest toll went as history), and an entry was split at every full stop ("U.S. officials …"
lost its "U.S." and the kept rest was glued with spaces)."""

from __future__ import annotations

import pytest

from storylens.report.compare import live_history


def _run(entries):
    body = "\n\n".join(x for _, x in entries)
    return live_history(body, [{"time": t, "text": x} for t, x in entries])


_NIGHT = [
    [("22:50", "Officials say at least 5 people were killed."), ("23:40", "Officials say at least 12 people were killed."),
     ("00:15", "Officials now say at least 20 people were killed.")],
    [("23:10", "The peso traded at 37.2 per dollar."), ("23:55", "The peso traded at 37.6 per dollar."),
     ("00:30", "The peso traded at 38.5 per dollar.")],
]


@pytest.mark.parametrize("entries", _NIGHT)
@pytest.mark.parametrize("newest_first", [False, True])
def test_a_page_past_midnight_keeps_its_last_reading(entries, newest_first):
    entries = entries[::-1] if newest_first else entries
    text, removed = _run(entries)
    newest = _NIGHT[0][-1][1] if "killed" in text else _NIGHT[1][-1][1]
    assert newest in text
    assert [r.text[:5] for r in removed if r.kind == "live_history"] == sorted(
        [t for t, _ in entries if t not in ("00:15", "00:30")], key=[t for t, _ in entries].index)


@pytest.mark.parametrize(("abbrev", "lang"), [
    ("U.S. officials say 12 people were killed.", "en"),
    ("Dr. Smith said 12 people were killed.", "en"),
    ("Laut Innenministerium u.a. der Polizei wurden 12 Menschen getötet.", "de"),
])
def test_an_abbreviation_is_no_sentence_end_in_an_entry(abbrev, lang):
    later = ("10:40", "At least 20 people were killed, officials said." if lang == "en"
             else "Mindestens 20 Menschen wurden getötet.")
    entry = ("10:00", f"{abbrev} Markets fell sharply.\nThe central bank cut its rate.")
    text, removed = _run([entry, later])
    history = [r.text for r in removed if r.kind == "live_history"]
    assert history == [f"10:00 {abbrev}"]
    assert "Markets fell sharply.\nThe central bank cut its rate." in text
    assert abbrev.split()[0] not in text.replace(later[1], "")
