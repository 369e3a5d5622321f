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


# break59a F3: an acronym beside another acronym the tables lack is two acronyms, no line in capitals; the
# neighbour shows such a line only when it is a word of the text's language (as entities._rules._shouted_only reads)
NATO, US = "=north atlantic treaty organization", "=united states"


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "NATO KFOR troops were deployed to the north of Kosovo on Monday after clashes.", NATO),
    ("en", "The UN OCHA said on Tuesday that aid convoys had reached Khartoum.", UN),
    ("en", "Peacekeepers of the UN UNIFIL mission in Lebanon came under fire on Sunday.", UN),
    ("en", "US CENTCOM said its forces shot down two drones over the Red Sea.", US),
    ("fr", "Les casques bleus de l'ONU MONUSCO ont quitté Bukavu mardi.", UN),
    ("de", "Soldaten der NATO KFOR patrouillieren seit Montag im Norden des Kosovo.", NATO),
    ("ru", "Военные ВКС РФ нанесли удар, сообщили в ООН ЮНИСЕФ.", UN),
    (None, "The UN OCHA said on Tuesday that aid convoys had reached Khartoum.", UN),
])
def test_an_acronym_beside_an_acronym_the_tables_lack_gives_its_key(lang, text, key):
    assert key in alias_keys(text, language=lang)[0]


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "UN AND EU CONDEMN COUP IN NIGER. Soldiers seized power in Niamey.", UN),
    (None, "UN AND EU CONDEMN COUP IN NIGER. Soldiers seized power in Niamey.", UN),
    ("de", "UNO UND EU VERURTEILEN PUTSCH\nSoldaten haben in Niamey die Macht übernommen.", UN),
    ("es", "LA ONU CONDENA EL GOLPE\nLos militares tomaron el poder en Niamey.", UN),
])
def test_an_acronym_beside_a_word_of_the_language_in_capitals_still_gives_no_key(lang, text, key):
    assert key not in alias_keys(text, language=lang)[0]
