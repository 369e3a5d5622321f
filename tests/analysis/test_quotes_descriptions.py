"""A definite description as the speaker stands for the person the text introduced with the same word ("el
australiano" after "El australiano Adam Scott", "the golfer" after "golfer Tiger Woods"), and an age
description with no age given ("el jugador de 25 años") for the person the passage is about.
Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ('El australiano Adam Scott habló con la prensa. "Fue una semana larga", reconoció el australiano.', "es",
     "Adam Scott"),
    ('Veteran golfer Tiger Woods finished with a 72 on Sunday. "It was a tough day," the golfer said.', "en",
     "Tiger Woods"),
    ('Il ciclista Marco Rossi ha vinto la tappa. "È stata una giornata incredibile", ha detto il ciclista.', "it",
     "Marco Rossi"),
], ids=["es-nationality", "en-occupation", "it-occupation"])
def test_description_is_the_person_introduced_with_that_word(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]


def test_age_description_without_an_age_in_the_text_is_the_person_in_focus():
    text = ('El vasco Jon Rahm ganó el domingo.\n\n"Estoy muy orgulloso", afirmó el jugador de 25 años. '
            '"Ha sido una semana increíble".')
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "es")])] == ["Jon Rahm", "Jon Rahm"]

