"""Russian and Polish mark the subject's gender on the past tense ("сказал"/"сказала", "powiedział"/
"powiedziała") and in names ("Смирнова", "Kowalska"): a feminine pronoun or verb is not the man the text
named last (text/data "past_gender", "pronoun_genders", "given_name_gender", "surname_gender").
Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    (('Игорь Волков двадцать лет работал в школе. Директор Анна Смирнова уволила его в прошлом году. '
     '«Я до сих пор не понимаю, за что», — сказал он.'), "ru", "Игорь Волков"),
    (('Anna Kowalska przez dwadzieścia lat uczyła w szkole. Dyrektor Piotr Nowak zwolnił ją w zeszłym roku. '
     '„Nadal nie rozumiem, dlaczego” – powiedziała ona.'), "pl", "Anna Kowalska"),
    (('Anna Kowalska przez dwadzieścia lat uczyła w szkole. Dyrektor Piotr Nowak zwolnił ją w zeszłym roku. '
     '„Nadal nie rozumiem, dlaczego” – powiedziała.'), "pl", "Anna Kowalska"),
    (('Jan Wiśniewski od lat prowadził piekarnię. Burmistrz Ewa Zielińska odebrała mu lokal w marcu. '
     '„To był cios dla całej rodziny” – powiedział.'), "pl", "Jan Wiśniewski"),
], ids=["ru-he", "pl-ona", "pl-pro-drop-f", "pl-pro-drop-m"])
def test_pronoun_agrees_in_gender_with_its_antecedent(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]
