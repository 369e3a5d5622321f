"""A page's first line that is only a full date is its publication date in any language the text layer has month
names of, over a headline or straight over the lead (final73 #2: "7 января 2022 г.", "7 de janeiro de 2022",
"7 Ιανουαρίου 2022", "7 січня 2022" were kept as the title while "7 January 2022" was read). Nothing is invented: a
line with more than the date, or a date without its year, stays text."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

LEAD = ("A fire broke out at the chemical plant in Lindau on Thursday night. Three workers were slightly injured, "
        "the fire brigade said. The cause of the fire is still unclear.")
TITLE = "Fire at Lindau chemical plant"


@pytest.mark.parametrize("line", [
    "7. ledna 2022", "7 de janeiro de 2022", "7 Ιανουαρίου 2022", "7 січня 2022", "7 января 2022 г.",
    "7 января 2022 года", "7 stycznia 2022 r.", "7 de enero de 2022", "7 يناير 2022", "2022年1月7日",
    "7. Januar 2022", "January 7, 2022", "7 января 2022 г., 10:15",
])
@pytest.mark.parametrize("headline", [True, False])
def test_a_date_only_first_line_is_the_publication_date(line: str, headline: bool) -> None:
    text = f"{line}\n\n{TITLE}\n\n{LEAD}" if headline else f"{line}\n\n{LEAD}"
    cleaned = clean_text(text)
    assert cleaned.published == "2022-01-07"
    assert line not in cleaned.text
    assert cleaned.title == (TITLE if headline else None)


@pytest.mark.parametrize("line", ["7 de janeiro", "7 ledna 2022 Praha", "3 Idiots 2009", "Janeiro 2022"])
def test_a_first_line_with_more_or_less_than_a_date_dates_nothing(line: str) -> None:
    cleaned = clean_text(f"{line}\n\n{LEAD}")
    assert cleaned.published is None


def test_a_date_line_below_the_lead_is_no_header() -> None:
    cleaned = clean_text(f"{LEAD}\n\n7 января 2022 г.\n\n{LEAD}")
    assert cleaned.published is None


@pytest.mark.parametrize("line", [
    "Friday 7 January 2022", "Vendredi 7 janvier 2022", "Piątek, 7 stycznia 2022", "Cuma 7 Ocak 2022",
    "الجمعة 7 يناير 2022", "Freitag, 7. Januar 2022",
])
def test_a_date_line_opened_by_its_weekday_is_the_publication_date(line: str) -> None:
    cleaned = clean_text(f"{line}\n\n{LEAD}")
    assert cleaned.published == "2022-01-07"
    assert line not in cleaned.text


def test_a_weekday_the_date_does_not_fall_on_dates_nothing() -> None:
    # 7 January 2022 is a Friday: the line says two things, neither is taken
    assert clean_text(f"Monday 7 January 2022\n\n{LEAD}").published is None
