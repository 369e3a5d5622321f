"""Counts of people the ledger lost (new-user trial49): collective numerals ("загинули двоє людей", "погибли двое
рабочих", "zginęło dwoje dzieci", F3: 2 vs 3 dead was shared), cardinals of languages with no number words of their
own (uk, cs, nl), a toll told after a counted noun through a verb of state or an adverb ("Três bombeiros ficaram
feridos", F1: not judged), or right before it ("Zginęli dwaj policjanci")."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers, unit_key


def _counts(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, unit_key(q.unit)) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Нічна атака дронів на Львів: двоє загиблих", "uk", [(2, "killed")]),
        ("Унаслідок атаки загинули двоє людей, ще 11 отримали поранення.", "uk", [(2, "killed"), (11, "injured")]),
        ("Внаслідок обстрілу загинули троє цивільних, ще п’ятеро дістали поранення.", "uk", [(3, "killed"), (5, "injured")]),
        ("Пожежа забрала життя п'ятьох людей.", "uk", [(5, "killed")]),
        ("Рятувальники врятували шістьох людей.", "uk", [(6, "rescued")]),
        ("В четверг погибли двое рабочих, ещё пятеро пострадали.", "ru", [(2, "killed"), (5, "injured")]),
        ("Двое погибших и пятеро раненых — итог ночной атаки.", "ru", [(2, "killed"), (5, "injured")]),
        ("По данным МЧС, погибли четверо, пострадали десятеро.", "ru", [(4, "killed"), (10, "injured")]),
        ("Спасатели эвакуировали семерых человек.", "ru", [(7, "evacuated")]),
        ("W wypadku zginęło troje dzieci, a czworo zostało rannych.", "pl", [(3, "killed"), (4, "injured")]),
        ("Zginęło dwoje dzieci.", "pl", [(2, "killed")]),
        ("Zginęło oboje rodziców.", "pl", [(2, "killed")]),
    ],
)
def test_collective_numerals_count_people(text, lang, expected):
    assert _counts(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Його сім'я виїхала до Польщі.", "uk", []),  # "сім'я" is a family, not "сім" (seven)
        ("Его арестовали на трое суток.", "ru", [(3, "day")]),  # a plurale tantum: three days, no arrest count
    ],
)
def test_words_that_look_like_numerals(text, lang, expected):
    assert _counts(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Загинули чотири людини, дев'ять поранені.", "uk", [(4, "killed"), (9, "injured")]),
        ("Zginęli dwaj policjanci.", "pl", [(2, "killed")]),
        ("Trzej policjanci zostali ranni.", "pl", [(3, "injured")]),
        ("Sześciu górników zginęło.", "pl", [(6, "killed")]),
        ("Při nehodě zemřeli tři lidé a pět lidí bylo zraněno.", "cs", [(3, "killed"), (5, "injured")]),
        ("Zahynuli dva hasiči.", "cs", [(2, "killed")]),
        ("Drie brandweerlieden raakten lichtgewond.", "nl", [(3, "injured")]),
        ("Twee toeristen raakten gewond.", "nl", [(2, "injured")]),
        ("İki turist yaralandı.", "tr", [(2, "injured")]),
    ],
)
def test_cardinals_of_the_data_languages(text, lang, expected):
    assert _counts(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, key",
    [
        ("Três bombeiros ficaram feridos sem gravidade.", "pt", "injured"),
        ("Dois turistas ficaram gravemente feridos.", "pt", "injured"),
        ("Tres periodistas resultaron heridos.", "es", "injured"),
        ("Cuatro policías resultaron levemente heridos.", "es", "injured"),
        ("Dos turistas quedaron heridos de gravedad.", "es", "injured"),
        ("Tre vigili del fuoco sono rimasti feriti.", "it", "injured"),
        ("Due turisti sono rimasti lievemente feriti.", "it", "injured"),
        ("Zwei Touristen wurden schwer verletzt.", "de", "injured"),
        ("Two tourists were seriously injured.", "en", "injured"),
        ("Два журналиста получили ранения.", "ru", "injured"),
        ("Трое полицейских были легко ранены.", "ru", "injured"),
        ("Троє рятувальників отримали поранення.", "uk", "injured"),
        ("Dwóch turystów zostało lekko rannych.", "pl", "injured"),
        ("Dva turisté byli lehce zraněni.", "cs", "injured"),
        ("観光客2人がけがをした。", "ja", "injured"),
        ("消防士3人が軽傷を負った。", "ja", "injured"),
        ("소방관 3명이 경상을 입었다.", "ko", "injured"),
        ("Three firefighters suffered minor injuries.", "en", "injured"),
        ("Drei Feuerwehrleute erlitten leichte Verletzungen.", "de", "injured"),
        ("Trois pompiers ont subi des blessures légères.", "fr", "injured"),
        ("Três bombeiros sofreram ferimentos ligeiros.", "pt", "injured"),
        ("Trzech strażaków odniosło obrażenia.", "pl", "injured"),
        ("Трое пожарных получили лёгкие травмы.", "ru", "injured"),
        ("Троє пожежників отримали легкі травми.", "uk", "injured"),
        ("Drie brandweerlieden liepen lichte verwondingen op.", "nl", "injured"),
        # the injured who died of their injuries are dead
        ("Deux pompiers ont succombé à leurs blessures.", "fr", "killed"),
        ("Zwei Feuerwehrleute erlagen später ihren Verletzungen.", "de", "killed"),
        ("Twee brandweerlieden bezweken aan hun verwondingen.", "nl", "killed"),
        ("Двое пожарных скончались от полученных травм.", "ru", "killed"),
        ("Двоє пожежників померли від отриманих травм.", "uk", "killed"),
        ("Murieron tres bomberos en el incendio.", "es", "killed"),
        ("Morreram dois bombeiros.", "pt", "killed"),
    ],
)
def test_a_toll_told_after_or_before_any_counted_noun(text, lang, key):
    assert [k for _, k in _counts(text, lang)] == [key]


@pytest.mark.parametrize(
    "text, lang, noun",
    [
        ("Rescuers evacuated two towns.", "en", "towns"),  # an evacuation counts people only
        ("Policja zatrzymała dwa samochody.", "pl", "samochody"),  # stopped two cars: no arrest
        ("He will be missing three games with a hamstring injury.", "en", "games"),
        # a count of times is no toll (review41: "injured: 3")
        ("He was injured three times last season.", "en", "times"),
        ("Ранен три раза за сезон.", "ru", "times"),
    ],
)
def test_no_toll_for_things(text, lang, noun):
    assert [q.unit for q in extract_numbers(text, lang)] == [noun]
