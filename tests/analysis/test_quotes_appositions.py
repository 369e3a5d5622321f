"""A name, then its apposition (an age, a job, a place), then the verb of saying: the name speaks, in
every language, also after a list bullet that opens the line. Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ('Мария Петрова, 45 лет, учительница из Казани, сказала, что «дети заслуживают лучшего».', "ru", "Мария Петрова"),
    ('Maria Petrowa, 45 lat, nauczycielka z Kazania, powiedziała, że „dzieci zasługują na więcej”.', "pl",
     "Maria Petrowa"),
    ('Marie Dubois, 45 ans, institutrice à Lyon, a déclaré que « les enfants méritent mieux ».', "fr", "Marie Dubois"),
    ('Maria Petrova, 45, a teacher from Kazan, said that "children deserve better".', "en", "Maria Petrova"),
    (('В новостях • Иван Смирнов, 52 года, водитель автобуса из Перми, который спас пассажиров, сказал, что «любой '
     'поступил бы так же».'), "ru", "Иван Смирнов"),
], ids=["ru-age", "pl-age", "fr-age", "en-age", "ru-bullet-relative"])
def test_name_before_an_apposition_with_an_age_is_the_speaker(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]
