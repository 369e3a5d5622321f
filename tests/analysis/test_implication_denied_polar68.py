"""polar68 finding 1: "That does not mean that …" / "Das will nicht heißen, dass …" / "Cela ne signifie pas que …" /
"Eso no significa que …" denies an implication, not the fact that follows: against a report stating that fact it
is no polarity conflict (text data "implication_denials", en/de/fr/es/it/nl). A plain denial beside it, and "does not
mean" with a noun object ("does not mean the end"), still deny. polar68b (tester break68p): against the implication
affirmed ("The rule means that fees will rise") it is a denial again, and against a plain denial of the fact ("The
hospital was not closed") it asserts nothing either: no conflict (as not_negation it read as the fact asserted)."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import polarity


@pytest.mark.parametrize("lang, a, b", [
    ("en", "That does not mean that the government will raise taxes.", "The government will raise taxes."),
    ("en", "This doesn\u2019t mean the strike is over.", "The strike is over."),
    ("en", "It does not necessarily mean the talks have failed.", "The talks have failed."),
    ("de", "Das will nicht heißen, dass die Regierung die Steuern erhöht.", "Die Regierung erhöht die Steuern."),
    ("de", "Das bedeutet aber nicht, dass der Streik vorbei ist.", "Der Streik ist vorbei."),
    ("fr", "Cela ne signifie pas que la grève est terminée.", "La grève est terminée."),
    ("es", "Eso no significa que la huelga haya terminado.", "La huelga ha terminado."),
    ("it", "Questo non vuol dire che il governo aumenterà le tasse.", "Il governo aumenterà le tasse."),
    ("nl", "Dat wil niet zeggen dat de regering de belastingen verhoogt.", "De regering verhoogt de belastingen."),
])
def test_a_denied_implication_denies_nothing(lang, a, b):
    assert polarity(a, lang, b, lang) is None and polarity(b, lang, a, lang) is None


@pytest.mark.parametrize("lang, a, b", [
    ("en", "The minister did not resign, which does not mean that he will stay.", "The minister resigned."),
    ("en", "The ruling does not mean the end of the case.", "The ruling means the end of the case."),
    # polar68b: the link "but" goes with the denied implication, not left to confine the plant's denial
    ("en", "The company did not close the plant, but that does not mean jobs are safe.", "The company closed the plant."),
    ("de", "Das heißt nicht, dass er bleibt: Der Minister ist nicht zurückgetreten.", "Der Minister ist zurückgetreten."),
    ("fr", "Le ministre n'a pas démissionné, ce qui ne veut pas dire qu'il reste.", "Le ministre a démissionné."),
    ("es", "El ministro no dimitió.", "El ministro dimitió."),
])
def test_a_denial_beside_it_still_denies(lang, a, b):
    assert polarity(a, lang, b, lang) is not None


@pytest.mark.parametrize("lang, a, b", [
    ("en", "The new rule does not mean that fees will rise, the minister said.",
     "The new rule means that fees will rise, the minister said."),
    ("en", "The merger will not mean that jobs are cut, the chief executive said.",
     "The merger will mean that jobs are cut, the chief executive said."),
    ("de", "Die neue Regel bedeutet nicht, dass die Gebühren steigen, sagte der Minister.",
     "Die neue Regel bedeutet, dass die Gebühren steigen, sagte der Minister."),
    ("es", "La nueva norma no significa que las tasas vayan a subir, dijo el ministro.",
     "La nueva norma significa que las tasas van a subir, dijo el ministro."),
])
def test_a_denied_implication_against_the_implication_affirmed_conflicts(lang, a, b):
    assert polarity(a, lang, b, lang) == (0, True, False)
    assert polarity(b, lang, a, lang) == (0, False, True)


@pytest.mark.parametrize("lang, a, b", [
    ("en", "That does not mean that the hospital was closed.", "The hospital was not closed."),
    ("de", "Das heißt nicht, dass das Krankenhaus geschlossen wurde.", "Das Krankenhaus wurde nicht geschlossen."),
    ("fr", "Cela ne veut pas dire que l'hôpital a été fermé.", "L'hôpital n'a pas été fermé."),
])
def test_a_denied_implication_asserts_nothing_against_a_plain_denial(lang, a, b):
    assert polarity(a, lang, b, lang) is None and polarity(b, lang, a, lang) is None


def test_a_denied_implication_clause_is_skipped_among_clauses():
    # the army's clause still conflicts; the talks' clause (a denied implication) is compared with nothing
    a = "The army did not withdraw from the town, but that does not mean that the talks failed."
    b = "The army withdrew from the town, but the talks failed."
    assert polarity(a, "en", b, "en") is not None
