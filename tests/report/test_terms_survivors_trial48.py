"""New-user trial 48 F11, F20, F7: figures of one fact that never met.

F11: "pulled 180 survivors from the water" / "60 Überlebende … gezogen" was "not judged: two languages' nouns":
survivors are the people rescued in every language (text data "measures" "rescued"), so the two counts conflict.
F20: a life sentence has no figure, so "sentenced to life in prison" / "to 15 years" was shared with no note; a
life term (text data "term_cues" "life") against a term of years is a conflict, a maximum only against a maximum.
F7: "faces up to 10 years" (a charge's maximum) / "condannato a 8 anni" (a sentence) are two kinds, rightly not a
conflict, but shown side by side as a difference; so is a charge against a verdict ("charged" / "condannato": text data
"legal_stages"), which the ledger had as one shared claim, match 1.00, with no note."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import life_term
from storylens.report.pipeline import _Measures


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}-s1", text, 0, len(text), lang)


def _measures() -> _Measures:
    return _Measures({"d1": "2026-12-02", "d2": "2026-12-02"})


@pytest.mark.parametrize(("text", "lang"), [
    ("Rettungskräfte hätten 60 Überlebende aus dem Wasser gezogen.", "de"),
    ("Les secours ont repêché 60 survivants.", "fr"),
    ("Los rescatistas sacaron del agua a 60 supervivientes.", "es"),
    ("I soccorritori hanno recuperato 60 sopravvissuti.", "it"),
    ("Спасатели вытащили из воды 60 выживших.", "ru"),
    ("Ratownicy wyciągnęli z wody 60 ocalałych.", "pl"),
    ("救援人员从水中救起60名幸存者。", "zh"),
])
def test_survivors_counts_of_two_languages_conflict(text, lang):
    en = _unit("d1", "Rescuers pulled 180 survivors from the water.", "en")
    found = _measures().number_conflicts(en, _unit("d2", text, lang))
    assert found and "180" in found[0] and "60" in found[0], found


def test_survivors_agreeing_is_no_conflict():
    en = _unit("d1", "Rescuers pulled 180 survivors from the water.", "en")
    assert not _measures().number_conflicts(en, _unit("d2", "Rettungskräfte zogen 180 Überlebende aus dem Wasser.", "de"))


@pytest.mark.parametrize(("text", "lang", "kind"), [
    ("A Hamburg court sentenced the man to life in prison.", "en", "term"),
    ("He was jailed for life on Wednesday.", "en", "term"),
    ("The man faces life in prison if convicted.", "en", "maximum term"),
    ("Das Gericht verurteilte den Mann zu lebenslanger Haft.", "de", "term"),
    ("Il tribunale ha condannato l'uomo all'ergastolo.", "it", "term"),
    ("Суд приговорил мужчину к пожизненному заключению.", "ru", "term"),
    ("Sąd skazał mężczyznę na dożywocie.", "pl", "term"),
    ("法院判处该男子无期徒刑。", "zh", "term"),
    ("The man lived a long life in Hamburg.", "en", None),
])
def test_life_term(text, lang, kind):
    assert life_term(text, lang) == kind


@pytest.mark.parametrize(("life", "lang"), [
    ("A Hamburg court sentenced the man to life in prison.", "en"),
    ("Das Hamburger Gericht verurteilte den Mann zu lebenslanger Haft.", "de"),
    ("法院判处该男子无期徒刑。", "zh"),
])
def test_life_against_years_is_a_conflict(life, lang):
    years = _unit("d2", "A Hamburg court sentenced the man to 15 years in prison.", "en")
    found = _measures().number_conflicts(_unit("d1", life, lang), years)
    assert found == ["term: life vs 15 years"], found
    assert _measures().number_conflicts(years, _unit("d1", life, lang)) == ["term: 15 years vs life"]


def test_life_against_life_or_a_maximum_is_no_conflict():
    m = _measures()
    life = _unit("d1", "A Hamburg court sentenced the man to life in prison.", "en")
    assert not m.number_conflicts(life, _unit("d2", "Das Gericht verurteilte den Mann zu lebenslanger Haft.", "de"))
    # a charge's maximum of years against a life sentence: two kinds
    assert not m.number_conflicts(life, _unit("d2", "He faced up to 15 years in prison.", "en"))


def test_a_maximum_against_a_sentence_is_a_difference():
    m = _measures()
    charge = _unit("d1", "Ferrante, 61, faces up to 10 years in prison if convicted.", "en")
    verdict = _unit("d2", "Ferrante è stato condannato mercoledì a 8 anni di carcere.", "it")
    assert not m.number_conflicts(charge, verdict)
    assert m.term_differences(charge, verdict) == [("term", "at most 10 years (maximum)", "8 anni")]
    assert m.term_differences(verdict, charge) == [("term", "8 anni", "at most 10 years (maximum)")]
    # two sentences, or two maxima: the conflict check's, no difference here
    assert not m.term_differences(verdict, _unit("d1", "He was sentenced to 10 years in prison.", "en"))


@pytest.mark.parametrize(("charge", "la", "verdict", "lb"), [
    ("Italian prosecutors on Wednesday charged Luigi Ferrante with corruption.", "en",
     "L'ex vicesindaco Luigi Ferrante è stato condannato mercoledì a 8 anni di carcere per corruzione.", "it"),
    ("Prosecutors charged Luigi Ferrante with corruption.", "en", "A court sentenced Luigi Ferrante to eight years.", "en"),
    ("Die Staatsanwaltschaft hat Luigi Ferrante wegen Korruption angeklagt.", "de",
     "Luigi Ferrante a été condamné à huit ans de prison.", "fr"),
    ("检方以受贿罪起诉费兰特。", "zh", "A court sentenced Luigi Ferrante to eight years.", "en"),
])
def test_a_charge_against_a_verdict_is_a_difference(charge, la, verdict, lb):
    m = _measures()
    assert m.stage_differences(_unit("d1", charge, la), _unit("d2", verdict, lb)) == [("case", "charged", "convicted")]
    assert m.stage_differences(_unit("d1", verdict, lb), _unit("d2", charge, la)) == [("case", "convicted", "charged")]


@pytest.mark.parametrize(("a", "b"), [
    ("Prosecutors charged Luigi Ferrante with corruption.", "Ferrante was charged on Wednesday."),
    ("Prosecutors charged Ferrante, who faces up to 10 years if convicted.", "Prosecutors charged Ferrante on Wednesday."),
    ("Prosecutors charged Ferrante, and a court later sentenced him.", "A court sentenced Ferrante to eight years."),
    ("The storm charged up the coast.", "A court sentenced Ferrante to eight years."),
])
def test_no_stage_difference(a, b):
    assert _measures().stage_differences(_unit("d1", a, "en"), _unit("d2", b, "en")) == []
