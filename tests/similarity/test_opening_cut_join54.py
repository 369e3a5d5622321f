"""An opening cut through a number does not read the number's first digits (join54): the rules read the first
PLACE_LEAD_CHARS characters of a text, and "seit Juni 2024" cut after "Juni 20" dated the ECB's rate cut on 20 June,
so a German report and its Turkish report were "the openings date two events a week or more apart, 20 June and 5
June". A date written whole in the opening is still read."""

from __future__ import annotations

from storylens.similarity import PLACE_LEAD_CHARS, opening_event
from storylens.similarity._teams import _lead_cut

BODY = ("Die Europäische Zentralbank (EZB) hat am Donnerstag ihre Leitzinsen erneut gesenkt.\n\n"
        "Der Einlagensatz, zu dem Banken überschüssiges Geld bei der Notenbank parken können, sinkt um 0,25 "
        "Prozentpunkte auf 2,0 Prozent.\n\nEs ist bereits die achte Zinssenkung seit Juni 2024.")


def _cut_in(text: str, word: str, keep: int) -> str:
    """``text`` padded in front so the opening's cut falls after the first ``keep`` characters of ``word``."""
    at = text.index(word) + keep
    return "x " * ((PLACE_LEAD_CHARS - at) // 2) + " " * ((PLACE_LEAD_CHARS - at) % 2) + text


def test_a_year_cut_by_the_opening_is_no_day():
    text = _cut_in(BODY, "2024", 2)
    assert text[:PLACE_LEAD_CHARS].endswith("Juni 20")
    assert _lead_cut(text).endswith("Juni ")
    assert "06-20" not in opening_event(text, language="de", published="2025-06-05").event_days
    # en, es: a figure cut short is no figure either
    for body, word in (("The bank cut its rate on Thursday, the eighth cut since June 2024.", "2024"),
                       ("El banco recortó el jueves los tipos por octava vez desde junio de 2024.", "2024")):
        cut = _cut_in(body, word, 2)
        assert _lead_cut(cut).endswith((" ", "de ")) and not _lead_cut(cut).endswith("20")


def test_a_date_written_whole_in_the_opening_is_read():
    text = "Die EZB hat am 5. Juni 2025 ihre Leitzinsen gesenkt. " + BODY
    assert "06-05" in opening_event(text, language="de", published="2025-06-06").event_days
    assert _lead_cut("a" * PLACE_LEAD_CHARS + " 2024") == "a" * PLACE_LEAD_CHARS  # a cut between two words keeps all
