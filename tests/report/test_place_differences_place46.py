"""Two aligned sentences of two reports that put one event in two places of one rank are shown as a place difference
(trial59 C5.3: the zh and ko reports put the chemical-plant blast in 江苏省盐城市响水县, Yancheng, the ja report in
江蘇省南通市, Nantong; the claim said only the toll and the date). Two large cities of the gazetteer, or two countries,
each named by one side and never by the other document, while the two agree on something else: a date, time or
figure, or for two cities a place both name (the province, the country). A city against its province, one city
"near" and "in", a second place the other document names too (where the injured were taken) are no difference."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer
from storylens.analysis.claims import Unit
from storylens.analysis.entities import EntityExtractor
from storylens.models import PLACES_NOT_JUDGED
from storylens.report import DIFFERS_LABEL, differs_label
from storylens.report.pipeline import _Measures, _PlaceDifferences

from ._docs import DAY, sentence_doc

DATA = Path(__file__).resolve().parents[1] / "data" / "trial59"


def _places(a: tuple[str, list[str]], b: tuple[str, list[str]]) -> list[tuple[str, str, str]]:
    """The place differences of the two documents' first sentences, their entities linked as compare links them."""
    docs = [sentence_doc("d1", *a), sentence_doc("d2", *b)]
    entities = EntityExtractor().extract(docs)
    check = _PlaceDifferences(entities, _Measures({"d1": DAY, "d2": DAY}))
    units = [Unit(d.id, d.sentences[0].id, d.sentences[0].text, 0, len(d.sentences[0].text), d.language)
             for d in docs]
    return check(units[0], units[1])


ZH = "12月2日15时40分许，江苏省盐城市响水县一家化工企业发生爆炸事故。"
JA = "江蘇省南通市にある化学工場で、2日午後3時40分ごろ、爆発がありました。"
EN = "A fire at a chemical plant in Leverkusen killed three workers on Wednesday."
DE = "Bei einem Brand in einem Chemiewerk in Dortmund kamen am Mittwoch drei Arbeiter ums Leben."
ES = "Una explosión en una fábrica de Sevilla dejó cinco heridos el miércoles."
FR = "Une explosion dans une usine de Malaga a fait cinq blessés mercredi."


@pytest.mark.parametrize(("a", "b", "found"), [
    (("zh", [ZH]), ("ja", [JA]), ("盐城市", "南通市")),
    (("en", [EN]), ("de", [DE]), ("Leverkusen", "Dortmund")),
    (("es", [ES]), ("fr", [FR]), ("Sevilla", "Malaga")),
])
def test_one_event_in_two_cities(a, b, found):
    assert _places(a, b) == [("place", *found)]


@pytest.mark.parametrize(("a", "b"), [
    # a city against its province: two ranks
    (("zh", [ZH]), ("ja", ["江蘇省にある化学工場で、2日午後3時40分ごろ、爆発がありました。"])),
    (("en", ["A fire at a chemical plant in Bavaria killed three workers on Wednesday."]),
     ("de", ["Bei einem Brand in einem Chemiewerk in München kamen am Mittwoch drei Arbeiter ums Leben."])),
    # "near" a city and "in" it: one city
    (("en", ["The quake struck near Izmir on Wednesday, killing two people."]),
     ("de", ["Das Beben in Izmir tötete am Mittwoch zwei Menschen."])),
    # the event's place against where the injured were taken, a city the other report names as the event's place
    (("en", ["The five injured were taken to hospitals in Cologne on Wednesday.",
             "The explosion at a chemical plant in Leverkusen was heard across the region."]),
     ("de", ["Die fünf Verletzten wurden am Mittwoch in Leverkusen behandelt.",
             "Die Polizei in Köln ermittelt."])),
    # nothing else agrees: no date, no figure, no place both name
    (("en", ["The company also runs a plant in Leverkusen."]), ("de", ["Das Unternehmen betreibt auch ein Werk in Dortmund."])),
    # two cities on one side ("from Leverkusen and Duisburg")
    (("en", ["Firefighters from Leverkusen and Duisburg fought the blaze on Wednesday."]),
     ("de", ["Feuerwehrleute aus Dortmund bekämpften am Mittwoch den Brand."])),
])
def test_no_place_difference(a, b):
    assert _places(a, b) == []


@pytest.fixture(scope="module")
def blast(embedder):
    return Comparer(embedder=embedder).compare([DATA / "E5_zh.txt", DATA / "E5_ja.txt", DATA / "E5_ko.txt"])


def test_trial59_yancheng_against_nantong(blast):
    claim = next(c for c in blast.claims if any("南通市" in e.text for e in c.evidence))
    assert claim.differs and f"place: 盐城市 (d1, d3) vs 南通市 (d2) {PLACES_NOT_JUDGED}" in claim.differs
    # the toll and date are still the contradiction they were
    assert "killed: 5 vs 6" in (claim.conflict or "")
    # the place of one report, the vice mayor's city in another, is no second difference
    assert sum("place:" in (c.differs or "") for c in blast.claims) == 1


def test_the_label_of_a_place_line_is_no_verdict():
    line = f"place: 盐城市 vs 南通市 {PLACES_NOT_JUDGED}"
    assert differs_label(line) == "places differ"
    assert differs_label(f"killed: 42 vs 57; {line}") == "figures differ"  # never "not a contradiction"
    assert differs_label("killed: 42 vs 57") == DIFFERS_LABEL
