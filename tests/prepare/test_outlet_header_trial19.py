"""Header lines in the forms pasted from a page's top (trial 19 #10): "Outlet, date, [by] Author" and
"date By Author, Outlet" under the headline, "Outlet　2026年11月24日". Unread, each was a claim shared
across languages, a timeline row and part of the title, and the article had no outlet, date or author."""

from __future__ import annotations

import pytest

from storylens.ingest.feeds import site_name
from storylens.prepare.clean import clean_text

LEAD = {
    "en": "A magnitude 6.4 earthquake struck the mountains early on Monday, killing 38 people.",
    "it": "Un terremoto di magnitudo 6,4 ha colpito lunedì i monti, uccidendo almeno 38 persone.",
    "uk": "Кількість загиблих унаслідок землетрусу магнітудою 6,4 зросла до 71.",
    "ja": "ケストリア北部で23日、マグニチュード6.4の地震が発生し、71人が死亡した。",
    "nl": "Bij de aardbeving met een kracht van 6,4 zijn ongeveer 70 doden gevallen.",
    "pl": "Trzęsienie ziemi o magnitudzie 6,9 nawiedziło w poniedziałek góry na północy kraju.",
    "de": "Ein Erdbeben der Stärke 6,4 hat am Montag die Berge im Norden erschüttert.",
    "es": "Un terremoto de magnitud 6,4 sacudió el lunes las montañas del norte del país.",
    "ru": "Число погибших в результате землетрясения магнитудой 6,4 выросло до 71.",
    "ko": "케스트리아 북부에서 23일 규모 6.4의 지진이 발생해 71명이 숨졌다.",
    "fr": "Un séisme de magnitude 5,8 a frappé lundi la région d'Arequipa, faisant trois morts.",
    "pt": "Um sismo de magnitude 6,4 atingiu na segunda-feira as montanhas do norte do país.",
}


@pytest.mark.parametrize(("lang", "header", "published", "authors", "outlet"), [
    ("it", "Gazzetta delle Alpi, 23 novembre 2026, di Marco Ferrante", "2026-11-23", ("Marco Ferrante",),
     "Gazzetta delle Alpi"),
    ("uk", "Гірський вісник, 24 листопада 2026, Олена Марченко", "2026-11-24", ("Олена Марченко",), "Гірський вісник"),
    ("ja", "山岳新報\u30002026年11月24日", "2026-11-24", (), "山岳新報"),
    ("nl", "Bergkoerier, 24 november 2026, door Sanne de Vries", "2026-11-24", ("Sanne de Vries",), "Bergkoerier"),
    ("pl", "Gazeta Górska, 23 listopada 2026, Tomasz Wierzbicki", "2026-11-23", ("Tomasz Wierzbicki",), "Gazeta Górska"),
    ("en", "Alpine Herald, 23 November 2026", "2026-11-23", (), "Alpine Herald"),
    ("en", "23 November 2026 By Lena Ostrova, Continental Press", "2026-11-23", ("Lena Ostrova",), "Continental Press"),
    # the same kinds in languages and outlets the trial did not use
    ("de", "Berliner Morgenpost, 24. November 2026, von Anna Schmidt", "2026-11-24", ("Anna Schmidt",),
     "Berliner Morgenpost"),
    ("es", "Diario del Sur, 24 de noviembre de 2026, por Ana Pérez", "2026-11-24", ("Ana Pérez",), "Diario del Sur"),
    ("ru", "Горный вестник, 24 ноября 2026, Ольга Иванова", "2026-11-24", ("Ольга Иванова",), "Горный вестник"),
    ("ko", "산악일보 2026년 11월 24일", "2026-11-24", (), "산악일보"),
    ("fr", "Le Courrier des Andes, 23 novembre 2026", "2026-11-23", (), "Le Courrier des Andes"),
    ("pt", "Jornal do Vale, 24 de novembro de 2026, Rui Costa", "2026-11-24", ("Rui Costa",), "Jornal do Vale"),
    ("en", "November 24, 2026 By Jane Tan and Omar Said, Daily Planet", "2026-11-24", ("Jane Tan", "Omar Said"),
     "Daily Planet"),
])
def test_a_header_under_the_headline_gives_date_outlet_and_authors(lang, header, published, authors, outlet):
    headline = "Quake toll rises in the mountains"
    clean = clean_text(f"{headline}\n{header}\n\n{LEAD[lang]}\n\nA second paragraph follows here.\n")
    assert (clean.published, clean.authors, clean.outlet) == (published, authors, outlet)
    assert clean.title == headline  # the header line is no part of the title
    assert header not in clean.text and [i.kind for i in clean.removed if i.text == header] == ["header"]


