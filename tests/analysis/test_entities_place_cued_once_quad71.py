"""Whether a name is cued as a place is read once per name and sentence, its occurrences found from the sentence's word
starts and its cues looked up as a set (quad71: an unpunctuated 11 KB paragraph asked 643 times, each a scan of the
sentence and of every cue at each occurrence). The answers are the old loop's, kept below as the reference, on
generated sentences of cues, names and the edges a name's pattern reads (hyphens, underscores, digits, apostrophes,
overlapping forms). Inputs written for these tests."""

from __future__ import annotations

import random
import re

import pytest

from storylens.analysis.entities._names import _QUOTE_CLOSE, _QUOTE_OPEN
from storylens.analysis.entities._rules import _occurrences, _place_cued, _quoted
from storylens.text import profile


def _old_place_cued(form: str, text: str, lang: str) -> bool:
    """The rule as it was before quad71, one cue and one occurrence at a time."""
    cues = profile(lang).place_cues
    heads = profile(lang).facility_compound_heads
    if not cues and not heads:
        return False
    for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
        after = re.match(r"\s+([^\W\d_]+)", text[m.end() : m.end() + 30])
        if after and after.group(1) in heads:
            return True
        before = " ".join(text[max(0, m.start() - 40) : m.start()].casefold().split())
        if any(before.endswith(cue) and (len(before) == len(cue) or not before[-len(cue) - 1].isalnum())
               for cue in cues):
            return True
        if text[m.start() - 1 : m.start()] == " " and any(
                before.endswith(cue[:-3]) and (len(before) == len(cue) - 3 or not before[-len(cue) + 2].isalnum())
                for cue in cues if cue.endswith((" d'", " d’", " l'", " l’"))):
            return True
    return False


_FORMS = ("Jordan", "Al Haouz", "Kutno", "Anna Schmidt", "Köln", "O'Brien", "Jordan Jordan", "’", "d'")
_WORDS = ["Jordan", "Al Haouz", "Kutno", "Anna", "Schmidt", "the", "in", "of", ",", ".", "Köln", "x_Jordan",
          "Jordan_x", "Jordan-Jordan", "JordanJordan", "5Jordan", "O'Brien", "’", "d'", "l'"]


@pytest.mark.parametrize("lang", ["en", "fr", "it", "es", "de", "pl", "ru", "uk", "tr", "zh"])
def test_the_answers_are_the_old_loops(lang):
    rng = random.Random(lang)
    cues = sorted(profile(lang).place_cues)
    vocab = _WORDS + cues[:30] + sorted(profile(lang).facility_compound_heads)[:10] \
        + [c[:-3] for c in cues if c.endswith((" d'", " l'"))]
    for _ in range(150):
        text = rng.choice([" ", "  ", "\n"]).join(rng.choices(vocab, k=rng.randint(1, 30)))
        for form in _FORMS:
            assert _place_cued(form, text, lang) == _old_place_cued(form, text, lang), (form, text)


def test_some_answers_are_true():
    assert _place_cued("Kutno", "in the central Polish town of Kutno", "en")
    assert _place_cued("Jordan", "Michael Jordan visited Amman, the capital of Jordan", "en")
    assert not _place_cued("Jordan", "Michael Jordan visited Amman", "en")


def test_a_long_sentence_answers_as_its_piece():
    piece = "the storm near Kutno uprooted trees and Anna Schmidt of Berlin said"
    long = " ".join([piece] * 400)
    for form in ("Kutno", "Anna Schmidt", "Berlin", "Schmidt", "Anna"):
        assert _place_cued(form, long, "en") == _old_place_cued(form, piece, "en")


@pytest.mark.parametrize(("form", "text"), [
    ("A A", "A A A A A"), ("A", "A A_A A-A 5A A"), ("A A A", "A A A A A A A"), ("’", "x ’ ’’ ’"),
    ("Jordan", "Jordan-Jordan JordanJordan Jordan_x Jordan"), ("İzmir", "İzmir'deki İzmir İzmirli"),
])
def test_occurrences_are_the_patterns_matches(form, text):
    assert _occurrences(form, text) == [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]


def _old_quoted(text: str, form: str) -> bool:
    """_quoted as it was before quad71: the text before and after each occurrence copied and stripped."""
    i = text.find(form)
    while i >= 0:
        before = text[:i].rstrip(" \u00a0\u202f")
        after = text[i + len(form):].lstrip(" \u00a0\u202f")
        if before[-1:] and before[-1] in _QUOTE_OPEN and after[:1] and after[0] in _QUOTE_CLOSE:
            return True
        i = text.find(form, i + 1)
    return False


def test_quoted_answers_are_the_old_ones():
    rng = random.Random(71)
    vocab = ["Stella", "del", "Nord", "«", "»", "“", "”", '"', "„", " ", "\u00a0", "\u202f", "x", "Stella del Nord"]
    for _ in range(3000):
        text = "".join(rng.choices(vocab, k=rng.randint(0, 12)))
        for form in ("Stella del Nord", "Nord", "Stella", "x"):
            assert _quoted(text, form) == _old_quoted(text, form), (text, form)
    assert _quoted("the ship « Stella del Nord » sank", "Stella del Nord")
    assert not _quoted("the ship Stella del Nord sank", "Stella del Nord")
