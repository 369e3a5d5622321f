"""Trial49 F21: one quotation given to two different people by two outlets ("We will decide within two weeks",
Sikorski in one, Tusk in the other) was "the same utterance" and a shared claim with no note. The same words in
two mouths are flagged: the quote match names the other speaker, and the claim holding both sentences is a
conflict "same words, different speakers: A (d1) / B (d2)". One person named two ways is no flag."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer
from storylens.models import Claim, Evidence, Quote, QuoteMatch
from storylens.report import render
from storylens.report.pipeline import _speaker_conflicts, _speaker_name, _with_other_speakers


def _quotes(speaker_a: str | None, speaker_b: str | None) -> list[Quote]:
    return [Quote("q1", "d1", "d1:s2", "We will decide within two weeks", speaker_a, (QuoteMatch("q2", 0.66),)),
            Quote("q2", "d2", "d2:s2", "Wir werden binnen zwei Wochen entscheiden", speaker_b, (QuoteMatch("q1", 0.66),))]


def _claim() -> Claim:
    return Claim("c4", "shared", "…", (Evidence("d1", "d1:s2", "…"), Evidence("d2", "d2:s2", "…")),
                 confidence=0.93, docs=("d1", "d2"))


@pytest.mark.parametrize(("a", "b", "flagged"), [
    ("Foreign Minister Radoslaw Sikorski", "Ministerpräsident Donald Tusk", True),
    ("Kaja Kallas", "la présidente de la Commission Ursula von der Leyen", True),
    ("Radoslaw Sikorski", "Radosław Sikorski", False),  # one person, two spellings
    ("Foreign Minister Radoslaw Sikorski", "Sikorski", False),  # one surname in common
    ("Volodymyr Zelenskyy", "Wolodymyr Selenskyj", False),  # one name by sound
    ("Donald Tusk", None, False),  # no speaker read: nothing known
    ("Donald Tusk", "Дональд Туск", False),  # two scripts are not compared here
    ("The riots of the", "Kassym-Jomart Tokayev", False),  # a misread subject is no name
    # a role alone names no one to tell apart (review41): the foreign minister may be Sikorski
    ("Radoslaw Sikorski", "Außenminister", False),
    ("Foreign Minister", "Radoslaw Sikorski", False),
    ("Prime Minister", "Donald Tusk", False),
    ("Prime Minister Donald Tusk", "Radoslaw Sikorski", True),
])
def test_two_named_people_are_flagged_on_the_quote_and_the_claim(a, b, flagged):
    quotes = _with_other_speakers(_quotes(a, b))
    assert quotes[0].matches[0].other_speaker == (b if flagged else None)
    assert quotes[1].matches[0].other_speaker == (a if flagged else None)
    [claim] = _speaker_conflicts([_claim()], quotes)
    assert (claim.status == "conflicting") is flagged
    if flagged:
        assert claim.conflict == f"same words, different speakers: {a} (d1) / {b} (d2)"


def test_a_claim_without_both_sentences_is_left_alone():
    quotes = _with_other_speakers(_quotes("Radoslaw Sikorski", "Donald Tusk"))
    alone = Claim("c1", "unique", "…", (Evidence("d1", "d1:s2", "…"),), docs=("d1",))
    other = Claim("c2", "shared", "…", (Evidence("d1", "d1:s1", "…"), Evidence("d2", "d2:s2", "…")), docs=("d1", "d2"))
    assert _speaker_conflicts([alone, other], quotes) == [alone, other]


def test_the_name_is_read_past_the_role():
    assert _speaker_name("el presidente Luiz Inácio Lula da Silva") == "Luiz Inácio Lula da Silva"
    assert _speaker_name("die Polizei in Berlin") is None  # "in" ends a name: one capitalised word
    assert _speaker_name("a government spokesman") is None


EN = """EU ministers agree on new sanctions package

Reuters
BRUSSELS, Oct 6, 2026

European Union foreign ministers agreed on Monday on a new package of sanctions against Russia, targeting its shadow fleet of oil tankers.

"This package hits the Kremlin where it hurts most," EU foreign policy chief Kaja Kallas told reporters after the meeting.

The package lists 120 more vessels and bans transactions with two Chinese refineries, diplomats said.
"""
OTHER = {
    "fr": """Les ministres de l'UE adoptent un nouveau paquet de sanctions

AFP
BRUXELLES, 6 octobre 2026

Les ministres des Affaires étrangères de l'Union européenne se sont mis d'accord lundi sur un nouveau paquet de sanctions contre la Russie, visant sa flotte fantôme de pétroliers.

« Ce paquet frappe le Kremlin là où ça fait le plus mal », a déclaré la présidente de la Commission Ursula von der Leyen après la réunion.

Le paquet ajoute 120 navires à la liste et interdit les transactions avec deux raffineries chinoises, selon des diplomates.
""",
    "en": """EU ministers agree on new sanctions package

Associated Press
BRUSSELS, Oct 6, 2026

European Union foreign ministers agreed on Monday on a new package of sanctions against Russia, targeting its fleet of ageing oil tankers.

"This package hits the Kremlin where it hurts most," German Foreign Minister Johann Wadephul said after the meeting.

The package adds 120 vessels to the list and bans transactions with two Chinese refineries, diplomats said.
""",
}


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(OTHER))
def test_end_to_end_the_report_says_who_was_given_the_words(comparer, tmp_path: Path, lang):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, (EN, OTHER[lang])):
        path.write_text(body, encoding="utf-8")
    report = comparer.compare(paths)
    claim = next(c for c in report.claims if any("Kremlin" in e.text for e in c.evidence))
    assert claim.status == "conflicting" and "same words, different speakers: Kaja Kallas (d1) / " in claim.conflict
    assert "different speakers: Kaja Kallas / " in render(report, "markdown")
    same = comparer.compare([tmp_path / "a.txt", tmp_path / "a.txt"])
    assert not any("different speakers" in (c.conflict or "") for c in same.claims)
