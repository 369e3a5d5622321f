"""The one rule for a first line of two pieces set apart by two spaces or more ("Who will pay for the flood
damage?  Residents demand answers"): a headline and its body, or two sentences of typewriter-spaced text
("The river crested on Tuesday.  Rescuers evacuated …"). :mod:`storylens.prepare.clean` (the title) and
:mod:`storylens.prepare._topic` (the headline the topic rules read) ask it both (review35a L2: they
disagreed on "?" and "!", and both read "the U.S." as a sentence's end)."""

from __future__ import annotations

import re

# A full stop that ends a sentence, not a headline: a headline may end in "?" or "!" ("Corona: … verzichten?")
# or in an ellipsis where the page cut it ("Polizeiinspektion Göttingen / Autobahnpolizei ...", "(...)"); a
# single letter's stop is an abbreviation's ("Storm batters the U.S.", "Plan B.")
_FULL_STOP = re.compile(r"(?<![.…])(?<!\b\w)[.。][\"'”’»)]*$")
_GAP = re.compile(r"\s{2,}(?=\S)")


def ends_in_full_stop(piece: str) -> bool:
    """Whether ``piece`` ends as a sentence does, in a full stop ("." or "。", after a closing quotation mark
    or bracket too), not in "?", "!", an ellipsis or a one-letter abbreviation."""
    return _FULL_STOP.search(piece.rstrip()) is not None


def two_sentences(line: str) -> bool:
    """Whether ``line`` is two sentences set apart by two spaces or more: a piece before such a gap ends
    in a full stop (:func:`ends_in_full_stop`)."""
    return any(ends_in_full_stop(line[:m.start()]) for m in _GAP.finditer(line))
