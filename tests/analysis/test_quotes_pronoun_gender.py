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


@pytest.mark.parametrize("text, lang, speaker", [
    (('«Das Feuer ist nicht unter Kontrolle», sagte Feuerwehrchef Thomas Brandt. Am Nachmittag traf er in '
      'Katoomba die Ministerin Julia Hartmann. «Es gibt keine Hinweise auf Brandstiftung», sagte sie.'), "de", "Julia Hartmann"),
    (('"Le feu n\'est pas maîtrisé", a déclaré le chef des pompiers, Paul Girard. Dans l\'après-midi, il a '
      'rencontré à Katoomba la ministre Julie Marchand. "Rien n\'indique un incendie criminel", a-t-elle affirmé.'),
     "fr", "Julie Marchand"),
    (('"El fuego no está controlado", afirmó el jefe de bomberos, Pablo García. Por la tarde, él visitó en '
      'Katoomba a la ministra Elena Ruiz. "No hay pruebas de un incendio provocado", dijo ella.'), "es", "Elena Ruiz"),
    (('"Il fuoco non è sotto controllo", ha detto il capo dei pompieri, Marco Rossi. Nel pomeriggio ha incontrato '
      'a Katoomba la ministra Giulia Bianchi. "Non ci sono prove di un incendio doloso", ha detto lei.'), "it", "Giulia Bianchi"),
], ids=["de-sie", "fr-elle", "es-ella", "it-lei"])
def test_feminine_pronoun_takes_the_woman_the_role_names(text, lang, speaker):
    """The role word or its article gives the gender (text/data "role_genders", "article_genders"):
    "die Ministerin", "la ministre", "la ministra" are women, "Feuerwehrchef", "le chef" men."""
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])][-1] == speaker
