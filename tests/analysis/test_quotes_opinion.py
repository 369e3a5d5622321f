"""A clause opening "for X" / "in X's opinion" ("Pour Paul Martin, maire de Lyon, « … »", "По мнению Ивана
Петрова, «…»"): X holds the quoted opinion, not the place in X's apposition (text/data "opinion_openers").
Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ('Pour Paul Martin, maire de Lyon, « il faut agir vite ».', "fr", "Paul Martin"),
    ('Para Ana Ruiz, alcaldesa de Sevilla, "la ciudad está preparada".', "es", "Ana Ruiz"),
    ('Für Petra Vogel, Ministerin in Hessen, ist das „ein guter Tag für die Familien“.', "de", "Petra Vogel"),
    ('По мнению Ивана Петрова, «город готов к зиме».', "ru", "Иван Петров"),
], ids=["fr", "es", "de", "ru"])
def test_opinion_holder_speaks(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]


def test_for_inside_a_clause_is_no_attribution():
    text = 'Les habitants ont voté pour Paul Martin. « Nous voulons du changement », a déclaré une électrice, Anne Roy.'
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "fr")])] == ["Anne Roy"]
