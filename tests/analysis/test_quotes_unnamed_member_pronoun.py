"""A gendered pronoun after a sentence that opens with an unnamed member of a named body ("Une responsable de
MSF sur place a décrit …", "Una portavoz de Cruz Roja …", "Eine Sprecherin der Caritas …") refers to her, not
to the man named before her (closing note of stop 28: "…, a-t-elle affirmé" gave Macron); text/data
"indefinite_genders". A pronoun of the other gender, or a person named since, keeps the old reading.
Inputs written for these tests."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, lang, speaker", [
    (("Emmanuel Macron a visité le camp mardi. Une responsable de MSF sur place a décrit une situation critique. "
     "« Nous manquons de tout, surtout d'eau potable », a-t-elle affirmé."), "fr", "Une responsable de MSF"),
    (('Pedro Sánchez visitó la zona el martes. Una portavoz de Cruz Roja describió una situación crítica. '
     '"Nos falta de todo", dijo ella.'), "es", "Una portavoz de Cruz Roja"),
    (("Olaf Scholz besuchte das Lager. Eine Sprecherin der Caritas beschrieb die Lage als kritisch. "
     "„Es fehlt an allem“, sagte sie."), "de", "Eine Sprecherin der Caritas"),
    (("Emmanuel Macron a visité le camp mardi. Une responsable de MSF décrit une situation critique. "
     "« Nous ferons tout », a-t-il affirmé."), "fr", "Emmanuel Macron"),
], ids=["fr-elle", "es-ella", "de-sie", "fr-il-other-gender"])
def test_pronoun_refers_to_the_unnamed_member(text, lang, speaker):
    assert speakers_of(text, lang) == [speaker]
