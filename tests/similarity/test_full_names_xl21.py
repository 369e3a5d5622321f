"""The people a text names in full (:func:`storylens.similarity.full_names`), read by the refine pass
across languages: a given name of the text layer's name lists and the surname after it, folded so
one person's spellings in two languages meet (stop 34, xl21: the same-story dev pairs es/it "Chad
Wolf", de/en "Heiko Maas", de/en "Justin Bieber" named their person only below the kept sentences).
Texts written for these tests."""

from __future__ import annotations

import pytest

from storylens.similarity import full_names

# one person in the languages of the dev stream's cross-lingual pairs, each text naming them mid-sentence,
# after a title or a quotation mark, or in the possessive
SAME_PERSON = [
    ("es", "Según el memorando, “Chad Wolf, el secretario interino, pidió un estudio”, dijo la agencia."),
    ("it", "Martedì il segretario ad interim Chad Wolf ha inviato un promemoria a tutti i componenti."),
    ("en", "Acting Homeland Security Secretary Chad Wolf's memo asks for a review of the state laws."),
    ("de", "Der amtierende Heimatschutzminister Chad Wolf verlangt eine Prüfung der Gesetze."),
    ("fr", "Le secrétaire par intérim Chad Wolf a demandé une étude des lois des États."),
    ("pl", "Pełniący obowiązki sekretarza Chad Wolf zażądał przeglądu przepisów stanowych."),
]


@pytest.mark.parametrize(("lang", "text"), SAME_PERSON, ids=[lang for lang, _ in SAME_PERSON])
def test_one_person_is_one_key_in_every_language(lang, text):
    assert "chad wolf" in full_names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Außenminister Heiko Maas (SPD) machte es mehrmals klar.", "heiko maas"),  # a German title before it
    ('"People won\'t be able to spend a holiday," foreign minister Heiko Maas said.', "heiko maas"),
    ("Bieber and Corden: Justin Bieber verkauft Tacos aus einem Truck.", "justin bieber"),
    ("Prezydent Andrzej Duda wygłosił orędzie noworoczne.", "andrzej duda"),  # Polish letters fold
    ("Le président du SPD, Norbert Walter-Borjans, a répondu.", "norbert walter borjans"),
    ("Министр Иван Петров заявил журналистам.", "ivan petrov"),  # a Cyrillic given name of the lists
])
def test_the_name_after_a_title_or_in_another_script_is_read(text, name):
    assert name in full_names(text)


@pytest.mark.parametrize("text", [
    "The New York Times and the Washington Post reported it; the post office stayed shut.",  # papers
    "Tom NATO said nothing.",  # an acronym is no surname
    "The vote falls on Sunday June Monday.",  # calendar words
    "President Duda rightly ignored Putin in his address.",  # a title, no given name: no full name
    "la ministra chad wolf ha parlato",  # no capitals, no name
])
def test_places_papers_acronyms_and_titles_are_no_person(text):
    assert full_names(text) == frozenset()


def test_two_languages_meet_on_the_folded_name():
    es = full_names("El cantante Justin Bieber abrió un puesto de tacos con James Corden en Los Ángeles.")
    de = full_names("Justin Bieber verkauft Tacos aus einem „Yummy“-Truck, sagte James Corden.")
    assert es & de == {"justin bieber", "james corden"}
