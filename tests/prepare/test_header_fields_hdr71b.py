"""hdr71b (newuser71 hdr/hdr2/hdr3): a byline with the small word a date takes, a bare date line over the headline,
an outlet in quotation marks; and the neighbours that stay text."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

FR = ("Une violente tempête a déraciné samedi des dizaines d'arbres à Hambourg. Deux personnes ont été légèrement "
      "blessées, ont indiqué les pompiers.\n\nLe port a été fermé pendant quatre heures.")
EN = ("A violent storm uprooted dozens of trees in Hamburg on Saturday. Two people were slightly injured, the fire "
      "brigade said.\n\nThe port was closed for four hours.")
RU = ("Сильный ураган в субботу повалил десятки деревьев в Гамбурге. Два человека получили легкие травмы, сообщили "
      "пожарные.\n\nПорт был закрыт на четыре часа.")
T_FR = "Une tempête déracine des arbres à Hambourg"
T_EN = "Storm uproots trees in Hamburg"
T_RU = "Ураган повалил деревья в Гамбурге"


@pytest.mark.parametrize(("line", "title", "body", "author", "outlet"), [
    ("Par Claire Martin, Le Figaro, le 14 mars 2026 à 10h15", T_FR, FR, "Claire Martin", "Le Figaro"),
    ("Par Claire Martin Publié le 14/03/2026 à 10:15", T_FR, FR, "Claire Martin", None),
    ("By Tom Whitaker, on March 14, 2026", T_EN, EN, "Tom Whitaker", None),
    ("Von Anna Schmidt, am 14. März 2026", "Sturm entwurzelt Bäume in Hamburg", EN, "Anna Schmidt", None),
    ("Por María López, el 14 de marzo de 2026", "Una tormenta arranca árboles en Hamburgo", EN, "María López", None),
    ("Иван Петров, «Коммерсантъ», 14 марта 2026", T_RU, RU, "Иван Петров", "Коммерсантъ"),
    ("Автор: Иван Петров, «Коммерсантъ», 14 марта 2026", T_RU, RU, "Иван Петров", "Коммерсантъ"),
    ('By Tom Whitaker, "The Guardian", 14 March 2026', T_EN, EN, "Tom Whitaker", "The Guardian"),
    ("Von Hans Meier, „Bild“, 14. März 2026", "Sturm entwurzelt Bäume in Hamburg", EN, "Hans Meier", "Bild"),
])
@pytest.mark.parametrize("over", [True, False])
def test_header_line_over_or_under_the_headline(line: str, title: str, body: str, author: str, outlet: str | None,
                                                over: bool) -> None:
    text = f"{line}\n\n{title}\n\n{body}" if over else f"{title}\n{line}\n\n{body}"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.outlet, cleaned.published) == \
        (title, (author,), outlet, "2026-03-14")
    assert line not in cleaned.text


@pytest.mark.parametrize(("line", "title", "body"), [
    ("14 March 2026, 10:15", T_EN, EN),
    ("14.03.2026, 10:15 Uhr", "Sturm entwurzelt Bäume in Hamburg", EN),
    ("14 de marzo de 2026", "Una tormenta arranca árboles en Hamburgo", EN),
    ("14 марта 2026", T_RU, RU),
    ("14 марта 2026, 10:15", T_RU, RU),
])
def test_date_line_over_the_headline_is_the_pages_date(line: str, title: str, body: str) -> None:
    cleaned = clean_text(f"{line}\n\n{title}\n\n{body}")
    assert (cleaned.title, cleaned.published) == (title, "2026-03-14")
    assert line not in cleaned.text


def test_headline_opening_with_a_date_stays_the_title() -> None:
    cleaned = clean_text(f"14 March 2026: the day the markets fell\n\n{EN}")
    assert cleaned.title == "14 March 2026: the day the markets fell"
    assert cleaned.published is None


def test_date_with_words_over_the_headline_dates_nothing() -> None:
    assert clean_text(f"14 March 2026 in Hamburg\n\n{T_EN}\n\n{EN}").published is None


def test_lead_opening_with_its_date_is_text() -> None:
    lead = "Le 14 mars 2026, le gouvernement a annoncé un plan d'aide aux sinistrés."
    cleaned = clean_text(f"{T_FR}\n\n{lead}\n\n{FR}")
    assert (cleaned.title, cleaned.authors, cleaned.published) == (T_FR, (), None)
    assert lead in cleaned.text


def test_event_day_without_a_separator_is_no_byline() -> None:
    cleaned = clean_text(f"Sturm entwurzelt Bäume in Hamburg\n\nGipfel am 3. März 2026 Olaf Scholz\n\n{EN}")
    assert cleaned.authors == ()


def test_quoted_outlet_inside_a_sentence_is_no_outlet() -> None:
    sentence = "Иван Петров сказал «Коммерсанту», что порт закрыт."
    cleaned = clean_text(f"{T_RU}\n\n{sentence}\n\n{RU}")
    assert (cleaned.authors, cleaned.outlet) == ((), None)
    assert sentence in cleaned.text


# hdr71bfix (the tester's probes): a timeline under a date over its headline keeps its entries; a quoted title
# beside a byline is no outlet; two quoted names are not one; a long first line is no date line.
@pytest.mark.parametrize(("text", "entry"), [
    (("14 de marzo de 2026\n\nComienzan las protestas en la capital\n\n16 de marzo de 2026\n\nDimite el Gobierno\n\n"
      "Las protestas comenzaron tras la subida del precio del pan. Miles de personas salieron a la calle."),
     "Dimite el Gobierno"),
    (("14 марта 2026, 10:15\n\nОткрылись избирательные участки\n\n14 марта 2026, 10:45\n\nВысокая явка\n\n"
      "Президент проголосовал\n\nУчастки открылись в восемь утра. К полудню явка составила 30 процентов."),
     "Высокая явка"),
])
def test_timeline_entry_under_a_date_is_no_outlet(text: str, entry: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.outlet is None
    assert entry in cleaned.text


def test_name_over_a_date_under_the_headline_is_still_the_outlet() -> None:
    # the neighbour that must not change: no date line over the headline, the outlet's line over its date
    cleaned = clean_text("Una tormenta arranca árboles en Hamburgo\n\nPúblico\n\n14 de marzo de 2026\n\n" + EN)
    assert (cleaned.outlet, str(cleaned.published)) == ("Público", "2026-03-14")


def test_quoted_title_beside_a_byline_is_no_outlet() -> None:
    cleaned = clean_text(f"{T_FR}\nPar Claire Martin, « Les Misérables », le 14 mars 2026\n\n{FR}")
    assert (cleaned.authors, cleaned.outlet) == (("Claire Martin",), None)


def test_two_quoted_names_are_not_unquoted_as_one() -> None:
    from storylens.prepare.clean import _unquoted
    assert _unquoted("'Le Monde' and 'Libération'") == "'Le Monde' and 'Libération'"
    assert _unquoted("«Коммерсантъ»") == "Коммерсантъ"


def test_long_first_line_is_no_date_line() -> None:
    cleaned = clean_text("14 March 2026" + " " * 200 + "x\n\n" + T_EN + "\n\n" + EN)
    assert cleaned.published is None