def test_a_header_on_the_first_line_is_read_too():
    clean = clean_text(f"Gazzetta delle Alpi, 23 novembre 2026, di Marco Ferrante\n\n{LEAD['it']}\n")
    assert (clean.outlet, clean.published, clean.authors) == ("Gazzetta delle Alpi", "2026-11-23", ("Marco Ferrante",))
    assert clean.text == LEAD["it"]


def test_the_wire_dateline_under_the_header_is_read():
    text = ("Powerful quake kills at least 38\n23 November 2026 By Lena Ostrova, Continental Press\n\n"
            "MIROVAC, Kestria (Continental Press) — A magnitude 6.4 earthquake struck on Monday.\n")
    clean = clean_text(text)
    assert clean.text.endswith("A magnitude 6.4 earthquake struck on Monday.") and "MIROVAC" not in clean.text


@pytest.mark.parametrize(("text", "place"), [
    ("Berlin, 14. März 2026\n\nDie Bundesregierung hat am Freitag ein neues Gesetz beschlossen.", "Berlin"),
    ("Storm hits coast\nMIROVAC, 23 November 2026\n\nA storm hit the coast on Monday.", "MIROVAC"),
])
def test_a_place_and_a_date_stay_a_dateline(text, place):
    clean = clean_text(text)
    assert clean.outlet is None and clean.place == place


@pytest.mark.parametrize("text", [
    "Storm hits coast\nMonday, 23 November 2026\n\nA storm hit the coast on Monday.",
    "Storm hits coast\nLundi, 23 novembre 2026\n\nUne tempête a frappé la côte lundi.",
])
def test_a_weekday_before_the_date_is_no_outlet(text):
    clean = clean_text(text)
    assert clean.outlet is None and clean.published == "2026-11-23"


def test_a_dateline_opening_a_sentence_is_no_header():
    text = "Paris, 14 mars 2026, le ministère a annoncé une hausse des prix de l'énergie de 12 %."
    clean = clean_text(text)
    assert clean.outlet is None and clean.authors == () and "le ministère a annoncé" in clean.text


@pytest.mark.parametrize(("channel", "outlet"), [
    ("山岳新報 - 国際", "山岳新報"),  # trial 19 #18: the Atom outlet kept its channel section
    ("산악일보 - 국제", "산악일보"),
])
def test_a_japanese_or_korean_channel_title_without_its_section(channel, outlet):
    assert site_name(channel, None) == outlet


@pytest.mark.parametrize(("header", "outlet", "authors"), [
    ("23 novembre 2026, Le Petit Alpin", "Le Petit Alpin", ()),  # trial 19's fr_mojibake.txt
    ("24 November 2026, Alpine Herald", "Alpine Herald", ()),
    ("24. November 2026, Anna Schmidt", None, ("Anna Schmidt",)),
])
def test_a_date_then_the_outlet_or_author_under_the_headline(header, outlet, authors):
    clean = clean_text(f"Quake toll rises in the mountains\n{header}\n\n{LEAD['en']}\n")
    assert (clean.outlet, clean.authors, clean.title) == (outlet, authors, "Quake toll rises in the mountains")
    assert clean.published is not None and header not in clean.text
