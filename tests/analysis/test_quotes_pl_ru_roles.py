"""Polish and Russian roles: "szef resortu", "глава ведомства" stand for the minister (text/data
role_phrases); a role in the genitive after "według"/"по словам" ("ministra", "министра") is the person
titled so; "Jak podkreślił, „…”" (as he stressed) has its subject in the verb. Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ('Minister zdrowia Jan Nowak odwiedził szpital. – Sytuacja jest pod kontrolą – zapewnił szef resortu zdrowia.',
     "pl", "Jan Nowak"),
    ('Министр Иван Петров посетил больницу. «Ситуация под контролем», — заверил глава ведомства.', "ru", "Иван Петров"),
    ('Министр здравоохранения Иван Петров посетил больницу. По словам министра, «ситуация под контролем».', "ru",
     "Иван Петров"),
    ('Minister zdrowia Jan Nowak odwiedził szpital. Według ministra „sytuacja jest pod kontrolą”.', "pl", "Jan Nowak"),
    ('Jan Nowak odwiedził szpital. Jak podkreślił, „sytuacja jest pod kontrolą”.', "pl", "Jan Nowak"),
], ids=["pl-szef-resortu", "ru-glava-vedomstva", "ru-po-slovam-genitive", "pl-wedlug-genitive", "pl-jak-pro-drop"])
def test_role_speaks_for_the_person_titled_so(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]


def test_as_the_proverb_says_names_nobody():
    text = 'Anna Nowak odwiedziła szpital. Jak mówi przysłowie, „kto pyta, nie błądzi”.'
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "pl")])] == [None]
