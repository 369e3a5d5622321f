"""newuser72 MED-5: a "Name, Outlet, date" byline with no marker word was not read: "Иван Петров, ТАСС, 12 марта 2026"
and "Sarah Miller, Reuters, 12 March 2026" were the title (and a unique claim, outlet unknown; the English one undated):
a wire agency after a name was read as the copy's credit and the name left as the outlet; "Ayşe Yılmaz, Hürriyet, 12 Mart
2026" was a dateline's place ("Ayşe" is in the given-name lists only as "Ayse"). The line is read when it is short,
a person's name (a listed given name first) comes first, then a listed or outlet-named outlet, then the date. The
texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

_HEAD = {"en": "Four killed in chemical plant blast", "ru": "Четыре человека погибли при взрыве на заводе",
         "tr": "Kimya fabrikasında patlama: 4 ölü", "de": "Vier Tote bei Explosion in Chemiewerk",
         "fr": "Quatre morts dans l'explosion d'une usine chimique", "es": "Cuatro muertos en una planta química",
         "pl": "Czterech zabitych w wybuchu w zakładach chemicznych", "it": "Quattro morti in un impianto chimico",
         "pt": "Quatro mortos em explosão numa fábrica química"}
_BODY = {"en": "An explosion at a chemical plant killed four workers on Thursday, the fire service said.",
         "ru": "Взрыв на химическом заводе унёс жизни четырёх рабочих в четверг, сообщили пожарные.",
         "tr": "Bir kimya fabrikasındaki patlamada perşembe günü dört işçi hayatını kaybetti, itfaiye açıkladı.",
         "de": "Bei einer Explosion in einem Chemiewerk kamen am Donnerstag vier Arbeiter ums Leben.",
         "fr": "Une explosion dans une usine chimique a tué quatre ouvriers jeudi, selon les pompiers.",
         "es": "Una explosión en una planta química mató a cuatro trabajadores el jueves.",
         "pl": "Wybuch w zakładach chemicznych zabił w czwartek czterech pracowników.",
         "it": "Un'esplosione in un impianto chimico ha ucciso quattro operai giovedì.",
         "pt": "Uma explosão numa fábrica química matou quatro trabalhadores na quinta-feira."}


def _texts(lang: str, line: str) -> list[str]:
    """The line over the headline (the page's first line) and under it (its second)."""
    return [f"{line}\n\n{_HEAD[lang]}\n\n{_BODY[lang]}", f"{_HEAD[lang]}\n{line}\n\n{_BODY[lang]}"]


@pytest.mark.parametrize(("lang", "line", "author", "outlet"), [
    ("ru", "Иван Петров, ТАСС, 12 марта 2026", "Иван Петров", "ТАСС"),
    ("en", "Sarah Miller, Reuters, 12 March 2026", "Sarah Miller", "Reuters"),
    ("tr", "Ayşe Yılmaz, Hürriyet, 12 Mart 2026", "Ayşe Yılmaz", "Hürriyet"),
    ("tr", "İbrahim Şahin, Anadolu Ajansı, 12 Mart 2026", "İbrahim Şahin", "Anadolu Ajansı"),
    ("en", "Sarah Miller | Reuters | 12 March 2026", "Sarah Miller", "Reuters"),
    ("de", "Anna Schmidt, dpa, 12. März 2026", "Anna Schmidt", "dpa"),
    ("fr", "Claire Martin, AFP, 12 mars 2026", "Claire Martin", "AFP"),
    ("es", "Lucía Pérez, EFE, 12 de marzo de 2026", "Lucía Pérez", "EFE"),
    ("pl", "Jan Nowak, PAP, 12 marca 2026", "Jan Nowak", "PAP"),
    # a person named with a listed city (speakers75, below)
    ("en", "Jack London, AP, March 12, 2026", "Jack London", "AP"),
    ("en", "Paul London | AP | March 12, 2026", "Paul London", "AP"),
    ("en", "Mary Jackson, AP, March 12, 2026", "Mary Jackson", "AP"),
    ("pt", "Miguel Pereira, Agência Brasil, 12 de março de 2026", "Miguel Pereira", "Agência Brasil"),
    ("pt", "Ana Lima, Agência Brasil, 12 de março de 2026", "Ana Lima", "Agência Brasil"),
    ("es", "Sofía Medina, EFE, 12 de marzo de 2026", "Sofía Medina", "EFE"),
    ("en", "Paris Hilton, AP, March 12, 2026", "Paris Hilton", "AP"),
    ("en", "Sydney Sweeney, AP, March 12, 2026", "Sydney Sweeney", "AP"),
])
def test_name_outlet_date_without_a_marker_is_the_byline(lang, line, author, outlet):
    for text in _texts(lang, line):
        c = clean_text(text)
        assert (c.title, c.authors, c.outlet, c.published, c.place) == (_HEAD[lang], (author,), outlet, "2026-03-12",
                                                                         None), text
        assert line not in c.text and _BODY[lang] in c.text


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Berlin, Reuters, 12 March 2026"), ("en", "New York, Reuters, 12 March 2026"),
    ("en", "Santa Clara, Reuters, 12 March 2026"), ("en", "Paris, London, Berlin, 12 March 2026"),
    ("en", "Storms, floods hit Europe, 12 March 2026"), ("en", "sarah miller, reuters, 12 march 2026"),
    ("en", "Sarah Miller, Reuters reporter and author of three books on the chemical industry, 12 March 2026"),
    ("de", "BERLIN, 12. März 2026"), ("de", "Bad Dürkheim, dpa, 12. März 2026"),
    ("de", "Olaf Scholz, Kanzler, 12. März 2026"), ("fr", "Marseille, Le Monde, 12 mars 2026"),
    ("fr", "Emmanuel Macron, le président, 12 mars 2026"), ("es", "San José, EFE, 12 de marzo de 2026"),
    ("ru", "Москва, ТАСС, 12 марта 2026"), ("ru", "Нижний Новгород, ТАСС, 12 марта 2026"),
    ("tr", "İstanbul, Hürriyet, 12 Mart 2026"), ("pl", "Nowy Sącz, PAP, 12 marca 2026"),
    ("it", "Reggio Emilia, ANSA, 12 marzo 2026"), ("pt", "Rio de Janeiro, Agência Brasil, 12 de março de 2026"),
])
def test_places_titles_and_lists_are_no_byline(lang, line):
    for text in _texts(lang, line):
        assert clean_text(text).authors == (), text


