"""polar68 finding 1: "That does not mean that …" / "Das will nicht heißen, dass …" / "Cela ne signifie pas que …" /
"Eso no significa que …" denies an implication, not the fact that follows: against a report stating that fact it
is no polarity conflict (text data "not_negation", en/de/fr/es/it/nl). A plain denial beside it, and "does not
mean" with a noun object ("does not mean the end"), still deny."""

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
    ("de", "Das heißt nicht, dass er bleibt: Der Minister ist nicht zurückgetreten.", "Der Minister ist zurückgetreten."),
    ("fr", "Le ministre n'a pas démissionné, ce qui ne veut pas dire qu'il reste.", "Le ministre a démissionné."),
    ("es", "El ministro no dimitió.", "El ministro dimitió."),
])
def test_a_denial_beside_it_still_denies(lang, a, b):
    assert polarity(a, lang, b, lang) is not None
