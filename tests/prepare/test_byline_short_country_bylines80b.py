"""bylines80b (kind byline-outlet-as-author): a country's short form after a wire's credit ("By Reuters, U.S.", "Por
EFE, EE.UU.") is where the copy was written, as its full name is; a town opening with a
saint's name before a given name ("Santa Monica") after a wire's credit is a place, no outlet nor text."""

import pytest

from storylens.prepare.clean import clean_text

_HEAD = "Storm hits coast as officials warn of floods"
_BODY = {
    "en": "The storm made landfall early on Tuesday, officials said. Thousands of residents were evacuated.\n\n"
          "Emergency crews worked through the night to restore power.",
    "de": "Der Sturm traf am Dienstag früh auf Land, sagten Beamte. Tausende Bewohner wurden evakuiert.\n\n"
          "Einsatzkräfte arbeiteten die ganze Nacht, um den Strom wiederherzustellen.",
    "fr": "La tempête a touché terre mardi matin, ont indiqué les autorités. Des milliers d'habitants ont été évacués.\n\n"
          "Les équipes d'urgence ont travaillé toute la nuit pour rétablir le courant.",
    "es": "La tormenta tocó tierra el martes temprano, dijeron las autoridades. Miles de residentes fueron evacuados.\n\n"
          "Los equipos de emergencia trabajaron toda la noche para restablecer la electricidad.",
    "ru": "Шторм обрушился на сушу рано утром во вторник, сообщили власти. Тысячи жителей были эвакуированы.\n\n"
          "Аварийные бригады работали всю ночь, чтобы восстановить электроснабжение.",
}


def _read(lang: str, line: str):
    return clean_text(_HEAD + "\n\n" + line + "\n\n" + _BODY[lang])


@pytest.mark.parametrize(("lang", "line", "authors", "outlet"), [
    ("en", "By Reuters, U.S.", [], "Reuters"),
    ("en", "By Jane Doe, Reuters, U.S.", ["Jane Doe"], "Reuters"),
    ("en", "By Jane Doe and John Smith, Reuters, UK", ["Jane Doe", "John Smith"], "Reuters"),
    ("en", "By Jane Doe, Reuters, Jordan", ["Jane Doe"], "Reuters"),
    ("en", "By AFP, The UK", [], "AFP"),
    ("en", "By AP, USA", [], "AP"),
    ("en", "By Reuters, UAE", [], "Reuters"),
    ("de", "Von dpa, USA", [], "dpa"),
    ("de", "Von Anna Schulz, dpa, USA", ["Anna Schulz"], "dpa"),
    ("fr", "Par AFP, R.-U.", [], "AFP"),
    ("es", "Por EFE, EE.UU.", [], "EFE"),
    ("ru", "Автор: ТАСС, США", [], "ТАСС"),
    ("en", "By AFP, Santa Monica", [], "AFP"),
    ("en", "By Reuters, San Angelo", [], "Reuters"),
])
def test_a_place_after_a_credit(lang: str, line: str, authors: list[str], outlet: str) -> None:
    read = _read(lang, line)
    assert list(read.authors) == authors
    assert read.outlet == outlet
    assert line not in read.text


@pytest.mark.parametrize(("line", "authors", "outlet"), [
    # outlets named with a short form stay outlets; a reporter's hyphenated name stays a reporter's
    ("By Jane Doe, USA Today", ["Jane Doe"], "USA Today"),
    ("By Reuters, USA Today", [], "USA Today"),
    ("By Jane Doe, The US Sun", ["Jane Doe"], "The US Sun"),
    ("By Jane Doe, UK Daily", ["Jane Doe"], "UK Daily"),
    ("By Jane Doe, Santa Monica Daily Press", ["Jane Doe"], "Santa Monica Daily Press"),
    ("By Jane US-Smith, Reuters", ["Jane US-Smith"], "Reuters"),
    ("By Jane Doe and Mary Star-Jones", ["Jane Doe", "Mary Star-Jones"], None),
    ("By Santa Montefiore", ["Santa Montefiore"], None),
])
def test_neighbours_kept(line: str, authors: list[str], outlet: str | None) -> None:
    read = _read("en", line)
    assert list(read.authors) == authors
    assert read.outlet == outlet


@pytest.mark.parametrize("line", ["By Dr. Anna Post-Smith", "By Kim Herald-Jones", "By Prof. Mark Star-Jones"])
def test_a_hyphenated_name_with_an_outlet_word_stays_a_reporter(line: str) -> None:
    """tester_bylines80b (HIGH): an outlet word in a hyphenated last word made these reporters outlets; the rule
    was taken out ("Fort Worth Star-Telegram" after a reporter stays a second author, as on main)."""
    read = _read("en", line)
    assert read.outlet is None
    assert list(read.authors) == [line.removeprefix("By ")]
