"""The figure-clause scans read from one whole-text scan (conflicts._last_end / _first_match) answer exactly what
the direct scans did, ``max(m.end() for m in p.finditer(text, pos, endpos))`` and ``p.search(text, pos, endpos)``,
for every pattern they serve (sentence edges, clause links and statistic words of several languages, whitespace
and word-character repeats, lookaheads at a scan's end), and the candidate pick of the number reader is the
pairwise one it replaced. lead68: these scans made one run of 1,300 figures cost ~40 CPU-s in `compare`."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.analysis import conflicts
from storylens.analysis.quantities import _scan

_PIECES = ["a", "b", " ", "  ", "   ", ".", ":", ";", ",", "5", "12", "on", "average", "on  average", "averages",
           "but", "while", "tandis que", "aber", "im Schnitt", "Durchschnittswert", "peak", "at the peak of",
           "median", "x5", "而", "但", "12人", "\n"]


def _patterns() -> list[re.Pattern[str]]:
    found = [conflicts._CUE_EDGE, conflicts._AFTER_STOP, conflicts._WORD,
             re.compile(r"\bon\s+average\b(?!\d)"), re.compile(r"(?<!\w)aver\w*(?=\s+\d)")]
    for language in (None, "en", "de", "fr", "zh"):
        found.append(conflicts._cue_links(language))
        found.extend(p for _, p in conflicts._statistic_patterns(language))
    return found


_ALL = _patterns()


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), min_size=0, max_size=120), a=st.integers(0, 400),
       b=st.integers(0, 400), which=st.integers(0, len(_ALL) - 1))
def test_whole_text_scans_answer_as_direct_scans(pieces: list[str], a: int, b: int, which: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(conflicts, "_MIN_DIRECT", 0)  # the short cut would scan these short texts directly
        _same_answers("".join(pieces), a, b, _ALL[which])


def _same_answers(text: str, a: int, b: int, pattern: re.Pattern[str]) -> None:
    pos, endpos = sorted((min(a, len(text)), min(b, len(text))))
    direct_last = max((m.end() for m in pattern.finditer(text, pos, endpos)), default=-1)
    assert conflicts._last_end(pattern, text, pos, endpos) == direct_last
    direct_first = pattern.search(text, pos, endpos)
    fast = conflicts._first_match(pattern, text, pos, endpos)
    assert (fast.span() if fast else None) == (direct_first.span() if direct_first else None)


def test_a_long_run_of_figures_reads_its_clause_by_the_reach() -> None:
    """Far from the figure the whole-text scan answers; the pattern's reach bounds what is scanned again."""
    text = "Attendance: " + " ".join(str(n % 97) for n in range(3000)) + " on average."
    start = text.index(" 5 ", 4000) + 1
    assert conflicts._reach(conflicts._CUE_EDGE, text) == 4
    assert conflicts._clause_bounds(text, start, start + 1, "en") == (len("Attendance:"), len(text) - 1)
    assert conflicts._reach(re.compile(r"[\w'-]+x"), text) is None  # unbounded: scanned directly


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=40))
def test_pick_is_the_pairwise_pick(raw: list[tuple[int, int]]) -> None:
    cands = [(s, s + n, i) for i, (s, n) in enumerate(raw)]
    chosen: list[tuple[int, int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not any(c[0] < e and s < c[1] for s, e, _ in chosen):
            chosen.append(c)
    assert _scan._pick(cands) == sorted(chosen, key=lambda c: c[0])
