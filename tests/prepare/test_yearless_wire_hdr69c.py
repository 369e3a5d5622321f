"""hdr69c H6 (newuser69): a wire dateline with a word before the day and no year ("BERLIN, am 14. März (dpa) -",
"Madrid, el 14 de marzo (EFE).-", "PARIS, le 14 mars (AFP) -") is read as the same dateline with a year is: its
place, the agency as the outlet and the day as ``dateline_day``. The word before the day was read as the place's
country ("BERLIN, am"), or, written lower-case, made the line no dateline (it stayed a claim sentence)."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

# one per language with text data dateline.before_day (Arabic's "عمان، في 14 مارس (بترا) -" was read already)
WIRES = [
    ("BERLIN, am 14. März (dpa) - ", "BERLIN", "dpa", "Ein Großbrand hat ein Lager zerstört."),
    ("Madrid, el 14 de marzo (EFE).- ", "Madrid", "EFE", "Un incendio destruyó un almacén."),
    ("Madrid, el 14 de marzo (Reuters) - ", "Madrid", "Reuters", "Un incendio destruyó un almacén."),
    ("PARIS, le 14 mars (AFP) - ", "PARIS", "AFP", "Un incendie a détruit un entrepôt."),
    ("LONDON, on March 14 (Reuters) - ", "LONDON", "Reuters", "A fire destroyed a warehouse."),
    ("ROMA, il 14 marzo (ANSA) - ", "ROMA", "ANSA", "Un incendio ha distrutto un magazzino."),
    ("AMSTERDAM, op 14 maart (ANP) - ", "AMSTERDAM", "ANP", "Een brand heeft een pakhuis verwoest."),
    ("LISBOA, em 14 de março (Lusa) - ", "LISBOA", "Lusa", "Um incêndio destruiu um armazém."),
    ("WARSZAWA, dnia 14 marca (PAP) - ", "WARSZAWA", "PAP", "Pożar zniszczył magazyn."),
]


@pytest.mark.parametrize(("dateline", "place", "agency", "lead"), WIRES, ids=[w[2] + "-" + w[1] for w in WIRES])
def test_a_yearless_wire_dateline_with_a_word_before_the_day_is_read(dateline, place, agency, lead):
    c = clean_text(f"Großbrand in Leeds\n\n{dateline}{lead}\n\nSecond paragraph, 40 firefighters.")
    assert (c.place, c.outlet, c.dateline_day, c.published) == (place, agency, "--03-14", None)
    assert c.text.split("\n")[2] == lead
    assert [r.text for r in c.removed if r.kind == "dateline"] == [dateline.strip()]


@pytest.mark.parametrize("line", [
    "Am 14. März hat die Feuerwehr ein Lager gelöscht, teilte sie mit.",
    "El 14 de marzo los bomberos apagaron el fuego, dijo el servicio.",
    "Trump, on March 14, said he would sign the bill.",
    "Trump, on March 14 (AP) — said he would sign the bill.",
    "Merkel, am 14. März (dpa) - hat die Kanzlerin gesprochen.",
])
def test_a_body_sentence_with_a_word_before_the_day_stays_text(line):  # guards: these pass on main too
    c = clean_text(f"Großbrand in Leeds\n\n{line}\n\nSecond paragraph, 40 firefighters.")
    assert (c.place, c.dateline_day) == (None, None) and c.text.split("\n")[2] == line
