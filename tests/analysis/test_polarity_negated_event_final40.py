"""A negation that is part of what a sentence states is no denial (final40 #1, #1b).

A death said with a negation ("Nie żyje 12 osób", 12 people are dead; "did not survive"; "не выжили";
"nicht mehr am Leben"; "ne sont plus en vie"; "no sobrevivieron") affirms the deaths another report
states, and a negation inside a fixed phrase ("not far from", "nicht weit vom", "never before had so
many") bears on a distance or a comparison, not on the claim. A real denial still conflicts.
"""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import affirmed, negated, polarity
from storylens.analysis.quantities import counted_words, extract_numbers

DEATH_SAID_WITH_NEGATION = [
    ("pl", "Trzęsienie ziemi we Włoszech. Nie żyje 12 osób.", "en", "Earthquake kills 12 in northern Italy."),
    ("pl", "W pożarze w Krakowie nie żyją trzy osoby.", "en", "Three people died in a fire in Krakow."),
    ("pl", "Dwóch strażaków nie przeżyło pożaru w Lyonie.", "de", "Zwei Feuerwehrleute kamen bei dem Brand in Lyon ums Leben."),
    ("en", "Two firefighters did not survive the blaze in Lyon.", "en", "Two firefighters died in the blaze in Lyon."),
    ("es", "Dos bomberos no sobrevivieron al incendio de Lyon.", "en", "Two firefighters died in the Lyon blaze."),
    ("ru", "Двое пожарных не выжили при пожаре в Лионе.", "en", "Two firefighters died in the Lyon blaze."),
    ("de", "Zwei Feuerwehrleute sind nach dem Brand in Lyon nicht mehr am Leben.", "en", "Two firefighters died in the Lyon blaze."),
    ("fr", "Deux pompiers ne sont plus en vie après l'incendie de Lyon.", "es", "Dos bomberos murieron en el incendio de Lyon."),
    ("fr", "Deux pompiers n'ont pas survécu à l'incendie de Lyon.", "ru", "Двое пожарных погибли при пожаре в Лионе."),
]


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), DEATH_SAID_WITH_NEGATION)
def test_a_death_said_with_a_negation_affirms_the_death(lang_a: str, a: str, lang_b: str, b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is None
    assert polarity(b, lang_b, a, lang_a) is None


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, text, _, _ in DEATH_SAID_WITH_NEGATION])
def test_the_negated_death_phrase_counts_the_dead(lang: str, text: str) -> None:
    # the same data makes the phrase a toll word: "did not survive" is a "killed" figure's word
    assert "killed" in {key for *_, key in counted_words(text, lang)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Three people did not survive the blaze in Lyon."),
    ("es", "Tres personas no sobrevivieron al incendio de Lyon."),
    ("de", "Drei Menschen sind nicht mehr am Leben, teilte die Feuerwehr in Lyon mit."),
    ("fr", "Trois personnes ne sont plus en vie après l'incendie de Lyon."),
    ("pl", "W pożarze w Lyonie nie żyją trzy osoby."),
])
def test_a_count_of_people_said_with_the_phrase_is_a_toll(lang: str, text: str) -> None:
    # a toll that differs is still a conflict of figures ("killed: 3 vs 2"), no longer hidden behind polarity
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(3.0, "killed")]


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), [
    ("en", "No one died in the fire in Lyon.", "en", "Three people died in the fire in Lyon."),
    ("en", "Two firefighters did not survive the blaze in Lyon.", "en", "Two firefighters survived the blaze in Lyon."),
    ("pl", "Nie żyje dwóch strażaków po pożarze w Lyonie.", "en", "Two firefighters survived the Lyon blaze."),
    ("ru", "Никто не погиб при пожаре в Лионе.", "en", "Three people were killed in the fire in Lyon."),
    ("de", "Bei dem Brand in Lyon ist niemand ums Leben gekommen.", "fr", "Trois personnes sont mortes dans l'incendie de Lyon."),
    ("es", "Dos bomberos no sobrevivieron al incendio de Lyon.", "es", "Dos bomberos sobrevivieron al incendio de Lyon."),
    # a negation outside the death phrase is a denial of its own
    ("en", "Two firefighters did not survive the blaze and the station was not damaged.", "en",
     "Two firefighters died in the blaze and the station was damaged."),
])
def test_a_real_denial_still_conflicts(lang_a: str, a: str, lang_b: str, b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is not None


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), [
    ("en", "Police in Lyon arrested two men on Monday, not far from the main station.", "en",
     "Police in Lyon arrested two men on Monday near the main station."),
    ("de", "Die Polizei nahm am Montag nicht weit vom Hauptbahnhof in Lyon zwei Männer fest.", "de",
     "Die Polizei nahm am Montag unweit des Hauptbahnhofs in Lyon zwei Männer fest."),
    ("fr", "La police a arrêté deux hommes lundi non loin de la gare de Lyon.", "en",
     "Police arrested two men on Monday near Lyon station."),
    ("fr", "La police a arrêté deux hommes lundi pas loin de la gare de Lyon.", "de",
     "Die Polizei nahm am Montag in der Nähe des Bahnhofs in Lyon zwei Männer fest."),
    ("es", "La policía detuvo el lunes a dos hombres no lejos de la estación de Lyon.", "en",
     "Police arrested two men on Monday near Lyon station."),
    ("pl", "Policja zatrzymała w poniedziałek dwóch mężczyzn niedaleko dworca w Lyonie.", "en",
     "Police arrested two men on Monday near Lyon station."),
    ("pl", "Policja zatrzymała w poniedziałek dwóch mężczyzn nie tak daleko od dworca w Lyonie.", "en",
     "Police arrested two men on Monday near Lyon station."),
    ("ru", "Полиция задержала в понедельник двух мужчин недалеко от вокзала в Лионе.", "en",
     "Police arrested two men on Monday near Lyon station."),
    ("ru", "Полиция задержала в понедельник двух мужчин не так далеко от вокзала в Лионе.", "en",
     "Police arrested two men on Monday near Lyon station."),
    ("en", "Never before had so many people been evacuated in Lyon: 5,000 left their homes.", "fr",
     "5 000 personnes ont quitté leur domicile à Lyon."),
    ("de", "Noch nie mussten in Lyon so viele Menschen ihre Häuser verlassen: 5000 wurden evakuiert.", "en",
     "5,000 people were evacuated in Lyon."),
    ("es", "Nunca antes se habían evacuado tantas personas en Lyon: 5.000 dejaron sus casas.", "en",
     "5,000 people left their homes in Lyon."),
    ("fr", "Jamais autant de personnes n'avaient été évacuées à Lyon : 5 000 ont quitté leur domicile.", "en",
     "5,000 people left their homes in Lyon."),
    ("ru", "Никогда ещё в Лионе не эвакуировали столько людей: 5000 покинули свои дома.", "en",
     "5,000 people left their homes in Lyon."),
    ("pl", "Nigdy wcześniej w Lyonie nie ewakuowano tylu ludzi: 5000 opuściło domy.", "en",
     "5,000 people left their homes in Lyon."),
    # already right before final40, kept right
    ("en", "No fewer than 20 people were killed in the Lyon blaze.", "de", "Bei dem Brand in Lyon kamen 20 Menschen ums Leben."),
    ("en", "The Lyon blaze not only killed 20 people but also destroyed 30 homes.", "es", "El incendio de Lyon mató a 20 personas."),
    ("en", "There is no doubt that the fire in Lyon killed 20 people.", "de", "Der Brand in Lyon tötete 20 Menschen."),
])
def test_a_negation_inside_a_fixed_phrase_denies_nothing(lang_a: str, a: str, lang_b: str, b: str) -> None:
    assert not negated(a, lang_a)
    assert polarity(a, lang_a, b, lang_b) is None


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("en", "Police arrested two men not far from the station.", "not far from"),
    ("de", "Die Polizei nahm nicht weit vom Bahnhof zwei Männer fest.", "nicht weit vom"),
])
def test_the_fixed_phrase_stays_in_the_affirmed_text(lang: str, text: str, kept: str) -> None:
    assert kept in affirmed(text, lang)


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), [
    ("en", "Police did not arrest anyone, not far from the station.", "en", "Police arrested two men near the station."),
    ("de", "Die Polizei nahm die zwei Männer nicht weit vom Bahnhof nicht fest.", "de",
     "Die Polizei nahm die zwei Männer unweit des Bahnhofs fest."),
    ("en", "The company had not been fined so many times before, never before in a year.", "en",
     "The company had been fined many times before."),
])
def test_a_denial_beside_a_fixed_phrase_still_conflicts(lang_a: str, a: str, lang_b: str, b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is not None
