"""trial64 F8: AFP's "Le salaire minimum espagnol a augmenté de 61 % depuis 2018." was aligned by topic with Lusa's
headline "Espanha aumenta salário mínimo para 1.221 euros" (a sure pair of the learned model) and so joined AFP's own
headline "… à 1 221 euros" in one shared claim: the fact only AFP gives was hidden. Two sentences of one report that
each state figures and no kind of figure in both (a percentage, money, a count) are two facts, which a claim does
not join through another report's unit. Inputs written for these tests."""

import pytest

from storylens.analysis.claims import AlignedPair, Unit, _components, _two_kinds_of_figures


def _unit(doc: str, n: int, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s{n}", text, 0, len(text), lang)


@pytest.mark.parametrize("a, b, lang", [
    ("Le salaire minimum espagnol a augmenté de 61 % depuis 2018.", "L'Espagne relève son salaire minimum à 1 221 euros", "fr"),
    ("Der Mindestlohn ist seit 2018 um 61 Prozent gestiegen.", "Spanien hebt den Mindestlohn auf 1221 Euro an", "de"),
    ("The storm destroyed 300 homes.", "Damage is estimated at 3 million dollars.", "en"),
], ids=["fr-percent-money", "de-percent-money", "en-count-money"])
def test_two_sentences_of_one_report_with_two_kinds_of_figures_are_apart(a, b, lang):
    assert _two_kinds_of_figures(_unit("d2", 4, a, lang), _unit("d2", 0, b, lang))


@pytest.mark.parametrize("a, b, same_doc", [
    # a kind in both (a percentage) does not keep them apart
    ("Inflation fell to 2.4 percent in October.", "The bank kept its rate at 4.5 percent and sold bonds worth 2 billion euros.", True),
    ("L'Espagne relève son salaire minimum à 1 221 euros", "Le gouvernement a approuvé une hausse à 1 221 euros bruts par mois.", True),
    ("Le salaire minimum espagnol a augmenté de 61 % depuis 2018.", "Le gouvernement espagnol a approuvé mardi la hausse.", True),
    ("Le salaire minimum espagnol a augmenté de 61 % depuis 2018.", "L'Espagne relève son salaire minimum à 1 221 euros", False),
], ids=["a-kind-in-both", "one-kind", "one-side-without-figures", "two-reports"])
def test_one_kind_no_figure_or_two_reports_are_not_apart(a, b, same_doc):
    lang = "en" if a.startswith("Inflation") else "fr"
    assert not _two_kinds_of_figures(_unit("d2", 4, a, lang), _unit("d2" if same_doc else "d3", 0, b, lang))


def test_a_fact_of_one_report_does_not_join_its_headline_through_another_reports_headline():
    es = _unit("d1", 0, "El Gobierno aprueba subir el salario mínimo a 1.221 euros", "es")
    fr = _unit("d2", 0, "L'Espagne relève son salaire minimum à 1 221 euros", "fr")
    fr61 = _unit("d2", 4, "Le salaire minimum espagnol a augmenté de 61 % depuis 2018.", "fr")
    pt = _unit("d3", 0, "Espanha aumenta salário mínimo para 1.221 euros", "pt")
    units = [es, fr, fr61, pt]
    pairs = [AlignedPair(es, fr, 0.95, 0.9, 0.0), AlignedPair(es, pt, 0.94, 0.9, 0.0), AlignedPair(fr, pt, 0.93, 0.9, 0.0),
             AlignedPair(fr61, pt, 0.86, 0.67, 0.0)]
    groups = _components(units, pairs, 0.5, _two_kinds_of_figures)
    assert sorted(groups) == [[0, 1, 3], [2]]
    assert sorted(_components(units, pairs, 0.5)) == [[0, 1, 2, 3]]  # without the veto it joined
