"""A governor's title governs a region: "Губернатор Юта Кокс" is Utah's governor Cox, not a governor named Jutta
(places73 read a Cyrillic region that is also a given name, between a role noun and a surname, as the given name, for
"Мэр Юта Штайнрук", Mayor Jutta Steinruck, which stays a name). Sentences written for these tests, ru/uk/bg."""

from __future__ import annotations

import pytest

from storylens.similarity._openings import _region_countries_of


@pytest.mark.parametrize("text", [
    "Губернатор Юта Кокс заявил, что штат поможет пострадавшим.",
    "По словам губернатор Юта Кокс, помощь уже направлена.",
    "Губернатор Джорджия Кемп объявил чрезвычайное положение.",
    "Губернатор Вирджиния Янгкин подписал закон.",
    "Губернатор Индиана Браун подписал закон.",
    "Вице-губернатор Юта Хендерсон заявила, что выборы пройдут честно.",
    "Губернатор Юта Кокс заявив, що штат допоможе.",  # uk
    "Губернатор Юта Кокс каза, че щатът ще помогне.",  # bg
    "Губернаторът Юта Кокс каза, че щатът ще помогне.",  # bg, the article glued on
])
def test_the_region_after_a_governors_title_is_his_region(text):
    assert "US" in _region_countries_of(text)


@pytest.mark.parametrize("text", [
    "Мэр Юта Штайнрук сказала, что завод закрыт.",
    "Сотни жителей эвакуированы. Мэр Юта Штайнрук сказала, что завод останется закрытым до пятницы.",
    "Министр Каролина Шмидт сказала, что бюджет утвержден.",
    "Мэр Джорджия Смит открыла мост.",
    "Депутат Дакота Джонсон выступила в парламенте.",
    "Мер Юта Штайнрук сказала, що завод закрито.",  # uk
])
def test_the_same_name_after_another_role_stays_a_name(text):
    assert _region_countries_of(text) == frozenset()
