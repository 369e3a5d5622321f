"""trial54 F13: names that put the surname first ("Kim Yo Jong", "Kim Jong Un", "Xi Jinping", Hungarian "Orbán
Viktor") are compared surname to surname. The same words given to Kim Yo Jong by one outlet and to Kim Jong Un by
the other raised no "same words, different speakers" flag: "Jong" is in both names, so the rule of versions42 read
one person. One surname with two given names of such a name is two people; one name in two orders or two
romanisations is one."""

from __future__ import annotations

import pytest

from storylens.models import Claim, Evidence, Quote, QuoteMatch
from storylens.report.pipeline import _speaker_conflicts, _with_other_speakers
from storylens.text import surname_first


def _quotes(speaker_a: str, speaker_b: str) -> list[Quote]:
    return [Quote("q1", "d1", "d1:s2", "We will respond to any provocation with force", speaker_a, (QuoteMatch("q2", 0.71),)),
            Quote("q2", "d2", "d2:s3", "Wir werden auf jede Provokation mit Gewalt antworten", speaker_b, (QuoteMatch("q1", 0.71),))]


def _claim() -> Claim:
    return Claim("c2", "shared", "…", (Evidence("d1", "d1:s2", "…"), Evidence("d2", "d2:s3", "…")),
                 confidence=1.0, docs=("d1", "d2"))


@pytest.mark.parametrize(("a", "b"), [
    ("Kim Yo Jong", "Kim Jong Un"),  # trial54 F13: one shared given syllable
    ("Kim Yo-jong", "Kim Jong-un"),
    ("Lee Jae-myung", "Lee Nak-yon"),
    ("Wang Yi", "Wang Wenbin"),  # zh: one surname, two officials
    ("Xi Jinping", "Li Qiang"),
    ("Orbán Viktor", "Orbán Anikó"),  # hu: a surname first, given names of two genders
    ("Orbán Viktor", "Anikó Orbán"),  # one order each
    ("Novák Katalin", "Katalin Karikó"),  # a shared given name, two surnames
])
def test_two_people_with_surname_first_names(a, b):
    quotes = _with_other_speakers(_quotes(a, b))
    assert quotes[0].matches[0].other_speaker == b and quotes[1].matches[0].other_speaker == a
    [claim] = _speaker_conflicts([_claim()], quotes)
    assert claim.status == "conflicting"
    assert claim.conflict == f"same words, different speakers: {a} (d1) / {b} (d2)"


@pytest.mark.parametrize(("a", "b"), [
    ("Kim Jong Un", "Kim Jong-un"),  # one name, two spellings
    ("Orbán Viktor", "Viktor Orbán"),  # hu order / en order
    ("Novák Katalin", "Katalin Novák"),
    ("Xi Jinping", "Xi"),  # the surname alone
    ("Yoon Suk Yeol", "Yoon Seok-youl"),  # two romanisations
    ("Moon Jae-in", "Moon Jae In"),
    ("Orbán Viktor", "Balázs Orbán"),  # one surname, two male given names: no evidence (as "Bob" / "Robert")
])
def test_one_person_written_two_ways_is_no_flag(a, b):
    quotes = _with_other_speakers(_quotes(a, b))
    assert quotes[0].matches[0].other_speaker is None and quotes[1].matches[0].other_speaker is None
    [claim] = _speaker_conflicts([_claim()], quotes)
    assert claim.status == "shared"


@pytest.mark.parametrize(("name", "first"), [
    ("Kim Jong Un", True), ("Kim Yo-jong", True), ("Son Heung-min", True), ("Xi Jinping", True), ("Li Qiang", True),
    ("Orbán Viktor", True), ("Novák Katalin", True),
    ("Kim Wilde", False), ("Kim Kardashian", False), ("Lee Anderson", False), ("Lindsey Graham", False),
    ("Viktor Orbán", False), ("Jack Ma", False), ("Anna Li", False),
])
def test_surname_first_names(name, first):
    assert surname_first(name) is first
