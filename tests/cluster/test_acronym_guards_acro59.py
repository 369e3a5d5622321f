"""An acronym gives the stream its body's key only written in capitals outside a line in capitals (the acronym
guards of bodies58, break57b G4): English "WHO KNEW?" gave the WHO's key, Spanish "UNO DE LOS HERIDOS" the UN's,
French "VIOLENCES AU MALI: L'ONU CONDAMNE" the UN's. The Italian press's "l'Onu", "l'Ue" are forms of the table."""

from __future__ import annotations

import pytest

from storylens.cluster._aliases import alias_keys

EU, UN, WHO = "=european union", "=united nations", "=world health organization"


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "WHO KNEW? Officials in Geneva said the outbreak was contained.", WHO),
    ("es", "UNO DE LOS HERIDOS MURIÓ\nUno de los heridos murió el martes en Madrid.", UN),
    ("fr", "VIOLENCES AU MALI: L'ONU CONDAMNE\nLes violences ont fait dix morts à Gao.", UN),
    ("it", "SCONTRI AL CONFINE, UE PREOCCUPATA\nGli scontri sono proseguiti martedì.", EU),
    ("fr", "Un accord a été signé mardi à Bamako.", UN),
    ("pt", "Eu acho que o governo errou, disse o ministro.", EU),
])
def test_no_acronym_key_from_a_line_in_capitals_or_a_word(lang, text, key):
    assert key not in alias_keys(text, language=lang)[0]


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "The WHO said the outbreak was contained.", WHO),
    ("fr", "VIOLENCES AU MALI\nL'ONU a condamné les violences mardi.", UN),
    ("es", "La ONU y la UE condenaron el ataque.", EU),
    ("it", "Il segretario generale dell'Onu ha parlato a New York.", UN),
    ("it", "I leader dell'Ue si sono riuniti a Bruxelles.", EU),
    ("ru", "ООН осудила удар по Херсону.", UN),
])
def test_an_acronym_in_capitals_in_a_sentence_gives_its_key(lang, text, key):
    assert key in alias_keys(text, language=lang)[0]


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("tr", "Onu dün akşam Ankara'da gördüm, dedi.", UN),
    ("tr", "Onu kimse tanımıyordu.", UN),
])
def test_a_form_that_is_a_stop_word_of_the_text_s_language_gives_no_key(lang, text, key):
    # Italian "Onu" is the UN; Turkish "Onu" (him, her) opening a sentence is a pronoun
    assert key not in alias_keys(text, language=lang)[0]
    assert key in alias_keys("L'Onu ha condannato l'attacco.", language="it")[0]
