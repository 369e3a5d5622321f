"""final34 defect #7: a place or the wrong person as a quote's speaker. Ukrainian capitals (І, Ї, Є, Ґ) are
capitals ("Іван Ткачук" was no name run, so "мер Пральця Іван Ткачук" gave the town's genitive), and a
Ukrainian role's place in the masculine genitive ("Пральця", "Києва") is dropped before the holder's name
(text/data "genitive_endings"). Inputs written for these tests (the trial's shapes, new names)."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, speakers", [
    ("«Ситуація під контролем», — каже мер Пральця Іван Ткачук.", ["Іван Ткачук"]),
    ("«Дороги перекрито», — заявив мер Києва Євген Остапчук.", ["Євген Остапчук"]),
    ("«Ми відбудуємо школу», — сказала мерка Львова Ірина Гнатюк.", ["Ірина Гнатюк"]),
    ("Мер Олесь Ґудзь приїхав на місце. «Це трагедія», — сказав він.", ["Олесь Ґудзь"]),
], ids=["genitive-place", "kyiv-ye", "lviv-feminine", "pronoun-after-i-name"])
def test_ukrainian_holder_after_a_role_and_its_place(text, speakers):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "uk")])] == speakers


@pytest.mark.parametrize("text, lang, speaker", [
    (("Le maire Henri Lacoste et la préfète Sophie Marchal ont visité le camp de Villa Arenal mardi. "
      "« Il faut fermer la route », a-t-elle insisté."), "fr", "Sophie Marchal"),
    (("El alcalde Henri Lacoste y la prefecta Sophie Marchal visitaron el campamento de Villa Arenal el martes. "
      "«Hay que cerrar la carretera», insistió ella."), "es", "Sophie Marchal"),
], ids=["fr-elle", "es-ella"])
def test_a_pronoun_stands_for_a_person_not_the_place_named_last(text, lang, speaker):
    """A name the text writes only after a place preposition ("le camp de Villa Arenal") is no antecedent,
    and "le maire" gives no gender to the woman named after Henri Lacoste (final34 #7: "Puerto Calvén")."""
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('마르타 로시 주지사는 "도로를 다시 열겠다"고 말했다.', ["마르타 로시"]),
    ('"대피소는 안전하다"고 안톤 벨리치 시장은 밝혔다.\n\n주민 박민수(61) 씨는 "모든 것을 잃었다"며 울먹였다.',
     ["안톤 벨리치", "박민수"]),
    ('로시 주지사는 기자들에게 "지원을 아끼지 않겠다"라고 강조했다.', ["로시"]),
], ids=["title-whole", "aged-resident", "addressee"])
def test_korean_subject_before_the_quotation(text, speakers):
    """"주지사" is a title of its own (it was cut to "주" after "지사"); an age in brackets between name and
    "씨" and a quotation closed by "며" (while saying) keep the subject ("주민 김영희(54) 씨는 "…"며 울먹였다"
    was the previous quotation's speaker); an addressee may stand before the quotation."""
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "ko")])] == speakers
