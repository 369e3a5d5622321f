"""An update stamp opening the text, with the correction note after it (trial 18 #5: "Updated: November
25, 2026, 09:10 CET." and "This article has been updated to correct the number of properties seized."
were claims of their own, and the stamp was the stored lead)."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text


@pytest.mark.parametrize(("text", "stamp", "note", "lead"), [
    (("Updated: November 25, 2026, 09:10 CET. This article has been updated to correct the number of properties "
     "seized.\nA court in Drovnik on Tuesday sentenced the former minister to nine years in prison."),
     "Updated: November 25, 2026, 09:10 CET.", ("This article has been updated to correct the number of properties "
     "seized."), "A court in Drovnik"),
    (("Condenan a nueve años al exministro Viktor Halden\n\nActualizado: 25/11/2026 09:10 CET. Este artículo ha sido "
     "actualizado para corregir el número de propiedades.\nUn tribunal de Drovnik condenó al exministro."),
     "Actualizado: 25/11/2026 09:10 CET.", ("Este artículo ha sido actualizado para corregir el número de "
     "propiedades."), "Un tribunal de Drovnik"),
])
def test_the_stamp_is_the_versions_moment_and_the_note_no_text(text, stamp, note, lead):
    cleaned = clean_text(text)
    removed = {(r.kind, r.text) for r in cleaned.removed}
    assert ("stamp", stamp) in removed and ("notice", note) in removed
    assert stamp not in cleaned.text and note not in cleaned.text
    assert lead in cleaned.text.split("\n")[0] or lead in cleaned.text.split("\n\n")[1]


def test_a_stamp_before_a_sentence_of_the_story_keeps_the_sentence():
    cleaned = clean_text("Updated: November 25, 2026, 09:10 CET. A court in Drovnik sentenced the minister.\n"
                         "He will appeal.")
    assert cleaned.text.startswith("A court in Drovnik sentenced the minister.")
