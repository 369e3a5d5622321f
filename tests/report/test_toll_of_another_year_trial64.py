"""Trial64 F2: "Malatya was among the provinces devastated by the February 2023 earthquakes that killed more than 53,000
people in Turkey." (AP) conflicted with today's "no deaths" of three other reports: "killed: can kaybı olmadığını vs
53,000". Two causes: "the February 2023 earthquakes" was read as a count of 2023 earthquakes and no date (a month and
year before a counted noun were taken for "W maju 2000 osób"), and only a year that opens its sentence ("In 2018, …")
marked a toll as another year's. A month and year after no preposition of time is now a date, and a year or month of
another year standing before a toll figure in its clause dates that toll."""

from __future__ import annotations

import pytest

from storylens.analysis import quantities
from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures


def _unit(doc: str, n: int, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s{n}", text, 0, len(text), lang)


def _measures(published: dict[str, str | None], docs: dict[str, list[tuple[str, str]]]) -> _Measures:
    sentences = {doc: tuple((f"{doc}:s{i}", text, lang) for i, (text, lang) in enumerate(rows)) for doc, rows in docs.items()}
    return _Measures(published, sentences=sentences)


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("en", "Malatya was among the provinces devastated by the February 2023 earthquakes that killed 53,000 people.",
     "2023-02"),
    ("en", "The March 2011 tsunami killed 18,000 people.", "2011-03"),
    ("en", "Since the August 2021 floods, 1500 people have left the valley.", "2021-08"),
])
def test_a_month_and_year_before_a_counted_noun_is_a_date(lang: str, text: str, date: str) -> None:
    assert [d.date for d in quantities.extract_dates(text, published=None, language=lang)] == [date]
    assert not any(q.text.startswith(date[:4]) for q in quantities.extract_numbers(text, lang))


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("en", "In May 2000 people marched through the capital.", "2000"),
    ("pl", "W maju 2000 osób wyszło na ulice.", "2000"),
    ("es", "En marzo de 2000 personas protestaron ante el Congreso.", "2000"),
])
def test_a_count_after_an_adverbial_month_stays_a_count(lang: str, text: str, count: str) -> None:
    assert count in [q.text for q in quantities.extract_numbers(text, lang)]


# (language, today's "no deaths", a background sentence whose toll a year inside it dates)
_INNER = [
    ("en", "No deaths were reported.",
     "Malatya was among the provinces devastated by the February 2023 earthquakes that killed more than 53,000 people."),
    ("en", "No one was killed, officials said.",
     "It was the strongest quake since an earthquake near Izmit in 1999 killed more than 17,000 people."),
    ("de", "Todesopfer gab es keine.", "Die Erdbeben vom Februar 2023 hatten mehr als 53.000 Menschen getötet."),
    ("fr", "Aucun mort n'a été signalé.", "Les inondations de juin 2016 avaient fait cinq morts dans la région."),
    ("es", "No hubo víctimas mortales.", "El terremoto de septiembre de 2017 dejó 370 muertos en el país."),
]


@pytest.mark.parametrize(("lang", "today", "background"), _INNER)
@pytest.mark.parametrize("published", ["2026-11-04", None])
def test_a_toll_a_year_inside_its_clause_dates_is_no_conflict(lang: str, today: str, background: str,
                                                               published: str | None) -> None:
    m = _measures({"d1": published, "d2": published}, {"d1": [(background, lang)], "d2": [(today, lang)]})
    past, now = _unit("d1", 0, background, lang), _unit("d2", 0, today, lang)
    assert m.other_year(past) and not m.other_year(now)
    for check in (m.measure_conflicts, m.figure_differences, m.toll_course):
        assert not check(past, now) and not check(now, past)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The November 2026 storm killed four people in the north."),  # the publication year
    ("en", "The quake killed no one, unlike the February 2023 earthquakes."),  # the month after the toll
    ("en", "Officials said the quake, unlike the February 2023 earthquakes, killed no one."),  # a comma between
    ("en", "The quake killed 12 people, the most since 2011."),  # the year after the toll
    ("en", "The quake, the worst since March 2011, killed 12 people."),  # a start, and a comma
    ("de", "Seit 2019 starben bei Beben in der Region zwölf Menschen."),  # a start
])
def test_a_toll_no_other_year_dates_is_today(lang: str, text: str) -> None:
    m = _measures({"d1": "2026-11-04"}, {"d1": [(text, lang)]})
    assert not m.other_year(_unit("d1", 0, text, lang))


def test_an_undated_report_reads_the_year_against_the_other_reports() -> None:
    text = "The November 2026 storm killed four people in the north."
    m = _measures({"d1": None, "d2": "2026-11-04"}, {"d1": [(text, "en")], "d2": [("Six people were killed.", "en")]})
    a, b = _unit("d1", 0, text, "en"), _unit("d2", 0, "Six people were killed.", "en")
    assert not m.other_year(a) and m.measure_conflicts(a, b)
