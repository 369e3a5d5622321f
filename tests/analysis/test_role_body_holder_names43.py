"""trial53 F5: «„…,“ sdělila mluvčí hnutí Starostové a nezávislí Rita Silvová» gave the speaker "mluvčí": the
body a role speaks for has lower-case words ("a nezávislí") or quotation marks («Новые люди»), so the plain run of
the role's complements never reached the name. The holder is the given name's run that closes the clause; with no
such name the role stays the speaker, and a name after a preposition is no holder."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("cs", "„Budeme jednat se všemi stranami,“ sdělila mluvčí hnutí Starostové a nezávislí Rita Silvová.", "Rita Silvová"),
    ("cs", "„Budeme jednat se všemi stranami,“ uvedla mluvčí hnutí ANO Rita Silvová.", "Rita Silvová"),
    ("ru", "«Мы будем говорить со всеми», — сообщила представитель движения «Новые люди» Анна Смирнова.", "Анна Смирнова"),
    ("pl", "„Będziemy rozmawiać ze wszystkimi” – powiedziała rzeczniczka partii Prawo i Sprawiedliwość Anna Nowak.",
     "Anna Nowak"),
    ("pl", "„Będziemy rozmawiać ze wszystkimi” – powiedziała rzeczniczka ruchu Polska 2050 Anna Kowalska.", "Anna Kowalska"),
    ("cs", "„Jednáme se všemi,“ řekla mluvčí hnutí Přísaha a Motoristé Jana Malá.", "Jana Malá"),
    # the party in quotation marks was the speaker
    ("ru", "«Мы говорим со всеми», — заявил представитель партии «Единая Россия» Андрей Турчак.", "Андрей Турчак"),
    ("uk", "«Ми говоримо з усіма», — заявив речник партії «Слуга народу» Олександр Мережко.", "Олександр Мережко"),
    ("de", "„Wir sprechen mit allen“, teilte eine Sprecherin der Bewegung Anna Schulz mit.", "Anna Schulz"),
    ("fr", "« Nous parlerons avec tous », a indiqué la porte-parole du mouvement Renaissance Maud Bregeon.", "Maud Bregeon"),
    ("es", "«Hablaremos con todos», señaló la portavoz del movimiento Sumar Marta Lois.", "Marta Lois"),
])
def test_the_holder_after_a_body_with_lower_case_words(lang, text, speaker):
    assert speakers_of(text, lang) == [speaker]


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "„Budeme jednat se všemi stranami,“ sdělila mluvčí hnutí Starostové a nezávislí."),
    ("cs", "„Budeme jednat se všemi stranami,“ sdělila mluvčí hnutí Starostové a nezávislí po jednání s Ritou Silvovou."),
    ("pl", "„Będziemy rozmawiać ze wszystkimi” – powiedziała rzeczniczka partii Prawo i Sprawiedliwość."),
])
def test_no_name_no_person(lang, text):
    [speaker] = speakers_of(text, lang)
    assert speaker is None or speaker.islower(), speaker  # the role ("mluvčí"), no one's name
