"""The outlet of an interview after the verb ("powiedział w rozmowie z RMF FM minister …", "заявил в интервью
ТАСС министр …", "dijo en una entrevista con EFE el ministro …") is not the speaker (text/data
"interview_phrases"). Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ('„Sytuacja jest pod kontrolą” – powiedział w rozmowie z RMF FM minister zdrowia Jan Nowak.', "pl", "Jan Nowak"),
    ('Minister Jan Nowak był w radiu. – Sytuacja jest pod kontrolą – powiedział w rozmowie z RMF FM.', "pl",
     "Jan Nowak"),
    ('«Ситуация под контролем», — заявил в интервью ТАСС министр Иван Петров.', "ru", "Иван Петров"),
    ('"Estamos preparados", dijo en una entrevista con EFE el ministro Carlos Pérez.', "es", "Carlos Pérez"),
], ids=["pl-subject-after", "pl-pro-drop", "ru", "es"])
def test_interviewing_outlet_is_not_the_speaker(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]
