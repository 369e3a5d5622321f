"""Whether a text names a place only as a route's end is read one occurrence at a time, to the first that is none
(quotes72: every occurrence was listed first, for each mention: quadratic in a paragraph naming a place 1,300 times).
The answers are the old listing's, on generated texts. Inputs written for these tests."""

from __future__ import annotations

import random
import re

from storylens.report.pipeline import _route_end, _route_ends


def _old(text, name, language):
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return bool(spans) and all(_route_end(text, start, end, language) for start, end in spans)


def test_the_answers_are_the_old_listings():
    rng = random.Random(7)
    words = ["flights", "to", "from", "Hamburg", "in", "the", "storm", "hit", "route", "Berlin", "via", "towards",
             "taken", "hospital", "en", "route", "bound", "for", "."]
    for _ in range(300):
        text = " ".join(rng.choices(words, k=rng.randint(0, 25)))
        for name in ("Hamburg", "Berlin", "Köln"):
            for lang in ("en", None):
                assert _route_ends(text, name, lang) == _old(text, name, lang), (text, name)
