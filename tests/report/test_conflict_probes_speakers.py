"""Speaker probes of trial break63s (stop 63), kept as regression tests on main.

break63s tested spk63 (rules for "same words, different speakers": spokesperson nouns, citing words, one-word
rewordings, questions, and PERSON typing of a name beside a reporting verb) against main with adversarial probes
whose right answers the tester wrote down. The rule change failed: it lost true misattributions whenever a
spokesperson-list noun stood anywhere outside the quote (H1: French "aide" = help, "National Security Adviser",
"Oberstaatsanwalt"), whenever a citing word had an ordinary use (H2: "cited security concerns", "cita a declarar"),
and when two outlets transcribed one quote differently (M2) or a speaker answered his own question (M4); and it
typed companies and offices as PERSON, flagging a ministry against its own minister (H3). These probes keep the
answers main gets right (and those it gets wrong, as strict xfails) so the next attempt cannot lose them silently.

Data: tests/data/conflict_probes/speaker_pairs.json (trials/break63s/harness/probes.py: every probe whose flag
spk63 changed, the controls and the probes spk63 fixed; 67 of its 104 flag probes, to keep the slow tier short) and
speaker_articles.json (harness/articles/). Each runs the harness's path (run.py, run_articles.py): the two texts
through a real ``Comparer().compare`` (slow tier); right = a claim whose conflict says "different speakers", or
none; for a company or office against its own chief, also that the company is not typed PERSON.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storylens import Comparer

from ._probes import probe_params

DATA = Path(__file__).resolve().parents[1] / "data" / "conflict_probes"
PAIRS = json.loads((DATA / "speaker_pairs.json").read_text(encoding="utf-8"))
ARTICLES = json.loads((DATA / "speaker_articles.json").read_text(encoding="utf-8"))

# What main gets wrong today (probe id -> why; the tester's finding). A fix flips these: move them then.
WRONG: dict[str, str] = {  # the seven spk63 got right (break63s REPORT, counts: "the 7 better")
    "spk_ctl_it_portavoce": "'ha detto il portavoce del governo Paolo Chigi' vs Meloni is flagged on main: the "
                            "government's spokesman speaks for her (break63s spk_ctl_it_portavoce)",
    "word_ctl_en_swap": "'under pressure' / 'under threats' (one word apart: two statements) is flagged on main "
                        "(break63s word_ctl_en_swap)",
    "ask_ctl_en_qa": "a question asked by Marietta Slomka and answered by John Smith is flagged on main "
                     "(break63s ask_ctl_en_qa)",
    "app_en_true": "'Scholz, the chancellor, said' vs Lindner is not flagged on main (break63s app_en_true)",
    "entc_fr_lula_true": "'a déclaré Lula' vs Macron is not flagged on main: Lula typed OTHER (break63s)",
    "entc_ru_lula_true": "'заявил Лула' vs Песков is not flagged on main: Лула typed OTHER (break63s)",
    "r2_word_en_10_12": "'send 10 more tanks' / '12 more tanks' (two statements) is flagged on main (break63s)",
}



@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)


def _check(comparer: Comparer, probe: dict) -> None:
    report = comparer.compare([probe["a"], probe["b"]])
    flagged = [c.conflict for c in report.claims if c.conflict and "different speakers" in c.conflict]
    assert bool(flagged) == (probe["right"] == "conflict"), flagged
    persons = {e.name for e in report.entities if e.type == "PERSON"}
    assert not persons & set(probe.get("not_person", ())), persons


@pytest.mark.slow
@pytest.mark.parametrize("probe", probe_params(PAIRS, WRONG))
def test_same_words_different_speakers_or_not(comparer, probe):
    _check(comparer, probe)


@pytest.mark.slow
@pytest.mark.parametrize("probe", probe_params(ARTICLES, WRONG))
def test_whole_articles_same_words_different_speakers_or_not(comparer, probe):
    _check(comparer, probe)
