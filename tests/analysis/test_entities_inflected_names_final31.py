"""A person's name in another case is the same person (final31 #8: "Andrzeja Domańskiego" / "Andrzej
Domański", "Aleny Schillerové" / "Alena Schillerová" were apart, and a Czech "Jaroslava Kaczyńského"
made "Ярослав Качиньский" fit two Latin names, so Kaczyński = Качиньский was lost)."""

import pytest

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of


def _groups(*docs) -> list[set[str]]:
    return [set(e.variants) for e in EntityExtractor().extract(list(docs))]


@pytest.mark.parametrize("lang,first,second,pair", [
    ("pl", "Minister finansów Andrzej Domański przedstawił projekt budżetu.",
     "Zdaniem Andrzeja Domańskiego deficyt nie przekroczy 6 proc.", {"Andrzej Domański", "Andrzeja Domańskiego"}),
    ("cs", "Ministryně financí Alena Schillerová kritizovala rozpočet.",
     "Podle Aleny Schillerové rozpočet neodpovídá realitě.", {"Alena Schillerová", "Aleny Schillerové"}),
    ("cs", "Premiér Petr Fiala řekl, že vláda rozpočet schválí.",
     "Podle Petra Fialy je výsledek úspěchem.", {"Petr Fiala", "Petra Fialy"}),
])
def test_a_name_in_two_cases(lang: str, first: str, second: str, pair: set[str]) -> None:
    assert any(pair <= g for g in _groups(doc_of("d1", [first, second], lang)))


def test_a_czech_report_keeps_the_cross_script_link() -> None:
    groups = _groups(
        doc_of("d1", ["Jarosław Kaczyński z Prawa i Sprawiedliwości zapowiedział, że jego klub poprze projekt."], "pl"),
        doc_of("d2", ["Лидер партии Ярослав Качиньский заявил, что его фракция поддержит проект."], "ru"),
        doc_of("d3", ["Podle Jaroslava Kaczyńského, předsedy strany, jeho poslanecký klub návrh podpoří."], "cs"))
    assert any({"Jarosław Kaczyński", "Ярослав Качиньский", "Jaroslava Kaczyńského"} <= g for g in groups)


@pytest.mark.parametrize("lang,sentences", [
    ("pl", ["Jan Nowak i Jana Nowak przyszli razem."]),  # a couple, not a case
    ("cs", ["Petr Fiala a Petra Fialová přišli spolu."]),
])
def test_two_people_stay_apart(lang: str, sentences: list[str]) -> None:
    groups = _groups(doc_of("d1", sentences, lang))
    assert not any(len({v for v in g if " " in v}) > 1 for g in groups)
