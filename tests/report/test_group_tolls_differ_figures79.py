"""A toll one report counts within a group ("27 blessés parmi les passagers") against another's plain toll ("injuring
23 passengers"): issue #12, newuser78's HIGH (fr_en_fr.txt / fr_en_en.txt), a plain shared claim, as a part
(``Quantity.part``) is compared with parts only. Shown as figures that differ, never judged (GROUP_NOT_JUDGED), never
a conflict: stop 78's figures78 read the group's toll as a whole toll and found 11 false conflicts (the crew or the
driver hurt in the next sentence)."""

from __future__ import annotations

import pytest

from storylens.analysis import quantities
from storylens.models import GROUP_NOT_JUDGED
from storylens.report import differs_label


def _differ(a: str, lang_a: str, b: str, lang_b: str) -> list[tuple[str, str, str]]:
    return quantities.differing_scoped_tolls(a, lang_a, quantities.extract_numbers(a, lang_a),
                                             b, lang_b, quantities.extract_numbers(b, lang_b))


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b", "found"), [
    ("Un TER a déraillé mardi près de Grenoble, faisant 27 blessés parmi les passagers, selon les autorités.", "fr",
     "A regional train derailed near Grenoble on Tuesday, injuring 23 passengers, French authorities said.", "en",
     ("injured", "27", "23")),
    ("A bus crashed near Cardiff on Tuesday, leaving 14 injured among the passengers.", "en",
     "A bus crashed near Cardiff on Tuesday, injuring 11 people, including the driver.", "en",
     ("injured", "14", "11")),
    ("Un autobús volcó el martes cerca de Valencia y dejó 40 heridos entre los pasajeros.", "es",
     "A bus overturned near Valencia on Tuesday, leaving 35 passengers injured.", "en", ("injured", "40", "35")),
    ("Un autobus è uscito di strada martedì vicino a Bari: 18 feriti tra i passeggeri.", "it",
     "A bus veered off the road near Bari on Tuesday, injuring 15 passengers.", "en", ("injured", "18", "15")),
    ("Ein Regionalzug ist am Dienstag bei Ulm entgleist, es gab 31 Verletzte unter den Fahrgästen.", "de",
     "A regional train derailed near Ulm on Tuesday, injuring 28 passengers.", "en", ("injured", "31", "28")),
    ("Во вторник под Тверью сошёл с рельсов поезд, 16 пострадавших среди пассажиров.", "ru",
     "A train derailed near Tver on Tuesday, injuring 12 passengers.", "en", ("injured", "16", "12")),
    ("Un incendie a ravagé mardi un immeuble à Marseille, faisant 6 morts parmi les habitants.", "fr",
     "A fire tore through a building in Marseille on Tuesday, killing 8 people.", "en", ("killed", "6", "8")),
])
def test_a_toll_counted_within_a_group_differs_from_a_plain_toll(a, lang_a, b, lang_b, found):
    assert _differ(a, lang_a, b, lang_b) == [found]
    # either side first
    assert _differ(b, lang_b, a, lang_a) == [(found[0], found[2], found[1])]


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b"), [
    # the same toll: no difference
    ("Un TER a déraillé mardi près de Grenoble, faisant 27 blessés parmi les passagers.", "fr",
     "A regional train derailed near Grenoble on Tuesday, injuring 27 passengers.", "en"),
    # another measure (the people the train carried)
    ("Un TER a déraillé mardi près de Grenoble, faisant 27 blessés parmi les passagers.", "fr",
     "A regional train carrying 180 people derailed near Grenoble on Tuesday.", "en"),
    # a group of the dead whose noun is no toll: a share, not the toll
    ("Five children were among the dead.", "en", "Le bilan s'élève à huit morts.", "fr"),
    # a share of the toll ("of the injured"), not the toll within a group
    ("Four of the injured are in serious condition.", "en", "Le train a fait 27 blessés.", "fr"),
    # both plain: differing_numbers' (a conflict or a judged difference), not this one's
    ("A train derailed on Tuesday, injuring 27 passengers.", "en", "Un train a déraillé mardi, faisant 23 blessés.", "fr"),
    # two groups' tolls that add up to the other's (conflict_probes78_figures F10)
    (("Un treno regionale è deragliato martedì vicino a Grenoble, causando 27 feriti tra i passeggeri e 3 tra i membri "
      "dell'equipaggio."), "it", "A regional train derailed near Grenoble on Tuesday, injuring 30 people.", "en"),
    ("A train derailed on Tuesday, leaving 27 injured among the passengers and three injured among the crew.", "en",
     "Un train a déraillé mardi, faisant 30 blessés.", "fr"),
    # a side with a plain toll and a share of it: the plain tolls are compared elsewhere
    ("A bus crashed on Tuesday, injuring 25 people, four of them seriously.", "en",
     "Un car a fait 25 blessés parmi les passagers.", "fr"),
])
def test_no_group_difference_for_equal_figures_other_measures_or_shares(a, lang_a, b, lang_b):
    assert _differ(a, lang_a, b, lang_b) == []
    assert _differ(b, lang_b, a, lang_a) == []


def test_a_group_difference_is_labelled_figures_differ_not_judged():
    assert differs_label(f"injured: 27 vs 23 {GROUP_NOT_JUDGED}") == "figures differ"


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens.report.compare import Comparer

    return Comparer(embedder=embedder)


def _claims(comparer, a: str, lang_a: str, b: str, lang_b: str):
    from storylens.models import RawDocument

    raws = [RawDocument(source=f"{side}.txt", text=text, metadata={"date": "2026-02-03", "language": lang})
            for side, text, lang in (("a", a, lang_a), ("b", b, lang_b))]
    return comparer.compare(raws).claims


@pytest.mark.slow
def test_newuser78_fr_en_toll_among_the_passengers_figures_differ_in_compare(comparer):
    """newuser78's fr_en_fr.txt / fr_en_en.txt lead: a plain shared claim before; now its figures differ, unjudged."""
    claims = _claims(
        comparer,
        ("Un TER a déraillé mardi près de Grenoble, faisant 27 blessés parmi les passagers, selon les autorités. "
         "Le train transportait environ 180 personnes."), "fr",
        ("A regional train derailed near Grenoble on Tuesday, injuring 23 passengers, French authorities said. "
         "The train was carrying about 180 people."), "en")
    lead = next(c for c in claims if any("27" in e.text for e in c.evidence))
    assert lead.status == "shared"
    assert lead.differs == f"injured: 27 vs 23 {GROUP_NOT_JUDGED}"
    assert not any(c.status == "conflicting" for c in claims)


@pytest.mark.slow
@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b"), [
    ("Un TER a déraillé mardi près de Grenoble, faisant 27 blessés parmi les passagers.", "fr",
     "A regional train derailed near Grenoble on Tuesday, injuring 27 passengers.", "en"),
    ("Un autobús volcó el martes cerca de Valencia y dejó 40 heridos entre los pasajeros.", "es",
     "A bus carrying 52 people overturned near Valencia on Tuesday.", "en"),
])
def test_equal_tolls_or_other_measures_stay_plain_shared_in_compare(comparer, a, lang_a, b, lang_b):
    claims = _claims(comparer, a, lang_a, b, lang_b)
    assert not any(c.differs or c.status == "conflicting" for c in claims)