# small73 tester HIGH: a place whose first word is a given name, before a wire agency, was read as its reporter
# ("Alice Springs, AAP, …" -> authors ['Alice Springs']); a list's dash item was a byline (LOW)
@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Alice Springs, AAP, 12 March 2026"), ("en", "Marco Island, AP, March 12, 2026"),
    ("en", "Jackson Hole, AP, March 12, 2026"), ("en", "Elizabeth City, AP, March 12, 2026"),
    ("en", "Victoria Falls, AFP, 12 March 2026"), ("it", "Marina di Pisa, ANSA, 12 marzo 2026"),
    ("es", "Victoria Playa, EFE, 12 de marzo de 2026"), ("pt", "Maria Praia, Lusa, 12 de março de 2026"),
    ("de", "Maria Stadt, dpa, 12. März 2026"), ("en", "Sarah Miller and Marco Island, Reuters, 12 March 2026"),
    ("en", "- Sarah Miller, Reuters, 12 March 2026"), ("en", "• Sarah Miller, Reuters, 12 March 2026"),
])
def test_a_place_named_after_a_person_or_a_list_item_is_no_byline(lang, line):
    for text in _texts(lang, line):
        assert clean_text(text).authors == (), text


@pytest.mark.parametrize(("lang", "line", "author"), [
    ("en", "Tom Reed, AP, March 12, 2026", "Tom Reed"),  # "Reed", "Miller": given names too, no place's word
    ("nl", "Jan de Vries, ANP, 12 maart 2026", "Jan de Vries"),  # "de" is no Italian place's "di"
    ("it", "Giulia Di Stefano, ANSA, 12 marzo 2026", "Giulia Di Stefano"),
])
def test_a_person_next_to_the_place_rule_stays_read(lang, line, author):
    head = _HEAD.get(lang, _HEAD["en"])
    body = _BODY.get(lang, _BODY["en"])
    assert clean_text(f"{line}\n\n{head}\n\n{body}").authors == (author,)


