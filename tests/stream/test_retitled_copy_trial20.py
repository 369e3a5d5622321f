"""A copy that differs only in its headline is a retitled copy, not an update with figures (trial20 #17: the
copy of Continental Press's report under a new headline was listed under "Updated articles" as "sentence
with figures in one version only: 'Calvera's central bank stuns markets … 7.2%'"). A headline is compared
only with the headline; a headline above read header lines is the title though no blank line parts it from
the lead (one paragraph a line, as the trial's texts were written)."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text
from storylens.stream.versions import RETITLED, text_changes, unordered

BODIES = {
    "en": ("date 2026-11-26 By Marta Ruiz and Daniel Cho, Continental Press\n"
           "SAN EVARISTO, Nov 26 (Continental Press) - Calvera's central bank raised its benchmark rate by 150 basis "
           "points to 5.50% on Thursday, as the peso fell 7.2% to a record low of 38.5 per dollar.\n"
           "Analysts had expected the bank to keep the rate at 4.00%.\n"),
    "de": ("Von Jana Berger | Handelsblatt | 26.11.2026\n"
           "SAN EVARISTO (dpa) - Die Notenbank von Calvera hat den Leitzins am Donnerstag um 150 Basispunkte auf "
           "5,5 Prozent angehoben, der Peso fiel um 7,2 Prozent auf ein Rekordtief.\n"
           "Analysten hatten mit einem unveränderten Zins von 4,0 Prozent gerechnet.\n"),
    "es": ("26 de noviembre de 2026, por Carmen Vidal, El País\n"
           "SAN EVARISTO, 26 nov (EFE) - El banco central de Calvera subió el jueves su tipo de referencia en 150 "
           "puntos básicos, hasta el 5,50%, y el peso cayó un 7,2% hasta un mínimo histórico.\n"
           "Los analistas esperaban que el banco mantuviera el tipo en el 4,00%.\n"),
}
HEADLINES = {
    "en": ("Calvera's central bank stuns markets with 150 bp hike; peso slides 7.2%",
           "Calvera hikes rates in shock move as peso hits record low"),
    "de": ("Zinsschock in Calvera: Notenbank erhöht Leitzins auf 5,5 Prozent", "Peso im freien Fall"),
    "es": ("Calvera sube los tipos 150 puntos básicos y el peso se hunde un 7,2%",
           "El peso de Calvera toca mínimos tras una subida de tipos por sorpresa"),
}


@pytest.mark.parametrize("lang", sorted(BODIES))
def test_a_headline_over_read_header_lines_is_the_title(lang):
    for headline in HEADLINES[lang]:
        assert clean_text(f"{headline}\n{BODIES[lang]}").title == headline


@pytest.mark.parametrize("lang", sorted(BODIES))
def test_a_copy_under_another_headline_is_a_retitled_copy(lang):
    old, new = (f"{h}\n{BODIES[lang]}" for h in HEADLINES[lang])
    for a, b in ((old, new), (new, old)):
        changes = text_changes(a, b, lang)
        assert len(changes) == 1 and changes[0].startswith(RETITLED)
        assert "figures" not in unordered(changes[0])


def test_a_headline_figure_replaced_is_a_figure_change_and_no_new_sentence():
    body = BODIES["en"]
    changes = text_changes(f"Blast in Carrow kills 9\n{body}", f"Blast in Carrow kills 11\n{body}", "en")
    assert changes and not any(c.startswith(RETITLED) or "new sentence" in c for c in changes)
    assert any("9" in c and "11" in c for c in changes)


def test_a_new_headline_beside_a_changed_body_names_the_body_change_only():
    old = f"{HEADLINES['en'][0]}\n{BODIES['en']}"
    new = f"{HEADLINES['en'][1]}\n{BODIES['en'].replace('4.00%', '4.25%')}"
    changes = text_changes(old, new, "en")
    assert changes == ("%: 4.00 → 4.25",)
