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


def test_an_old_headline_over_the_outlet_line_does_not_take_the_lead_s_pair():
    """newuser70b H1: the older version opens with the outlet's line over its headline, so its headline stays in the
    compared text; taken in text order, "Fire in Lyon: two dead" (3 of its 5 words in the lead) was paired with the
    new lead, and the change read "injured added: five" though both versions say it. The closest pairs go first."""
    from storylens.analysis.versions import text_changes

    old = ("BBC News\nFire in Lyon: two dead\nUpdated: 14 March 2026, 09:00 GMT\n\nA fire in an apartment block in Lyon "
           "killed two people overnight and injured five, the Rhône prefecture said.\n\nAbout 60 firefighters were "
           "deployed.")
    new = ("Fire in Lyon: three dead\nUpdated: 15 March 2026, 10:15 GMT\n\nA fire in an apartment block in Lyon killed "
           "three people overnight and injured five, the Rhône prefecture said.\n\nAbout 60 firefighters were deployed.")
    assert text_changes(old, new, "en") == ("killed: two → three",)
