"""The header of an article: a dateline with its country (AP's "ANKARA, Turkey, Nov 4, 2026"), the wire
datelines of every language read, and a name alone on its line between the headline and the dateline or date
line (an outlet no list holds: "Público", "共同通信", "연합뉴스", "Українська правда"). Trial50 F7/F8, trial49 F4:
each was unread, its outlet, date and place lost, and the lines became claims -- two outlets' names one SHARED
claim. A short line of text over a dateline ("Nine killed", a kicker) stays what it was."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

TITLE = "Quake hits eastern province, one dead"
EN = ("A magnitude 5.6 earthquake struck the province on Wednesday, killing one person and injuring 23, the "
      "country's disaster management agency said.")
# a lead sentence per language, after the dateline
LEADS = {
    "en": EN,
    "es": "Un terremoto de magnitud 5,6 sacudió la provincia el miércoles y causó un muerto, informaron las autoridades.",
    "de": "Ein Erdbeben der Stärke 5,6 hat am Mittwoch die Provinz erschüttert, ein Mensch kam ums Leben.",
    "fr": "Un séisme de magnitude 5,6 a frappé la province mercredi, faisant un mort, selon les autorités.",
    "it": "Un terremoto di magnitudo 5,6 ha colpito la provincia mercoledì, causando un morto.",
    "pt": "Um sismo de magnitude 5,6 atingiu a província na quarta-feira, causando um morto.",
    "nl": "Een aardbeving met een kracht van 5,6 trof woensdag de provincie, er viel een dode.",
    "pl": "Trzęsienie ziemi o sile 5,6 nawiedziło w środę prowincję, zginęła jedna osoba.",
    "cs": "Zemětřesení o síle 5,6 zasáhlo ve středu provincii, zemřel jeden člověk.",
    "ru": "Землетрясение магнитудой 5,6 произошло в среду в провинции, погиб один человек.",
    "uk": "Землетрус магнітудою 5,6 стався у середу в провінції, загинула одна людина.",
    "tr": "Malatya'da çarşamba günü 5,6 büyüklüğünde deprem meydana geldi, bir kişi hayatını kaybetti.",
    "ar": "ضرب زلزال بقوة 5.6 درجات الإقليم يوم الأربعاء وأودى بحياة شخص واحد.",
    "ja": "4日午前、県内を震源とする地震があり、1人が死亡した。",
}


def _read(header: str, lang: str = "en"):
    return clean_text(f"{TITLE}\n\n{header}\n\n{LEADS[lang]}\n")


@pytest.mark.parametrize(("dateline", "lang", "place"), [
    ("ANKARA, Turkey, Nov 4, 2026", "en", "ANKARA, Turkey"),
    ("ANKARA, Turkey, November 4, 2026", "en", "ANKARA, Turkey"),
    ("BOGOTA, Colombia, Nov. 4, 2026", "en", "BOGOTA, Colombia"),
    ("LIMA, Perú, 4 de noviembre de 2026", "es", "LIMA, Perú"),
    ("ANKARA, Türkei, 4. November 2026", "de", "ANKARA, Türkei"),
    ("ANKARA, Turquie, 4 novembre 2026", "fr", "ANKARA, Turquie"),
    ("ANKARA, Turchia, 4 novembre 2026", "it", "ANKARA, Turchia"),
    ("ANCARA, Turquia, 4 de novembro de 2026", "pt", "ANCARA, Turquia"),
    ("ANKARA, Turkije, 4 november 2026", "nl", "ANKARA, Turkije"),
    ("Ankara, Turcja, 4 listopada 2026", "pl", "Ankara, Turcja"),
    ("ANKARA, Turecko, 4. listopadu 2026", "cs", "ANKARA, Turecko"),
    ("АНКАРА, Турция, 4 ноября 2026", "ru", "АНКАРА, Турция"),
    ("АНКАРА, Туреччина, 4 листопада 2026", "uk", "АНКАРА, Туреччина"),
    ("ANKARA, Türkiye, 4 Kasım 2026", "tr", "ANKARA, Türkiye"),
    ("أنقرة، تركيا، 4 نوفمبر 2026", "ar", "أنقرة، تركيا"),
    ("東京、2026年11月4日", "ja", "東京"),
])
def test_a_dateline_with_its_country_gives_place_and_date(dateline, lang, place):
    clean = _read(dateline, lang)
    assert (clean.place, clean.published) == (place, "2026-11-04")
    assert dateline not in clean.text and clean.text.endswith(LEADS[lang])
    assert clean.title == TITLE


@pytest.mark.parametrize(("opening", "lang", "outlet", "place"), [
    ("KYIV, Ukraine (AP) —", "en", "AP", "KYIV, Ukraine"),
    ("PARIS (Reuters) -", "en", "Reuters", "PARIS"),
    ("GIURGIU, Romania, Nov 26 (Reuters) -", "en", "Reuters", "GIURGIU, Romania"),
    ("MADRID, 4 nov (EFE).-", "es", "EFE", "MADRID"),
    ("BERLIN (dpa) -", "de", "dpa", "BERLIN"),
    ("МОСКВА, 4 ноября. /ТАСС/.", "ru", "ТАСС", "МОСКВА"),
    ("LISBOA, 4 nov (Lusa) -", "pt", "Lusa", "LISBOA"),
    ("ANKARA (AA) -", "tr", "AA", "ANKARA"),
])
def test_a_wire_dateline_opening_the_lead_gives_agency_and_place(opening, lang, outlet, place):
    clean = clean_text(f"{TITLE}\n\n{opening} {LEADS[lang]}\n")
    assert (clean.outlet, clean.place) == (outlet, place)
    assert clean.text.endswith(LEADS[lang]) and opening not in clean.text


def test_the_agencys_bracket_before_a_full_date_on_its_own_line():
    clean = _read("ANKARA, Turkey (AP) — Nov 4, 2026")
    assert (clean.outlet, clean.place, clean.published) == ("AP", "ANKARA, Turkey", "2026-11-04")
    assert "Nov 4" not in clean.text


@pytest.mark.parametrize(("name", "below", "lang"), [
    ("Associated Press", "ANKARA, Turkey, Nov 4, 2026", "en"),
    ("Público", "Lisboa, 4 de novembro de 2026", "pt"),
    ("Le Monde avec AFP", "Rabat, 4 novembre 2026", "fr"),
    ("NOS", "Utrecht, 4 november 2026", "nl"),
    ("Rzeczpospolita", "4 listopada 2026", "pl"),
    ("Українська правда", "Львів, 4 листопада 2026", "uk"),
    ("Новая газета", "Москва, 4 ноября 2026", "ru"),
    ("وكالة المغرب العربي للأنباء", "الرباط، 4 نوفمبر 2026", "ar"),
    ("共同通信", "2026年11月4日", "ja"),
    ("東京新聞", "東京、2026年11月4日", "ja"),
    ("연합뉴스", "2026년 11월 4일", "en"),
    ("Kompas", "LUMAJANG, 4 Juli 2026", "en"),
    ("Kyiv Independent", "KYIV, Ukraine (AP) — " + EN, "en"),
])
def test_a_name_between_headline_and_dateline_is_the_outlet(name, below, lang):
    lead = "" if below.endswith(EN) else f"\n\n{LEADS[lang]}"
    clean = clean_text(f"{TITLE}\n\n{name}\n{below}{lead}\n")
    # an agency credited after the outlet is the copy's syndication credit, not part of the outlet's name (stop 66)
    assert clean.outlet == {"Le Monde avec AFP": "Le Monde"}.get(name, name)
    assert name not in clean.text  # never a claim of its own (two outlets' names were one shared claim)
    assert clean.published is not None or clean.place is not None
    assert clean.title == TITLE


def test_a_persons_name_between_headline_and_dateline_is_the_author():
    clean = _read("Jane Holloway\nANKARA, Turkey, Nov 4, 2026")
    assert (clean.authors, clean.outlet, clean.published) == (("Jane Holloway",), None, "2026-11-04")
    assert "Jane Holloway" not in clean.text


@pytest.mark.parametrize("byline", ["Por Ana García\nMADRID, 4 nov (EFE).-", "Von Anna Schmidt\nBERLIN (dpa) -",
                                    "By Jane Holloway\nKYIV, Ukraine (AP) —"])
def test_a_byline_over_a_wire_dateline_is_the_author(byline):
    opening = byline.split("\n")[1]
    clean = clean_text(f"{TITLE}\n\n{byline} {EN}\n")
    assert clean.authors and clean.authors[0] == byline.split("\n")[0].split(" ", 1)[1]
    assert clean.outlet in opening and clean.text.endswith(EN)


@pytest.mark.parametrize("line", [
    "Two dead in quake near capital",  # a dek: a line of text
    "Nine killed",  # a number word: text, not a name
    "Breaking news",  # a kicker: no outlet
    "Analysis",
    "One person died on Wednesday.",  # a sentence
])
def test_a_line_of_text_over_a_dateline_is_no_outlet(line):
    clean = _read(f"{line}\nANKARA, Nov 4, 2026")
    assert clean.outlet != line and line not in clean.authors
    if line not in ("Breaking news", "Analysis"):  # a kicker may be read as one; never as the outlet
        assert line in clean.text


def test_a_short_line_without_a_dateline_below_stays_text():
    clean = clean_text(f"{TITLE}\n\nSveriges Grannar\nThe ministry said the quake was felt widely.\n\n{EN}\n")
    assert clean.outlet is None and "Sveriges Grannar" in clean.text


@pytest.mark.parametrize(("outlet", "dateline", "date"), [
    ("Agerpres", "Giurgiu, 26 noiembrie 2026", "2026-11-26"),  # ro
    ("Η Καθημερινή", "Αθήνα, 18 Νοεμβρίου 2026", "2026-11-18"),  # el
    ("Sveriges Radio", "Sundsvall, 5 februari 2026", "2026-02-05"),  # sv
    ("Kompas", "LUMAJANG, 7 Juli 2026", "2026-07-07"),  # id
])
def test_a_dateline_in_a_language_outside_the_data_is_read(outlet, dateline, date):
    # the date is read by dateparser in every language it knows (the 16 named ones did not read it)
    clean = clean_text(f"{TITLE}\n\n{outlet}\n{dateline}\n\n{EN}\n")
    assert (clean.outlet, clean.published, clean.place) == (outlet, date, dateline.split(",")[0])
    assert dateline not in clean.text


def test_a_line_over_a_dateline_that_dates_and_credits_nothing_is_no_outlet():
    # dev texts: an advertisement's label over a German paper's bare place, a site's label over "BERLIN —"
    de = clean_text("Beyoncé verlangt Anklage von Polizisten\nAnzeige\n\nLouisville. Die US-Sängerin Beyoncé "
                    "verlangt eine Anklage gegen drei Polizisten im Fall Breonna Taylor.\n")
    assert de.outlet != "Anzeige" and de.place == "Louisville"
    en = clean_text(f"{TITLE}\nArticle content\n\nBERLIN — {EN}\n")
    assert en.outlet != "Article content"


def test_the_headline_written_again_over_a_date_line_is_no_outlet():
    clean = clean_text("Kars'ta bilet izdihamı\nKars'ta bilet izdihamı\n12 Mart 2020 Perşembe\n\nKARS - Okulların 3 "
                       "hafta tatil edilmesinin ardından öğrenciler, otobüs firmalarına akın etti.\n")
    assert clean.outlet != "Kars'ta bilet izdihamı"


@pytest.mark.parametrize(("dateline", "place"), [
    ("PARIS, France, Nov 4, 2026", "PARIS, France"),  # "France", "Israel", "Chad": given names too
    ("JERUSALEM, Israel, Nov 4, 2026", "JERUSALEM, Israel"),
    ("N'DJAMENA, Chad, Nov 4, 2026", "N'DJAMENA, Chad"),
    ("SAN SALVADOR, El Salvador, Nov 4, 2026", "SAN SALVADOR, El Salvador"),
    ("FLORENCE, Italy, Nov 4, 2026", "FLORENCE, Italy"),  # a city that is a given name, before its country
    ("DENVER, Colo., Nov 4, 2026", "DENVER, Colo."),  # AP's state abbreviation
])
def test_the_country_after_the_comma_may_be_any_country(dateline, place):
    clean = _read(dateline)
    assert (clean.place, clean.published) == (place, "2026-11-04")


@pytest.mark.parametrize(("opening", "outlet", "place", "authors"), [
    ("【ワシントン共同】", "共同", "ワシントン", ()),  # Kyodo
    ("【ソウル＝時事】", "時事", "ソウル", ()),  # Jiji
    ("(서울=연합뉴스) 김민수 기자 =", "연합뉴스", "서울", ("김민수",)),  # Yonhap, its reporter
    ("(부산=뉴스1)", "뉴스1", "부산", ()),
])
def test_a_japanese_or_korean_wire_dateline_in_brackets(opening, outlet, place, authors):
    lead = "4日、県内を震源とする地震があった。" if opening.startswith("【") else "4일 오전 지진이 발생했다."
    clean = clean_text(f"{TITLE}\n\n{opening} {lead}\n")
    assert (clean.outlet, clean.place, clean.authors) == (outlet, place, authors)
    assert clean.text.endswith("\n\n" + lead)


@pytest.mark.parametrize("line", ["【速報】地震が発生した。", "(AP) 4일 오전 지진이 발생했다.", "(서울) 지진이 발생했다."])
def test_brackets_without_a_listed_agency_stay_text(line):
    clean = clean_text(f"{TITLE}\n\n{line}\n")
    assert line in clean.text and clean.outlet is None
