"""Review of trial 14's attribution rule: any unit opening with a reporting verb decided no polarity,
so a dash-cut "said that the old bridge … had collapsed …" hid its conflict with "The old bridge …
did not collapse …". Only a bare attribution (the verb and its speaker) is exempt. Inputs written
for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import attribution_only, polarity


@pytest.mark.parametrize(("text", "lang"), [
    ("said that the old bridge over the river had collapsed under the trucks.", "en"),
    ("ha detto che il vecchio ponte sul fiume era crollato sotto i camion.", "it"),
    ("dijo que el viejo puente sobre el río se había derrumbado.", "es"),
    ("confirmed the death of five people in the collapse.", "en"),
    ("подтвердил гибель пяти человек при обрушении моста.", "ru"),
    ("potwierdził śmierć pięciu osób w katastrofie.", "pl"),
    ("kündigte den Rücktritt des Ministers an.", "de"),
])
def test_a_verb_with_a_claim_after_it_is_no_bare_attribution(text, lang):
    assert not attribution_only(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("— сказал он.", "ru"),
    ("said the regional government's spokeswoman Anna Rossi.", "en"),
    ("powiedział Salvini.", "pl"),
])
def test_a_verb_and_its_speaker_is_a_bare_attribution(text, lang):
    assert attribution_only(text, lang)


def test_a_cut_reported_clause_still_conflicts():
    assert polarity("said that the old bridge over the river had collapsed under the trucks.", "en",
                    "The old bridge over the river did not collapse under the trucks.", "en") is not None
