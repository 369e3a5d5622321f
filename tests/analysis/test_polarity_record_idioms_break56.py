"""A record said with "never" is no denial (break56 F7).

"so viel wie noch nie" (as much as never before), "comme jamais", "como nunca", "mai così",
"als nooit tevoren" compare a figure with every earlier one: "the highest ever", an affirmation. Read as a
negation, de "… erreichten 115 Grad Fahrenheit, so viel wie noch nie in einem Juni" against en "… reached 46
degrees Celsius, the highest ever recorded in June" was "polarity: d1 affirms, d2 denies". A real "never"
still denies.
"""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity

RECORD = "Temperatures in Seville reached 46 degrees Celsius on Saturday, the highest ever recorded in June."


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Temperaturen in Sevilla erreichten am Samstag 115 Grad Fahrenheit, so viel wie noch nie in einem Juni."),
    ("de", "Die Temperaturen in Sevilla stiegen am Samstag so stark wie nie zuvor in einem Juni, auf 46 Grad."),
    ("de", "In Sevilla war es am Samstag mit 46 Grad so heiß wie nie in einem Juni."),
    ("fr", "À Séville, les températures ont atteint samedi 46 degrés, du jamais vu en juin."),
    ("fr", "À Séville, il a fait samedi plus chaud que jamais en juin, avec 46 degrés."),
    ("es", "Las temperaturas en Sevilla subieron el sábado como nunca en junio, hasta 46 grados."),
    ("es", "Sevilla registró el sábado un calor nunca visto en junio, con 46 grados."),
    ("it", "Mai così caldo a giugno a Siviglia: sabato le temperature hanno raggiunto 46 gradi."),
    ("it", "A Siviglia sabato le temperature non sono mai state così alte in giugno: 46 gradi."),
    ("pt", "As temperaturas em Sevilha subiram no sábado como nunca em junho, até 46 graus."),
    ("nl", "In Sevilla was het zaterdag met 46 graden zo warm als nooit tevoren in juni."),
])
def test_a_record_said_with_never_is_no_denial(lang: str, text: str) -> None:
    assert not negated(text, lang)
    assert polarity(RECORD, "en", text, lang) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Er war noch nie in Sevilla."),
    ("fr", "Il n'a jamais vu une telle chaleur."),
    ("es", "No llovió nunca en junio."),
    ("it", "Non ho mai visto niente di simile."),
    ("pt", "Ele nunca esteve em Sevilha."),
    ("nl", "Hij is nooit in Sevilla geweest."),
])
def test_a_plain_never_still_denies(lang: str, text: str) -> None:
    assert negated(text, lang)
