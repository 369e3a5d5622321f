"""Header lines of an author with its marker, an outlet and a date in any order (final34 claim 4): "di
Giulia Ferri - Il Corriere delle Vette - 10 dicembre 2026" was glued to the headline and made a false date
conflict, "Par Marie Dubois, Le Courrier des Cimes, 10/12/2026" gave the outlet "10/12/2026", "By Jane Holloway |
Northern Post | Dec. 10, 2026" lost its date, "autor: X" / "автор: X" and the Japanese/Korean reporter bylines
("山田太郎記者", "김민수 기자") were claims, titles and timeline rows. The author markers are data
(text/data "byline": before / after the name)."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text
from storylens.text import LANGUAGES, profile

LEAD = "An avalanche buried a mountain hut near Puerto Calvén on Wednesday, killing 14 people, officials said."
HEADLINE = "Avalanche buries hut in Tarvia"

CASES = [
    # final34's lines
    ("ja", "島嶼日報\u30002026年12月9日\u3000山田太郎記者", "2026-12-09", ("山田太郎",), "島嶼日報"),
    ("ja", "島嶼日報 2026年12月9日 山田太郎", "2026-12-09", ("山田太郎",), "島嶼日報"),
    ("ko", "도서일보, 2026년 12월 9일, 김민수 기자", "2026-12-09", ("김민수",), "도서일보"),
    ("ko", "도서일보 김민수 기자 2026.12.09", "2026-12-09", ("김민수",), "도서일보"),
    ("pl", "Gazeta Górska, 10 grudnia 2026, autor: Jan Nowak", "2026-12-10", ("Jan Nowak",), "Gazeta Górska"),
    ("ru", "Горный вестник, 10 декабря 2026 г., автор: Иван Петров", "2026-12-10", ("Иван Петров",), "Горный вестник"),
    ("it", "di Giulia Ferri - Il Corriere delle Vette - 10 dicembre 2026", "2026-12-10", ("Giulia Ferri",),
     "Il Corriere delle Vette"),
    ("fr", "Par Marie Dubois, Le Courrier des Cimes, 10/12/2026", "2026-12-10", ("Marie Dubois",), "Le Courrier des Cimes"),
    ("en", "By Jane Holloway | Northern Post | Dec. 10, 2026", "2026-12-10", ("Jane Holloway",), "Northern Post"),
    ("es", "10 de diciembre de 2026, por Lucía Ferrán, Agencia Continental", "2026-12-10", ("Lucía Ferrán",),
     "Agencia Continental"),
    # the same kinds in other orders, separators and languages
    ("es", "Agencia Continental - por Lucía Ferrán - 10/12/2026", "2026-12-10", ("Lucía Ferrán",), "Agencia Continental"),
    ("de", "10. Dezember 2026 – von Karl Huber – Bergland-Zeitung", "2026-12-10", ("Karl Huber",), "Bergland-Zeitung"),
    ("de", "von Karl Huber | Bergland-Zeitung | 10.12.2026", "2026-12-10", ("Karl Huber",), "Bergland-Zeitung"),
    ("nl", "Eilandbode | auteur: Pieter de Wit | 09-12-2026", "2026-12-09", ("Pieter de Wit",), "Eilandbode"),
    ("nl", "door Pieter de Wit, Eilandbode, 9 december 2026", "2026-12-09", ("Pieter de Wit",), "Eilandbode"),
    ("pl", "10 grudnia 2026 r. - Gazeta Górska - autorka: Anna Kowalska", "2026-12-10", ("Anna Kowalska",),
     "Gazeta Górska"),
    ("ru", "автор: Иван Петров, Горный вестник, 10 декабря 2026 г.", "2026-12-10", ("Иван Петров",), "Горный вестник"),
    ("uk", "Острівні новини, 9 грудня 2026 р., автор: Петро Коваль", "2026-12-09", ("Петро Коваль",), "Острівні новини"),
    ("cs", "Autor: Jan Novák, Horské noviny, 10. prosince 2026", "2026-12-10", ("Jan Novák",), "Horské noviny"),
    ("it", "Il Corriere delle Vette | 10 dicembre 2026 | autore: Giulia Ferri", "2026-12-10", ("Giulia Ferri",),
     "Il Corriere delle Vette"),
    ("fr", "Le Courrier des Cimes | auteur : Marie Dubois | 10/12/2026", "2026-12-10", ("Marie Dubois",),
     "Le Courrier des Cimes"),
    ("pt", "por João Silva | Diário da Serra | 10/12/2026", "2026-12-10", ("João Silva",), "Diário da Serra"),
    ("en", "Northern Post - by Jane Holloway and Tom Reed - December 10, 2026", "2026-12-10",
     ("Jane Holloway", "Tom Reed"), "Northern Post"),
    ("tr", "Dağ Postası | yazan: Ayşe Yılmaz | 10.12.2026", "2026-12-10", ("Ayşe Yılmaz",), "Dağ Postası"),
    ("ja", "2026年12月9日\u3000島嶼日報\u3000山田太郎特派員", "2026-12-09", ("山田太郎",), "島嶼日報"),
    ("ko", "2026년 12월 9일 도서일보 김민수 특파원", "2026-12-09", ("김민수",), "도서일보"),
    ("zh", "山岳日报 2026年12月9日 记者 李明", "2026-12-09", ("李明",), "山岳日报"),
    ("ar", "بقلم أحمد محمد، العربية نت، 10 ديسمبر 2026", "2026-12-10", ("أحمد محمد",), "العربية نت"),
    # with the time of day after the date (a part of its own, no outlet's or author's)
    ("en", "By Jane Holloway, Northern Post, 10 December 2026, 4:35 p.m.", "2026-12-10", ("Jane Holloway",),
     "Northern Post"),
    ("fr", "Par Marie Dubois, Le Courrier des Cimes, 10/12/2026 à 14h35", "2026-12-10", ("Marie Dubois",),
     "Le Courrier des Cimes"),
    ("pl", "Gazeta Górska | 10.12.2026, 14:35 | autor: Jan Nowak", "2026-12-10", ("Jan Nowak",), "Gazeta Górska"),
]


@pytest.mark.parametrize(("lang", "header", "published", "authors", "outlet"), CASES)
def test_a_header_of_parts_under_the_headline(lang, header, published, authors, outlet):
    clean = clean_text(f"{HEADLINE}\n{header}\n\n{LEAD}\n\nThirty people were injured.\n")
    assert (clean.published, clean.authors, clean.outlet) == (published, authors, outlet)
    assert clean.title == HEADLINE  # the header is no part of the title
    assert header not in clean.text and [i.kind for i in clean.removed if i.text == header] == ["header"]


@pytest.mark.parametrize(("lang", "header", "published", "authors", "outlet"), CASES)
def test_a_header_of_parts_on_the_first_line(lang, header, published, authors, outlet):
    clean = clean_text(f"{header}\n\n{LEAD}\n\nThirty people were injured.\n")
    assert (clean.published, clean.authors, clean.outlet) == (published, authors, outlet)
    assert clean.text.startswith(LEAD)


@pytest.mark.parametrize("line", [
    "By Wednesday, 10 December 2026, rescuers had found 14 bodies.",
    "Rescuers worked through the night on 10 December 2026 near the hut",
    "Polizei, 10. Dezember 2026, keine Angaben",  # no author marker, no outlet's name
    "di notte - 10 dicembre 2026 - la valanga",  # "di" before no name
    "Jan Nowak, Anna Kowalska, 10.12.2026",  # two names, no outlet
    "Il 10 dicembre 2026 una valanga ha travolto un rifugio",
    "東京 2026年12月9日 共同通信",  # a place, no author, before the agency: never its author
    "서울 2026년 12월 9일 연합뉴스",
])
def test_a_line_with_a_date_and_no_header_parts_stays_text(line):
    clean = clean_text(f"{line}\n\n{LEAD}\n")
    assert line in clean.text
    assert clean.published is None and not clean.authors


def test_every_language_file_names_its_author_markers():
    # a new language file says how its bylines mark an author (before or after the name)
    missing = [lang for lang in LANGUAGES if not (profile(lang).byline_before or profile(lang).byline_after)]
    assert not missing


@pytest.mark.parametrize(("header", "dateline", "outlet", "published", "place"), [
    # final34 claim 3's copy: the carrier's header above the wire's dateline it carries
    ("El Heraldo de Calvén, 10 de diciembre de 2026", "PUERTO CALVÉN, Tarvia (Agencia Continental) —",
     "El Heraldo de Calvén", "2026-12-10", "PUERTO CALVÉN, Tarvia"),
    ("Le Petit Montagnard, 10 décembre 2026", "PUERTO CALVÉN (AFP) -", "Le Petit Montagnard", "2026-12-10",
     "PUERTO CALVÉN"),
    ("Brenley Gazette, December 10, 2026", "CARROW, Norvia (Reuters) -", "Brenley Gazette", "2026-12-10", "CARROW, Norvia"),
])
def test_an_outlet_and_date_above_a_wire_dateline_is_the_header(header, dateline, outlet, published, place):
    clean = clean_text(f"{HEADLINE}\n{header}\n\n{dateline} {LEAD}\n\nThirty people were injured.\n")
    assert (clean.outlet, clean.published, clean.place) == (outlet, published, place)
    assert clean.text.split("\n\n")[1].startswith("An avalanche")  # the wire's dateline is out of the text
    assert [i.kind for i in clean.removed] == ["header", "dateline"]


def test_a_place_and_date_above_a_paragraph_stays_the_dateline():
    clean = clean_text(f"{HEADLINE}\nBerlin, 14 March 2024\n\n{LEAD}\n")
    assert (clean.outlet, clean.published, clean.place) == (None, "2024-03-14", "Berlin")
