"""A gendered verb or pronoun after two people whose roles say nothing of their gender names the one whose
given name agrees (text/data/given_names.json; final34 #5: pl "Burmistrz Paul Mercadier i prefekt Claire
Dumas … – podkreśliła." gave Paul Mercadier; en "Owen Pritchard met Lucia Benn … she said" gave Owen)."""

import pytest

from storylens.text import LANGUAGES, given_name_gender

from ._docs import speakers_of


@pytest.mark.parametrize("lang, text, want", [
    ("pl", ("Burmistrz Paul Mercadier i prefekt Claire Dumas odwiedzili w czwartek schronisko w Puerto Calvén. "
            "– Trzeba ewakuować dolinę – podkreśliła."), "Claire Dumas"),
    ("pl", ("Burmistrz Jean Dupont i minister Marie Laurent przyjechali w piątek do Lyonu. "
            "– Nie zostawimy nikogo – zapewniła."), "Marie Laurent"),
    ("pl", "Prezes Hans Müller i dyrektor Ingrid Berg spotkali się w Berlinie. „To był trudny rok” – przyznała.",
     "Ingrid Berg"),
    ("pl", "Minister Ingrid Berg i prezes Hans Müller spotkali się w Berlinie. „To był trudny rok” – przyznał.",
     "Hans Müller"),
    ("en", 'Owen Pritchard met Lucia Benn at the quay. "We need more boats," she said.', "Lucia Benn"),
    ("en", 'Mark Hale met Ingrid Solberg in Oslo on Monday. "We will not give up," she said.', "Ingrid Solberg"),
    ("en", 'Ingrid Solberg met Mark Hale in Oslo on Monday. "We will not give up," he said.', "Mark Hale"),
    ("es", ("El ministro Luis Gómez y la alcaldesa Ana Ruiz visitaron el puerto de Vigo el martes. "
            "«Volveremos muy pronto», prometió ella."), "Ana Ruiz"),
])
def test_the_given_name_tells_the_gender(lang: str, text: str, want: str) -> None:
    assert speakers_of(text, lang) == [want]


def test_given_names_by_gender() -> None:
    assert [given_name_gender(n) for n in ("Claire", "Paul", "Ingrid", "Іван", "Ольга")] == ["f", "m", "f", "m", "f"]
    # a name both genders bear in different countries, and words opening place names, have none
    assert [given_name_gender(n) for n in ("Jean", "Kim", "Santa", "Puerto", "said")] == [None] * 5


def test_the_shared_name_file_is_no_language() -> None:
    assert "given_names" not in LANGUAGES and "cldr" not in LANGUAGES


@pytest.mark.parametrize("lang, text, want", [
    # the speaker just named keeps "he" though the lists call Hilary a woman's name
    ("en", ('Spokesman Mark Reed confirmed the vote. "The text is final," said Hilary Dunn, head of the bureau.\n\n'
            '"I hope it helps," he said.'), ["Hilary Dunn", "Hilary Dunn"]),
    # a brand in brackets sentences before the quotation names no one ("Daniel Wellington" watches)
    ("ru", ("Теперь Аюшманн Кхуррана — лицо брендов от очков (Titan) до часов (Daniel Wellington). "
            "Что нравится Кхурране, так это роли. «Мне просто повезло работать с ними», — сказал он."),
     ["Аюшманн Кхуррана"]),
    # and a business in the sentence of a subject whose gender nothing gives
    ("en", ("Mr. Hutchinson's views changed as he worked at Chuck E. Cheese's. "
            '"It showed me that something was wrong," he said.'), [("Hutchinson", "Hutchinson's")]),
])
def test_a_listed_name_does_not_outweigh_the_text(lang: str, text: str, want: list) -> None:
    got = speakers_of(text, lang)
    assert len(got) == len(want) and all(g in w if isinstance(w, tuple) else g == w for g, w in zip(got, want))
