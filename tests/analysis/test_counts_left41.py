"""Small wrong counts left by review41: animals a toll verb counts are no dead people ("The floods killed 300
cattle", "Zginęło 300 krów", "Погибли 300 коров": killed 300 in 11 languages since num41; text data "measures"
keys cattle, sheep, goat, pig, poultry, horse, dog, animal), while a toll of people beside them still reads;
"No one knows how many were killed" is no toll of nobody (text data "count_questions")."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers, unit_key


def _counts(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, unit_key(q.unit)) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The floods killed 300 cattle.", "en", [(300, "cattle")]),
        ("The virus killed 2,000 pigs.", "en", [(2000, "pig")]),
        ("300 cows died in the floods.", "en", [(300, "cattle")]),
        ("Bird flu killed 10,000 chickens.", "en", [(10000, "poultry")]),
        ("The floods killed 300 cattle and 12 people.", "en", [(300, "cattle"), (12, "killed")]),
        ("Das Hochwasser tötete 300 Rinder.", "de", [(300, "cattle")]),
        ("Es starben 200 Schafe und 3 Menschen.", "de", [(200, "sheep"), (3, "killed")]),
        ("Les inondations ont tué 300 vaches.", "fr", [(300, "cattle")]),
        ("300 moutons sont morts.", "fr", [(300, "sheep")]),
        ("Murieron 300 ovejas.", "es", [(300, "sheep")]),
        ("Murieron 300 cabezas de ganado.", "es", [(300, "cattle")]),
        ("L'alluvione ha ucciso 300 mucche.", "it", [(300, "cattle")]),
        ("As cheias mataram 300 vacas.", "pt", [(300, "cattle")]),
        ("Zginęło 300 krów.", "pl", [(300, "cattle")]),
        ("Powódź zabiła 300 owiec i 5 osób.", "pl", [(300, "sheep"), (5, "killed")]),
        ("Погибли 300 коров.", "ru", [(300, "cattle")]),
        ("Наводнение убило 300 овец.", "ru", [(300, "sheep")]),
        ("Загинули 300 корів.", "uk", [(300, "cattle")]),
        ("Zahynulo 300 krav.", "cs", [(300, "cattle")]),
        ("De overstroming doodde 300 koeien.", "nl", [(300, "cattle")]),
        ("Er stierven 300 schapen.", "nl", [(300, "sheep")]),
        ("Selde 300 koyun öldü.", "tr", [(300, "sheep")]),
        ("قتل 300 بقرة", "ar", [(300, "cattle")]),
        ("洪水造成300头牛死亡。", "zh", [(300, "cattle")]),
        ("洪水で牛300頭が死んだ。", "ja", [(300, "animal")]),
    ],
)
def test_animals_a_toll_counts_are_not_the_dead(text, lang, expected):
    assert _counts(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The floods killed 12 people.", "en"),
        ("Zginęło 12 osób.", "pl"),
        ("Погибли 12 человек.", "ru"),
        ("Es starben 12 Menschen.", "de"),
    ],
)
def test_a_toll_of_people_still_reads(text, lang):
    assert _counts(text, lang) == [(12, "killed")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("No one knows how many were killed.", "en"),
        ("Nobody can say how many people died in the floods.", "en"),
        ("Nobody knows the number of dead.", "en"),
        ("Niemand weiß wie viele Menschen starben.", "de"),
        ("Nadie sabe cuántas personas murieron.", "es"),
        ("Nessuno sa quanti sono morti.", "it"),
        ("Niemand weet hoeveel mensen zijn omgekomen.", "nl"),
        ("Nikt nie wie ile osób zginęło.", "pl"),
        ("Никто не знает сколько людей погибло.", "ru"),
        ("Ніхто не знає скільки людей загинуло.", "uk"),
        ("Kimse kaç kişinin öldüğünü bilmiyor.", "tr"),
    ],
)
def test_nobody_knows_how_many_is_no_toll_of_nobody(text, lang):
    assert _counts(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("No one was killed and two people were injured.", "en", [(0, "killed"), (2, "injured")]),
        ("Nadie resultó herido.", "es", [(0, "injured")]),
        ("Kimse yaralanmadı.", "tr", [(0, "injured")]),
        ("Никто не пострадал.", "ru", [(0, "injured")]),
        ("Niemand wurde getötet.", "de", [(0, "killed")]),
    ],
)
def test_a_toll_of_nobody_still_reads(text, lang, expected):
    assert _counts(text, lang) == expected
