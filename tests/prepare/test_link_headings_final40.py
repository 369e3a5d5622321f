"""final40 #8: a page's headings over links to other articles ("Most read", "Lo más leído",
"Meistgelesen", "Zobacz także") and a menu bar of section names in any language are page furniture,
not claims. The trial found them kept in es/de/pl (and, checked here, en/fr/ru kept them too): text/data
"link_headings" per language, and the "navigation" words of de/es/pl/it/nl, new for pt/cs."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text
from storylens.text import profile

HEADLINE = "Hochwasser vertreibt Hunderte aus ihren Häusern"
BODY = (HEADLINE + "\n\nStarkregen hat am Dienstag das Arnotal überflutet, 800 Menschen mussten ihre Häuser verlassen, "
        "teilte die Regionalregierung mit. Rettungskräfte erreichten mit Booten Dörfer, die vom Wasser abgeschnitten "
        "waren.")

TAILS = {
    "en": ["Most read", "Related articles", "You may also like"],
    "fr": ["Les plus lus", "À lire aussi", "Sur le même sujet"],
    "de": ["Meistgelesen", "Das könnte Sie auch interessieren", "Mehr zum Thema"],
    "es": ["Lo más leído", "Te puede interesar", "Noticias relacionadas"],
    "it": ["I più letti", "Leggi anche", "Articoli correlati"],
    "pt": ["Mais lidas", "Leia também", "Notícias relacionadas"],
    "nl": ["Meest gelezen", "Lees ook", "Gerelateerde artikelen"],
    "pl": ["Najczęściej czytane", "Zobacz także", "Czytaj więcej"],
    "cs": ["Nejčtenější", "Čtěte také", "Související články"],
    "ru": ["Самое читаемое", "Читайте также", "Похожие новости"],
}


@pytest.mark.parametrize("lang", sorted(TAILS))
def test_link_headings_after_the_article_are_navigation(lang):
    c = clean_text(BODY + "\n\n" + "\n".join(TAILS[lang]))
    assert [(r.kind, r.text) for r in c.removed] == [("navigation", t) for t in TAILS[lang]]
    assert c.text.rstrip().endswith("abgeschnitten waren.") and c.title == HEADLINE


@pytest.mark.parametrize("line", ["» Читайте также:", "MOST READ", "Lire la suite …", "Czytaj także:",
                                  "Czytaj także: Powódź na południu kraju",  # a heading and the linked title
                                  "Lea también: Tacha supuestamente dejó caer a Tee Billz: Informe"])
def test_marks_case_and_a_linked_title(line):
    c = clean_text(BODY + "\n\n" + line + "\n\nDer Fluss soll am Mittwochabend seinen Höchststand erreichen.")
    assert ("navigation", line) in [(r.kind, r.text) for r in c.removed]
    assert "Höchststand erreichen." in c.text


@pytest.mark.parametrize("line", [
    "Zum Thema: Der Minister sagte am Montag, er trete zurück.",  # a sentence after the colon is the article's
    "Lesen Sie auch die Erklärung des Ministers, die am Montag veröffentlicht wurde.",
    "Related reports said the river would peak on Wednesday.",
    "Recommended evacuation routes were closed on Tuesday.",
])
def test_sentences_that_open_with_heading_words_stay(line):
    c = clean_text(BODY + "\n\n" + line)
    assert line in c.text and not any(r.text == line for r in c.removed)


@pytest.mark.parametrize("menu", [
    "Nachrichten | Sport | Wetter | Mediathek",  # the trial's German menu bar: it was the title
    "Noticias | Deportes | Mundo | Gente",
    "Wiadomości • Sport • Pogoda • Biznes",
    "Notícias | Desporto | Cultura | Opinião",
    "Zprávy | Domácí | Zahraničí | Počasí",
    "Nieuws | Sport | Weer | Wetenschap",
    "Cronaca | Politica | Meteo | Salute",
])
def test_a_menu_bar_of_section_names_is_navigation(menu):
    c = clean_text(menu + "\n\n" + BODY)
    assert ("navigation", menu) in [(r.kind, r.text) for r in c.removed]
    assert c.title == HEADLINE


def test_a_section_label_before_a_headline_stays_the_headline():
    c = clean_text("Welt | " + BODY)
    assert c.title == "Welt | " + HEADLINE


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "ru", "uk", "tr", "ar", "zh"])
def test_every_language_read_has_link_headings(lang):
    assert profile(lang).link_headings
