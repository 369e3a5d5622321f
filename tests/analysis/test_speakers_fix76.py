"""Quote speakers (speakers76fix, the speakers75 tester's findings): a one-word surname that is also a word, before
a verb of telling and its object, lost its quote to the object ("Berger a prévenu les syndicats" gave "les
syndicats": any known noun opening the sentence was read as an adverb before an inverted verb); a person noun and
"of" before a role and a name gave the named people ("the lawyer of senator Tom Lee and governor Jane Fox said"
gave "Tom Lee and Jane Fox"). Inputs written for these tests, with the neighbours speakers75 fixed."""

from __future__ import annotations

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, lang, speaker", [
    ("Berger a prévenu les syndicats : « Nous ne signerons pas cet accord. »", "fr", "Berger"),
    ("Borne a prévenu la ministre : « Nous ne signerons pas cet accord. »", "fr", "Borne"),
    ("Petit a averti les habitants : « Restez chez vous ce soir. »", "fr", "Petit"),
    ("Froment a prévenu les habitants : « Restez chez vous ce soir. »", "fr", "Froment"),
    ("Laurent Berger est arrivé lundi. Berger a prévenu le gouvernement : « Nous ne signerons pas. »", "fr",
     "Laurent Berger"),
    ("Moreno advirtió los riesgos: «Quédense en casa esta noche».", "es", "Moreno"),
    ("Ferro ha avvertito i cittadini: «Restate a casa stasera».", "it", "Ferro"),
    ("Coelho alertou os moradores: «Fiquem em casa esta noite».", "pt", "Coelho"),
    # the adverbs before an inverted verb stay no speaker: listed, a day's, or "-ment(e)" of a word
    ("Ensuite ont répondu les habitants : « Nous avons tout perdu dans cet incendie. »", "fr", "les habitants"),
    ("Récemment a déclaré la ministre : « Nous reconstruirons toute la ville. »", "fr", "la ministre"),
    ("Ayer dijo el alcalde: «Lo perdimos todo en el incendio».", "es", "el alcalde"),
    ("Entonces respondió el alcalde: «Lo perdimos todo en el incendio».", "es", "el alcalde"),
    ("Successivamente ha detto il sindaco: «Abbiamo perso tutto nell'incendio».", "it", "il sindaco"),
    ("Ontem disse o presidente: «Perdemos tudo no incêndio».", "pt", "o presidente"),
])
def test_surname_that_is_a_word_keeps_its_quote(text: str, lang: str, speaker: str) -> None:
    assert speakers_of(text, lang) == [speaker]


@pytest.mark.parametrize("text, lang, wrong", [
    ('"The charges are false," said the lawyer of senator Tom Lee and governor Jane Fox.', "en",
     "Tom Lee and Jane Fox"),
    ('"We will fight on," said supporters of senator Tom Lee and governor Jane Fox.', "en", "Tom Lee and Jane Fox"),
    ('"We are shocked," said fans of coach Mike Brown and captain Lisa Ray.', "en", "Mike Brown and Lisa Ray"),
    ("« Nous sommes choqués », ont déclaré la femme du maire Tom Lee et la sénatrice Jane Fox.", "fr",
     "Tom Lee et Jane Fox"),
    ("«Estamos conmocionados», dijeron la esposa del alcalde Tom Lee y la senadora Ana Fox.", "es",
     "Tom Lee y Ana Fox"),
])
def test_person_of_a_named_role_is_not_the_named(text: str, lang: str, wrong: str) -> None:
    assert wrong not in speakers_of(text, lang)


@pytest.mark.parametrize("text, lang, speaker", [
    ('"We will rebuild," police chief Anna Berg and mayor Tom Lee said.', "en", "Anna Berg and Tom Lee"),
    ("La cheffe de la police Anna Berg et le maire Tom Lee ont déclaré : « Nous reconstruirons. »", "fr",
     "Anna Berg et Tom Lee"),
])
def test_role_with_a_complement_still_named(text: str, lang: str, speaker: str) -> None:
    assert speakers_of(text, lang) == [speaker]


@pytest.mark.parametrize("text, lang, speaker", [
    # a given name of both genders opens a person's name, no place ("Jean", "Kim", "Claude": no gender listed)
    ("Le maire de Lyon et Jean Dupont ont déclaré : « Nous reconstruirons toute la ville. »", "fr", "Jean Dupont"),
    ("Le maire de Lyon et Claude Martin ont déclaré : « Nous reconstruirons toute la ville. »", "fr",
     "Claude Martin"),
    ('The mayor of Boston and Kim Lee said: "We will rebuild the whole city."', "en", "Kim Lee"),
    ('The mayors of Boston and New York said: "We will rebuild the whole city."', "en",
     "The mayors of Boston and New York"),
])
def test_unisex_given_name_after_a_place_is_a_person(text: str, lang: str, speaker: str) -> None:
    assert speakers_of(text, lang) == [speaker]


def test_unisex_given_names_listed() -> None:
    from storylens.text import given_name_gender, listed_given_name

    assert given_name_gender("Jean") is None and listed_given_name("Jean") and listed_given_name("Anna")
    assert not listed_given_name("Lyon")
