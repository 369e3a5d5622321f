"""trial55 F11: bylines and agency headers left in the text.

- MENA's dateline puts a dash before the agency's bracket ("الإسماعيلية - (أ ش أ) -"): unread, the outlet was "-"
  and the dateline opened the lead claim.
- A wire dateline of a language without data ("TORROELLA DE MONTGRÍ, 18 de juliol de 2024 (ACN) -"): its date
  cannot be read, and the whole line stayed in the text; a listed agency's bracket makes it a dateline (no date
  rather than a guessed one).
- "JAVIER MARTÍN | Figueres": an author (no "by") and a place alone on a line under the headline was a claim.
- A live blog's entries open with their clock time ("12:05 - Un Airbus …"), which stayed inside the claim text."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

LEAD = {
    "ar": "أعلنت هيئة قناة السويس نجاحها في إعادة تعويم سفينة الحاويات بعد نحو خمس ساعات من جنوحها.",
    "ca": "Un incendi forestal ha cremat unes 300 hectàrees al massís del Montgrí, segons els Bombers.",
    "es": "Un incendio forestal ha calcinado unas 300 hectáreas en el macizo del Montgrí, según los bomberos.",
    "it": "Un Airbus A321 della Turkish Airlines è atterrato in emergenza all'aeroporto di Fiumicino.",
    "en": "A container ship that ran aground in the Suez Canal was refloated after five hours, the authority said.",
}
MORE = "Die Behörden haben weitere Untersuchungen angekündigt und die Lage genau beobachtet."


def _clean(headline: str, lines: list[str]):
    return clean_text("\n\n".join([headline, *lines, MORE]))


@pytest.mark.parametrize(("dateline", "lang", "outlet"), [
    ("الإسماعيلية - (أ ش أ) -", "ar", "أ ش أ"),
    ("القاهرة - (أ ش أ) -", "ar", "أ ش أ"),
    ("بيروت - (أ ف ب) -", "ar", "أ ف ب"),
    ("ISMAILIA - (Reuters) -", "en", "Reuters"),
    ("MADRID - (EFE) -", "es", "EFE"),
])
def test_an_agency_bracket_after_a_dash_is_the_datelines(dateline, lang, outlet):
    out = _clean("Headline of the report", [f"{dateline} {LEAD[lang]}", LEAD[lang]])
    assert out.outlet == outlet
    assert LEAD[lang] + "\n" in out.text + "\n" and dateline not in out.text
    assert ("dateline", dateline) in [(r.kind, r.text) for r in out.removed]


@pytest.mark.parametrize("dateline", [
    "TORROELLA DE MONTGRÍ, 18 de juliol de 2024 (ACN) -",
    "GIRONA, 18 de juliol de 2024 (ACN) -",
    "Lleida, 3 de gener de 2025 (ACN).-",
])
def test_an_unread_date_before_a_listed_agency_still_makes_a_dateline(dateline):
    out = _clean("Un incendi crema 300 hectàrees al Montgrí", [f"{dateline} {LEAD['ca']}", LEAD["ca"]])
    assert out.outlet == "ACN"
    assert out.published is None  # no year guessed from an unread date
    assert not out.text.split("\n\n")[1].startswith(dateline.split(",")[0])


def test_an_unread_date_without_a_listed_agency_stays_text():
    # a place and date-shaped words with an unknown bracket: no dateline, nothing dropped
    line = f"Torroella de Montgrí, 18 de juliol de 2024 (XYZW) - {LEAD['ca']}"
    out = _clean("Un incendi crema 300 hectàrees al Montgrí", [line, LEAD["ca"]])
    assert line in out.text


@pytest.mark.parametrize(("byline", "author", "place"), [
    ("JAVIER MARTÍN | Figueres", "Javier Martín", "Figueres"),
    ("Javier Martín | Figueres", "Javier Martín", "Figueres"),
    ("ANNA KOWALCZYK | Gdańsk", "Anna Kowalczyk", "Gdańsk"),
    ("Hans Müller • Frankfurt", "Hans Müller", "Frankfurt"),
    ("Marie Dubois / Lyon", "Marie Dubois", "Lyon"),
])
def test_a_name_and_place_line_under_the_standfirst_is_the_byline(byline, author, place):
    out = _clean("Descarrila un AVE en el túnel del Pertús",
                 ["El convoy sufrió el accidente a baja velocidad.", byline, LEAD["es"]])
    assert out.authors == (author,)
    assert out.place == place
    assert byline not in out.text


@pytest.mark.parametrize("line", ["Madrid | Barcelona", "Política | Economía", "Real Madrid | Barcelona",
                                  "Javier Martín | el lunes"])
def test_other_bar_lines_are_not_bylines(line):
    out = _clean("Descarrila un AVE en el túnel del Pertús",
                 ["El convoy sufrió el accidente a baja velocidad.", line, LEAD["es"]])
    assert out.authors == ()


@pytest.mark.parametrize(("entry", "stamp"), [
    ("12:05 - Un Airbus A321 della Turkish Airlines è atterrato in emergenza a Fiumicino.", "12:05 -"),
    ("14h30 – Le préfet est arrivé sur place avec les secours.", "14h30 –"),
    ("9.40 am — Police said the road would stay closed overnight.", "9.40 am —"),
    ("08:10 Uhr - Die Feuerwehr meldet, der Brand sei unter Kontrolle.", "08:10 Uhr -"),
])
def test_a_live_blog_entrys_clock_is_no_part_of_its_text(entry, stamp):
    out = _clean("DIRETTA | Fiumicino, atterraggio d'emergenza", [LEAD["it"], entry])
    rest = entry[len(stamp):].strip()
    assert rest in out.text and entry not in out.text
    assert ("stamp", stamp) in [(r.kind, r.text) for r in out.removed]


@pytest.mark.parametrize("line", ["12.5 - 3 è il risultato finale della partita di ieri sera.",
                                  "2024 - un anno difficile per la compagnia aerea.",
                                  "Alle 12:05 - secondo l'ANSA - l'aereo era già a terra."])
def test_a_figure_or_year_opening_a_line_is_kept(line):
    out = _clean("DIRETTA | Fiumicino, atterraggio d'emergenza", [LEAD["it"], line])
    assert line in out.text


@pytest.mark.parametrize(("byline", "author", "outlet"), [
    ("Maria Rossi | ANSA", "Maria Rossi", "ANSA"),
    ("JAVIER MARTÍN | EFE", "Javier Martín", "EFE"),
    ("Maria Rossi | Corriere della Sera", "Maria Rossi", "Corriere della Sera"),
])
def test_an_outlet_after_the_bar_is_the_outlet_not_a_place(byline, author, outlet):
    out = _clean("Descarrila un AVE en el túnel del Pertús",
                 ["El convoy sufrió el accidente a baja velocidad.", byline, LEAD["es"]])
    assert (out.authors, out.outlet, out.place) == ((author,), outlet, None)
