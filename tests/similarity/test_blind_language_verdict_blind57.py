"""The same-story verdict of a pair with a side the sentence encoder does not read (trial57 F7, F27, F47).

USE m3 reads 16 languages (storylens/data/use-languages.json); Hebrew, Greek, Ukrainian and Czech are not among
them, and the model's score is learnt on its cosines. The trial's pairs: two Hebrew reports of two events "SAME
STORY 0.62, matching content: 100% of sentences have a close counterpart"; two Greek reports of two fires SAME on
"same names: Τρίτη" (Tuesday); a Ukrainian translation of an English report and a Czech and a German report of
one event "DIFFERENT STORIES: different content (text similarity 0.26 / 0.22)". Such a pair is now SAME only with
names, places, dates or figures in common, DIFFERENT only by a rule that holds two events apart, else undecided
with the reason. The feature values are the trial's (cos_whole, aligned, shared names and figures).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from storylens.similarity import DIMENSIONS, FEATURE_NAMES, PairFeatures
from storylens.similarity._scoring import _pair_score

MODEL: Any = SimpleNamespace(threshold_=0.5, variant_="full")


def _features(cos_whole: float, aligned: float = 0.0, **kw) -> PairFeatures:
    values = [0.0] * len(FEATURE_NAMES)
    values[FEATURE_NAMES.index("cos_whole")] = cos_whole
    values[FEATURE_NAMES.index("cased_pair")] = 1.0
    return PairFeatures(values=tuple(values), aligned=aligned, **kw)


def _score(overall: float, f: PairFeatures, languages: tuple[str, str]):
    row = np.array([overall] + [0.6] * (len(DIMENSIONS) - 1))
    return _pair_score(row, f, MODEL, None, languages)


@pytest.mark.parametrize(("languages", "f", "overall"), [
    (("he", "he"), _features(0.95, 1.0), 0.62),  # Cyprus fire / Petra floods
    (("el", "el"), _features(0.92, 1.0, shared_names=("Τρίτη",)), 0.76),  # Cyprus fire / Chios fire: "Tuesday"
])
def test_two_texts_of_an_unread_language_are_no_same_story_on_the_encoder_alone(languages, f, overall):
    s = _score(overall, f, languages)
    assert s.same_story is None
    assert s.undecided is not None and f"{languages[0]} (" in s.undecided and "not read by the sentence encoder" in s.undecided
    assert not any("matching content" in r or "Τρίτη" in r for r in s.reasons)


@pytest.mark.parametrize(("languages", "f"), [
    (("en", "uk"), _features(0.26, shared_numbers=("Fourteen",))),  # its translation; one small count in common
    (("cs", "de"), _features(0.22)),  # one water-main burst in Kharkiv
    (("en", "he"), _features(0.01)),
])
def test_low_text_similarity_of_an_unread_language_is_no_different_story(languages, f):
    s = _score(0.64, f, languages)
    assert s.same_story is None, s.reasons
    assert "different content" not in " ".join(s.reasons)
    same = _score(0.64, f, ("en", "de"))  # the rule of the languages the encoder reads is unchanged
    assert same.same_story is False and same.reasons[0].startswith("different content")


@pytest.mark.parametrize(("languages", "f", "said"), [
    (("en", "he"), _features(0.11, shared_places=("Limassol",)), "places: Limassol"),
    (("en", "el"), _features(0.15, shared_names=("Pachna",), shared_numbers=("100",)), "names: Pachna; figures: 100"),
    (("uk", "pl"), _features(0.62, shared_places=("Kharkiv",), shared_numbers=("40 тисяч",)), "places: Kharkiv"),
    (("cs", "en"), _features(0.2, shared_numbers=("1,500", "100")), "figures: 1,500, 100"),
    (("el", "en"), _features(0.2, shared_full_names=("Alexandros Koliadis",)), "names: Alexandros Koliadis"),
])
def test_names_places_and_figures_in_common_carry_a_same_story_score(languages, f, said):
    s = _score(0.6, f, languages)
    assert s.same_story is True, s.reasons
    assert s.reasons[0].startswith(said) and "not read by the sentence encoder" in s.reasons[0]
    below = _score(0.4, f, languages)  # below the cut, what they share does not decide alone
    assert below.same_story is None and "does not decide" in below.undecided


def test_a_rule_that_holds_two_events_apart_still_says_different_stories():
    f = _features(0.9, 1.0, people_apart=("Viktor Halden", "Irena Kovash", "published 7 days apart"))
    s = _score(0.7, f, ("he", "he"))
    assert s.same_story is False
    assert s.reasons[0].startswith("different people in the openings")
    assert not any(r.startswith("matching content") for r in s.reasons)


def test_the_pairs_csv_says_why_a_row_has_no_verdict(tmp_path, monkeypatch, hashing_embedder):
    # two Hebrew reports of two events (Cyprus fire, Petra floods) share nothing: no verdict, and stderr says why
    # rather than "too little text to judge" (trial57 F27's pairs.csv)
    from typer.testing import CliRunner

    from storylens import cli

    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: hashing_embedder)
    fire = ("שלושה מטוסי כיבוי של חיל האוויר יצאו ביום רביעי לקפריסין כדי לסייע בכיבוי השריפה הגדולה באזור לימסול. "
            "השריפה פרצה ביום שלישי אחר הצהריים ליד הכפר פחנה, ותושבים מחמישה כפרים פונו מבתיהם.")
    flood = ("כוחות ההצלה בירדן פינו ביום שישי בערב מבקרים מהעיר העתיקה פטרה, לאחר ששיטפונות בזק הציפו את "
             "הקניונים הצרים. שלושה מבקרים נפצעו קל ופונו לבית החולים בוואדי מוסא.")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(f'text1,text2,lang1,lang2\n"{fire}","{flood}",he,he\n', encoding="utf-8")
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs), "--fast"])
    assert res.exit_code == 1, res.output
    assert "1 of 1 pairs have no verdict: a text in a language the sentence encoder does not read" in res.stderr
    assert "too little text" not in res.stderr
