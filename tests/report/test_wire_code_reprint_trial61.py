"""Trial61 F6: two papers' copies of one wire dispatch whose agency no list names ("KAMPALA (EAW) —", East Africa
Wire) were two independent sources: the dateline was not read (its agency is in no list), so no "one wire's
dateline" was found. A wire's initials in brackets after a place in capitals now make a dateline, and two
near-identical copies carrying one such code are a reprint when one byline's author is on both; two reporters'
near-identical texts under one unlisted code stay two sources."""

from __future__ import annotations

import pytest

from storylens.models import RawDocument
from storylens.prepare.clean import clean_text
from storylens.report.compare import prepare_document
from storylens.report.pipeline import reprint_pairs, version_pairs

_PARAGRAPHS = (
    ("At least 27 people drowned when an overloaded passenger ferry capsized on Lake Victoria on Sunday evening, police "
    "said, in one of the worst accidents on the lake in a decade."),
    ("The MV Kalangala Star was travelling from Kasenyi landing site near Entebbe to Bukasa Island in Kalangala district "
    "when it overturned in strong winds at about 7 p.m., roughly four kilometres from the island."),
    ('"The vessel was carrying far more people than it was licensed for," Assistant Commissioner Grace Nabirye, head of '
    "the police marine unit, told reporters at Kasenyi."),
    ("She said the ferry was licensed for 90 passengers but survivors estimated that around 140 people were on board, "
    "along with bags of cement and charcoal."),
    "Fishermen from Bukasa were the first to reach the scene in their canoes, and the search continued on Monday.",
    "President Yoweri Museveni ordered an investigation and declared three days of national mourning.",
)


def _copy(masthead: str, header: str, headline: str, dateline: str = "KAMPALA (EAW) —", cut: int = 0) -> str:
    body = "\n\n".join(_PARAGRAPHS[: len(_PARAGRAPHS) - cut])
    return f"{masthead}\n{header}\n\n{headline}\n\n{dateline} {body}"


def _docs(*texts: str):
    return [prepare_document(RawDocument(f"d{i}.txt", text), f"d{i}") for i, text in enumerate(texts, 1)]


@pytest.mark.parametrize("dateline, place", [("KAMPALA (EAW) —", "KAMPALA"), ("GOMA (GLN) -", "GOMA")])
def test_a_wire_code_in_brackets_is_a_dateline(dateline: str, place: str) -> None:
    clean = clean_text(f"Ferry capsizes on Lake Victoria\n\n{dateline} {_PARAGRAPHS[0]}\n\n{_PARAGRAPHS[1]}")
    assert clean.text.split("\n\n")[1].startswith("At least 27")
    assert [r.text for r in clean.removed if r.kind == "dateline"] == [dateline]
    assert clean.place == place


def test_two_papers_copies_of_an_unlisted_wire_with_one_byline_are_a_reprint() -> None:
    docs = _docs(
        _copy("The Lakeside Observer", "News › Uganda › Monday, November 23, 2026\nBy Brian Ssempala, East Africa Wire",
              "27 dead as overloaded ferry capsizes off Bukasa Island"),
        _copy("KAMPALA EVENING POST", "Brian Ssempala | EAW | 23 Nov 2026, 09:14 EAT",
              "Ferry tragedy: Kalangala Star overturns near Bukasa", cut=1))
    (reprint,) = reprint_pairs(docs, version_pairs(docs))
    assert (reprint.original, reprint.copy, reprint.wire) == ("d1", "d2", "EAW")
    assert reprint.note == "d2 reprints d1 (EAW): near-identical text, one wire's dateline"


def test_two_reporters_under_one_unlisted_code_stay_two_sources() -> None:
    docs = _docs(
        _copy("The Lakeside Observer", "News › Uganda › Monday, November 23, 2026\nBy Brian Ssempala",
              "27 dead as overloaded ferry capsizes off Bukasa Island"),
        _copy("KAMPALA EVENING POST", "Sarah Nakato | EAW | 23 Nov 2026, 09:14 EAT",
              "Ferry tragedy: Kalangala Star overturns near Bukasa", cut=1))
    assert reprint_pairs(docs, version_pairs(docs)) == ()


@pytest.mark.parametrize("line", ["NATO (OTAN) said on Monday it would send more ships to the Baltic Sea.",
                                  "Kampala (EAW) — lowercase place, no wire shape"])
def test_look_alikes_stay_text(line: str) -> None:
    clean = clean_text(f"A headline\n\n{line}\n\n{_PARAGRAPHS[1]}")
    assert not [r for r in clean.removed if r.kind == "dateline"]
