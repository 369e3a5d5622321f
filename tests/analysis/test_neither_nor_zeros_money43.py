"""A denial of two tolls is zero killed and zero injured (trial54 F12): «Non si registrano vittime né feriti» counted
only the dead. The second toll of "né / ni / weder … noch / ani / ни / nem / noch / or" is a zero of its own, in every
language with the data; "noch" without "weder" is "still", and a count after a comma is no denial."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers

BOTH = [
    ("it", "Non si registrano vittime né feriti."),
    ("it", "Non ci sono stati né morti né feriti."),
    ("es", "No hubo muertos ni heridos."),
    ("fr", "Il n'y a eu ni morts ni blessés."),
    ("fr", "Aucun mort ni blessé n'est à déplorer."),
    ("de", "Es gab weder Tote noch Verletzte."),
    ("de", "Es gab keine Toten oder Verletzten."),
    ("pl", "Nie było ani ofiar, ani rannych."),
    ("pl", "Nie było zabitych ani rannych."),
    ("ru", "Нет ни погибших, ни раненых."),
    ("uk", "Не було ні загиблих, ні поранених."),
    ("pt", "Não há mortos nem feridos."),
    ("nl", "Er vielen geen doden of gewonden."),
    ("en", "There were no deaths or injuries."),
    ("en", "Nobody was killed or injured."),
    ("cs", "Nikdo nezemřel ani nebyl zraněn."),
]


def _tolls(text: str, lang: str) -> dict[str, float | None]:
    return {q.unit: q.value for q in extract_numbers(text, lang) if q.unit in ("killed", "injured")}


@pytest.mark.parametrize(("lang", "text"), BOTH)
def test_a_denial_of_two_tolls_is_two_zeros(lang: str, text: str) -> None:
    assert _tolls(text, lang) == {"killed": 0.0, "injured": 0.0}


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("de", "Es gibt noch Verletzte im Krankenhaus.", {}),
    ("en", "No one was killed, but 12 were injured.", {"killed": 0.0, "injured": 12.0}),
    ("it", "Nessun morto, ma 5 feriti.", {"killed": 0.0, "injured": 5.0}),
    ("es", "No hubo muertos, pero sí 3 heridos.", {"killed": 0.0, "injured": 3.0}),
    ("en", "There was no warning or evacuation before 3 people died.", {"killed": 3.0}),
    ("es", "Ni siquiera los heridos fueron atendidos.", {}),
])
def test_a_count_beside_a_denial_keeps_its_figure(lang: str, text: str, want: dict[str, float | None]) -> None:
    assert _tolls(text, lang) == want
