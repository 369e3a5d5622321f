"""fieldquotes78 (fieldcases78 quote-speaker-layout): a line naming the speaker before the quotation with a noun
before "from" ("Statement from Council President Maria Lopez:"; it got the next paragraph's "the port director"),
a credit after a double hyphen ('"…" --Senator Luis Ortega'), and a quotation with spaces inside curly marks
('“ Water prices will not rise this year . ” the mayor said.'), found for spaced straight and „“ marks already."""

import pytest

from ._docs import speakers_of

_FACT = "The port commission approved a new container terminal on Wednesday after two years of talks."


@pytest.mark.parametrize(("text", "lang", "want"), [
    ((f'{_FACT}\n\nStatement from Council President Maria Lopez:\n\n"We listened to the neighbours and cut the '
      'night-time noise limits in half."\n\n" Construction will begin in March , " the port director said.'),
     "en", ["Maria Lopez", "the port director"]),
    ((f"{_FACT}\n\nStatement from Council President Maria Lopez:\n\n“We listened to the neighbours and cut the "
      "night-time noise limits in half.”"), "en", ["Maria Lopez"]),
    (f"{_FACT}\n\nA statement from Mayor Tom Reed:\n\n“The bridge will reopen to cars next week.”", "en",
     ["Tom Reed"]),
    (("Der Hafen bekommt ein neues Terminal.\n\nErklärung von Bürgermeisterin Anna Weber:\n\n„Wir haben die "
      "Nachtruhe verdoppelt.“"), "de", ["Anna Weber"]),
    (("El puerto tendrá una nueva terminal.\n\nDeclaración de la alcaldesa Marta Ruiz:\n\n«Hemos escuchado a los "
      "vecinos.»"), "es", ["Marta Ruiz"]),
])
def test_statement_from_line_names_the_next_quotation(text: str, lang: str, want: list[str]) -> None:
    assert speakers_of(text, lang) == want


@pytest.mark.parametrize("mark", ["--", "—", "–", "-"])
def test_double_hyphen_credit(mark: str) -> None:
    text = (f'{_FACT}\n\n"This terminal will bring hundreds of jobs to the waterfront and secure the port\'s '
            f'future." {mark}Senator Luis Ortega')
    assert speakers_of(text, "en") == ["Luis Ortega"]


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("The water authority met on Monday.\n\n“ Water prices will not rise this year . ” the mayor said.", "en",
     "the mayor"),
    ('The water authority met on Monday.\n\n" Water prices will not rise this year . " the mayor said.', "en",
     "the mayor"),
    (("Die Wasserbehörde tagte am Montag.\n\n„ Die Wasserpreise steigen dieses Jahr nicht . “ sagte der "
      "Bürgermeister."), "de", "der Bürgermeister"),
])
def test_spaces_inside_curly_marks(text: str, lang: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]
