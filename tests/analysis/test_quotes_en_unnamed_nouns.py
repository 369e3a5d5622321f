"""An unnamed English speaker after the verb: "said a Pentagon contractor" (a person noun outside the hand
list, read with the English lexicon and a person's ending, text/data en "person_noun_endings"), "said one
defense contractor", "said another official" (text/data en "description_openers"). The Romance "a" of an
addressee still reads as one ("dijo a Efe ayer el ministro"). Inputs written for these tests (closing
note of stop 28)."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, lang, speaker", [
    ('"We were never told about the cost overruns," said a Pentagon contractor.', "en", "a Pentagon contractor"),
    ('"The line was down for hours," said a Tesla worker.', "en", "a Tesla worker"),
    ('"We were never told," said one defense contractor.', "en", "one defense contractor"),
    ('"We were never told," said another official.', "en", "another official"),
    ('"No hay plan", dijo a Efe ayer el ministro.', "es", "el ministro"),
    ('"No hay plan", dijo a Reuters un portavoz.', "es", "un portavoz"),
], ids=["en-body-contractor", "en-company-worker", "en-one", "en-another", "es-addressee-adverb", "es-addressee"])
def test_unnamed_speaker_after_the_verb(text, lang, speaker):
    assert speakers_of(text, lang) == [speaker]
