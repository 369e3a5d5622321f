"""hdr71: header fields that were misread (benchmarks/header_probes71.py holds every probe and its neighbours)."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

EN = ("The city council approved the new transport plan on Friday after a long debate, officials said.\n\n"
      "The plan adds three bus lines and extends the tram network to the northern districts by 2028.")
DE = ("Der Stadtrat hat den neuen Verkehrsplan am Freitag nach langer Debatte gebilligt, teilten Beamte mit.\n\n"
      "Der Plan sieht drei neue Buslinien vor.")
PL = ("Rada miasta zatwierdziła w piątek nowy plan transportowy po długiej debacie, poinformowali urzędnicy.\n\n"
      "Plan przewiduje trzy nowe linie autobusowe.")
ZH = "市议会周五在长时间辩论后批准了新的交通计划，官员表示。\n\n该计划增加三条公交线路。"
T_EN = "City council approves new transport plan"
T_DE = "Stadtrat billigt neuen Verkehrsplan"
T_PL = "Rada miasta zatwierdza plan transportowy"
T_ZH = "市议会批准新交通计划"


def _fields(text: str) -> tuple[object, ...]:
    c = clean_text(text)
    return c.title, c.authors, c.outlet, c.contributors, c.published


@pytest.mark.parametrize("text", [
    f"date 2026-03-14 By Jane Doe, Reuters, photo: Max Poe\n{T_EN}\n\n{EN}",
    f"date 2026-03-14 By Jane Doe, Reuters, photo: Max Poe\n\n{T_EN}\n\n{EN}",
    f"{T_EN}\ndate 2026-03-14 By Jane Doe, Reuters, Photo: Max Poe\n\n{EN}",
])
def test_a_photographer_after_a_keyed_headers_byline_and_outlet_is_a_contributor(text):
    # hdr71 #1: the line went unread (no date, no author) and became the title
    assert _fields(text) == (T_EN, ("Jane Doe",), "Reuters", ("Max Poe",), "2026-03-14")
    assert "Max Poe" not in clean_text(text).text


def test_a_photographer_after_a_byline_and_outlet_under_the_headline_leaves_the_outlet():
    # the outlet was lost: the author line reader read "Reuters, photo: Max Poe" as no outlet
    assert _fields(f"{T_EN}\nBy Jane Doe, Reuters, photo: Max Poe\n\n{EN}") == (
        T_EN, ("Jane Doe",), "Reuters", ("Max Poe",), None)


def test_a_picture_credit_naming_no_person_leaves_the_byline_unread_as_before():
    # "photo: AFP" credits an agency's picture: no contributor, and the byline's reading is main's
    text = f"{T_EN}\n\nBy Jane Doe, Reuters, photo: AFP\n\n{EN}"
    assert clean_text(text).contributors == ()


@pytest.mark.parametrize(("line", "authors", "photographer"), [
    ("By Jane Doe and John Roe. Photography by Max Poe", ("Jane Doe", "John Roe"), "Max Poe"),
    ("By Jane Doe. Photography by Max Poe.", ("Jane Doe",), "Max Poe"),
    ("By Jane Doe and John Roe. Photos by Max Poe", ("Jane Doe", "John Roe"), "Max Poe"),
    ("Von Anna Schmidt und Jonas Weber. Fotos: Hans Meier", ("Anna Schmidt", "Jonas Weber"), "Hans Meier"),
])
def test_a_picture_credit_after_the_bylines_sentence_is_a_contributor_and_no_outlet(line, authors, photographer):
    # hdr71 #4: "John Roe. Photography by Max Poe" was the outlet and John Roe no author
    title, body = (T_DE, DE) if line.startswith("Von") else (T_EN, EN)
    assert _fields(f"{title}\n{line}\n\n{body}") == (title, authors, None, (photographer,), None)


@pytest.mark.parametrize("line", ["By the numbers: how the plan works", "By the numbers. Photography by Max Poe"])
def test_by_the_numbers_is_no_byline(line):
    cleaned = clean_text(f"{line}\n\n{EN}")
    assert (cleaned.authors, cleaned.outlet) == ((), None)


@pytest.mark.parametrize(("line", "title", "body"), [
    ("Autor: Redakcja", T_PL, PL), ("autor: redakcja", T_PL, PL), ("Autor: Redaktion", T_DE, DE),
    ("Von Redaktion", T_DE, DE), ("Auteur : Rédaction", T_EN, EN), ("Autor: Redacción", T_EN, EN),
    ("Autore: Redazione", T_EN, EN), ("Автор: Редакция", T_EN, EN), ("作者：编辑部", T_ZH, ZH), ("Auteur: Redactie", T_EN, EN),
])
@pytest.mark.parametrize("layout", ["{line}\n{title}\n\n{body}", "{line}\n\n{title}\n\n{body}", "{title}\n{line}\n\n{body}"])
def test_a_desk_keyed_as_the_author_is_no_person_and_no_title(line, title, body, layout):
    # hdr71 #3: the line was the title (or the first paragraph kept it from being one) and a claim
    cleaned = clean_text(layout.format(line=line, title=title, body=body))
    assert (cleaned.title, cleaned.authors, cleaned.outlet) == (title, (), None)
    assert line not in cleaned.text


@pytest.mark.parametrize(("line", "author"), [("Autor: Jan Nowak", "Jan Nowak"), ("Von Anna Schmidt", "Anna Schmidt")])
def test_a_person_keyed_as_the_author_stays_the_author(line, author):
    assert clean_text(f"{T_PL}\n{line}\n\n{PL}").authors == (author,)


@pytest.mark.parametrize(("line", "authors", "outlet"), [
    ("来源：新华网 作者：李明", ("李明",), "新华网"),
    ("作者：李明 来源：新华网", ("李明",), "新华网"),
    ("来源：新华网 | 作者：李明", ("李明",), "新华网"),
    ("来源：人民日报 作者：佚名", (), "人民日报"),
    ("来源：新华网", (), "新华网"),
])
@pytest.mark.parametrize("over", [True, False])
def test_a_chinese_source_line_gives_the_outlet_beside_its_author(line, authors, outlet, over):
    # hdr71 #5: the outlet was lost, or the source read as an author ("来源：新华网" -> author 新华网)
    text = f"{line}\n{T_ZH}\n\n{ZH}" if over else f"{T_ZH}\n{line}\n\n{ZH}"
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.outlet) == (T_ZH, authors, outlet)
    assert "来源" not in cleaned.text


def test_a_dated_chinese_source_line_gives_the_outlet_without_its_key():
    # the outlet was "来源：新华网"
    assert _fields(f"{T_ZH}\n2026-03-14 10:15 来源：新华网 作者：李明\n\n{ZH}") == (T_ZH, ("李明",), "新华网", (), "2026-03-14")


@pytest.mark.parametrize(("line", "authors"), [("来源：本网驻首尔记者 王立新", ("王立新",)), ("来源：本报 作者：李明", ("李明",))])
def test_a_source_that_is_no_outlet_gives_none(line, authors):
    # "本网", "本报": this site, this paper, no outlet's name
    cleaned = clean_text(f"{T_ZH}\n{line}\n\n{ZH}")
    assert (cleaned.authors, cleaned.outlet) == (authors, None)


FR = "Le conseil municipal a approuvé le nouveau plan de transport vendredi, selon la mairie.\n\nLe plan ajoute trois lignes."
T_FR = "Le conseil municipal approuve le plan de transport"


@pytest.mark.parametrize(("outlet", "title", "body"), [
    ("tagesschau.de", T_DE, DE), ("BBC News", T_EN, EN), ("www.lemonde.fr", T_FR, FR), ("新华网", T_ZH, ZH),
    ("Corriere della Sera", "Il comune approva il piano", "Il consiglio comunale ha approvato il piano.\n\nTesto."),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_listed_outlet_or_a_sites_address_over_the_headline_is_the_outlet(outlet, title, body, gap):
    # hdr71 #2: the name was the title (or, with no blank line, the page had none)
    cleaned = clean_text(f"{outlet}{gap}{title}\n\n{body}")
    assert (cleaned.outlet, cleaned.title) == (outlet, title)
    assert outlet not in cleaned.text


@pytest.mark.parametrize("head", ["Lockdown", "Kazakhstan Unrest", "Guardian Angels", "Times Change", "Web 2.0"])
def test_a_short_headline_no_list_knows_stays_the_title(head):
    assert (clean_text(f"{head}\n\n{EN}").title, clean_text(f"{head}\n{T_EN}\n\n{EN}").outlet) == (head, None)


def test_an_outlets_name_over_a_sentence_or_its_date_reads_as_before():
    assert clean_text(f"Reuters\n{EN}").outlet is None
    dated = clean_text(f"Reuters\nMarch 14, 2026\n{T_EN}\n\n{EN}")  # _take_masthead's: the outlet and its date
    assert (dated.outlet, dated.published, dated.title) == ("Reuters", "2026-03-14", T_EN)


@pytest.mark.parametrize(("outlet", "byline", "title", "body"), [
    ("Reuters", "By Jane Doe, Reuters", T_EN, EN), ("Le Monde", "Par Marie Dubois, Le Monde", T_FR, FR),
    ("Der Spiegel", "Von Anna Schmidt, Der Spiegel", T_DE, DE),
])
def test_a_one_word_outlets_name_over_the_headline_is_the_outlet_when_the_byline_names_it_again(outlet, byline, title,
                                                                                                 body):
    # hdr71 fix A: a name of one word (after its article) is as often a headline or topic over its deck
    cleaned = clean_text(f"{outlet}\n{title}\n{byline}\n\n{body}")
    assert (cleaned.outlet, cleaned.title) == (outlet, title)
    assert clean_text(f"{outlet}\n{title}\n\n{body}").outlet is None  # named once: read as main reads it


@pytest.mark.parametrize(("head", "deck", "body"), [
    ("Sabah", "Floods force 20,000 from their homes in Malaysian state", EN),
    ("Time", "Why the clocks go back this weekend and what it does to sleep", EN),
    ("time", "why the clocks go back this weekend", EN),
    ("Dawn", "First light over Gaza as the truce holds for a second day", EN),
    ("The Hill", "Residents fight plan to build on the town's last green slope", EN),
    ("Le Point", "Ce qu'il faut retenir de la journée de vendredi", FR),
    ("Spiegel", "Der Spiegel im Flur: ein Ratgeber", DE),
    ("Спутник", "Россия запустила новый спутник связи", "Городской совет одобрил план.\n\nТекст."),
    ("Amazon.com", "The store that ate retail turns 30", EN), ("Match.com", "Dating giant cuts 10 percent of staff", EN),
    ("Socket.io", "Maintainers warn of a supply-chain attack", EN), ("Character.ai", "Chatbot firm sued", EN),
    ("Last.fm", "The music site that knew you best is closing", EN), ("README.md", "How one file became a door", EN),
    ("Time", "- Monday: rain", EN), ("Time", '"Time is what we want most, but what we use worst"', EN),
])
def test_a_one_word_name_a_brands_address_or_a_list_under_it_is_no_masthead(head, deck, body):
    # hdr71 fix A: each was the outlet and the deck the title; main's reading (no outlet) stays
    assert clean_text(f"{head}\n{deck}\n\n{body}").outlet is None


def test_a_headline_ending_in_team_under_a_marker_word_stays_the_title():
    # hdr71 fix B: "Door" (nl "by") + "... team" was read as a desk's byline and the title lost
    nl = "De gemeenteraad heeft vrijdag het plan goedgekeurd, zeiden ambtenaren.\n\nHet plan voegt drie buslijnen toe."
    assert clean_text(f"Door het vuur naar het team\n\n{nl}").title == "Door het vuur naar het team"


@pytest.mark.parametrize(("line", "outlet", "contributors"), [
    ("By Jane Doe | Reuters | photo: Max Poe", "Reuters", ("Max Poe",)),
    ("By Jane Doe, Reuters, Photo: AFP", "Reuters", ()),  # an agency's picture: no contributor, the outlet kept
])
def test_a_picture_credit_after_a_bar_or_naming_an_agency_leaves_the_outlet(line, outlet, contributors):
    assert _fields(f"{T_EN}\n{line}\n\n{EN}") == (T_EN, ("Jane Doe",), outlet, contributors, None)


def test_a_source_naming_no_outlet_is_no_author():
    # "来源：网络" (source: the internet) gave the author 网络; the line stays text, as "来源：网络 作者：网友" does
    cleaned = clean_text(f"{T_ZH}\n来源：网络\n\n{ZH}")
    assert (cleaned.authors, cleaned.outlet) == ((), None) and "来源：网络" in cleaned.text


def test_a_script_librarys_name_is_no_sites_address():
    assert clean_text(f"Node.js\n{T_EN}\n\n{EN}").outlet is None


@pytest.mark.parametrize("pieces", [60, 400])
def test_a_first_line_of_hyphenated_pieces_is_read_in_linear_time(pieces):
    # hdr71 E: every way to cut "a-a-…-x.c" into a place's words was tried (60 pieces: over 25 s; 400 would take
    # longer than any test run): a place's words are joined by a space or slash, its hyphens are the word's own
    first = "a-" * pieces + "x.c"
    cleaned = clean_text(f"{first}\n{T_EN}\n\n{EN}")
    assert cleaned.published is None and cleaned.outlet is None


@pytest.mark.parametrize(("line", "place"), [
    ("BADEN-BADEN, 14. März 2026 (dpa) - Der Stadtrat hat getagt.", "BADEN-BADEN"),
    ("Baden-Baden. Der Stadtrat hat den Plan gebilligt.", "Baden-Baden"),
    ("SAINT-DENIS, 14 mars (AFP) - Le conseil a approuvé le plan.", "SAINT-DENIS"),
])
def test_a_hyphenated_place_still_opens_a_dateline(line, place):
    assert clean_text(f"{T_EN}\n\n{line}\n\n{EN}").place == place


IT = "Il consiglio comunale ha approvato venerdì il piano dopo un lungo dibattito.\n\nIl piano aggiunge tre linee di autobus."
T_IT = "Il comune approva il piano"


@pytest.mark.parametrize("line", ["Di Marco Rossi, foto: Luca Bianchi", "di Marco Rossi, foto di Luca Bianchi"])
@pytest.mark.parametrize("under", [True, False])
def test_an_italian_byline_with_its_photographer_over_or_under_the_headline(line, under):
    # hdr71 fix C: under the headline the line lost title, author and contributor (the header reading it defers to
    # reads it at the top only)
    text = f"{T_IT}\n{line}\n\n{IT}" if under else f"{line}\n{T_IT}\n\n{IT}"
    assert _fields(text) == (T_IT, ("Marco Rossi",), None, ("Luca Bianchi",), None)


def test_a_word_that_opens_with_a_credit_label_is_no_credit():
    # hdr71 fix D: "Bildung" (education) counted as "Bild" (picture) with any six letters after it
    cleaned = clean_text(f"{T_DE}\nVon Anna Schmidt. Bildung von Hans Meier\n\n{DE}")
    assert cleaned.contributors == () and "Hans Meier" not in cleaned.authors