# The small73 tester's other cases (bylines74): a local paper ending in a word of outlets.json "paper_ends", a company or
# airport named after a person (data/eponyms.json), and a large city on the path that reads given-named people before
# an outlet ("Milton Keynes", "Belo Horizonte": read as the reporter at stop 73 too).
@pytest.mark.parametrize(("lang", "line"), [
    ("fr", "Charles de Gaulle, AFP, 12 mars 2026"),
    ("en", "Eugene Register-Guard, AP, March 12, 2026"), ("en", "Victoria Advocate, AP, March 12, 2026"),
    ("de", "Hugo Boss, dpa, 12. März 2026"), ("de", "Robert Bosch, dpa, 12. März 2026"),
    ("fr", "Louis Vuitton, AFP, 12 mars 2026"), ("en", "Charles Schwab, Reuters, 12 March 2026"),
    ("en", "Milton Keynes, AP, March 12, 2026"), ("pt", "Belo Horizonte, Agência Brasil, 12 de março de 2026"),
])
def test_towns_papers_and_companies_named_after_a_person_are_no_reporter(lang, line):
    for text in _texts(lang, line):
        assert clean_text(text).authors == (), text


@pytest.mark.parametrize(("lang", "line", "place", "outlet"), [
    ("en", "Victoria Advocate, AP, March 12, 2026", "Victoria Advocate", "AP"),
    ("de", "Hugo Boss, dpa, 12. März 2026", "Hugo Boss", "dpa"),
    # a place's last word ("Alice Springs, AAP, …"): no reporter, but unread as on main (place only for ONE whole name
    # that is a listed city or a thing: "Sarah Hill | AP | …" is a reporter; bylines74 re-tester HIGH)
    pytest.param("en", "Alice Springs, AAP, 12 March 2026", "Alice Springs", "AAP",
                 marks=pytest.mark.xfail(strict=True, reason="bylines74: a place's last word alone sets no place")),
    ("en", "Milton Keynes | Reuters | 12 March 2026", "Milton Keynes", "Reuters"),
])
def test_a_vetoed_line_is_still_the_wires_place_and_date(lang, line, place, outlet):
    # bylines74 tester HIGH: the vetoed line went unread (the title, a claim, no date, no outlet)
    for text in _texts(lang, line):
        cleaned = clean_text(text)
        assert (cleaned.authors, cleaned.outlet, cleaned.published, cleaned.place) == ((), outlet, "2026-03-12", place)
        assert cleaned.title == _HEAD[lang] and line not in cleaned.text, text


@pytest.mark.parametrize(("lang", "line", "authors", "outlet"), [
    ("en", "Gordon Head and Victoria Lee, Reuters, 12 March 2026", ("Gordon Head", "Victoria Lee"), "Reuters"),
    ("en", "Victoria Lee and Sarah Beacon, AP, March 12, 2026", ("Victoria Lee", "Sarah Beacon"), "AP"),
    ("pt", "José de Freitas e Ana Silva, Agência Brasil, 12 de março de 2026", ("José de Freitas", "Ana Silva"),
     "Agência Brasil"),
    ("es", "Juan José Ríos y Lucía Pérez, EFE, 12 de marzo de 2026", ("Juan José Ríos", "Lucía Pérez"), "EFE"),
])
def test_several_people_are_never_vetoed_by_the_town_and_paper_data(lang, line, authors, outlet):
    # bylines74 tester HIGH: one town-named person sent the part to the credited path, the people became the outlet
    for text in _texts(lang, line):
        cleaned = clean_text(text)
        assert (cleaned.authors, cleaned.outlet) == (authors, outlet), text


@pytest.mark.parametrize(("lang", "line", "author"), [
    ("en", "Sarah Beacon, AP, March 12, 2026", "Sarah Beacon"),  # a paper's word after a given name only
    ("en", "Tom Argus, Reuters, 12 March 2026", "Tom Argus"),
    ("en", "Anna Citizen-Smith, AP, March 12, 2026", "Anna Citizen-Smith"),  # a hyphen's piece, not the last word
    # towns shaped like a person's name: when in doubt, the reporter (bylines74 tester)
    ("pt", "José de Freitas, Agência Brasil, 12 de março de 2026", "José de Freitas"),
    ("es", "Juan José Ríos, EFE, 12 de marzo de 2026", "Juan José Ríos"),
    ("es", "José C. Paz, EFE, 12 de marzo de 2026", "José C. Paz"),
    ("pt", "Paulo Afonso, Agência Brasil, 12 de março de 2026", "Paulo Afonso"),
])
def test_person_shaped_names_stay_the_reporter(lang, line, author):
    for text in _texts(lang, line):
        assert clean_text(text).authors == (author,), text


