"""final69 H3: a year-less wire dateline after a day's adverb ("Yesterday, on March 14 (Reuters) - The …") read the
adverb as the dateline's place once hdr69c let the word before the day follow a comma (place "Yesterday", "Hier",
"Ayer", "Oggi"; main gave no place). A day said relative to today is never a place; real places still read."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

BODY = {"en": "The council approved the budget after a long debate, a spokesman said.",
        "fr": "Le conseil a approuvé le budget après un long débat, a indiqué un porte-parole.",
        "es": "El consejo aprobó el presupuesto tras un largo debate, dijo un portavoz.",
        "it": "Il consiglio ha approvato il bilancio dopo un lungo dibattito, ha detto un portavoce.",
        "de": "Der Rat billigte den Haushalt nach langer Debatte, sagte ein Sprecher."}


@pytest.mark.parametrize(("opening", "lang"), [
    ("Yesterday, on March 14 (Reuters) -", "en"),
    ("Hier, le 14 mars (AFP) -", "fr"),
    ("Ayer, el 14 de marzo (EFE).-", "es"),
    ("Oggi, il 14 marzo (ANSA) -", "it"),
    ("Gestern, am 14. März (dpa) -", "de"),
    ("Meanwhile, on March 14 (Reuters) -", "en"),  # last69 H4: a stop word of the page's language or English
    ("Morgen, am 14. März (dpa) -", "de"),
    ("Aujourd\u2019hui, le 14 mars (AFP) -", "fr"),  # a curly apostrophe
])
def test_a_days_adverb_is_no_dateline_place(opening, lang):
    clean = clean_text(f"Headline of the day\n\n{opening} {BODY[lang]}\n")
    assert clean.place is None


@pytest.mark.parametrize(("opening", "lang", "place"), [
    ("PARIS, le 14 mars (AFP) -", "fr", "PARIS"),
    ("BERLIN, am 14. März (dpa) -", "de", "BERLIN"),
    ("Nice, le 14 mars (AFP) -", "fr", "Nice"),  # a stop word of another language
    ("Essen, am 14. März (dpa) -", "de", "Essen"),
])
def test_a_place_still_reads(opening, lang, place):
    assert clean_text(f"Headline of the day\n\n{opening} {BODY[lang]}\n").place == place
