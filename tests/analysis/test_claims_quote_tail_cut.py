"""Review of trial 14's quotation-tail join: the piece after a closed quotation was joined to it after
any clause cut, whatever it said ('He called it a "disaster" – the opposition demanded …'). Only a dash
cut before a piece that opens with a reporting verb is the quotation's attribution. Inputs written
for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import split_units

from ._docs import doc_of


def _units(sentence: str, lang: str) -> list[str]:
    return [u.text for u in split_units(doc_of("d1", [sentence], lang), by_language=True)]


@pytest.mark.parametrize(("sentence", "first"), [
    ('He called it a "disaster" – the opposition demanded his resignation the same day.',
     'He called it a "disaster"'),
    ('The minister said the plan "will work"; critics disagreed and called for an inquiry into it.',
     'The minister said the plan "will work"'),
])
def test_a_claim_after_a_quotation_is_its_own_unit(sentence, first):
    assert _units(sentence, "en")[0] == first


def test_a_dash_attribution_still_joins():
    sentence = '"It is a tragedy that should never have happened" – said the Italian transport minister Matteo Salvini.'
    assert _units(sentence, "en") == [sentence]
