"""French kinds of the written dev set written_dev29_fr: a time with its part of the day and a medium between
the verb and the subject ("a déclaré jeudi soir sur France Inter la ministre …, Claire Fontaine"; text/data
"time_nouns", "medium_prepositions"), and a capitalised word of a lower-case title ("le Premier ministre") that
the person found by the head alone ("la ministre …, Claire Fontaine") does not carry. Inputs written for
these tests."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, lang, speaker", [
    (("« Nous serons aux côtés de chaque famille touchée », a déclaré jeudi soir sur France Inter la ministre de la "
     "Transition écologique, Claire Fontaine."), "fr", "Claire Fontaine"),
    (('"Estaremos con cada familia", dijo el martes en Cadena SER la ministra de Transición '
     'Ecológica, Sara Aagesen.'), "es", "Sara Aagesen"),
    (("La ministre de la Transition écologique, Claire Fontaine, a visité Nîmes. « Les secours ont fait un travail "
     "remarquable » a répondu le Premier ministre, interrogé à l'Assemblée."), "fr", "le Premier ministre"),
    (("Le Premier ministre Michel Barnier a visité Nîmes. La ministre Claire Fontaine l'accompagnait. « Les secours "
     "ont fait un travail remarquable », a répondu le Premier ministre."), "fr", "Michel Barnier"),
], ids=["fr-time-medium", "es-time-medium", "fr-premier-not-ministre", "fr-premier-named"])
def test_fr_dev29_kind(text, lang, speaker):
    assert speakers_of(text, lang) == [speaker]
