"""Verdicts trial53 F16 did not read: "overturned the verdict", "sent the case back for retrial", es "mantuvo la
condena"; an acquittal's verdict overturned or upheld is not a conviction's."""

import pytest

from storylens.analysis.conflicts import verdict_stance


@pytest.mark.parametrize("lang, text, stance", [
    ("en", "The Sofia appeals court overturned the verdict against Petar Ivanov on Thursday.", "overturned"),
    ("en", "The appeals court upheld the guilty verdict on Thursday.", "upheld"),
    ("en", "The Sofia appeals court on Thursday sent Petar Ivanov's case back for retrial.", "overturned"),
    ("en", "The supreme court ordered a retrial.", "overturned"),
    ("es", "El tribunal de Sofía rechazó el recurso de Petar Ivanov y mantuvo la condena.", "upheld"),
    ("es", "El Supremo ordenó repetir el juicio.", "overturned"),
    ("fr", "La Cour de cassation a ordonné un nouveau procès.", "overturned"),
    ("it", "La Cassazione ha ordinato un nuovo processo.", "overturned"),
    ("pt", "O tribunal ordenou um novo julgamento.", "overturned"),
    ("ru", "Верховный суд направил дело на новое рассмотрение.", "overturned"),
    ("pl", "Sąd Najwyższy przekazał sprawę do ponownego rozpoznania.", "overturned"),
    ("cs", "Odvolací soud v Sofii ve čtvrtek potvrdil rozsudek nad Petarem Ivanovem.", "upheld"),
    # an acquittal's verdict upheld is an acquittal, no conviction upheld
    ("en", "The appeals court upheld the acquittal verdict on Thursday.", "acquitted"),
])
def test_more_verdict_wordings(lang, text, stance):
    assert verdict_stance(text, lang) == stance


def test_an_acquittal_verdict_overturned_clears_no_one():
    assert verdict_stance("The appeals court overturned the acquittal verdict on Thursday.", "en") not in (
        "acquitted", "overturned")
