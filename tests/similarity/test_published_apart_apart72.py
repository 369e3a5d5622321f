"""The far-apart rule's place tie in every language we read (apart72, after newuser71 HIGH-1): two events in one city
months apart are two stories, while one event's follow-up months later stays tied when it names the event's day in
its own language's month name (babel's CLDR names: "11 de fevereiro", "19. ledna", "19 січня"), recalls it as last
year's ("l'année dernière", "торік", "loni"), or names a person in full with another case ending ("Jana
Kowalskiego" / "Jan Kowalski"). Read through the stream's verdict rules; texts written for these tests (more in
benchmarks/published_apart_pairs.py, the p72- pairs)."""

from __future__ import annotations

import pytest

from storylens.similarity._common import _MONTH_WORDS, _dates, month_table

from ._pairs import rules_apart

CS_BLAST = "Výbuch plynu v Brně\nV pondělí {day}v Brně vybuchl plyn v činžovním domě, uvedla policie."
UK_BLAST = "Вибух газу у Львові\nУ понеділок{day} у Львові в житловому будинку стався вибух газу, повідомила поліція."
PT_BLAST = ("Explosão em restaurante de Lisboa\nUma explosão de gás destruiu um restaurante em Lisboa na "
            "segunda-feira{day}, informou a polícia.")


@pytest.mark.parametrize(("a", "b"), [
    (("cs", "2026-01-20", CS_BLAST.format(day="")),
     ("cs", "2026-06-09", "Požár haly v Brně\nV úterý v Brně vyhořela skladová hala, uvedli hasiči.")),
    (("uk", "2026-01-20", UK_BLAST.format(day="")),
     ("uk", "2026-06-09", "Пожежа на складі у Львові\nУ вівторок у Львові загорівся склад, повідомили рятувальники.")),
    (("sv", "2026-01-20", "Gasexplosion i Malmö\nEn gasexplosion skadade ett bostadshus i Malmö på måndagen."),
     ("sv", "2026-06-09", "Brand i lagerlokal i Malmö\nEn brand bröt ut i ett lagerlokal i Malmö på tisdagen.")),
    # "last year" two calendar years on is no back reference to the earlier event
    (("en", "2024-11-18", "Gas explosion damages Leeds flats\nA gas explosion damaged flats in Leeds on Monday."),
     ("en", "2026-10-13", ("Warehouse fire in Leeds\nA warehouse burned down in Leeds on Tuesday, firefighters said. "
      "Last year the same firm was fined."))),
])
def test_one_city_months_apart_is_two_stories(a, b):
    assert "they share only a place" in rules_apart(a, b)


@pytest.mark.parametrize(("a", "b"), [
    # its day in the language's own month name
    (("cs", "2026-01-20", CS_BLAST.format(day="19. ledna ")),
     ("cs", "2026-06-23", "Zpráva o výbuchu v Brně\nZpráva o výbuchu plynu z 19. ledna v Brně byla zveřejněna.")),
    (("uk", "2026-01-20", UK_BLAST.format(day=", 19 січня,")),
     ("uk", "2026-06-23", "Звіт про вибух у Львові\nЗвіт про вибух газу 19 січня у Львові оприлюднила прокуратура.")),
    (("pt", "2026-01-20", PT_BLAST.format(day=", 19 de janeiro")),
     ("pt", "2026-06-30", ("Relatório sobre a explosão em Lisboa\nO relatório sobre a explosão de 19 de janeiro no "
      "restaurante de Lisboa aponta uma fuga de gás."))),
    # last year's event, a year on
    (("cs", "2025-11-18", CS_BLAST.format(day="")),
     ("cs", "2026-10-13", ("Obyvatelé domu v Brně se vrátili\nObyvatelé domu v Brně, který loni poškodil výbuch "
      "plynu, se vrátili domů."))),
    (("pt", "2025-11-04", PT_BLAST.format(day="")),
     ("pt", "2026-10-27", ("Restaurante de Lisboa reabre\nO restaurante de Lisboa destruído pela explosão do ano "
      "passado reabriu as portas na sexta-feira."))),
    (("fr", "2025-11-18", "Explosion de gaz à Nantes\nUne explosion de gaz a endommagé un immeuble lundi à Nantes."),
     ("fr", "2026-10-13", ("Les habitants rentrent chez eux\nLes habitants de l'immeuble de Nantes endommagé par "
      "l'explosion de gaz l'année dernière ont regagné leurs logements."))),
    # a full name with another case ending
    (("pl", "2026-01-20", ("Pożar restauracji w Krakowie\nPolicja zatrzymała właściciela restauracji Jana "
      "Kowalskiego po pożarze lokalu w Krakowie.")),
     ("pl", "2026-07-14", ("Proces w Krakowie\nJan Kowalski stanął przed sądem w Krakowie oskarżony o podpalenie "
      "własnej restauracji."))),
])
def test_one_event_recalled_months_later_stays_tied(a, b):
    assert rules_apart(a, b) == ""


def test_month_names_read_only_where_the_tables_do_not_cover_the_language():
    assert _dates("o fogo de 11 de fevereiro", "pt")[1] == {"02-11"}
    assert _dates("výbuch z 3. února", "cs")[1] == {"02-03"}
    assert _dates("den 3 februari i Malmö", "sv")[1] == {"02-03"}
    # an abbreviation that is also a word ("pro", for) is no month; a covered language reads its tables as before
    assert _dates("3 pro 5 lidí", "cs")[1] == set()
    assert month_table("en") is _MONTH_WORDS and month_table("ru") is _MONTH_WORDS
    assert "fevereiro" in month_table("pt") and "pro" not in month_table("cs")
