"""Page furniture of stop 36's review and trial (review36a M5, final42 W5/W9/D1): the article's own lines
under a "continue reading" expander or a link heading were dropped as linked titles, a page's age gate
("Dieser Inhalt ist erst ab 18 Jahren verfügbar") was a claim, and "Read more:" was removed as a
newsletter prompt while the docs call it navigation. Short reports written for the test in the shape the
trial's pages had."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text


def _removed(text: str, kind: str) -> list[str]:
    return [r.text for r in clean_text(text).removed if r.kind == kind]


# (language, "continue reading" expander, the article's lines after it)
CONTINUE = [
    ("de", "Weiterlesen", ["„Wir haben alles verloren.“", "„Das Wasser kam in wenigen Minuten“, sagte eine Anwohnerin",
                           "Die Regierung rief drei Tage Staatstrauer aus"]),
    ("fr", "Lire la suite", ["Les secours ont fouillé la ville toute la nuit", "Le maire a demandé de l'aide"]),
    ("es", "Sigue leyendo", ["Los vecinos limpiaron las calles", "El Gobierno envió a 500 militares"]),
    ("pl", "Czytaj więcej", ["Strażacy pracowali przez całą noc", "Woda opada powoli"]),
    ("it", "Leggi di più", ["I soccorritori hanno lavorato tutta la notte", "Il sindaco ha chiesto aiuto"]),
    ("ru", "Читать далее", ["Спасатели работали всю ночь", "Вода медленно уходит"]),
    ("tr", "Devamını oku", ["Kurtarma ekipleri gece boyunca çalıştı", "Sular yavaşça çekiliyor"]),
    ("en", "Continue reading", ["Rescue teams worked through the night", "The water is slowly receding"]),
    ("ja", "続きを読む", ["「家が全部流された」", "住民は避難した"]),
]


@pytest.mark.parametrize(("lang", "heading", "lines"), CONTINUE, ids=[c[0] for c in CONTINUE])
def test_the_article_after_a_continue_reading_expander_stays(lang, heading, lines):
    text = "Storm floods the region\n\nThe storm killed 95 people, officials said.\n" + heading + "\n" + "\n".join(lines)
    cleaned = clean_text(text)
    for line in lines:
        assert line in cleaned.text
    assert heading in _removed(text, "navigation")
    assert heading not in cleaned.text


# Lines of the article under a link heading, each closing the teaser block: a quotation closing the line, a
# bracket, a quotation closed before its reporting verb, a colon opening a quotation after a clause.
SENTENCES = [
    "The mayor of Lisbon, Carlos Moedas, told reporters only: \"We will rebuild\"",
    "Three people were injured by falling trees (two of them seriously)",
    "„Das Wasser kam in wenigen Minuten“, sagte eine Anwohnerin",
    "„Wir haben alles verloren“",
    "« Nous avons tout perdu », a dit une habitante",
    "«Lo hemos perdido todo» - dijo una vecina",
    "Powiedział tylko: „Odbudujemy to”",
    "「家が全部流された」",
    "The police arrived. Nobody was hurt",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_of_the_article_ends_the_teaser_block(sentence):
    text = ("Storm hits Lisbon\n\nLISBON, Oct 3, 2025 (Reuters) - A storm hit Lisbon on Friday, officials said.\n"
            "Read more:\nStorms across Europe this autumn\n" + sentence + "\nThe city has not seen such winds since 2018")
    cleaned = clean_text(text)
    assert sentence in cleaned.text
    assert cleaned.text.endswith("The city has not seen such winds since 2018")
    assert "Storms across Europe this autumn" in _removed(text, "navigation")


@pytest.mark.parametrize("teaser", ["Sánchez: «Aiuti immediati alla regione»", "Tusk: „Nie zostawimy nikogo”",
                                    "Czy w Nowy Rok trzeba iść do kościoła? Odpowiedź jest jednoznaczna"])
def test_a_headline_with_a_name_and_its_quotation_is_still_a_teaser(teaser):
    text = "Storm floods the region\n\nThe storm killed 95 people, officials said.\nRead more:\n" + teaser
    assert teaser in _removed(text, "navigation")


@pytest.mark.parametrize("heading", ["Read more:", "Read more", "Related", "Mehr zum Thema:", "Czytaj także:"])
def test_a_link_heading_is_removed_as_navigation_whatever_its_language(heading):
    text = "Storm floods the region\n\nThe storm killed 95 people, officials said.\n" + heading + "\nFloods: the toll"
    assert heading in _removed(text, "navigation")
    assert heading not in _removed(text, "newsletter")


AGE_GATES = [
    "Dieser Inhalt ist erst ab 18 Jahren verfügbar.",
    "Dieser Inhalt ist nur für Nutzer ab 18 Jahren.",  # final44: the gate without its verb
    "This content is only available to users aged 18 and over.",
    "You must be 18 or older to view this content.",
    "Ce contenu est réservé aux personnes majeures.",
    "Este contenido es solo para mayores de 18 años.",
    "Questo contenuto è vietato ai minori di 18 anni.",
    "Treść przeznaczona wyłącznie dla osób pełnoletnich.",
    "Материал предназначен только для лиц старше 18 лет.",
    "Bu içerik 18 yaş ve üzeri içindir.",
    "本内容仅限18岁以上用户观看",
]


@pytest.mark.parametrize("notice", AGE_GATES)
def test_an_age_gate_is_a_site_notice(notice):
    text = ("Storm floods the region\n\nThe storm killed 95 people, officials said.\n" + notice
            + "\nRescue teams searched the town on Thursday.")
    cleaned = clean_text(text)
    assert notice not in cleaned.text
    assert notice in _removed(text, "site_notice")


@pytest.mark.parametrize("sentence", ["Der Film ist ab 12 Jahren freigegeben.",
                                      "Alcohol is only available to people over 18.",
                                      "The film is suitable for viewers aged 12 and over."])
def test_a_sentence_about_an_age_limit_stays(sentence):
    text = "Cinema reopens\n\nThe cinema reopened on Friday, the owner said.\n" + sentence
    assert sentence in clean_text(text).text


def test_a_notice_under_a_link_heading_is_a_site_notice_and_ends_the_teasers():
    # final42 W5 (teaser_trap.txt): under "Related", the age notice went as a linked title and so did the
    # article's closing paragraph after it
    text = ("Storm hits Lisbon\n\nLISBON (AP) - A powerful storm swept across Lisbon on Tuesday, the grid operator "
            "said.\n\nRelated\nThis article is more than 2 years old\n\n"
            "Emergency crews worked through the night to clear the roads")
    cleaned = clean_text(text)
    assert "This article is more than 2 years old" in _removed(text, "site_notice")
    assert cleaned.text.endswith("Emergency crews worked through the night to clear the roads")
