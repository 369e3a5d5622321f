"""Page furniture that stayed in the text as claims (final41 #4-#6): the linked titles under a link heading
("Read more:" / two teaser headlines), a menu bar of section names without separators under the last
paragraph, and a notice of the article's age over the headline, which also kept the dateline below the
headline from being read (no title, outlet or date). The texts are short reports written for the test in
the shape the trial's pages had."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

LEAD_EN = ("VALENCIA, Oct 30, 2024 (Reuters) - Police did not intervene when looters broke into shops in Paiporta, "
           "residents said.\nThe storm killed 95 people, officials said.")


def _removed(text: str, kind: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.kind == kind]


# (language, link heading, teaser titles, the article's last sentence)
TEASERS = [
    ("en", "Read more:", ["Spain's deadliest floods in decades", "Photos: the aftermath in Paiporta"],
     "The storm killed 95 people, officials said."),
    ("es", "Te puede interesar", ["Las peores inundaciones de España en décadas"],
     "La tormenta mató a 92 personas, según fuentes oficiales."),
    ("de", "Lesen Sie auch", ["Erdbeben in Syrien: Zahl der Toten steigt", "Bilder: Die Zerstörung in Izmir"],
     "Mindestens 14 Menschen kamen ums Leben."),
    ("pl", "Zobacz także:", ["Powódź na południu kraju", "Tak wygląda Orsk po przejściu fali"],
     "W Orsku zginęły dwie osoby."),
    ("fr", "À lire aussi", ["Inondations : Valence compte ses morts"],
     "La tempête a fait 95 morts, selon les autorités."),
    ("it", "Leggi anche", ["Alluvione a Valencia, le immagini", "Sánchez: «Aiuti immediati alla regione»"],
     "La tempesta ha causato 95 morti, secondo le autorità."),
    ("ru", "Читайте также:", ["Паводок в Оренбургской области: главное", "Как эвакуируют жителей Орска"],
     "Погибли два человека."),
    ("zh", "相关阅读", ["西班牙数十年来最严重的洪灾", "图集：帕伊波尔塔灾后景象"],
     "暴雨已造成95人死亡。"),
    ("ar", "اقرأ أيضا", ["أسوأ فيضانات في إسبانيا منذ عقود"],
     "وقتلت العاصفة 95 شخصا بحسب المسؤولين."),
]


@pytest.mark.parametrize(("lang", "heading", "titles", "last"), TEASERS, ids=[t[0] for t in TEASERS])
def test_the_titles_under_a_link_heading_are_navigation(lang, heading, titles, last):
    text = f"Storm floods the region\n\n{last}\n{heading}\n" + "\n".join(titles)
    cleaned = clean_text(text)
    assert cleaned.text.endswith(last)
    for title in titles:
        assert title not in cleaned.text
    assert set(titles) <= set(_removed(text, "navigation"))


def test_the_teaser_block_ends_at_a_sentence_of_the_article():
    text = ("Storm floods Valencia region\n\n" + LEAD_EN + "\nRead more:\nSpain's deadliest floods in decades\n"
            "Rescue teams searched the town again on Thursday, officials said.\nThe regional government met.")
    cleaned = clean_text(text)
    assert "Spain's deadliest floods in decades" not in cleaned.text
    assert "Rescue teams searched the town again on Thursday, officials said." in cleaned.text
    assert cleaned.text.endswith("The regional government met.")


def test_blank_lines_between_the_teasers_keep_the_block():
    text = "Storm floods Valencia region\n\n" + LEAD_EN + "\n\nMost read\n\nFloods in Valencia: the toll\n\nMazón under fire"
    cleaned = clean_text(text)
    assert "Mazón under fire" not in cleaned.text and "Floods in Valencia" not in cleaned.text


def test_a_question_or_a_sentence_after_a_link_heading_stays():
    # a title the heading leads to is a headline; a line ending as a sentence is the article's again
    text = ("Storm floods Valencia region\n\n" + LEAD_EN + "\nRelated articles\nWho warned the town?\n"
            "The warning came too late.")
    cleaned = clean_text(text)
    assert "Who warned the town?" in cleaned.text and "The warning came too late." in cleaned.text


def test_a_heading_with_its_title_on_the_line_leads_no_block():
    # "Czytaj także: <title>" holds its one link; the short line under it is not a teaser of it
    text = ("Powódź w Orsku\n\nW Orsku zginęły dwie osoby.\nCzytaj także: Powódź na południu kraju\n"
            "Woda opada")
    cleaned = clean_text(text)
    assert "Powódź na południu kraju" not in cleaned.text
    assert cleaned.text.endswith("Woda opada")


@pytest.mark.parametrize("menu", [
    "Startseite Politik Wirtschaft Sport Kultur",
    "Home News World Business Sport",
    "Inicio Internacional Política Economía Deportes",
    "Strona główna Kraj Świat Biznes Sport",
    "Accueil International Politique Économie Sport",
])
def test_a_menu_bar_of_section_names_under_the_last_paragraph_is_navigation(menu):
    text = ("Erdbeben erschüttert Westtürkei\n\nIstanbul, 3. März 2025 – Ein Erdbeben der Stärke 6,1 hat am Montag "
            "die Provinz Izmir erschüttert.\nMindestens 14 Menschen kamen ums Leben.\n„Wir werden alle Kräfte "
            "mobilisieren“, sagte Innenminister Ali Yerlikaya.\nDie Schulen blieben geschlossen.\n"
            "Präsident Erdoğan drohte den Bauunternehmern mit harten Strafen.\n"
            "Der Flughafen von Izmir wurde nicht beschädigt.\n"
            f"{menu}\nMehr zum Thema")
    cleaned = clean_text(text)
    assert menu not in cleaned.text
    assert menu in _removed(text, "navigation")
    assert cleaned.text.endswith("Der Flughafen von Izmir wurde nicht beschädigt.")


def test_a_last_line_of_words_that_are_not_all_section_names_stays():
    text = ("Schools reopen in Izmir\n\nISTANBUL, March 3, 2025 - Schools reopened on Monday.\n"
            "Teachers returned.\nParents were relieved.\nBuses ran again.\nThe ministry was pleased.\n"
            "Sport and culture classes resume\n")
    assert clean_text(text).text.endswith("Sport and culture classes resume")


AGE_NOTICES = [
    "This article is more than 2 years old",
    "This article is more than 1 month old",
    "Dieser Artikel ist älter als 2 Jahre",
    "Este artículo tiene más de 2 años",
    "Cet article date de plus de 2 ans",
    "Questo articolo è stato pubblicato più di 2 anni fa",
    "Ten artykuł ma ponad 2 lata",
    "Этой статье более 2 лет",
    "Dit artikel is meer dan 2 jaar oud",
    "Este artigo tem mais de 2 anos",
    "本文发布于超过2年前",
    "この記事は2年以上前に公開されたものです",
]


@pytest.mark.parametrize("notice", AGE_NOTICES)
def test_an_age_notice_over_the_headline_costs_no_title_outlet_or_date(notice):
    text = f"Home | World | Politics | Business | Opinion | Sport\n{notice}\nStorm floods Valencia region\n\n{LEAD_EN}"
    cleaned = clean_text(text)
    assert notice in _removed(text, "site_notice")
    assert notice not in cleaned.text
    assert (cleaned.title, cleaned.outlet, cleaned.published) == ("Storm floods Valencia region", "Reuters", "2024-10-30")


def test_a_sentence_about_an_article_s_age_in_the_text_stays():
    text = ("Archive row in parliament\n\nThe minister said the article was more than two years old and "
            "had been corrected twice.\nThe opposition disagreed.")
    assert "more than two years old" in clean_text(text).text


@pytest.mark.parametrize("first", ["Spain floods: live coverage", "EXCLUSIVE REPORT", "Weather emergency"])
def test_one_unknown_first_line_costs_no_dateline(first):
    text = f"{first}\nStorm floods Valencia region\n\n{LEAD_EN}"
    cleaned = clean_text(text)
    assert (cleaned.outlet, cleaned.published, cleaned.place) == ("Reuters", "2024-10-30", "VALENCIA")
    assert cleaned.text.split("\n")[-2].startswith("Police did not intervene")


def test_a_headline_over_a_sentence_still_closes_the_dateline_lines():
    # the dateline opens the first line or the one under a headline: a dateline-shaped third line after a
    # headline and a sentence is the text's (as before)
    text = ("Storm floods Valencia region\n\nPolice did not intervene, residents said.\n"
            "VALENCIA, Oct 30, 2024 (Reuters) - The storm killed 95 people, officials said.")
    cleaned = clean_text(text)
    assert cleaned.outlet is None and "VALENCIA, Oct 30, 2024 (Reuters)" in cleaned.text


def test_a_weekday_over_a_date_is_no_place():
    # a blog's date line under its name: the date is the post's, "Wednesday" is no place it was filed from
    text = "Hullabaloo\nWednesday, January 01, 2020\nPompeo the loose-lipped diplomat\n\nIt was said."
    cleaned = clean_text(text)
    assert cleaned.place is None