@pytest.mark.parametrize(("lang", "line", "author"), [
    ("es", "Juan Díaz, EFE, 12 de marzo de 2026", "Juan Díaz"),  # a Panamanian town too: a family name second
    ("es", "Diego Martín, EFE, 12 de marzo de 2026", "Diego Martín"),
    ("en", "Paul Smith, Reuters, 12 March 2026", "Paul Smith"),  # a brand, and a name a reporter may carry
    ("de", "Helmut Schmidt, dpa, 12. März 2026", "Helmut Schmidt"),  # an airport, and a common name
    ("de", "Anna Schmidt-Weber, dpa, 12. März 2026", "Anna Schmidt-Weber"),  # a hyphen, no paper's word
    ("en", "Mark Register, AP, March 12, 2026", "Mark Register"),  # a paper's word ("Des Moines Register"), a family name
])
def test_a_person_next_to_the_town_and_company_data_stays_read(lang, line, author):
    for text in _texts(lang, line):
        assert clean_text(text).authors == (author,), text


# Towns named like a person (given name first), smaller than the listed cities: still read as a reporter. GeoNames'
# towns that open with a given name hold as many reporters' names ("Cícero Dantas", "Juan Aldama", "Gordon Head"), and
# no data of the project tells the two apart: a person's name is never lost for a town's (bylines74 re-tester, lead's
# decision). Strict: a test fails once its town is read, to be moved to the test above.
@pytest.mark.xfail(strict=True, reason="bylines74: no data of the project tells this town from a person")
@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Florencio Varela, Télam, 12 de marzo de 2026"),
    ("pt", "Teófilo Otoni, Agência Brasil, 12 de março de 2026"),
    ("pt", "Francisco Beltrão, Agência Brasil, 12 de março de 2026"),
    ("pt", "João Monlevade, Agência Brasil, 12 de março de 2026"),
    ("en", "Glen Burnie, AP, March 12, 2026"), ("en", "Warner Robins, AP, March 12, 2026"),
    ("en", "Owen Sound, CP, March 12, 2026"), ("en", "Charlotte Amalie, AP, March 12, 2026"),
    ("en", "Ann Arbor | AP | March 12, 2026"),
    ("es", "Pedro Juan Caballero, EFE, 12 de marzo de 2026"),
    ("es", "Santiago de Compostela, EFE, 12 de marzo de 2026"),
])
def test_places_no_data_marks_are_still_read_as_a_reporter(lang, line):
    assert clean_text(f"{line}\n\n{_HEAD[lang]}\n\n{_BODY[lang]}").authors == ()


# speakers75 (stop 74's byline testers): an unmarked byline "Name, Wire, date" whose person carries a listed city's
# name lost its author and its date. "Jack London, AP, …", "Paul London | AP | …", "Miguel Pereira, Lusa, …": a listed
# city after a listed given name is a family name (the line was unread: the title and a claim, no date, no outlet);
# "Paris Hilton, AP, …": a first name that is a listed city but no listed given name, then a word no dictionary holds,
# is a person (the line was the place "Paris Hilton, AP"). A place stays a place: the city alone ("Paris, AP, …"), a
# city whole ("Santa Clara", "Milton Keynes"), a firm after a city ("Rio Tinto": a common word second), a paper or an
# outlet ("Washington Post"). The texts are written for these tests.
@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Paris, AP, March 12, 2026"), ("en", "New York, AP, March 12, 2026"),
    ("en", "Santa Clara, AP, March 12, 2026"), ("en", "Milton Keynes, AP, March 12, 2026"),
    ("en", "Rio Tinto, Reuters, 12 March 2026"), ("en", "Manchester United, AP, March 12, 2026"),
    ("en", "Paris Texas, AP, March 12, 2026"), ("en", "East London, AP, March 12, 2026"),
    ("en", "PARIS HILTON, AP, March 12, 2026"), ("en", "Washington Post, AP, March 12, 2026"),
    ("pt", "João Pessoa, Agência Brasil, 12 de março de 2026"),
])
def test_places_firms_and_papers_stay_no_reporter(lang, line):
    for text in _texts(lang, line):
        c = clean_text(text)
        assert c.authors == () and c.published == "2026-03-12" and c.title == _HEAD[lang], text
