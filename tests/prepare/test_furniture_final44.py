"""Page furniture of final44 W6: a "continue reading" word over linked titles ("Weiterlesen:" / "Lawinenwarnung
in ganz Tirol erhöht" / the menu bar) kept the titles as claims, and a dateline of a place and a day without a
year or an agency ("Инсбрук, 14 ноября.") was a claim of its own. Short reports in the trial's shape."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

LEAD = "Bus overturns near Innsbruck\n\nA bus carrying 40 tourists overturned near Innsbruck on Saturday, police said.\n\n"

# (continue-reading word of the language, a linked title, the page's menu bar)
TEASERS = [
    ("Weiterlesen", "Lawinenwarnung in ganz Tirol erhöht", "Startseite | Politik | Wirtschaft | Sport"),
    ("Czytaj więcej", "Ostrzeżenie lawinowe w całym Tyrolu", "Strona główna | Polityka | Sport"),
    ("Leer más", "Alerta por aludes en todo el Tirol", "Portada | Política | Deportes"),
    ("Читать далее", "Лавинная опасность в Тироле повышена", "Главная | Политика | Спорт"),
    ("Lire la suite", "Alerte aux avalanches dans tout le Tyrol", "Accueil | Politique | Sport"),
    ("Devamını oku", "Tirol genelinde çığ uyarısı", "Ana Sayfa | Politika | Spor"),
]


@pytest.mark.parametrize(("heading", "title", "menu"), TEASERS, ids=[t[0] for t in TEASERS])
def test_a_continue_word_with_a_colon_heads_linked_titles(heading, title, menu):
    cleaned = clean_text(LEAD + "The driver was injured.\n\n" + heading + ":\n" + title + "\n" + menu)
    assert title not in cleaned.text and heading not in cleaned.text
    assert cleaned.text.rstrip().endswith("The driver was injured.")


@pytest.mark.parametrize(("heading", "title", "menu"), TEASERS, ids=[t[0] for t in TEASERS])
def test_a_continue_word_over_titles_and_the_menu_bar_heads_linked_titles(heading, title, menu):
    cleaned = clean_text(LEAD + "The driver was injured.\n\n" + heading + "\n" + title + "\n" + menu)
    assert title not in cleaned.text


@pytest.mark.parametrize(("heading", "title", "menu"), TEASERS, ids=[t[0] for t in TEASERS])
def test_an_expander_keeps_the_article_after_it(heading, title, menu):
    # alone on its line with the article's text after it (no menu bar closing titles): mend36b's reading stays
    after = "The driver, a 52-year-old from Munich, was taken to hospital"
    cleaned = clean_text(LEAD + "The driver was injured.\n\n" + heading + "\n" + after + "\nRescue teams worked all night")
    assert after in cleaned.text and heading not in cleaned.text


# A place and a day of a month, no year and no agency, where a dateline stands: never a claim, in any script.
DATELINES = [
    ("Под Инсбруком перевернулся автобус", "Инсбрук, 14 ноября.", "Автобус с 40 туристами перевернулся в субботу."),
    ("Bus overturns near Innsbruck", "Innsbruck, 14 November.", "A bus carrying 40 tourists overturned."),
    ("Reisebus verunglückt", "Innsbruck, 14. November.", "Ein Reisebus ist umgekippt."),
    ("Pod Innsbruckiem przewrócił się autokar", "Innsbruck, 14 listopada.", "Autokar z 40 turystami przewrócił się."),
    ("Vuelca un autobús", "Innsbruck, 14 de noviembre.-", "Un autobús con 40 turistas volcó el sábado."),
    ("انقلاب حافلة سياحية", "إنسبروك، 14 نوفمبر.", "انقلبت حافلة تقل 40 سائحا يوم السبت."),
    ("大巴侧翻", "因斯布鲁克，11月14日。", "一辆载有40名游客的大巴侧翻。"),
]


@pytest.mark.parametrize(("headline", "dateline", "lead"), DATELINES, ids=[d[1] for d in DATELINES])
@pytest.mark.parametrize("joined", [" ", "\n"], ids=["opening the lead", "on its own line"])
def test_a_yearless_dateline_without_an_agency_is_never_a_claim(headline, dateline, lead, joined):
    if dateline.endswith("。") and joined == " ":
        joined = ""
    cleaned = clean_text(f"{headline}\n\n{dateline}{joined}{lead}")
    assert [r.kind for r in cleaned.removed] == ["dateline"]
    assert dateline.rstrip(".-。") not in cleaned.text and lead in cleaned.text
    assert cleaned.published is None and cleaned.dateline_day == "--11-14"  # no year from the clock


@pytest.mark.parametrize("text", [
    "Bus\n\nParis, 14 Senators. The bus overturned.",  # no month
    "Bus\n\nTusk, 14 listopada, powiedział, że autobus się przewrócił.",  # no closing mark: a sentence
    "Titolo\n\nRoma, 3 marzo - una giornata di sole. Lo dice Mario.",  # lower case after the dash: a phrase
])
def test_look_alikes_of_a_yearless_dateline_stay_text(text):
    cleaned = clean_text(text)
    assert "dateline" not in [r.kind for r in cleaned.removed], cleaned.removed


@pytest.mark.parametrize("opening", [
    # review37a H5: words that are no place before a day and month -- a time, a deadline, a person
    "Am Montag, 14. November. Die Polizei hat drei Verdächtige festgenommen.",
    "Bis Freitag, 14. November. Dann soll die Straße wieder frei sein.",
    "Angela Merkel, 14. Juli. Die Altkanzlerin feierte Geburtstag.",
    "Sarah, 14. Mai. So beginnt ihr Tagebuch.",
    "On Monday, 14 November. The police arrested three suspects.",
    "Do piątku, 14 listopada. Potem droga ma być otwarta.",
    "Hasta el viernes, 14 de noviembre. Luego la carretera se abrirá.",
    "До пятницы, 14 ноября. Потом дорогу откроют.",
])
def test_a_yearless_dateline_needs_a_place(opening):
    cleaned = clean_text(f"Bus\n\n{opening}\n\nThe rain stopped at night.")
    assert cleaned.place is None and cleaned.dateline_day is None and opening in cleaned.text, cleaned.removed


@pytest.mark.parametrize("dateline, place", [
    ("Los Angeles, 14 November.", "Los Angeles"),  # a stop word in it ("los"), a listed city
    ("Frankfurt am Main, 14. November.", "Frankfurt am Main"),
    ("Kraków, 14 listopada.", "Kraków"),
])
def test_a_yearless_dateline_with_a_place_is_read(dateline, place):
    cleaned = clean_text(f"Bus\n\n{dateline} A bus carrying 40 tourists overturned.\n\nThe rain stopped.")
    assert cleaned.place == place and cleaned.dateline_day == "--11-14"


# A notice that the article is more than ONE year old, the number said by a word or left out (final43 W6, still
# in final44: "Dieser Artikel ist älter als ein Jahr.", "Этой статье больше года." were claims, and the agency's
# dateline under them went unread, the outlet with it).
AGE = [
    ("Dieser Artikel ist älter als ein Jahr.", "Breclav (dpa) - Ein Güterzug ist entgleist.", "dpa"),
    ("Этой статье больше года.", "Бржецлав (ТАСС) - Грузовой поезд сошёл с рельсов.", "ТАСС"),
    ("Ten artykuł ma ponad rok.", "Breclav (PAP) - Pociąg towarowy wykoleił się.", "PAP"),
    ("Cet article date de plus d'un an.", "Breclav (AFP) - Un train de marchandises a déraillé.", "AFP"),
    ("Questo articolo ha più di un anno.", "Breclav (ANSA) - Un treno merci è deragliato.", "ANSA"),
    ("This article is more than a year old.", "BRECLAV (AP) - A freight train derailed.", "AP"),
]


@pytest.mark.parametrize(("notice", "lead", "outlet"), AGE, ids=[a[2] for a in AGE])
def test_a_notice_of_one_year_is_furniture_and_the_dateline_under_it_is_read(notice, lead, outlet):
    cleaned = clean_text(f"Train derails\n\n{notice}\n\n{lead}")
    assert notice not in cleaned.text and [r.kind for r in cleaned.removed] == ["site_notice", "dateline"]
    assert cleaned.outlet == outlet


@pytest.mark.parametrize("line", ["Der Zug ist älter als ein Jahr.", "Этому поезду больше года.", "Ten most ma ponad rok."])
def test_a_thing_older_than_a_year_is_no_notice(line):
    assert line in clean_text("Train derails\n\n" + line).text
