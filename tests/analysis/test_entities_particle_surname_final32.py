"""A Chinese name that writes only the first part of a surname joined by a particle is the same person
(final32 #8: "François Villeroy de Galhau" / 维勒鲁瓦 were two entities, and his one statement two
unique claims)."""

import pytest

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of

_ZH = "法国央行行长维勒鲁瓦表示，央行应在九月降息。"


@pytest.mark.parametrize("lang,sentence", [
    ("en", "French central bank governor François Villeroy de Galhau said the bank should cut rates in September."),
    ("fr", ("Le gouverneur de la Banque de France, François Villeroy de Galhau, a dit que la banque devait "
            "baisser ses taux en septembre.")),
    ("de", ("Der französische Notenbankchef François Villeroy de Galhau sagte, die Bank solle die Zinsen im "
            "September senken.")),
])
def test_the_first_part_of_a_particle_surname(lang: str, sentence: str) -> None:
    docs = [doc_of("d1", [sentence], lang), doc_of("d2", [_ZH], "zh")]
    groups = [set(e.variants) for e in EntityExtractor().extract(docs)]
    assert any({"François Villeroy de Galhau", "维勒鲁瓦"} <= g for g in groups)


def test_another_surname_is_not_joined() -> None:
    docs = [doc_of("d1", ["Governor François Villeroy de Galhau spoke after Joachim Nagel."]),
            doc_of("d2", ["德国央行行长纳格尔表示，央行应在九月降息。"], "zh")]
    groups = [set(e.variants) for e in EntityExtractor().extract(docs)]
    assert not any({"François Villeroy de Galhau", "纳格尔"} <= g for g in groups)
