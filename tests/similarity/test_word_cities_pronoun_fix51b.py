"""break51 N8: a person's pronoun made a given-name city its bearer even when it belonged to another person named in
another clause ("A blizzard hit Regina on Tuesday, and Mayor Sandra Masters said she had declared…" gave no place
Regina). The pronoun is the name's only in its own clause, with no other person between. Inputs written for these
tests."""

from __future__ import annotations

import pytest

from storylens import similarity as sim


def _cities(text: str, lang: str) -> list[str]:
    g = sim.Gazetteer.load()
    return sorted(g.labels[p] for p in sim._openings._word_cities(text, lang, g))


@pytest.mark.parametrize(("text", "lang"), [
    ("A blizzard hit Regina on Tuesday, and Mayor Sandra Masters said she had declared a state of emergency.", "en"),
    ("A storm hit Regina overnight as Premier Scott Moe said he would visit.", "en"),
    ("Un blizzard a frappé Regina mardi, et la mairesse Sandra Masters a dit qu'elle avait déclaré l'urgence.", "fr"),
    ("Una ventisca golpeó Regina el martes, y la alcaldesa Sandra Masters dijo que ella declaró la emergencia.", "es"),
    ("Ein Schneesturm traf Regina am Dienstag, und Bürgermeisterin Sandra Masters sagte, sie rief den Notstand aus.",
     "de"),
])
def test_a_pronoun_of_another_person_or_clause_leaves_the_place(text, lang):
    assert _cities(text, lang) == ["Regina"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The car struck Regina as she crossed the road.", "en"),
    ("Ein Auto traf Regina, als sie die Straße überquerte.", "de"),
    ("Un coche golpeó Regina cuando ella cruzaba la calle.", "es"),
])
def test_a_pronoun_in_the_names_own_clause_is_still_its_bearers(text, lang):
    assert _cities(text, lang) == []
