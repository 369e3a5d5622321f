"""An update's figures list the share counted of a partial result apart from the vote shares (trial 17 #12):
Reuters' 6:10 version "With results from 99.6% of constituencies counted, PiS had 35.6%" updated at 11:40
read "%: 99.6, 35.6, 30.4 → 35.38, 30.70", the counted share listed as a changed vote share."""

from __future__ import annotations

import pytest

from storylens.stream.versions import text_changes

CASES = {
    "en": ("Poland votes. With results from 99.6% of constituencies counted, PiS had 35.6% and KO 30.4%. Turnout was high.",
           "Poland votes. PiS won 35.38% of the vote and KO 30.70%. Turnout was high."),
    "pl": ("Polska głosuje. Po przeliczeniu 99,6% głosów PiS ma 35,6%, a KO 30,4%. Frekwencja była wysoka.",
           "Polska głosuje. PiS ma 35,38% głosów, a KO 30,70%. Frekwencja była wysoka."),
    "de": ("Polen wählt. Nach Auszählung von 99,6 Prozent der Stimmen kam die PiS auf 35,6 Prozent. Die Beteiligung war hoch.",
           "Polen wählt. Die PiS kam auf 35,38 Prozent der Stimmen. Die Beteiligung war hoch."),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_share_counted_is_no_changed_vote_share(lang):
    changes = text_changes(*CASES[lang], lang)
    vote = [c for c in changes if c.startswith("%:")]
    assert vote and "99" not in vote[0], changes
    assert any(c.startswith("% counted") and "99" in c for c in changes), changes
