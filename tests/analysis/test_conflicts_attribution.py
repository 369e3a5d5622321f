"""Trial 14: an attribution cut from its quotation ("powiedział włoski minister … Matteo Salvini.")
was one side of a polarity conflict with the German quotation „die nie hätte passieren dürfen“: a
fragment without the claim's verb affirms nothing. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import attribution_only, polarity

DE = "Italiens Verkehrsminister Matteo Salvini sprach von einer Tragödie, „die nie hätte passieren dürfen“."


@pytest.mark.parametrize(("text", "lang"), [
    ("powiedział włoski minister infrastruktury i transportu Matteo Salvini.", "pl"),
    ("— заявил министр инфраструктуры и транспорта Италии Маттео Сальвини.", "ru"),
    ("ha detto il ministro Matteo Salvini.", "it"),
    ("said Italy's transport minister Matteo Salvini.", "en"),
])
def test_an_attribution_alone_decides_no_polarity(text, lang):
    assert attribution_only(text, lang)
    assert polarity(text, lang, DE, "de") is None


@pytest.mark.parametrize(("text", "lang"), [
    ("Salvini said the crash should never have happened.", "en"),
    ("„To tragedia” – powiedział Salvini.", "pl"),
    ("заявил, что авария не должна была случиться.", "ru"),
    ("Matteo Salvini sagte, der Unfall sei vermeidbar gewesen.", "de"),
])
def test_a_statement_with_its_own_verb_is_no_bare_attribution(text, lang):
    assert not attribution_only(text, lang)


def test_a_real_denial_still_conflicts():
    assert polarity("The signal was working properly, RFI said.", "en",
                    "The signal was not working properly, the union said.", "en") is not None
