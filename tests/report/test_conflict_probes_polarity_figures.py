"""Polarity and figure probes of trial break63p (stop 63), kept as regression tests on main.

break63p tested polfig63 (a denied-predicate rule for polarity conflicts and a ``claimed_figure`` kind) against main
with adversarial probes whose right answers the tester wrote down. The rule change failed: it lost same-language
denials worded with another verb and followed by an attribution tail (H1, five languages), Title Case headlines
(M1), denials behind "allow/let ... to deny" (M2) and overridden vetoes (M3); it added false conflicts when a
"rejected ... veto" side turned plain (H2); and it took factual counts after a "what X said was" frame out of the
comparison (H3). These probes keep the answers main gets right (and those it gets wrong, as strict xfails) so the
next attempt at these rules cannot lose a true conflict silently.

Data: tests/data/conflict_probes/polarity_pairs.json (trials/break63p/harness pairs.py, pairs2.py, pairs3.py,
pairs4.py), figure_kinds.json (kinds.py; the right answers are the report's H3, L1 and L2) and
polarity_figure_articles.json (arts/). Each runs the path the harness ran:
- pairs: ``analysis.conflicts.polarity`` in both orders; right = a result (a conflict) or None;
- kinds: ``filter_numbers(s, extract_numbers(s, lang), lang)``; the right counts are among the ``count`` values,
  a day of a date is not;
- articles (slow: real Comparer, ``align_anyway=True``): a conflicting claim whose evidence holds the probe's
  phrase, or (right = none) no such claim.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storylens.analysis.conflicts import filter_numbers, polarity
from storylens.analysis.quantities import extract_numbers

from ._probes import probe_params

DATA = Path(__file__).resolve().parents[1] / "data" / "conflict_probes"
PAIRS = json.loads((DATA / "polarity_pairs.json").read_text(encoding="utf-8"))
KINDS = json.loads((DATA / "figure_kinds.json").read_text(encoding="utf-8"))
ARTICLES = json.loads((DATA / "polarity_figure_articles.json").read_text(encoding="utf-8"))

# What main gets wrong today (probe id -> why; the tester's finding). A fix flips these: move them then.
_MISSED = {  # true conflicts main does not find (the same on polfig63 unless said): break63p pairs*.py
    # right since polar68 (one subject's refusal against its acceptance): en05 "agreed to / refused"
    "en03": "killed / survived", "en06": "passed / failed in the Senate",
    "en07": "raised / did not change", "en17": "lifted / remains in place and was not lifted",
    "en19": "won / lost", "en20": "landed / did not land ... but was diverted", "en24": "allowed / not allowed",
    "en25": "allowed / refused to let", "it03": "it: Nessun civile / Diversi civili feriti",
    "pd01": "allowed / refused to allow", "pd14": "allowed / refused to allow",
    "vt02": "adopted / rejected, casting its veto", "vt10": "rejected the bill, daring ... veto / passed",
    "vt12": "de: wies ... trotz ... Veto zurück / billigte", "vt14": "ru: отклонил ... несмотря на угрозу вето / одобрил",
    "vt17": "overrode / upheld the veto", "p13": "conceded defeat / refused to accept the result",
}
_FALSE = {  # false conflicts main reports: a denial of another predicate sharing a word (break63p REPORT L2)
    "fen01": "", "fen02": "", "fen04": "", "fen05": "", "fen09": "", "fen12": "",
    # right since toll67 (a negated wish to answer denies nothing): fde01 "wollte sich … nicht äußern", ffr01 "n'a pas
    # souhaité commenter", fes01 "no quiso comentar" against "trat zurück" / "a démissionné" / "dimitió"
    # right since conflicts66 (issue #12: a verb of denial and the same act in other words): fen07 ("refuse tenants"
    # / "deny housing", a synonym) and fen08 ("rejected … veto" / "overrode … veto", a reversal of the same object)
    "fen10": "an agreement on prisoner exchanges / no agreement on a ceasefire (false on polfig63 too)",
    "nf06": "allowed the airline to refuse boarding / has not refused boarding (false on polfig63 too)",
}
PAIRS_WRONG: dict[str, str] = {
    **{f"{k}-{o}": f"no polarity conflict on main: {v} (break63p {k})" for k, v in _MISSED.items() for o in ("ab", "ba")},
    **{f"{k}-{o}": f"false polarity conflict on main{': ' + v if v else ''} (break63p {k}, REPORT L2)"
       for k, v in _FALSE.items() for o in ("ab", "ba")},
}
_DAY_AS_COUNT = "a day after an abbreviated month is read as a count and the count before it is lost (break63p L2)"
KINDS_WRONG: dict[str, str] = {
    "k08": _DAY_AS_COUNT, "k10": _DAY_AS_COUNT, "k16": _DAY_AS_COUNT,
    "k09": "'on 2 Jan. 15 people': 2 read as the count, 15 lost (break63p kinds k09)",
}
ARTICLES_WRONG: dict[str, str] = {
    "a29_false": "'did not release the names of the three men arrested' read as denying the arrests: a false "
                 "polarity conflict on main (break63p REPORT L2; polfig63 removed it)",
}



PAIR_CASES = [dict(p, order=o) for p in PAIRS for o in ("ab", "ba")]


@pytest.mark.parametrize("probe", probe_params(PAIR_CASES, PAIRS_WRONG, lambda p: f"{p['id']}-{p['order']}"))
def test_a_sentence_pair_polarity_conflict_or_not(probe):
    a, la, b, lb = probe["a"], probe["language_a"], probe["b"], probe["language_b"]
    found = polarity(a, la, b, lb) if probe["order"] == "ab" else polarity(b, lb, a, la)
    assert (found is not None) == (probe["right"] == "conflict"), (a, b, found)


@pytest.mark.parametrize("probe", probe_params(KINDS, KINDS_WRONG))
def test_a_count_stays_a_count_and_a_day_is_no_count(probe):
    text, lang = probe["text"], probe["language"]
    counts = [n.value for n in filter_numbers(text, extract_numbers(text, lang), lang).get("count", [])]
    assert all(c in counts for c in probe["counts"]), counts
    assert not any(c in counts for c in probe["not_counts"]), counts


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens import Comparer

    return Comparer(embedder=embedder)


@pytest.mark.slow
@pytest.mark.parametrize("probe", probe_params(ARTICLES, ARTICLES_WRONG))
def test_whole_articles_polarity_or_figure_conflict_or_not(comparer, tmp_path, probe):
    paths = []
    for side in "ab":
        path = tmp_path / f"{probe['id']}_{side}.txt"
        path.write_text(probe[side], encoding="utf-8")
        paths.append(path)
    report = comparer.compare(paths, align_anyway=True)
    found = [c.conflict for c in report.claims if c.status == "conflicting"
             and any(probe["evidence"] in e.text for e in c.evidence)]
    assert bool(found) == (probe["right"] == "conflict"), (probe["note"], found)
